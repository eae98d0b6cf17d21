/**
 * Stage 8: indicator rows (extraction guide, section 3). One row per number
 * that measures something, with what it measures. Find, then classify:
 *
 *   1. context.ts: each sentence's context, built once (section role,
 *      headings chain, paragraph lead, document year, five-year plan end);
 *   2. find.ts: its mentions — quantities (numbers.ts), baselines merged into
 *      their level, 分别 lists spread over their metrics, clauses without a
 *      metric taking the subject before them; clause.ts reads each clause
 *      backwards from the number (qualifier words, verb, metric);
 *   3. classify.ts: each mention classified by small pure functions
 *      (`measureOf`, `qualifierOf`, `statusOf`, `periodOf`), each an ordered
 *      list of rules with a case table in test/cases/indicators/;
 *   4. row.ts: the row.
 *
 * The cue words are data (data/dictionary/indicator_cues.json), compiled
 * once in patterns.ts.
 */
import { findQuantities } from "../numbers/numbers.ts";
import type { Document } from "../document.ts";
import { fiveYearEnd, paragraphIndex, sentenceContext } from "./context.ts";
import { sentenceRows } from "./find.ts";
import type { Indicator } from "./row.ts";

export type { Measure, Qualifier, Status } from "./classify.ts";
export type { Indicator } from "./row.ts";

/**
 * Indicator rows of one document.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import type { Document } from "../document.ts";
 * import { indicators } from "./indicators.ts";
 * const text = "一、2021年工作回顾\n预计实现地区生产总值7600亿元、增长8%左右。";
 * const doc = {
 *   clean: { text }, a: 0, b: text.length, facts: { year: 2022, kind: "government_work_report", date: "" },
 *   sections: [{ parent: -1, role: "review", heading: "2021年工作回顾" }],
 *   sentences: [{ a: 11, b: text.length, section: 0 }],
 * } as unknown as Document;
 * const row = indicators(doc).find((r) => r.measure === "growth")!;
 * assert.equal(row.metric, "地区生产总值");
 * assert.equal(row.status, "estimate");
 * assert.equal(row.period, "2021");
 * ```
 */
export function indicators(doc: Document): Indicator[] {
  const text = doc.clean.text;
  const out: Indicator[] = [];
  const paraStarts = paragraphIndex(text, doc.a, doc.b);
  const planEnd = fiveYearEnd(doc.facts);
  let last: { row: Indicator; paraA: number } | null = null;
  for (let si = 0; si < doc.sentences.length; si++) {
    const sent = doc.sentences[si];
    const qs = findQuantities(text, sent.a, sent.b);
    if (!qs.length) continue;
    const ctx = sentenceContext(doc, si, paraStarts, planEnd);
    // (the sentence before's last row, in this paragraph, is the subject a bare opening clause carries)
    if (last && last.paraA === ctx.paraA && !last.row.metricAfterNumber) ctx.carried = { metric: last.row.metric, unit: last.row.unit };
    const rows = sentenceRows(ctx, qs);
    for (const r of rows) out.push(r);
    if (rows.length) last = { row: rows[rows.length - 1], paraA: ctx.paraA };
  }
  return out;
}
