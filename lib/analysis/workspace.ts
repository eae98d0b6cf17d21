/**
 * Loading the built tables for notebooks and scripts: typed rows (numbers,
 * booleans and nulls restored from CSV using the row schemas) and arquero
 * tables. The tables are built by the main command (`npm run tables`); when
 * they are missing, they are built once from data/raw and written.
 */
import * as aq from "arquero";
import { csvRecords } from "../io/csv.ts";
import { own } from "../text/hot.ts";
import { columnKinds, SCHEMAS, tableColumns, type TableName } from "../tables/tables.ts";
import { regions } from "../dictionary/dictionary.ts";
import type { Facts } from "../stages/facts.ts";
import type { Tables } from "../tables/tables.ts";

export { SCHEMAS, type TableName };

/** The project's root folder. */
export const ROOT = new URL("../../", import.meta.url).pathname;
export const TABLES_DIR = `${ROOT}data/tables`;
export const RAW_DIR = `${ROOT}data/raw`;

/** A CSV cell's value for a column of this kind: "" → null for numbers and booleans. */
function cellValue(kind: string | undefined, v: string): unknown {
  return kind === "number" ? (v === "" ? null : Number(v)) : kind === "boolean" ? (v === "" ? null : v === "true") : v;
}

/**
 * Restore types of CSV cells: "" → null for numbers and booleans.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const [r] = typedRows("indicators", [{ metric: "地区生产总值", value: "5", value_max: "", per_year: "false", masked: "" }]);
 * assert.deepEqual([r.metric, r.value, r.value_max, r.per_year, r.masked], ["地区生产总值", 5, null, false, null]);
 * assert.equal(r.unit, ""); // a text column missing from the record: ""
 * ```
 */
export function typedRows(name: TableName, rows: Record<string, string>[]): Record<string, unknown>[] {
  const cols = tableColumns(name);
  const kinds = columnKinds(name);
  return rows.map((r) => {
    const o: Record<string, unknown> = {};
    for (const c of cols) o[c] = cellValue(kinds[c], r[c] ?? "");
    return o;
  });
}

/**
 * Build every table from data/raw into data/tables: the main command itself (`npm run tables`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const out = await Deno.makeTempDir();
 * await buildTables("data/raw/seeds", out);
 * const docs = await rows("documents", out);
 * assert.equal(docs.length, 7);
 * assert.ok(docs.some((d) => d.region === "大连市"));
 * await Deno.remove(out, { recursive: true });
 * ```
 */
export async function buildTables(raw = RAW_DIR, out = TABLES_DIR): Promise<void> {
  const { main } = await import("../run/command.ts");
  await main([raw, "--out", out, "--quiet", "--lenient"]);
}

/** What to load of a built table (all of it by default). */
export interface LoadOptions {
  /** the folder of the tables (default data/tables) */
  dir?: string;
  /** only these columns, in this order: a table of a large corpus fits in memory without its long text columns */
  columns?: string[];
  /** only the rows for which this is true (it sees every column of the row, typed) */
  where?: (row: Record<string, unknown>) => boolean;
}

/** Edit distance between two names (Levenshtein, by code point). */
function distance(a: string, b: string): number {
  const x = [...a], y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length];
}

/**
 * The names nearest to a misspelt one, closest first (at most `n`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(nearestNames("indicator", ["documents", "indicators", "goals"]), ["indicators"]);
 * ```
 */
export function nearestNames(name: string, names: string[], n = 3): string[] {
  const scored = names.map((c) => ({ c, d: c.includes(name) || name.includes(c) ? 0.5 : distance(name.toLowerCase(), c.toLowerCase()) }));
  const limit = Math.max(2, Math.ceil([...name].length / 3));
  return scored.filter((s) => s.d <= limit).sort((a, b) => a.d - b.d || a.c.localeCompare(b.c)).slice(0, n).map((s) => s.c);
}

function didYouMean(name: string, names: string[]): string {
  const near = nearestNames(name, names);
  return near.length ? `; did you mean ${near.map((c) => `"${c}"`).join(" or ")}?` : "";
}

/**
 * Refuse a name that is not a table, naming the nearest tables.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(checkTableName("goals"), "goals");
 * assert.throws(() => checkTableName("indicator"), /^Error: No table "indicator"; did you mean "indicators"\? The tables are documents, /);
 * ```
 */
export function checkTableName(name: string): TableName {
  const names = Object.keys(SCHEMAS);
  if (!names.includes(name)) throw new Error(`No table "${name}"${didYouMean(name, names)} The tables are ${names.join(", ")}.`);
  return name as TableName;
}

/**
 * The CSV file of a built table; when the default tables are missing, they are built once.
 * An output published by the command line (lib/io/publish.ts) is read from
 * its `current/` folder, as its manifest.json lists it: all of one run.
 */
async function tableFile(name: TableName, dir: string): Promise<string> {
  let path = `${dir}/${name}.csv`;
  try {
    const manifest = JSON.parse(await Deno.readTextFile(`${dir}/current/manifest.json`)) as { files: string[] };
    if (!manifest.files.includes(`${name}.csv`)) {
      throw new Error(`"${dir}" holds no ${name}.csv (its last build wrote ${manifest.files.filter((f) => !f.includes("/")).join(", ")})`);
    }
    path = `${dir}/current/${name}.csv`;
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
  }
  try {
    await Deno.stat(path);
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound) || dir !== TABLES_DIR) throw e;
    console.error(`data/tables/${name}.csv is missing: building the tables from data/raw once (npm run tables does the same)`);
    await buildTables();
  }
  return path;
}

/**
 * The rows of a built table a batch at a time, each row as the typed values
 * of the columns asked for (in their order), after the `where` filter: no
 * string of the whole file is ever made, so a table of any size streams.
 */
async function* valueBatches(name: TableName, opts: LoadOptions): AsyncGenerator<{ columns: string[]; rows: unknown[][] }> {
  checkTableName(name);
  const all = tableColumns(name);
  const wanted = opts.columns ?? all;
  const unknown = wanted.filter((c) => !all.includes(c));
  if (unknown.length) {
    throw new Error(
      `Table "${name}" has no column ${unknown.map((c) => `"${c}"${didYouMean(c, all).replace(/\?$/, "")}`).join(", ")}. Its columns are ${all.join(", ")}.`,
    );
  }
  const path = await tableFile(name, opts.dir ?? TABLES_DIR);
  const kinds = columnKinds(name);
  const typed = (k: string, v: string) => cellValue(kinds[k], v);
  const copy = opts.columns !== undefined; // a selection: kept text must not hold the whole chunk it was read in
  let at: number[] | null = null; // each wanted column's place in the file
  let header: string[] = [];
  for await (const batch of csvRecords(path)) {
    let r = 0;
    if (!at) {
      header = batch[0];
      const missing = wanted.filter((c) => !header.includes(c));
      if (missing.length) throw new Error(`Cannot load "${path}": no column ${missing.join(", ")} in its header (built by an older version? npm run tables rebuilds it)`);
      at = wanted.map((c) => header.indexOf(c));
      r = 1;
    }
    const out: unknown[][] = [];
    for (; r < batch.length; r++) {
      const rec = batch[r];
      let row: Record<string, unknown> | null = null; // every column typed, when a filter needs it
      if (opts.where) {
        row = {};
        for (let k = 0; k < header.length; k++) row[header[k]] = typed(header[k], rec[k] ?? "");
        if (!opts.where(row)) continue;
      }
      const values = new Array<unknown>(wanted.length);
      for (let k = 0; k < wanted.length; k++) {
        const v = row ? row[wanted[k]] : typed(wanted[k], rec[at[k]] ?? ""); // typed once, not again
        values[k] = copy && typeof v === "string" ? own(v) : v;
      }
      out.push(values);
    }
    if (out.length) yield { columns: wanted, rows: out };
  }
}

/** A built table as typed columns (see valueBatches). */
async function loadColumns(name: TableName, opts: LoadOptions): Promise<Record<string, unknown[]>> {
  checkTableName(name);
  const cols: Record<string, unknown[]> = Object.fromEntries((opts.columns ?? tableColumns(name)).map((c) => [c, []]));
  for await (const { columns, rows } of valueBatches(name, opts)) {
    for (let k = 0; k < columns.length; k++) {
      const col = cols[columns[k]];
      for (const values of rows) col.push(values[k]);
    }
  }
  return cols;
}

/**
 * Typed rows of a built table a batch at a time (all columns, or those
 * asked for): for passing over a table too large to hold.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * await buildTables("data/raw/seeds", dir);
 * let targets = 0;
 * for await (const batch of rowBatches("indicators", { dir, columns: ["status"] })) {
 *   assert.deepEqual(Object.keys(batch[0]), ["status"]);
 *   targets += batch.filter((r) => r.status === "target").length;
 * }
 * assert.equal(targets, (await rows("indicators", { dir, where: (r) => r.status === "target" })).length);
 * assert.ok(targets > 0);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function* rowBatches(name: TableName, opts: LoadOptions = {}): AsyncGenerator<Record<string, unknown>[]> {
  for await (const { columns, rows } of valueBatches(name, opts)) {
    yield rows.map((values) => {
      const row: Record<string, unknown> = {};
      for (let k = 0; k < columns.length; k++) row[columns[k]] = values[k];
      return row;
    });
  }
}

/**
 * Typed rows of a built table (all of it, or the columns and rows asked for).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * await buildTables("data/raw/seeds", dir); // rows("documents") alone reads data/tables, built once when missing
 * const docs = await rows("documents", dir);
 * assert.equal(docs.length, 7);
 * const gdp = await rows("indicators", { dir, columns: ["region", "year", "value"], where: (r) => r.metric_id === "gdp" });
 * assert.deepEqual(Object.keys(gdp[0]), ["region", "year", "value"]);
 * assert.ok(gdp.some((r) => r.region === "大连市" && r.value === 7600)); // 地区生产总值7600亿元
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function rows(name: TableName, opts: LoadOptions | string = {}): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for await (const batch of rowBatches(name, typeof opts === "string" ? { dir: opts } : opts)) for (const r of batch) out.push(r);
  return out;
}

/**
 * A built table as an arquero table, built column by column (all of it, or
 * the columns and rows asked for).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * await buildTables("data/raw/seeds", dir);
 * const ind = await table("indicators", { dir, columns: ["doc_id", "metric_id", "measure", "value", "status"] });
 * assert.deepEqual(ind.columnNames(), ["doc_id", "metric_id", "measure", "value", "status"]);
 * const gdp = ind.filter((d: { metric_id: string }) => d.metric_id === "gdp").numRows();
 * assert.equal(gdp, (await rows("indicators", { dir, where: (r) => r.metric_id === "gdp" })).length);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function table(name: TableName, opts: LoadOptions | string = {}): Promise<aq.ColumnTable> {
  return aq.table(await loadColumns(name, typeof opts === "string" ? { dir: opts } : opts));
}

/** A region as the tables name it, and how it was found. */
export interface RegionMatch {
  /** the full name used in the tables (广东省, 大连市, 全国) */
  name: string;
  /** what was done to the name given, for the user ("" when it was already the full name) */
  note: string;
}

/**
 * A region's full name from the region dictionary: 广东 → 广东省, 大连 → 大连市,
 * 中国 → 全国; a full name is kept. Unknown names are refused with the nearest
 * known ones.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(regionName("广东"), { name: "广东省", note: "region \"广东\" read as 广东省 (data/dictionary/regions.json)" });
 * assert.equal(regionName("全国").name, "全国");
 * assert.equal(regionName("大连").name, "大连市");
 * ```
 */
export function regionName(input: string): RegionMatch {
  const given = input.trim();
  const national = regions.national.name;
  const note = (name: string) => ({ name, note: name === given ? "" : `region "${given}" read as ${name} (data/dictionary/regions.json)` });
  if (given === national || ["中国", "国家", "全国人民代表大会", "国务院", "national"].includes(given)) return note(national);
  const full: string[] = [national];
  for (const p of regions.provinces) {
    if (p.name === given || p.short.includes(given)) return note(p.name);
    full.push(p.name);
    for (const c of p.cities) {
      const city = c.endsWith("市") || c.endsWith("州") || c.endsWith("盟") || c.endsWith("地区") ? c : `${c}市`;
      if (city === given || c === given) return note(city);
      full.push(city);
    }
  }
  throw new Error(`No region "${given}" in data/dictionary/regions.json${didYouMean(given, full)}`);
}

/** How a passage is read by extractText: what the text itself may not say. */
export interface PassageFacts {
  /** the year the report was delivered (its targets are for this year) */
  year?: number;
  /** the document kind (default: as recognised, usually government_work_report) */
  kind?: Facts["kind"];
  /** the region the passage speaks for (short names allowed: 广东) */
  region?: string;
}

/**
 * Run the whole pipeline on a passage of your own and get every table's
 * rows, as the main command would make them for a file holding it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const t = await extractText("今年经济社会发展的主要预期目标是:地区生产总值增长5%左右,城镇新增就业110万人以上。", { year: 2025, region: "广东" });
 * assert.deepEqual(t.indicators.map((r) => [r.metric_id, r.value, r.status, r.period, r.region]),
 *   [["gdp", 5, "target", "2025", "广东省"], ["urban_new_jobs", 110, "target", "2025", "广东省"]]);
 * ```
 */
export async function extractText(passage: string, facts: PassageFacts = {}): Promise<Tables> {
  // the pipeline is loaded on first use: a notebook that never extracts starts faster
  const { baseRows, readText } = await import("../run/pipeline.ts");
  const given: Partial<Facts> = {};
  if (facts.year !== undefined) given.year = facts.year;
  if (facts.kind !== undefined) given.kind = facts.kind;
  if (facts.region !== undefined) {
    const r = regionName(facts.region);
    given.region = r.name;
    given.level = r.name === regions.national.name ? "national" : regions.provinces.some((p) => p.name === r.name) ? "province" : "city";
  }
  return baseRows(readText("passage", passage, "utf-8", { facts: given, minChars: 1 }));
}
