/**
 * Loading the built tables for notebooks and scripts: typed rows (numbers,
 * booleans and nulls restored from CSV using the row schemas) and arquero
 * tables. The tables are built by the main command (`npm run tables`); when
 * they are missing, they are built once from data/raw and written.
 */
import * as aq from "arquero";
import { parseCsv } from "./csv.ts";
import { columnKinds, SCHEMAS, tableColumns, type TableName } from "./tables.ts";

export { SCHEMAS, type TableName };

/** The project's root folder. */
export const ROOT = new URL("../", import.meta.url).pathname;
export const TABLES_DIR = `${ROOT}data/tables`;
export const RAW_DIR = `${ROOT}data/raw`;

/** Restore types of CSV cells: "" → null for numbers and booleans. */
export function typedRows(name: TableName, rows: Record<string, string>[]): Record<string, unknown>[] {
  const cols = tableColumns(name);
  const kinds = new Map(Object.entries(columnKinds(name)));
  return rows.map((r) => {
    const o: Record<string, unknown> = {};
    for (const c of cols) {
      const v = r[c] ?? "";
      const k = kinds.get(c);
      o[c] = k === "number" ? (v === "" ? null : Number(v)) : k === "boolean" ? (v === "" ? null : v === "true") : v;
    }
    return o;
  });
}

/** Build every table from data/raw into data/tables: the main command itself (`npm run tables`). */
export async function buildTables(raw = RAW_DIR, out = TABLES_DIR): Promise<void> {
  const { main } = await import("./cli.ts");
  await main([raw, "--out", out, "--quiet", "--lenient"]);
}

/**
 * Typed rows of a built table.
 *
 * @example
 * ```ts
 * const docs = await rows("documents");
 * docs.filter((d) => d.level === "province").length; // 31
 * ```
 */
export async function rows(name: TableName, dir = TABLES_DIR): Promise<Record<string, unknown>[]> {
  let text: string;
  try {
    text = await Deno.readTextFile(`${dir}/${name}.csv`);
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound) || dir !== TABLES_DIR) throw e;
    console.error(`data/tables/${name}.csv is missing: building the tables from data/raw once (npm run tables does the same)`);
    await buildTables();
    text = await Deno.readTextFile(`${dir}/${name}.csv`);
  }
  return typedRows(name, parseCsv(text));
}

/**
 * A built table as an arquero table.
 *
 * @example
 * ```ts
 * const ind = await table("indicators");
 * ind.filter((d) => d.metric_id === "gdp").numRows();
 * ```
 */
export async function table(name: TableName, dir = TABLES_DIR): Promise<aq.ColumnTable> {
  return aq.from(await rows(name, dir));
}
