/**
 * Writing the tables as CSV and reading them back, UTF-8, "\n" line ends and
 * a fixed column order: rows rendered by hand (same bytes as papaparse's
 * unparse), files read a chunk at a time (same records as papaparse's parse).
 */
import { fieldReader } from "../text/hot.ts";

type Cell = string | number | boolean | null | undefined;

/** Render a cell: null → "", booleans as true/false, numbers without exponent. */
function cell(v: Cell): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return "";
    if (Number.isInteger(v)) return String(v);
    const s = String(v);
    return fitsTwelveDigits(s) ? s : String(Number(v.toPrecision(12)));
  }
  return String(v);
}

/**
 * Whether a number's shortest form (`String(v)`, no exponent) has at most 12
 * significant digits: then rounding it to 12 digits gives it back, and
 * `toPrecision(12)` (a costly call, on every fractional number of the tables)
 * is not needed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(fitsTwelveDigits("8.5"), true);
 * assert.equal(fitsTwelveDigits("-0.000123"), true);
 * assert.equal(fitsTwelveDigits("0.30000000000000004"), false);
 * assert.equal(fitsTwelveDigits("1.5e-7"), false); // an exponent: left to toPrecision
 * ```
 */
export function fitsTwelveDigits(s: string): boolean {
  let digits = 0;
  let leading = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (leading && c === 48) continue; // zeros before the first significant digit
      leading = false;
      digits++;
    } else if (c !== 46 && c !== 45) return false; // not a digit, "." or "-": an exponent
  }
  return digits <= 12;
}

/**
 * A cell for Excel: text that Excel would run as a formula (starting with
 * =, +, -, @, tab or CR) gets a leading apostrophe; numbers stay numbers.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(excelCell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
 * assert.equal(excelCell("-5%左右"), "'-5%左右"); // text, not a number
 * assert.equal(excelCell(-3.5), "-3.5");
 * assert.equal(excelCell("地区生产总值"), "地区生产总值");
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
  if (!needs) return s;
  return s.indexOf('"') < 0 ? '"' + s + '"' : '"' + s.replaceAll('"', '""') + '"';
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
  // the lines appended to one string (a rope V8 flattens once, when it is
  // encoded): cheaper than an array of every cell and separator joined at the
  // end, which the bench corpus measured about 10% slower, render and encode together
  let out = "";
  // a column's last text and its rendering: ids, sources and regions repeat row after row
  const lastText = new Array<string | undefined>(k);
  const lastCell = new Array<string>(k);
  for (let r = 0; r < rows.length; r++) {
    const values = read(rows[r]) as Cell[];
    for (let c = 0; c < k; c++) {
      const v = values[c];
      let o: string;
      if (v === null || v === undefined) o = "";
      else if (typeof v === "string") {
        if (v !== lastText[c]) {
          lastText[c] = v;
          lastCell[c] = quoted(excel ? excelCell(v) : v);
        }
        o = lastCell[c];
      } else o = excel ? excelCell(v) : cell(v); // numbers and booleans never need quotes
      out += c === k - 1 ? o + nl : o + ",";
    }
  }
  return out;
}

/**
 * Render rows as CSV text with a header (with `excel: true`: a UTF-8
 * byte-order mark, CRLF line ends and formula-like text neutralised, so
 * Excel shows Chinese right and runs nothing). Rows are checked where they
 * are made (tables.ts), not here.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(toCsv([{ metric: "地区生产总值", value: 8 }], ["metric", "value"]), "metric,value\n地区生产总值,8\n");
 * assert.equal(toCsv([{ metric: "地区生产总值", value: 8 }], ["metric", "value"], { excel: true }), "\uFEFFmetric,value\r\n地区生产总值,8\r\n");
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
 * import assert from "node:assert/strict";
 * const rows = [{ metric: "城镇新增就业", value: 70, unit: "万人" }, { metric: "城镇调查失业率", value: 5.5, unit: "%" }];
 * const cols = ["metric", "value", "unit"];
 * assert.equal(csvLines(rows.slice(0, 1), cols), "城镇新增就业,70,万人\n");
 * assert.equal(csvHeader(cols) + csvLines(rows.slice(0, 1), cols) + csvLines(rows.slice(1), cols), toCsv(rows, cols));
 * ```
 */
export function csvLines(rows: Record<string, Cell>[], cols: string[], opts: { excel?: boolean } = {}): string {
  if (!rows.length) return "";
  return renderLines(rows, cols, !!opts.excel, opts.excel ? "\r\n" : "\n");
}

/**
 * The header line of a CSV table (with a BOM for Excel).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(csvHeader(["metric", "value"]), "metric,value\n");
 * assert.equal(csvHeader(["metric", "value"], { excel: true }), "\uFEFFmetric,value\r\n");
 * ```
 */
export function csvHeader(cols: string[], opts: { excel?: boolean } = {}): string {
  const nl = opts.excel ? "\r\n" : "\n";
  return (opts.excel ? "\uFEFF" : "") + cols.map(quoted).join(",") + nl;
}

/**
 * Parse the complete records at the start of `text` into `out` and return
 * where the unparsed rest begins (a record cut off by the end of a chunk).
 * With `final`, the text is the end of the file and everything is parsed.
 * Records are split on "\n" (a "\r" before it is dropped), fields on ",",
 * quoted fields may hold both and double their quotes (RFC 4180); empty
 * lines are skipped, as papaparse's `skipEmptyLines` does. `line` is the
 * line number where `text` starts, for messages.
 */
function parseRecords(text: string, final: boolean, out: string[][], where: string, line: number): number {
  const n = text.length;
  let i = 0;
  let recStart = 0;
  let record: string[] = [];
  while (i < n) {
    // at the start of a field
    let field: string;
    if (text.charCodeAt(i) === 34) {
      let j = i + 1;
      field = "";
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0 || (q + 1 >= n && !final)) {
          if (!final) return recStart; // the closing quote (or what follows it) is in the next chunk
          throw new Error(`Cannot read "${where}": a quoted field opened on line ${line + lineCount(text, 0, i)} is never closed`);
        }
        if (text.charCodeAt(q + 1) === 34) {
          field += text.slice(j, q + 1); // a doubled quote stands for one
          j = q + 2;
          continue;
        }
        field += text.slice(j, q);
        i = q + 1;
        break;
      }
      const c = text.charCodeAt(i);
      if (c === 13 && i + 1 >= n) {
        if (!final) return recStart; // "\r" ends the chunk: its "\n" is in the next one
        record.push(field);
        break;
      }
      if (i < n && c !== 44 && c !== 10 && !(c === 13 && text.charCodeAt(i + 1) === 10)) {
        throw new Error(`Cannot read "${where}": text after a closing quote on line ${line + lineCount(text, 0, i)}`);
      }
    } else {
      let j = i;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === 44 || c === 10) break;
      }
      if (j >= n && !final) return recStart;
      field = text.slice(i, j < n && text.charCodeAt(j) === 10 && j > i && text.charCodeAt(j - 1) === 13 ? j - 1 : j);
      i = j;
    }
    record.push(field);
    if (i >= n) break; // the end of the file, without a final line break
    if (text.charCodeAt(i) === 13) i++; // "\r\n" after a quoted field
    if (text.charCodeAt(i) === 44) {
      i++;
      if (i >= n) {
        if (!final) return recStart;
        record.push("");
      }
      continue;
    }
    i++; // "\n": the record is complete
    if (record.length > 1 || record[0] !== "") out.push(record);
    record = [];
    recStart = i;
  }
  if (record.length && (record.length > 1 || record[0] !== "")) out.push(record);
  return n;
}

function lineCount(text: string, a: number, b: number): number {
  let k = 0;
  for (let i = text.indexOf("\n", a); i >= 0 && i < b; i = text.indexOf("\n", i + 1)) k++;
  return k;
}

/**
 * The records of a CSV file (header first), read and parsed a chunk at a
 * time and handed over in batches: memory stays flat however large the
 * file, and a table from a corpus of gigabytes, larger than the longest
 * string V8 can hold, still reads. A byte-order mark at the start is
 * skipped; the records are those papaparse parses (test/workspace.test.ts).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const path = `${await Deno.makeTempDir()}/indicators.csv`;
 * await Deno.writeTextFile(path, "\uFEFFmetric,value_text\n地区生产总值,\"增长5%左右,\n力争更好\"\n城镇新增就业,70万人\n");
 * const records: string[][] = [];
 * for await (const batch of csvRecords(path, 16)) records.push(...batch); // 16-byte chunks
 * assert.deepEqual(records, [["metric", "value_text"], ["地区生产总值", "增长5%左右,\n力争更好"], ["城镇新增就业", "70万人"]]);
 * ```
 */
export async function* csvRecords(path: string, chunkBytes = 1 << 20): AsyncGenerator<string[][]> {
  const file = await Deno.open(path);
  try {
    const decoder = new TextDecoder("utf-8", { ignoreBOM: false });
    const buf = new Uint8Array(chunkBytes);
    let pending = "";
    let line = 1;
    for (;;) {
      const got = await file.read(buf);
      const text = pending + (got === null ? decoder.decode() : decoder.decode(buf.subarray(0, got), { stream: true }));
      const out: string[][] = [];
      const used = parseRecords(text, got === null, out, path, line);
      line += lineCount(text, 0, used);
      pending = text.slice(used);
      if (out.length) yield out;
      if (got === null) return;
    }
  } finally {
    file.close();
  }
}
