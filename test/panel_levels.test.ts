import { assert } from "./assert.ts";
import { corpus, gold } from "./corpus.ts";
import { panel, panelSeries } from "../lib/stages/panel.ts";
import { baseRows, readSource } from "../lib/run/pipeline.ts";
import type { Tables } from "../lib/tables/tables.ts";

Deno.test("panel: every row carries its region's code; 2025 provinces carry the national 2025 target as their parent's", async () => {
  const { tables } = await corpus();
  const rows = panel(tables);
  const codeOf = new Map(tables.documents.map((d) => [d.region, d.region_code]));
  for (const r of rows) assert.equal(r.region_code, codeOf.get(r.region), `${r.region} ${r.year}`);
  const nat = rows.find((r) => r.region === "全国" && r.year === 2025 && r.metric_id === "gdp" && r.measure === "growth")!;
  assert.equal(nat.target_value, 5);
  const provinces = rows.filter((r) => r.level === "province" && r.year === 2025 && r.metric_id === "gdp" && r.measure === "growth");
  assert.equal(provinces.length, 31);
  for (const p of provinces) {
    assert.equal(p.parent_region, "全国", p.region);
    assert.equal(p.parent_target_value, 5, p.region);
    assert.equal(p.parent_target_value, p.national_target_value, p.region);
    assert.equal(p.target_minus_parent, Number((p.target_value! - 5).toPrecision(12)), p.region);
  }
  // wherever a province's row and the nation's row of the same year, metric and measure both have targets, the parent columns are filled
  const natTargets = new Map(rows.filter((r) => r.region === "全国" && r.target_value !== null).map((r) => [`${r.year}/${r.metric_id}/${r.measure}`, r]));
  let filled = 0;
  for (const r of rows.filter((x) => x.level === "province" && x.target_value !== null)) {
    const n = natTargets.get(`${r.year}/${r.metric_id}/${r.measure}`);
    if (!n || (n.unit !== r.unit && n.unit !== "" && r.unit !== "")) continue;
    assert.ok(r.parent_target_value !== null, `${r.region} ${r.year} ${r.metric_id} ${r.measure}: no parent target`);
    filled++;
  }
  assert.ok(filled >= 60, `${filled} provincial rows with the nation's target`);
});

Deno.test("panel: a county's row carries its city's target, a city's its province's (county fixtures with their city)", () => {
  const dir = new URL("./fixtures/counties/", import.meta.url);
  const docs = [...Deno.readDirSync(dir)].sort((a, b) => a.name < b.name ? -1 : 1).flatMap((e) => readSource(e.name, Deno.readFileSync(new URL(e.name, dir))));
  const t: Tables = baseRows(docs);
  const rows = panel(t);
  const qs = rows.find((r) => r.region === "青山区" && r.year === 2019 && r.metric_id === "gdp" && r.measure === "growth")!;
  assert.ok(qs, "no 青山区 2019 GDP row");
  assert.deepEqual(
    [qs.region_code, qs.level, qs.parent_region, qs.target_value, qs.parent_target_value, qs.target_minus_parent],
    ["150204", "county", "包头市", 6.5, 7, -0.5],
  );
  const bt = rows.find((r) => r.region === "包头市" && r.year === 2019 && r.metric_id === "gdp" && r.measure === "growth")!;
  assert.deepEqual([bt.region_code, bt.level, bt.parent_region, bt.parent_target_value], ["150200", "city", "内蒙古自治区", null]);
  // a district whose city is not in the data: the parent is named, its target is empty
  const ds = rows.find((r) => r.region === "东胜区" && r.year === 2016 && r.metric_id === "gdp" && r.measure === "growth")!;
  assert.deepEqual([ds.parent_region, ds.parent_target_value, ds.target_minus_parent], ["鄂尔多斯市", null, null]);
  // the shared name left empty has no panel row: it is not guessed into another region
  assert.ok(!rows.some((r) => r.region === "新城区"));
});

Deno.test("panel: the national GDP growth series has a row for every year, stated, not stated and no report told apart", async () => {
  const { tables } = await corpus();
  const rows = panel(tables).filter((r) => r.region === "全国" && r.metric_id === "gdp" && r.measure === "growth");
  const byYear = new Map(rows.map((r) => [r.year, r]));
  // (from the first government work report, as the panel's series run: a party congress report of 1921 starts none)
  const years = tables.documents.filter((d) => d.region === "全国" && d.kind === "government_work_report" && d.year !== null).map((d) => d.year!);
  const from = Math.min(...years);
  for (let y = from; y <= 2025; y++) assert.ok(byYear.has(y), `no row for ${y}`);
  const gwr = new Set(tables.documents.filter((d) => d.region === "全国" && d.kind === "government_work_report").map((d) => d.year));
  for (const r of rows) {
    assert.equal(r.target_status === "stated", r.target_value !== null, `${r.year}`);
    if (r.target_status !== "stated") assert.equal(r.target_status, gwr.has(r.year) ? "not_stated" : "no_report", `${r.year}`);
  }
  // every year whose report states a GDP growth target (the gold) is stated
  for (const g of gold("indicators.csv")!.filter((g) => g.source.startsWith("national/") && g.metric === "国内生产总值" && g.measure === "growth" && g.status === "target")) {
    assert.equal(byYear.get(Number(g.period))?.target_status, "stated", g.period);
  }
  const status = (s: string) => rows.filter((r) => r.target_status === s).map((r) => r.year);
  assert.ok(status("stated").includes(2025) && status("stated").length >= 18, status("stated").join());
  assert.ok(status("not_stated").includes(2000), `report years without a GDP growth target: ${status("not_stated").join()}`);
  assert.ok([2013, 2020, 2024].every((y) => status("no_report").includes(y)));
  // asked for years beyond the data: rows all the same, as no report
  const s = panelSeries(panel(tables), { region: "全国", metric_id: "gdp", measure: "growth", years: [1950, 2011, 2030] });
  assert.deepEqual(s.map((r) => [r.year, r.target_status]), [[1950, "no_report"], [2011, "stated"], [2030, "no_report"]]);
});

Deno.test("panel: the seeds' city and county reports have rows with their levels; masked regions stay empty, each report on its own", async () => {
  const { tables } = await corpus();
  const rows = panel(tables);
  for (const d of tables.documents.filter((x) => x.source.startsWith("seeds/"))) {
    const own = rows.filter((r) => r.target_doc_id === d.doc_id || r.outcome_doc_id === d.doc_id);
    const hasTarget = tables.indicators.some((r) => r.doc_id === d.doc_id && r.status === "target" && r.metric_id && r.period === String(d.year) && ["level", "growth", "change_pp"].includes(r.measure));
    if (hasTarget) assert.ok(own.length > 0, `${d.doc_id}: no panel row`);
    for (const r of own) {
      assert.equal(r.level, d.level, `${d.doc_id} level`);
      assert.equal(r.region, d.region, `${d.doc_id} region`);
      if (!d.region) assert.ok([r.target_doc_id, r.outcome_doc_id].every((x) => x === "" || x === d.doc_id), `${d.doc_id}: joined with another report`);
    }
  }
  assert.ok(rows.some((r) => r.region === "" && r.level === "county"), "the masked county plenary report keeps its rows");
  assert.ok(rows.some((r) => r.region === "大连市" && r.level === "city" && r.region_code === "210200"));
});
