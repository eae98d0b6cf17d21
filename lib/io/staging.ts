/**
 * Writing outputs whole or not at all: files are written into a staging
 * folder inside the output folder, then each is renamed into place (a rename
 * within one file system is atomic). An interrupted run leaves the previous
 * outputs intact and, at worst, a staging folder that the next run removes.
 */
import { join } from "node:path";

const PREFIX = ".staging-";

/**
 * A fresh staging folder in `out`; stale ones of earlier interrupted runs are removed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const out = await Deno.makeTempDir();
 * await Deno.mkdir(`${out}/.staging-99999`); // an interrupted run's
 * const stage = await stagingDir(out);
 * assert.equal(stage, `${out}/.staging-${Deno.pid}`);
 * assert.deepEqual([...Deno.readDirSync(out)].map((e) => e.name), [`.staging-${Deno.pid}`]);
 * ```
 */
export async function stagingDir(out: string): Promise<string> {
  for await (const e of Deno.readDir(out)) {
    if (e.isDirectory && e.name.startsWith(PREFIX)) await Deno.remove(join(out, e.name), { recursive: true });
  }
  const dir = join(out, `${PREFIX}${Deno.pid}`);
  await Deno.mkdir(dir, { recursive: true });
  return dir;
}

/**
 * Move every file of the staging folder into `out` (same relative paths), then remove it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const out = await Deno.makeTempDir();
 * const stage = await stagingDir(out);
 * await Deno.mkdir(`${stage}/review`);
 * await Deno.writeTextFile(`${stage}/review/seeds_003.txt_1.html`, "<h1>政府工作报告</h1>");
 * await commitStaged(stage, out);
 * assert.equal(await Deno.readTextFile(`${out}/review/seeds_003.txt_1.html`), "<h1>政府工作报告</h1>");
 * assert.throws(() => Deno.statSync(stage));
 * ```
 */
export async function commitStaged(stage: string, out: string): Promise<void> {
  const move = async (from: string, to: string) => {
    for await (const e of Deno.readDir(from)) {
      const src = join(from, e.name);
      const dst = join(to, e.name);
      if (e.isDirectory) {
        await Deno.mkdir(dst, { recursive: true });
        await move(src, dst);
      } else await Deno.rename(src, dst);
    }
  };
  await move(stage, out);
  await Deno.remove(stage, { recursive: true });
}

/**
 * Write all of `bytes` to a file opened for writing (a write may take only
 * part of them). Synchronous: staged outputs go to the page cache, and an
 * async write would only hand the bytes to another thread and wait.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const path = `${await Deno.makeTempDir()}/indicators.csv`;
 * const f = Deno.openSync(path, { write: true, create: true });
 * writeAllSync(f, new TextEncoder().encode("indicator_id,doc_id,metric\n"));
 * f.close();
 * assert.equal(Deno.readTextFileSync(path), "indicator_id,doc_id,metric\n");
 * ```
 */
export function writeAllSync(file: Deno.FsFile, bytes: Uint8Array): void {
  for (let off = 0; off < bytes.length;) off += file.writeSync(bytes.subarray(off));
}
