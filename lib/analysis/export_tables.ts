/**
 * Exporting the built tables for other tools: plain UTF-8 CSV for Stata,
 * pandas and R, and Excel-ready CSV (byte-order mark, formula-like cells
 * neutralised) — what the export notebook writes. Tables are read and
 * written a batch of rows at a time, so a corpus of any size exports, and
 * the files appear all together or not at all.
 */
import type * as aq from "arquero";
import { csvHeader, csvLines, toCsv } from "../io/csv.ts";
import { type ColumnKinds, toParquet } from "../io/parquet.ts";
import { commitStaged, stagingDir, writeAllSync } from "../io/staging.ts";
import { columnTypes, SCHEMAS, tableColumns, type TableName } from "../tables/tables.ts";
import { ROOT, rowBatches, TABLES_DIR } from "./workspace.ts";

/**
 * Write every table to `dir` and `dir/excel`; returns the files written.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { buildTables, rows } from "./workspace.ts";
 * const tables = await Deno.makeTempDir();
 * await buildTables("data/raw/seeds", tables);
 * const dir = await Deno.makeTempDir();
 * const files = await exportTables(dir, tables); // every table, plain and for Excel
 * const panel = files.find((f) => f.file === `${dir}/panel.csv`)!;
 * assert.equal(panel.rows, (await rows("panel", tables)).length);
 * assert.ok(files.some((f) => f.file === `${dir}/excel/panel.csv` && f.rows === panel.rows));
 * ```
 */
export async function exportTables(dir = `${ROOT}data/export`, from = TABLES_DIR): Promise<{ file: string; rows: number }[]> {
  await Deno.mkdir(dir, { recursive: true });
  const stage = await stagingDir(dir); // files appear together when done, as the command line's do
  await Deno.mkdir(`${stage}/excel`);
  const enc = new TextEncoder();
  const out: { file: string; rows: number }[] = [];
  try {
    for (const name of Object.keys(SCHEMAS) as TableName[]) {
      const cols = tableColumns(name);
      const targets = [{ file: `${name}.csv`, excel: false }, { file: `excel/${name}.csv`, excel: true }];
      const files = targets.map((t) => Deno.openSync(`${stage}/${t.file}`, { write: true, create: true, truncate: true }));
      try {
        const write = (k: number, text: string) => writeAllSync(files[k], enc.encode(text));
        targets.forEach((t, k) => write(k, csvHeader(cols, { excel: t.excel })));
        let n = 0;
        for await (const batch of rowBatches(name, { dir: from })) {
          targets.forEach((t, k) => write(k, csvLines(batch as Record<string, never>[], cols, { excel: t.excel })));
          n += batch.length;
        }
        for (const t of targets) {
          const path = `${dir}/${t.file}`;
          out.push({ file: path.startsWith(ROOT) ? path.slice(ROOT.length) : path, rows: n });
        }
      } finally {
        for (const f of files) f.close();
      }
    }
  } catch (e) {
    await Deno.remove(stage, { recursive: true }).catch(() => {});
    throw e;
  }
  await commitStaged(stage, dir);
  return out;
}

/**
 * Rows of an arquero table or an array of plain objects, with their column names in order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * assert.deepEqual(rowsOf(aq.table({ 地区: ["广东省"], 目标: [5] })), { rows: [{ 地区: "广东省", 目标: 5 }], columns: ["地区", "目标"] });
 * assert.deepEqual(rowsOf([{ 地区: "广东省" }, { 目标: 5 }]).columns, ["地区", "目标"]);
 * ```
 */
export function rowsOf(data: aq.ColumnTable | Record<string, unknown>[]): { rows: Record<string, unknown>[]; columns: string[] } {
  if (Array.isArray(data)) return { rows: data, columns: [...new Set(data.flatMap((r) => Object.keys(r)))] };
  if (data && typeof data.objects === "function") return { rows: data.objects() as Record<string, unknown>[], columns: data.columnNames() };
  throw new Error(`Expected an arquero table or an array of rows, got ${data === null ? "null" : typeof data}`);
}

async function writeAtomic(path: string, data: Uint8Array): Promise<void> {
  const dir = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : ".";
  if (dir) await Deno.mkdir(dir, { recursive: true });
  const tmp = `${path}.tmp-${Deno.pid}`;
  await Deno.writeFile(tmp, data);
  await Deno.rename(tmp, path);
}

/**
 * Write a table (arquero or rows, e.g. a filtered one) as CSV; `{ excel: true }`
 * adds the byte-order mark and CRLF that Excel needs and neutralises cells
 * Excel would run as formulas. Returns the number of rows written.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const path = await Deno.makeTempFile({ suffix: ".csv" });
 * assert.equal(await exportCsv([{ 地区: "广东省", 目标: 5 }, { 地区: "=1+1", 目标: null }], path, { excel: true }), 2);
 * assert.equal(await Deno.readTextFile(path), "\uFEFF地区,目标\r\n广东省,5\r\n'=1+1,\r\n");
 * ```
 */
export async function exportCsv(data: aq.ColumnTable | Record<string, unknown>[], path: string, opts: { excel?: boolean } = {}): Promise<number> {
  const { rows, columns } = rowsOf(data);
  await writeAtomic(path, new TextEncoder().encode(toCsv(rows as Record<string, never>[], columns, opts)));
  return rows.length;
}

/** Column types of ad-hoc rows, from their values (integer, number, boolean or string). */
function inferKinds(rows: Record<string, unknown>[], columns: string[]): ColumnKinds {
  const kinds: ColumnKinds = {};
  for (const c of columns) {
    const vs = rows.map((r) => r[c]).filter((v) => v !== null && v !== undefined && v !== "");
    kinds[c] = vs.length && vs.every((v) => typeof v === "number")
      ? (vs.every((v) => Number.isInteger(v) && Math.abs(v as number) < 2 ** 31) ? "integer" : "number")
      : vs.length && vs.every((v) => typeof v === "boolean") ? "boolean" : "string";
  }
  return kinds;
}

/**
 * Write a table (arquero or rows) as Parquet (zstd), typed: whole-number
 * columns as integers, other numbers as doubles, booleans, strings. A built
 * table's name in `opts.table` takes the types from its schema instead.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const path = await Deno.makeTempFile({ suffix: ".parquet" });
 * assert.equal(await exportParquet([{ 地区: "广东省", year: 2025, 目标: 5.5 }], path), 1);
 * ```
 */
export async function exportParquet(data: aq.ColumnTable | Record<string, unknown>[], path: string, opts: { table?: TableName } = {}): Promise<number> {
  const { rows, columns } = rowsOf(data);
  const schema = opts.table ? columnTypes(opts.table) : null;
  const kinds = schema ? Object.fromEntries(columns.map((c) => [c, schema[c] ?? "string"])) as ColumnKinds : inferKinds(rows, columns);
  await writeAtomic(path, await toParquet(rows, kinds));
  return rows.length;
}
