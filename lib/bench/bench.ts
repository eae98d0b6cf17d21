/**
 * `deno task bench`: throughput and memory at corpus scale.
 *
 * 1. Build a corpus of at least 50 MB from data/raw, each copy varied
 *    (paragraphs shuffled after the head, numbers changed, place names
 *    swapped) so that nothing can be cached.
 * 2. Run the full pipeline on it (read, extract, write every table), each
 *    setting several times, each run its own process: one job pinned to one
 *    core (taskset; V8's GC and compiler threads share that core, so this is
 *    the single-core figure), one job with both cores free, and two jobs.
 *    MB/s, documents/s, rows/s and peak memory, medians reported. Also one
 *    job on one core run twice in one process, the second pass timed: the
 *    throughput once V8 has compiled the code, as on a far larger corpus. A varied
 *    copy refused for another reason than its original fails the benchmark:
 *    the variation found a bug.
 * 3. Time two references on the same text, on one core, with V8's default
 *    flags (the pipeline runs with lib/cli/v8-flags.txt): the limit, one pass
 *    of a plain number regex in the same runtime; and Microsoft's
 *    Recognizers-Text for Chinese (number, percentage, currency, dimension),
 *    on a sample since it is slow.
 * 4. Memory against corpus size: peak memory of one job on the first half
 *    of the copies beside the full corpus, and what the pipeline still holds
 *    once every file is read (live heap after a full GC), for both.
 * 5. Time each hostile input: the text-level ones of 1 MB in one process,
 *    and the decoding and path cases through the command line at two sizes
 *    (bench_hostile.ts), checking that good reports beside them come out
 *    whole and each bad one is named with its reason. `deno task bench
 *    hostile` runs this step alone, into the last results.
 *
 * Everything is built and written under /tmp/report-tables-bench (the
 * folder the task may write; TMPDIR is not read) and removed afterwards.
 * Results go to data/bench/results.json (committed, so changes compare) and
 * are printed as a table.
 */
import { listInputs } from "../io/files.ts";
import { decodeBytes } from "../stages/decode.ts";
import { regions } from "../dictionary/dictionary.ts";
import { ROOT } from "../analysis/workspace.ts";
import os from "node:os";
import { kernelProblem, notebookColdStart } from "./cold_start.ts";
import { type CliRun, hostileCli, hostileSection, replaceSection } from "./bench_hostile.ts";

const TARGET_MB = Number(Deno.env.get("BENCH_MB") ?? 50);
const RUNS = Number(Deno.env.get("BENCH_RUNS") ?? 5);

/** A small deterministic random generator (mulberry32). */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A varied copy of a report: paragraphs shuffled after the head, numbers and places changed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const report = "2025年广东省政府工作报告\n各位代表:\n现在,我代表省人民政府向大会报告工作。\n一\n二\n三\n四\n五\n" +
 *   "地区生产总值增长5%左右。\n城镇新增就业110万人以上。\n广东与江苏合作。";
 * const copy = vary(report, 1);
 * assert.equal(copy, vary(report, 1)); // the same seed, the same copy
 * assert.notEqual(copy, vary(report, 2));
 * assert.ok(copy.startsWith("2025年")); // years stay as they are
 * assert.equal(copy.split("\n").length, report.split("\n").length);
 * ```
 */
export function vary(text: string, seed: number): string {
  const r = rng(seed);
  const paras = text.split("\n");
  const head = paras.slice(0, 8);
  const body = paras.slice(8);
  for (let i = body.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [body[i], body[j]] = [body[j], body[i]];
  }
  const names = regions.provinces.map((p) => p.short[0]);
  const swap = new Map(names.map((n) => [n, names[Math.floor(r() * names.length)]]));
  const re = new RegExp(names.join("|"), "g");
  return [...head, ...body].join("\n")
    .replace(/\d+(?:\.\d+)?(?![\d.]*年)/g, (m) => {
      const v = Number(m) * (0.5 + r()); // years stay as they are
      return m.includes(".") ? v.toFixed(m.split(".")[1].length) : String(Math.max(1, Math.round(v)));
    })
    .replace(re, (m) => swap.get(m) ?? m);
}

/**
 * Write the bench corpus into `dir`: varied copies of every readable file of
 * data/raw (`copy000/…`, `copy001/…`) until they hold at least BENCH_MB
 * megabytes (default 50); returns the bytes written.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * const bytes = await buildCorpus(dir);
 * assert.ok(bytes >= Number(Deno.env.get("BENCH_MB") ?? 50) * 1e6);
 * const copy = await Deno.readTextFile(`${dir}/copy000/national/national_2025.txt`);
 * assert.notEqual(copy, await Deno.readTextFile("data/raw/national/national_2025.txt"));
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function buildCorpus(dir: string): Promise<number> {
  const { files } = await listInputs([`${ROOT}data/raw`]);
  const texts: [string, string][] = [];
  for (const f of files) {
    try {
      texts.push([f.source, decodeBytes(await Deno.readFile(f.path), f.source).text]);
    } catch { /* the stub stays out */ }
  }
  await Deno.mkdir(dir, { recursive: true });
  const enc = new TextEncoder();
  let bytes = 0;
  for (let copy = 0; bytes < TARGET_MB * 1e6; copy++) {
    for (const [source, text] of texts) {
      const data = enc.encode(vary(text, copy * 1000 + bytes % 997));
      const name = `${dir}/copy${String(copy).padStart(3, "0")}/${source}`;
      await Deno.mkdir(name.slice(0, name.lastIndexOf("/")), { recursive: true });
      await Deno.writeFile(name, data);
      bytes += data.length;
    }
  }
  return bytes;
}

/** taskset, when the machine has it: runs a command on one core only. */
const TASKSET = ["/usr/bin/taskset", "/bin/taskset"].find((p) => {
  try {
    return Deno.statSync(p).isFile;
  } catch {
    return false;
  }
});

/** The V8 flags of the command line (lib/cli/v8-flags.txt, read by lib/cli/extract.sh too). */
const V8_FLAGS = Deno.readTextFileSync(`${ROOT}lib/cli/v8-flags.txt`).split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));

/**
 * The folder the bench builds its corpus in and its runs write to: always
 * under /tmp, the one temporary folder `deno task bench` may read and write
 * (whatever TMPDIR says). Its child runs get it as their TMPDIR, so their
 * temporary folders land inside it too.
 */
const TMP = "/tmp/report-tables-bench";
/**
 * The permissions of a measured run, scoped as `deno task extract` is
 * (lib/cli/extract.sh): read the project and the temporary folder holding
 * the corpus and outputs, write only that folder; and run `ln`, with which
 * the command line makes its output's links when Deno may not
 * (lib/io/publish.ts). No environment, system, network or other program.
 */
const CHILD_PERMISSIONS = [`--allow-read=${ROOT.replace(/\/$/, "")},${TMP}`, `--allow-write=${TMP}`, "--allow-run=ln"];

/**
 * One measured run in its own process (`oneCore`: pinned to core 0, so V8's
 * helper threads share that core too). Returns its JSON line plus the
 * files the command line refused (from its stderr).
 */
async function run(args: string[], oneCore = false): Promise<Record<string, number> & { refused: string[] }> {
  // our pipeline runs with the V8 flags lib/cli/extract.sh gives it; the references with V8's own defaults
  const flags = ["regex", "recognizers"].includes(args[0]) ? ["--expose-gc"] : ["--expose-gc", ...V8_FLAGS];
  const deno = [Deno.execPath(), "run", `--v8-flags=${flags.join(",")}`, ...CHILD_PERMISSIONS, `${ROOT}lib/bench/bench_run.ts`, ...args];
  const cmd = oneCore && TASKSET ? [TASKSET, "-c", "0", ...deno] : deno;
  const out = await new Deno.Command(cmd[0], { args: cmd.slice(1), stdout: "piped", stderr: "piped", env: { TMPDIR: TMP } }).output();
  const err = new TextDecoder().decode(out.stderr);
  if (out.code !== 0) throw new Error(`bench run ${args.join(" ")} failed:\n${err}`);
  const lines = new TextDecoder().decode(out.stdout).trim().split("\n");
  return { ...JSON.parse(lines[lines.length - 1]), refused: err.split("\n").filter((l) => l.startsWith("refused ")) };
}

/**
 * The command line (lib/cli/extract.ts) as `deno task extract` runs it, with
 * the V8 flags of lib/cli/v8-flags.txt and the child runs' permissions: its
 * wall time, exit code and stderr.
 */
async function cli(args: string[]): Promise<CliRun> {
  const t = performance.now();
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", `--v8-flags=${V8_FLAGS.join(",")}`, ...CHILD_PERMISSIONS, `${ROOT}lib/cli/extract.ts`, ...args],
    stdout: "null",
    stderr: "piped",
    env: { TMPDIR: TMP, NO_COLOR: "1" },
  }).output();
  return { seconds: (performance.now() - t) / 1000, code: out.code, stderr: new TextDecoder().decode(out.stderr) };
}

/**
 * Step 5: each hostile input, text-level at 1 MB in one process and through
 * the command line (bench_hostile.ts); the figures are merged into `result`
 * and written into the hostile section of lib/bench/README.md.
 */
async function hostileStep(result: Record<string, unknown>) {
  console.error("hostile inputs, 1 MB each ...");
  const hostile = await run(["hostile", "1024"]);
  const fixed = (o: unknown) => Object.fromEntries(Object.entries(o as Record<string, number>).map(([k, v]) => [k, Number(v.toFixed(3))]));
  result.hostile_date = new Date().toISOString().slice(0, 10);
  result.hostile_1mb_seconds = fixed(hostile.each as unknown);
  result.hostile_seconds_per_mb = fixed(hostile.perMb as unknown);
  result.hostile_cli = await hostileCli(`${TMP}/hostile`, cli);
  const readme = `${ROOT}lib/bench/README.md`;
  await Deno.writeTextFile(readme, replaceSection(await Deno.readTextFile(readme), hostileSection(result)));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Median seconds of several runs, their range, and the throughput at the median. */
function timing(runs: Record<string, number>[], mb: number, documents: number, rows: number) {
  const s = median(runs.map((r) => r.seconds));
  return {
    seconds: Number(s.toFixed(2)),
    seconds_range: [Math.min(...runs.map((r) => r.seconds)), Math.max(...runs.map((r) => r.seconds))].map((x) => Number(x.toFixed(2))),
    mb_per_s: Number((mb / s).toFixed(2)),
    documents_per_s: Number((documents / s).toFixed(1)),
    rows_per_s: Math.round(rows / s),
  };
}
/** The run with the median time of several. */
const medianRun = (runs: Record<string, number>[]) => [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)];

function machine() {
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: navigator.hardwareConcurrency,
    memory_gb: Math.round(Deno.systemMemoryInfo().total / 2 ** 30),
    deno: Deno.version.deno,
    v8: Deno.version.v8,
    v8_flags: V8_FLAGS.join(","),
  };
}

if (import.meta.main && Deno.args[0] === "hostile") {
  // `deno task bench hostile`: step 5 alone, merged into the last results
  await Deno.mkdir(TMP, { recursive: true });
  const file = `${ROOT}data/bench/results.json`;
  const result = JSON.parse(await Deno.readTextFile(file));
  await hostileStep(result);
  await Deno.writeTextFile(file, JSON.stringify(result, null, 2) + "\n");
  console.log(JSON.stringify({ hostile_seconds_per_mb: result.hostile_seconds_per_mb, hostile_cli: result.hostile_cli }, null, 2));
} else if (import.meta.main) {
  // (the notebook step comes last: a kernel that cannot start is told before minutes of runs, not after)
  const kernel = await kernelProblem();
  if (kernel) {
    console.error(`bench: cannot time the notebook cold start: ${kernel}`);
    Deno.exit(2);
  }
  await Deno.mkdir(TMP, { recursive: true });
  const dir = `${TMP}/corpus-${TARGET_MB}mb`;
  console.error(`building a ${TARGET_MB} MB corpus in ${dir} ...`);
  await Deno.remove(dir, { recursive: true }).catch(() => {});
  const bytes = await buildCorpus(dir);
  const mb = bytes / 1e6;
  const result: Record<string, unknown> = { date: new Date().toISOString().slice(0, 10), machine: machine(), corpus_mb: Number(mb.toFixed(1)) };
  const refusedFiles = new Set<string>();
  const setups = [
    { name: "pipeline_1_job_one_core", jobs: 1, oneCore: true, what: "1 job pinned to one core" },
    { name: "pipeline_1_job", jobs: 1, oneCore: false, what: "1 job" },
    { name: "pipeline_2_jobs", jobs: 2, oneCore: false, what: "2 jobs" },
  ].filter((s) => !s.oneCore || TASKSET);
  for (const { name, jobs, oneCore, what } of setups) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      console.error(`pipeline, ${what}, run ${i + 1}/${RUNS} ...`);
      const r = await run(["pipeline", dir, String(jobs)], oneCore);
      for (const line of r.refused) refusedFiles.add(line);
      runs.push(r);
    }
    result[name] = {
      ...timing(runs, mb, runs[0].documents, runs[0].rows),
      peak_memory_mb: Math.round(median(runs.map((r) => r.peakRss)) / 1e6),
      documents: runs[0].documents,
      rows: runs[0].rows,
    };
  }
  // one core once V8 has compiled the code: what a corpus of gigabytes runs at
  console.error(`one core, warmed up: ${RUNS} runs of two passes ...`);
  const warm = [];
  for (let i = 0; i < RUNS; i++) warm.push(await run(["warm", dir], true));
  const runsOf1 = result.pipeline_1_job as Record<string, number>;
  const { seconds, seconds_range, ...rates } = timing(warm, mb, runsOf1.documents, runsOf1.rows);
  result.pipeline_1_job_one_core_warm = {
    seconds,
    seconds_range,
    first_pass_seconds: Number(median(warm.map((r) => r.first_pass_seconds)).toFixed(2)),
    ...rates,
  };
  // The varied copies must read like the originals: a copy refused for
  // anything but what the original is refused for is a bug the variation found.
  const unexpected = [...refusedFiles].filter((l) => !/no report text in it/.test(l));
  result.refused_files = refusedFiles.size;
  if (unexpected.length) {
    console.error(`${unexpected.length} varied file(s) refused:\n${unexpected.join("\n")}`);
    Deno.exit(1);
  }
  // memory against corpus size: the same run on the first half of the copies
  const copies = [...Deno.readDirSync(dir)].map((e) => `${dir}/${e.name}`).sort();
  const half = copies.slice(0, Math.ceil(copies.length / 2));
  console.error(`memory: 1 job on ${half.length} of ${copies.length} copies ...`);
  const halfRun = await run(["pipeline", half.join(","), "1"]);
  // and what stays in memory once every file is read (live heap after a full GC)
  const halfKept = await run(["retained", half.join(",")]);
  const fullKept = await run(["retained", copies.join(",")]);
  result.memory_vs_size = {
    half_corpus_mb: Number((halfRun.bytes / 1e6).toFixed(1)),
    half_corpus_peak_memory_mb: Math.round(halfRun.peakRss / 1e6),
    half_corpus_live_heap_after_mb: Math.round(halfKept.heapUsed / 1e6),
    full_corpus_mb: Number(mb.toFixed(1)),
    full_corpus_peak_memory_mb: (result.pipeline_1_job as Record<string, number>).peak_memory_mb,
    full_corpus_live_heap_after_mb: Math.round(fullKept.heapUsed / 1e6),
  };
  // a notebook loading the largest table it reads (indicators) from the tables of this corpus
  console.error("notebook load of indicators.csv ...");
  const tablesDir = await Deno.makeTempDir({ dir: TMP, prefix: "bench-tables-" });
  await run(["build", dir, tablesDir]);
  const loads: Record<string, unknown> = { table_mb: Number(((await Deno.stat(`${tablesDir}/indicators.csv`)).size / 1e6).toFixed(1)) };
  for (const cols of ["all", "some"]) {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await run(["load", tablesDir, cols]));
    const l = medianRun(runs);
    loads.rows = l.rows;
    loads[cols === "all" ? "all_columns" : "nine_columns"] = {
      seconds: Number(l.seconds.toFixed(2)),
      peak_memory_mb: Math.round(l.peakRss / 1e6),
      live_heap_after_mb: Math.round(l.heapUsed / 1e6),
    };
  }
  await Deno.remove(tablesDir, { recursive: true });
  result.notebook_load_indicators = loads;
  console.error("notebook cold start to first chart ...");
  result.notebook_cold_start = await notebookColdStart(3);
  console.error("reference: one regex pass ...");
  const rx = [];
  for (let i = 0; i < RUNS; i++) rx.push(await run(["regex", dir], true));
  const rxMbs = mb / median(rx.map((r) => r.seconds));
  console.error("reference: Recognizers-Text on a 200 KB sample ...");
  const rt = await run(["recognizers", dir, "200"], true);
  const rtMbs = rt.bytes / 1e6 / rt.seconds;
  const one = result.pipeline_1_job as Record<string, number>;
  const core = (result.pipeline_1_job_one_core ?? one) as Record<string, number>;
  const mem = result.memory_vs_size as Record<string, number>;
  const two = result.pipeline_2_jobs as Record<string, number>;
  const warmRow = result.pipeline_1_job_one_core_warm as Record<string, number>;
  Object.assign(result, {
    regex_limit_mb_per_s: Number(rxMbs.toFixed(1)),
    recognizers_text_mb_per_s: Number(rtMbs.toFixed(4)),
    recognizers_text_sample_kb: Math.round(rt.bytes / 1024),
    pipeline_vs_regex: Number((core.mb_per_s / rxMbs).toFixed(3)),
    pipeline_vs_recognizers: Number((core.mb_per_s / rtMbs).toFixed(1)),
    speedup_2_jobs: Number((two.mb_per_s / core.mb_per_s).toFixed(2)),
    speedup_2_jobs_vs_unpinned_1_job: Number((two.mb_per_s / one.mb_per_s).toFixed(2)),
  });
  await hostileStep(result);
  await Deno.mkdir(`${ROOT}data/bench`, { recursive: true });
  await Deno.writeTextFile(`${ROOT}data/bench/results.json`, JSON.stringify(result, null, 2) + "\n");
  await Deno.remove(dir, { recursive: true });
  console.log(JSON.stringify(result, null, 2));
  console.log(
    `\n${mb.toFixed(1)} MB, ${one.documents} documents, ${one.rows} rows:\n` +
      `  one core (1 job, pinned): ${core.mb_per_s} MB/s (${core.documents_per_s} documents/s, ${core.rows_per_s} rows/s, peak ${core.peak_memory_mb} MB)\n` +
      `  one core, warmed up:      ${warmRow.mb_per_s} MB/s (second pass in one process; the first took ${warmRow.first_pass_seconds} s)\n` +
      `  1 job, both cores free:   ${one.mb_per_s} MB/s (peak ${one.peak_memory_mb} MB)\n` +
      `  2 jobs:                   ${two.mb_per_s} MB/s (×${result.speedup_2_jobs} one core, ×${result.speedup_2_jobs_vs_unpinned_1_job} 1 job; peak ${two.peak_memory_mb} MB)\n` +
      `  memory, 1 job: peak ${mem.half_corpus_peak_memory_mb} MB on ${mem.half_corpus_mb} MB, ${one.peak_memory_mb} MB on ${mb.toFixed(1)} MB; ` +
      `kept after reading every file ${mem.half_corpus_live_heap_after_mb} MB and ${mem.full_corpus_live_heap_after_mb} MB\n` +
      `  regex limit ${rxMbs.toFixed(1)} MB/s; Recognizers-Text ${rtMbs.toFixed(4)} MB/s (one core is ×${result.pipeline_vs_recognizers} that)\n` +
      `Written to data/bench/results.json`,
  );
}
