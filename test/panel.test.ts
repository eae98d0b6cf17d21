import { regionForms } from "../lib/dictionary/regions.ts";
import { assert } from "./assert.ts";
import { corpus, gold } from "./corpus.ts";
import { panel, panelInputs } from "../lib/stages/panel.ts";

const gdpGrowth = async () => {
  const { tables } = await corpus();
  const rows = panel(tables).filter((r) => r.metric_id === "gdp" && r.measure === "growth");
  return (region: string, year: number) => rows.find((r) => r.region === region && r.year === year);
};

Deno.test("panel: national GDP growth targets and next-year outcomes match the gold years", async () => {
  const at = await gdpGrowth();
  const rows = gold("indicators.csv")!.filter((g) => g.source.startsWith("national/") && g.metric === "国内生产总值" && g.measure === "growth" && /^\d{4}$/.test(g.period));
  assert.ok(rows.length >= 15);
  for (const g of rows) {
    const p = at("全国", Number(g.period));
    assert.ok(p, `no panel row for 全国 ${g.period}`);
    if (g.status === "target") {
      assert.equal(p.target_value, Number(g.value), `target ${g.period}`);
      assert.equal(p.target_qualifier, g.qualifier, `qualifier ${g.period}`);
      assert.equal(p.target_value_max, g.value_max === "" ? null : Number(g.value_max), `range ${g.period}`);
      assert.equal(p.target_stated, true);
      assert.ok(p.target_doc_id.includes(`national_${g.period}`), `${g.period} target comes from ${p.target_doc_id}`);
    } else {
      assert.equal(p.outcome_value, Number(g.value), `outcome ${g.period}`);
      assert.equal(p.outcome_status, "actual");
      assert.ok(p.outcome_doc_id.includes(`national_${Number(g.period) + 1}`), `${g.period} outcome comes from ${p.outcome_doc_id}`);
    }
  }
  // a year with both: the difference is outcome minus target
  const y2011 = at("全国", 2011)!;
  assert.equal(y2011.difference, 1.2);
  assert.equal(y2011.attained, true);
});

Deno.test("panel: every 2025 province has its GDP growth target; gold 2024 outcomes match", async () => {
  const at = await gdpGrowth();
  const { tables } = await corpus();
  const provinces = tables.documents.filter((d) => d.source.startsWith("provincial-2025/"));
  assert.equal(provinces.length, 31);
  for (const d of provinces) {
    const p = at(d.region, 2025);
    assert.ok(p && p.target_value !== null, `${d.region}: no 2025 GDP growth target`);
    assert.equal(p.level, "province");
  }
  const outcomes = gold("indicators.csv")!.filter((g) =>
    g.source.startsWith("provincial-2025/") && g.measure === "growth" && g.status !== "target" && /生产总值$/.test(g.metric)
  );
  assert.ok(outcomes.length >= 7);
  for (const g of outcomes) {
    const region = tables.documents.find((d) => d.source === g.source)!.region;
    const p = at(region, 2024);
    assert.ok(p, `${region}: no 2024 outcome`);
    assert.equal(p.outcome_value, Number(g.value), `${region} 2024`);
    assert.equal(p.outcome_status, g.status, `${region} 2024 status`);
  }
  const stated = panel(tables).filter((r) => r.region === "北京市" && r.year === 2025);
  assert.ok(stated.some((r) => r.target_stated === false), "a commonly listed metric Beijing did not target is marked not stated");
});

Deno.test("panel: built from the reduced rows the workers hand over, it is the same panel", async () => {
  const { tables } = await corpus();
  const full = panel(tables);
  const reduced = panelInputs(tables);
  assert.ok(reduced.indicators.length < tables.indicators.length / 2, "the reduction keeps most rows");
  assert.ok(full.length > 500);
  assert.deepEqual(panel(reduced), full);
});

Deno.test("panel: the national GDP growth series, year by year, is what the reports state (test/cases/national_gdp_series.json)", async () => {
  const cases = JSON.parse(Deno.readTextFileSync(new URL("./cases/national_gdp_series.json", import.meta.url))) as {
    rows: { year: number; status: string; target: number | null; target_max?: number | null; qualifier?: string; outcome: number | null; outcome_report?: number }[];
  };
  const { tables } = await corpus();
  const series = panel(tables).filter((r) => r.region === "全国" && r.metric_id === "gdp" && r.measure === "growth");
  const byYear = new Map(series.map((r) => [r.year, r]));
  for (const c of cases.rows) {
    const p = byYear.get(c.year);
    assert.ok(p, `no panel row for 全国 GDP growth ${c.year}`);
    assert.equal(p.target_status, c.status, `${c.year}: target_status`);
    assert.equal(p.target_value, c.target, `${c.year}: target`);
    if (c.status === "stated") {
      assert.equal(p.target_value_max, c.target_max ?? null, `${c.year}: target_max`);
      assert.equal(p.target_qualifier, c.qualifier, `${c.year}: qualifier`);
      assert.equal(p.target_doc_id, `national/national_${c.year}.txt#1`, `${c.year}: the target comes from that year's report`);
    }
    assert.equal(p.outcome_value, c.outcome, `${c.year}: outcome`);
    if (c.outcome !== null) {
      assert.equal(p.outcome_status, "actual", `${c.year}: outcome status`);
      assert.equal(p.outcome_doc_id, `national/national_${c.outcome_report}.txt#1`, `${c.year}: the outcome comes from the next report`);
    }
  }
  assert.deepEqual(series.map((r) => r.year), cases.rows.map((c) => c.year), "the series has a row for every year from the first report to the last, and no other");
});

Deno.test("panel: a span's average (per_year) never enters as one year's target or outcome", async () => {
  const { tables } = await corpus();
  const rows = panel(tables);
  const byId = new Map(tables.indicators.map((r) => [r.indicator_id, r]));
  const spans = tables.indicators.filter((r) => r.per_year && r.measure === "growth" && r.metric_id === "gdp" && r.source.startsWith("national/"));
  // the Seventh Five-Year Plan's average in the 1986 report is in the indicators table with its span
  for (const [y, v, period] of [[1986, 7.5, "1986-1990"]] as const) {
    assert.ok(spans.some((r) => r.year === y && r.value === v && r.period === period && r.status === "target"), `the ${y} report's ${period} average ${v}`);
  }
  for (const p of rows) {
    for (const id of [p.target_indicator_id, p.outcome_indicator_id]) {
      if (!id) continue;
      const r = byId.get(id)!;
      assert.equal(r.per_year, false, `${p.region} ${p.year} ${p.metric_id}: ${id} is a span's average`);
      assert.equal(r.period, String(p.year), `${p.region} ${p.year} ${p.metric_id}: ${id} is of ${r.period}`);
    }
  }
});

Deno.test("panel: each region's series of a metric is told in one unit, its values converted from the units written", async () => {
  const { tables } = await corpus();
  const byId = new Map(tables.indicators.map((r) => [r.indicator_id, r]));
  const units = new Map<string, Set<string>>();
  let converted = 0;
  for (const p of panel(tables)) {
    for (const [id, value] of [[p.target_indicator_id, p.target_value], [p.outcome_indicator_id, p.outcome_value]] as const) {
      if (!id || value === null) continue;
      const r = byId.get(id)!;
      // a row of another base (an area under a product's id) keeps its own unit; every other row reads in the series'
      const k = `${p.region}|${p.metric_id}|${p.measure}|${r.unit_base}`;
      units.set(k, (units.get(k) ?? new Set()).add(p.unit));
      // the value is the row's, in the panel's unit: value × factor is the same amount
      const factor = tables.indicators.find((x) => x.unit === p.unit && x.unit_base === r.unit_base)?.unit_factor;
      if (factor === undefined) continue;
      assert.ok(Math.abs(value * factor - r.value! * r.unit_factor) <= 1e-9 * Math.abs(r.value! * r.unit_factor), `${k} ${p.year}: ${value} ${p.unit} from ${r.value} ${r.unit}`);
      if (r.unit !== p.unit) converted++;
    }
  }
  const mixed = [...units].filter(([, s]) => s.size > 1).map(([k, s]) => `${k}: ${[...s].join(", ")}`);
  assert.deepEqual(mixed, []);
  // national grain output is written in 亿斤, 万吨, 亿公斤 and 万亿斤 over the decades: one unit in the panel
  assert.ok(converted >= 20, `${converted} values converted`);
  const grain = panel(tables).filter((p) => p.region === "全国" && p.metric_id === "grain_output" && p.measure === "level" && p.outcome_value !== null);
  assert.ok(grain.length >= 20 && new Set(grain.map((p) => p.unit)).size === 1, `grain output in ${[...new Set(grain.map((p) => p.unit))]}`);
});

Deno.test("panel: a figure a regional text gives of the nation (我国…, 国内生产总值) is not the region's target or outcome", async () => {
  const { tables } = await corpus();
  const byId = new Map(tables.indicators.map((r) => [r.indicator_id, r]));
  const national = new Set(tables.documents.filter((d) => d.level === "national").map((d) => d.doc_id));
  // the corpus has such figures: a Sichuan paper's "2022年我国国内生产总值增加到121万亿元"
  const cited = tables.indicators.filter((r) => !national.has(r.doc_id) && r.metric_id && (r.metric_text.startsWith("国内生产总值") || r.sentence.includes("我国" + r.metric_text)));
  assert.ok(cited.length >= 3, `${cited.length} national figures in regional texts`);
  const ids = new Set(cited.map((r) => r.indicator_id));
  for (const p of panel(tables)) {
    for (const id of [p.target_indicator_id, p.outcome_indicator_id]) assert.ok(!ids.has(id), `${p.region} ${p.year} ${p.metric_id}: ${id} (${byId.get(id)?.sentence.slice(0, 40)})`);
  }
});

Deno.test("panel: a figure of another place (成都经济总量 in a Sichuan paper) or of the nation named earlier in its sentence (我国居民消费价格…,城镇新增就业…) is not the region's", async () => {
  const { tables } = await corpus();
  const docs = new Map(tables.documents.map((d) => [d.doc_id, d]));
  const forms = regionForms();
  /** the units the longest region name at the metric's head names (2 to 7 characters), or null */
  const headPlace = (metric: string) => {
    for (let n = Math.min(7, metric.length - 1); n >= 2; n--) if (forms.has(metric.slice(0, n))) return forms.get(metric.slice(0, n))!;
    return null;
  };
  const foreign = new Set<string>(), nation = new Set<string>();
  for (const r of tables.indicators) {
    const d = docs.get(r.doc_id);
    if (!d || d.level === "national" || !d.region_code || !r.metric_id) continue;
    const place = headPlace(r.metric);
    if (place && !place.some((x) => x.code === d.region_code)) foreign.add(r.indicator_id);
    const at = r.sentence.indexOf(r.metric_text), before = at > 0 ? r.sentence.slice(0, at) : "";
    const i = before.lastIndexOf("我国");
    if (i >= 0 && !/[全我本][省市区县州盟]/u.test(before.slice(i + 2))) nation.add(r.indicator_id);
  }
  // the corpus has both: the Sichuan paper of seed 004 cites Chengdu's and the nation's 2022 figures
  assert.ok(foreign.size >= 1 && nation.size >= 2, `${foreign.size} figures of another place, ${nation.size} of the nation`);
  for (const p of panel(tables)) {
    for (const id of [p.target_indicator_id, p.outcome_indicator_id]) {
      assert.ok(!foreign.has(id), `${p.region} ${p.year} ${p.metric_id}: ${id} is another place's figure`);
      assert.ok(!nation.has(id), `${p.region} ${p.year} ${p.metric_id}: ${id} is the nation's figure`);
    }
  }
});
