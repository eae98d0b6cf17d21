/**
 * The bench's hostile inputs through the command line (issue 17): the
 * decoding cases (NUL bytes spread through a report, UTF-16 without a
 * byte-order mark, stray 0x80 bytes read with `--replace-undecodable`,
 * GB18030) at two sizes, and the path cases (deep nested folders with a
 * long file name, a folder symlink loop, the same file and folder given
 * twice) at two file counts, so that linear growth shows.
 *
 * Each decoding case is one folder: two good reports beside the bad file,
 * run through lib/cli/extract.ts as `deno task extract` runs it (the
 * permissions and V8 flags of the bench's child runs). The good reports'
 * rows in every table must equal those of a run on the good reports alone,
 * the bad file must be read with its encoding and named with its reason on
 * stderr; a difference fails the bench. Seconds per MB is the time above
 * the good reports' own run, over the bad file's bytes.
 *
 * Each path case is N copies of a real report laid out the hostile way;
 * its rows (file names mapped to those of a plain layout) must equal a run
 * on the N copies in one flat folder, and each link or repeated path must
 * be named. Its figures are seconds per MB and per file of the whole run.
 *
 * The bad files are made by the generators test/robust.test.ts uses
 * (`badInputs` in hostile.ts), on a report repeated to the size.
 */
import { parseCsv } from "../io/csv_parse.ts";
import { SCHEMAS } from "../tables/tables.ts";
import { ROOT } from "../analysis/workspace.ts";
import { badInputs, reportOfSize } from "./hostile.ts";

/** One command-line run: its wall time, exit code and stderr. */
export interface CliRun {
  seconds: number;
  code: number;
  stderr: string;
}

/** The good reports beside each bad file, and the report the bad files are made from. */
const GOOD = ["seeds/004_97f8a95c989aeb02.txt", "provincial-2025/provincial_2025_上海市.txt"];
const BASE = "seeds/003_4c843e5d37004413.txt";
/** The sizes of the decoding cases (MB of the UTF-8 text before it is damaged or re-encoded) and the counts of the path cases. */
export const HOSTILE_MB = [1, 4];
export const HOSTILE_FILES = [8, 32];

/** The decoding cases: the generator, the options, the reason expected on stderr, the encoding documents.csv must show. */
const DECODING = [
  { name: "nul_spread", make: "nul_spread", args: [], reason: /warning "nul_spread\.txt": \d+ NUL characters removed/, encoding: "utf-8" },
  { name: "utf16le_no_bom", make: "utf16le_no_bom", args: [], reason: /warning "utf16le_no_bom\.txt": no byte-order mark: read as UTF-16 LE/, encoding: "utf-16le" },
  {
    name: "stray_0x80_replaced",
    make: "stray_bytes_spread",
    args: ["--replace-undecodable"],
    reason: /warning "stray_0x80_replaced\.txt": \d+ undecodable byte sequences read as U\+FFFD/,
    encoding: "utf-8",
  },
  { name: "gb18030", make: "gb18030", args: [], reason: null, encoding: "gb18030" },
];

const TABLES = Object.keys(SCHEMAS);

/** Make a symbolic link with `ln -s` (Deno.symlink needs unscoped read and write). */
async function symlink(target: string, path: string) {
  const r = await new Deno.Command("ln", { args: ["-s", "--", target, path], stdout: "null", stderr: "piped" }).output();
  if (!r.success) throw new Error(`ln -s ${target} ${path}: ${new TextDecoder().decode(r.stderr).trim()}`);
}

/**
 * Every table's rows of the documents read from `sources`, with each source
 * renamed by `rename` (so two layouts compare), as sorted JSON lines.
 * Panel rows count when each document they cite is one of these and they
 * hold a value: a "not stated" row is made for each metric some other
 * document of the run holds, so those depend on the run by design.
 */
async function rowsOf(out: string, sources: Set<string>, rename = new Map<string, string>()): Promise<Record<string, string[]>> {
  const fromDoc = (id: string) => id.slice(0, id.lastIndexOf("#"));
  const keys = [...rename.keys()].sort((a, b) => b.length - a.length);
  const re = keys.length ? new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g") : null;
  const result: Record<string, string[]> = {};
  for (const t of TABLES) {
    const rows = parseCsv(await Deno.readTextFile(`${out}/${t}.csv`));
    const kept = rows.filter((r) => {
      if ("source" in r) return sources.has(r.source);
      const docs = [r.target_doc_id, r.outcome_doc_id].filter(Boolean);
      const stated = r.target_stated === "true" || r.outcome_value !== "";
      return stated && docs.length > 0 && docs.every((d) => sources.has(fromDoc(d)));
    });
    result[t] = kept.map((r) => {
      const line = JSON.stringify(r);
      return re ? line.replace(re, (m) => rename.get(m)!) : line;
    }).sort();
  }
  return result;
}

/** Throws, naming the case and table, unless both runs hold the same rows. */
function sameRows(what: string, got: Record<string, string[]>, clean: Record<string, string[]>) {
  for (const t of TABLES) {
    const a = got[t], b = clean[t];
    const missing = b.filter((x, i) => a[i] !== x);
    if (a.length !== b.length || missing.length) {
      throw new Error(`hostile ${what}: the good reports' ${t} rows differ from a clean run's (${a.length} against ${b.length}; first: ${missing[0]?.slice(0, 200)})`);
    }
  }
}

/** Each command line of a case runs this many times; its seconds are the median (the first run's output is checked). */
const TIMES = 3;
/** Run `args` TIMES times: the first run, with the median seconds. */
async function timed(cli: (args: string[]) => Promise<CliRun>, args: string[]): Promise<CliRun> {
  const runs = [];
  for (let i = 0; i < TIMES; i++) runs.push(await cli(args));
  return { ...runs[0], seconds: median(runs.map((r) => r.seconds)) };
}

const mb = (bytes: number) => bytes / 1e6;
const round = (x: number, d = 3) => Number(x.toFixed(d));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function check(what: string, ok: boolean, detail: string) {
  if (!ok) throw new Error(`hostile ${what}: ${detail}`);
}

/** The decoding cases at each size: figures per case and size, the clean run's seconds. */
async function decodingCases(tmp: string, cli: (args: string[]) => Promise<CliRun>) {
  const clean = `${tmp}/clean`;
  await Deno.mkdir(`${clean}/in`, { recursive: true });
  const names = GOOD.map((_g, i) => `good_${i + 1}.txt`);
  for (const [i, g] of GOOD.entries()) await Deno.copyFile(`${ROOT}data/raw/${g}`, `${clean}/in/${names[i]}`);
  const good = new Set(names);
  const c0 = await timed(cli, [`${clean}/in`, "--out", `${clean}/out`, "--quiet", "--jobs", "1"]);
  check("clean run", c0.code === 0, c0.stderr);
  const cleanSeconds = c0.seconds;
  const cleanRows = await rowsOf(`${clean}/out`, good);
  const base = await Deno.readTextFile(`${ROOT}data/raw/${BASE}`);
  const figures: Record<string, Record<string, number>> = {};
  for (const size of HOSTILE_MB) {
    const report = new TextEncoder().encode(reportOfSize(base, size * 1e6));
    const make = badInputs(report);
    for (const c of DECODING) {
      const dir = `${tmp}/${c.name}_${size}mb`;
      await Deno.mkdir(`${dir}/in`, { recursive: true });
      for (const n of names) await Deno.copyFile(`${clean}/in/${n}`, `${dir}/in/${n}`);
      const bytes = make[c.make]();
      await Deno.writeFile(`${dir}/in/${c.name}.txt`, bytes);
      console.error(`hostile, command line: ${c.name}, ${mb(bytes.length).toFixed(1)} MB ...`);
      const r = await timed(cli, [`${dir}/in`, "--out", `${dir}/out`, "--quiet", "--jobs", "1", ...c.args]);
      const what = `${c.name} (${size} MB)`;
      check(what, r.code === 0, `exit ${r.code}:\n${r.stderr}`);
      if (c.reason) check(what, c.reason.test(r.stderr), `no message matching ${c.reason} in:\n${r.stderr}`);
      const docs = parseCsv(await Deno.readTextFile(`${dir}/out/documents.csv`)).filter((d) => d.source === `${c.name}.txt`);
      check(what, docs.length > 0 && docs.every((d) => d.encoding === c.encoding), `not read as ${c.encoding}: ${JSON.stringify(docs.map((d) => d.encoding))}`);
      sameRows(what, await rowsOf(`${dir}/out`, good), cleanRows);
      figures[c.name] ??= {};
      figures[c.name][`mb_${size}`] = round(mb(bytes.length), 2);
      figures[c.name][`seconds_${size}`] = round(r.seconds);
      figures[c.name][`seconds_per_mb_${size}`] = round((r.seconds - cleanSeconds) / mb(bytes.length));
      await Deno.remove(dir, { recursive: true });
    }
  }
  // linear growth: the slope between the two sizes beside the figure at each
  const [a, b] = HOSTILE_MB;
  for (const f of Object.values(figures)) f.seconds_per_mb_between = round((f[`seconds_${b}`] - f[`seconds_${a}`]) / (f[`mb_${b}`] - f[`mb_${a}`]));
  await Deno.remove(clean, { recursive: true });
  return { cleanSeconds: round(cleanSeconds), figures };
}

/** The layouts of the path cases: where copy `i` goes, the links beside them, the arguments, the messages expected. */
const LONG = "长文件名".repeat(15); // 180 bytes of file name
const DEEP = Array.from({ length: 200 }, () => "层").join("/"); // 200 nested folders
const PATHS = [
  {
    name: "deep_paths",
    file: (i: number) => `d${i}/${DEEP}/${LONG}${i}.txt`,
    links: async (_dir: string, _n: number) => {},
    args: (dir: string) => [dir],
    reasons: (_n: number) => [] as RegExp[],
  },
  {
    name: "symlink_loop",
    file: (i: number) => `r${i}.txt`,
    links: async (dir: string) => {
      await symlink(".", `${dir}/self`);
      await symlink(`${dir}/loop_b`, `${dir}/loop_a`);
      await symlink(`${dir}/loop_a`, `${dir}/loop_b`);
    },
    args: (dir: string) => [dir],
    reasons: () => [/self": a link back to .* \(a loop\): not followed/, /loop_a": a chain of links that never ends/],
  },
  {
    name: "same_file_twice",
    file: (i: number) => `r${i}.txt`,
    links: async (dir: string, n: number) => {
      for (let i = 0; i < n; i++) await symlink(`${dir}/r${i}.txt`, `${dir}/same_${i}.txt`);
    },
    args: (dir: string) => [dir, dir],
    reasons: (n: number) => [/the same folder as/, ...Array.from({ length: n }, (_, i) => new RegExp(`same_${i}\\.txt": the same file as`))],
  },
];

/** The path cases at each file count: figures per case and count. */
async function pathCases(tmp: string, cli: (args: string[]) => Promise<CliRun>) {
  const report = await Deno.readFile(`${ROOT}data/raw/${BASE}`);
  const figures: Record<string, Record<string, number>> = {};
  for (const n of HOSTILE_FILES) {
    const clean = `${tmp}/flat_${n}`;
    await Deno.mkdir(`${clean}/in`, { recursive: true });
    for (let i = 0; i < n; i++) await Deno.writeFile(`${clean}/in/r${i}.txt`, report);
    const flat = new Set(Array.from({ length: n }, (_, i) => `r${i}.txt`));
    const c0 = await timed(cli, [`${clean}/in`, "--out", `${clean}/out`, "--quiet", "--jobs", "1"]);
    check(`clean run of ${n} files`, c0.code === 0, c0.stderr);
    const cleanRows = await rowsOf(`${clean}/out`, flat);
    for (const c of PATHS) {
      const dir = `${tmp}/${c.name}_${n}`;
      const rename = new Map<string, string>();
      for (let i = 0; i < n; i++) {
        const f = `${dir}/in/${c.file(i)}`;
        await Deno.mkdir(f.slice(0, f.lastIndexOf("/")), { recursive: true });
        await Deno.writeFile(f, report);
        rename.set(c.file(i), `r${i}.txt`);
      }
      await c.links(`${dir}/in`, n);
      console.error(`hostile, command line: ${c.name}, ${n} files ...`);
      const r = await timed(cli, [...c.args(`${dir}/in`), "--out", `${dir}/out`, "--quiet", "--jobs", "1"]);
      const what = `${c.name} (${n} files)`;
      check(what, r.code === 0 || r.code === 1, `exit ${r.code}:\n${r.stderr}`);
      for (const re of c.reasons(n)) check(what, re.test(r.stderr), `no message matching ${re} in:\n${r.stderr.slice(0, 2000)}`);
      const got = await rowsOf(`${dir}/out`, new Set(rename.keys()), rename);
      sameRows(what, got, cleanRows);
      // review pages: one per document, each name unique and bounded
      const manifest = JSON.parse(await Deno.readTextFile(`${dir}/out/manifest.json`));
      const pages = Object.values(manifest.reviews as Record<string, string>);
      const enc = new TextEncoder();
      check(what, pages.length === got.documents.length && new Set(pages).size === pages.length, `${pages.length} review pages for ${got.documents.length} documents`);
      check(what, pages.every((p) => enc.encode(p).length <= 200), "a review-page name over 200 bytes");
      figures[c.name] ??= {};
      const bytes = n * report.length;
      figures[c.name][`files_${n}`] = n;
      figures[c.name][`seconds_${n}`] = round(r.seconds);
      figures[c.name][`clean_seconds_${n}`] = round(c0.seconds);
      figures[c.name][`seconds_per_mb_${n}`] = round(r.seconds / mb(bytes));
      figures[c.name][`seconds_per_file_${n}`] = round(r.seconds / n, 4);
      await Deno.remove(dir, { recursive: true });
    }
    await Deno.remove(clean, { recursive: true });
  }
  // linear growth: seconds per added file between the two counts, for the case and for the flat layout
  const [a, b] = HOSTILE_FILES;
  for (const f of Object.values(figures)) {
    f.seconds_per_file_between = round((f[`seconds_${b}`] - f[`seconds_${a}`]) / (b - a), 4);
    f.flat_seconds_per_file_between = round((f[`clean_seconds_${b}`] - f[`clean_seconds_${a}`]) / (b - a), 4);
  }
  return figures;
}

/**
 * Run every hostile case through the command line in `tmp` (made and
 * removed here), with `cli` running one command line; throws when a good
 * report's rows differ from a clean run's or a bad file is not named with
 * its reason. Returns the figures for results.json.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { hostileCli } from "./bench_hostile.ts";
 * // a command line that cannot write its output stops the bench, naming why
 * const broken = () => Promise.resolve({ seconds: 0.1, code: 3, stderr: "cannot write the output to \"out\"" });
 * await assert.rejects(hostileCli(`${await Deno.makeTempDir()}/hostile`, broken), /hostile clean run: cannot write the output/);
 * ```
 */
export async function hostileCli(tmp: string, cli: (args: string[]) => Promise<CliRun>) {
  await Deno.remove(tmp, { recursive: true }).catch(() => {});
  await Deno.mkdir(tmp, { recursive: true });
  try {
    const decoding = await decodingCases(tmp, cli);
    const paths = await pathCases(tmp, cli);
    return { good_reports_alone_seconds: decoding.cleanSeconds, decoding: decoding.figures, paths };
  } finally {
    await Deno.remove(tmp, { recursive: true }); // on failure too: the error names the case and what differed
  }
}

/**
 * The hostile section of lib/bench/README.md, written between its markers from the results.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { hostileSection } from "./bench_hostile.ts";
 * const md = hostileSection({
 *   hostile_date: "2026-12-01",
 *   hostile_seconds_per_mb: { digits: 0.1 },
 *   hostile_1mb_seconds: { digits: 0.1 },
 *   hostile_cli: {
 *     good_reports_alone_seconds: 1.5,
 *     decoding: { gb18030: { mb_1: 0.7, seconds_1: 2, seconds_per_mb_1: 0.7, mb_4: 2.7, seconds_4: 3.7, seconds_per_mb_4: 0.8, seconds_per_mb_between: 0.85 } },
 *     paths: {},
 *   },
 * });
 * assert.ok(md.includes("| gb18030 | 0.7 | 2 | 0.7 | 2.7 | 3.7 | 0.8 | 0.85 |"));
 * assert.ok(md.includes("| digits | 0.1 | 0.1 |"));
 * ```
 */
export function hostileSection(r: Record<string, unknown>): string {
  const cli = r.hostile_cli as Awaited<ReturnType<typeof hostileCli>>;
  const text = r.hostile_seconds_per_mb as Record<string, number>;
  const secs = r.hostile_1mb_seconds as Record<string, number>;
  const [s1, s2] = HOSTILE_MB, [n1, n2] = HOSTILE_FILES;
  const lines = [
    `Hostile inputs, measured by \`deno task bench hostile\` (or the last step of the whole bench) on ${r.hostile_date}; written by lib/bench/bench.ts.`,
    "",
    `Text-level inputs of 1 MB (\`bench_run.ts hostile 1024\`: stages 2–10 and CSV rendering in one process, no review pages):`,
    "",
    "| input | seconds | seconds per MB |",
    "| --- | --- | --- |",
    ...Object.keys(text).map((k) => `| ${k} | ${secs[k]} | ${text[k]} |`),
    "",
    `Decoding cases through the command line (lib/cli/extract.ts with the child runs' scoped permissions, \`--jobs 1\`, review pages written), each beside two good reports whose rows in every table equal a run on them alone (${cli.good_reports_alone_seconds} s, subtracted before dividing by the bad file's size; "between" is the slope from the smaller size to the larger, which start-up does not enter); each bad file is read with its encoding and named with its reason. Seconds are the median of ${TIMES} runs:`,
    "",
    `| input | MB (${s1}) | seconds | s/MB | MB (${s2}) | seconds | s/MB | s/MB between |`,
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...Object.entries(cli.decoding).map(([k, f]) =>
      `| ${k} | ${f[`mb_${s1}`]} | ${f[`seconds_${s1}`]} | ${f[`seconds_per_mb_${s1}`]} | ${f[`mb_${s2}`]} | ${f[`seconds_${s2}`]} | ${f[`seconds_per_mb_${s2}`]} | ${f.seconds_per_mb_between} |`
    ),
    "",
    `Path cases through the command line, ${n1} and ${n2} copies of one report (${BASE}); rows equal a run on the copies in one flat folder, each link and repeated path named, review-page names unique and at most 200 bytes. "flat" is the run on the copies in one folder; the last column is the slope between the two counts:`,
    "",
    `| input | seconds (${n1}) | flat | s/MB | s/file | seconds (${n2}) | flat | s/MB | s/file | s per added file (flat) |`,
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...Object.entries(cli.paths).map(([k, f]) =>
      `| ${k} | ${f[`seconds_${n1}`]} | ${f[`clean_seconds_${n1}`]} | ${f[`seconds_per_mb_${n1}`]} | ${f[`seconds_per_file_${n1}`]} | ${f[`seconds_${n2}`]} | ${f[`clean_seconds_${n2}`]} | ${f[`seconds_per_mb_${n2}`]} | ${f[`seconds_per_file_${n2}`]} | ${f.seconds_per_file_between} (${f.flat_seconds_per_file_between}) |`
    ),
  ];
  return lines.join("\n");
}

/**
 * `readme` with the text between `<!-- hostile:start -->` and `<!-- hostile:end -->` replaced by `section`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { replaceSection } from "./bench_hostile.ts";
 * const readme = "# 基准\n<!-- hostile:start -->\n旧\n<!-- hostile:end -->\n尾";
 * assert.equal(replaceSection(readme, "新"), "# 基准\n<!-- hostile:start -->\n新\n<!-- hostile:end -->\n尾");
 * ```
 */
export function replaceSection(readme: string, section: string): string {
  const start = "<!-- hostile:start -->", end = "<!-- hostile:end -->";
  const a = readme.indexOf(start), b = readme.indexOf(end);
  if (a < 0 || b < a) throw new Error(`lib/bench/README.md: the markers ${start} and ${end} are missing`);
  return readme.slice(0, a + start.length) + "\n" + section + "\n" + readme.slice(b);
}
