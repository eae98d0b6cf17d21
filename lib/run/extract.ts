/**
 * Building all tables from a set of input files, as a library call; the
 * command line (cli.ts), the notebooks and the tests use it.
 *
 * Files are processed one at a time (or by `jobs` workers in parallel) and
 * only their rows are kept, so memory grows with the output tables, not with
 * the text read. Results are merged in file order, so any number of jobs
 * gives the same tables. A file that fails — undecodable, empty, binary,
 * unreadable, or one that trips a bug — is refused with a reason and the
 * others are still processed. A small worker reads the next few files
 * ahead (read_ahead.ts), so the disk is not waited on file by file.
 *
 * Within a file, rows are checked and rendered as CSV 2,000 at a time as
 * the pipeline makes them (pipeline.ts `Spill`), and with one job written
 * to the staged tables at once (`csvSink`), so a 50 MB report on one line
 * peaks under 0.9 GB, review pages included (lib/bench/README.md, "A
 * report on one line"). Review pages keep of their document's rows only
 * the fields they show (review.ts `reviewRow`) and are written in chunks
 * (`writeReviewPage`) straight to the staged page (`CsvSink.page`); a page
 * is never one string. Workers post their CSV and page chunks as they are
 * made (`StreamedPiece`).
 */
import { type InputFile, listInputs } from "../io/files.ts";
import { baseRows, readText, type Spill, type Tables } from "./pipeline.ts";
import { decodeBytes, type DecodeOptions, type Encoding } from "../stages/decode.ts";
import { InputError } from "../text/errors.ts";
import { type ReviewGoal, type ReviewIndicator, reviewFileName, reviewRow, writeReviewPage } from "../io/review.ts";
import { tableColumns, tableValidator, validateTables } from "../tables/tables.ts";
import type { DocumentRow } from "../tables/documents.ts";
import { csvLines } from "../io/csv.ts";
import { panelInputs } from "../stages/panel.ts";
import { ReadAhead } from "../io/read_ahead.ts";

/** A CsvSink's write failed. */
class SinkFailure extends Error {
  constructor(override cause: unknown) {
    super("writing the output failed");
  }
}

/** Where CSV pieces go as they are made (ExtractOptions.csvSink). */
export interface CsvSink {
  /** append data lines of table `name` (the bytes are valid during the call only: a buffer reused for the next piece) */
  write(name: string, bytes: Uint8Array): void;
  /** a file begins: remember where each table ends */
  mark(): void;
  /** the file begun was refused: cut each table back to where it ended, remove its review pages */
  rollback(): void;
  /**
   * Open a document's review page, to be written in chunks as it is made:
   * its file name (unique in the run) and where its bytes go. Without it,
   * pages are handed over with the file's result.
   */
  page?(docId: string, name: string): { name: string; write(bytes: Uint8Array): void; close(): void };
}

/** A file that was not processed, and why. */
export interface Refused {
  source: string;
  path: string;
  problem: string;
}

/** What one file gave. */
export interface FileResult {
  index: number;
  source: string;
  path: string;
  bytes: number;
  tables?: Tables;
  /** CSV data lines per table as UTF-8 bytes, in pieces to write one after another, and their row counts, when rendering was asked for (see ExtractOptions.csv) */
  csv?: Record<string, Uint8Array[]>;
  csvRows?: Record<string, number>;
  /**
   * review pages, with the document and its row counts for the index page;
   * `html` is the page as UTF-8 pieces, absent when it was written through
   * the sink (CsvSink.page; `name` is then the name it was written under)
   */
  reviews?: { docId: string; name: string; html?: Uint8Array[]; doc: DocumentRow; indicators: number; goals: number }[];
  refused?: string;
  /** what was done to read it (NULs removed, bytes replaced), for the user */
  warnings?: string[];
}

export interface ExtractOptions {
  /** parallel workers; 1 runs in this thread (default 1) */
  jobs?: number;
  /** also render each document's review page */
  review?: boolean;
  /**
   * Render each file's rows as CSV lines where they are made (in the workers)
   * and keep as rows only what the cross-document panel reads (panelInputs):
   * less copying between threads, less memory.
   */
  csv?: { excel?: boolean };
  /**
   * With `csv`: CSV pieces (and review pages, with `page`) are written here
   * as they are rendered instead of handed over with the file's result, so a
   * big file's tables are never held whole; `rollback` is called when a file
   * is refused after some of its pieces were written. With one job they come
   * straight from the pipeline; workers post them as they are made
   * (worker.ts), and those of a file waiting for an earlier one are held
   * until its turn.
   */
  csvSink?: CsvSink;
  /** how bytes are decoded (decode.ts) */
  decode?: DecodeOptions;
  /** called after each file, in file order */
  onFile?: (r: FileResult, done: number, total: number, bytes: number) => void | Promise<void>;
}

export interface ExtractResult {
  tables: Tables;
  refused: Refused[];
  /** input files found (a missing argument is not a file: see `missing`) */
  files: number;
  /** files whose rows are in the tables */
  read: number;
  bytes: number;
  /** arguments that do not exist, folders that cannot be listed */
  missing: { path: string; problem: string }[];
  /** duplicates, link loops, the output folder: skipped on purpose (files.ts) */
  notes: { path: string; note: string }[];
  /** per file, what was done to read it */
  warnings: { source: string; warning: string }[];
}

function emptyTables(): Tables {
  return { documents: [], sections: [], sentences: [], indicators: [], goals: [], terms: [] };
}

const encoder = new TextEncoder();
let scratch = new Uint8Array(1 << 20);

/**
 * UTF-8 bytes of a string, through a reused buffer: `encodeInto` plus one
 * copy is about twice as fast as `encode` on the megabytes of CSV a file makes.
 */
function utf8(s: string, view = false): Uint8Array {
  if (s.length * 3 > 48 << 20) return encoder.encode(s); // a huge file: no buffer kept that large
  if (scratch.length < s.length * 3) scratch = new Uint8Array(s.length * 3);
  const { written } = encoder.encodeInto(s, scratch);
  // a view for a sink that writes the bytes at once (no copy of the ~190 MB of CSV the bench corpus makes)
  return view ? scratch.subarray(0, written) : scratch.slice(0, written);
}

/**
 * Process one file's bytes: its rows, review pages, or the reason it is refused.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const path = "data/raw/seeds/003_4c843e5d37004413.txt";
 * const r = processFile({ path, source: "seeds/003_4c843e5d37004413.txt" }, await Deno.readFile(path), 0, false);
 * assert.equal(r.tables!.documents[0].region, "大连市");
 * ```
 */
export function processFile(
  f: InputFile,
  data: Uint8Array,
  index: number,
  review: boolean,
  csv?: { excel?: boolean },
  decode?: DecodeOptions,
  sink?: CsvSink,
): FileResult {
  const base = { index, source: f.source, path: f.path, bytes: data.length };
  try {
    const { text, encoding, warnings } = decodeBytes(data, f.source, decode);
    if (csv) {
      // rows rendered CSV_CHUNK at a time while they are made; review pages need
      // the sections of their document and the fields of its indicators and
      // goals they show (reviewRow), which are then kept
      const out = new CsvOut(csv, sink, review);
      const tables = rowsOf(f.source, text, encoding, {
        tables: ["sections", "sentences", "indicators", "goals", "terms"],
        rows: CSV_CHUNK,
        take: (t, name) => out.take(t, name),
      });
      const documents = tables.documents;
      for (const name of Object.keys(tables) as (keyof Tables)[]) out.take(tables, name); // checked before any page is written
      const reviews = review ? pagesOf({ documents, ...out.forReview }, text, sink) : undefined;
      return { ...base, tables: out.kept, csv: out.bytes(), csvRows: out.counts, reviews, warnings };
    }
    const tables = rowsOf(f.source, text, encoding); // the documents (offset maps, sentences) are garbage once it returns
    validateTables(tables); // per file: a bad row refuses its file, not the run
    const reviews = review ? pagesOf(tables, text) : undefined;
    return { ...base, tables, reviews, warnings };
  } catch (e) {
    if (e instanceof SinkFailure) throw e.cause;
    if (e instanceof InputError) return { ...base, refused: e.problem };
    return { ...base, refused: `could not be processed (${(e as Error).message}); please report this file` };
  }
}

/** Stages 2–10 on a file's text: its rows (the documents are not kept). */
function rowsOf(source: string, text: string, encoding: Encoding, spill?: Spill): Tables {
  return baseRows(readText(source, text, encoding), spill);
}

/**
 * A file's tables as CSV bytes, taken a chunk of rows at a time: each chunk
 * is checked (a bad row refuses its file, numbered in its table), rendered,
 * and let go; only what the cross-document panel reads is kept as rows.
 */
class CsvOut {
  private parts: Record<string, Uint8Array[]> = {};
  counts: Record<string, number> = {};
  kept: Tables = emptyTables();
  /** with review pages: what they read of the rows */
  forReview: ReviewTables = { sections: [], indicators: [], goals: [] };
  constructor(private opts: { excel?: boolean }, private sink?: CsvSink, private review = false) {}

  take(t: Tables, name: keyof Tables): void {
    const rows = t[name] as unknown as Record<string, never>[];
    const before = this.counts[name] ?? 0;
    const check = tableValidator(name);
    for (let i = 0; i < rows.length; i++) {
      const problem = check(rows[i]);
      if (problem) throw new Error(`row ${before + i + 1} of ${name} is invalid: ${problem}`);
    }
    if (this.sink) {
      const sink = this.sink;
      csvPieces(rows, tableColumns(name), this.opts, (b) => {
        try {
          sink.write(name, b);
        } catch (e) {
          throw new SinkFailure(e); // the output's fault (a full disk), not the file's: the run stops
        }
      });
    } else for (const b of csvBytes(rows, tableColumns(name), this.opts)) (this.parts[name] ??= []).push(b);
    this.counts[name] = before + rows.length;
    if (this.review && name === "sections") for (const r of t.sections) this.forReview.sections.push(r);
    if (this.review && name === "indicators") for (const r of t.indicators) this.forReview.indicators.push(reviewRow("indicators", r));
    if (this.review && name === "goals") for (const r of t.goals) this.forReview.goals.push(reviewRow("goals", r));
    if (name === "documents" || name === "indicators" || name === "goals") {
      const p = panelInputs({ documents: [], indicators: [], goals: [], [name]: t[name] } as Pick<Tables, "documents" | "indicators" | "goals">);
      for (const r of p[name]) (this.kept[name] as unknown[]).push(r);
    }
    t[name] = [];
  }

  /** Each table's bytes, in the pieces rendered (not joined: a big file's table is not held twice). */
  bytes(): Record<string, Uint8Array[]> {
    const out = this.parts;
    this.parts = {};
    return out;
  }
}

/**
 * Each document's review page, with its row counts for the index: written
 * through the sink's `page` when there is one, else as UTF-8 pieces.
 */
function pagesOf(tables: ReviewTables & Pick<Tables, "documents">, text: string, sink?: CsvSink): NonNullable<FileResult["reviews"]> {
  return tables.documents.map((doc) => {
    const indicators = tables.indicators.filter((r) => r.doc_id === doc.doc_id).length;
    const goals = tables.goals.filter((g) => g.doc_id === doc.doc_id).length;
    const row = { docId: doc.doc_id, name: reviewFileName(doc.doc_id), doc, indicators, goals };
    if (sink?.page) {
      // a failure to open or write is the output's fault (a full disk), not the file's: the run stops
      const output = <T>(f: () => T): T => {
        try {
          return f();
        } catch (e) {
          throw new SinkFailure(e);
        }
      };
      const page = output(() => sink.page!(doc.doc_id, row.name));
      try {
        writeReviewPage((b) => output(() => page.write(b)), doc, text, tables.indicators, tables.goals, tables.sections);
      } finally {
        output(() => page.close());
      }
      return { ...row, name: page.name };
    }
    const html: Uint8Array[] = [];
    writeReviewPage((b) => html.push(b.slice()), doc, text, tables.indicators, tables.goals, tables.sections);
    return { ...row, html };
  });
}

/** What review pages read of a file's rows. */
interface ReviewTables {
  sections: Tables["sections"];
  indicators: ReviewIndicator[];
  goals: ReviewGoal[];
}

/** Rows rendered at a time: a big file's CSV is never one string (nor one array of all its cells). */
const CSV_CHUNK = 2_000;

/**
 * The CSV data lines of some rows as UTF-8 bytes, rendered a chunk of rows
 * at a time (byte-identical to rendering them at once: csvLines), so no
 * string or array of cells as large as the table is made.
 */
function csvBytes(rows: Record<string, never>[], cols: string[], opts: { excel?: boolean }): Uint8Array[] {
  const parts: Uint8Array[] = [];
  for (let i = 0; i < rows.length; i += CSV_CHUNK) {
    parts.push(utf8(csvLines(rows.length <= CSV_CHUNK ? rows : rows.slice(i, i + CSV_CHUNK), cols, opts)));
  }
  return parts;
}

/** The same pieces as csvBytes, each handed to `write` as a view of the reused buffer, valid during the call only. */
function csvPieces(rows: Record<string, never>[], cols: string[], opts: { excel?: boolean }, write: (bytes: Uint8Array) => void): void {
  for (let i = 0; i < rows.length; i += CSV_CHUNK) {
    write(utf8(csvLines(rows.length <= CSV_CHUNK ? rows : rows.slice(i, i + CSV_CHUNK), cols, opts), true));
  }
}

let readBuffer = new Uint8Array(1 << 20);

/**
 * A file's bytes, read into one buffer reused from file to file (valid until
 * the next call; the pipeline keeps only the text decoded from them).
 * `Deno.readFileSync` gives every file fresh memory, and its allocation and
 * page faults cost several times the read itself: up to 8% of a run.
 */
function readWhole(path: string): Uint8Array {
  const file = Deno.openSync(path);
  try {
    const size = file.statSync().size;
    if (size > 64 << 20) return Deno.readFileSync(path); // a huge file: no buffer kept that large
    if (readBuffer.length <= size) readBuffer = new Uint8Array(Math.max(size + 1, readBuffer.length * 2));
    let n = 0;
    for (;;) {
      if (n === readBuffer.length) { // the file grew since its size was read
        const bigger = new Uint8Array(readBuffer.length * 2);
        bigger.set(readBuffer);
        readBuffer = bigger;
      }
      const got = file.readSync(readBuffer.subarray(n));
      if (got === null) break;
      n += got;
    }
    return readBuffer.subarray(0, n);
  } finally {
    file.close();
  }
}

/**
 * Read and process one file (reading errors become refusals).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = readAndProcess({ path: "data/raw/seeds/003_4c843e5d37004413.txt", source: "seeds/003_4c843e5d37004413.txt" }, 0, false);
 * assert.equal(r.tables!.documents[0].region, "大连市");
 * const gone = readAndProcess({ path: "data/raw/seeds/no_such_report.txt", source: "seeds/no_such_report.txt" }, 1, false);
 * assert.equal(gone.refused, "cannot be read: not found (a broken link?)");
 * ```
 */
export function readAndProcess(f: InputFile, index: number, review: boolean, csv?: { excel?: boolean }, decode?: DecodeOptions, sink?: CsvSink): FileResult {
  let data: Uint8Array;
  try {
    data = readWhole(f.path); // local files: a synchronous read does not leave the thread idle
  } catch (e) {
    const why = e instanceof Deno.errors.PermissionDenied
      ? "permission denied"
      : e instanceof Deno.errors.NotFound
      ? "not found (a broken link?)"
      : e instanceof Deno.errors.IsADirectory
      ? "is a folder"
      : (e as Error).message;
    return { index, source: f.source, path: f.path, bytes: 0, refused: `cannot be read: ${why}` };
  }
  return processFile(f, data, index, review, csv, decode, sink);
}

/**
 * Read every file under `paths` and build the tables.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = await extractPaths(["data/raw/seeds"], { jobs: 2 });
 * assert.equal(r.files, 5);
 * assert.equal(r.read, 5);
 * assert.equal(r.tables.documents.length, 7); // one file holds three documents
 * assert.ok(r.tables.documents.some((d) => d.region === "大连市"));
 * assert.deepEqual(r.tables, (await extractPaths(["data/raw/seeds"], { jobs: 1 })).tables); // the same for any number of jobs
 * ```
 */
export async function extractPaths(paths: string[], opts: ExtractOptions = {}): Promise<ExtractResult> {
  const inputs = await listInputs(paths);
  const r = await extractFiles(inputs.files, opts);
  return { ...r, missing: inputs.missing, notes: inputs.notes };
}

/**
 * Read and process input files already listed (listInputs), in file order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { listInputs } from "../io/files.ts";
 * const r = await extractFiles((await listInputs(["data/raw/seeds"])).files);
 * assert.equal(r.read, r.files);
 * ```
 */
export async function extractFiles(files: InputFile[], opts: ExtractOptions = {}): Promise<Omit<ExtractResult, "missing" | "notes">> {
  const refused: Refused[] = [];
  const warnings: { source: string; warning: string }[] = [];
  const tables = emptyTables();
  let bytes = 0;
  let done = 0;
  let read = 0;
  const take = async (r: FileResult) => {
    bytes += r.bytes;
    done++;
    for (const w of r.warnings ?? []) warnings.push({ source: r.source, warning: w });
    if (r.refused) refused.push({ source: r.source, path: r.path, problem: r.refused });
    else if (r.tables) {
      read++;
      for (const k of Object.keys(tables) as (keyof Tables)[]) {
        const into = tables[k] as unknown[];
        for (const row of r.tables[k]) into.push(row); // no spread: a big file has more rows than a call has arguments
      }
    }
    await opts.onFile?.(r, done, files.length, bytes);
  };
  const jobs = Math.max(1, Math.min(opts.jobs ?? 1, files.length));
  const ahead = new ReadAhead(files.map((f) => f.path)); // the next files come off the disk meanwhile
  try {
    if (jobs === 1) {
      for (const [i, f] of files.entries()) {
        ahead.reached(i);
        const sink = opts.csv ? opts.csvSink : undefined;
        sink?.mark();
        const r = readAndProcess(f, i, !!opts.review, opts.csv, opts.decode, sink);
        if (r.refused) sink?.rollback();
        await take(r);
      }
    } else {
      const sink = opts.csv ? opts.csvSink : undefined;
      await inWorkers(files, jobs, !!opts.review, opts.csv, opts.decode, take, (i) => ahead.reached(i), sink);
    }
  } finally {
    ahead.close();
  }
  return { tables, refused, files: files.length, read, bytes, warnings };
}

/**
 * Process files in `jobs` workers, handing results over in file order.
 *
 * Files are handed out in file order, two at a time to each worker, so a
 * worker that finishes one starts the next at once instead of waiting for
 * the main thread's reply, and results waiting for an earlier file are never
 * more than a few: memory does not grow with the number of files.
 */
async function inWorkers(
  files: InputFile[],
  jobs: number,
  review: boolean,
  csv: { excel?: boolean } | undefined,
  decode: DecodeOptions | undefined,
  take: (r: FileResult) => Promise<void>,
  handedOut: (i: number) => void,
  sink?: CsvSink,
): Promise<void> {
  const IN_HAND = 2;
  const pending = new Map<number, FileResult>();
  let next = 0; // next file to hand out
  let emit = 0; // next result to hand over
  let failure: Error | null = null;
  let drain = Promise.resolve();
  const stream = sink ? { pages: review && !!sink.page } : undefined;
  // pieces streamed by the workers (worker.ts): the current file's go to the
  // sink at once, a later file's wait for its turn
  const waiting = new Map<number, StreamedPiece[]>();
  const names = new Map<string, string>(); // doc_id → the name its page was written under (current file)
  let page: ReturnType<NonNullable<CsvSink["page"]>> | null = null;
  const apply = (p: StreamedPiece) => {
    if (p.piece === "csv") sink!.write(p.name!, p.bytes!);
    else if (p.piece === "open") names.set(p.docId!, (page = sink!.page!(p.docId!, p.name!)).name);
    else if (p.piece === "page") page!.write(p.bytes!);
    else page?.close(), page = null;
  };
  const begin = (i: number) => { // file i's turn
    if (!sink || i >= files.length) return;
    sink.mark();
    names.clear();
    for (const p of waiting.get(i) ?? []) apply(p);
    waiting.delete(i);
  };
  const guard = (f: () => void | Promise<void>) => {
    drain = drain.then(f).catch((e) => {
      failure ??= e as Error; // e.g. the disk is full: the run stops, the caller cleans up
    });
  };
  const workers = Array.from({ length: jobs }, () => new Worker(new URL("./worker.ts", import.meta.url), { type: "module" }));
  try {
    begin(0);
    await new Promise<void>((resolve) => {
      const feed = (w: Worker) => {
        if (next < files.length && !failure) {
          w.postMessage({ index: next, file: files[next], review, csv, decode, stream });
          handedOut(next);
          next++;
        }
      };
      const finish = () => {
        if (emit === files.length || failure) resolve();
      };
      for (const w of workers) {
        w.onmessage = (e: MessageEvent<FileResult | StreamedPiece>) => {
          if ("piece" in e.data) {
            const p = e.data;
            guard(() => {
              if (failure) return;
              if (p.index === emit) apply(p);
              else (waiting.get(p.index) ?? waiting.set(p.index, []).get(p.index)!).push(p);
            });
            return;
          }
          const r = e.data;
          feed(w);
          guard(async () => {
            pending.set(r.index, r); // in message order: after the pieces of its file posted before it
            while (pending.has(emit) && !failure) {
              const r = pending.get(emit)!;
              pending.delete(emit);
              if (r.refused) sink?.rollback();
              for (const p of r.reviews ?? []) if (!p.html && names.has(p.docId)) p.name = names.get(p.docId)!;
              emit++;
              await take(r);
              begin(emit);
            }
          });
          drain = drain.then(finish);
        };
        w.onerror = (e) => {
          e.preventDefault();
          failure = new Error(`a worker failed: ${e.message}`);
          finish();
        };
        for (let k = 0; k < IN_HAND; k++) feed(w);
      }
      finish();
    });
    await drain;
  } finally {
    for (const w of workers) w.terminate();
  }
  if (failure) throw failure;
}

/**
 * A piece of a file's output a worker posts as it is made (worker.ts): CSV
 * lines of a table, or a review page opened, a chunk of it, closed.
 */
export interface StreamedPiece {
  index: number;
  piece: "csv" | "open" | "page" | "close";
  /** the table (csv) or the page's suggested name (open) */
  name?: string;
  docId?: string;
  bytes?: Uint8Array;
}
