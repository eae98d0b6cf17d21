/**
 * Finding dated aims outside reviews ("到2025年…", "力争2025年…",
 * "到“十四五”末…", "到二〇三五年…"): the sentence from the date on (from a span's start:
 * "从二〇二〇年到二〇三五年…"); and, in plan sections, a clause with no number due at this
 * year's end ("争取和龙通用机场年底竣工", NOTES: it carries its own deadline).
 */
import { indicatorCues } from "../../dictionary/dictionary.ts";
import { goalPatterns as P } from "../../dictionary/goal_cues.ts";
import { chineseNumber, yearNumber } from "../numbers/numbers.ts";
import { afterLast, matches } from "../../text/hot.ts";
import { piecesOf } from "./find_lists.ts";
import type { Found, Scan } from "./scan.ts";

/** The year a dated-aim match names: digits, a plan's end, or Chinese numerals; null when masked. */
function yearOfMatch(m: RegExpExecArray): number | null {
  if (m[1]) return /^\d/.test(m[1]) ? Number(m[1]) : null;
  if (m[2]) return indicatorCues.plans[m[2]] ?? null;
  if (m[3] || m[4]) return chineseNumber(m[3] ?? m[4]);
  return null;
}

/** The year a span opening a clause ends in ("从二〇三五年到本世纪中叶…": 2050; null when it cannot be told), or undefined when the clause opens none. */
function spanEnd(t: string): number | null | undefined {
  const m = P.datedFromStart.exec(t);
  if (!m) return undefined;
  if (P.midCentury.test(m[1])) return P.midCenturyYear;
  const y = /^(\d{4}|二〇[〇一二三四五六七八九]{2})年/u.exec(m[1]);
  return y ? yearNumber(y[1]) : null;
}

/**
 * A dated aim cut into goals, one per clause that names its own metric with its own
 * number ("…工业总产值…翻一番,达到xxxx亿元,力争达到xxxx亿元" / "助推全市GDP超过xxxx亿元"),
 * once the goal before holds a number or an aim of its own (`aimed`), and one after a ";" that opens a span of its own
 * ("…基本实现社会主义现代化;从二〇三五年到本世纪中叶…") or that follows an aim stated without numbers, itself without one
 * ("到xxxx年,…绿色低碳发展方式基本形成,…;乡村振兴成效明显,…"); other clauses stay with the goal before.
 * A clause after "," or ";" is judged whole, across its "、" items ("…,西青区、武清区率先达到1000亿元" is a goal of its own).
 */
function splitDated(s: Scan, a: number, b: number): [number, number][] {
  const own = (x: number, y: number) => s.endingIn(x, y).some((i) => s.inds[i].metricA >= x && s.inds[i].metricA < y);
  const quantified = (x: number, y: number) => s.endingIn(x, y).length > 0;
  const out: [number, number][] = [];
  let numbered = false;
  const pieces = piecesOf(s.text, a, b);
  pieces.forEach((p, i) => {
    const t = s.text.slice(p.a, p.b).trim();
    const prev = out[out.length - 1];
    // a clause after "," or ";" is read whole, across its "、" items ("…,西青区、武清区率先达到1000亿元")
    let k = i;
    while (p.sep !== "、" && k + 1 < pieces.length && pieces[k + 1].sep === "、") k++;
    const clauseB = pieces[k].b;
    const starts = !prev || (p.sep === ";" && (P.datedFromStart.test(t) || (!numbered && !quantified(p.a, p.b) && aimed(s.text.slice(prev[0], prev[1]))))) ||
      ((numbered || (p.sep !== "、" && aimed(s.text.slice(prev[0], prev[1])))) && own(p.a, clauseB) && quantified(p.a, clauseB) && !P.continues.test(t) &&
        !P.comparisonLead.test(t) && (p.sep !== "、" || quantified(pieces[i - 1].a, pieces[i - 1].b)));
    if (starts) {
      out.push([p.a, p.b]);
      numbered = quantified(p.a, p.b);
    } else {
      prev[1] = p.b;
      numbered ||= quantified(p.a, p.b);
    }
  });
  return out;
}

/**
 * Whether a dated aim's text so far states what it achieves beyond its date, not a condition or a circumstance
 * ("到2007年使西部地区基本普及九年义务教育,基本扫除青壮年文盲", not "到1992年,力争在不断提高经济效益的基础上" nor
 * "到1981年寒假毕业,校舍腾不出来"): a clause with its own metric after it is a goal of its own ("中央财政将为此投入100亿元").
 */
function aimed(text: string): boolean {
  const m = P.dated.exec(text);
  const rest = m && m.index === 0 ? text.slice(m[0].length) : text;
  return P.aimVerb.test(rest) && !P.conditionEnd.test(rest);
}

/**
 * A sentence whose date names a goal rather than dating one ("到二〇二〇年的奋斗目标,是…", "到2010年的远景发展目标"),
 * or is one of a list of periods something covers ("绘制好2025年、“十五五”时期、到2035年及中长期“三张图”"),
 * or that counts down to the date as a fact with no plan word ("到1997年7月1日我国对香港恢复行使主权,只有849天了"),
 * or whose 到 is a verb's that moves an event to the date ("要推迟到1981年寒假毕业").
 */
function notDated(sentence: string, m: RegExpExecArray): boolean {
  if (sentence[m.index + m[0].length] === "的" || sentence[m.index - 1] === "、") return true; // "绘制好2025年、“十五五”时期、到2035年及中长期“三张图”"
  if (sentence[m.index] === "到" && P.movedTo.test(sentence.slice(Math.max(0, m.index - 2), m.index))) return true; // "要推迟到1981年寒假毕业"
  return P.factMark.test(sentence) && !P.planWord.test(sentence);
}

/**
 * Where a dated aim starts: at the metric of a row that stands before the date in the date's own clause
 * ("国内生产总值到二〇二〇年力争比二〇〇〇年翻两番", "实现人均国内生产总值到二〇二〇年比二〇〇〇年翻两番": the goal
 * names what doubles), else at the date.
 */
function subjectStart(s: Scan, sentA: number, start: number): number {
  const clauseA = start - afterLast(s.text.slice(Math.max(sentA, start - 200), start), ",，;；:：—").length;
  const rest = s.text.slice(start, start + 80).search(/[,，;；。]/u);
  const clauseB = rest < 0 ? start + 80 : start + rest;
  const metrics = s.endingIn(start, clauseB).map((i) => s.inds[i].metricA).filter((m) => m >= clauseA && m < start);
  return metrics.length ? Math.min(...metrics) : start;
}

/**
 * The clause of a plan sentence with no number of its own that is due at this year's end ("…前期工作,争取和龙通用机场年底竣工")
 * or whose quantity is vague ("接待国内游客人次、出游总花费均保持两位数增长": vague), or null.
 */
function unnumberedAim(s: Scan, a: number, b: number): { a: number; b: number; source: "dated"; vague: boolean } | null {
  const v = P.vagueTarget.exec(s.text.slice(a, b));
  const m = v ?? P.yearEndAim.exec(s.text.slice(a, b));
  if (!m) return null;
  let x = a + m.index;
  while (x > a && !/[,;:]/u.test(s.text[x - 1])) x--;
  let y = a + m.index + m[0].length;
  while (y < b && !/[,;。!?]/u.test(s.text[y])) y++;
  return s.endingIn(x, y).length || /[0-9]/u.test(s.text.slice(x, y)) ? null : { a: x, b: y, source: "dated", vague: !!v };
}

const YEAR_WORD = "(\\d{4}|一九[〇○零一二三四五六七八九]{2}|二〇[〇一二三四五六七八九]{2})年";
/** a span of years: "从1951年到1957年" */
const SPAN = new RegExp(`从${YEAR_WORD}到${YEAR_WORD}`, "gu");

/**
 * Whether a text names a span from a past year to the report's year or before: a sum so far, told in a review, no aim.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pastSpanIn } from "./find_dated.ts";
 * assert.equal(pastSpanIn("从1951年到1957年,国家用于普及教育的经费将近四十九亿元", 1957), true);
 * assert.equal(pastSpanIn("从二〇二〇年到二〇三五年基本实现社会主义现代化", 2022), false);
 * ```
 */
export function pastSpanIn(text: string, docYear: number | null): boolean {
  if (docYear === null) return false;
  for (const m of matches(SPAN, text)) {
    const [from, to] = [m[1], m[2]].map((y) => yearNumber(y.replace(/[○零]/gu, "〇")));
    if (from !== null && to !== null && from < docYear && to <= docYear) return true;
  }
  return false;
}

/**
 * Dated aims in sentences that no goal list covers; each covers its sentence.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readText } from "../../run/pipeline.ts";
 * import { indicators } from "../indicators/indicators.ts";
 * import { scanOf } from "./scan.ts";
 * const text = "二、2025年工作安排\n今年经济社会发展的主要预期目标是:地区生产总值增长5%左右;城镇新增就业60万人以上。\n(一)扩大有效投资。实施重大项目2500个以上,建设高标准农田6万亩。到2027年,全省研发投入强度达到3%。\n";
 * const [doc] = readText("passage", text, "utf-8", { facts: { year: 2025, kind: "government_work_report" }, minChars: 1 });
 * const s = scanOf(doc, indicators(doc));
 * const show = (f: { a: number; b: number }[]) => f.map((x) => doc.clean.text.slice(x.a, x.b));
 * assert.deepEqual(show(findDated(s)), ["到2027年,全省研发投入强度达到3%"]);
 * ```
 */
export function findDated(s: Scan): Found[] {
  const out: Found[] = [];
  for (const sent of s.doc.sentences) {
    if (s.isCovered(sent.a, sent.b) || s.roleAt(sent.a) === "review") continue;
    const m = P.dated.exec(s.text.slice(sent.a, sent.b));
    if (!m) {
      const e = s.roleAt(sent.a) === "plan" ? unnumberedAim(s, sent.a, sent.b) : null;
      if (e) out.push({ ...e, when: { source: "dated", docYear: s.year, late: s.late, year: s.year } });
      continue;
    }
    if (notDated(s.text.slice(sent.a, sent.b), m)) continue;
    const ty = yearOfMatch(m);
    if (s.year !== null && ty !== null && ty < s.year) continue;
    if (pastSpanIn(s.text.slice(Math.max(sent.a, sent.a + m.index! - 8), sent.a + m.index! + 8), s.year)) continue; // "从1951年到1957年"
    const when = { source: "dated" as const, docYear: s.year, late: s.late, year: ty };
    let start = sent.a + m.index!;
    start -= P.datedFromEnd.exec(s.text.slice(Math.max(sent.a, start - 14), start))?.[0].length ?? 0; // "从二〇二〇年到"
    start = subjectStart(s, sent.a, start);
    for (const [a, b] of splitDated(s, start, sent.b)) {
      const end = a > start ? spanEnd(s.text.slice(a, b)) : undefined;
      out.push({ a, b, source: "dated", when: end === undefined ? when : { ...when, year: end } });
    }
    s.cover(sent.a, sent.b);
  }
  return out;
}
