/** The ids rows carry, each made in one place: `<doc_id>/s<n>`, `/t<n>`, `/i<n>`, `/g<n>` (n counts from 1). */
import type { Document } from "../../stages/document.ts";

/**
 * The id of a document's section by its index, "" for none (-1: top level, or no section).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readText } from "../pipeline.ts";
 * import { sectionId } from "./ids.ts";
 * const text = "一、2021年工作回顾\n过去一年,全市地区生产总值增长8.2%,城镇新增就业13.1万人。\n二、2022年主要目标\n全市经济社会发展的主要预期目标是:地区生产总值增长6%左右,城镇新增就业12万人以上。坚持“两个毫不动摇”。";
 * const [doc] = readText("passage", text, "utf-8", { facts: { year: 2022, region: "大连市" }, minChars: 1 });
 * assert.equal(sectionId(doc, doc.sections[1].index), "passage#1/s2");
 * assert.equal(sectionId(doc, doc.sections[1].parent), "");
 * ```
 */
export function sectionId(doc: Document, index: number): string {
  return index < 0 ? "" : `${doc.id}/s${index + 1}`;
}

/**
 * The id of a document's sentence by its index.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readText } from "../pipeline.ts";
 * import { sentenceId } from "./ids.ts";
 * const text = "一、2021年工作回顾\n过去一年,全市地区生产总值增长8.2%,城镇新增就业13.1万人。\n二、2022年主要目标\n全市经济社会发展的主要预期目标是:地区生产总值增长6%左右,城镇新增就业12万人以上。坚持“两个毫不动摇”。";
 * const [doc] = readText("passage", text, "utf-8", { facts: { year: 2022, region: "大连市" }, minChars: 1 });
 * assert.equal(sentenceId(doc, 3), "passage#1/t4");
 * ```
 */
export function sentenceId(doc: Document, index: number): string {
  return `${doc.id}/t${index + 1}`;
}

/**
 * The id of a document's indicator by its index in the stage's list.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readText } from "../pipeline.ts";
 * import { indicatorId } from "./ids.ts";
 * const text = "一、2021年工作回顾\n过去一年,全市地区生产总值增长8.2%,城镇新增就业13.1万人。\n二、2022年主要目标\n全市经济社会发展的主要预期目标是:地区生产总值增长6%左右,城镇新增就业12万人以上。坚持“两个毫不动摇”。";
 * const [doc] = readText("passage", text, "utf-8", { facts: { year: 2022, region: "大连市" }, minChars: 1 });
 * assert.equal(indicatorId(doc, 0), "passage#1/i1");
 * ```
 */
export function indicatorId(doc: Document, index: number): string {
  return `${doc.id}/i${index + 1}`;
}

/**
 * The id of a document's goal by its index in the stage's list.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readText } from "../pipeline.ts";
 * import { goalId } from "./ids.ts";
 * const text = "一、2021年工作回顾\n过去一年,全市地区生产总值增长8.2%,城镇新增就业13.1万人。\n二、2022年主要目标\n全市经济社会发展的主要预期目标是:地区生产总值增长6%左右,城镇新增就业12万人以上。坚持“两个毫不动摇”。";
 * const [doc] = readText("passage", text, "utf-8", { facts: { year: 2022, region: "大连市" }, minChars: 1 });
 * assert.equal(goalId(doc, 1), "passage#1/g2");
 * ```
 */
export function goalId(doc: Document, index: number): string {
  return `${doc.id}/g${index + 1}`;
}
