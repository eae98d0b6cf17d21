/** The hand-written CSV writer against papaparse, on every table of the default corpus. */
import Papa from "papaparse";
import { csvHeader, csvLines, toCsv } from "../lib/io/csv.ts";
import { parseCsv } from "../lib/io/csv_parse.ts";
import { tableColumns } from "../lib/tables/tables.ts";
import type { Tables } from "../lib/run/pipeline.ts";
import { corpus } from "./corpus.ts";
import { assert_, assertEquals } from "./assert.ts";

/** What papaparse's unparse makes of the same cells (the writer the project used before). */
function papa(rows: Record<string, unknown>[], cols: string[], nl: string): string {
  const cell = (v: unknown) =>
    v === null || v === undefined ? "" : typeof v === "number" ? (Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12)))) : String(v);
  return Papa.unparse({ fields: cols, data: rows.map((r) => cols.map((c) => cell(r[c]))) }, { newline: nl }) + nl;
}

Deno.test("csv: every table of the corpus renders byte for byte as papaparse renders it", async () => {
  const { tables } = await corpus();
  let cells = 0;
  for (const name of Object.keys(tables) as (keyof Tables)[]) {
    const rows = tables[name] as unknown as Record<string, never>[];
    const cols = tableColumns(name);
    assertEquals(csvHeader(cols) + csvLines(rows, cols), papa(rows, cols, "\n"), name);
    cells += rows.length * cols.length;
  }
  assert_(cells > 100_000, `only ${cells} cells compared`);
});

Deno.test("csv: quotes, line breaks, edge spaces and a BOM survive a round trip through papaparse", () => {
  const rows = [
    { text: "“十四五”规划,目标", note: '他说"稳中求进"' },
    { text: " 前导空格", note: "末尾空格 " },
    { text: "第一行\n第二行\r\n第三行", note: "\uFEFF字节序标记" },
    { text: "", note: null },
  ];
  const back = parseCsv(toCsv(rows as never, ["text", "note"]));
  assertEquals(back.map((r) => r.text), rows.map((r) => r.text));
  assertEquals(back.map((r) => r.note), rows.map((r) => r.note ?? ""));
});

Deno.test("csv: for Excel, formula-like text gets an apostrophe and lines end in CRLF after a BOM", () => {
  const text = toCsv([{ metric: "=1+1", value: -3.5 }] as never, ["metric", "value"], { excel: true });
  assertEquals(text, "\uFEFFmetric,value\r\n'=1+1,-3.5\r\n");
});
