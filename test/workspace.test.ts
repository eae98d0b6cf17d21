/**
 * Reading the built tables back: the chunked CSV reader against papaparse,
 * the notebooks' loaders (columns and rows asked for) against a whole-file
 * parse, and the streamed export against the command line's own files.
 */
import Papa from "papaparse";
import { csvRecords } from "../lib/io/csv.ts";
import { parseCsv } from "../lib/io/csv_parse.ts";
import { main } from "../lib/run/command.ts";
import { exportTables } from "../lib/analysis/export_tables.ts";
import { rowBatches, rows, table, typedRows } from "../lib/analysis/workspace.ts";
import { SCHEMAS, type TableName } from "../lib/tables/tables.ts";
import { RAW } from "./corpus.ts";
import { assert_, assertEquals } from "./assert.ts";

const NAMES = Object.keys(SCHEMAS) as TableName[];

/** The default corpus built by the command line, as plain CSV and as CSV for Excel (built once). */
let built: Promise<{ plain: string; excel: string }> | null = null;
function builtTables() {
  built ??= (async () => {
    const plain = await Deno.makeTempDir({ prefix: "tables-" });
    const excel = await Deno.makeTempDir({ prefix: "tables-excel-" });
    assertEquals(await main([RAW, "--out", plain, "--quiet", "--no-review", "--lenient", "--jobs", "1"]), 0);
    assertEquals(await main([RAW, "--out", excel, "--quiet", "--no-review", "--lenient", "--jobs", "1", "--excel"]), 0);
    return { plain, excel };
  })();
  return built;
}

async function allRecords(path: string, chunk?: number): Promise<string[][]> {
  const out: string[][] = [];
  for await (const batch of csvRecords(path, chunk)) for (const r of batch) out.push(r);
  return out;
}

function papaRecords(path: string): string[][] {
  return Papa.parse<string[]>(Deno.readTextFileSync(path).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
}

Deno.test("csvRecords: every table, plain and for Excel, reads as papaparse reads it, whatever the chunk size", async () => {
  const { plain, excel } = await builtTables();
  let cells = 0;
  for (const dir of [plain, excel]) {
    for (const name of NAMES) {
      const path = `${dir}/${name}.csv`;
      const want = papaRecords(path);
      assertEquals(await allRecords(path), want, `${path}, 1 MB chunks`);
      assertEquals(await allRecords(path, 4096), want, `${path}, 4 KB chunks`);
      cells += want.reduce((n, r) => n + r.length, 0);
    }
  }
  // chunks of 7 bytes cut every record, many quoted fields and UTF-8 characters in two
  for (const dir of [plain, excel]) assertEquals(await allRecords(`${dir}/documents.csv`, 7), papaRecords(`${dir}/documents.csv`));
  assert_(cells > 500_000, `only ${cells} cells compared`);
});

Deno.test("csvRecords: a broken file is refused with its name and line", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.writeTextFile(`${dir}/open.csv`, 'doc_id,text\na,"开了引号\n没有关上\n');
  await Deno.writeTextFile(`${dir}/after.csv`, 'doc_id,text\na,b\nc,"引号"之后\n');
  const err = async (p: string) => {
    try {
      await allRecords(p);
    } catch (e) {
      return (e as Error).message;
    }
    return "no error";
  };
  assertEquals(await err(`${dir}/open.csv`), `Cannot read "${dir}/open.csv": a quoted field opened on line 2 is never closed`);
  assertEquals(await err(`${dir}/after.csv`), `Cannot read "${dir}/after.csv": text after a closing quote on line 3`);
});

Deno.test("workspace: every table loads with the same typed rows as a parse of the whole file", async () => {
  const { plain } = await builtTables();
  for (const name of NAMES) {
    const whole = typedRows(name, parseCsv(await Deno.readTextFile(`${plain}/${name}.csv`)));
    assertEquals(await rows(name, plain), whole, name);
    assertEquals((await table(name, plain)).objects(), whole, name);
  }
});

Deno.test("workspace: only the columns and rows asked for, and a clear error for a column that is not there", async () => {
  const { plain } = await builtTables();
  const all = await rows("indicators", plain);
  const cols = ["region", "year", "metric_id", "value", "status"];
  const gdp = (r: Record<string, unknown>) => r.metric_id === "gdp" && r.measure === "growth";
  const want = all.filter(gdp).map((r) => Object.fromEntries(cols.map((c) => [c, r[c]])));
  assert_(want.length > 50, `only ${want.length} GDP growth rows`);
  assertEquals(await rows("indicators", { dir: plain, columns: cols, where: gdp }), want);
  assertEquals((await table("indicators", { dir: plain, columns: cols, where: gdp })).objects(), want);
  let batches = 0, n = 0;
  for await (const b of rowBatches("sentences", { dir: plain, columns: ["sentence_id"] })) {
    batches++;
    n += b.length;
  }
  assertEquals(n, (await rows("sentences", plain)).length);
  assert_(batches > 1, "the sentences table came in one batch: nothing was streamed");
  try {
    await rows("indicators", { dir: plain, columns: ["metric", "valeu"] });
    assert_(false, "an unknown column was accepted");
  } catch (e) {
    assert_((e as Error).message.startsWith('Table "indicators" has no column "valeu"; did you mean "value". Its columns are indicator_id,'), (e as Error).message);
  }
});

Deno.test("exportTables: streamed export gives the command line's own files, plain and for Excel", async () => {
  const { plain, excel } = await builtTables();
  const out = await Deno.makeTempDir({ prefix: "export-" });
  const files = await exportTables(out, plain);
  assertEquals(files.length, NAMES.length * 2);
  for (const name of NAMES) {
    assertEquals(await Deno.readFile(`${out}/${name}.csv`), await Deno.readFile(`${plain}/${name}.csv`), `${name}.csv`);
    assertEquals(await Deno.readFile(`${out}/excel/${name}.csv`), await Deno.readFile(`${excel}/${name}.csv`), `excel/${name}.csv`);
  }
  assertEquals([...Deno.readDirSync(out)].filter((e) => e.name.includes(".tmp-") || e.name.startsWith(".staging-")), [], "staged files left behind");
});
