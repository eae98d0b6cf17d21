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

export { SCHEMAS, type TableName };

/** The project's root folder. */
export const ROOT = new URL("../../", import.meta.url).pathname;
export const TABLES_DIR = `${ROOT}data/tables`;
export const RAW_DIR = `${ROOT}data/raw`;

/** A CSV cell's value for a column of this kind: "" → null for numbers and booleans. */
function cellValue(kind: string | undefined, v: string): unknown {
  return kind === "number" ? (v === "" ? null : Number(v)) : kind === "boolean" ? (v === "" ? null : v === "true") : v;
}

/** Restore types of CSV cells: "" → null for numbers and booleans. */
export function typedRows(name: TableName, rows: Record<string, string>[]): Record<string, unknown>[] {
  const cols = tableColumns(name);
  const kinds = columnKinds(name);
  return rows.map((r) => {
    const o: Record<string, unknown> = {};
    for (const c of cols) o[c] = cellValue(kinds[c], r[c] ?? "");
    return o;
  });
}

/** Build every table from data/raw into data/tables: the main command itself (`npm run tables`). */
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
  const path = await tableFile(name, opts.dir ?? TABLES_DIR);
  const all = tableColumns(name);
  const wanted = opts.columns ?? all;
  const unknown = wanted.filter((c) => !all.includes(c));
  if (unknown.length) throw new Error(`Table "${name}" has no column ${unknown.map((c) => `"${c}"`).join(", ")}; its columns are ${all.join(", ")}`);
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
 * let targets = 0;
 * for await (const batch of rowBatches("indicators", { columns: ["status"] })) {
 *   targets += batch.filter((r) => r.status === "target").length;
 * }
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
 * const docs = await rows("documents");
 * docs.filter((d) => d.level === "province").length; // 31
 * const gdp = await rows("indicators", { columns: ["region", "year", "value"], where: (r) => r.metric_id === "gdp" });
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
 * const ind = await table("indicators", { columns: ["doc_id", "metric_id", "measure", "value", "status"] });
 * ind.filter((d) => d.metric_id === "gdp").numRows();
 * ```
 */
export async function table(name: TableName, opts: LoadOptions | string = {}): Promise<aq.ColumnTable> {
  return aq.table(await loadColumns(name, typeof opts === "string" ? { dir: opts } : opts));
}
