/**
 * Writing and reading the tables as CSV (papaparse), UTF-8, "\n" line ends,
 * a fixed column order, and files written whole or not at all: each goes to
 * a temporary name in the same folder and is renamed into place.
 */
import Papa from "papaparse";
import type { z } from "zod";

type Cell = string | number | boolean | null | undefined;

/** Render a cell: null → "", booleans as true/false, numbers without exponent. */
function cell(v: Cell): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return "";
    return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12)));
  }
  return String(v);
}

/**
 * A cell for Excel: text that Excel would run as a formula (starting with
 * =, +, -, @, tab or CR) gets a leading apostrophe; numbers stay numbers.
 *
 * @example
 * ```ts
 * excelCell("=HYPERLINK(\"x\")"); // "'=HYPERLINK(\"x\")"
 * excelCell(-3.5);                  // "-3.5"
 * ```
 */
export function excelCell(v: Cell): string {
  const s = cell(v);
  if (typeof v === "number" || typeof v === "boolean") return s;
  return /^[=+\-@\t\r]/.test(s) ? "'" + s : s;
}

/**
 * Validate rows against a schema and render them as CSV text (with
 * `excel: true`: a UTF-8 byte-order mark, CRLF line ends and formula-like
 * text neutralised, so Excel shows Chinese right and runs nothing).
 *
 * @example
 * ```ts
 * toCsv([{ metric: "地区生产总值", value: 8 }], ["metric", "value"]);
 * // "metric,value\n地区生产总值,8\n"
 * ```
 */
export function toCsv(
  rows: Record<string, Cell>[],
  cols: string[],
  schema?: z.ZodType,
  table = "table",
  opts: { excel?: boolean } = {},
): string {
  if (schema) {
    rows.forEach((r, i) => {
      const res = schema.safeParse(r);
      if (!res.success) {
        const issue = res.error.issues[0];
        throw new Error(`Row ${i + 1} of ${table} is invalid: ${issue.path.join(".")}: ${issue.message}`);
      }
    });
  }
  const data = rows.map((r) => cols.map((c) => (opts.excel ? excelCell(r[c]) : cell(r[c]))));
  const text = Papa.unparse({ fields: cols, data }, { newline: opts.excel ? "\r\n" : "\n" }) + (opts.excel ? "\r\n" : "\n");
  return opts.excel ? "\uFEFF" + text : text;
}

/**
 * Data lines of CSV for some rows (no header), each ending with a line break:
 * tables rendered piece by piece (file by file, in workers) and joined under
 * one header are byte-identical to the whole table rendered at once.
 */
export function csvLines(rows: Record<string, Cell>[], cols: string[], opts: { excel?: boolean } = {}): string {
  if (!rows.length) return "";
  const nl = opts.excel ? "\r\n" : "\n";
  const data = rows.map((r) => cols.map((c) => (opts.excel ? excelCell(r[c]) : cell(r[c]))));
  return Papa.unparse({ fields: cols, data }, { newline: nl, header: false }) + nl;
}

/** The header line of a CSV table. */
export function csvHeader(cols: string[], opts: { excel?: boolean } = {}): string {
  const nl = opts.excel ? "\r\n" : "\n";
  return (opts.excel ? "\uFEFF" : "") + Papa.unparse({ fields: cols, data: [] }, { newline: nl }).replace(/\r?\n$/, "") + nl;
}

/**
 * Write several files so that each is either complete or untouched:
 * every file is written to a temporary name first, then all are renamed.
 */
export async function writeAtomically(files: { path: string; text: string }[]): Promise<void> {
  const tmp: { from: string; to: string }[] = [];
  try {
    for (const f of files) {
      const t = `${f.path}.tmp-${Deno.pid}`;
      await Deno.writeTextFile(t, f.text);
      tmp.push({ from: t, to: f.path });
    }
    for (const t of tmp) await Deno.rename(t.from, t.to);
  } catch (e) {
    for (const t of tmp) await Deno.remove(t.from).catch(() => {});
    throw e;
  }
}

/** Parse CSV text into objects keyed by the header row (all values strings). */
export function parseCsv(text: string): Record<string, string>[] {
  const r = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return r.data;
}
