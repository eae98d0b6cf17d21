/**
 * Row schemas of every table, in column order. Rows are validated with zod
 * before they are written, and the key order here is the CSV column order.
 */
import { z } from "zod";

const offset = z.number().int().nonnegative();

export const DocumentRow = z.object({
  doc_id: z.string(),
  source: z.string(),
  start: offset,
  end: offset,
  kind: z.enum(["government_work_report", "party_congress_report", "plenary_report", "speech", "news", ""]),
  region: z.string(),
  region_code: z.string().regex(/^(\d{6})?$/),
  level: z.enum(["national", "province", "city", "county", ""]),
  parent_region: z.string(),
  parent_region_code: z.string().regex(/^(\d{6})?$/),
  year: z.number().int().min(1900).max(2100).nullable(),
  masked: z.boolean(),
  title: z.string(),
  speaker: z.string(),
  meeting: z.string(),
  date: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/),
  encoding: z.string(),
  script: z.enum(["simplified", "traditional"]),
  chars: offset,
  noise_chars: offset,
});
export type DocumentRow = z.infer<typeof DocumentRow>;

export const SectionRow = z.object({
  doc_id: z.string(),
  section_id: z.string(),
  parent_id: z.string(),
  level: z.number().int().positive(),
  ordinal: z.number().int().nonnegative(),
  heading: z.string(),
  role: z.enum(["review", "targets", "plan", "other"]),
  source: z.string(),
  start: offset,
  end: offset,
  heading_start: offset,
  heading_end: offset,
});
export type SectionRow = z.infer<typeof SectionRow>;

export const SentenceRow = z.object({
  doc_id: z.string(),
  sentence_id: z.string(),
  section_id: z.string(),
  source: z.string(),
  start: offset,
  end: offset,
  text: z.string(),
});
export type SentenceRow = z.infer<typeof SentenceRow>;

/** Column names of a row schema, in order. */
export function columns(schema: z.ZodObject<z.ZodRawShape>): string[] {
  return Object.keys(schema.shape);
}

/** A rule across fields of a row: zod refines the schema with it, and the compiled checks of validate.ts run it too. */
export interface RowRule<T> {
  check: (row: T) => boolean;
  message: string;
}

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

export const GoalRow = z.object({
  goal_id: z.string(),
  doc_id: z.string(),
  section_id: z.string(),
  source: z.string(),
  start: offset,
  end: offset,
  text: z.string().min(2),
  kind: z.enum(["target", "task", "aim"]),
  horizon: z.enum(["annual", "multi_year", "long_term"]),
  target_year: z.number().int().nullable(),
  theme: z.string(),
  has_number: z.boolean(),
  indicator_ids: z.string(),
  found_by: z.enum(["list", "dated", "task"]),
  region: z.string(),
  year: z.number().int().nullable(),
});
export type GoalRow = z.infer<typeof GoalRow>;

export const PanelRow = z.object({
  region: z.string(),
  region_code: z.string().regex(/^(\d{6})?$/),
  level: z.string(),
  parent_region: z.string(),
  year: z.number().int(),
  metric_id: z.string().min(1),
  metric_name: z.string(),
  measure: z.enum(["level", "growth", "change_pp"]),
  unit: z.string(),
  target_value: z.number().nullable(),
  target_value_max: z.number().nullable(),
  target_qualifier: z.string(),
  target_stated: z.boolean().nullable(),
  target_status: z.enum(["stated", "not_stated", "no_report"]),
  target_text: z.string(),
  target_doc_id: z.string(),
  target_indicator_id: z.string(),
  outcome_value: z.number().nullable(),
  outcome_status: z.string(),
  outcome_text: z.string(),
  outcome_doc_id: z.string(),
  outcome_indicator_id: z.string(),
  difference: z.number().nullable(),
  attained: z.boolean().nullable(),
  national_target_value: z.number().nullable(),
  national_target_value_max: z.number().nullable(),
  national_target_qualifier: z.string(),
  target_minus_national: z.number().nullable(),
  parent_target_value: z.number().nullable(),
  parent_target_value_max: z.number().nullable(),
  parent_target_qualifier: z.string(),
  target_minus_parent: z.number().nullable(),
});

export const TermRow = z.object({
  doc_id: z.string(),
  term: z.string().min(1),
  kind: z.enum(["quoted", "dictionary", "both"]),
  category: z.string(),
  count: z.number().int().positive(),
  per_10k_chars: z.number().nonnegative(),
  first_start: offset,
  first_end: offset,
  source: z.string(),
  region: z.string(),
  level: z.string(),
  year: z.number().int().nullable(),
});
export type TermRow = z.infer<typeof TermRow>;
