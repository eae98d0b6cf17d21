/** The row of documents.csv (schema: lib/tables/documents.ts). */
import { sourceSpan } from "../../text/mapped.ts";
import { writtenForm } from "../../stages/simplify.ts";
import type { Document } from "../../stages/document.ts";
import type { DocumentRow } from "../../tables/documents.ts";

/**
 * The documents.csv row of one document: its span in the source, its facts, title and meeting as written.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readText } from "../pipeline.ts";
 * import { documentRow } from "./documents.ts";
 * const text = "一、2021年工作回顾\n过去一年,全市地区生产总值增长8.2%,城镇新增就业13.1万人。\n二、2022年主要目标\n全市经济社会发展的主要预期目标是:地区生产总值增长6%左右,城镇新增就业12万人以上。坚持“两个毫不动摇”。";
 * const [doc] = readText("passage", text, "utf-8", { facts: { year: 2022, region: "大连市" }, minChars: 1 });
 * const row = documentRow(doc);
 * assert.deepEqual([row.doc_id, row.start, row.end, row.region, row.level, row.year], ["passage#1", 0, 112, "大连市", "city", 2022]);
 * assert.equal(row.script, "simplified");
 * ```
 */
export function documentRow(d: Document): DocumentRow {
  const [start, end] = sourceSpan(d.clean, d.a, d.b);
  return {
    doc_id: d.id,
    source: d.source,
    start,
    end,
    kind: d.facts.kind,
    region: d.facts.region,
    region_code: d.facts.regionCode ?? "",
    level: d.facts.level,
    parent_region: d.facts.parentRegion ?? "",
    parent_region_code: d.facts.parentRegionCode ?? "",
    year: d.facts.year,
    masked: d.facts.masked,
    title: writtenForm(d.clean, d.facts.title, d.a, Math.min(d.b, d.a + 3000)),
    speaker: d.facts.speaker,
    meeting: writtenForm(d.clean, d.facts.meeting, d.a, Math.min(d.b, d.a + 3000)),
    date: d.facts.date,
    encoding: d.encoding,
    script: d.facts.script ?? "simplified",
    chars: d.b - d.a,
    noise_chars: d.noiseChars,
  };
}
