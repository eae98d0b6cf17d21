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
 * a carriage return before a line feed is dropped first, so no cell keeps it.
 *
 * @example
 * ```ts
 * parseCsv("region,metric\n大连市,地区生产总值\n"); // [{ region: "大连市", metric: "地区生产总值" }]
 * ```
 */
export function parseCsv(text: string): Record<string, string>[] {
  const r = Papa.parse<Record<string, string>>(text.replace(/\r\n/g, "\n"), { header: true, skipEmptyLines: true, newline: "\n" });
  return r.data;
}
