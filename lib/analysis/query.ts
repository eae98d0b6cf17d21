/**
 * SQL over the built tables with DuckDB (`@duckdb/node-api`), for corpora
 * whose tables do not fit arquero in memory: DuckDB streams the files and
 * only the result comes back. Each table is a view named after it, over
 * `<name>.parquet` when the folder has it (`--format parquet`), else over
 * `<name>.csv` read with the column types of the row schemas, so `start`,
 * `end` and `year` are integers either way. DuckDB is a native Node-API
 * module: Deno needs `--allow-ffi` for it (the notebook kernel has it).
 */
import * as aq from "arquero";
import type { DuckDBConnection } from "@duckdb/node-api";
import { columnTypes, SCHEMAS, type TableName } from "../tables/tables.ts";
import { TABLES_DIR } from "./workspace.ts";

const SQL_TYPE = { integer: "BIGINT", number: "DOUBLE", boolean: "BOOLEAN", string: "VARCHAR" } as const;

let db: Promise<DuckDBConnection> | null = null;

function quote(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** The SQL that makes a table's view over its file in `dir`. */
function viewSql(name: TableName, dir: string): string | null {
  const exists = (p: string) => {
    try {
      return Deno.statSync(p).isFile;
    } catch {
      return false;
    }
  };
  if (exists(`${dir}/${name}.parquet`)) return `CREATE OR REPLACE VIEW ${name} AS SELECT * FROM read_parquet(${quote(`${dir}/${name}.parquet`)})`;
  if (!exists(`${dir}/${name}.csv`)) return null;
  const cols = Object.entries(columnTypes(name)).map(([c, t]) => `${quote(c)}: ${quote(SQL_TYPE[t])}`).join(", ");
  return `CREATE OR REPLACE VIEW ${name} AS SELECT * FROM read_csv(${quote(`${dir}/${name}.csv`)}, header = true, auto_detect = false, ` +
    `quote = '"', escape = '"', strict_mode = false, columns = {${cols}})`;
}

/** JavaScript values of a DuckDB result cell: whole numbers as numbers when they fit. */
function plain(v: unknown): unknown {
  if (typeof v === "bigint") return v >= Number.MIN_SAFE_INTEGER && v <= Number.MAX_SAFE_INTEGER ? Number(v) : v.toString();
  return v;
}

/**
 * Run SQL over the tables of a folder (data/tables by default); the result as
 * an arquero table. Tables are views named documents, sections, sentences,
 * indicators, goals, panel and terms.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { buildTables } from "./workspace.ts";
 * const dir = await Deno.makeTempDir();
 * await buildTables("data/raw/national/national_2025.txt", dir); // query(sql) alone reads data/tables
 * const t = await query("SELECT year, target_value FROM panel WHERE region = '全国' AND metric_id = 'gdp' AND measure = 'growth' AND year = 2025", { dir });
 * assert.deepEqual(t.objects(), [{ year: 2025, target_value: 5 }]);
 * ```
 */
export async function query(sql: string, opts: { dir?: string } = {}): Promise<aq.ColumnTable> {
  const dir = opts.dir ?? TABLES_DIR;
  // loaded on first use: the native binding needs --allow-ffi, and notebooks that never query start faster
  db ??= import("@duckdb/node-api").then((m) => m.DuckDBInstance.create(":memory:")).then((i) => i.connect());
  const con = await db;
  const made: string[] = [];
  for (const name of Object.keys(SCHEMAS) as TableName[]) {
    const v = viewSql(name, dir);
    if (v) {
      await con.run(v);
      made.push(name);
    } else await con.run(`DROP VIEW IF EXISTS ${name}`);
  }
  if (!made.length) throw new Error(`query: no tables in ${dir} (neither .csv nor .parquet files); npm run tables builds them`);
  let reader;
  try {
    reader = await con.runAndReadAll(sql);
  } catch (e) {
    throw new Error(`query over ${dir} (tables ${made.join(", ")}): ${(e as Error).message}`);
  }
  const names = reader.columnNames();
  const cols: Record<string, unknown[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (const row of reader.getRowsJS()) names.forEach((n, k) => cols[n].push(plain(row[k])));
  return aq.table(cols);
}
