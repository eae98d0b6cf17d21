/**
 * Stage 10 (across documents): the targets-versus-outcomes panel, one row
 * per region × year × metric_id × measure.
 *
 * The target comes from that year's report: a row of its expected-targets
 * list first, else another target row for that year; a span's average
 * (`per_year`: "“七五”期间…平均每年增长百分之七点五") is never one year's
 * target or outcome. The outcome comes from
 * a later report of the same region (the next year's first): an actual value
 * first, else an estimate (预计). Where a report lists expected targets but
 * none for a metric that is commonly targeted, `target_stated` is false
 * ("not stated" is not "not found"). A report whose region is masked or
 * unknown keeps its rows with an empty region (and its level), each such
 * report a region of its own: its targets are never joined with another
 * report's outcomes. The nation's figures a regional text cites (我国国内生产
 * 总值…) are not the region's. Each series is told in one unit, the one
 * most of its rows are written in. A province's row also carries the
 * national target for the same year and metric, when the national report of
 * that year is in the data, for top-down comparisons; every sub-national row
 * carries its parent's target (a county's city, a city's province, a
 * province's nation), joined by the parent's GB/T 2260 code.
 *
 * Gaps are told apart (`target_status`): `stated`; `not_stated`, a
 * government work report of that region and year is in the data but gives
 * no target for the metric; `no_report`, no such report is in the data. A
 * region's series (every metric it targets in two or more years) gets a row
 * for every year from its first report to its last, so a chart of it shows
 * its gaps; {@link panelSeries} gives a row for any years asked for.
 */
import { own } from "../text/hot.ts";
import { regionsNamed } from "../dictionary/regions.ts";
import type { Tables } from "../tables/tables.ts";
import type { DocumentRow } from "../tables/documents.ts";
import type { GoalRow } from "../tables/goals.ts";
import type { IndicatorRow } from "../tables/indicators.ts";
import { PANEL_MEASURES, type PanelMeasure, panelRow, type PanelRow, type SeriesUnit } from "../tables/panel.ts";
export type { PanelRow, TargetStatus } from "../tables/panel.ts";

const MEASURES = new Set<string>(PANEL_MEASURES);

/**
 * The part of a file's rows the panel reads: its documents, the indicator
 * rows with a known metric and a measure the panel compares (only the fields
 * it reads), and the annual target-list goals. Workers hand this over instead
 * of every row, so the main thread receives a few kilobytes per file.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import type { Tables } from "../tables/tables.ts";
 * const t = {
 *   documents: [{ doc_id: "a#1", kind: "government_work_report", region: "广东省", region_code: "440000", level: "province", parent_region: "全国", parent_region_code: "", year: 2025 }],
 *   indicators: [{ indicator_id: "a#1/i1", doc_id: "a#1", metric_id: "gdp", measure: "growth", status: "target", period: "2025", value: 5, value_max: null,
 *     unit: "%", unit_factor: 1, unit_base: "%", qualifier: "approx", metric: "地区生产总值", metric_text: "地区生产总值", value_text: "5%左右", sentence: "地区生产总值增长5%左右。" }],
 *   goals: [],
 * } as unknown as Pick<Tables, "documents" | "indicators" | "goals">;
 * assert.deepEqual(panel(panelInputs(t)), panel(t));
 * ```
 */
export function panelInputs(t: Pick<Tables, "documents" | "indicators" | "goals">): Pick<Tables, "documents" | "indicators" | "goals"> {
  const documents = t.documents.map((d) => ({
    doc_id: own(d.doc_id), kind: d.kind, region: own(d.region), region_code: own(d.region_code), level: d.level,
    parent_region: own(d.parent_region), parent_region_code: own(d.parent_region_code), year: d.year,
  }) as DocumentRow);
  const indicators = t.indicators
    .filter((r) => r.metric_id && MEASURES.has(r.measure))
    .map((r) => ({
      indicator_id: own(r.indicator_id), doc_id: own(r.doc_id), metric_id: r.metric_id, measure: r.measure, status: r.status,
      period: own(r.period), per_year: r.per_year, value: r.value, value_max: r.value_max, unit: own(r.unit), unit_factor: r.unit_factor,
      unit_base: own(r.unit_base), qualifier: r.qualifier, metric: own(r.metric), metric_text: own(r.metric_text), value_text: own(r.value_text),
      // (the sentence only where it may say the figure is the nation's: a few, not every sentence, cross to the main thread)
      sentence: r.sentence.includes(NATION) ? own(r.sentence) : "",
    }) as IndicatorRow);
  const goals = t.goals
    .filter((g) => g.found_by === "list" && g.horizon === "annual")
    .map((g) => ({ doc_id: own(g.doc_id), found_by: g.found_by, horizon: g.horizon, indicator_ids: own(g.indicator_ids) }) as GoalRow);
  return { documents, indicators, goals };
}

/**
 * Build the panel from the tables.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import type { Tables } from "../tables/tables.ts";
 * const doc = (id: string, year: number) => ({ doc_id: id, kind: "government_work_report", region: "全国", region_code: "", level: "national", parent_region: "", parent_region_code: "", year });
 * const ind = (id: string, status: string, period: string, value: number, qualifier: string) => ({ indicator_id: id, doc_id: id.split("/")[0], metric_id: "gdp", measure: "growth",
 *   status, period, value, value_max: null, unit: "%", unit_factor: 1, unit_base: "%", qualifier, metric_text: "国内生产总值", value_text: `${value}%` });
 * const t = {
 *   documents: [doc("n2011#1", 2011), doc("n2012#1", 2012)],
 *   indicators: [
 *     // "今后五年…年均增长7%", dated to 2011 by mistake: a span's average is no year's target
 *     { ...ind("n2011#1/i0", "target", "2011", 7, "exact"), per_year: true },
 *     ind("n2011#1/i1", "target", "2011", 8, "approx"), ind("n2012#1/i1", "actual", "2011", 9.2, "exact"),
 *   ],
 *   goals: [],
 * } as unknown as Pick<Tables, "documents" | "indicators" | "goals">;
 * const p = panel(t).find((r) => r.year === 2011 && r.metric_id === "gdp")!;
 * assert.deepEqual([p.target_value, p.outcome_value, p.difference, p.attained, p.target_status], [8, 9.2, 1.2, true, "stated"]);
 * ```
 */
export function panel(t: Pick<Tables, "documents" | "indicators" | "goals">): PanelRow[] {
  const docs = new Map(t.documents.map((d) => [d.doc_id, d]));
  const lists = annualLists(t.goals as GoalRow[]); // 1. expected-targets lists
  const { targets, listKeysByLevel } = chooseTargets(t.indicators, docs, lists.listed); // 2. one target a key
  const outcomes = chooseOutcomes(t.indicators, docs); // 3. the outcome a later report gives
  // 4. keys: every target and outcome, "not stated" for commonly listed metrics, every year of a series
  const keys = new Set<string>([...targets.keys(), ...outcomes.keys()]);
  const reports = new Map<string, DocumentRow>(); // region\u0001year → report with a list
  for (const d of t.documents) {
    if (usable(d) && lists.hasList.has(d.doc_id)) {
      reports.set(`${regionKey(d)}\u0001${d.year}`, d);
      for (const mk of listKeysByLevel.get(d.level) ?? []) keys.add(`${regionKey(d)}\u0001${d.year}\u0001${mk}`);
    }
  }
  const regions = regionFacts(t.documents);
  for (const k of seriesKeys(targets, regions.reportYears)) keys.add(k);
  // 5. one unit a series: the unit most of its targets and outcomes are written in
  const units = seriesUnits([...targets].map(([k, r]) => [r, k] as const), [...outcomes].map(([k, o]) => [o.r, k] as const));
  // 6. one row a key
  const rows: PanelRow[] = [];
  for (const k of keys) rows.push(rowOf(k, targets, outcomes, reports, regions, units));
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return rows.sort((a, b) =>
    cmp(a.level, b.level) || cmp(a.region, b.region) || a.year - b.year || cmp(a.metric_id, b.metric_id) || cmp(a.measure, b.measure)
  );
}

/** the nation as a report names it, before a figure of its own: "2022年我国国内生产总值增加到121万亿元" */
const NATION = "我国";
/** a region's own scope word, which takes the figures after it back from the nation: "…我国…,全省地区生产总值" */
const OWN_SCOPE = /[全我本](?:省|市|区|县|州|盟)/u;

/**
 * Whether a row of a sub-national document gives the nation's figure, not its
 * region's: 国内生产总值 is the country's product (a region's is 地区生产总值),
 * and 我国 before the metric in its sentence, with no scope of the region's own
 * between (全省, 我市), names the nation ("2022年我国国内生产总值增加到121万亿元",
 * "我国居民消费价格上涨2%,城镇新增就业1206万人" in a Sichuan paper are no
 * Sichuan figures).
 */
function nationalFigure(r: IndicatorRow, d: DocumentRow): boolean {
  if (d.level === "national") return false;
  if (r.metric_text.startsWith("国内生产总值")) return true;
  const at = r.sentence ? r.sentence.indexOf(r.metric_text) : -1;
  const nation = at > 0 ? r.sentence.lastIndexOf(NATION, at - NATION.length) : -1;
  return nation >= 0 && !OWN_SCOPE.test(r.sentence.slice(nation + NATION.length, at));
}

/**
 * Whether a row of a sub-national document names another place than the
 * document's region at its metric's head ("成都经济总量" in a Sichuan paper is
 * the city's, not the province's): the longest name form there (2 to 7
 * characters, `regionsNamed`) names none of the region's units.
 */
function otherPlace(r: IndicatorRow, d: DocumentRow): boolean {
  if (d.level === "national" || !d.region_code || !r.metric) return false;
  for (let n = Math.min(7, r.metric.length - 1); n >= 2; n--) {
    const named = regionsNamed(r.metric.slice(0, n));
    if (named.length) return !named.some((x) => x.code === d.region_code);
  }
  return false;
}

/** A row that speaks of the nation or of another place, not of its document's region (`nationalFigure`, `otherPlace`). */
const elsewhere = (r: IndicatorRow, d: DocumentRow): boolean => nationalFigure(r, d) || otherPlace(r, d);

/** A document whose region is masked or unknown is a region of its own, unnamed: its rows are kept with an empty region, never joined with another's. */
const UNKNOWN = "\u0002";
const regionKey = (d: DocumentRow) => d.region || UNKNOWN + d.doc_id;
const usable = (d: DocumentRow | undefined): d is DocumentRow => !!d && d.year !== null && (!!d.region || !!d.level);
const key = (region: string, year: number, metric: string, measure: string) => `${region}\u0001${year}\u0001${metric}\u0001${measure}`;

/** The indicator ids of each document's annual expected-targets lists, and the documents that have one. */
function annualLists(goals: GoalRow[]): { listed: Set<string>; hasList: Set<string> } {
  const listed = new Set<string>();
  const hasList = new Set<string>();
  for (const g of goals) {
    if (g.found_by !== "list" || g.horizon !== "annual") continue;
    hasList.add(g.doc_id);
    for (const id of g.indicator_ids.split(";")) if (id) listed.add(id);
  }
  return { listed, hasList };
}

/** One target per region × year × metric × measure, an item of the expected-targets list first; and the metrics each level lists. */
function chooseTargets(indicators: IndicatorRow[], docs: Map<string, DocumentRow>, listed: Set<string>) {
  const targets = new Map<string, IndicatorRow>();
  const listKeysByLevel = new Map<string, Set<string>>(); // level → metric\u0001measure seen in lists
  for (const r of indicators) {
    const d = docs.get(r.doc_id);
    if (!usable(d) || !r.metric_id || !MEASURES.has(r.measure) || r.status !== "target" || elsewhere(r, d)) continue;
    // one year's target only: a five-year plan's 平均每年 average (per_year) is never a year's target, even when dated to one year
    if (r.period !== String(d.year) || r.per_year) continue;
    const k = key(regionKey(d), d.year!, r.metric_id, r.measure);
    const prev = targets.get(k);
    const better = !prev || (listed.has(r.indicator_id) && !listed.has(prev.indicator_id));
    if (better) targets.set(k, r);
    if (listed.has(r.indicator_id)) {
      const s = listKeysByLevel.get(d.level) ?? new Set();
      s.add(`${r.metric_id}\u0001${r.measure}`);
      listKeysByLevel.set(d.level, s);
    }
  }
  return { targets, listKeysByLevel };
}

/** The outcome of each key: a later report of the same region, the next year's first; actual before estimate. */
function chooseOutcomes(indicators: IndicatorRow[], docs: Map<string, DocumentRow>): Map<string, { r: IndicatorRow; rank: number }> {
  const outcomes = new Map<string, { r: IndicatorRow; rank: number }>();
  for (const r of indicators) {
    const d = docs.get(r.doc_id);
    if (!usable(d) || !r.metric_id || !MEASURES.has(r.measure) || (r.status !== "actual" && r.status !== "estimate") || elsewhere(r, d)) continue;
    if (!/^\d{4}$/.test(r.period) || r.per_year) continue;
    const y = Number(r.period);
    if (d.year! <= y || r.value === null) continue;
    const rank = (d.year! - y - 1) * 10 + (r.status === "actual" ? 0 : 1);
    const k = key(regionKey(d), y, r.metric_id, r.measure);
    const prev = outcomes.get(k);
    if (!prev || rank < prev.rank) outcomes.set(k, { r, rank });
  }
  return outcomes;
}

/** What the documents say of each region: its level, a document of it (code and parent), names by code, its report years. */
interface RegionFacts {
  levelOf: Map<string, string>;
  unitOf: Map<string, DocumentRow>;
  nameOfCode: Map<string, string>;
  reportYears: Map<string, Set<number>>;
  gwr: Set<string>; // region\u0001year with a government work report
}

function regionFacts(documents: DocumentRow[]): RegionFacts {
  const f: RegionFacts = { levelOf: new Map(), unitOf: new Map(), nameOfCode: new Map(), reportYears: new Map(), gwr: new Set() };
  for (const d of documents) {
    if (!d.region && !usable(d)) continue;
    const rk = regionKey(d);
    f.levelOf.set(rk, d.level);
    if (!f.unitOf.has(rk)) f.unitOf.set(rk, d);
    if (d.region_code && !f.nameOfCode.has(d.region_code)) f.nameOfCode.set(d.region_code, d.region);
    if (d.year === null) continue;
    const ys = f.reportYears.get(rk) ?? new Set();
    if (d.kind === "government_work_report") {
      ys.add(d.year);
      f.gwr.add(`${rk}\u0001${d.year}`);
    }
    f.reportYears.set(rk, ys);
  }
  return f;
}

/**
 * The unit of each region × metric × measure series: the unit most of its
 * rows are written in (ties: the smaller unit, 家 before 万家, then the
 * latest year's), so its values read in one unit across the years.
 */
function seriesUnits(...groups: (readonly (readonly [IndicatorRow, string])[])[]): Map<string, SeriesUnit> {
  const count = new Map<string, Map<string, { u: SeriesUnit; n: number; last: number }>>();
  for (const group of groups) {
    for (const [r, k] of group) {
      const [region, ys, metric, measure] = k.split("\u0001");
      const sk = `${region}\u0001${metric}\u0001${measure}`;
      const byUnit = count.get(sk) ?? new Map();
      const c = byUnit.get(r.unit) ?? { u: { unit: r.unit, base: r.unit_base, factor: r.unit_factor }, n: 0, last: 0 };
      c.n++, c.last = Math.max(c.last, Number(ys));
      byUnit.set(r.unit, c);
      count.set(sk, byUnit);
    }
  }
  const out = new Map<string, SeriesUnit>();
  for (const [sk, byUnit] of count) {
    const best = [...byUnit.values()].sort((a, b) => b.n - a.n || a.u.factor - b.u.factor || b.last - a.last)[0];
    out.set(sk, best.u);
  }
  return out;
}

/** A region's series: metrics it targets in two years or more, a key for every year from its first report to its last. */
function seriesKeys(targets: Map<string, IndicatorRow>, reportYears: Map<string, Set<number>>): string[] {
  const targetYears = new Map<string, Set<number>>(); // region\u0001metric\u0001measure → years
  for (const k of targets.keys()) {
    const [region, ys, metric, measure] = k.split("\u0001");
    const sk = `${region}\u0001${metric}\u0001${measure}`;
    const s = targetYears.get(sk) ?? new Set();
    s.add(Number(ys));
    targetYears.set(sk, s);
  }
  const out: string[] = [];
  for (const [sk, ys] of targetYears) {
    if (ys.size < 2) continue;
    const [region, metric, measure] = sk.split("\u0001");
    const all = [...(reportYears.get(region) ?? []), ...ys];
    const from = Math.min(...all);
    const to = Math.max(...all);
    for (let y = from; y <= to; y++) out.push(key(region, y, metric, measure));
  }
  return out;
}

/** The panel row of one key, with the national and the parent's target for the same year and metric. */
function rowOf(
  k: string,
  targets: Map<string, IndicatorRow>,
  outcomes: Map<string, { r: IndicatorRow; rank: number }>,
  reports: Map<string, DocumentRow>,
  f: RegionFacts,
  units: Map<string, SeriesUnit>,
): PanelRow {
  const [region, ys, metric, measure] = k.split("\u0001");
  const year = Number(ys);
  const unitDoc = f.unitOf.get(region);
  const parent = !unitDoc ? "" : unitDoc.parent_region_code ? f.nameOfCode.get(unitDoc.parent_region_code) ?? unitDoc.parent_region : unitDoc.parent_region;
  return panelRow({
    region: region.startsWith(UNKNOWN) ? "" : region,
    regionCode: unitDoc?.region_code ?? "",
    level: f.levelOf.get(region) ?? "",
    parentRegion: parent,
    year,
    metricId: metric,
    measure: measure as PanelMeasure,
    target: targets.get(k),
    outcome: outcomes.get(k)?.r,
    national: region !== "全国" ? targets.get(key("全国", year, metric, measure)) : undefined,
    parent: parent ? targets.get(key(parent, year, metric, measure)) : undefined,
    report: reports.get(`${region}\u0001${year}`),
    reported: f.gwr.has(`${region}\u0001${year}`),
    seriesUnit: units.get(`${region}\u0001${metric}\u0001${measure}`),
  });
}

/**
 * One region's series of a metric: a row for every year asked for, from the
 * panel where it has one, else a `no_report` row (or `not_stated`, when a
 * report of that year is among the panel's rows for another metric), so a
 * chart shows the gaps rather than joining across them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const rows = [{ region: "全国", year: 2012, metric_id: "gdp", measure: "growth", target_value: 7.5, target_status: "stated" }] as PanelRow[];
 * const s = panelSeries(rows, { region: "全国", metric_id: "gdp", measure: "growth", years: [2011, 2012] });
 * assert.deepEqual(s.map((r) => [r.year, r.target_status, r.target_value]), [[2011, "no_report", null], [2012, "stated", 7.5]]);
 * ```
 */
export function panelSeries(
  rows: PanelRow[],
  ask: { region: string; metric_id: string; measure: string; years: number[] },
): PanelRow[] {
  const own = rows.filter((r) => r.region === ask.region);
  const at = new Map(own.filter((r) => r.metric_id === ask.metric_id && r.measure === ask.measure).map((r) => [r.year, r]));
  const reported = new Set(own.filter((r) => r.target_status !== "no_report").map((r) => r.year));
  const like = own[0];
  return ask.years.map((year) =>
    at.get(year) ?? panelRow({
      region: ask.region, regionCode: like?.region_code ?? "", level: like?.level ?? "", parentRegion: like?.parent_region ?? "", year,
      metricId: ask.metric_id, measure: ask.measure as PanelMeasure, reported: reported.has(year),
    })
  );
}
