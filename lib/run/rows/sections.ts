/** The row of sections.csv (schema: lib/tables/sections.ts). */
import { sourceSpan } from "../../text/mapped.ts";
import { writtenForm } from "../../stages/simplify.ts";
import type { Document } from "../../stages/document.ts";
import type { Section } from "../../stages/outline.ts";
import type { SectionRow } from "../../tables/sections.ts";
import { sectionId } from "./ids.ts";

/**
 * The sections.csv row of one section of a document: ids, level, role, heading as written, spans in the source.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readText } from "../pipeline.ts";
 * import { sectionRow } from "./sections.ts";
 * const text = "一、2021年工作回顾\n过去一年,全市地区生产总值增长8.2%,城镇新增就业13.1万人。\n二、2022年主要目标\n全市经济社会发展的主要预期目标是:地区生产总值增长6%左右,城镇新增就业12万人以上。坚持“两个毫不动摇”。";
 * const [doc] = readText("passage", text, "utf-8", { facts: { year: 2022, region: "大连市" }, minChars: 1 });
 * const row = sectionRow(doc, doc.sections[1]);
 * assert.deepEqual([row.section_id, row.heading, row.role, row.ordinal], ["passage#1/s2", "2022年主要目标", "targets", 2]);
 * assert.equal(text.slice(row.heading_start, row.heading_end), "2022年主要目标");
 * ```
 */
export function sectionRow(d: Document, s: Section): SectionRow {
  const [ss, se] = sourceSpan(d.clean, s.a, s.b);
  const [hs, he] = sourceSpan(d.clean, s.headA, s.headB);
  return {
    doc_id: d.id,
    section_id: sectionId(d, s.index),
    parent_id: sectionId(d, s.parent),
    level: s.level,
    ordinal: s.ordinal,
    heading: writtenForm(d.clean, s.heading, s.headA, s.headB),
    role: s.role,
    source: d.source,
    start: ss,
    end: se,
    heading_start: hs,
    heading_end: he,
  };
}
