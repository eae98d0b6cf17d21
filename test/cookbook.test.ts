/**
 * The cookbook's three answers (notebooks/06_cookbook.ipynb) checked against
 * the report text: each number is the one written in the report, at the
 * offsets its row gives (test/cases/cookbook.json holds them as written).
 */
import { assert } from "./assert.ts";
import { corpus, fold, sourceText } from "./corpus.ts";
import { panel } from "../lib/stages/panel.ts";
import { regionIndicators, targetSeriesRows, targetsAboveNational } from "../lib/analysis/cookbook.ts";
import { exportCsv } from "../lib/analysis/export_tables.ts";
import { parseCsv } from "../lib/io/csv_parse.ts";

const cases = JSON.parse(Deno.readTextFileSync(new URL("./cases/cookbook.json", import.meta.url)));
type Written = { value?: number; target?: number; status?: string; source: string; text: string };

async function load() {
  const { tables } = await corpus();
  const rows = panel(tables) as unknown as Record<string, unknown>[];
  const inds = new Map(tables.indicators.map((r) => [r.indicator_id, r]));
  /** the report's text at an indicator's number, and its source */
  const at = (id: string) => {
    const r = inds.get(id);
    assert.ok(r, `indicator ${id} is in the tables`);
    return { source: r.source, text: sourceText(r.source).slice(r.value_start, r.value_end) };
  };
  return { tables, rows, at };
}

Deno.test("cookbook 1: the national GDP growth targets and next-year outcomes are the numbers the reports write", async () => {
  const { rows, at } = await load();
  const series = targetSeriesRows(rows, "全国", "gdp");
  const targets = series.filter((s) => s.target !== null);
  const outcomes = series.filter((s) => s.outcome !== null);
  assert.deepEqual(targets.map((s) => String(s.year)), Object.keys(cases.national_gdp_targets), "a target for every year whose report sets one");
  assert.deepEqual(outcomes.map((s) => String(s.year)), Object.keys(cases.national_gdp_outcomes), "an outcome for every year a later report gives");
  for (const s of targets) {
    const want: Written = cases.national_gdp_targets[s.year];
    assert.equal(s.target, want.value, `${s.year} target`);
    assert.deepEqual(at(s.target_indicator_id), { source: want.source, text: want.text }, `${s.year} target as written`);
    assert.equal(want.source, `national/national_${s.year}.txt`, "a target comes from that year's report");
  }
  for (const s of outcomes) {
    const want: Written = cases.national_gdp_outcomes[s.year];
    assert.equal(s.outcome, want.value, `${s.year} outcome`);
    assert.equal(s.outcome_status, want.status);
    assert.deepEqual(at(s.outcome_indicator_id), { source: want.source, text: want.text }, `${s.year} outcome as written`);
    assert.ok(Number(want.source.match(/(\d{4})\.txt$/)![1]) > s.year, "an outcome comes from a later report");
  }
});

Deno.test("cookbook 2: the 2025 provincial GDP growth targets above the national 5% are those the provincial reports write", async () => {
  const { rows, at } = await load();
  const nat = cases.national_target_2025 as Written;
  const national = rows.find((r) => r.region === "全国" && r.year === 2025 && r.metric_id === "gdp" && r.measure === "growth")!;
  assert.equal(national.target_value, nat.value);
  assert.deepEqual(at(String(national.target_indicator_id)), { source: nat.source, text: nat.text });
  const above = targetsAboveNational(rows, 2025, "gdp");
  assert.deepEqual(above.map((a) => a.region).sort(), Object.keys(cases.provinces_above_national_2025).sort());
  for (const a of above) {
    const want: Written = cases.provinces_above_national_2025[a.region];
    assert.equal(a.target, want.target, a.region);
    assert.equal(a.national, nat.value);
    assert.ok(a.target > a.national);
    assert.deepEqual(at(a.target_indicator_id), { source: want.source, text: want.text }, `${a.region} target as written`);
  }
  for (const region of cases.provinces_not_above_2025) assert.ok(!above.some((a) => a.region === region), `${region} does not exceed`);
});

Deno.test("cookbook 3: Guangdong's indicators written for Excel are every row of its report, each pointing at its text", async () => {
  const { tables } = await load();
  const gd = regionIndicators(tables.indicators as unknown as Record<string, unknown>[], "广东");
  assert.equal(gd.length, tables.indicators.filter((r) => r.region === "广东省").length);
  assert.ok(gd.length > 200);
  const path = await Deno.makeTempFile({ suffix: ".csv" });
  assert.equal(await exportCsv(gd, path, { excel: true }), gd.length);
  const text = await Deno.readTextFile(path);
  assert.ok(text.startsWith("\uFEFFyear,period,status,metric,"), "byte-order mark and the header");
  assert.ok(text.includes("\r\n"), "CRLF line ends");
  const back = parseCsv(text.replace(/^\uFEFF/, ""));
  assert.equal(back.length, gd.length);
  for (const r of back) {
    const src = sourceText(r.source);
    // the row's span in its report holds the number as written (compared folded: value_text is cleaned text)
    assert.ok(fold(src.slice(Number(r.start), Number(r.end))).includes(fold(r.value_text.replace(/^'/, ""))), `${r.indicator_id}: "${r.value_text}" at ${r.start}-${r.end}`);
  }
  await Deno.remove(path);
});
