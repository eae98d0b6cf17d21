/**
 * Command line: `deno task extract <file-or-folder>... --out <dir>`.
 * Builds every table from the inputs and writes them into <dir>.
 */
import { parseArgs } from "node:util";
import { join, resolve } from "node:path";
import { extractFiles } from "./extract.ts";
import { listInputs } from "../io/files.ts";
import { reviewFileName, reviewIndex } from "../io/review.ts";
import type { DocumentRow } from "../tables/documents.ts";
import { csvHeader, toCsv } from "../io/csv.ts";
import { allRows } from "./pipeline.ts";
import { columnTypes, SCHEMAS, tableColumns, type TableName, validateRows } from "../tables/tables.ts";
import { toParquet } from "../io/parquet.ts";
import { writeAllSync } from "../io/staging.ts";
import { beginVersion, discardVersion, lockOutput, publish } from "../io/publish.ts";

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
  --jobs <n>          files processed in parallel (default and at most: the
                      number of cores, ${navigator.hardwareConcurrency}); the output is the same for any n.
  --force-jobs        allow --jobs above the number of cores.
  --replace-undecodable
                      read bytes that are neither UTF-8 nor GB18030 as U+FFFD
                      (a warning gives the count) instead of refusing the file.
  --no-review         do not write the review pages.
  --quiet             no progress, only the summary, warnings and refusals.
  --lenient           exit 0 even when files were refused.
  --help              show this help.

Progress goes to stderr: a bar on a terminal, a line every 25 files
otherwise. The whole output (tables, review pages, manifest.json) is
written into <dir>/.versions/<id>/ and published in one step, by renaming
the link <dir>/current onto it; <dir>/<table>.csv and <dir>/review are
links through current. So a reader, or a run killed at any moment, sees the
previous output or the new one whole, never a mix, and nothing of an
earlier run with other options is left beside it. A second run into the
same <dir> waits for the first. Inputs are resolved once: a file reached
twice is read once, link loops and the output folder are skipped (each
named in a note). NUL characters are removed (a warning gives the count).
The same input gives byte-identical files.

Exit status:
  0  every file was read and the output published
  1  output published, but some files were refused (each named on stderr
     with its reason; --lenient makes this 0)
  2  bad usage
  3  nothing published, the previous output kept: an input does not exist,
     no file could be read, or the output cannot be written (not a folder,
     no permission, disk full)

Examples:
  deno task extract data/raw --out data/tables
  deno task extract ~/Downloads/reports report.html --out out --excel
  deno task extract data/raw --out out --format parquet --jobs 2
`;

/** Exit status: output published, some files refused. */
export const EXIT_REFUSED = 1;
/** Exit status: bad usage. */
export const EXIT_USAGE = 2;
/** Exit status: nothing published (inputs missing or unreadable, output not writable). */
export const EXIT_NOTHING = 3;

/**
 * A path or message as printed: control characters (a carriage return or
 * an ANSI escape in a file name could hide the line) and bidirectional
 * overrides shown as escapes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(shown("报告\r\u001b[2K.txt"), "报告\\r\\x1b[2K.txt");
 * ```
 */
export function shown(s: string): string {
  // deno-lint-ignore no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const n = c.charCodeAt(0);
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return n < 0x100 ? `\\x${n.toString(16).padStart(2, "0")}` : `\\u${n.toString(16).padStart(4, "0")}`;
  });
}

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
      console.error(`read ${done}/${total} files, ${mb(bytes)}, ${secs.toFixed(1)}s, ${rate} MB/s (${shown(source)})`);
    }
  };
}

/** Why an output folder cannot be written, or null when it can be made or used. */
async function outputProblem(out: string): Promise<string | null> {
  try {
    const info = await Deno.stat(out);
    if (!info.isDirectory) return "it is a file, not a folder";
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) return (e as Error).message;
    try {
      await Deno.mkdir(out, { recursive: true });
    } catch (e) {
      return (e as Error).message;
    }
  }
  return null;
}

/**
 * The command line: build every table from the inputs into --out.
 * Returns the exit status (see HELP).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const out = await Deno.makeTempDir();
 * assert.equal(await main(["data/raw/seeds", "--out", out, "--quiet", "--no-review"]), 0);
 * assert.equal(await main(["data/rwa", "--out", out, "--quiet"]), 3); // a typo replaces nothing
 * ```
 */
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
        "force-jobs": { type: "boolean" },
        "replace-undecodable": { type: "boolean" },
        "no-review": { type: "boolean" },
        quiet: { type: "boolean" },
        lenient: { type: "boolean" },
        help: { type: "boolean" },
      },
      allowPositionals: true,
    });
  } catch (e) {
    console.error(`${shown((e as Error).message)}\n\n${HELP}`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.out || positionals.length === 0) {
    console.error(`Give at least one input and --out <dir>.\n\n${HELP}`);
    return EXIT_USAGE;
  }
  if (values.format !== "csv" && values.format !== "parquet") {
    console.error(`--format must be csv or parquet, not "${shown(String(values.format))}".`);
    return EXIT_USAGE;
  }
  const cores = navigator.hardwareConcurrency;
  let jobs = values.jobs === undefined ? cores : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    console.error(`--jobs must be a whole number of at least 1, not "${shown(String(values.jobs))}".`);
    return EXIT_USAGE;
  }
  if (jobs > cores && !values["force-jobs"]) {
    // more workers than cores only adds memory (each holds a pipeline) and switching
    console.error(`note: --jobs ${jobs} lowered to the number of cores, ${cores} (--force-jobs keeps it)`);
    jobs = cores;
  }
  const out = values.out;
  const review = !values["no-review"];
  const t0 = performance.now();
  const nothing = (why: string) => {
    console.error(`${why}\nnothing written: the output in "${shown(out)}" is unchanged`);
    return EXIT_NOTHING;
  };

  // inputs first: a run that cannot read what it was given replaces nothing
  const inputs = await listInputs(positionals, { exclude: [resolve(out)] });
  for (const n of inputs.notes) console.error(`note: "${shown(n.path)}": ${shown(n.note)}`);
  if (inputs.missing.length) {
    for (const m of inputs.missing) console.error(`missing input "${shown(m.path)}": ${shown(m.problem)}`);
    return nothing(`${inputs.missing.length} of the inputs given cannot be read`);
  }
  if (inputs.files.length === 0) {
    return nothing(`no .txt, .text, .html or .htm file in ${positionals.map((p) => `"${shown(p)}"`).join(", ")}`);
  }
  const problem = await outputProblem(out);
  if (problem) return nothing(`cannot write the output to "${shown(out)}": ${shown(problem)}`);

  let lock: Deno.FsFile;
  try {
    lock = await lockOutput(out, () => console.error(`another run is writing to "${shown(out)}": waiting for it to finish`));
  } catch (e) {
    return nothing(`cannot write the output to "${shown(out)}": ${shown((e as Error).message)}`);
  }
  let stage: string | null = null;
  // an interrupted run (Ctrl-C, kill) removes what it wrote; kill -9 leaves it to the next run
  const onSignal = () => {
    if (stage) {
      try {
        Deno.removeSync(stage, { recursive: true });
      } catch { /* gone */ }
    }
    Deno.exit(130);
  };
  const signals: Deno.Signal[] = Deno.build.os === "windows" ? ["SIGINT"] : ["SIGINT", "SIGTERM"];
  for (const s of signals) Deno.addSignalListener(s, onSignal);
  try {
    stage = await beginVersion(out);
    const r = await build(stage, inputs.files, values, review, jobs);
    if (r.read === 0) {
      await discardVersion(stage);
      for (const x of r.refused) console.error(`refused "${shown(x.path)}": ${shown(x.problem)}`);
      return nothing(`none of the ${r.files} files could be read`);
    }
    await publish(out, stage, r.manifest);
    stage = null;
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    const rowCounts = (Object.keys(SCHEMAS) as TableName[]).map((n) => `${n} ${r.counts[n]}`).join(", ");
    console.error(
      `done in ${secs}s: ${r.files} files (${mb(r.bytes)}), ${r.read} read, ${r.refused.length} refused → ${shown(out)}\n  rows: ${rowCounts}`,
    );
    for (const w of r.warnings) console.error(`warning "${shown(w.source)}": ${shown(w.warning)}`);
    for (const x of r.refused) console.error(`refused "${shown(x.path)}": ${shown(x.problem)}`);
    return r.refused.length && !values.lenient ? EXIT_REFUSED : 0;
  } catch (e) {
    if (stage) await discardVersion(stage);
    return nothing(`cannot write the output to "${shown(out)}": ${shown((e as Error).message)}`);
  } finally {
    for (const s of signals) Deno.removeSignalListener(s, onSignal);
    lock.close();
  }
}

/** Build every table and review page into the version folder `stage`. */
async function build(
  stage: string,
  files: Awaited<ReturnType<typeof listInputs>>["files"],
  values: { format?: string; excel?: boolean; "replace-undecodable"?: boolean; quiet?: boolean },
  review: boolean,
  jobs: number,
) {
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
  const marks = new Map<string, number>(); // where each ended before the file being read (one job)
  const lineCounts = new Map<string, number>();
  const enc = new TextEncoder();
  const written: string[] = [];
  const streamed = (Object.keys(SCHEMAS) as TableName[]).filter((n) => n !== "panel");
  const pages = new Map<string, string>(); // doc_id → review page
  const taken = new Set<string>(); // page names, case folded (some file systems ignore case)
  const pageName = (docId: string, name: string) => {
    // unique whatever the paths: "a/b.txt" and "a_b.txt" would share a name
    if (taken.has(name.toLowerCase())) name = reviewFileName(docId, true);
    taken.add(name.toLowerCase());
    return name;
  };
  let pagesOfFile: string[] = []; // pages written through the sink for the file being read (one job)
  const reviewed: { doc: DocumentRow; indicators: number; goals: number; name: string }[] = []; // for the index page
  try {
    if (!parquet) {
      for (const name of streamed) {
        const f = Deno.openSync(join(stage, `${name}.csv`), { write: true, create: true, truncate: true });
        tableFiles.set(name, f);
        writeAllSync(f, enc.encode(csvHeader(tableColumns(name), csvOpts)));
        lineCounts.set(name, 0);
      }
    }
    const result = await extractFiles(files, {
      jobs,
      review,
      csv: parquet ? undefined : csvOpts, // rows become CSV lines in the workers
      decode: { replaceUndecodable: values["replace-undecodable"] },
      csvSink: parquet ? undefined : {
        write: (name, bytes) => writeAllSync(tableFiles.get(name)!, bytes),
        mark: () => {
          for (const [name, f] of tableFiles) marks.set(name, f.seekSync(0, Deno.SeekMode.Current));
          pagesOfFile = [];
        },
        rollback: () => {
          for (const [name, f] of tableFiles) {
            f.truncateSync(marks.get(name)!);
            f.seekSync(marks.get(name)!, Deno.SeekMode.Start);
          }
          for (const name of pagesOfFile) {
            Deno.removeSync(join(stage, "review", name));
            taken.delete(name.toLowerCase());
          }
          pagesOfFile = [];
        },
        // review pages written in chunks as they are made: never one string
        page: review
          ? (docId, suggested) => {
            const name = pageName(docId, suggested);
            pagesOfFile.push(name);
            const f = Deno.openSync(join(stage, "review", name), { write: true, createNew: true });
            return { name, write: (bytes) => writeAllSync(f, bytes), close: () => f.close() };
          }
          : undefined,
      },
      onFile: async (r, done, total, bytes) => {
        for (const p of r.reviews ?? []) {
          let name = p.name; // written already through the sink when it has no html
          if (p.html) {
            name = pageName(p.docId, p.name);
            const f = await Deno.open(join(stage, "review", name), { write: true, createNew: true });
            try {
              for (const bytes of p.html) writeAllSync(f, bytes);
            } finally {
              f.close();
            }
          }
          pages.set(p.docId, name);
          reviewed.push({ doc: p.doc, indicators: p.indicators, goals: p.goals, name });
        }
        for (const [name, pieces] of Object.entries(r.csv ?? {})) {
          for (const bytes of pieces) writeAllSync(tableFiles.get(name)!, bytes);
        }
        // (with one job the pieces were written as they were made: csvSink)
        for (const [name, n] of Object.entries(r.csvRows ?? {})) lineCounts.set(name, lineCounts.get(name)! + n);
        show(done, total, bytes, r.source);
      },
    });
    for (const f of tableFiles.values()) f.close();
    tableFiles.clear();
    const rows = allRows(result.tables);
    const counts: Record<string, number> = {};
    for (const name of Object.keys(SCHEMAS) as TableName[]) {
      if (parquet) {
        await Deno.writeFile(join(stage, `${name}.parquet`), await toParquet(rows[name], columnTypes(name)));
        counts[name] = rows[name].length;
        written.push(`${name}.parquet`);
      } else if (name === "panel") {
        // document rows were validated file by file (extract.ts); the panel is checked here
        validateRows(name, rows[name]);
        const text = toCsv(rows[name] as Record<string, never>[], tableColumns(name), csvOpts);
        await Deno.writeTextFile(join(stage, `${name}.csv`), text);
        counts[name] = rows[name].length;
        written.push(`${name}.csv`);
      } else {
        counts[name] = lineCounts.get(name)!;
        written.push(`${name}.csv`);
      }
    }
    if (review) {
      await Deno.writeTextFile(join(stage, "review", "index.html"), reviewIndex(reviewed.map((p) => p.doc), new Map(reviewed.map((p) => [p.doc.doc_id, p]))));
    }
    const reviewFiles = [...pages.values(), ...(review ? ["index.html"] : [])].map((n) => `review/${n}`);
    const manifest = {
      files: [...written, ...reviewFiles].sort(),
      format: parquet ? "parquet" : "csv",
      rows: counts,
      inputs: result.files,
      read: result.read,
      refused: result.refused.map((x) => ({ source: x.source, problem: x.problem })),
      reviews: Object.fromEntries(pages),
    };
    if (review && pages.size === 0) manifest.files.push("review");
    return { ...result, counts, manifest };
  } finally {
    for (const f of tableFiles.values()) f.close();
  }
}
