/**
 * The notebook API as a pandas user meets it: misspelt names refused with the
 * nearest ones, short region names read through the dictionary, figures
 * taking arquero tables or rows, empty selections said, tables displaying
 * themselves, SQL over the tables with DuckDB (integers typed as integers in
 * Parquet), and no Vega warning from any figure.
 */
import * as aq from "arquero";
import { assert } from "./assert.ts";
import { corpus, RAW } from "./corpus.ts";
import { panel as buildPanel } from "../lib/stages/panel.ts";
import { main } from "../lib/run/command.ts";
import { regionName, table } from "../lib/analysis/workspace.ts";
import { query } from "../lib/analysis/query.ts";
import { exportParquet } from "../lib/analysis/export_tables.ts";
import * as fig from "../lib/analysis/figures.ts";
import { chartWarnings, toSvg } from "../lib/analysis/charts.ts";
import { chartBundle, tableHtml } from "../lib/analysis/notebook.ts";
import { regions } from "../lib/dictionary/dictionary.ts";

Deno.test("notebook API: a misspelt table or column is refused with the nearest names", async () => {
  await assert.rejects(() => table("indicator" as never), /No table "indicator"; did you mean "indicators"\?/);
  await assert.rejects(() => table("panel", { columns: ["regoin", "year"] }), /Table "panel" has no column "regoin"; did you mean "region"/);
});

Deno.test("notebook API: every province's short name reads as its full name, with a note; an unknown name is refused", () => {
  for (const p of regions.provinces) {
    for (const s of p.short) assert.deepEqual(regionName(s), { name: p.name, note: `region "${s}" read as ${p.name} (data/dictionary/regions.json)` });
    assert.deepEqual(regionName(p.name), { name: p.name, note: "" });
  }
  assert.throws(() => regionName("广栋省"), /No region "广栋省".*did you mean "广东省"/);
});

Deno.test("figures: an arquero table and its rows give the same spec; a short region name finds its rows; an empty selection is said", async () => {
  const { tables } = await corpus();
  const rows = buildPanel(tables) as unknown as Record<string, unknown>[];
  const t = aq.from(rows);
  assert.deepEqual(fig.targetSeries(t, "全国", "gdp"), fig.targetSeries(rows, "全国", "gdp"));
  const gd = fig.targetSeries(rows, "广东", "gdp");
  assert.equal(gd.usermeta.note, `region "广东" read as 广东省 (data/dictionary/regions.json)`);
  assert.ok(!gd.usermeta.empty && gd.data.values.length > 0);
  const none = fig.targetSeries(rows, "广东", "no_such_metric");
  assert.match(none.usermeta.empty, /No growth rows for 广东省 and metric "no_such_metric"/);
});

Deno.test("figures: every figure on the corpus renders without a Vega warning, national GDP titled 国内生产总值, ids never labels", async () => {
  const { tables } = await corpus();
  const panel = buildPanel(tables) as unknown as Record<string, unknown>[];
  const docs = tables.documents as unknown as Record<string, unknown>[];
  const specs = [
    fig.documentsByYear(docs), fig.noiseShare(docs), fig.topMetrics(tables.indicators as unknown as Record<string, unknown>[]),
    fig.targetSeries(panel, "全国", "gdp"), fig.targetsAcrossRegions(panel, 2025), fig.targetsAcrossRegions(panel, 2025, { interactive: false, metric: "cpi" }),
    fig.targetVsPrevious(panel, 2025), fig.attainment(panel),
    fig.termTrend(tables.terms as unknown as Record<string, unknown>[], docs, ["改革开放", "高质量发展"]),
  ];
  for (const spec of specs) assert.deepEqual(await chartWarnings(spec), [], JSON.stringify(spec.title));
  const national = fig.targetSeries(panel, "全国", "gdp", { labels: "zh" });
  assert.equal(national.title.text, "国内生产总值增长：目标与实际（全国）");
  const top = await toSvg(fig.topMetrics(tables.indicators as unknown as Record<string, unknown>[], 20, "zh"));
  assert.ok(top.includes(">城镇新增就业</text>") && !top.includes(">urban_new_jobs</text>"), "bars labelled by metric name");
  // a gap: the outcome line has nulls for the years between reports
  const outcomes = national.data.values.filter((v: { kind: string }) => v.kind === "outcome");
  assert.ok(outcomes.some((v: { year: number; value: null }) => v.year === 2000 && v.value === null), "2000 has no outcome and stays a gap");
  // estimates are told apart: the 2025-vs-2024 plot keys them as estimates
  const vs = fig.targetVsPrevious(panel, 2025, "gdp", "growth", "province", "zh");
  const estimates = vs.data.values.filter((v: { status: string }) => v.status === "estimate").map((v: { region: string }) => v.region);
  const truth = panel.filter((r) => r.year === 2024 && r.level === "province" && r.metric_id === "gdp" && r.measure === "growth" && r.outcome_status === "estimate").map((r) => r.region);
  assert.deepEqual(estimates.sort(), truth.filter((r) => vs.data.values.some((v: { region: string }) => v.region === r)).sort());
});

Deno.test("notebook display: a chart's bundle has Vega-Lite and a drawn PNG sized at 1×; an arquero table displays itself as escaped HTML", async () => {
  const { data, metadata } = await chartBundle({ width: 200, height: 100, data: { values: [{ 地区: "广东省", 目标: 5 }] }, mark: "bar", encoding: { x: { field: "地区" }, y: { field: "目标", type: "quantitative" } } }, 2);
  assert.ok(data["application/vnd.vegalite.v5+json"]);
  assert.ok(!("image/svg+xml" in data), "no SVG for nbconvert to blank");
  const png = Uint8Array.from(atob(String(data["image/png"])), (c) => c.charCodeAt(0));
  assert.equal(String.fromCharCode(...png.slice(1, 4)), "PNG");
  const m = (metadata["image/png"] as { width: number; height: number });
  assert.equal(m.width * 2, new DataView(png.buffer).getUint32(16));
  const t = aq.table({ 地区: ["<script>x</script>"], 目标: [5] });
  // deno-lint-ignore no-explicit-any
  const shown = (t as any)[Symbol.for("Jupyter.display")]();
  assert.equal(shown["text/html"], tableHtml(t));
  assert.ok(shown["text/html"].includes("&lt;script&gt;") && !shown["text/html"].includes("<script>"));
});

Deno.test("query: DuckDB over CSV and over Parquet gives the same answers, with offsets and years typed as integers", async () => {
  const dir = await Deno.makeTempDir();
  assert.equal(await main([`${RAW}provincial-2025`, `${RAW}national`, "--out", `${dir}/csv`, "--quiet", "--no-review"]), 0);
  assert.equal(await main([`${RAW}provincial-2025`, `${RAW}national`, "--out", `${dir}/pq`, "--quiet", "--no-review", "--format", "parquet"]), 0);
  const sql = "SELECT region, target_value FROM panel WHERE year = 2025 AND level = 'province' AND metric_id = 'gdp' AND measure = 'growth' AND target_value > national_target_value ORDER BY region";
  const a = (await query(sql, { dir: `${dir}/csv` })).objects() as Record<string, unknown>[];
  const b = (await query(sql, { dir: `${dir}/pq` })).objects();
  assert.deepEqual(a, b);
  assert.ok(a.length >= 10 && a.every((r) => Number(r.target_value) > 5));
  for (const d of ["csv", "pq"]) {
    const types = Object.fromEntries(((await query("SELECT column_name, column_type FROM (DESCRIBE indicators)", { dir: `${dir}/${d}` })).objects() as Record<string, unknown>[]).map((r) => [r.column_name, r.column_type]));
    for (const c of ["start", "end", "value_start", "year"]) assert.ok(["INTEGER", "BIGINT"].includes(String(types[c])), `${d}: ${c} is ${types[c]}`);
    assert.equal(types.value, "DOUBLE");
  }
  const n = (await query("SELECT count(*) AS n FROM indicators", { dir: `${dir}/pq` })).get("n", 0);
  const csvRows = (await Deno.readTextFile(`${dir}/csv/indicators.csv`)).split("\n").length;
  assert.ok(n > 1000 && n < csvRows, "every row counted");
  await assert.rejects(() => query("SELECT nope FROM panel", { dir: `${dir}/pq` }), /query over .*pq \(tables documents, .*\): .*nope/s);
  // exportParquet of a filtered table keeps integers integers
  const path = `${dir}/gd.parquet`;
  await exportParquet((await table("indicators", { dir: `${dir}/csv`, columns: ["region", "year", "start", "value"] })).filter((d) => d.region === "广东省"), path, { table: "indicators" });
  const t = await query(`SELECT typeof(year) AS y, typeof(start) AS s, typeof(value) AS v FROM read_parquet('${path}') LIMIT 1`);
  assert.deepEqual(t.objects(), [{ y: "INTEGER", s: "INTEGER", v: "DOUBLE" }]);
  await Deno.remove(dir, { recursive: true });
});
