/**
 * The cookbook's three answers (notebooks/06_cookbook.ipynb), as functions
 * over the tables so that a test can check them against the report text:
 * the national GDP growth target series with the next year's outcomes,
 * the provinces whose target for a year exceeds the nation's, and one
 * region's indicators for Excel.
 */
import type * as aq from "arquero";
import { asRows, type Rows } from "./figures.ts";
import { regionName } from "./workspace.ts";

type Row = Record<string, unknown>;

/** One year of a target series: the target set that year and the outcome a later report gave. */
export interface SeriesYear {
  year: number;
  target: number | null;
  target_max: number | null;
  qualifier: string;
  target_text: string;
  target_indicator_id: string;
  outcome: number | null;
  outcome_status: string;
  outcome_indicator_id: string;
  difference: number | null;
  attained: boolean | null;
}

/**
 * A region's target series for a metric (GDP growth of the nation by
 * default): one row per year with a target or an outcome, oldest first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const s = targetSeriesRows([{ region: "全国", year: 2025, metric_id: "gdp", measure: "growth", target_value: 5, target_qualifier: "approx", outcome_value: null }]);
 * assert.equal(s[0].target, 5);
 * ```
 */
export function targetSeriesRows(panel: Rows, region = "全国", metric = "gdp", measure = "growth"): SeriesYear[] {
  const name = regionName(region).name;
  return asRows(panel)
    .filter((r) => r.region === name && r.metric_id === metric && r.measure === measure && (r.target_value !== null || r.outcome_value !== null))
    .sort((a, b) => Number(a.year) - Number(b.year))
    .map((r) => ({
      year: Number(r.year),
      target: r.target_value as number | null,
      target_max: (r.target_value_max ?? null) as number | null,
      qualifier: String(r.target_qualifier ?? ""),
      target_text: String(r.target_text ?? ""),
      target_indicator_id: String(r.target_indicator_id ?? ""),
      outcome: r.outcome_value as number | null,
      outcome_status: String(r.outcome_status ?? ""),
      outcome_indicator_id: String(r.outcome_indicator_id ?? ""),
      difference: (r.difference ?? null) as number | null,
      attained: (r.attained ?? null) as boolean | null,
    }));
}

/** A region whose target exceeds the national one. */
export interface AboveNational {
  region: string;
  target: number;
  target_max: number | null;
  qualifier: string;
  national: number;
  above_by: number;
  target_indicator_id: string;
}

/**
 * The regions of a level whose target for a year exceeds the national
 * target for the same year and metric (compared on the lower bound of a
 * range: 5–5.5% against 5% does not exceed), highest first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const above = targetsAboveNational([
 *   { region: "西藏自治区", level: "province", year: 2025, metric_id: "gdp", measure: "growth", target_value: 7, national_target_value: 5 },
 *   { region: "广东省", level: "province", year: 2025, metric_id: "gdp", measure: "growth", target_value: 5, national_target_value: 5 },
 * ], 2025);
 * assert.deepEqual(above.map((a) => [a.region, a.above_by]), [["西藏自治区", 2]]);
 * ```
 */
export function targetsAboveNational(panel: Rows, year: number, metric = "gdp", measure = "growth", level = "province"): AboveNational[] {
  return asRows(panel)
    .filter((r) => r.year === year && r.level === level && r.metric_id === metric && r.measure === measure)
    .filter((r) => r.target_value !== null && r.national_target_value !== null && Number(r.target_value) > Number(r.national_target_value))
    .map((r: Row) => ({
      region: String(r.region),
      target: Number(r.target_value),
      target_max: (r.target_value_max ?? null) as number | null,
      qualifier: String(r.target_qualifier ?? ""),
      national: Number(r.national_target_value),
      above_by: Math.round((Number(r.target_value) - Number(r.national_target_value)) * 1e6) / 1e6,
      target_indicator_id: String(r.target_indicator_id ?? ""),
    }))
    .sort((a, b) => b.target - a.target || a.region.localeCompare(b.region, "zh"));
}

/** The columns of a region's indicators that a spreadsheet user needs, in order. */
export const INDICATOR_COLUMNS = [
  "year", "period", "status", "metric", "metric_id", "measure", "value", "value_max", "unit", "qualifier", "value_text", "sentence", "source", "start", "end", "indicator_id",
];

/**
 * A region's indicators (short names allowed), the columns a spreadsheet
 * needs, in document order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const t = regionIndicators([{ region: "广东省", year: 2025, metric: "地区生产总值", value: 5, indicator_id: "a#1/i1" }], "广东");
 * assert.equal(t.length, 1);
 * ```
 */
export function regionIndicators(indicators: aq.ColumnTable | Row[], region: string): Row[] {
  const name = regionName(region).name;
  return asRows(indicators).filter((r) => r.region === name).map((r) => Object.fromEntries(INDICATOR_COLUMNS.map((c) => [c, r[c] ?? null])));
}
