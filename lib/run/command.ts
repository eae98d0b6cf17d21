/**
 * Command line: `deno task extract <file-or-folder>... --out <dir>`.
 * Builds every table from the inputs and writes them into <dir>.
 */
import { parseArgs } from "node:util";
import { join } from "node:path";
import { extractPaths } from "./extract.ts";
import { csvHeader, toCsv } from "../io/csv.ts";
import { allRows } from "./pipeline.ts";
import { columnTypes, SCHEMAS, tableColumns, type TableName, validateRows } from "../tables/tables.ts";
import { toParquet } from "../io/parquet.ts";
import { commitStaged, stagingDir, writeAllSync } from "../io/staging.ts";
import { reviewIndex } from "../io/review.ts";
import type { DocumentRow } from "../tables/schema.ts";

const HELP = `Usage: deno task extract <file-or-folder>... --out <dir> [options]

Reads Chinese government reports (.txt, .text, .html, .htm; UTF-8 with or
without BOM, GB18030/GBK, UTF-16 with BOM) and writes tidy tables into <dir>:
documents, sections, sentences, indicators, goals, panel and terms, plus a
review page per document in <dir>/review/. Folders are read recursively;
each row's "source" is the file's path relative to the folder given (the
bare name when a file is given).

Options:
  --out <dir>         folder for the tables (created if missing). Required.
  --format <fmt>      csv (default) or parquet (typed columns for pandas,
                      DuckDB, R: numbers, booleans and nulls kept).
  --excel             CSV for Excel: UTF-8 byte-order mark, CRLF, and text
                      cells that Excel would run as formulas (=, +, -, @)
                      prefixed with an apostrophe; numbers are unchanged.
  --jobs <n>          files processed in parallel (default: the number of
                      cores, ${navigator.hardwareConcurrency}); the output is the same for any n.
  --no-review         do not write the review pages.
  --quiet             no progress, only the summary and refused files.
  --lenient           exit 0 even when files were refused.
  --help              show this help.

Progress goes to stderr: a bar on a terminal, a line every 25 files
otherwise. Every file is written under a temporary name and renamed into
place when complete, so an interrupted run leaves the previous tables
intact. The same input gives byte-identical files.

Exit status: 0 when every file was read; 1 when any file was refused (each
is named on stderr with the reason; --lenient makes this 0); 2 on bad usage.

Examples:
  deno task extract data/raw --out data/tables
  deno task extract ~/Downloads/reports report.html --out out --excel
  deno task extract data/raw --out out --format parquet --jobs 2
`;

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1) + " MB";
}

/** Progress on stderr: a redrawn bar on a terminal, plain lines elsewhere. */
function progress(quiet: boolean) {
  const t0 = performance.now();
  const tty = Deno.stderr.isTerminal();
  const enc = new TextEncoder();
  return (done: number, total: number, bytes: number, source: string) => {
    if (quiet) return;
    const secs = (performance.now() - t0) / 1000;
    const rate = secs > 0 ? (bytes / 1e6 / secs).toFixed(1) : "–";
    if (tty) {
      const w = 24;
      const fill = Math.round((done / Math.max(1, total)) * w);
      const line = `\r[${"#".repeat(fill)}${".".repeat(w - fill)}] ${done}/${total} files  ${mb(bytes)}  ${secs.toFixed(1)}s  ${rate} MB/s `;
      Deno.stderr.writeSync(enc.encode(line + (done === total ? "\n" : "")));
    } else if (done % 25 === 0 || done === total) {
      console.error(`read ${done}/${total} files, ${mb(bytes)}, ${secs.toFixed(1)}s, ${rate} MB/s (${source})`);
    }
  };
}

export async function main(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        out: { type: "string" },
        format: { type: "string", default: "csv" },
        excel: { type: "boolean" },
        jobs: { type: "string" },
        "no-review": { type: "boolean" },
        quiet: { type: "boolean" },
        lenient: { type: "boolean" },
        help: { type: "boolean" },
      },
      allowPositionals: true,
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.out || positionals.length === 0) {
    console.error(`Give at least one input and --out <dir>.\n\n${HELP}`);
    return 2;
  }
  if (values.format !== "csv" && values.format !== "parquet") {
    console.error(`--format must be csv or parquet, not "${values.format}".`);
    return 2;
  }
  const jobs = values.jobs === undefined ? navigator.hardwareConcurrency : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    console.error(`--jobs must be a whole number of at least 1, not "${values.jobs}".`);
    return 2;
  }
  const out = values.out;
  const review = !values["no-review"];
  const t0 = performance.now();
  await Deno.mkdir(out, { recursive: true });
  const stage = await stagingDir(out);
  if (review) await Deno.mkdir(join(stage, "review"), { recursive: true });
  const show = progress(!!values.quiet);
  const parquet = values.format === "parquet";
  const csvOpts = { excel: values.excel };
  // Each table's CSV file is opened in the staging folder at the start and
  // every file's lines are appended as they arrive (in file order): nothing of
  // the text is held until the end, and writing overlaps with the work of
  // the workers. Writes are synchronous: they go to the page cache, and an
  // async write would only hand the bytes to another thread and wait.
  const tableFiles = new Map<string, Deno.FsFile>(); // the staged CSV files, open for appending
  const lineCounts = new Map<string, number>();
  const enc = new TextEncoder();
  const streamed = (Object.keys(SCHEMAS) as TableName[]).filter((n) => n !== "panel");
  if (!parquet) {
    for (const name of streamed) {
      const f = Deno.openSync(join(stage, `${name}.csv`), { write: true, create: true, truncate: true });
      writeAllSync(f, enc.encode(csvHeader(tableColumns(name), csvOpts)));
      tableFiles.set(name, f);
      lineCounts.set(name, 0);
    }
  }
  const reviewed: { doc: DocumentRow; indicators: number; goals: number }[] = []; // for the index page
  let result;
  try {
    result = await extractPaths(positionals, {
      jobs,
      review,
      csv: parquet ? undefined : csvOpts, // rows become CSV lines in the workers
      onFile: async (r, done, total, bytes) => {
        for (const p of r.reviews ?? []) {
          await Deno.writeTextFile(join(stage, "review", p.name), p.html);
          reviewed.push(p);
        }
        for (const [name, bytes] of Object.entries(r.csv ?? {})) {
          writeAllSync(tableFiles.get(name)!, bytes);
          lineCounts.set(name, lineCounts.get(name)! + (r.csvRows?.[name] ?? 0));
        }
        show(done, total, bytes, r.source);
      },
    });
  } finally {
    for (const f of tableFiles.values()) f.close();
  }
  const rows = allRows(result.tables);
  const counts: Record<string, number> = {};
  for (const name of Object.keys(SCHEMAS) as TableName[]) {
    if (parquet) {
      await Deno.writeFile(join(stage, `${name}.parquet`), await toParquet(rows[name], columnTypes(name)));
      counts[name] = rows[name].length;
    } else if (name === "panel") {
      // document rows were validated file by file (extract.ts); the panel is checked here
      validateRows(name, rows[name]);
      const text = toCsv(rows[name] as Record<string, never>[], tableColumns(name), csvOpts);
      await Deno.writeTextFile(join(stage, `${name}.csv`), text);
      counts[name] = rows[name].length;
    } else {
      counts[name] = lineCounts.get(name)!;
    }
  }
  if (review) {
    const counts = new Map(reviewed.map((p) => [p.doc.doc_id, p]));
    await Deno.writeTextFile(join(stage, "review", "index.html"), reviewIndex(reviewed.map((p) => p.doc), counts));
  }
  await commitStaged(stage, out);

  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  const rowCounts = (Object.keys(SCHEMAS) as TableName[]).map((n) => `${n} ${counts[n]}`).join(", ");
  console.error(
    `done in ${secs}s: ${result.files} files (${mb(result.bytes)}), ${result.files - result.refused.length} read, ` +
      `${result.refused.length} refused → ${out}\n  rows: ${rowCounts}`,
  );
  for (const r of result.refused) console.error(`refused "${r.path}": ${r.problem}`);
  return result.refused.length && !values.lenient ? 1 : 0;
}

