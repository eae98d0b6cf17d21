import { assert } from "./assert.ts";
import { parseCsv } from "../lib/csv.ts";
import { RAW } from "./corpus.ts";

const root = new URL("../", import.meta.url).pathname;
const fixtures = new URL("./fixtures/", import.meta.url).pathname;

async function extract(args: string[]) {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", "--allow-write", `${root}lib/cli.ts`, ...args],
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).output();
  return { code: out.code, stderr: new TextDecoder().decode(out.stderr), stdout: new TextDecoder().decode(out.stdout) };
}

/** A folder of good and bad files, the way users save them from the web. */
async function mixedFolder(): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "reports-" });
  await Deno.mkdir(`${dir}/sub`);
  await Deno.copyFile(`${RAW}seeds/003_4c843e5d37004413.txt`, `${dir}/sub/003_大连.txt`);
  await Deno.copyFile(`${RAW}seeds/004_97f8a95c989aeb02.txt`, `${dir}/004_page.txt`);
  await Deno.copyFile(`${fixtures}gb18030_广东.txt`, `${dir}/gb18030_广东.txt`);
  for (const bad of ["empty.txt", "binary.bin.txt", "damaged.txt"]) await Deno.copyFile(`${fixtures}${bad}`, `${dir}/${bad}`);
  return dir;
}

Deno.test("cli: good files are processed, bad ones refused by name, exit status 1", async () => {
  const dir = await mixedFolder();
  const out = `${dir}-out`;
  const r = await extract([dir, "--out", out]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /refused ".*empty\.txt": the file is empty/);
  assert.match(r.stderr, /refused ".*binary\.bin\.txt": binary data/);
  assert.match(r.stderr, /refused ".*damaged\.txt": not UTF-8, GB18030 or UTF-16/);
  const docs = parseCsv(await Deno.readTextFile(`${out}/documents.csv`));
  assert.deepEqual(docs.map((d) => d.source), [
    "004_page.txt", "004_page.txt", "004_page.txt", "gb18030_广东.txt", "sub/003_大连.txt",
  ]);
  const gd = docs.find((d) => d.source === "gb18030_广东.txt")!;
  assert.equal(gd.region, "广东省");
  assert.equal(gd.encoding, "gb18030");
  assert.equal(docs.find((d) => d.source === "sub/003_大连.txt")!.region, "大连市");
});

Deno.test("cli: the same input gives byte-identical tables; a single file is named bare", async () => {
  const dir = await mixedFolder();
  const a = await extract([dir, "--out", `${dir}-a`]);
  const b = await extract([dir, "--out", `${dir}-b`]);
  assert.equal(a.code, b.code);
  for (const t of ["documents.csv", "sections.csv", "sentences.csv", "indicators.csv"]) {
    const x = await Deno.readFile(`${dir}-a/${t}`);
    const y = await Deno.readFile(`${dir}-b/${t}`);
    assert.deepEqual(x, y, t);
  }
  const one = await extract([`${dir}/sub/003_大连.txt`, "--out", `${dir}-one`]);
  assert.equal(one.code, 0, one.stderr);
  const docs = parseCsv(await Deno.readTextFile(`${dir}-one/documents.csv`));
  assert.deepEqual(docs.map((d) => d.source), ["003_大连.txt"]);
});

Deno.test("cli: --help lists the options; missing --out is a usage error", async () => {
  const h = await extract(["--help"]);
  assert.equal(h.code, 0);
  assert.match(h.stdout, /--out <dir>/);
  const u = await extract(["somewhere"]);
  assert.equal(u.code, 2);
  assert.match(u.stderr, /--out/);
});
