/**
 * Chart builders: Vega-Lite specs made from the tables' rows (an arquero
 * table or an array of plain objects). Each returns a plain spec with its
 * data inline, so it can be shown in a notebook, rendered to SVG/PNG
 * (charts.ts) or saved as JSON.
 *
 * Conventions, for figures that go into a paper: the title names the metric
 * and the level in Chinese (国内生产总值 for the nation, 地区生产总值 for a
 * region) and the subtitle says what is shown, the unit and where it comes
 * from ("computed from data/tables/panel.csv"); labels come from metric
 * names, in Chinese, English or both (`labels`); the palette is Okabe–Ito
 * (colour-blind safe) and status is also told by shape (targets diamonds,
 * actual outcomes filled, estimates hollow); a series leaves years without
 * data as gaps; shares say how many cases they rest on (n); a comparison with
 * the nation draws the national target as a reference line. A spec whose
 * selection is empty carries `usermeta.empty` (the notebook says it instead of
 * drawing an empty frame) and a region name read through the dictionary
 * carries `usermeta.note` (广东 → 广东省).
 */
import type * as aq from "arquero";
import { OKABE_ITO, type Spec } from "./charts.ts";
import { indicatorDictionary } from "../dictionary/dictionary.ts";
import { regionName } from "./workspace.ts";

type Row = Record<string, unknown>;
/** Rows as an arquero table or an array of plain objects. */
export type Rows = aq.ColumnTable | Row[];
/** Which language labels are in. */
export type Labels = "zh" | "en" | "both";

/**
 * Plain rows of an arquero table or an array of objects.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(asRows([{ 地区: "广东省" }]), [{ 地区: "广东省" }]);
 * ```
 */
export function asRows(data: Rows): Row[] {
  if (Array.isArray(data)) return data;
  if (data && typeof (data as aq.ColumnTable).objects === "function") return (data as aq.ColumnTable).objects() as Row[];
  throw new Error(`A figure needs an arquero table or an array of rows, not ${data === null ? "null" : typeof data}`);
}

function say(zh: string, en: string, labels: Labels): string {
  return labels === "zh" ? zh : labels === "en" ? en : `${zh} ${en}`;
}

// the first entry of an id is its name (later ones add aliases for some measures: 经济增长 for gdp)
const byId = new Map<string, (typeof indicatorDictionary.indicators)[number]>();
for (const i of indicatorDictionary.indicators) if (!byId.has(i.id)) byId.set(i.id, i);

/**
 * A metric's name for labels: the dictionary's Chinese name (国内生产总值
 * when the region is the nation), its English name, or both.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(metricLabel("gdp", "全国", "zh"), "国内生产总值");
 * assert.equal(metricLabel("gdp", "广东省", "zh"), "地区生产总值");
 * assert.equal(metricLabel("urban_new_jobs", "", "both"), "城镇新增就业 New urban jobs");
 * ```
 */
export function metricLabel(id: string, region = "", labels: Labels = "both", fallback = id): string {
  const m = byId.get(id);
  if (!m) return fallback || id;
  const national = region === "全国";
  const zh = national && m.name.startsWith("地区生产总值") ? m.name.replace("地区生产总值", "国内生产总值") : m.name;
  const en = national ? m.english.replace(/ \(regional\)/, "") : m.english.replace(/domestic \(regional\)/, "regional");
  return say(zh, en.charAt(0).toUpperCase() + en.slice(1), labels);
}

const MEASURE: Record<string, [string, string]> = {
  growth: ["增长", "growth"],
  level: ["总量", "level"],
  change_pp: ["变化", "change"],
  gap: ["差距", "gap"],
  multiple: ["倍数", "multiple"],
  rank: ["位次", "rank"],
};
const LEVEL: Record<string, [string, string]> = { national: ["全国", "national"], province: ["省级", "provincial"], city: ["市级", "city"], county: ["县级", "county"] };

/** A note as one line per language. */
function lines(zh: string, en: string, labels: Labels): string[] {
  return labels === "zh" ? [zh] : labels === "en" ? [en] : [zh, en];
}

function source(table: string, labels: Labels): string[] {
  return lines(`来源：政府工作报告，由 data/tables/${table}.csv 计算`, `Source: government work reports, computed from data/tables/${table}.csv`, labels);
}

/** The status colours and shapes (Okabe–Ito): actual blue, estimate orange, target vermillion. */
export const STATUS_SCALE = { domain: ["actual", "estimate", "target"], range: [OKABE_ITO[0], OKABE_ITO[1], OKABE_ITO[5]] };

function empty(spec: Spec, message: string): Spec {
  return { ...spec, usermeta: { ...(spec.usermeta ?? {}), empty: message } };
}

/** A region name read through the dictionary, and the note to show when it was changed. */
function region(name: string): { name: string; note: string } {
  return name === "" ? { name, note: "" } : regionName(name);
}

/**
 * Documents by year and kind (a stacked bar chart).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const spec = documentsByYear([{ year: 2025, kind: "government_work_report", level: "province" }]);
 * assert.equal(spec.data.values.length, 1);
 * ```
 */
export function documentsByYear(docs: Rows, labels: Labels = "both"): Spec {
  const values = asRows(docs).filter((d) => d.year !== null).map((d) => ({ year: d.year, kind: d.kind || "unknown", level: d.level }));
  return {
    title: { text: say("各年文档数量", "Documents by year and kind", labels), subtitle: [...lines(`${values.length} 份文档`, `${values.length} documents`, labels), ...source("documents", labels)] },
    width: 640,
    height: 220,
    data: { values },
    mark: "bar",
    encoding: {
      x: { field: "year", type: "ordinal", title: say("年份", "year", labels), axis: { labelAngle: -60 } },
      y: { aggregate: "count", type: "quantitative", title: say("文档数", "documents", labels) },
      color: { field: "kind", type: "nominal", title: say("类型", "kind", labels) },
    },
  };
}

/**
 * Noise removed per document, as a share of its length: the documents with
 * any noise, one bar each, the chart as tall as they need.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const spec = noiseShare([{ doc_id: "seeds/a.txt#1", noise_chars: 50, start: 0, end: 1000, kind: "news" }]);
 * assert.equal(spec.data.values[0].share, 0.05);
 * ```
 */
export function noiseShare(docs: Rows, labels: Labels = "both", top = 40): Spec {
  const all = asRows(docs).map((d) => ({
    doc: String(d.doc_id).replace(/#1$/, "").replace(/^.*\//, ""),
    share: Number(d.noise_chars) / Math.max(1, Number(d.end) - Number(d.start)),
    kind: d.kind || "unknown",
  })).filter((d) => d.share > 0).sort((a, b) => b.share - a.share || a.doc.localeCompare(b.doc));
  const values = all.slice(0, top);
  const spec = {
    title: {
      text: say("去除的网页噪声", "Noise removed per document", labels),
      subtitle: [...lines(`噪声字符占原文的比例；有噪声的 ${all.length} 份文档${all.length > top ? `中最多的 ${top} 份` : ""}`, `share of the source's characters; ${all.length > top ? `top ${top} of ` : ""}${all.length} documents with any`, labels), ...source("documents", labels)],
    },
    width: 520,
    height: { step: 14 },
    data: { values },
    mark: "bar",
    encoding: {
      y: { field: "doc", type: "nominal", sort: "-x", title: null },
      x: { field: "share", type: "quantitative", axis: { format: "%" }, title: say("噪声占比", "share of characters", labels) },
      color: { field: "kind", type: "nominal", title: say("类型", "kind", labels) },
    },
  };
  return values.length ? spec : empty(spec, "No document had noise removed.");
}

/**
 * The metrics most often reported, by status, labelled with their names.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const spec = topMetrics([{ metric_id: "gdp", status: "target" }, { metric_id: "gdp", status: "actual" }], 5, "zh");
 * assert.deepEqual(spec.data.values.map((v: { metric: string }) => v.metric), ["地区生产总值", "地区生产总值"]);
 * ```
 */
export function topMetrics(indicators: Rows, n = 20, labels: Labels = "both"): Spec {
  const rows = asRows(indicators);
  const counts = new Map<string, number>();
  for (const r of rows) if (r.metric_id) counts.set(String(r.metric_id), (counts.get(String(r.metric_id)) ?? 0) + 1);
  const top = new Set([...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([k]) => k));
  // counted here, not by Vega-Lite: the spec holds one value per bar segment, not one per mention
  const values = countBy(rows.filter((r) => top.has(String(r.metric_id))), ["metric_id", "status"], "mentions")
    .map((v) => ({ ...v, metric: metricLabel(String(v.metric_id), "", labels) }));
  return {
    title: {
      text: say("最常见的指标", "Most frequent indicators", labels),
      subtitle: [...lines(`提及次数最多的 ${top.size} 个指标，按状态分`, `the ${top.size} metrics mentioned most, by status`, labels), ...source("indicators", labels)],
    },
    width: 480,
    height: { step: 16 },
    data: { values },
    mark: "bar",
    encoding: {
      y: { field: "metric", type: "nominal", sort: { field: "mentions", op: "sum", order: "descending" }, title: null, axis: { labelLimit: 400 } },
      x: { field: "mentions", aggregate: "sum", type: "quantitative", title: say("提及次数", "mentions", labels) },
      color: { field: "status", type: "nominal", title: say("状态", "status", labels), scale: STATUS_SCALE },
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

/** What targetsAcrossRegions draws. */
export interface AcrossOptions {
  level?: string;
  /** the metric shown first (and the only one when `interactive` is false) */
  metric?: string;
  /** a dropdown of metrics (front-ends running Vega-Lite); false: one static figure */
  interactive?: boolean;
  labels?: Labels;
}

/**
 * One year's growth targets across regions: a bar per region (a tick at the
 * upper end of a range) and the national target as a dashed line. With
 * `interactive`, a dropdown chooses the metric where Vega-Lite runs; the
 * static image and the title show the metric chosen first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const spec = targetsAcrossRegions([{ region: "广东省", level: "province", year: 2025, metric_id: "gdp", measure: "growth", target_value: 5, target_value_max: null, national_target_value: 5 }], 2025, { interactive: false, labels: "zh" });
 * assert.equal(spec.title.text, "2025年各省级地区增长目标：地区生产总值");
 * ```
 */
export function targetsAcrossRegions(panel: Rows, year: number, opts: AcrossOptions = {}): Spec {
  const { level = "province", interactive = true, labels = "both" } = opts;
  const picked = asRows(panel).filter((r) => r.year === year && r.level === level && r.target_value !== null && r.measure === "growth");
  const values = picked.map((r) => ({
    region: r.region,
    metric: metricLabel(String(r.metric_id), "", labels, String(r.metric_name)),
    target: r.target_value,
    target_max: r.target_value_max ?? r.target_value,
    qualifier: r.target_qualifier,
    national: r.national_target_value ?? null,
  }));
  const counts = countBy(values, ["metric"], "n").sort((a, b) => (b.n as number) - (a.n as number) || String(a.metric).localeCompare(String(b.metric)));
  // metrics set by at least three regions (or all, when none is)
  const common = counts.filter((c) => (c.n as number) >= 3).map((c) => String(c.metric));
  const metrics = common.length ? common : counts.map((c) => String(c.metric));
  const first = opts.metric ? metricLabel(opts.metric, "", labels) : metrics.find((m) => m.startsWith("地区生产总值") || m.startsWith("Gross")) ?? metrics[0] ?? "";
  const lvl = LEVEL[level] ?? [level, level];
  const head = labels === "en" ? `Growth targets by ${lvl[1]} region, ${year}: ` : `${year}年各${lvl[0]}地区增长目标：`;
  const shown = interactive ? values.filter((v) => metrics.includes(v.metric)) : values.filter((v) => v.metric === first);
  const n = shown.filter((v) => v.metric === first).length;
  // y only on the layers per region: the national line spans the whole height
  const Y = { field: "region", type: "nominal", sort: { field: "target", op: "max", order: "descending" }, title: null };
  const spec: Spec = {
    title: {
      text: interactive ? { expr: `${JSON.stringify(head)} + 指标` } : head + first,
      subtitle: [
        ...lines(`目标增速（%），条为下限，竖线为区间上限；虚线为全国目标；${n} 个地区`, `target growth (%): bar the lower bound, tick the upper; dashed line the national target; ${n} regions`, labels),
        ...source("panel", labels),
      ],
    },
    width: 520,
    height: { step: 16 },
    data: { values: shown },
    transform: interactive ? [{ filter: "datum.metric === 指标" }] : [],
    layer: [
      {
        mark: { type: "bar", color: OKABE_ITO[5] },
        encoding: {
          y: Y,
          x: { field: "target", type: "quantitative", title: say("目标增速 (%)", "target growth (%)", labels) },
          tooltip: [{ field: "region" }, { field: "metric" }, { field: "target" }, { field: "target_max" }, { field: "qualifier" }],
        },
      },
      { mark: { type: "tick", color: "black", thickness: 2 }, encoding: { y: Y, x: { field: "target_max", type: "quantitative" } } },
      { mark: { type: "rule", strokeDash: [4, 3], color: "#333" }, encoding: { x: { aggregate: "max", field: "national", type: "quantitative" } } },
    ],
  };
  if (interactive) spec.params = [{ name: "指标", value: first, bind: { input: "select", options: metrics, name: say("指标 ", "metric ", labels) } }];
  return shown.length ? spec : empty(spec, `No ${level} growth targets for ${year} in the panel.`);
}

/** What targetSeries draws. */
export interface SeriesOptions {
  measure?: string;
  labels?: Labels;
}

/**
 * A region's targets and outcomes over the years: targets as diamonds (a
 * bar for ranges), outcomes as a line broken where a year has none, actual
 * outcomes filled and estimates (预计) hollow. The region is read through the
 * region dictionary (广东 → 广东省).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const panel = [
 *   { region: "全国", year: 1998, metric_id: "gdp", metric_name: "地区生产总值", measure: "growth", unit: "%", target_value: 8, target_value_max: null, outcome_value: 7.8, outcome_status: "actual" },
 *   { region: "全国", year: 2001, metric_id: "gdp", metric_name: "地区生产总值", measure: "growth", unit: "%", target_value: null, target_value_max: null, outcome_value: 7.3, outcome_status: "actual" },
 * ];
 * const spec = targetSeries(panel, "全国", "gdp", { labels: "zh" });
 * assert.equal(spec.title.text, "国内生产总值增长：目标与实际（全国）");
 * // 1999 and 2000 have no outcome: the line breaks there
 * assert.deepEqual(spec.data.values.filter((v: { kind: string }) => v.kind === "outcome").map((v: { year: number; value: number | null }) => [v.year, v.value]),
 *   [[1998, 7.8], [1999, null], [2000, null], [2001, 7.3]]);
 * ```
 */
export function targetSeries(panel: Rows, regionGiven = "全国", metric = "gdp", opts: SeriesOptions | string = {}): Spec {
  const { measure = "growth", labels = "both" } = typeof opts === "string" ? { measure: opts } : opts;
  const reg = region(regionGiven);
  const rows = asRows(panel).filter((r) => r.region === reg.name && r.metric_id === metric && r.measure === measure)
    .sort((a, b) => Number(a.year) - Number(b.year));
  const unit = String(rows.find((r) => r.unit)?.unit ?? (measure === "growth" ? "%" : ""));
  const years = rows.map((r) => Number(r.year));
  const byYear = new Map(rows.map((r) => [Number(r.year), r]));
  const values: Row[] = [];
  const outcomeYears = rows.filter((r) => r.outcome_value !== null).map((r) => Number(r.year));
  if (years.length) {
    for (let y = Math.min(...years); y <= Math.max(...years); y++) {
      const r = byYear.get(y);
      // every year between the first and the last: an outcome of null breaks the line
      if (y >= Math.min(...outcomeYears) && y <= Math.max(...outcomeYears)) {
        values.push({ year: y, kind: "outcome", value: r?.outcome_value ?? null, status: r?.outcome_status || null });
      }
      if (r && r.target_value !== null) {
        values.push({ year: y, kind: "target", value: r.target_value, max: r.target_value_max ?? r.target_value, q: r.target_qualifier });
      }
    }
  }
  const measureName = say(MEASURE[measure]?.[0] ?? measure, MEASURE[measure]?.[1] ?? measure, labels);
  const targets = values.filter((v) => v.kind === "target").length;
  const outcomes = values.filter((v) => v.kind === "outcome" && v.value !== null).length;
  const zhTitle = `${metricLabel(metric, reg.name, "zh", String(rows[0]?.metric_name ?? metric))}${MEASURE[measure]?.[0] ?? measure}：目标与实际（${reg.name}）`;
  const enTitle = `${metricLabel(metric, reg.name, "en")} ${MEASURE[measure]?.[1] ?? measure}: targets and outcomes (${reg.name})`;
  const spec: Spec = {
    title: {
      text: labels === "zh" ? zhTitle : labels === "en" ? enTitle : [zhTitle, enTitle],
      subtitle: [
        ...lines(`${unit}；◆ 当年报告的目标（竖线为区间），● 下一年报告的实际值，○ 预计值；无数据的年份留空；${targets} 个目标，${outcomes} 个结果`,
          `${unit}; ◆ target in that year's report (bar: range), ● outcome in the next report, ○ estimate; years without data left blank; ${targets} targets, ${outcomes} outcomes`, labels),
        ...source("panel", labels),
      ],
    },
    width: 640,
    height: 280,
    data: { values },
    encoding: {
      x: { field: "year", type: "quantitative", axis: { format: "d", tickMinStep: 1 }, scale: { zero: false, nice: false, padding: 10 }, title: say("年份", "year", labels) },
      y: { field: "value", type: "quantitative", title: `${measureName} (${unit})`, scale: { zero: false, padding: 8 } },
    },
    layer: [
      { transform: [{ filter: "datum.kind === 'outcome'" }], mark: { type: "line", color: OKABE_ITO[0] } },
      {
        transform: [{ filter: "datum.kind === 'outcome' && datum.value !== null" }],
        mark: { type: "point", size: 45, color: OKABE_ITO[0], strokeWidth: 1.5 },
        encoding: {
          fill: {
            field: "status", type: "nominal", title: say("结果", "outcome", labels),
            scale: { domain: ["actual", "estimate"], range: [OKABE_ITO[0], "white"] },
            legend: { symbolStrokeColor: OKABE_ITO[0], labelExpr: labels === "en" ? "datum.label" : "datum.label === 'actual' ? '实际 actual' : '预计 estimate'" },
          },
          tooltip: [{ field: "year" }, { field: "value", title: "outcome" }, { field: "status" }],
        },
      },
      {
        transform: [{ filter: "datum.kind === 'target' && datum.max !== datum.value" }],
        mark: { type: "rule", strokeWidth: 2, color: OKABE_ITO[5] },
        encoding: { y2: { field: "max" } },
      },
      {
        transform: [{ filter: "datum.kind === 'target'" }],
        mark: { type: "point", shape: "diamond", filled: true, size: 80, color: OKABE_ITO[5] },
        encoding: { tooltip: [{ field: "year" }, { field: "value", title: "target" }, { field: "max" }, { field: "q", title: "qualifier" }] },
      },
    ],
  };
  if (reg.note) spec.usermeta = { note: reg.note };
  return values.length ? spec : empty(spec, `No ${measure} rows for ${reg.name} and metric "${metric}" in the panel${reg.note ? ` (${reg.note})` : ""}.`);
}

/**
 * Regions' targets against their previous year's outcome (who promises more
 * than they just achieved), for one metric and year: the outcome a circle
 * (hollow for an estimate), the target a diamond drawn beside it so that
 * equal values do not hide each other, and the national target a dashed line.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const panel = [
 *   { region: "广东省", level: "province", year: 2024, metric_id: "gdp", measure: "growth", outcome_value: 3.5, outcome_status: "estimate" },
 *   { region: "广东省", level: "province", year: 2025, metric_id: "gdp", measure: "growth", target_value: 5, national_target_value: 5 },
 * ];
 * const spec = targetVsPrevious(panel, 2025, "gdp", "growth", "province", "zh");
 * assert.deepEqual(spec.data.values.map((v: { kind: string; status: string }) => [v.kind, v.status]), [["target", "target"], ["outcome", "estimate"]]);
 * ```
 */
export function targetVsPrevious(panel: Rows, year: number, metric = "gdp", measure = "growth", level = "province", labels: Labels = "both"): Spec {
  const all = asRows(panel);
  const prev = new Map(all.filter((r) => r.year === year - 1 && r.metric_id === metric && r.measure === measure).map((r) => [r.region, r]));
  const pairs = all.filter((r) => r.year === year && r.level === level && r.metric_id === metric && r.measure === measure && r.target_value !== null)
    .map((r) => ({ region: r.region, target: r.target_value, national: r.national_target_value ?? null, previous: prev.get(r.region) }))
    .filter((v) => v.previous && v.previous.outcome_value !== null);
  const values = pairs.flatMap((p) => [
    { region: p.region, kind: "target", status: "target", value: p.target, gap: Number(p.target) - Number(p.previous!.outcome_value), national: p.national },
    { region: p.region, kind: "outcome", status: p.previous!.outcome_status || "actual", value: p.previous!.outcome_value, gap: Number(p.target) - Number(p.previous!.outcome_value), national: p.national },
  ]);
  const estimates = pairs.filter((p) => p.previous!.outcome_status === "estimate").length;
  const name = metricLabel(metric, "", "zh");
  const lvl = LEVEL[level] ?? [level, level];
  const zh = `${year}年${lvl[0]}${name}${MEASURE[measure]?.[0] ?? measure}目标与${year - 1}年结果`;
  const en = `${metricLabel(metric, "", "en")} ${MEASURE[measure]?.[1] ?? measure}: ${lvl[1]} targets for ${year} against outcomes for ${year - 1}`;
  const key = (s: string) =>
    labels === "en" ? s : s === "target" ? `${year}年目标 target` : s === "actual" ? `${year - 1}年实际 actual` : `${year - 1}年预计 estimate`;
  const Y = { field: "region", type: "nominal", sort: { field: "gap", op: "max", order: "descending" }, title: null };
  const spec: Spec = {
    title: {
      text: labels === "zh" ? zh : labels === "en" ? en : [zh, en],
      subtitle: [
        ...lines(`%；按目标与结果之差排序；虚线为全国目标；${pairs.length} 个地区，其中 ${estimates} 个结果为预计值`, `%; sorted by target minus outcome; dashed line the national target; ${pairs.length} regions, ${estimates} outcomes estimates`, labels),
        ...source("panel", labels),
      ],
    },
    width: 460,
    height: 20 * pairs.length,
    data: { values: values.map((v) => ({ ...v, legend: key(String(v.status)) })) },
    layer: [
      {
        mark: { type: "rule", color: "#bbb" },
        encoding: { y: Y, x: { aggregate: "min", field: "value", type: "quantitative" }, x2: { aggregate: "max", field: "value" } },
      },
      {
        mark: { type: "point", size: 70, strokeWidth: 1.5, opacity: 1 },
        encoding: {
          y: Y,
          x: { field: "value", type: "quantitative", scale: { zero: false }, title: `${say(MEASURE[measure]?.[0] ?? measure, MEASURE[measure]?.[1] ?? measure, labels)} (%)` },
          yOffset: { field: "kind", type: "nominal", scale: { domain: ["target", "outcome"], paddingOuter: 0.5 } },
          shape: { field: "legend", type: "nominal", title: null, scale: { domain: [key("target"), key("actual"), key("estimate")], range: ["diamond", "circle", "circle"] } },
          color: { field: "legend", type: "nominal", title: null, scale: { domain: [key("target"), key("actual"), key("estimate")], range: [OKABE_ITO[5], OKABE_ITO[0], OKABE_ITO[0]] } },
          fill: { field: "legend", type: "nominal", title: null, scale: { domain: [key("target"), key("actual"), key("estimate")], range: [OKABE_ITO[5], OKABE_ITO[0], "white"] } },
          tooltip: [{ field: "region" }, { field: "legend", title: "kind" }, { field: "value" }, { field: "gap", title: "target − outcome" }],
        },
      },
      { mark: { type: "rule", strokeDash: [4, 3], color: "#333" }, encoding: { x: { aggregate: "max", field: "national", type: "quantitative" } } },
    ],
  };
  return pairs.length ? spec : empty(spec, `No ${level} ${metric} ${measure} targets for ${year} with an outcome for ${year - 1} in the panel.`);
}

/**
 * Attainment: the share of targets met, by metric, where both target and
 * outcome are known, each bar labelled with the number of targets it rests
 * on; metrics with fewer than `minN` targets are left out.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const spec = attainment([{ metric_id: "cpi", attained: true }, { metric_id: "cpi", attained: false }], 1, "zh");
 * assert.equal(spec.data.values[0].metric, "居民消费价格 (n=2)");
 * ```
 */
export function attainment(panel: Rows, minN = 3, labels: Labels = "both"): Spec {
  const rows = asRows(panel).filter((r) => r.attained !== null && r.attained !== undefined);
  const n = new Map<string, number>();
  for (const r of rows) n.set(String(r.metric_id), (n.get(String(r.metric_id)) ?? 0) + 1);
  const values = countBy(rows.filter((r) => n.get(String(r.metric_id))! >= minN), ["metric_id", "attained"], "count").map((v) => ({
    metric: `${metricLabel(String(v.metric_id), "", labels)} (n=${n.get(String(v.metric_id))})`,
    attained: v.attained ? say("达到", "met", labels) : say("未达到", "missed", labels),
    count: v.count,
    n: n.get(String(v.metric_id)),
  }));
  const left = [...n.values()].filter((k) => k < minN).length;
  const spec: Spec = {
    title: {
      text: say("目标完成情况", "Targets met", labels),
      subtitle: [
        ...lines(`目标与结果均已知的目标中达到的比例；n 为目标数${left ? `；少于 ${minN} 个目标的 ${left} 个指标未列出` : ""}`, `share of targets met where target and outcome are known; n targets${left ? `; ${left} metrics with fewer than ${minN} left out` : ""}`, labels),
        ...source("panel", labels),
      ],
    },
    width: 420,
    height: { step: 20 },
    data: { values },
    mark: "bar",
    encoding: {
      y: { field: "metric", type: "nominal", sort: { field: "n", op: "max", order: "descending" }, title: null, axis: { labelLimit: 400 } },
      x: { field: "count", aggregate: "sum", type: "quantitative", stack: "normalize", axis: { format: "%" }, title: say("占比", "share", labels) },
      color: { field: "attained", type: "nominal", title: null, scale: { domain: [say("达到", "met", labels), say("未达到", "missed", labels)], range: [OKABE_ITO[0], OKABE_ITO[1]] } },
      tooltip: [{ field: "metric" }, { field: "attained" }, { field: "count" }],
    },
  };
  return values.length ? spec : empty(spec, "No target in the panel has both a target and an outcome.");
}

/**
 * Term frequency per 10,000 characters across the years, one line per term.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const spec = termTrend([{ doc_id: "n#1", term: "改革开放", per_10k_chars: 2 }], [{ doc_id: "n#1", level: "national", kind: "government_work_report", year: 2012 }], ["改革开放"]);
 * assert.deepEqual(spec.data.values, [{ year: 2012, term: "改革开放", per10k: 2 }]);
 * ```
 */
export function termTrend(terms: Rows, docs: Rows, chosen: string[], level = "national", kind = "government_work_report", labels: Labels = "both"): Spec {
  // every report of the level counts, with 0 where a term is absent
  const reports = asRows(docs).filter((d) => d.level === level && d.kind === kind && d.year !== null);
  const found = new Map(asRows(terms).map((t) => [`${t.doc_id}\u0001${t.term}`, Number(t.per_10k_chars)]));
  const values = reports.flatMap((d) => chosen.map((term) => ({ year: d.year, term, per10k: found.get(`${d.doc_id}\u0001${term}`) ?? 0 })));
  const lvl = LEVEL[level] ?? [level, level];
  const spec: Spec = {
    title: {
      text: say(`${lvl[0]}政府工作报告中的关键词`, `Key phrases in ${lvl[1]} government work reports`, labels),
      subtitle: [...lines(`每万字使用次数；${reports.length} 份报告；无报告的年份留空`, `uses per 10,000 characters; ${reports.length} reports; years without a report left blank`, labels), ...source("terms", labels)],
    },
    width: 640,
    height: 280,
    data: { values },
    mark: { type: "line", point: true },
    encoding: {
      x: { field: "year", type: "quantitative", axis: { format: "d" }, scale: { zero: false }, title: say("年份", "year", labels) },
      y: { field: "per10k", type: "quantitative", title: say("每万字", "per 10k characters", labels) },
      color: { field: "term", type: "nominal", title: say("词", "term", labels) },
      tooltip: [{ field: "year" }, { field: "term" }, { field: "per10k" }],
    },
  };
  return values.length ? spec : empty(spec, `No ${level} ${kind} in the documents.`);
}
