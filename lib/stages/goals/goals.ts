/**
 * Stage 9: goal rows (extraction guide, section 4). One row per stated aim:
 *
 *   1. goal lists after an intro ("主要预期目标是:", "今后五年…目标:",
 *      "奋斗目标是:"): an inline list is split into clauses, and a clause
 *      without a metric of its own joins the goal before it ("增长7%以上,
 *      力争达到8%"); a list of "一是…二是…" or "——" items gives one goal per
 *      item, with its sub-clauses;
 *   2. dated aims anywhere outside a review ("到2025年…", "力争2025年…",
 *      "到“十四五”末…", "到二〇三五年…");
 *   3. quantified tasks in plan sections ("实施50项重点科技项目").
 * Each goal carries its kind, horizon, target year, theme and the target
 * indicator rows inside it.
 */
import { charClass, matches, PhraseIndex } from "../../text/hot.ts";
import { indicatorCues as cues, themes } from "../../dictionary/dictionary.ts";
import { chineseNumber, findQuantities } from "../numbers/numbers.ts";
import type { Indicator } from "../indicators/indicators.ts";
import type { Document } from "../document.ts";
import type { Section } from "../outline.ts";
import { endIndex, sectionIndex } from "../spans.ts";

export type GoalKind = "target" | "task" | "aim";
export type Horizon = "annual" | "multi_year" | "long_term";

/** A goal, in cleaned-text offsets. */
export interface Goal {
  a: number;
  b: number;
  section: number;
  text: string;
  kind: GoalKind;
  horizon: Horizon;
  targetYear: number | null;
  theme: string;
  hasNumber: boolean;
  indicators: number[]; // indices into the document's indicator list
  source: "list" | "dated" | "task";
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map(esc).join("|");

const INTRO = new RegExp(`(?:${alt(cues.target_sentence)}|目标任务|目标)(?:建议|确定|设定|初步确定|拟定|拟)?(?:是|为)?:`, "gu");
const YEARS_AHEAD = new RegExp(alt(cues.years_ahead), "u");
const PLAN_NAME = new RegExp(`[“"]?(${alt(Object.keys(cues.plans))})[”"]?`, "u");
const ITEM_MARK = /^(——|[一二三四五六七八九十]+是|\([一二三四五六七八九十]+\)|\d{1,2}[.、](?!\d))/u;
const INLINE_ITEM = /(?:^|(?<=。))([一二三四五六七八九十]+是)/gu;
const LIST_INTRO = /经济社会|发展|预期|奋斗|今后|未来|今年|全年|规划|十[一二三四五]五|主要目标/u;
const CONDITION_END = /(基础上|前提下|条件下|情况下)$/u;
const CONTINUES = /^(努力|力争|争取|在实际工作中|确保|并|同时|力求|其中|且)|更好(的)?结果|更好成绩/u;
const EXPLAINS = /^(这|实现上述|上述|需要|我们|之所以|提出|为此|综合考虑|主要考虑|这个|这些|必须|做好|完成这些|要|确保|力争|努力|坚持|着力|全力|同时)/u;
const DATED = /到\s?(\d{4}|[xX]{4})年|力争\s?(\d{4}|[xX]{4})年|到[“"]?(十[一二三四五六]?五)[”"]?(?:规划)?(?:末|期末|时期末)|到\s?(二〇[二三四五]〇)年|(二〇三五)年/u;

const TRIM_CHAR = charClass(/[\s,;:。、]/u);
const SENTENCE_END_CHAR = charClass(/[。!?\n]/u);
const CLAUSE_START_CHAR = charClass(/[,;:。!?\n]/u);
const CLAUSE_END_CHAR = charClass(/[,;。!?\n]/u);

const themeRules = themes.themes.map((t) => ({ theme: t.theme, cues: t.cues, ids: new Set(t.metric_ids) }));
/** Every theme's cue words: one pass over a text finds the cues it holds. */
const themeCues = new PhraseIndex(new Set(themeRules.flatMap((r) => r.cues)));

/**
 * The theme whose cue words a text (and its indicators' ids) hit most often.
 *
 * @example
 * ```ts
 * themeOf("城镇新增就业70万人以上", ["urban_new_jobs"]); // "livelihood"
 * ```
 */
export function themeOf(text: string, metricIds: string[] = []): string {
  const held = themeCues.held(text);
  let best = "";
  let bestN = 0;
  for (const r of themeRules) {
    let n = 0;
    if (held.size) for (const c of r.cues) if (held.has(c)) n++;
    for (const id of metricIds) if (r.ids.has(id)) n += 2;
    if (n > bestN) [best, bestN] = [r.theme, n];
  }
  return best;
}

const YEAR_4 = /(\d{4})年/gu;

function chainHeadings(sections: Section[], i: number): string {
  const out: string[] = [];
  while (i >= 0) {
    out.push(sections[i].heading);
    i = sections[i].parent;
  }
  return out.join("|");
}

function trimItem(text: string, a: number, b: number): [number, number] {
  while (a < b && TRIM_CHAR[text.charCodeAt(a)]) a++;
  while (b > a && TRIM_CHAR[text.charCodeAt(b - 1)]) b--;
  return [a, b];
}

/**
 * Goal rows of one document, given its indicator rows.
 *
 * @example
 * ```ts
 * const [doc] = readSource("provincial_2025_河南省.txt", bytes);
 * goals(doc, indicators(doc)).filter((g) => g.horizon === "annual")[0].text; // "经济增长5.5%左右"
 * ```
 */
export function goals(doc: Document, inds: Indicator[]): Goal[] {
  const text = doc.clean.text;
  const year = doc.facts.year;
  const late = doc.facts.kind === "party_congress_report" || doc.facts.kind === "plenary_report" ||
    (!!doc.facts.date && Number(doc.facts.date.slice(5, 7)) >= 7);
  const out: Goal[] = [];
  const sectionOf = sectionIndex(doc.sections);
  const endingIn = endIndex(inds); // indicators whose end lies in (a, b]
  const roleAt = (pos: number) => {
    const i = sectionOf(pos);
    return i < 0 ? "other" : doc.sections[i].role;
  };

  /** horizon and year named by a list's intro, its sentence and section headings */
  const horizonOf = (context: string): { horizon: Horizon; year: number | null } => {
    if (/二〇三五|2035年/u.test(context)) return { horizon: "long_term", year: 2035 };
    const plan = PLAN_NAME.exec(context);
    if (YEARS_AHEAD.test(context) || /五年/u.test(context)) {
      return { horizon: "multi_year", year: year === null ? null : year + (late ? 5 : 4) };
    }
    if (plan && /末|目标/u.test(context) && year !== null && cues.plans[plan[1]] > year) {
      return { horizon: "multi_year", year: cues.plans[plan[1]] };
    }
    const y: number[] = []; // a loop, not map/filter: arrays of changing kinds made V8 recompile this
    for (const m of matches(YEAR_4, context)) {
      const v = Number(m[1]);
      if (year === null || v >= year) y.push(v);
    }
    if (y.length) return { horizon: y[0] - (year ?? y[0]) > 1 ? "multi_year" : "annual", year: y[0] };
    return { horizon: "annual", year };
  };

  const push = (a: number, b: number, horizon: Horizon, targetYear: number | null, source: Goal["source"], kind?: GoalKind) => {
    [a, b] = trimItem(text, a, b);
    if (b - a < 2) return;
    const inside = endingIn(a, b + 40).map((i) => [inds[i], i] as const).filter(([r]) => r.a < b && r.b > a && r.status === "target");
    const hasNumber = inside.length > 0 || findQuantities(text, a, b).length > 0;
    const item = text.slice(a, b);
    out.push({
      a, b, section: sectionOf(a), text: item,
      kind: kind ?? (hasNumber ? "target" : "aim"),
      horizon, targetYear, hasNumber,
      theme: themeOf(item, inside.map(([r]) => r.metricId).filter(Boolean)),
      indicators: inside.map(([, i]) => i),
      source,
    });
  };

  // 1. goal lists
  // what lists and dated aims already cover, so later steps skip it
  const mask = new Uint8Array(doc.b - doc.a + 1);
  const cover = (x: number, y: number) => mask.fill(1, Math.max(0, x - doc.a), Math.max(0, y - doc.a));
  for (const m of text.slice(doc.a, doc.b).matchAll(INTRO)) {
    const at = doc.a + m.index!;
    if (roleAt(at) === "review") continue;
    const colon = at + m[0].length;
    let sentA = at;
    while (sentA > doc.a && !SENTENCE_END_CHAR[text.charCodeAt(sentA - 1)]) sentA--;
    // only development goals: "经济社会发展的主要预期目标是", "今后五年…目标", not "改革的目标是"
    if (!LIST_INTRO.test(text.slice(Math.max(sentA, at - 30), colon))) continue;
    const context = text.slice(sentA, colon) + "|" + chainHeadings(doc.sections, sectionOf(at));
    const { horizon, year: ty } = horizonOf(text.slice(sentA, colon)) ?? horizonOf(context);
    const h = horizon === "annual" && YEARS_AHEAD.test(chainHeadings(doc.sections, sectionOf(at)))
      ? horizonOf(context)
      : { horizon, year: ty };
    let paraEnd = text.indexOf("\n", colon);
    if (paraEnd < 0 || paraEnd > doc.b) paraEnd = doc.b;
    const rest = text.slice(colon, paraEnd).trim();
    const start = out.length;
    if (!rest) {
      // a block list: the following paragraphs that carry item markers
      let p = paraEnd + 1;
      while (p < doc.b) {
        let e = text.indexOf("\n", p);
        if (e < 0 || e > doc.b) e = doc.b;
        const mk = ITEM_MARK.exec(text.slice(p, e));
        if (!mk) break;
        push(p + mk[0].length, e, h.horizon, h.year, "list");
        cover(p, e);
        p = e + 1;
      }
    } else if (/^([一二三四五六七八九十]+是|——)/u.test(rest)) {
      // an inline list of items: 一是…。二是…。
      const marks = [...text.slice(colon, paraEnd).matchAll(INLINE_ITEM)].map((x) => colon + x.index! + (x[0].length - x[1].length));
      marks.forEach((p, i) => {
        const mk = /^[一二三四五六七八九十]+是/u.exec(text.slice(p))!;
        push(p + mk[0].length, i + 1 < marks.length ? marks[i + 1] : paraEnd, h.horizon, h.year, "list");
      });
      cover(colon, paraEnd);
    } else {
      // an inline list of clauses, up to the first explanation
      let end = text.indexOf("。", colon);
      if (end < 0 || end > paraEnd) end = paraEnd;
      while (end < paraEnd) {
        let next = text.indexOf("。", end + 1);
        if (next < 0 || next > paraEnd) next = paraEnd;
        const s = text.slice(end + 1, next);
        if (!s.trim() || s.length > 60 || EXPLAINS.test(s)) break;
        end = next;
      }
      // pieces between separators; a piece after "、" starts its own goal only
      // when both it and the piece before are quantified with their own metrics
      const pieces: { a: number; b: number; sep: string }[] = [];
      let c = colon;
      let sep = ",";
      let depth = 0;
      for (let i = colon; i <= end; i++) {
        const ch = text[i];
        if (ch === "“" || ch === "(" || ch === "《") depth++;
        else if (ch === "”" || ch === ")" || ch === "》") depth = Math.max(0, depth - 1);
        if (i === end || (depth === 0 && /[,;。、]/u.test(ch))) {
          if (i > c) pieces.push({ a: c, b: i, sep });
          sep = ch;
          c = i + 1;
        }
      }
      const own = (a: number, b: number) => endingIn(a, b).some((i) => inds[i].metricA >= a && inds[i].metricA < b);
      const quantified = (a: number, b: number) => endingIn(a, b).length > 0;
      const merged: [number, number][] = [];
      pieces.forEach((p, i) => {
        const s = text.slice(p.a, p.b).trim();
        const prev = merged[merged.length - 1];
        let joins: boolean;
        if (!prev) joins = false;
        else if (p.sep === "、") joins = !(own(p.a, p.b) && quantified(pieces[i - 1].a, pieces[i - 1].b));
        else if (p.sep === "。") joins = false; // a new sentence of the list is a new goal
        else joins = CONTINUES.test(s) || (quantified(p.a, p.b) && !own(p.a, p.b));
        if (joins) prev[1] = p.b;
        else if (prev && CONDITION_END.test(text.slice(prev[0], prev[1]))) prev[1] = p.b; // "在…的基础上,国内生产总值增长8%左右"
        else merged.push([p.a, p.b]);
      });
      for (const [a, b] of merged) push(a, b, h.horizon, h.year, "list");
      cover(colon, end);
    }
    if (out.length === start) continue;
  }
  const isCovered = (a: number, b: number) => mask.subarray(Math.max(0, a - doc.a), Math.max(0, b - doc.a)).includes(1);

  // 2. dated aims
  for (const s of doc.sentences) {
    if (isCovered(s.a, s.b) || roleAt(s.a) === "review") continue;
    const sent = text.slice(s.a, s.b);
    const m = DATED.exec(sent);
    if (!m) continue;
    let ty: number | null = null;
    if (m[1] || m[2]) ty = /^\d/.test(m[1] ?? m[2]) ? Number(m[1] ?? m[2]) : null;
    else if (m[3]) ty = cues.plans[m[3]] ?? null;
    else if (m[4] || m[5]) ty = chineseNumber(m[4] ?? m[5]);
    if (year !== null && ty !== null && ty < year) continue;
    const horizon: Horizon = ty !== null && ty >= 2035 ? "long_term" : ty !== null && year !== null && ty <= year ? "annual" : "multi_year";
    push(s.a + m.index!, s.b, horizon, ty, "dated");
    cover(s.a, s.b);
  }

  // 3. quantified tasks in plan sections
  const taken = new Set(out.flatMap((g) => g.indicators));
  // clause [a, b) → indicator rows in it; the key packs both offsets into one
  // number (exact while a document is under 94 million characters)
  const clauses = new Map<number, number[]>();
  const SPAN = doc.b - doc.a + 1;
  inds.forEach((r, i) => {
    if (taken.has(i) || r.status !== "target" || roleAt(r.a) !== "plan" || isCovered(r.a, r.b)) return;
    let a = Math.min(r.a, r.metricA);
    const aFloor = Math.max(doc.a, a - 200);
    while (a > aFloor && !CLAUSE_START_CHAR[text.charCodeAt(a - 1)]) a--;
    let b = Math.max(r.b, r.metricB);
    const bCeil = Math.min(doc.b, b + 200);
    while (b < bCeil && !CLAUSE_END_CHAR[text.charCodeAt(b)]) b++;
    const key = (a - doc.a) * SPAN + (b - doc.a);
    if (!clauses.has(key)) clauses.set(key, []);
    clauses.get(key)!.push(i);
  });
  for (const [key, idx] of clauses) {
    const a = doc.a + Math.floor(key / SPAN), b = doc.a + (key % SPAN);
    const r = inds[idx[0]];
    const amount = r.measure === "level" && !["%", "个百分点", "倍"].includes(r.unit);
    const ty = /^\d{4}$/.test(r.period) ? Number(r.period) : year;
    const horizon: Horizon = ty !== null && ty >= 2035 ? "long_term" : ty !== null && year !== null && ty > year ? "multi_year" : "annual";
    push(a, b, horizon, ty, "task", amount ? "task" : "target");
  }
  return out.sort((x, y) => x.a - y.a);
}
