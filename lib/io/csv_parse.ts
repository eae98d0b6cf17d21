/**
 * Parsing CSV text already in memory with papaparse: the gold annotations,
 * the evaluation and the tests. Kept apart from csv.ts so that the pipeline
 * and its workers, which only write CSV and stream it back (csvRecords), do
 * not load papaparse at start-up (about 18 ms per worker).
 */
import Papa from "papaparse";

/**
 * Parse CSV text into objects keyed by the header row (all values strings).
 * Line ends may be mixed (a hand-edited file with CRLF lines and one LF line):
 * record separators are made LF first, so no cell keeps a stray line end;
 * line breaks inside quoted cells are kept as written.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(parseCsv("region,metric\n大连市,地区生产总值\n"), [{ region: "大连市", metric: "地区生产总值" }]);
 * ```
 */
export function parseCsv(text: string): Record<string, string>[] {
  const r = Papa.parse<Record<string, string>>(lfRecords(text), { header: true, skipEmptyLines: true, newline: "\n" });
  return r.data;
}

/** The text with every CRLF outside quoted cells made LF (quotes toggle on each `"`; an escaped `""` toggles twice). */
function lfRecords(text: string): string {
  if (!text.includes("\r")) return text;
  let out = "";
  let from = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 13 && !quoted && text.charCodeAt(i + 1) === 10) {
      out += text.slice(from, i);
      from = i + 1;
    }
  }
  return out + text.slice(from);
}
