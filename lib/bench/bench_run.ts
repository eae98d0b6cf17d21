/**
 * One measured run for the benchmark (bench.ts runs it as a subprocess so
 * each run's peak memory is its own). Prints one JSON line.
 *
 *   pipeline <dirs> <jobs>  read, extract and write every table (CSV);
 *                           <dirs> is one folder or several joined by commas
 *   warm <dirs>             the command line twice in one process, one job:
 *                           the second pass runs on code V8 has already
 *                           compiled (the throughput of a far larger corpus)
 *   build <dirs> <out>      the command line into <out>, kept (for "load")
 *   load <dir> <cols>       a notebook loading indicators.csv from the tables in
 *                           <dir>: all columns ("all") or the few a panel
 *                           analysis needs ("some"); live heap after a full GC
 *   retained <dirs>         what the pipeline keeps once every file is read
 *                           (live heap after a full GC; needs --expose-gc)
 *   regex <dir>             read, decode and count numbers with one regex
 *   recognizers <dir> <kb>  Recognizers-Text (Chinese number, percentage,
 *                           currency, dimension) over the first <kb> KB
 *   hostile <kb>            each hostile text of <kb> KB through the pipeline
 */
import { main } from "../run/command.ts";
import { extractPaths } from "../run/extract.ts";
import { listInputs } from "../io/files.ts";
import { decodeBytes } from "../stages/decode.ts";
import { hostileTexts } from "./hostile.ts";
import { baseRows, readText } from "../run/pipeline.ts";
import { csvLines } from "../io/csv.ts";
import { tableColumns } from "../tables/tables.ts";
import process from "node:process";

/** Peak resident memory of this process (workers included: they are threads). */
function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

const [mode, arg, arg2] = Deno.args;
const t0 = performance.now();
if (mode === "pipeline") {
  // the command line itself, as a user runs it (tables as CSV, no review pages)
  const out = await Deno.makeTempDir({ prefix: "bench-out-" });
  const inputs = arg.split(",");
  const code = await main([...inputs, "--out", out, "--jobs", arg2, "--quiet", "--no-review", "--lenient"]);
  const seconds = (performance.now() - t0) / 1000;
  if (code !== 0) Deno.exit(code);
  let rows = 0, documents = 0, bytes = 0;
  for await (const e of Deno.readDir(out)) {
    if (!e.name.endsWith(".csv")) continue;
    // count lines in chunks: reading whole files here would add to the peak being measured
    let n = -1;
    const f = await Deno.open(`${out}/${e.name}`);
    const buf = new Uint8Array(1 << 20);
    for (let k = await f.read(buf); k !== null; k = await f.read(buf)) for (let i = 0; i < k; i++) if (buf[i] === 10) n++;
    f.close();
    rows += n;
    if (e.name === "documents.csv") documents = n;
  }
  for (const f of (await listInputs(inputs)).files) bytes += (await Deno.stat(f.path)).size;
  await Deno.remove(out, { recursive: true });
  console.log(JSON.stringify({ seconds, bytes, documents, rows, peakRss: peakRss() }));
} else if (mode === "warm") {
  // the command line twice in one process: the second pass runs on code V8 has compiled
  const passes: number[] = [];
  for (let i = 0; i < 2; i++) {
    const out = await Deno.makeTempDir({ prefix: "bench-out-" });
    const t = performance.now();
    const code = await main([...arg.split(","), "--out", out, "--jobs", "1", "--quiet", "--no-review", "--lenient"]);
    passes.push((performance.now() - t) / 1000);
    await Deno.remove(out, { recursive: true });
    if (code !== 0) Deno.exit(code);
  }
  console.log(JSON.stringify({ seconds: passes[1], first_pass_seconds: passes[0], peakRss: peakRss() }));
} else if (mode === "build") {
  const code = await main([...arg.split(","), "--out", arg2, "--quiet", "--no-review", "--lenient"]);
  if (code !== 0) Deno.exit(code);
  console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, peakRss: peakRss() }));
} else if (mode === "load") {
  const { table } = await import("../analysis/workspace.ts");
  const columns = arg2 === "all" ? undefined : ["doc_id", "region", "year", "metric_id", "measure", "value", "unit", "status", "period"];
  const t = await table("indicators", { dir: arg, columns });
  const seconds = (performance.now() - t0) / 1000;
  // deno-lint-ignore no-explicit-any
  (globalThis as any).gc();
  console.log(JSON.stringify({ seconds, rows: t.numRows(), columns: t.numCols(), heapUsed: Deno.memoryUsage().heapUsed, peakRss: peakRss() }));
} else if (mode === "retained") {
  const r = await extractPaths(arg.split(","), { csv: {} }); // as the command line runs it, CSV rendered per file
  // deno-lint-ignore no-explicit-any
  (globalThis as any).gc();
  const kept = Object.values(r.tables).reduce((n, rows) => n + rows.length, 0);
  console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, heapUsed: Deno.memoryUsage().heapUsed, keptRows: kept, peakRss: peakRss() }));
} else if (mode === "regex") {
  const { files } = await listInputs([arg]);
  let bytes = 0, n = 0;
  const re = /\d+(?:\.\d+)?%?/g;
  for (const f of files) {
    const data = await Deno.readFile(f.path);
    bytes += data.length;
    try {
      n += decodeBytes(data, f.source).text.match(re)?.length ?? 0;
    } catch { /* refused files count as read */ }
  }
  console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, bytes, numbers: n, peakRss: peakRss() }));
} else if (mode === "recognizers") {
  const R = await import("@microsoft/recognizers-text-suite");
  const { files } = await listInputs([arg]);
  let text = "";
  for (const f of files) {
    if (text.length >= Number(arg2) * 1024 / 3) break;
    try {
      text += decodeBytes(await Deno.readFile(f.path), f.source).text;
    } catch { /* skip */ }
  }
  text = text.slice(0, Math.round(Number(arg2) * 1024 / 3)); // about <kb> KB of UTF-8 Chinese
  const fns = [R.recognizeNumber, R.recognizePercentage, R.recognizeCurrency, R.recognizeDimension];
  for (const f of fns) f(text.slice(0, 2000), R.Culture.Chinese); // warm up
  const t1 = performance.now();
  let n = 0;
  for (let i = 0; i < text.length; i += 5000) {
    const chunk = text.slice(i, i + 5000);
    for (const f of fns) n += f(chunk, R.Culture.Chinese).length;
  }
  const seconds = (performance.now() - t1) / 1000;
  console.log(JSON.stringify({ seconds, bytes: new TextEncoder().encode(text).length, results: n, peakRss: peakRss() }));
} else if (mode === "hostile") {
  // each text through the pipeline and into CSV lines, as the command line does; seconds per MB of UTF-8
  const out: Record<string, number> = {};
  const perMb: Record<string, number> = {};
  for (const [name, text] of Object.entries(hostileTexts(Number(arg) * 1024))) {
    const t = performance.now();
    try {
      const tables = baseRows(readText(`${name}.txt`, text));
      for (const k of Object.keys(tables) as (keyof typeof tables)[]) csvLines(tables[k] as unknown as Record<string, never>[], tableColumns(k), {});
    } catch { /* refused (e.g. nothing but spaces): still timed */ }
    out[name] = (performance.now() - t) / 1000;
    perMb[name] = out[name] / (new TextEncoder().encode(text).length / 1e6);
  }
  console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, each: out, perMb, peakRss: peakRss() }));
}
