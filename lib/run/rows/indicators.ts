/** The row of indicators.csv (schema: lib/tables/indicators.ts), and its bounded `sentence` cell. */
import { sourceSpan } from "../../text/mapped.ts";
import { writtenForm, writtenSlice } from "../../stages/simplify.ts";
import type { Document } from "../../stages/document.ts";
import type { Indicator } from "../../stages/indicators/indicators.ts";
import type { IndicatorRow } from "../../tables/indicators.ts";
import { indicatorId, sectionId, sentenceId } from "./ids.ts";

/** Longest `sentence` an indicator row carries; longer sentences are cut to a window of this many characters. */
export const SENTENCE_CONTEXT = 400;

/**
 * The `sentence` cell of an indicator row: the sentence [a, b) of `text`
 * when it has at most {@link SENTENCE_CONTEXT} characters (every sentence of
 * the corpus: the longest holding a number has 386), else a window of that
 * many characters around the indicator's span [ia, ib), with "…" at each
 * end that was cut. A row's cost is then bounded whatever the input: a
 * target list written as one 1 MB sentence no longer repeats the megabyte
 * in each of its thousands of rows (the output grew with the square of the
 * sentence). The whole sentence is in sentences.csv, by `sentence_id`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sentenceContext } from "./indicators.ts";
 * const s = "全市主要预期目标是:地区生产总值增长6%左右。";
 * assert.equal(sentenceContext(s, 0, s.length, 18, 20), s);
 * const long = "主要预期目标是:" + "地区生产总值增长5%左右、".repeat(100);
 * const cut = sentenceContext(long, 0, long.length, 608, 610);
 * assert.ok(cut.startsWith("…") && cut.endsWith("…") && cut.length === 402);
 * assert.ok(cut.includes(long.slice(600, 620)));
 * ```
 */
export function sentenceContext(
  text: string,
  a: number,
  b: number,
  ia: number,
  ib: number,
  max = SENTENCE_CONTEXT,
  slice: (from: number, to: number) => string = (x, y) => text.slice(x, y),
): string {
  if (b - a <= max) return slice(a, b);
  const mid = Math.max(a, Math.min(b, (ia + Math.min(ib, ia + max)) >> 1));
  let from = Math.max(a, Math.min(mid - (max >> 1), b - max));
  let to = from + max;
  // no cut through a surrogate pair
  const low = (i: number) => i > a && i < b && (text.charCodeAt(i) & 0xfc00) === 0xdc00;
  if (low(from)) from++;
  if (low(to)) to--;
  return (from > a ? "…" : "") + slice(from, to) + (to < b ? "…" : "");
}

/**
 * The indicators.csv row of the i-th indicator the stage found in a document:
 * ids, spans in the source, the classified fields, the words as written.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readText } from "../pipeline.ts";
 * import { indicators } from "../../stages/indicators/indicators.ts";
 * import { indicatorRow } from "./indicators.ts";
 * const text = "一、2021年工作回顾\n过去一年,全市地区生产总值增长8.2%,城镇新增就业13.1万人。\n二、2022年主要目标\n全市经济社会发展的主要预期目标是:地区生产总值增长6%左右,城镇新增就业12万人以上。坚持“两个毫不动摇”。";
 * const [doc] = readText("passage", text, "utf-8", { facts: { year: 2022, region: "大连市" }, minChars: 1 });
 * const row = indicatorRow(doc, indicators(doc)[3], 3);
 * assert.deepEqual([row.indicator_id, row.sentence_id, row.metric_id, row.value, row.unit, row.qualifier, row.status, row.period],
 *   ["passage#1/i4", "passage#1/t4", "urban_new_jobs", 12, "万人", "min", "target", "2022"]);
 * assert.equal(text.slice(row.value_start, row.value_end), "12万人以上");
 * ```
 */
export function indicatorRow(d: Document, r: Indicator, i: number): IndicatorRow {
  const [is, ie] = sourceSpan(d.clean, r.a, r.b);
  const [vs, ve] = sourceSpan(d.clean, r.valueA, r.valueB);
  const sent = d.sentences[r.sentence];
  return {
    indicator_id: indicatorId(d, i),
    doc_id: d.id,
    section_id: sectionId(d, r.section),
    sentence_id: sentenceId(d, r.sentence),
    source: d.source,
    start: is,
    end: ie,
    value_start: vs,
    value_end: ve,
    // (an antecedent read from the sentences before is written as there: LOOK_BACK of subject.ts and more)
    metric: writtenForm(d.clean, r.metric, sent.a, sent.b, Math.max(d.a, sent.a - 2000)),
    metric_text: writtenForm(d.clean, r.metricText, r.a, r.b),
    metric_id: r.metricId,
    measure: r.measure,
    value: r.value,
    value_max: r.valueMax,
    unit: r.unit,
    unit_base: r.unitBase,
    unit_factor: r.unitFactor,
    qualifier: r.qualifier,
    qualifier_text: writtenForm(d.clean, r.qualifierText, sent.a, sent.b),
    status: r.status,
    period: r.period,
    per_year: r.perYear,
    masked: r.masked,
    value_text: writtenForm(d.clean, r.valueText, r.valueA, r.valueB),
    baseline: r.baseline,
    benchmark: r.benchmark,
    region: d.facts.region,
    year: d.facts.year,
    sentence: sentenceContext(d.clean.text, sent.a, sent.b, r.a, r.b, SENTENCE_CONTEXT, (x, y) => writtenSlice(d.clean, x, y)),
  };
}
