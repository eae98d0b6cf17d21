/**
 * Numbers that are no indicator (extraction guide, section 3 "Not indicators"),
 * as pure predicates over the text around one quantity, each with a name:
 *
 * - `glossary`: a definition in the report's glossary (名词解释 and its numbered entries);
 * - `masked_word`: a blank that cuts a word, not a number (创xx台 = 创新平台, the
 *   county name 新平 blanked); real blanks ("xx家", "xxx亿元") stay;
 * - `masked_place`: a blank read with a preposition as its unit (这既是xx对自身发展的精准定位): a masked
 *   place name, no count;
 * - `cited`: a count of the figures a text quotes (推动高质量发展180多个数据!), a headline, no measure;
 * - `package`: the count of a policy package (14项措施, 12项重大改革事项, 20件民生实事);
 * - `visit`: a leader's visits (*次视察**), a political record;
 * - `linked`: existing things a project links (有机串联531处国保单位);
 * - `benchmark`: figures of another place the report learns from (向…学习, then
 *   "xx省xx市自xxxx年…", "财政总收入增长xxx倍");
 * - `peers`: the nation's places the region goes along with (同全国xxxx多个县(市)一道);
 * - `quoted`: a number inside a quoted saying (毛主席…指出:“…杜林这个人活了八十多岁…”), the speaker's word;
 * - `addressees`: the people a directive addresses (二百七十四个中央委员,…都应…认真看书学习), no measure;
 * - `slogan`: a quoted multiple that names a way or a programme (“倍增”式发展, “倍增”计划).
 * - `firsts`: firsts wished for more of (培育更多全球第一、全国第一…的企业), a slogan, no rank;
 * - `units_times`: a unit's size after "N×" (2×66万千瓦煤电一体化), one plant's specification.
 * - `firm_capacity`: the capacity of one firm or project a plan backs (支持小鹏汽车产能超15万辆).
 * - `hypothetical`: a number in a conditional clause or its consequence (只要降低1%,一年就
 *   可以增加收入二十亿元): no measured or planned quantity;
 * - `alternatives`: a number among alternative values (可以用六十元、七十元或者八十元), or after
 *   them in the same sentence: an illustration or a threshold;
 * - `programme_size`: the size of a programme still under way (裁军50万人的工作进展顺利), no outcome measured;
 * - `conversion_note`: a bracketed conversion of the figure before (年产八百吨合成氨(合三千吨硫酸铵)), no row of its own.
 * - `subset`: figures a part of the places each reached (有三分之一的省、市、自治区,…都在百分之十二以上), no whole's figure;
 * - `example`: one instance cited as an example (北京有一个建筑物的主楼…, 例如 with a named
 *   plant or building: 鞍钢设计大楼的造价高达二百四十元), no measure of the country or region.
 *
 * Goal tasks are found from indicator rows, so a number ruled out here gives no goal
 * either. Cue words: `data/dictionary/exclusions.json`. Cases:
 * `test/cases/indicators/exclude.json`.
 */
import { exclusionCues as X } from "../../dictionary/exclusions.ts";
import { alternation as alt, type Needing, needing, patternAlternation } from "../../text/regex.ts";
import { afterLast, matches, occursWithin } from "../../text/hot.ts";

/** What a predicate reads: the text, the starts of the number's paragraph and sentence, the quantity. */
export interface Around {
  text: string;
  paraA: number;
  sentA: number;
  /** the quantity's span: number, unit and trailing qualifier word */
  a: number;
  b: number;
  unit: string;
  masked: boolean;
  /** the report's glossary (glossarySpan), when known */
  glossary?: [number, number];
}

const MASK = /^[xX*]+/u;
const HAN = /\p{Script=Han}/u;
const PACKAGE = new RegExp(
  `^(?:以上|多|余)?[^,;:。!?、\\d]{0,${X.package_gap}}?(?:${patternAlternation(X.package_nouns)})`,
  "u",
);
const PACKAGE_UNIT = new RegExp(`(?:${alt(X.package_units)})(?:以上|多|余)?$`, "u");
const VISIT = new RegExp(`^[*xX]{0,2}(?:${alt(X.visit_words)})`, "u");
const LINK = new RegExp(`(?:${alt(X.link_verbs)})(?:起|了)?`, "u");
/** what may stand between a link verb and the count: nothing, or the earlier items ("531处国保单位和") */
const LINK_TAIL = /^(?:[^,;。]*(?:和|、|及))?$/u;
const LEARN = new RegExp(patternAlternation(X.learn_cues), "u");
const OURS = new RegExp(alt(X.our_words), "u");
/** a sentence led by a named province and city or county: "xx省xx市自…", "江苏省昆山市" */
const OTHER_PLACE = /(?:^|[。!?])(?:[\p{Script=Han}]{2,3}|[xX]{2,3})省(?:[\p{Script=Han}]{2,3}|[xX]{2,3})(?:市|县)/gu;
const PEER_LEAD = new RegExp(`(?:${alt(X.peer_leads)})$`, "u");
const PEER_END = new RegExp(`^[^,;。]{0,8}?(?:${alt(X.peer_ends)})`, "u");

/** Each masked word as its two ends around a blank: 创新平台 → ["创", "台"], ["创新", "台"], ["创", "平台"] … */
const MASKED_FRAMES = X.masked_words.flatMap((w) => {
  const out: { left: string; n: number; right: string }[] = [];
  for (let i = 1; i < w.length - 1; i++) for (let n = 1; i + n < w.length; n++) out.push({ left: w.slice(0, i), n, right: w.slice(i + n) });
  return out;
});

/** A blank glued between the ends of a masked word: "推进重大科技创xx台建设" (创新平台). */
function maskedWord(s: Around): boolean {
  if (!s.masked) return false;
  const m = MASK.exec(s.text.slice(s.a, s.b));
  if (!m || !HAN.test(s.text[s.a - 1] ?? "")) return false;
  const n = m[0].length, end = s.a + n;
  return MASKED_FRAMES.some((f) =>
    f.n === n && s.text.startsWith(f.left, s.a - f.left.length) && s.text.startsWith(f.right, end)
  );
}

const PLACE_PREPOSITIONS = new Set(X.place_prepositions);

/** A masked place name before a preposition taken for a unit, its object right after: "这既是xx对自身发展的精准定位". */
function maskedPlace(s: Around): boolean {
  if (!s.masked || !PLACE_PREPOSITIONS.has(s.unit)) return false;
  const m = MASK.exec(s.text.slice(s.a, s.b));
  return !!m && s.text.slice(s.a + m[0].length, s.b) === s.unit && HAN.test(s.text[s.b] ?? "");
}

const CITED = new RegExp(`^(?:${alt(X.cited_nouns)})(?=[!！?？。,，;；:：]|$)`, "u");

/** A count of the figures a text quotes, the noun ending its clause: "坚定不移推动高质量发展180多个数据!" (not 25个数据中心). */
function cited(s: Around): boolean {
  return CITED.test(s.text.slice(s.b, s.b + 4));
}

/** The count of a policy package: "落实搞活汽车流通扩大汽车消费14项措施". */
function packageCount(s: Around): boolean {
  return PACKAGE_UNIT.test(s.text.slice(s.a, s.b)) && PACKAGE.test(s.text.slice(s.b, s.b + X.package_gap + 6));
}

const THRESHOLD = new RegExp(`(?:${alt(X.threshold_nouns)})(?:规定|規定)?(?:为|為|是)$`, "u");
/** A limit that defines a class, not a measure: "钢铁工业…的投资限额为一千万元" (threshold_nouns). */
function threshold(s: Around): boolean {
  return s.text[s.a - 1] !== undefined && /[为為是]/u.test(s.text[s.a - 1]) && THRESHOLD.test(s.text.slice(Math.max(s.sentA, s.a - 8), s.a));
}

const DOCUMENT_LEAD = new RegExp(`(?:${alt(X.document_leads)})$`, "u");

/** A policy document named by its count, no noun after it: "国务院关于鼓励引导民间投资新36条,". */
function documentName(s: Around): boolean {
  return s.unit === "条" && DOCUMENT_LEAD.test(s.text.slice(s.a - 2, s.a)) && !HAN.test(s.text[s.b] ?? "");
}

/** A leader's visits: "****年以来*次视察**". */
function visits(s: Around): boolean {
  return s.unit === "次" && VISIT.test(s.text.slice(s.b, s.b + 5));
}

/** Existing things a project links: "有机串联531处国保单位和976个景区景点" (both counts). */
function linked(s: Around): boolean {
  const clause = s.text.slice(Math.max(s.sentA, s.a - 40), s.a);
  const piece = clause.slice(Math.max(clause.lastIndexOf(","), clause.lastIndexOf(";")) + 1);
  const m = LINK.exec(piece);
  return !!m && LINK_TAIL.test(piece.slice(m.index + m[0].length));
}

/**
 * A figure of another place the paragraph learns from: after a learn cue (向…学习, 对标), the
 * sentences from one led by a named province and city ("xx省xx市自xxxx年撤县设市以来") up to
 * one that speaks of us (我们, 全市).
 */
function benchmark(s: Around): boolean {
  const m = paragraphMarks(s.text, s.paraA, s.a);
  const learn = m.learn[0]; // the first cue: matches do not overlap, so it also ends first
  if (!learn || learn[1] > s.a) return false;
  const lead = lastPlaceLead(s.text, s.paraA, s.text.slice(s.paraA, s.a));
  if (lead < 0 || s.paraA + lead < learn[0]) return false;
  const ours = marksOf(m, "ours");
  const our = ours[firstIndex(ours.length, (i) => ours[i][0] >= s.paraA + lead)];
  return !our || our[1] > s.a;
}

const OTHER_PLACE_AT = new RegExp(OTHER_PLACE.source, "uy");

/**
 * The index in `para` (the paragraph at `paraA` up to a number) of the last match of OTHER_PLACE, or -1: what
 * `para.matchAll(OTHER_PLACE)` ends with, without reading the paragraph again for each number (on a report of
 * one 50 MB line that was n²). The matches of the whole paragraph are found once; a match starts only at the
 * paragraph's start or at 。!?, none of which is inside a match, so the matches of a prefix are the paragraph's
 * that end in it, and at most the one crossing its end, tried again on the prefix.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { lastPlaceLead } from "./exclude.ts";
 * const text = "我们要学习先进。江苏省昆山市自撤县设市以来增长很快。浙江省义乌市";
 * assert.equal(lastPlaceLead(text, 0, text.slice(0, 20)), 7);
 * assert.equal(lastPlaceLead(text, 0, text), 25);
 * assert.equal(lastPlaceLead(text, 0, text.slice(0, 31)), 7); // "。浙江省义乌" is cut before 市
 * ```
 */
export function lastPlaceLead(text: string, paraA: number, para: string): number {
  const places = marksOf(paragraphMarks(text, paraA, paraA + para.length), "places");
  // the matches that end within the prefix (the ends grow with the matches)
  const lo = firstIndex(places.length, (i) => places[i][1] > paraA + para.length);
  if (lo < places.length && places[lo][0] < paraA + para.length) {
    OTHER_PLACE_AT.lastIndex = places[lo][0] - paraA;
    if (OTHER_PLACE_AT.test(para)) return places[lo][0] - paraA;
  }
  return lo > 0 ? places[lo - 1][0] - paraA : -1;
}

/** The first index in [0, n) where `past` holds, `past` being false and then true along the indices (n: none). */
function firstIndex(n: number, past: (i: number) => boolean): number {
  let lo = 0, hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Where one paragraph's learn cues, led sentences (OTHER_PLACE) and words of ours stand, as [start, end) in the text;
 * the last two found when first asked for (marksOf), only in a paragraph with a learn cue before a number.
 */
interface ParagraphMarks {
  text: string;
  paraA: number;
  end: number;
  para: string;
  learn: [number, number][];
  places: [number, number][] | null;
  ours: [number, number][] | null;
}
let marks: ParagraphMarks | null = null;
// global copies, made once (a RegExp made per paragraph cost as much as its search)
const LEARN_G = new RegExp(LEARN.source, "gu");
const OTHER_PLACE_G = needing(["省"], OTHER_PLACE.source, "gu"); // (each match names a province: 省)
const OURS_G = needing(X.our_words, OURS.source, "gu");

/**
 * The marks of the paragraph starting at `paraA` (to its line end, and at least to `a`), found once for all its
 * numbers (a report on one line is one paragraph: reading it again for every number would cost the square of
 * its length).
 */
function paragraphMarks(text: string, paraA: number, a: number): ParagraphMarks {
  if (marks && marks.text === text && marks.paraA === paraA && marks.end >= a) return marks;
  const nl = text.indexOf("\n", paraA);
  const end = Math.max(a, nl < 0 ? text.length : nl);
  const para = text.slice(paraA, end);
  marks = { text, paraA, end, para, learn: spansOf(LEARN_G, para, paraA), places: null, ours: null };
  return marks;
}

/** The [start, end) in the text of every match of `re` in `para`, the paragraph's text from `paraA`. */
function spansOf(re: RegExp | Needing, para: string, paraA: number): [number, number][] {
  return matches(re, para).map((m) => [paraA + m.index, paraA + m.index + m[0].length]);
}

/** A paragraph's led sentences or words of ours, found once, when first asked for. */
function marksOf(m: ParagraphMarks, kind: "places" | "ours"): [number, number][] {
  if (kind === "places") return m.places ??= spansOf(OTHER_PLACE_G, m.para, m.paraA);
  return m.ours ??= spansOf(OURS_G, m.para, m.paraA);
}

/** The nation's places the region goes along with: "xx同全国xxxx多个县(市)一道". */
function peers(s: Around): boolean {
  return PEER_LEAD.test(s.text.slice(Math.max(s.sentA, s.a - 4), s.a)) && PEER_END.test(s.text.slice(s.b, s.b + 12));
}

const SAYING = new RegExp(`(?:${alt(X.saying_verbs)})[:：]\\s*$`, "u");
const QUOTE_LOOKBACK = 300;

/** A number inside a quoted saying, up to its closing mark: "毛主席…尖锐指出:“…杜林这个人活了八十多岁,名誉不好…”". */
function quoted(s: Around): boolean {
  const from = Math.max(0, s.a - QUOTE_LOOKBACK); // bounded: no scan back through a whole report
  const back = s.text.slice(from, s.a);
  const k = back.lastIndexOf("“");
  if (k < 0 || back.includes("”", k)) return false; // no quotation open at the number
  return SAYING.test(s.text.slice(Math.max(0, from + k - 6), from + k));
}

const ADDRESSEE = new RegExp(`^[^,，;；:：。]{0,4}?(?:${alt(X.addressee_nouns)})`, "u");
const DUTY = new RegExp(`^[^。;；!?！？]{0,40}?(?:${alt(X.addressee_duties)})`, "u");

/** The people a directive addresses, all told what to do: "二百七十四个中央委员,及一千以上的高、中级在职干部都应…认真看书学习". */
function addressees(s: Around): boolean {
  return ADDRESSEE.test(s.text.slice(s.b, s.b + 12)) && DUTY.test(s.text.slice(s.b, s.b + 48));
}

const SURVEY_LEAD = new RegExp(`(?:${alt(X.survey_leads)})[^,，;；:：。!?！？据]{0,16}$`, "u");
const SURVEY_END = new RegExp(`^[^,，;；:：。]{0,12}?(?:${alt(X.survey_ends)})`, "u");

/** The coverage of a survey, its source, not a measure: "据十二个省的不完全统计,社办的农业科学试验研究组织…有七千六百九十个". */
function survey(s: Around): boolean {
  // (the lead may name where or what the survey covered before its count: "据四川省试点的84个地方企业的统计")
  return SURVEY_LEAD.test(s.text.slice(Math.max(s.sentA, s.a - 20), s.a)) && SURVEY_END.test(s.text.slice(s.b, s.b + 16));
}

/** a clause led by another country as its topic: "而苏联的第一个五年计划,", "但苏联在第一个五年计划中," (not 苏联帮助我国…) */
const COUNTRY_LEAD_G = needing(X.other_countries, `(?:^|[,，;；:：])(?:而|但|但是|可是|然而)?(?:${alt(X.other_countries)})(?:早在|的|在)(?!.{0,6}(?:帮助|援助|为我|对我|同我|与我))`, "gu");
const OURS_AFTER = /我国|我们|我省|我市|全国/u;

/** whether another country is named in a span of the text (COUNTRY_LEAD_G's guard, from the names' places) */
const COUNTRY_NAMED = occursWithin(X.other_countries);

/** the other countries a number right before them describes: "拥有世界核武器总量97%以上的美苏两国" */
const FOREIGN_AFTER = new RegExp(`^[^,，;；:：。]{0,10}?的(?:美苏|苏美|${alt(X.other_countries)})`, "u");

/**
 * A figure of another country the report compares itself with: "…。而苏联的第一个五年计划,制造生产资料工业的投资占百分之八十五点九";
 * or one describing other countries right after it ("拥有占全世界95%以上核武器的美苏两国").
 */
function foreign(s: Around): boolean {
  const after = s.text.slice(s.b, s.b + 14);
  if (after.includes("的") && FOREIGN_AFTER.test(after)) return true;
  // (the regex's own guard, asked of the words' places: a long sentence cannot make every number read it again)
  if (!COUNTRY_NAMED(s.text, s.sentA, s.a)) return false;
  const before = s.text.slice(s.sentA, s.a);
  const m = matches(COUNTRY_LEAD_G, before).pop();
  return !!m && !OURS_AFTER.test(before.slice(m.index! + m[0].length));
}

const CONDITION = new RegExp(patternAlternation(X.condition_cues), "gu");
const CONSEQUENCE = new RegExp(patternAlternation(X.consequence_cues), "u");

/**
 * A hypothetical: the number stands after a condition cue of its sentence (只要, 如果) and before
 * the end of the clause that opens with the consequence's 就 (就可以, 就需要); a condition of
 * reckoning answered by 则 or 那么 (如果扣除…,则实际增长15.83%) has no such 就 and stays.
 */
function hypothetical(s: Around): boolean {
  // a condition reaches a clause or two (160 characters): a bounded look-back, so a sentence of a
  // thousand numbers is not read again for each of them
  const at = Math.max(s.sentA, s.a - 160);
  const before = s.text.slice(at, s.a);
  let c = -1;
  for (const m of matches(CONDITION, before)) c = m.index + m[0].length;
  if (c < 0) return false;
  const from = at + c;
  const stop = /[;；。!?！？]/u;
  const rest = s.text.slice(from, Math.min(s.text.length, from + 160));
  let end = rest.search(stop);
  if (end < 0) end = rest.length;
  const then = CONSEQUENCE.exec(rest.slice(0, end));
  if (!then) return false;
  if (s.a < from + then.index) return true; // inside the condition
  const tail = s.text.slice(from + then.index, s.a);
  return !stop.test(tail);
}

const ALT = alt(X.alternative_words);
const NUMERAL = "[〇零一二三四五六七八九十百千两\\d]";
const NUMERAL_ANY = new RegExp(NUMERAL, "u");
/** an alternative word right before the number: "或者八十元", "或三十个" */
const ALT_BEFORE = new RegExp(`(?:${ALT})[,，]?$`, "u");
/** alternatives after the number: "、七十元或者八十元" */
const ALT_AFTER = new RegExp(`^(?:、[^,;。、]{1,8}?)*(?:${ALT})${NUMERAL}`, "u");

/** alternatives in the number's own unit earlier in its sentence, the same illustration: "六十元、七十元或者八十元,去办过去要用" (not
 * thresholds of another unit: "亩产皮棉六十斤、八十斤或者一百斤以上的,共有二百零四个县") */
function altEarlier(before: string, unit: string): boolean {
  if (!unit || !/^\p{Script=Han}+$/u.test(unit)) return false;
  // (one regex per unit, made once: compiling it again for every number cost more than running it)
  let re = ALT_EARLIER.get(unit);
  if (!re) ALT_EARLIER.set(unit, re = altEarlierPattern(unit));
  return re.test(before);
}
const ALT_EARLIER = new Map<string, Needing>();
/** altEarlier's pattern for one unit, run only on a look-back holding an alternative word (或, 或者…: every match holds one) */
function altEarlierPattern(unit: string): Needing {
  return needing(X.alternative_words, `${NUMERAL}${unit}[^,;。!?]{0,6}(?:${ALT})${NUMERAL}+${unit}[^;。!?]{0,30}$`);
}

/**
 * A number among alternative values, or after them in the same illustration: "现在就可以用六十元、七十元或者八十元,
 * 去办过去要用一百元钱才能办好的事情".
 */
function alternatives(s: Around): boolean {
  const before = s.text.slice(Math.max(s.sentA, s.a - 60), s.a);
  return (ALT_BEFORE.test(before.slice(-3)) && NUMERAL_ANY.test(s.text.slice(s.sentA, s.a))) ||
    ALT_AFTER.test(s.text.slice(s.b, s.b + 30)) || altEarlier(before, s.unit);
}

const EXAMPLE_CUE = new RegExp(alt(X.example_cues), "u");
/** one unnamed instance set up in the statement: "北京有一个建筑物的主楼," (not a requirement: 每个市州至少有一家医院) */
const EXAMPLE_LEAD = needing(X.example_leads, `(?<!至少|都|均|要|应|必须|确保|保证)(?:${alt(X.example_leads)})[^,;。!?\\d]{1,12}`);
/** a named firm or facility as the statement's subject: "鞍钢设计大楼的造价", "石景山钢铁厂、…三个单位" */
// (both run only on a statement holding one of their words: every match holds one)
const EXAMPLE_ENTITY = needing(X.example_entities, `\\p{Script=Han}(?:${alt(X.example_entities)})(?![长房])`);

/**
 * An example: the number's statement (its sentence, from the last ;) sets up one unnamed instance ("北京有一个建筑物的
 * 主楼,每平方公尺的造价达二百九十三元"), or names a firm or facility in a paragraph that cites examples (例如, 比如):
 * "鞍钢设计大楼的造价高达二百四十元…,但使用面积还不到百分之五十". The paragraph is read to its end (at most
 * 600 characters on): a paragraph's example cue may come after the number.
 */
function example(s: Around): boolean {
  const before = s.text.slice(Math.max(s.sentA, s.a - 120), s.a);
  // (a statement opening with 其 goes on with the instance of the one before: "有一个疗养院的洗衣房,…;其厨房面积…")
  const own = afterLast(before, ";；");
  const statement = own.startsWith("其") ? afterLast(before.slice(0, before.length - own.length - 1), ";；") + own : own;
  if (EXAMPLE_LEAD.test(statement)) return true;
  if (!EXAMPLE_ENTITY.test(statement)) return false;
  const end = s.text.indexOf("\n", s.b);
  const para = s.text.slice(Math.max(s.paraA, s.a - 600), end < 0 || end > s.b + 600 ? s.b + 600 : end);
  return EXAMPLE_CUE.test(para);
}

const GLOSSARY_HEAD = new RegExp(patternAlternation(X.glossary_heads), "u");

const GLOSSARY_ENTRY = /^\d{1,3}[.、．]/u;

/**
 * Where a report's glossary lies: from its line "名词解释" (or 附件2 名词解释, 名词注释) in [a, b)
 * over the numbered entries after it ("1.“两重”:…"), up to the first other line (an appendix such
 * as "2025年10件惠民实事"); [b, b) when there is none.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { glossarySpan } from "./exclude.ts";
 * const text = "办好20件民生实事。\n名词解释\n1.“两重”:国家重大战略实施和重点领域安全能力建设。\n附件\n2025年10件惠民实事\n";
 * assert.deepEqual(glossarySpan(text, 0, text.length), [text.indexOf("名词解释"), text.indexOf("附件")]);
 * assert.deepEqual(glossarySpan("深入学习名词解释。\n", 0, 10), [10, 10]);
 * ```
 */
export function glossarySpan(text: string, a: number, b: number): [number, number] {
  let start = -1;
  for (let p = a; p < b;) {
    let e = text.indexOf("\n", p);
    if (e < 0 || e > b) e = b;
    const line = text.slice(p, e).trim();
    if (start < 0 && e - p < 30 && GLOSSARY_HEAD.test(line)) start = p;
    else if (start >= 0 && line && !GLOSSARY_ENTRY.test(line)) return [start, p];
    p = e + 1;
  }
  return start < 0 ? [b, b] : [start, b];
}

/** A definition in the report's glossary: "3.“三免三便利”政策:免费提供1万平方米海外仓…". */
function glossary(s: Around): boolean {
  return !!s.glossary && s.a >= s.glossary[0] && s.a < s.glossary[1];
}

const SLOGAN_TAIL = new RegExp(`^[”"](?:${alt(X.slogan_tails)})`, "u");

/** A quoted multiple naming a way or a programme: "助推xx市场主体“倍增”式发展". */
function slogan(s: Around): boolean {
  return /[“"]/u.test(s.text[s.a - 1] ?? "") && /^(?:倍增|翻[一两二三四]?番)$/u.test(s.text.slice(s.a, s.b)) && SLOGAN_TAIL.test(s.text.slice(s.b, s.b + 4));
}

/** an age, then the people or places it sorts: "3岁以下幼儿", "3岁以下托位数" (`age_group_nouns`) */
const AGE_GROUP_AFTER = new RegExp(`^(?:及?以下|及?以上|左右)?的?(?:${alt(X.age_group_nouns)})`, "u");
/** "支持幼儿园招收2-3岁幼儿", "每千人口拥有3岁以下托位数": an age naming a group is no measure. */
function ageGroup(s: Around): boolean {
  return (s.unit === "岁" || s.unit === "周岁") && AGE_GROUP_AFTER.test(s.text.slice(s.b, s.b + 8));
}

/** "培育更多全球第一、全国第一、行业第一的广东企业": firsts wished for more of, a slogan, no rank of the region. */
function moreFirsts(s: Around): boolean {
  if (s.text.charCodeAt(s.a) !== 0x7b2c || s.text.charCodeAt(s.a + 1) !== 0x4e00) return false; // 第一
  const before = s.text.slice(Math.max(s.sentA, s.a - 16), s.a);
  const i = before.lastIndexOf("更多");
  return i >= 0 && !/[,，;；:：。]/u.test(before.slice(i));
}

/** "塔城2×66万千瓦煤电一体化": the units times each unit's size, one plant's specification. */
function unitsTimesSize(s: Around): boolean {
  return s.text[s.a - 1] === "×" && /\d/u.test(s.text[s.a - 2] ?? "");
}

/** a session's ordinal after its term's: "十届十二次" (、十三次全会), "二十届三中全会" is read elsewhere */
const SESSION_BEFORE = /[届屆](?:[一二三四五六七八九十\d]+次、)*$/u;
const SESSION_AFTER = /^(?:、[一二三四五六七八九十\d]+次)*(?:全会|全体会议|全體會議|会议|會議)/u;

/** "自治区党委十届十二次、十三次全会对…进行了全面安排部署": the ordinal of a meeting, its name, no count. */
function meetingOrdinal(s: Around): boolean {
  return s.unit === "次" && (s.text[s.a - 1] === "届" || s.text[s.a - 1] === "、" || s.text[s.a - 1] === "屆") &&
    SESSION_AFTER.test(s.text.slice(s.b, s.b + 12)) && SESSION_BEFORE.test(s.text.slice(Math.max(s.sentA, s.a - 12), s.a));
}

/** a share of the places or units opening the clause, each said to reach the figure after it: "有三分之一的省、市、自治区,…都在" */
const SUBSET_LEAD = /有(?:[一二三四五六七八九十\d]+分之[一二三四五六七八九十\d]+|一半|部分|少数|多数)(?:以上)?的[^,，;；。]{0,12}(?:省|市|县|区|企业|地区)[^;；。]*?都/u;

/**
 * "仍然有三分之一的省、市、自治区,工业产值平均每年的增长速度都在百分之十二以上,高的达到百分之十八点五" (1978): the figures a
 * part of the provinces (or units) each reached, up to the clause's ;, no figure of the whole.
 */
function subsetFigure(s: Around): boolean {
  const piece = s.text.slice(Math.max(s.sentA, s.a - 80), s.a);
  const part = afterLast(piece, ";；。");
  return part.includes("都") && part.includes("的") && SUBSET_LEAD.test(part);
}

/** "先行区建设6个方面16条经验", "15个方面300多项重要改革举措": the aspects grouping the count right after them, no count. */
function aspectsOfCount(s: Around): boolean {
  return s.unit === "个" && s.text.charCodeAt(s.b) === 0x65b9 && s.text.charCodeAt(s.b + 1) === 0x9762 && /[\d一二三四五六七八九十两]/u.test(s.text[s.b + 2] ?? ""); // 方面
}

/** one firm's or project's capacity a plan backs: "支持小鹏汽车产能超(15万辆)", "推动宁德时代一期项目产能达" */
const FIRM_CAPACITY = /(?:^|[,，;；、])(?:支持|推动|推进|助推)(?!全|新增)\p{Script=Han}{2,10}?产能(?:超过?|达到?|突破)?$/u;

/** "支持小鹏汽车产能超15万辆": the capacity of the one firm or project a plan backs, a plant's specification (guide). */
function firmCapacity(s: Around): boolean {
  const before = s.text.slice(Math.max(s.sentA, s.a - 20), s.a);
  return before.includes("产能") && FIRM_CAPACITY.test(before);
}

/** a programme's work under way right after its size: "(裁军50万人)的工作进展顺利" */
const WORK_UNDER_WAY = /^(?:人|名|个)?的(?:工作|任务)(?:进展顺利|正在|顺利进行|全面展开|稳步推进|已经开始|开始)/u;

/** "裁军50万人的工作进展顺利" (1999): the size of a programme decided, its work going on, no measured outcome (audit2 B). */
function programmeSize(s: Around): boolean {
  // (a 的 right after the number or one unit later: read there, not searched for up to the next 的 of the document)
  return (s.text[s.b] === "的" || s.text[s.b + 1] === "的") && WORK_UNDER_WAY.test(s.text.slice(s.b, s.b + 12));
}

/** a bracketed conversion's opening right before the number: "(合", "（折合" */
const CONVERSION_OPEN = /[(（](?:合|折合|约合|相当于)$/u;

/** "年产八百吨合成氨(合三千吨硫酸铵)的小洋化肥厂" (1960): the same figure converted, in a note, no row of its own. */
function conversionNote(s: Around): boolean {
  return s.text[s.a - 1] === "合" || s.text[s.a - 1] === "于" ? CONVERSION_OPEN.test(s.text.slice(Math.max(s.sentA, s.a - 4), s.a)) : false;
}

const RULES: [string, (s: Around) => boolean][] = [
  ["glossary", glossary],
  ["masked_word", maskedWord],
  ["masked_place", maskedPlace],
  ["cited", cited],
  ["package", packageCount],
  ["document", documentName],
  ["visit", visits],
  ["threshold", threshold],
  ["linked", linked],
  ["benchmark", benchmark],
  ["peers", peers],
  ["addressees", addressees],
  ["quoted", quoted],
  ["survey", survey],
  ["foreign", foreign],
  ["slogan", slogan],
  ["hypothetical", hypothetical],
  ["alternatives", alternatives],
  ["example", example],
  ["age_group", ageGroup],
  ["firsts", moreFirsts],
  ["units_times", unitsTimesSize],
  ["meeting", meetingOrdinal],
  ["aspects", aspectsOfCount],
  ["firm_capacity", firmCapacity],
  ["subset", subsetFigure],
  ["programme_size", programmeSize],
  ["conversion_note", conversionNote],
];

/**
 * The name of the rule that rules a quantity out as an indicator, or null.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { exclusionOf } from "./exclude.ts";
 * const text = "落实搞活汽车流通扩大汽车消费14项措施,推动平行车保税展示交易项目落地。";
 * const a = text.indexOf("14项");
 * assert.equal(exclusionOf({ text, paraA: 0, sentA: 0, a, b: a + 3, unit: "项", masked: false }), "package");
 * const t2 = "推进重大科技创xx台建设,新增企业xx家。";
 * const m = t2.indexOf("xx台");
 * assert.equal(exclusionOf({ text: t2, paraA: 0, sentA: 0, a: m, b: m + 3, unit: "台", masked: true }), "masked_word");
 * const k = t2.indexOf("xx家");
 * assert.equal(exclusionOf({ text: t2, paraA: 0, sentA: 0, a: k, b: k + 3, unit: "家", masked: true }), null);
 * ```
 */
export function exclusionOf(s: Around): string | null {
  // (an index loop: destructuring each pair through the array iterator cost more than most rules)
  for (let i = 0; i < RULES.length; i++) if (RULES[i][1](s)) return RULES[i][0];
  return null;
}

/** A document as the glossary look-up reads it. */
type Spanned = { a: number; b: number; clean: { text: string } };
const glossaries = new WeakMap<Spanned, [number, number]>();
/** The glossary of a document, found once. */
function glossaryOf(doc: Spanned): [number, number] {
  let g = glossaries.get(doc);
  if (!g) glossaries.set(doc, g = glossarySpan(doc.clean.text, doc.a, doc.b));
  return g;
}

/**
 * The hook of find.ts: "part" for a masked word (it stays in the next number's metric), true for
 * any other number ruled out, false for an indicator.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { excluded } from "./exclude.ts";
 * const text = "有机串联531处国保单位和976个景区景点。";
 * const a = text.indexOf("976");
 * assert.equal(excluded({ text, paraA: 0, sentA: 0 }, { a, b: a + 4, unit: "个", masked: false }), true);
 * ```
 */
export function excluded(
  ctx: { text: string; paraA: number; sentA: number; doc?: Spanned },
  q: { a: number; b: number; unit: string; masked: boolean },
): boolean | "part" {
  const glossary = ctx.doc ? glossaryOf(ctx.doc) : undefined;
  const rule = exclusionOf({ text: ctx.text, paraA: ctx.paraA, sentA: ctx.sentA, a: q.a, b: q.b, unit: q.unit, masked: q.masked, glossary });
  return rule === "masked_word" ? "part" : rule !== null;
}


/** the patterns here run only on a text holding one of their words (test/needing_guards.test.ts checks them on data/raw;
 * altEarlier's, one per unit, by its pattern for 元) */
export const EXCLUDE_GUARDED = { OTHER_PLACE_G, OURS_G, COUNTRY_LEAD_G, EXAMPLE_LEAD, EXAMPLE_ENTITY, ALT_EARLIER_YUAN: altEarlierPattern("元") };
