/**
 * Writing the tables as CSV and reading them back (papaparse), UTF-8, "\n" line ends,
 * a fixed column order, and files written whole or not at all: each goes to
 * a temporary name in the same folder and is renamed into place.
 */
import Papa from "papaparse";
import { fieldReader } from "./hot.ts";

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

/** Text that a CSV reader would split or mangle unless quoted (RFC 4180, plus edge spaces and a BOM). */
const NEEDS_QUOTES = /[\r\n",\uFEFF]/;

const readers = new Map<string, (row: unknown) => unknown[]>();
function readerOf(cols: string[]): (row: unknown) => unknown[] {
  const key = cols.join("\u0000");
  let r = readers.get(key);
  if (!r) readers.set(key, r = fieldReader(cols));
  return r;
}

/** A rendered cell made safe for a CSV line: quoted, with its quotes doubled, when it needs to be. */
function quoted(s: string): string {
  if (!s.length) return s;
  const needs = s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32 || NEEDS_QUOTES.test(s);
  return needs ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * The CSV lines of some rows, each ending with `nl`. Written by hand rather
 * than through papaparse's unparse: the tables are the bulk of a run's output
 * and this is several times faster; the quoting is the same (a cell is
 * quoted when it holds a comma, quote, line break or BOM, or starts or ends
 * with a space), which test/csv.test.ts checks against papaparse.
 */
function renderLines(rows: Record<string, Cell>[], cols: string[], excel: boolean, nl: string): string {
  const k = cols.length;
  const read = readerOf(cols);
  // every cell and separator of every line in one array, joined once: no string per line
  const parts = new Array<string>(rows.length * k * 2);
  let p = 0;
  // a column's last text and its rendering: ids, sources and regions repeat row after row
  const lastText = new Array<string | undefined>(k);
  const lastCell = new Array<string>(k);
  for (let r = 0; r < rows.length; r++) {
    const values = read(rows[r]) as Cell[];
    for (let c = 0; c < k; c++) {
      const v = values[c];
      let out: string;
      if (v === null || v === undefined) out = "";
      else if (typeof v === "string") {
        if (v !== lastText[c]) {
          lastText[c] = v;
          lastCell[c] = quoted(excel ? excelCell(v) : v);
        }
        out = lastCell[c];
      } else out = excel ? excelCell(v) : cell(v); // numbers and booleans never need quotes
      parts[p++] = out;
      parts[p++] = c === k - 1 ? nl : ",";
    }
  }
  return parts.join("");
}

/**
 * Render rows as CSV text with a header (with `excel: true`: a UTF-8
 * byte-order mark, CRLF line ends and formula-like text neutralised, so
 * Excel shows Chinese right and runs nothing). Rows are checked where they
 * are made (tables.ts), not here.
 *
 * @example
 * ```ts
 * toCsv([{ metric: "地区生产总值", value: 8 }], ["metric", "value"]);
 * // "metric,value\n地区生产总值,8\n"
 * ```
 */
export function toCsv(rows: Record<string, Cell>[], cols: string[], opts: { excel?: boolean } = {}): string {
  return csvHeader(cols, opts) + csvLines(rows, cols, opts);
}

/**
 * Data lines of CSV for some rows (no header), each ending with a line break:
 * tables rendered piece by piece (file by file, in workers) and joined under
 * one header are byte-identical to the whole table rendered at once.
 *
 * @example
 * ```ts
 * csvLines([{ metric: "城镇新增就业", value: 70, unit: "万人" }], ["metric", "value", "unit"]);
 * // "城镇新增就业,70,万人\n"
 * ```
 */
export function csvLines(rows: Record<string, Cell>[], cols: string[], opts: { excel?: boolean } = {}): string {
  if (!rows.length) return "";
  return renderLines(rows, cols, !!opts.excel, opts.excel ? "\r\n" : "\n");
}

/** The header line of a CSV table (with a BOM for Excel). */
export function csvHeader(cols: string[], opts: { excel?: boolean } = {}): string {
  const nl = opts.excel ? "\r\n" : "\n";
  return (opts.excel ? "\uFEFF" : "") + cols.map(quoted).join(",") + nl;
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
