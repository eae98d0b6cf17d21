/**
 * Stage 6: document facts (kind, region with its GB/T 2260 code, level and
 * parent, year, masked, title, speaker, meeting, date), read from the
 * document's own text, with the cue words of `data/dictionary/documents.json`
 * and the division list of `lib/dictionary/regions.ts` (every province,
 * prefecture and county-level unit). A masked text ("xx市") gets an empty
 * region: the workspace never guesses what was blanked out, nor which of
 * two units sharing a name (朝阳区) a report speaks for when its text does
 * not say.
 *
 * The region is the unit the report names itself by, the meeting of its
 * dateline first ("在包头市青山区第十六届人民代表大会第四次会议上"): county
 * reports often name their city's government earlier ("在市委、市政府的坚强
 * 领导下", "包头市人民政府"), so a congress wins over an earlier "…人民政府".
 */
import { matches, PhraseIndex } from "../text/hot.ts";
import { documentCues, regions } from "../dictionary/dictionary.ts";
import { parentRegion, type Region, regionChain, regionForms, regionOfCode, regionsNamed } from "../dictionary/regions.ts";
import { chineseNumber } from "./numbers/numbers.ts";
import type { DocumentKind, Level, Script } from "../tables/documents.ts";

export type Kind = DocumentKind;
export type { Level } from "../tables/documents.ts";

/** What a document says about itself. */
export interface Facts {
  kind: Kind;
  region: string;
  /** GB/T 2260 code of the region; "" for the nation, a masked or unknown region */
  regionCode: string;
  /** the unit the region belongs to (大连市 for 中山区, 上海市 for 浦东新区, 全国 for a province) and its code */
  parentRegion: string;
  parentRegionCode: string;
  level: Level;
  year: number | null;
  masked: boolean;
  title: string;
  speaker: string;
  meeting: string;
  date: string;
  /** the script the text is written in: traditional texts are read through their simplified form (simplify.ts) */
  script?: Script;
}

/**
 * Whether a document counts its five years ahead from the next year: a
 * congress or plenary report, or one given after June (the national
 * congresses sit in autumn); a spring government report counts this year as
 * the first. Both the indicators' plan end (fiveYearEnd) and the goals'
 * horizons read it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fromNextYear } from "./facts.ts";
 * assert.equal(fromNextYear({ kind: "party_congress_report", date: "" }), true); // 十九大报告 of 2017
 * assert.equal(fromNextYear({ kind: "government_work_report", date: "2022-01-10" }), false);
 * assert.equal(fromNextYear({ kind: "government_work_report", date: "2020-10-26" }), true);
 * ```
 */
export function fromNextYear(facts: Pick<Facts, "kind" | "date">): boolean {
  return facts.kind === "party_congress_report" || facts.kind === "plenary_report" ||
    (!!facts.date && Number(facts.date.slice(5, 7)) >= 7);
}

const kindRules = documentCues.kinds.map((k) => ({
  value: k.value as Kind,
  within: k.within,
  self: k.self ?? false,
  res: k.patterns.map((p) => new RegExp(p, "mu")),
}));
const sessions = documentCues.sessions;
const eraRules = documentCues.era.map((e) => ({ year: e.year, re: new RegExp(e.pattern, "u") }));

/**
 * The name indexes, built on the first document: every name form of every
 * unit, for a report naming itself (longest forms first); and provinces and
 * prefectures (地级市, full and short; other prefectures by full name and 州
 * form), for counting the places a text names most: county names and short
 * forms such as 阿里 or 兴安 are too often ordinary words.
 */
let indexes: { self: PhraseIndex; count: PhraseIndex } | null = null;
function names(): { self: PhraseIndex; count: PhraseIndex } {
  return indexes ??= {
    self: new PhraseIndex(regionForms().keys()),
    count: new PhraseIndex([...regionForms()].filter(([form, rs]) =>
      rs.length === 1 && (rs[0].level === "province" || rs[0].level === "city" && (rs[0].type === "地级市" || form === rs[0].name || form.endsWith("州")) && !rs[0].until)
    ).map(([form]) => form)),
  };
}
const SELF_SUFFIX =
  /^(省|市|州|自治区|壮族自治区|回族自治区|维吾尔自治区)?(第[一二三四五六七八九十]+[届屆]|人民政府|政府工作报告)/u;
/** the name of the meeting a report is delivered at: 第十五届人民代表大会 */
const CONGRESS = /^(省|市|州)?第[一二三四五六七八九十]+[届屆]/u;
const NATIONAL =
  /国务院|中央人民政府|中共中央|[届屆]全[国國]人民代表大[会會]|中国共产党第[一二三四五六七八九十]+次全国代表大会|中央委[员員][会會]/u;
const MASKED_SELF = /(?<![A-Za-z])(x{2,}|X{2,}|\*{2,})(省|市|县|区)/u;
const MASKED_TOKEN = /(?<![A-Za-z])(x{2,}|x\.x+|X{2,}|\*{2,})(?![A-Za-z])/gu;
const COUNTY_UNDER_CITY = /在[^。]{0,20}省委[^。]{0,6}[、,和][^。]{0,14}市委[^。]{0,30}领导下/u;
/**
 * The kind: of the ways a report names itself (`self` kinds), the one found
 * earliest ("我代表国务院,作关于…第六个五年计划的报告" before a citation of
 * "中国共产党第十二次全国代表大会"); else the first other kind that matches.
 */
function kindOf(text: string): Kind {
  let best: { value: Kind; at: number } | null = null;
  for (const rule of kindRules) {
    if (!rule.self) continue;
    const head = text.slice(0, rule.within);
    for (const re of rule.res) {
      const m = re.exec(head);
      if (m && (!best || m.index < best.at)) best = { value: rule.value, at: m.index };
    }
  }
  if (best) return best.value;
  for (const rule of kindRules) {
    if (rule.self) continue;
    const head = text.slice(0, rule.within);
    if (rule.res.some((re) => re.test(head))) return rule.value;
  }
  return "";
}

interface Found {
  region: string;
  code: string;
  parent: string;
  parentCode: string;
  level: Level;
  masked: boolean;
}
const NONE: Found = { region: "", code: "", parent: "", parentCode: "", level: "", masked: false };

function found(r: Region, name = r.name): Found {
  const p = parentRegion(r);
  return { region: name, code: r.code, parent: p?.name ?? "", parentCode: p?.code ?? "", level: r.level, masked: false };
}

/**
 * One of several units sharing a name (朝阳区 of 北京市 and of 长春市), by the
 * text: a name of an ancestor just before it (长春市朝阳区), else the one
 * whose ancestors the text names most; null when that does not decide.
 */
function disambiguate(cands: Region[], text: string, before: Region | null, year: number | null): Region | null {
  let rs = cands.filter((r) => !(r.until && year !== null && year > r.until));
  if (rs.length === 1) return rs[0];
  if (before) {
    const under = rs.filter((r) => regionChain(r).slice(1).some((a) => a.code === before.code));
    if (under.length === 1) return under[0];
    if (under.length > 1) rs = under;
  }
  const mentions = new Map<string, number>();
  for (const m of names().count.scan(text)) {
    for (const r of regionsNamed(m.phrase)) mentions.set(r.code, (mentions.get(r.code) ?? 0) + 1);
  }
  const score = (r: Region) => regionChain(r).slice(1).reduce((n, a) => n + (mentions.get(a.code) ?? 0), 0);
  const scored = rs.map((r) => ({ r, n: score(r) })).sort((a, b) => b.n - a.n);
  if (scored[0].n > 0 && (scored.length === 1 || scored[0].n > scored[1].n)) return scored[0].r;
  return null;
}

/**
 * The names of `index` in `text`, leftmost-longest and not overlapping, as
 * `PhraseIndex.scan` finds them, handed to `visit` one at a time until it
 * returns false: a report names its meeting in its dateline, near the top,
 * and the rest of its head need not be read (the head scan of every
 * document was half the time of this stage).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { PhraseIndex } from "../text/hot.ts";
 * const seen: string[] = [];
 * eachName(new PhraseIndex(["大连", "大连市", "辽宁省"]), "辽宁省大连市委", (m) => (seen.push(m.phrase), false));
 * assert.deepEqual(seen, ["辽宁省"]);
 * ```
 */
export function eachName(index: PhraseIndex, text: string, visit: (m: { index: number; phrase: string }) => boolean): void {
  for (let i = 0; i < text.length; i++) {
    const phrase = index.longestAt(text, i);
    if (!phrase) continue;
    if (!visit({ index: i, phrase })) return;
    i += phrase.length - 1;
  }
}

/** The meetings' 第…届 of SELF_SUFFIX (which cannot overlap one another). */
const SESSION_NUMBER = /第[一二三四五六七八九十]+[届屆]/gu;

/**
 * Where the last word that SELF_SUFFIX reads after a name (第…届, 人民政府,
 * 政府工作报告) starts in `head`, or -1: names past it need not be read.
 */
function lastSuffixAt(head: string): number {
  let last = Math.max(head.lastIndexOf("人民政府"), head.lastIndexOf("政府工作报告"));
  for (const m of matches(SESSION_NUMBER, head)) last = Math.max(last, m.index!);
  return last;
}

function regionOf(text: string, year: number | null, kind: Kind): Found {
  const head = text.slice(0, 3000);
  // 1. the report names itself: "广东省人民政府", "肇庆市第十四届人民代表大会",
  //    "在青山区第十六届人民代表大会第四次会议上"; the meeting's name first
  // (a cast: assigned in the callback, which TypeScript's narrowing does not follow)
  let chosen = null as { m: { index: number; phrase: string }; prev: Region | null; congress: boolean } | null;
  let prev: { end: number; r: Region } | null = null;
  const last = lastSuffixAt(head);
  eachName(names().self, head, (m) => {
    if (m.index > last) return false; // no SELF_SUFFIX can follow a name that starts past the last one
    const end = m.index + m.phrase.length;
    const after = head.slice(end, end + 12);
    const rs = regionsNamed(m.phrase);
    const before = prev && prev.end === m.index ? prev.r : null;
    prev = rs.length === 1 ? { end, r: rs[0] } : null;
    if (SELF_SUFFIX.test(after) || /^[省市]/.test(after) && SELF_SUFFIX.test(after.slice(1))) {
      const congress = CONGRESS.test(after);
      if (!chosen || congress && !chosen.congress) chosen = { m, prev: before, congress };
      if (congress) return false;
    }
    return true;
  });
  if (chosen) {
    const rs = regionsNamed(chosen.m.phrase);
    const r = rs.length === 1 ? rs[0] : disambiguate(rs, text, chosen.prev, year);
    if (r) return found(r);
    return { ...NONE, level: rs[0].level }; // a name several units share, and the text does not say which
  }
  // 2. a national report: "我代表国务院", "第十届全国人民代表大会"
  if (NATIONAL.test(text.slice(0, 600))) return { ...NONE, region: regions.national.name, level: "national" };
  // 3. it blanks its own name: "xx市第十二届委员会"
  if (MASKED_SELF.test(head)) return { ...NONE, masked: true };
  // 4. it speaks of 我国 far more than of 我省/我市: a national text
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const ours = count(/我国/gu);
  if (ours >= 10 && ours > 3 * count(/我(省|市|区|县|州)/gu)) {
    return { ...NONE, region: regions.national.name, level: "national" };
  }
  // 5. a party congress report that names no unit of its own speaks for the national party
  //    (the reports to the first congresses: "在此次代表大会上", with no 省委 or 市委 of its own)
  if (kind === "party_congress_report") return { ...NONE, region: regions.national.name, level: "national" };
  // 6. the place it names most often
  const counts = new Map<string, number>();
  for (const m of names().count.scan(text)) {
    const code = regionsNamed(m.phrase)[0].code;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best = "";
  let bestN = 0;
  for (const [code, c] of counts) {
    if (c > bestN) [best, bestN] = [code, c];
  }
  if (bestN >= 3) {
    return found(regionOfCode(best)!);
  }
  return NONE;
}

function levelOfMasked(text: string): Level {
  const title = text.slice(0, 80);
  if (/[副代]?县长/u.test(title)) return "county";
  if (/[副代]?市长/u.test(title)) return "city";
  if (/[副代]?省长/u.test(title)) return "province";
  if (COUNTY_UNDER_CITY.test(text)) return "county";
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const county = count(/全县|县委|县人民政府|县政府/gu);
  const city = count(/全市|市委|市人民政府|市政府|副市长|市长/gu);
  const province = count(/全省|省委|省人民政府|省政府|省长/gu);
  if (county > city && county > province) return "county";
  if (city >= province && city > 0) return "city";
  if (province > 0) return "province";
  return "";
}

/** A year a report reviews ("2021年工作回顾"): the report is of the year after. */
const REVIEWED_YEAR = /(\d{4})年(?:主要)?工作回顾|(?:全面)?总结(\d{4})年|一、(\d{4})年(?:主要)?工作/gu;
/** A year a report plans ("2022年重点工作安排"). */
const PLANNED_YEAR = /(\d{4})年(?:重点)?工作(?:安排|任务|总体要求)|安排部署(\d{4})年|(\d{4})年(?:经济社会发展的?)?主要预期目标/gu;

function yearOf(text: string, fileName: string, singleDocument: boolean): number | null {
  const head = text.slice(0, 1500);
  // 1. the delivery date: "——2025年1月19日在…会议上", "(2022年10月16日)"
  const date = /(\d{4})年\d{1,2}月\d{1,2}日(在|\))/u.exec(head) ??
    /(?:^|\n)\(?(\d{4})年\d{1,2}月\d{1,2}日\)?(?:\n|$)/u.exec(head);
  if (date) return Number(date[1]);
  const cnDate = /(?:^|\n|\()([〇零一二三四五六七八九]{4})年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日(?:\)|在|\n)/u.exec(head);
  if (cnDate) return chineseNumber(cnDate[1]);
  // 2. a title with its year: "2025年广东省政府工作报告"
  const title = /^(\d{4})年.{0,16}(政府工作报告|报告)/mu.exec(text.slice(0, 300));
  if (title) return Number(title[1]);
  // 3. the file name of a one-report file: national_2012.txt
  const fy = singleDocument ? /(?:^|[^0-9])((?:19[4-9]|20[0-4])\d)(?![0-9])/u.exec(fileName.split("/").pop()!) : null;
  if (fy) return Number(fy[1]);
  // 4. the national meeting it was given at: "第十届全国人民代表大会第一次会议", "中国共产党第十次全国代表大会"
  const npc = /第([一二三四五六七八九十]+)[届屆]全[国國]人民代表大[会會]第([一二三四五六七八九十]+)次[会會]议/u.exec(head);
  const npcFirst = npc ? sessions.npc[chineseNumber(npc[1]) ?? -1] : undefined;
  if (npc && npcFirst) return npcFirst + (chineseNumber(npc[2]) ?? 1) - 1;
  // the outgoing central committee that delivers it: "我受十二届中央委员会委托" → the 13th congress
  const cc = /我(?:代表|受)(?:中国共产党)?第?([一二三四五六七八九十]+)[届屆]中央委[员員][会會]/u.exec(text.slice(0, 400));
  const ccYear = cc ? sessions.party_congress[(chineseNumber(cc[1]) ?? -2) + 1] : undefined;
  if (ccYear) return ccYear;
  const pc = /(?:中国共产党|党的)第([一二三四五六七八九十]+)次全国代表大会/u.exec(text.slice(0, 400));
  const pcYear = pc ? sessions.party_congress[chineseNumber(pc[1]) ?? -1] : undefined;
  if (pcYear) return pcYear;
  // 5. the year reviewed plus one, or the year planned
  let best: number | null = null;
  for (const m of matches(REVIEWED_YEAR, text)) {
    const y = Number(m[1] ?? m[2] ?? m[3]) + 1;
    best = Math.max(best ?? 0, y);
  }
  for (const m of matches(PLANNED_YEAR, text)) {
    best = Math.max(best ?? 0, Number(m[1] ?? m[2] ?? m[3]));
  }
  if (best) return best;
  // 6. the newest era phrase it uses
  let era: number | null = null;
  for (const r of eraRules) if (r.re.test(text)) era = Math.max(era ?? 0, r.year);
  return era ?? congressOfFileName(fileName);
}

/** a file named after the N-th party congress ("cpc_congress_01.txt", "congress_03_2.txt") */
const CONGRESS_FILE = /(?:^|[^a-z])congress[_-]?0*([1-9]\d?)(?![0-9])/iu;

/**
 * The year of the party congress a file is named after, when its text names no year at all (the reports to the
 * congresses of 1921–1923 carry no date line): the last fallback of the document's year.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(congressOfFileName("party-congress/cpc_congress_03.txt"), 1923);
 * assert.equal(congressOfFileName("national_1954.txt"), null);
 * ```
 */
export function congressOfFileName(fileName: string): number | null {
  const m = CONGRESS_FILE.exec(fileName.split("/").pop()!);
  return m ? sessions.party_congress[Number(m[1])] ?? null : null;
}

function titleOf(text: string): { title: string; speaker: string; meeting: string; date: string } {
  const head = text.slice(0, 800);
  const lines = head.split("\n").slice(0, 8);
  let title = "";
  for (const l of lines) {
    if (l.length <= 60 && /报告|讲话|发言|工作|材料/u.test(l) && !/^(各位|同志们|尊敬的)/u.test(l)) {
      title = l.replace(/(——|—)?\d{4}年\d{1,2}月\d{1,2}日.*$/u, "").trim();
      if (title) break;
    }
  }
  const d = /(\d{4})年(\d{1,2})月(\d{1,2})日/u.exec(head);
  const date = d ? `${d[1]}-${d[2].padStart(2, "0")}-${d[3].padStart(2, "0")}` : "";
  const meet = /在([^。,\n]{4,50}?(会议|大会|全会|座谈会))上/u.exec(head);
  const sp = /(?:^|[省市区县府])((?:代理|代)?(?:省长|市长|主席|县长|区长|总理))\s?([\p{Script=Han}·]{2,4}?)(?=\2?(?:\n|向大会))/mu.exec(head.slice(0, 400));
  return { title, speaker: sp ? sp[1] + " " + sp[2] : "", meeting: meet ? meet[1] : "", date };
}

/**
 * Read a document's facts from its cleaned text.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const f = documentFacts("2025年广东省政府工作报告\n各位代表:\n现在,我代表省人民政府……", "provincial_2025_广东省.txt", true);
 * assert.deepEqual([f.kind, f.region, f.regionCode, f.level, f.parentRegion, f.year], ["government_work_report", "广东省", "440000", "province", "全国", 2025]);
 * // a district of a prefecture city, named by its congress in the dateline
 * const d = documentFacts("政府工作报告\n——2019年1月9日在大连市中山区第十八届人民代表大会第三次会议上\n各位代表:现在,我代表区人民政府向大会报告政府工作。", "x.txt", true);
 * assert.deepEqual([d.region, d.regionCode, d.level, d.parentRegion, d.parentRegionCode], ["中山区", "210202", "county", "大连市", "210200"]);
 * ```
 */
export function documentFacts(text: string, fileName: string, singleDocument: boolean): Facts {
  const kind = kindOf(text);
  const y = yearOf(text, fileName, singleDocument);
  const year = y !== null && y >= 1900 && y <= 2100 ? y : null; // a garbled date is no year
  const { region, code, parent, parentCode, level, masked: selfMasked } = regionOf(text, year, kind);
  const maskedTokens = (text.match(MASKED_TOKEN) ?? []).length;
  const masked = selfMasked || maskedTokens >= 2;
  return {
    kind,
    region,
    regionCode: code,
    parentRegion: parent,
    parentRegionCode: parentCode,
    level: level || levelOfMasked(text),
    year,
    masked,
    ...titleOf(text),
  };
}
