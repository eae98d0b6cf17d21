/**
 * Exporting the built tables for other tools: plain UTF-8 CSV for Stata,
 * pandas and R, and Excel-ready CSV (byte-order mark, formula-like cells
 * neutralised) — what the export notebook writes. Tables are read and
 * written a batch of rows at a time, so a corpus of any size exports, and
 * the files appear all together or not at all.
 */
import { csvHeader, csvLines } from "../io/csv.ts";
import { commitStaged, stagingDir, writeAllSync } from "../io/staging.ts";
import { SCHEMAS, tableColumns, type TableName } from "../tables/tables.ts";
import { ROOT, rowBatches, TABLES_DIR } from "./workspace.ts";

/**
 * Write every table to `dir` and `dir/excel`; returns the files written.
 *
 * @example
 * ```ts
 * await exportTables(); // [{ file: "data/export/panel.csv", rows: 1299 }, …]
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
