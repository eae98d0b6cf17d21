/**
 * Exporting the built tables for other tools: plain UTF-8 CSV for Stata,
 * pandas and R, and Excel-ready CSV (byte-order mark, formula-like cells
 * neutralised) — what the export notebook writes.
 */
import { toCsv, writeAtomically } from "./csv.ts";
import { SCHEMAS, tableColumns, type TableName } from "./tables.ts";
import { ROOT, rows } from "./workspace.ts";

/**
 * Write every table to `dir` and `dir/excel`; returns the files written.
 *
 * @example
 * ```ts
 * await exportTables(); // [{ file: "data/export/panel.csv", rows: 1299 }, …]
 * ```
 */
export async function exportTables(dir = `${ROOT}data/export`): Promise<{ file: string; rows: number }[]> {
  await Deno.mkdir(`${dir}/excel`, { recursive: true });
  const files: { path: string; text: string }[] = [];
  const out: { file: string; rows: number }[] = [];
  for (const name of Object.keys(SCHEMAS) as TableName[]) {
    const data = (await rows(name)) as Record<string, never>[];
    for (const [path, excel] of [[`${dir}/${name}.csv`, false], [`${dir}/excel/${name}.csv`, true]] as const) {
      files.push({ path, text: toCsv(data, tableColumns(name), { excel }) });
      out.push({ file: path.slice(ROOT.length), rows: data.length });
    }
  }
  await writeAtomically(files);
  return out;
}
