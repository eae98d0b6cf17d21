import { symlink } from "./link.ts";
import { assert, assertEquals } from "./assert.ts";
import { ReadAhead } from "../lib/io/read_ahead.ts";
import { listInputs } from "../lib/io/files.ts";

const raw = new URL("../data/raw/", import.meta.url).pathname;

/** Wait until `cond` holds (the warmer works on its own thread), or fail after a few seconds. */
async function until(cond: () => boolean, what: string): Promise<void> {
  for (let t = 0; t < 5000 && !cond(); t += 10) await new Promise((r) => setTimeout(r, 10));
  assert(cond(), `timed out waiting for ${what}`);
}

Deno.test("read_ahead: the warmer reads the provincial reports a fixed number of files ahead of the pipeline, never further", async () => {
  const { files } = await listInputs([`${raw}provincial-2025`]);
  assertEquals(files.length, 31);
  const ahead = new ReadAhead(files.map((f) => f.path), 3);
  try {
    ahead.reached(0);
    await until(() => ahead.read >= 4, "files 0–3");
    await new Promise((r) => setTimeout(r, 200));
    assertEquals(ahead.read, 4, "read beyond file 0 + 3");
    ahead.reached(10);
    await until(() => ahead.read >= 14, "files up to 13");
    await new Promise((r) => setTimeout(r, 200));
    assertEquals(ahead.read, 14, "read beyond file 10 + 3");
    ahead.reached(30);
    await until(() => ahead.read >= 31, "every file");
    assertEquals(ahead.read, 31);
  } finally {
    ahead.close();
  }
});

Deno.test("read_ahead: a file that cannot be read does not stop the warmer", async () => {
  const dir = await Deno.makeTempDir({ prefix: "read-ahead-" });
  await Deno.copyFile(`${raw}seeds/000_39fe39f33e5ccbaa.txt`, `${dir}/a.txt`);
  await symlink(`${dir}/nowhere.txt`, `${dir}/b.txt`);
  await Deno.mkdir(`${dir}/c.txt`);
  await Deno.copyFile(`${raw}seeds/001_dbac8fd8727e5cee.txt`, `${dir}/d.txt`);
  const ahead = new ReadAhead(["a", "b", "c", "d"].map((n) => `${dir}/${n}.txt`), 8);
  try {
    await until(() => ahead.read >= 4, "all four paths");
    assertEquals(ahead.read, 4);
  } finally {
    ahead.close();
  }
});

Deno.test("read_ahead: a single file starts no worker, and closing twice is harmless", () => {
  const ahead = new ReadAhead([`${raw}seeds/000_39fe39f33e5ccbaa.txt`]);
  ahead.reached(0);
  assertEquals(ahead.read, 0);
  ahead.close();
  ahead.close();
});
