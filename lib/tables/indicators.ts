/** indicators.csv: one row per indicator mention (made by lib/run/rows/indicators.ts). */
import { z } from "zod";
import { offset, type RowRule } from "./columns.ts";

/** An indicator's value is empty exactly when its digits are blanked. */
export const maskedExactlyWhenEmpty: RowRule<{ masked: boolean; value: number | null }> = {
  check: (r) => r.masked === (r.value === null),
  message: "value is empty exactly when masked",
};

/** An indicator's unit is empty only for a rank written without 位 or 名 (全国第4, 保持全国第一). */
export const unitUnlessRank: RowRule<{ unit: string; measure: string }> = {
  check: (r) => r.unit !== "" || r.measure === "rank",
  message: "unit is empty but the measure is not rank",
};

export const IndicatorRow = z.object({
  indicator_id: z.string(),
  doc_id: z.string(),
  section_id: z.string(),
  sentence_id: z.string(),
  source: z.string(),
  start: offset,
  end: offset,
  value_start: offset,
  value_end: offset,
  metric: z.string().min(1),
  metric_text: z.string(),
  metric_id: z.string(),
  measure: z.enum(["level", "growth", "change", "change_pp", "gap", "multiple", "rank"]),
  value: z.number().nullable(),
  value_max: z.number().nullable(),
  unit: z.string(),
  unit_base: z.string(),
  unit_factor: z.number().positive(),
  qualifier: z.enum(["exact", "approx", "min", "max", "range"]),
  qualifier_text: z.string(),
  status: z.enum(["actual", "estimate", "target"]),
  period: z.string().regex(/^(\d{4}(-\d{4})?)?$/),
  per_year: z.boolean(),
  masked: z.boolean(),
  value_text: z.string(),
  baseline: z.number().nullable(),
  benchmark: z.string(),
  region: z.string(),
  year: z.number().int().nullable(),
  sentence: z.string(),
}).refine(maskedExactlyWhenEmpty.check, maskedExactlyWhenEmpty.message)
  .refine(unitUnlessRank.check, unitUnlessRank.message);
export type IndicatorRow = z.infer<typeof IndicatorRow>;

/** What an indicator measures. */
export const MEASURES = IndicatorRow.shape.measure.options;
export type Measure = IndicatorRow["measure"];
/** How a value is bounded (exact, approx, min, max, range). */
export const QUALIFIERS = IndicatorRow.shape.qualifier.options;
export type Qualifier = IndicatorRow["qualifier"];
/** Whether a value is reported, estimated or aimed at. */
export const STATUSES = IndicatorRow.shape.status.options;
export type Status = IndicatorRow["status"];
