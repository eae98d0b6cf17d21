/** The row of sentences.csv (schema: lib/tables/sentences.ts). */
import { sourceSpan } from "../../text/mapped.ts";
import { writtenSlice } from "../../stages/simplify.ts";
import type { Document } from "../../stages/document.ts";
import type { SentenceRow } from "../../tables/sentences.ts";
import { sectionId, sentenceId } from "./ids.ts";

/**
 * The sentences.csv row of the i-th sentence of a document: its section, span in the source and text as written.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readText } from "../pipeline.ts";
 * import { sentenceRow } from "./sentences.ts";
 * const text = "一、2021年工作回顾\n过去一年,全市地区生产总值增长8.2%,城镇新增就业13.1万人。\n二、2022年主要目标\n全市经济社会发展的主要预期目标是:地区生产总值增长6%左右,城镇新增就业12万人以上。坚持“两个毫不动摇”。";
 * const [doc] = readText("passage", text, "utf-8", { facts: { year: 2022, region: "大连市" }, minChars: 1 });
 * const row = sentenceRow(doc, 4);
 * assert.deepEqual([row.sentence_id, row.section_id, row.text], ["passage#1/t5", "passage#1/s2", "坚持“两个毫不动摇”。"]);
 * assert.equal(text.slice(row.start, row.end), row.text);
 * ```
 */
export function sentenceRow(d: Document, i: number): SentenceRow {
  const s = d.sentences[i];
  const [ss, se] = sourceSpan(d.clean, s.a, s.b);
  return {
    doc_id: d.id,
    sentence_id: sentenceId(d, i),
    section_id: sectionId(d, s.section),
    source: d.source,
    start: ss,
    end: se,
    text: writtenSlice(d.clean, s.a, s.b),
  };
}
