/**
 * Chart builders: Vega-Lite specs made from the tables' rows. Each returns a
 * plain spec with its data inline, so it can be shown in a notebook,
 * rendered to SVG/PNG (charts.ts) or saved as JSON.
 */
import type { Spec } from "./charts.ts";

type Row = Record<string, unknown>;

/**
 * Documents by year and kind (a stacked bar chart).
 *
 * @example
 * ```ts
 * documentsByYear(await rows("documents"));
 * ```
 */
export function documentsByYear(docs: Row[]): Spec {
  return {
    title: "各年文档数量 Documents by year and kind",
    width: 640,
    height: 220,
    data: { values: docs.filter((d) => d.year !== null).map((d) => ({ year: d.year, kind: d.kind || "unknown", level: d.level })) },
    mark: "bar",
    encoding: {
      x: { field: "year", type: "ordinal", title: "年份 year", axis: { labelAngle: -60 } },
      y: { aggregate: "count", type: "quantitative", title: "文档 documents" },
      color: { field: "kind", type: "nominal", title: "类型 kind" },
    },
  };
}

/**
 * Noise removed per document, as a share of its length.
 */
export function noiseShare(docs: Row[]): Spec {
  return {
    title: "去除的网页噪声 Noise removed per document",
    width: 640,
    height: 220,
    data: {
      values: docs.map((d) => ({
        doc: String(d.doc_id).replace(/^.*\//, ""),
        share: Number(d.noise_chars) / Math.max(1, Number(d.end) - Number(d.start)),
        kind: d.kind || "unknown",
      })).filter((d) => d.share > 0),
    },
    mark: "bar",
    encoding: {
      y: { field: "doc", type: "nominal", sort: "-x", title: null },
      x: { field: "share", type: "quantitative", axis: { format: "%" }, title: "噪声占比 share of characters" },
      color: { field: "kind", type: "nominal", title: "类型 kind" },
    },
  };
}

/**
 * The metrics most often reported, by status.
 */
export function topMetrics(indicators: Row[], n = 20): Spec {
  const counts = new Map<string, number>();
  for (const r of indicators) if (r.metric_id) counts.set(String(r.metric_id), (counts.get(String(r.metric_id)) ?? 0) + 1);
  const top = new Set([...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k]) => k));
  return {
    title: "最常见的指标 Most frequent indicators",
    width: 520,
    height: 360,
    // counted here, not by Vega-Lite: the spec holds one value per bar segment, not one per mention
    data: { values: countBy(indicators.filter((r) => top.has(String(r.metric_id))), ["metric_id", "status"], "mentions") },
    mark: "bar",
    encoding: {
      y: { field: "metric_id", type: "nominal", sort: "-x", title: null },
      x: { field: "mentions", aggregate: "sum", type: "quantitative", title: "提及次数 mentions" },
      color: { field: "status", type: "nominal", title: "状态 status", scale: STATUS_SCALE },
    },
  };
}

/** Rows counted by the values of some fields: one row per combination, with its count in `as`. */
function countBy(rows: Row[], fields: string[], as: string): Row[] {
  const counts = new Map<string, Row>();
  for (const r of rows) {
    const key = JSON.stringify(fields.map((f) => r[f]));
    const c = counts.get(key);
    if (c) (c[as] as number)++;
    else counts.set(key, { ...Object.fromEntries(fields.map((f) => [f, r[f]])), [as]: 1 });
  }
  return [...counts.values()];
}

export const STATUS_SCALE = { domain: ["actual", "estimate", "target"], range: ["#4c78a8", "#f2a541", "#e45756"] };

/**
 * One year's targets across regions, with a dropdown to choose the metric.
 *
 * @example
 * ```ts
 * targetsAcrossRegions(await rows("panel"), 2025);
 * ```
 */
export function targetsAcrossRegions(panel: Row[], year: number, level = "province"): Spec {
  const values = panel.filter((r) => r.year === year && r.level === level && r.target_value !== null && r.measure === "growth")
    .map((r) => ({
      region: r.region,
      metric: `${r.metric_id} ${r.metric_name}`,
      target: r.target_value,
      target_max: r.target_value_max ?? r.target_value,
      qualifier: r.target_qualifier,
    }));
  const metrics = [...new Set(values.map((v) => v.metric))].sort();
  const first = metrics.find((m) => m.startsWith("gdp ")) ?? metrics[0] ?? "";
  return {
    title: `${year}年各地增长目标 Growth targets by region, ${year}`,
    width: 560,
    height: 460,
    data: { values },
    params: [{ name: "指标", value: first, bind: { input: "select", options: metrics, name: "指标 metric " } }],
    transform: [{ filter: "datum.metric === 指标" }],
    layer: [
      { mark: { type: "bar", color: "#e45756" }, encoding: { x: { field: "target", type: "quantitative", title: "目标 target (%)" } } },
      { mark: { type: "tick", color: "black", thickness: 2 }, encoding: { x: { field: "target_max", type: "quantitative" } } },
    ],
    encoding: {
      y: { field: "region", type: "nominal", sort: "-x", title: null },
      tooltip: [{ field: "region" }, { field: "metric" }, { field: "target" }, { field: "target_max" }, { field: "qualifier" }],
    },
  };
}

/**
 * A region's growth targets and outcomes over the years: targets as points
 * (with a bar for ranges), outcomes as a line.
 *
 * @example
 * ```ts
 * targetSeries(await rows("panel"), "全国", "gdp");
 * ```
 */
export function targetSeries(panel: Row[], region = "全国", metric = "gdp", measure = "growth"): Spec {
  const rows = panel.filter((r) => r.region === region && r.metric_id === metric && r.measure === measure);
  const values = rows.flatMap((r) => [
    ...(r.target_value !== null
      ? [{ year: r.year, kind: "目标 target", value: r.target_value, max: r.target_value_max ?? r.target_value, q: r.target_qualifier }]
      : []),
    ...(r.outcome_value !== null ? [{ year: r.year, kind: "实际 outcome", value: r.outcome_value, max: r.outcome_value, q: r.outcome_status }] : []),
  ]);
  const name = rows[0]?.metric_name ?? metric;
  return {
    title: `${region} ${name}：目标与实际 targets and outcomes (${measure})`,
    width: 640,
    height: 280,
    data: { values },
    encoding: {
      x: { field: "year", type: "quantitative", axis: { format: "d" }, scale: { zero: false }, title: "年份 year" },
      color: { field: "kind", type: "nominal", title: null, scale: { domain: ["目标 target", "实际 outcome"], range: ["#e45756", "#4c78a8"] } },
    },
    layer: [
      { transform: [{ filter: "datum.kind === '实际 outcome'" }], mark: { type: "line", point: true }, encoding: { y: { field: "value", type: "quantitative", title: "%" } } },
      { transform: [{ filter: "datum.kind === '目标 target'" }], mark: { type: "point", filled: true, size: 70 }, encoding: { y: { field: "value", type: "quantitative" }, tooltip: [{ field: "year" }, { field: "value" }, { field: "max" }, { field: "q" }] } },
      { transform: [{ filter: "datum.kind === '目标 target' && datum.max !== datum.value" }], mark: { type: "rule", strokeWidth: 2 }, encoding: { y: { field: "value", type: "quantitative" }, y2: { field: "max" } } },
    ],
  };
}

/**
 * Regions' targets against their previous year's outcome (who promises
 * more than they just achieved), for one metric and year.
 */
export function targetVsPrevious(panel: Row[], year: number, metric = "gdp", measure = "growth", level = "province"): Spec {
  const prev = new Map(panel.filter((r) => r.year === year - 1 && r.metric_id === metric && r.measure === measure).map((r) => [r.region, r]));
  const pairs = panel.filter((r) => r.year === year && r.level === level && r.metric_id === metric && r.measure === measure && r.target_value !== null)
    .map((r) => ({ region: r.region, target: r.target_value, previous: prev.get(r.region)?.outcome_value ?? null }))
    .filter((v) => v.previous !== null);
  const values = pairs.flatMap((p) => [
    { region: p.region, kind: `${year}年目标 target`, value: p.target, gap: Number(p.target) - Number(p.previous) },
    { region: p.region, kind: `${year - 1}年实际 outcome`, value: p.previous, gap: Number(p.target) - Number(p.previous) },
  ]);
  return {
    title: `${year}年目标与${year - 1}年实际 Target ${year} vs outcome ${year - 1}`,
    width: 460,
    height: { step: 16 },
    data: { values },
    encoding: {
      y: { field: "region", type: "nominal", sort: { field: "gap", order: "descending" }, title: null },
      x: { field: "value", type: "quantitative", scale: { zero: false }, title: "增长 growth (%)" },
    },
    layer: [
      { mark: { type: "line", color: "#bbb" }, encoding: { detail: { field: "region" } } },
      {
        mark: { type: "circle", size: 70, opacity: 1 },
        encoding: {
          color: { field: "kind", type: "nominal", title: null, scale: { range: ["#4c78a8", "#e45756"] } },
          tooltip: [{ field: "region" }, { field: "kind" }, { field: "value" }, { field: "gap", title: "target − outcome" }],
        },
      },
    ],
  };
}

/**
 * Attainment: share of targets met, by metric, where both target and
 * outcome are known.
 */
export function attainment(panel: Row[]): Spec {
  const values = panel.filter((r) => r.attained !== null).map((r) => ({ metric: `${r.metric_id} ${r.metric_name}`, attained: r.attained ? "达到 met" : "未达到 missed" }));
  return {
    title: "目标完成情况 Targets met",
    width: 480,
    height: 300,
    data: { values },
    mark: "bar",
    encoding: {
      y: { field: "metric", type: "nominal", sort: "-x", title: null },
      x: { aggregate: "count", type: "quantitative", stack: "normalize", axis: { format: "%" }, title: "占比 share" },
      color: { field: "attained", type: "nominal", title: null, scale: { domain: ["达到 met", "未达到 missed"], range: ["#54a24b", "#e45756"] } },
    },
  };
}

/**
 * Term frequency per 10,000 characters across the years, one line per term.
 *
 * @example
 * ```ts
 * termTrend(await rows("terms"), await rows("documents"), ["改革开放", "高质量发展"]);
 * ```
 */
export function termTrend(terms: Row[], docs: Row[], chosen: string[], level = "national", kind = "government_work_report"): Spec {
  // every report of the level counts, with 0 where a term is absent
  const reports = docs.filter((d) => d.level === level && d.kind === kind && d.year !== null);
  const found = new Map(terms.map((t) => [`${t.doc_id}\u0001${t.term}`, Number(t.per_10k_chars)]));
  const values = reports.flatMap((d) =>
    chosen.map((term) => ({ year: d.year, term, per10k: found.get(`${d.doc_id}\u0001${term}`) ?? 0 }))
  );
  return {
    title: "关键词使用频率 Key phrases per 10,000 characters",
    width: 640,
    height: 280,
    data: { values },
    mark: { type: "line", point: true },
    encoding: {
      x: { field: "year", type: "quantitative", axis: { format: "d" }, scale: { zero: false }, title: "年份 year" },
      y: { field: "per10k", type: "quantitative", title: "每万字 per 10k characters" },
      color: { field: "term", type: "nominal", title: "词 term" },
      tooltip: [{ field: "year" }, { field: "term" }, { field: "per10k" }],
    },
  };
}
