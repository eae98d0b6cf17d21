/**
 * The command line under fire (issue 17): inputs that used to break a whole
 * run, an output folder that must hold one consistent table set or none,
 * and messages that cannot be forged by a file name. Each case runs the
 * command the way `deno task extract` does (lib/cli/extract.sh, scoped
 * permissions).
 */
import { symlink } from "./link.ts";
import { assert } from "./assert.ts";
import { parseCsv } from "../lib/io/csv_parse.ts";
import { RAW } from "./corpus.ts";
import { SCHEMAS } from "../lib/tables/tables.ts";
import { SENTENCE_CONTEXT } from "../lib/run/pipeline.ts";
import cases from "./cases/hostile_inputs.json" with { type: "json" };
import { reviewFileName, reviewPage, writeReviewPage } from "../lib/io/review.ts";
import { processFile } from "../lib/run/extract.ts";
import { listInputs } from "../lib/io/files.ts";
import { decodeBytes } from "../lib/stages/decode.ts";
import { badInputs } from "../lib/bench/hostile.ts";

const root = new URL("../", import.meta.url).pathname;
const TABLES = Object.keys(SCHEMAS).map((n) => `${n}.csv`);
const REPORT = `${RAW}seeds/003_4c843e5d37004413.txt`;
const enc = new TextEncoder();

function spawn(args: string[]) {
  return new Deno.Command("sh", {
    args: [`${root}lib/cli/extract.sh`, ...args],
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1", DENO: Deno.execPath() },
  }).spawn();
}
async function extract(args: string[]) {
  const out = await spawn(args).output();
  return { code: out.code, stderr: new TextDecoder().decode(out.stderr) };
}
const docs = async (dir: string) => parseCsv(await Deno.readTextFile(`${dir}/documents.csv`));
/** Every table's bytes, read through the output folder's links. */
async function snapshot(dir: string): Promise<string> {
  const parts: string[] = [];
  for (const t of TABLES) {
    try {
      parts.push(`${t}:${await Deno.readTextFile(`${dir}/${t}`)}`);
    } catch {
      parts.push(`${t}:missing`);
    }
  }
  return parts.join("\u0000");
}
async function exists(p: string) {
  try {
    await Deno.lstat(p);
    return true;
  } catch {
    return false;
  }
}

/** Make each bad input of the case table from a real report (the generators are the bench's too). */
async function makeInput(dir: string, name: string, how: string) {
  await Deno.writeFile(`${dir}/${name}`, badInputs(await Deno.readFile(REPORT))[how]());
}

Deno.test("robust: a folder of every bad input beside good reports: good ones complete, each bad one named, nothing garbled", async () => {
  const dir = await Deno.makeTempDir({ prefix: "hostile-" });
  await Deno.copyFile(`${RAW}seeds/004_97f8a95c989aeb02.txt`, `${dir}/good_004.txt`);
  for (const c of cases.cases) await makeInput(dir, c.name, c.make);
  await symlink(".", `${dir}/self`); // a loop
  await symlink(`${dir}/loop_b`, `${dir}/loop_a`); // a chain of links that never ends
  await symlink(`${dir}/loop_a`, `${dir}/loop_b`);
  await symlink(`${dir}/good_004.txt`, `${dir}/same_as_004.txt`); // the same file twice
  const out = `${dir}-out`;
  const t0 = performance.now();
  const r = await extract([dir, "--out", out, "--quiet", "--jobs", "2"]);
  const secs = (performance.now() - t0) / 1000;
  assert.equal(r.code, 1, r.stderr);
  assert.ok(secs < 60, `${secs}s`);
  assert.ok(!r.stderr.includes("\r") && !r.stderr.includes("\u001b"), "no raw control character in the messages");
  for (const c of cases.cases) {
    if (c.refused) assert.match(r.stderr, new RegExp(`refused ".*${c.refused}`), c.name);
    if (c.warning) assert.match(r.stderr, new RegExp(`warning ".*": ${c.warning}`), c.name);
  }
  assert.match(r.stderr, /self": a link back to .* \(a loop\): not followed/);
  assert.match(r.stderr, /loop_a": a chain of links that never ends/);
  assert.match(r.stderr, /same_as_004\.txt": the same file as/);
  const d = await docs(out);
  const ids = d.map((x) => x.doc_id);
  assert.equal(new Set(ids).size, ids.length, "doc_ids unique");
  const read = cases.cases.filter((c) => !c.refused).map((c) => c.name).concat(["good_004.txt"]).sort();
  assert.deepEqual([...new Set(d.map((x) => x.source))].sort(), read);
  assert.equal(d.find((x) => x.source === "utf16be_no_bom.txt")!.encoding, "utf-16be");
  // read as the same report: the same indicators as the plain copy
  const ind = parseCsv(await Deno.readTextFile(`${out}/indicators.csv`));
  const count = (s: string) => ind.filter((x) => x.source === s).length;
  const plain = count("<img src=x onerror=document.title='XSS'>.txt");
  assert.ok(plain > 100);
  for (const s of ["utf16le_no_bom.txt", "utf16be_no_bom.txt", "nul_late.txt"]) assert.equal(count(s), plain, s);
  assert.ok(!(await Deno.readTextFile(`${out}/sentences.csv`)).includes("\0"), "no NUL in any cell");
  // every indicator row is bounded, the long target list included
  assert.ok(ind.every((x) => x.sentence.length <= SENTENCE_CONTEXT + 2));
  assert.ok(count("targets_one_sentence.txt") > 10_000);
  assert.ok((await Deno.stat(`${out}/indicators.csv`)).size < 40e6);
  // review pages: one per document (and the index), names unique, bounded and safe
  const pages = [];
  for await (const e of Deno.readDir(`${out}/review`)) if (e.name !== "index.html") pages.push(e.name);
  assert.ok(await exists(`${out}/review/index.html`));
  assert.equal(pages.length, d.length);
  for (const p of pages) {
    assert.ok(enc.encode(p).length <= 200, p);
    assert.ok(!/[<>:"|?*\u0000-\u001f]/.test(p), p);
  }
});

Deno.test("robust: a missing input replaces nothing (exit 3) and the counts are exact", async () => {
  const out = await Deno.makeTempDir({ prefix: "typo-" });
  assert.equal((await extract([`${RAW}seeds`, "--out", out, "--quiet"])).code, 0);
  const before = await snapshot(out);
  const typo = await extract([`${root}data/rwa`, "--out", out, "--quiet"]);
  assert.equal(typo.code, 3, typo.stderr);
  assert.match(typo.stderr, /missing input ".*data\/rwa": no such file or folder/);
  assert.match(typo.stderr, /nothing written/);
  const mixed = await extract([`${RAW}seeds`, `${root}data/rwa`, "--out", out, "--quiet"]);
  assert.equal(mixed.code, 3);
  assert.equal(await snapshot(out), before);
  // no file readable at all: nothing replaced either
  const bad = await Deno.makeTempDir({ prefix: "bad-" });
  await Deno.writeFile(`${bad}/empty.txt`, new Uint8Array());
  const none = await extract([bad, "--out", out, "--quiet"]);
  assert.equal(none.code, 3, none.stderr);
  assert.equal(await snapshot(out), before);
  // counts: every file found is either read or refused
  const dir = await Deno.makeTempDir({ prefix: "count-" });
  for (let i = 0; i < 4; i++) await Deno.copyFile(REPORT, `${dir}/r${i}.txt`);
  await Deno.writeFile(`${dir}/empty.txt`, new Uint8Array());
  const r = await extract([dir, "--out", `${dir}-out`, "--quiet"]);
  assert.match(r.stderr, /5 files \(.*\), 4 read, 1 refused/);
  assert.equal(r.code, 1);
  assert.equal((await extract([dir, "--out", `${dir}-out`, "--quiet", "--lenient"])).code, 0);
});

Deno.test("robust: a run killed at any moment, in publication too, leaves one whole table set (old or new), never a mix", async () => {
  const out = await Deno.makeTempDir({ prefix: "killed-" });
  assert.equal((await extract([`${RAW}seeds`, "--out", out, "--quiet"])).code, 0);
  const old = await snapshot(out);
  const full = await Deno.makeTempDir({ prefix: "full-" });
  await extract([RAW, "--out", full, "--quiet", "--lenient"]);
  const fresh = await snapshot(full);
  // the run takes ~3 s; kills spread over it, publication included
  for (const delay of [400, 1200, 1800, 2200, 2500, 2700, 2900, 3100, 3400, 3800]) {
    const child = spawn([RAW, "--out", out, "--quiet", "--lenient"]);
    await new Promise((r) => setTimeout(r, delay));
    try {
      child.kill("SIGKILL");
    } catch { /* it may have finished */ }
    await child.output();
    const now = await snapshot(out);
    const none = TABLES.map((t) => `${t}:missing`).join("\u0000");
    assert.ok(now === old || now === fresh || now === none, `a mixed table set after a kill at ${delay} ms`);
    // the next run clears what the killed one left and puts a cut publication right
    assert.equal((await extract([`${RAW}seeds`, "--out", out, "--quiet"])).code, 0);
    assert.equal(await snapshot(out), old);
    const versions = [];
    for await (const e of Deno.readDir(`${out}/.versions`)) versions.push(e.name);
    assert.ok(versions.length <= 1, versions.join(", ")); // the previous output only
  }
});

Deno.test("robust: two runs into the same --out at once: the second waits, both succeed, one whole output", async () => {
  const out = await Deno.makeTempDir({ prefix: "twice-" });
  const a = spawn([RAW, "--out", out, "--quiet", "--lenient"]);
  await new Promise((r) => setTimeout(r, 300));
  const b = spawn([`${RAW}seeds`, "--out", out, "--quiet"]);
  const [ra, rb] = await Promise.all([a.output(), b.output()]);
  const eb = new TextDecoder().decode(rb.stderr);
  assert.equal(ra.code, 0, new TextDecoder().decode(ra.stderr));
  assert.equal(rb.code, 0, eb);
  assert.match(eb, /another run is writing to .*: waiting/);
  const alone = await Deno.makeTempDir({ prefix: "alone-" });
  await extract([`${RAW}seeds`, "--out", alone, "--quiet"]);
  assert.equal(await snapshot(out), await snapshot(alone)); // the later run's output, whole
});

Deno.test("robust: no stale files: review pages and CSVs of earlier runs are not left beside new output", async () => {
  const out = await Deno.makeTempDir({ prefix: "stale-" });
  await extract([`${RAW}seeds`, "--out", out, "--quiet"]);
  assert.ok(await exists(`${out}/review/seeds_003_4c843e5d37004413.txt_1.html`) === false); // a folder given: the name is relative to it
  const pages = async () => {
    const n = [];
    for await (const e of Deno.readDir(`${out}/review`)) if (e.name !== "index.html") n.push(e.name); // the index is tested in review.test.ts
    return n.sort();
  };
  assert.equal((await pages()).length, 7);
  await extract([REPORT, "--out", out, "--quiet"]);
  assert.deepEqual(await pages(), ["003_4c843e5d37004413.txt_1.html"]);
  await extract([REPORT, "--out", out, "--quiet", "--format", "parquet"]);
  for (const t of TABLES) assert.ok(!(await exists(`${out}/${t}`)), t);
  assert.ok(await exists(`${out}/indicators.parquet`));
  const manifest = JSON.parse(await Deno.readTextFile(`${out}/manifest.json`));
  assert.ok(manifest.files.includes("indicators.parquet") && !manifest.files.includes("indicators.csv"));
});

Deno.test("robust: the output folder inside the input folder is never read back; a folder or file given twice is read once", async () => {
  const dir = await Deno.makeTempDir({ prefix: "inside-" });
  await Deno.copyFile(REPORT, `${dir}/003.txt`);
  await Deno.copyFile(`${RAW}seeds/004_97f8a95c989aeb02.txt`, `${dir}/004.txt`);
  const alone = await extract([dir, "--out", `${dir}-alone`, "--quiet"]);
  assert.equal(alone.code, 0, alone.stderr);
  const n = (await docs(`${dir}-alone`)).length;
  for (let i = 0; i < 3; i++) {
    const r = await extract([dir, "--out", `${dir}/out`, "--quiet"]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal((await docs(`${dir}/out`)).length, n, `run ${i + 1}`);
  }
  await Deno.remove(`${dir}/out`, { recursive: true });
  const twice = await extract([dir, dir, `${dir}/003.txt`, "--out", `${dir}-twice`, "--quiet"]);
  assert.equal(twice.code, 0, twice.stderr);
  assert.match(twice.stderr, /the same folder as/);
  assert.match(twice.stderr, /003\.txt": the same file as/);
  const ids = (await docs(`${dir}-twice`)).map((d) => d.doc_id);
  assert.deepEqual(ids, [...new Set(ids)]);
  assert.equal(ids.length, n);
  // two files of the same name from different folders keep distinct ids
  await Deno.mkdir(`${dir}-x/a`, { recursive: true });
  await Deno.mkdir(`${dir}-x/b`, { recursive: true });
  await Deno.copyFile(REPORT, `${dir}-x/a/r.txt`);
  await Deno.copyFile(REPORT, `${dir}-x/b/r.txt`);
  await extract([`${dir}-x/a/r.txt`, `${dir}-x/b/r.txt`, "--out", `${dir}-x-out`, "--quiet"]);
  const both = (await docs(`${dir}-x-out`)).map((d) => d.doc_id);
  assert.equal(new Set(both).size, 2);
});

Deno.test("robust: review pages of a/b.txt and a_b.txt, and of very deep paths, are distinct and bounded", async () => {
  const dir = await Deno.makeTempDir({ prefix: "names-" });
  await Deno.mkdir(`${dir}/a`);
  await Deno.copyFile(REPORT, `${dir}/a/b.txt`);
  await Deno.copyFile(REPORT, `${dir}/a_b.txt`);
  const deep = `${dir}/${Array.from({ length: 120 }, () => "层").join("/")}`;
  await Deno.mkdir(deep, { recursive: true });
  await Deno.copyFile(REPORT, `${deep}/r.txt`);
  const r = await extract([dir, "--out", `${dir}-out`, "--quiet"]);
  assert.equal(r.code, 0, r.stderr);
  const pages = [];
  for await (const e of Deno.readDir(`${dir}-out/review`)) if (e.name !== "index.html") pages.push(e.name);
  assert.equal(pages.length, 3);
  const manifest = JSON.parse(await Deno.readTextFile(`${dir}-out/manifest.json`));
  assert.equal(new Set(Object.values(manifest.reviews)).size, 3);
  for (const p of pages) assert.ok(enc.encode(p).length <= 200, p);
});

Deno.test("robust: bad output folders and commas exit with a message, not a stack trace", async () => {
  const dir = await Deno.makeTempDir({ prefix: "outs-" });
  await Deno.writeTextFile(`${dir}/afile`, "x");
  const f = await extract([REPORT, "--out", `${dir}/afile`, "--quiet"]);
  assert.equal(f.code, 3, f.stderr);
  assert.match(f.stderr, /cannot write the output to ".*afile": it is a file, not a folder/);
  assert.ok(!f.stderr.includes("    at "), "no stack trace");
  // a comma would split Deno's permission list: refused before Deno starts
  const c = await extract([REPORT, "--out", `${dir}/o,x`, "--quiet"]);
  assert.equal(c.code, 2);
  assert.match(c.stderr, /a path with a comma/);
  assert.ok(!(await exists(`${dir}/x`)) && !(await exists(`${dir}/o,x`)));
  await Deno.mkdir(`${dir}/in`);
  await Deno.copyFile(REPORT, `${dir}/in/a,b.txt`);
  assert.equal((await extract([`${dir}/in/a,b.txt`, "--out", `${dir}/o`, "--quiet"])).code, 2);
  const folder = await extract([`${dir}/in`, "--out", `${dir}/o`, "--quiet"]);
  assert.equal(folder.code, 0, folder.stderr); // given by its folder, read
  assert.deepEqual((await docs(`${dir}/o`)).map((d) => d.source), ["a,b.txt"]);
});

Deno.test("robust: --jobs above the number of cores is lowered, with a note; --replace-undecodable reads a damaged file", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jobs-" });
  await makeInput(dir, "stray.txt", "stray_byte");
  const r = await extract([dir, "--out", `${dir}-out`, "--quiet", "--jobs", "64", "--replace-undecodable"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, new RegExp(`--jobs 64 lowered to the number of cores, ${navigator.hardwareConcurrency}`));
  assert.match(r.stderr, /warning "stray\.txt": 1 undecodable byte sequence read as U\+FFFD/);
  assert.ok((await Deno.readTextFile(`${dir}-out/sentences.csv`)).includes("\ufffd"));
});

Deno.test("robust: the link names extract.sh prepares are the tables of the schema", async () => {
  const sh = await Deno.readTextFile(`${root}lib/cli/extract.sh`);
  const names = sh.match(/for name in ([a-z ]+); do/)![1].split(" ");
  assert.deepEqual(names, Object.keys(SCHEMAS));
});

const canMount = await (async () => {
  try {
    const d = await Deno.makeTempDir({ prefix: "mnt-" });
    const m = await new Deno.Command("mount", { args: ["-t", "tmpfs", "-o", "size=3m", "tmpfs", d], stderr: "null" }).output();
    if (m.code !== 0) return null;
    return d;
  } catch {
    return null;
  }
})();

Deno.test({
  name: "robust: a full disk leaves the previous output and no staging folder (exit 3)",
  ignore: !canMount,
  fn: async () => {
    const out = `${canMount}/out`;
    try {
      assert.equal((await extract([`${RAW}seeds`, "--out", out, "--quiet", "--no-review"])).code, 0);
      const before = await snapshot(out);
      const r = await extract([RAW, "--out", out, "--quiet", "--lenient"]);
      assert.equal(r.code, 3, r.stderr);
      assert.match(r.stderr, /cannot write the output to .*: .*No space left on device/i);
      assert.equal(await snapshot(out), before);
      const left = [];
      for await (const e of Deno.readDir(`${out}/.versions`)) left.push(e.name);
      assert.deepEqual(left.filter((n) => !n.startsWith("old-")), []);
    } finally {
      await new Deno.Command("umount", { args: [canMount!] }).output();
    }
  },
});

Deno.test("robust: review pages written in chunks are the whole page's bytes, the same with 1, 2 and 3 jobs", async () => {
  const dir = `${RAW}provincial-2025`;
  const out = await Deno.makeTempDir({ prefix: "pages-" });
  const pages = async (o: string) => {
    const m = new Map<string, Uint8Array>();
    for await (const e of Deno.readDir(`${o}/review`)) m.set(e.name, await Deno.readFile(`${o}/review/${e.name}`));
    return m;
  };
  for (const j of ["1", "2", "3"]) assert.equal((await extract([dir, "--out", `${out}/j${j}`, "--jobs", j, "--quiet"])).code, 0);
  const one = await pages(`${out}/j1`);
  assert.equal(one.size, 32); // 31 reports and the index
  for (const j of ["2", "3"]) {
    assert.equal(await snapshot(`${out}/j${j}`), await snapshot(`${out}/j1`));
    const other = await pages(`${out}/j${j}`);
    assert.deepEqual([...other.keys()].sort(), [...one.keys()].sort());
    for (const [name, bytes] of one) assert.deepEqual(other.get(name), bytes, `${name} with ${j} jobs`);
  }
  // each page streamed in chunks of 7 characters (pieces cut anywhere) is reviewPage's text, and the page the command wrote
  for (const { path, source } of (await listInputs([dir])).files) {
    const r = processFile({ path, source }, await Deno.readFile(path), 0, false);
    const text = decodeBytes(await Deno.readFile(path), source).text;
    for (const doc of r.tables!.documents) {
      const whole = enc.encode(reviewPage(doc, text, r.tables!.indicators, r.tables!.goals, r.tables!.sections));
      const parts: Uint8Array[] = [];
      writeReviewPage((b) => parts.push(b.slice()), doc, text, r.tables!.indicators, r.tables!.goals, r.tables!.sections, 7);
      const streamed = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      parts.reduce((at, p) => (streamed.set(p, at), at + p.length), 0);
      assert.deepEqual(streamed, whole, doc.doc_id);
      assert.deepEqual(one.get(reviewFileName(doc.doc_id)), whole, doc.doc_id);
    }
  }
  await Deno.remove(out, { recursive: true });
});

Deno.test("robust: no task, test run or bench run grants an unscoped permission (every --allow-* names what it allows)", async () => {
  const tasks: Record<string, string> = JSON.parse(await Deno.readTextFile(`${root}deno.json`)).tasks;
  const sources: [string, string][] = Object.entries(tasks).map(([name, cmd]) => [`deno.json task ${name}`, cmd]);
  for (const file of ["test/run.sh", "lib/cli/extract.sh", "lib/bench/bench.ts"]) {
    // code lines only: comments may name the flags
    const code = (await Deno.readTextFile(`${root}${file}`)).split("\n").filter((l) => !/^\s*(#|\/\/|\*|\/\*\*)/.test(l)).join("\n");
    sources.push([file, code]);
  }
  let flags = 0;
  for (const [where, text] of sources) {
    assert.ok(!/(^|[\s"'`])(-A|--allow-all)\b/.test(text), `${where}: all permissions`);
    for (const m of text.matchAll(/--allow-([a-z]+)(=?)/g)) {
      flags++;
      assert.equal(m[2], "=", `${where}: --allow-${m[1]} without a list`);
    }
  }
  assert.ok(flags >= 15, `${flags} flags found`); // the reader found the flags
});
