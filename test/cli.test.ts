import { symlink } from "./link.ts";
import { assert } from "./assert.ts";
import { parseCsv } from "../lib/io/csv_parse.ts";
import { fromParquet } from "../lib/io/parquet.ts";
import { typedRows } from "../lib/analysis/workspace.ts";
import { RAW } from "./corpus.ts";

const root = new URL("../", import.meta.url).pathname;
const fixtures = new URL("./fixtures/", import.meta.url).pathname;

/** Run the command line the way `deno task extract` does (restricted permissions). */
async function extract(args: string[]) {
  const out = await new Deno.Command("sh", {
    args: [`${root}lib/cli/extract.sh`, ...args],
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1", DENO: Deno.execPath() },
  }).output();
  return { code: out.code, stderr: new TextDecoder().decode(out.stderr), stdout: new TextDecoder().decode(out.stdout) };
}

const docsOf = async (dir: string) => parseCsv(await Deno.readTextFile(`${dir}/documents.csv`));
const countBySource = (rows: Record<string, string>[]) => {
  const m = new Map<string, number>();
  for (const r of rows) m.set(r.source, (m.get(r.source) ?? 0) + 1);
  return m;
};

/** A folder of good and bad files, the way users save them from the web. */
async function mixedFolder(withHuge = false): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "reports-" });
  await Deno.mkdir(`${dir}/sub`);
  await Deno.copyFile(`${RAW}seeds/003_4c843e5d37004413.txt`, `${dir}/sub/003_大连.txt`);
  await Deno.copyFile(`${RAW}seeds/004_97f8a95c989aeb02.txt`, `${dir}/004_page.txt`);
  await Deno.copyFile(`${fixtures}gb18030_广东.txt`, `${dir}/gb18030_广东.txt`);
  await Deno.copyFile(`${fixtures}utf16le_北京.txt`, `${dir}/utf16le_北京.txt`);
  // a saved web page
  const report = await Deno.readTextFile(`${RAW}provincial-2025/provincial_2025_河南省.txt`);
  const paras = report.split("\n").map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`).join("\n");
  await Deno.writeTextFile(`${dir}/河南.html`, `<!doctype html><html><head><title>河南省政府工作报告</title><script>var x = "增长99%";</script><style>p{}</style></head><body>${paras}</body></html>`);
  for (const bad of ["empty.txt", "binary.bin.txt", "damaged.txt"]) await Deno.copyFile(`${fixtures}${bad}`, `${dir}/${bad}`);
  // page furniture only: no report in it
  await Deno.writeTextFile(`${dir}/furniture.txt`, "我要回帖\n更多推荐\n版权声明:文章内容来源于网络\n点击添加站长微信\n");
  // an unreadable path: a link to nowhere
  await symlink(`${dir}/nowhere.txt`, `${dir}/broken_link.txt`);
  if (withHuge) {
    // a 50 MB report on one line
    const line = report.replace(/\s+/g, "");
    const enc = new TextEncoder().encode(line);
    const f = await Deno.open(`${dir}/huge_one_line.txt`, { write: true, create: true });
    for (let n = 0; n < 50_000_000; n += enc.length) await f.write(enc);
    f.close();
  }
  return dir;
}

Deno.test("cli: good files are processed, each bad one refused by name with its reason, exit status 1", async () => {
  const dir = await mixedFolder(true);
  const out = `${dir}-out`;
  const r = await extract([dir, "--out", out, "--quiet"]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /refused ".*empty\.txt": the file is empty/);
  assert.match(r.stderr, /refused ".*binary\.bin\.txt": binary data/);
  assert.match(r.stderr, /refused ".*damaged\.txt": not UTF-8, GB18030 or UTF-16/);
  assert.match(r.stderr, /refused ".*furniture\.txt": no report text in it/);
  assert.match(r.stderr, /refused ".*broken_link\.txt": cannot be read: not found/);
  assert.match(r.stderr, /5 refused/);
  const docs = await docsOf(out);
  const sources = [...new Set(docs.map((d) => d.source))];
  assert.deepEqual(sources, ["004_page.txt", "gb18030_广东.txt", "huge_one_line.txt", "sub/003_大连.txt", "utf16le_北京.txt", "河南.html"]);
  assert.equal(docs.find((d) => d.source === "gb18030_广东.txt")!.encoding, "gb18030");
  assert.equal(docs.find((d) => d.source === "河南.html")!.region, "河南省");
  // every good file's rows are there: the same as when the file is read alone
  const all = countBySource(parseCsv(await Deno.readTextFile(`${out}/indicators.csv`)));
  for (const f of ["sub/003_大连.txt", "河南.html", "004_page.txt"]) {
    const alone = `${dir}-alone-${f.replace(/\W/g, "")}`;
    await extract([`${dir}/${f}`, "--out", alone, "--quiet", "--no-review"]);
    const n = [...countBySource(parseCsv(await Deno.readTextFile(`${alone}/indicators.csv`))).values()][0];
    assert.equal(all.get(f), n, f);
  }
  // the script in the web page is not text
  assert.ok(!(await Deno.readTextFile(`${out}/sentences.csv`)).includes("增长99%"));
  await Deno.remove(`${dir}/huge_one_line.txt`);
});

Deno.test("cli: the same input gives byte-identical tables with any --jobs; a single file is named bare", async () => {
  const dir = await mixedFolder();
  const a = await extract([dir, "--out", `${dir}-a`, "--jobs", "1", "--quiet"]);
  const b = await extract([dir, "--out", `${dir}-b`, "--jobs", "2", "--quiet"]);
  assert.equal(a.code, b.code);
  for (const t of ["documents.csv", "sections.csv", "sentences.csv", "indicators.csv", "goals.csv", "panel.csv", "terms.csv"]) {
    assert.deepEqual(await Deno.readFile(`${dir}-a/${t}`), await Deno.readFile(`${dir}-b/${t}`), t);
  }
  const one = await extract([`${dir}/sub/003_大连.txt`, "--out", `${dir}-one`]);
  assert.equal(one.code, 0, one.stderr);
  assert.deepEqual((await docsOf(`${dir}-one`)).map((d) => d.source), ["003_大连.txt"]);
  assert.ok((await Deno.stat(`${dir}-one/review/003_大连.txt_1.html`)).isFile);
});

Deno.test("cli: the whole default corpus gives the same bytes with 1 job and with 3 (results reordered into file order)", async () => {
  const raw = new URL("../data/raw", import.meta.url).pathname;
  const out = await Deno.makeTempDir({ prefix: "jobs-" });
  const a = await extract([raw, "--out", `${out}/a`, "--jobs", "1", "--quiet", "--no-review", "--lenient"]);
  const b = await extract([raw, "--out", `${out}/b`, "--jobs", "3", "--quiet", "--no-review", "--lenient"]);
  assert.equal(a.code, 0, a.stderr);
  assert.equal(b.code, 0, b.stderr);
  // one job writes each file's CSV as it is rendered (csvSink), three hand it over per file: same bytes, same counts
  for (const t of ["documents.csv", "sections.csv", "sentences.csv", "indicators.csv", "goals.csv", "panel.csv", "terms.csv", "manifest.json"]) {
    assert.deepEqual(await Deno.readFile(`${out}/b/${t}`), await Deno.readFile(`${out}/a/${t}`), t);
  }
  assert.ok((await Deno.readTextFile(`${out}/a/documents.csv`)).split("\n").length > 90);
  await Deno.remove(out, { recursive: true });
});

Deno.test("cli: a run killed midway leaves the previous tables whole", async () => {
  const out = await Deno.makeTempDir({ prefix: "killed-" });
  assert.equal((await extract([`${RAW}seeds`, "--out", out, "--quiet"])).code, 0);
  const before = new Map<string, Uint8Array>();
  for await (const e of Deno.readDir(out)) if (e.name.endsWith(".csv")) before.set(e.name, await Deno.readFile(`${out}/${e.name}`)); // links into out/current
  assert.equal(before.size, 7);
  const full = await Deno.makeTempDir({ prefix: "full-" });
  await extract([RAW, "--out", full, "--quiet", "--lenient"]);
  for (const delay of [300, 900, 1500]) {
    const child = new Deno.Command("sh", {
      args: [`${root}lib/cli/extract.sh`, RAW, "--out", out, "--quiet", "--lenient"],
      stdout: "null",
      stderr: "null",
      env: { DENO: Deno.execPath() },
    }).spawn();
    await new Promise((r) => setTimeout(r, delay));
    try {
      child.kill("SIGKILL");
    } catch { /* it may have finished */ }
    await child.status;
    // each table is either the previous run's or the new run's, whole
    for (const [name, old] of before) {
      const now = await Deno.readFile(`${out}/${name}`);
      const fresh = await Deno.readFile(`${full}/${name}`);
      const same = (x: Uint8Array, y: Uint8Array) => x.length === y.length && x.every((v, i) => v === y[i]);
      assert.ok(same(now, old) || same(now, fresh), `${name} is partial after a kill at ${delay} ms`);
    }
  }
  // the next run clears what an interrupted one left behind
  await extract([`${RAW}seeds`, "--out", out, "--quiet"]);
  for await (const e of Deno.readDir(out)) assert.ok(!e.name.startsWith(".staging-"), e.name);
});

Deno.test("cli: --excel writes a BOM, neutralises formulas and keeps numbers", async () => {
  const dir = await Deno.makeTempDir({ prefix: "excel-" });
  const text = (await Deno.readTextFile(`${RAW}seeds/003_4c843e5d37004413.txt`)) +
    "\n=HYPERLINK(\"http://x\",\"点击\")\n+1+1 是一个公式。\n进出口总额下降3.5%。\n";
  await Deno.writeTextFile(`${dir}/003.txt`, text);
  const r = await extract([dir, "--out", `${dir}-out`, "--excel", "--quiet"]);
  assert.equal(r.code, 0, r.stderr);
  const bytes = await Deno.readFile(`${dir}-out/sentences.csv`);
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 byte-order mark");
  const csv = new TextDecoder().decode(bytes);
  assert.ok(csv.includes(`'=HYPERLINK(`), "a formula is neutralised");
  assert.ok(csv.includes("\r\n"));
  assert.ok(!/,=HYPERLINK/.test(csv));
  const ind = parseCsv(new TextDecoder().decode(await Deno.readFile(`${dir}-out/indicators.csv`)).replace(/^\uFEFF/, ""));
  assert.ok(ind.some((r) => r.value.startsWith("-")), "negative numbers stay numbers");
  assert.ok(ind.every((r) => !r.value.startsWith("'")));
  assert.ok(csv.includes("大连"), "Chinese text intact");
});

Deno.test("cli: --format parquet reads back with the same rows and types", async () => {
  const out = await Deno.makeTempDir({ prefix: "parquet-" });
  const csvOut = await Deno.makeTempDir({ prefix: "csv-" });
  assert.equal((await extract([`${RAW}seeds`, "--out", out, "--format", "parquet", "--quiet", "--no-review"])).code, 0);
  assert.equal((await extract([`${RAW}seeds`, "--out", csvOut, "--quiet", "--no-review"])).code, 0);
  for (const name of ["indicators", "documents", "panel"] as const) {
    const t = await fromParquet(await Deno.readFile(`${out}/${name}.parquet`));
    const fromCsv = typedRows(name, parseCsv(await Deno.readTextFile(`${csvOut}/${name}.csv`)));
    assert.equal(t.numRows(), fromCsv.length, name);
    const got = t.objects() as Record<string, unknown>[];
    got.forEach((row, i) => {
      for (const [k, v] of Object.entries(fromCsv[i])) {
        const p = row[k];
        if (typeof v === "number") assert.ok(typeof p === "number" && Math.abs(p - v) < 1e-9, `${name}.${k} row ${i}`);
        else assert.equal(p, v, `${name}.${k} row ${i}`);
      }
    });
  }
});

Deno.test("cli: --help lists every option with an example; bad usage exits 2", async () => {
  const h = await extract(["--help"]);
  assert.equal(h.code, 0);
  for (const opt of ["--out", "--format", "--excel", "--jobs", "--no-review", "--quiet", "--lenient", "--help", "Examples:"]) {
    assert.ok(h.stdout.includes(opt), opt);
  }
  assert.equal((await extract(["somewhere"])).code, 2);
  assert.equal((await extract(["x", "--out", "/tmp/y", "--format", "xlsx"])).code, 2);
  assert.equal((await extract(["x", "--out", "/tmp/y", "--jobs", "0"])).code, 2);
});

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => {
  try {
    return Deno.statSync(p).isFile;
  } catch {
    return false;
  }
});

Deno.test({
  name: "cli: --excel output opens in LibreOffice with correct Chinese",
  ignore: !soffice,
  fn: async () => {
    const out = await Deno.makeTempDir({ prefix: "lo-" });
    await extract([`${RAW}seeds/003_4c843e5d37004413.txt`, "--out", out, "--excel", "--quiet", "--no-review"]);
    const conv = await new Deno.Command(soffice!, {
      // 44,34,76: comma-separated, double quotes, UTF-8
      args: ["--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "html", "--outdir", out, `${out}/documents.csv`],
      stdout: "null",
      stderr: "null",
    }).output();
    assert.equal(conv.code, 0);
    const html = await Deno.readTextFile(`${out}/documents.html`);
    assert.ok(html.includes("大连市") && html.includes("government_work_report"), "LibreOffice read the Chinese text");
    assert.ok(/<td[^>]*>doc_id<\/td>/.test(html), "the byte-order mark is not part of the first header");
  },
});
