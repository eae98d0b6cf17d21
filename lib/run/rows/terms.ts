/** The row of terms.csv (schema: lib/tables/terms.ts). */
import { sourceSpan } from "../../text/mapped.ts";
import type { Document } from "../../stages/document.ts";
import type { Term } from "../../stages/terms.ts";
import type { TermRow } from "../../tables/terms.ts";

/**
 * The terms.csv row of one term of a document: its count, its rate per 10,000 characters, its first use in the source.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readText } from "../pipeline.ts";
 * import { terms } from "../../stages/terms.ts";
 * import { termRow } from "./terms.ts";
 * const text = "一、2021年工作回顾\n过去一年,全市地区生产总值增长8.2%,城镇新增就业13.1万人。\n二、2022年主要目标\n全市经济社会发展的主要预期目标是:地区生产总值增长6%左右,城镇新增就业12万人以上。坚持“两个毫不动摇”。";
 * const [doc] = readText("passage", text, "utf-8", { facts: { year: 2022, region: "大连市" }, minChars: 1 });
 * const row = termRow(doc, terms(doc)[0]);
 * assert.deepEqual([row.term, row.kind, row.count, row.per_10k_chars], ["两个毫不动摇", "quoted", 1, 89.286]);
 * assert.equal(text.slice(row.first_start, row.first_end), "两个毫不动摇");
 * ```
 */
export function termRow(d: Document, x: Term): TermRow {
  const [fs, fe] = sourceSpan(d.clean, x.a, x.b);
  return {
    doc_id: d.id,
    term: x.term,
    kind: x.kind,
    category: x.category,
    count: x.count,
    per_10k_chars: Number(((x.count / Math.max(1, d.b - d.a)) * 10000).toFixed(3)),
    first_start: fs,
    first_end: fe,
    source: d.source,
    region: d.facts.region,
    level: d.facts.level,
    year: d.facts.year,
  };
}
