/**
 * Finding the items of goal lists after an intro ("主要预期目标是:",
 * "今后五年…目标:", "奋斗目标是:"), outside reviews:
 *
 *   - a block list: the following paragraphs that carry item markers
 *     ("一是", "——", "(一)", "1."), or, when none does, the clauses of the next
 *     paragraph (an intro alone on its line, then an unmarked list);
 *   - an inline list of items: "一是…。二是…。";
 *   - an inline list of clauses, up to the first sentence that explains the
 *     list; a clause without a metric of its own joins the goal before it
 *     ("增长7%以上,力争达到8%"), but a "其中" clause naming its own metrics is a
 *     goal of its own ("…增长5.5%左右,其中一、二、三产增加值分别增长…", NOTES).
 */
import { charClass, matches } from "../../text/hot.ts";
import { goalPatterns as P } from "../../dictionary/goal_cues.ts";
import type { When } from "./classify.ts";
import { chainHeadings, type Found, type Scan } from "./scan.ts";

const SENTENCE_END_CHAR = charClass(/[。!?\n]/u);

type Span = [number, number];

/** Items of a block list: the paragraphs after `paraEnd` that open with an item marker. */
function blockItems(s: Scan, paraEnd: number): Span[] {
  const out: Span[] = [];
  let p = paraEnd + 1;
  while (p < s.doc.b) {
    let e = s.text.indexOf("\n", p);
    if (e < 0 || e > s.doc.b) e = s.doc.b;
    const mk = P.itemMark.exec(s.text.slice(p, e));
    if (!mk) break;
    out.push([p + mk[0].length, e]);
    s.cover(p, e);
    p = e + 1;
  }
  return out;
}

/**
 * Items of the list an intro ending its paragraph opens: a block list of marked paragraphs, or else the
 * clauses of the next paragraph with text ("今年经济社会发展的主要预期目标是:" alone on its line, then
 * "国内生产总值增长8%左右;城镇新增就业900万人以上,…" unmarked).
 */
function blockOrNextItems(s: Scan, paraEnd: number): Span[] {
  const block = blockItems(s, paraEnd);
  if (block.length) return block;
  let p = paraEnd + 1;
  while (p < s.doc.b && /\s/u.test(s.text[p])) p++;
  let e = s.text.indexOf("\n", p);
  if (e < 0 || e > s.doc.b) e = s.doc.b;
  return p < e ? clauseItems(s, p, e) : [];
}

/** Items of an inline "一是…。二是…。" list in [colon, paraEnd). */
function inlineItems(s: Scan, colon: number, paraEnd: number): Span[] {
  const marks = matches(P.inlineItem, s.text.slice(colon, paraEnd)).map((x) => colon + x.index! + (x[0].length - x[1].length));
  const out = marks.map((p, i): Span => {
    const mk = P.inlineItemHead.exec(s.text.slice(p))!;
    return [p + mk[0].length, i + 1 < marks.length ? marks[i + 1] : paraEnd];
  });
  s.cover(colon, paraEnd);
  return out;
}

/** The end of an inline list of clauses: its first sentence, and the short ones after that do not explain it. */
function clauseListEnd(text: string, colon: number, paraEnd: number): number {
  let end = text.indexOf("。", colon);
  if (end < 0 || end > paraEnd) end = paraEnd;
  while (end < paraEnd) {
    let next = text.indexOf("。", end + 1);
    if (next < 0 || next > paraEnd) next = paraEnd;
    const t = text.slice(end + 1, next);
    if (!t.trim() || t.length > 60 || P.explains.test(t)) break;
    end = next;
  }
  return end;
}

export type Piece = { a: number; b: number; sep: string };

/**
 * Pieces of [colon, end) between separators outside quotes and brackets, each with the separator before it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const t = "主要预期目标是:地区生产总值增长5%左右;城镇新增就业60万人以上。";
 * const pieces = piecesOf(t, t.indexOf(":"), t.length);
 * assert.equal(pieces.length, 2);
 * assert.deepEqual([t.slice(pieces[1].a, pieces[1].b), pieces[1].sep], ["城镇新增就业60万人以上", ";"]);
 * ```
 */
export function piecesOf(text: string, colon: number, end: number): Piece[] {
  const pieces: Piece[] = [];
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
  return pieces;
}

/** Pieces merged into goals: a piece joins the goal before it when it has no metric of its own. */
function mergePieces(s: Scan, pieces: Piece[]): Span[] {
  const own = (a: number, b: number) => s.endingIn(a, b).some((i) => s.inds[i].metricA >= a && s.inds[i].metricA < b);
  const quantified = (a: number, b: number) => s.endingIn(a, b).length > 0;
  // the clause from piece i up to the next "," ";" or "。" holds a row whose metric lies in it
  const ownClause = (ps: Piece[], i: number) => {
    let k = i;
    while (k + 1 < ps.length && ps[k + 1].sep === "、") k++;
    return own(ps[i].a, ps[k].b);
  };
  const merged: Span[] = [];
  pieces.forEach((p, i) => {
    const t = s.text.slice(p.a, p.b).trim();
    const prev = merged[merged.length - 1];
    let joins: boolean;
    if (!prev) joins = false;
    // a piece after "、" starts its own goal only when both it and the piece before are quantified with their own metrics
    else if (p.sep === "、") joins = !(own(p.a, p.b) && quantified(pieces[i - 1].a, pieces[i - 1].b));
    else if (p.sep === "。") joins = false; // a new sentence of the list is a new goal
    // after ";" a piece with no number that names its own aim opens its own item ("…2%左右;确保完成国家下达的“十四五”能耗强度下降目标"),
    // but not a remark on the figure before ("…;在实际工作中争取更好结果")
    else if (p.sep === ";" && !quantified(p.a, p.b) && /^(?:确保|力争|努力)完成/u.test(t)) joins = false;
    // a "其中" clause naming its own metrics is its own goal ("地区生产总值增长5.5%左右,其中一、二、三产增加值分别增长…")
    else if (p.sep !== "、" && t.startsWith("其中") && ownClause(pieces, i)) joins = false;
    else joins = P.continues.test(t) || (quantified(p.a, p.b) && !own(p.a, p.b));
    if (joins) prev[1] = p.b;
    else if (prev && P.conditionEnd.test(s.text.slice(prev[0], prev[1]))) prev[1] = p.b; // "在…的基础上,国内生产总值增长8%左右"
    else merged.push([p.a, p.b]);
  });
  return merged;
}

/** Goals of an inline list of clauses from `colon`, up to the first explanation. */
function clauseItems(s: Scan, colon: number, paraEnd: number): Span[] {
  const end = clauseListEnd(s.text, colon, paraEnd);
  const out = mergePieces(s, piecesOf(s.text, colon, end));
  s.cover(colon, end);
  return out;
}

/** The list's intro sentence start, or -1 when the intro does not open a development-goal list. */
function introStart(s: Scan, at: number, colon: number): number {
  let sentA = at;
  while (sentA > s.doc.a && !SENTENCE_END_CHAR[s.text.charCodeAt(sentA - 1)]) sentA--;
  // only development goals: "经济社会发展的主要预期目标是", "今后五年…目标", not "改革的目标是"
  return P.listIntro.test(s.text.slice(Math.max(sentA, at - 30), colon)) ? sentA : -1;
}

/**
 * Items of every goal list in the document; each list covers its text.
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
 * assert.deepEqual(show(findLists(s)), ["地区生产总值增长5%左右", "城镇新增就业60万人以上"]);
 * ```
 */
export function findLists(s: Scan): Found[] {
  const out: Found[] = [];
  for (const m of matches(P.intro, s.text.slice(s.doc.a, s.doc.b))) {
    const at = s.doc.a + m.index!;
    if (s.roleAt(at) === "review") continue;
    const colon = at + m[0].length;
    const sentA = introStart(s, at, colon);
    if (sentA < 0) continue;
    const when: When = {
      source: "list", docYear: s.year, late: s.late,
      intro: s.text.slice(sentA, colon), headings: chainHeadings(s.doc.sections, s.sectionOf(at)),
    };
    let paraEnd = s.text.indexOf("\n", colon);
    if (paraEnd < 0 || paraEnd > s.doc.b) paraEnd = s.doc.b;
    const rest = s.text.slice(colon, paraEnd).trim();
    const items = !rest
      ? blockOrNextItems(s, paraEnd)
      : P.inlineListStart.test(rest)
      ? inlineItems(s, colon, paraEnd)
      : clauseItems(s, colon, paraEnd);
    for (const [a, b] of items) out.push({ a, b, source: "list", when });
  }
  return out;
}
