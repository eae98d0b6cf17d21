/** The row of goals.csv (schema: lib/tables/goals.ts). */
import { sourceSpan } from "../../text/mapped.ts";
import { writtenForm } from "../../stages/simplify.ts";
import type { Document } from "../../stages/document.ts";
import type { Goal } from "../../stages/goals/goals.ts";
import type { GoalRow } from "../../tables/goals.ts";
import { goalId, indicatorId, sectionId } from "./ids.ts";

/**
 * The goals.csv row of the i-th goal the stage found in a document, its indicators by id.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readText } from "../pipeline.ts";
 * import { indicators } from "../../stages/indicators/indicators.ts";
 * import { goals } from "../../stages/goals/goals.ts";
 * import { goalRow } from "./goals.ts";
 * const text = "一、2021年工作回顾\n过去一年,全市地区生产总值增长8.2%,城镇新增就业13.1万人。\n二、2022年主要目标\n全市经济社会发展的主要预期目标是:地区生产总值增长6%左右,城镇新增就业12万人以上。坚持“两个毫不动摇”。";
 * const [doc] = readText("passage", text, "utf-8", { facts: { year: 2022, region: "大连市" }, minChars: 1 });
 * const row = goalRow(doc, goals(doc, indicators(doc))[1], 1);
 * assert.deepEqual([row.goal_id, row.text, row.kind, row.horizon, row.target_year, row.found_by, row.indicator_ids],
 *   ["passage#1/g2", "城镇新增就业12万人以上", "target", "annual", 2022, "list", "passage#1/i4"]);
 * ```
 */
export function goalRow(d: Document, g: Goal, i: number): GoalRow {
  const [gs, ge] = sourceSpan(d.clean, g.a, g.b);
  return {
    goal_id: goalId(d, i),
    doc_id: d.id,
    section_id: sectionId(d, g.section),
    source: d.source,
    start: gs,
    end: ge,
    text: writtenForm(d.clean, g.text, g.a, g.b),
    lead: writtenForm(d.clean, g.lead, g.leadAt, g.leadAt + g.lead.length),
    kind: g.kind,
    horizon: g.horizon,
    target_year: g.targetYear,
    theme: g.theme,
    has_number: g.hasNumber,
    indicator_ids: g.indicators.map((k) => indicatorId(d, k)).join(";"),
    found_by: g.source,
    region: d.facts.region,
    year: d.facts.year,
  };
}
