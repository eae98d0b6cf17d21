/**
 * panel.csv: targets versus outcomes, one row per region × year × metric_id
 * × measure. Its rows are made from rows of other tables (the indicator rows
 * of the target and the outcome, the reports), so its row function lives
 * here beside its schema; lib/stages/panel.ts picks the rows to join.
 */
import { z } from "zod";
import { dictionaryRows, type MetricInfo } from "../dictionary/metrics.ts";
import { regionCode } from "./columns.ts";
import type { DocumentRow } from "./documents.ts";
import type { IndicatorRow } from "./indicators.ts";

export const PanelRow = z.object({
  region: z.string(),
  region_code: regionCode,
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
/** One panel row. */
export type PanelRow = z.infer<typeof PanelRow>;

/** The measures the panel compares (indicator rows of other measures stay out of it). */
export const PANEL_MEASURES = PanelRow.shape.measure.options;
export type PanelMeasure = PanelRow["measure"];
/** stated; not_stated (the year's report is in the data, without this target); no_report (no report of that year in the data) */
export const TARGET_STATUSES = PanelRow.shape.target_status.options;
export type TargetStatus = PanelRow["target_status"];

/** What one panel row is made of: its key, and the rows the panel stage joined for it. */
export interface PanelCell {
  /** the region as written in the row ("" for a masked or unknown one) */
  region: string;
  regionCode: string;
  level: string;
  parentRegion: string;
  year: number;
  metricId: string;
  measure: PanelMeasure;
  /** the target set in that year's report */
  target?: IndicatorRow;
  /** the outcome reported for that year by a later report */
  outcome?: IndicatorRow;
  /** the national target of that year (sub-national rows) */
  national?: IndicatorRow;
  /** the parent region's target of that year */
  parent?: IndicatorRow;
  /** that year's report with an expected-targets list */
  report?: DocumentRow;
  /** a government work report of the region and year is in the data */
  reported: boolean;
  /** the unit the region's series of this metric is told in (its rows' most frequent): values of the same base are converted into it */
  seriesUnit?: SeriesUnit;
}

/** A unit with its base and factor (亿斤: 吨 × 50000). */
export interface SeriesUnit {
  unit: string;
  base: string;
  factor: number;
}

let metricInfo: Map<string, MetricInfo> | null = null;
const infoOf = (id: string) => (metricInfo ??= new Map(dictionaryRows().map((m) => [m.id, m]))).get(id);

function round(x: number): number {
  return Number(x.toPrecision(12));
}

/** Convert a value between units of the same base (亿元 → 万亿元); null when they do not compare. */
function convert(r: IndicatorRow, unit: string, factor: number, base: string): number | null {
  if (r.value === null) return null;
  if (r.unit === unit) return r.value;
  if (r.unit_base !== base) return null;
  return round((r.value * r.unit_factor) / factor);
}

/**
 * The panel row of one cell: values in the series' unit where the rows
 * share its base (else the target's unit, else the outcome's), so a
 * region's series over the years reads in one unit (national grain output
 * is written in 亿斤, 万吨, 亿公斤 and 万亿斤 over the decades), the difference, whether the target was attained (≤ for
 * metrics where lower is better and for `max` targets), and the national
 * and parent targets beside it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { panelRow } from "./panel.ts";
 * import type { IndicatorRow } from "./indicators.ts";
 * const ind = (id: string, status: string, value: number, unit: string, factor: number, text: string) => ({ indicator_id: id,
 *   doc_id: id.split("/")[0], status, value, value_max: null, unit, unit_base: "元", unit_factor: factor, qualifier: "exact",
 *   metric_text: "地区生产总值", value_text: text }) as unknown as IndicatorRow;
 * const row = panelRow({ region: "广东省", regionCode: "440000", level: "province", parentRegion: "全国", year: 2021,
 *   metricId: "gdp", measure: "level", reported: true,
 *   target: ind("g2021#1/i3", "target", 12, "万亿元", 1e12, "12万亿元"),
 *   outcome: ind("g2022#1/i7", "actual", 124369.7, "亿元", 1e8, "124369.7亿元") });
 * assert.equal(row.outcome_value, 12.43697); // read in the target's unit
 * assert.deepEqual([row.difference, row.attained, row.target_status], [0.43697, true, "stated"]);
 * assert.equal(row.target_text, "地区生产总值…12万亿元");
 * ```
 */
export function panelRow(c: PanelCell): PanelRow {
  const { target: tr, outcome: oc, national: nat, parent: par, report } = c;
  const base = tr ?? oc;
  const series = c.seriesUnit && base && base.unit_base === c.seriesUnit.base ? c.seriesUnit : null;
  const unit = series?.unit ?? base?.unit ?? (c.measure === "growth" ? "%" : "");
  const factor = series?.factor ?? base?.unit_factor ?? 1;
  const ubase = series?.base ?? base?.unit_base ?? unit;
  const outcome = oc ? convert(oc, unit, factor, ubase) : null;
  const target = tr ? convert(tr, unit, factor, ubase) : null;
  const targetMax = tr && tr.value_max !== null ? convert({ ...tr, value: tr.value_max }, unit, factor, ubase) : null;
  const natValue = nat ? convert(nat, unit, factor, ubase) : null;
  const parValue = par ? convert(par, unit, factor, ubase) : null;
  const m = infoOf(c.metricId);
  let attained: boolean | null = null;
  if (target !== null && outcome !== null) {
    if (m?.direction === "down" || tr!.qualifier === "max") attained = outcome <= (targetMax ?? target);
    else attained = outcome >= target;
  }
  return {
    region: c.region,
    region_code: c.regionCode,
    level: c.level,
    parent_region: c.parentRegion,
    year: c.year,
    metric_id: c.metricId,
    metric_name: m?.name ?? "",
    measure: c.measure,
    unit,
    target_value: target,
    target_value_max: targetMax,
    target_qualifier: tr?.qualifier ?? "",
    target_stated: tr ? true : report ? false : null,
    target_status: tr ? "stated" : c.reported ? "not_stated" : "no_report",
    target_text: tr ? `${tr.metric_text}…${tr.value_text}` : "",
    target_doc_id: tr?.doc_id ?? report?.doc_id ?? "",
    target_indicator_id: tr?.indicator_id ?? "",
    outcome_value: outcome,
    outcome_status: oc?.status ?? "",
    outcome_text: oc ? `${oc.metric_text}…${oc.value_text}` : "",
    outcome_doc_id: oc?.doc_id ?? "",
    outcome_indicator_id: oc?.indicator_id ?? "",
    difference: target !== null && outcome !== null ? round(outcome - target) : null,
    attained,
    national_target_value: natValue,
    national_target_value_max: nat?.value_max ?? null,
    national_target_qualifier: nat?.qualifier ?? "",
    target_minus_national: target !== null && natValue !== null ? round(target - natValue) : null,
    parent_target_value: parValue,
    parent_target_value_max: par && par.value_max !== null ? convert({ ...par, value: par.value_max }, unit, factor, ubase) : null,
    parent_target_qualifier: par?.qualifier ?? "",
    target_minus_parent: target !== null && parValue !== null ? round(target - parValue) : null,
  };
}
