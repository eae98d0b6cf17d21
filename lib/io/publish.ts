/**
 * Publishing a run's whole output in one step.
 *
 * An output folder looks like this:
 *
 *   out/.lock                  held (flock) by the run writing into out
 *   out/current/               the published output: tables, review/,
 *                              manifest.json (what the run wrote)
 *   out/documents.csv -> current/documents.csv   (one link per output name,
 *   out/review -> current/review                  made once, never changed)
 *   out/.versions/<id>/        a run being written; the previous output,
 *                              kept one run longer for readers that had it open
 *   out/.links/<name>          links ready to be put in place (see below)
 *
 * A run writes everything into a fresh `.versions/<id>` folder and, once it
 * is complete, renames `current` aside and the new folder to `current`: two
 * renames, between which there is no `current` at all. A reader going
 * through `out/<name>` or `out/current/` therefore sees the previous run's
 * whole output, or the new one's, or (for the moment between the renames,
 * or after a kill -9 right there) nothing, never a mix; the next run puts
 * the previous output back first. Names the new run does not write (the CSV
 * files after a switch to --format parquet, old review pages) are not in its
 * folder, and their top-level links are removed.
 *
 * Why not one rename of a `current` symbolic link: Deno lets a program make
 * symbolic links only with unscoped read and write permission, which the
 * command line does not have. The top-level links never change, so they are
 * made once: by lib/cli/extract.sh in out/.links/ (its shell has no such
 * restriction), or here when the permission is there; publish() renames them
 * into place (replacing the plain files of an earlier release).
 *
 * The lock (`flock` on out/.lock, released by the system when the process
 * ends, kill -9 included) makes a second run into the same folder wait;
 * only the lock holder cleans up what killed runs left behind, so a run
 * never deletes the folder of another that is still writing.
 */
import { join } from "node:path";

const VERSIONS = ".versions";
const CURRENT = "current";
const LINKS = ".links";

/** The manifest of a published output (manifest.json in its folder). */
export interface Manifest {
  /** the files of this output, relative to its folder, sorted */
  files: string[];
  [key: string]: unknown;
}

/**
 * Take the output folder's lock; `onWait` is called once if another run holds it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const out = await Deno.makeTempDir();
 * let waited = false;
 * const lock = await lockOutput(out, () => (waited = true));
 * lock.close(); // releases it
 * assert.equal(waited, false); // nobody else held it
 * ```
 */
export async function lockOutput(out: string, onWait?: () => void): Promise<Deno.FsFile> {
  const f = await Deno.open(join(out, ".lock"), { read: true, write: true, create: true });
  const taken = f.lock(true);
  const timer = setTimeout(() => onWait?.(), 300);
  try {
    await taken;
  } finally {
    clearTimeout(timer);
  }
  return f;
}

/**
 * The published output folder of `out` ("out/current"), or null when nothing was published there yet.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const out = await Deno.makeTempDir();
 * assert.equal(await publishedDir(out), null);
 * await Deno.mkdir(`${out}/current`);
 * assert.equal(await publishedDir(out), `${out}/current`);
 * ```
 */
export async function publishedDir(out: string): Promise<string | null> {
  try {
    return (await Deno.stat(join(out, CURRENT))).isDirectory ? join(out, CURRENT) : null;
  } catch {
    return null;
  }
}

async function removeQuietly(path: string): Promise<void> {
  try {
    await Deno.remove(path, { recursive: true });
  } catch { /* already gone */ }
}

/**
 * A new version folder to write a run's output into; call with the lock held.
 * A publication cut between its two renames is undone (the previous output
 * put back), and what killed runs left (unpublished versions, outputs older
 * than the previous one, staging folders of earlier releases) is removed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const out = await Deno.makeTempDir();
 * await Deno.mkdir(`${out}/.staging-1`); // left by a killed run of an earlier release
 * const dir = await beginVersion(out);
 * assert.ok(dir.startsWith(`${out}/.versions/`));
 * assert.ok(Deno.statSync(dir).isDirectory);
 * assert.throws(() => Deno.statSync(`${out}/.staging-1`));
 * ```
 */
export async function beginVersion(out: string): Promise<string> {
  const versions = join(out, VERSIONS);
  await Deno.mkdir(versions, { recursive: true });
  const entries: string[] = [];
  for await (const e of Deno.readDir(versions)) if (e.isDirectory) entries.push(e.name);
  entries.sort();
  const olds = entries.filter((n) => n.startsWith("old-"));
  let exists = true;
  try {
    await Deno.lstat(join(out, CURRENT));
  } catch {
    exists = false;
  }
  if (!exists && olds.length) {
    await Deno.rename(join(versions, olds[olds.length - 1]), join(out, CURRENT)); // killed between the renames
    olds.pop();
  }
  const keep = olds.length ? olds[olds.length - 1] : null; // the previous output
  for (const name of entries) if (name !== keep && name !== olds[olds.length - 1]) await removeQuietly(join(versions, name));
  for await (const e of Deno.readDir(out)) {
    if (e.name.startsWith(".staging-")) await removeQuietly(join(out, e.name));
  }
  const id = `${Date.now().toString(36)}-${Deno.pid}`;
  const dir = join(versions, id);
  await Deno.mkdir(dir);
  return dir;
}

/** The link text of every top-level name: "current/<name>". */
const target = (name: string) => `${CURRENT}/${name}`;

/**
 * A symbolic link `path -> target`: Deno.symlink when Deno allows it
 * (unscoped read and write), else `ln -s` when the program may run `ln`
 * (the test suite and the bench's child runs, whose reads and writes are
 * scoped); else Deno's refusal.
 */
async function makeLink(target: string, path: string): Promise<void> {
  try {
    await Deno.symlink(target, path);
    return;
  } catch (e) {
    if (!(e instanceof Deno.errors.NotCapable) || (await Deno.permissions.query({ name: "run", command: "ln" })).state !== "granted") throw e;
  }
  const r = await new Deno.Command("ln", { args: ["-s", "--", target, path], stdout: "null", stderr: "piped" }).output();
  if (!r.success) throw new Error(`ln -s failed: ${new TextDecoder().decode(r.stderr).trim()}`);
}

/**
 * Put the link `out/<name> -> current/<name>` in place, from out/.links/
 * (made by extract.sh) or made here when Deno may make links.
 */
async function placeLink(out: string, name: string): Promise<void> {
  const path = join(out, name);
  try {
    if ((await Deno.readLink(path)) === target(name)) return;
  } catch { /* not a link */ }
  const ready = join(out, LINKS, name);
  let have = false;
  try {
    have = (await Deno.readLink(ready)) === target(name);
  } catch { /* none */ }
  if (!have) {
    await Deno.mkdir(join(out, LINKS), { recursive: true });
    await removeQuietly(ready);
    try {
      await makeLink(target(name), ready);
    } catch (e) {
      throw new Error(`cannot make the link "${path}" -> "${target(name)}" (${(e as Error).message}); lib/cli/extract.sh makes it`);
    }
  }
  let info: Deno.FileInfo | null = null;
  try {
    info = await Deno.lstat(path);
  } catch { /* not there */ }
  if (info?.isDirectory) {
    // a folder of an earlier release (out/review): moved aside, removed with old versions
    await Deno.rename(path, join(out, VERSIONS, `stale-${name}-${Date.now().toString(36)}`));
  }
  await Deno.rename(ready, path);
}

/**
 * Make the complete version folder `dir` the output of `out`.
 * Its top-level names get links `out/<name> -> current/<name>`; links of
 * names the new output lacks are removed after the switch.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const out = await Deno.makeTempDir();
 * const dir = await beginVersion(out);
 * await Deno.writeTextFile(`${dir}/indicators.csv`, "metric,value\n地区生产总值,5\n");
 * await publish(out, dir, { files: ["indicators.csv"] });
 * assert.equal(await Deno.readTextFile(`${out}/indicators.csv`), "metric,value\n地区生产总值,5\n"); // through the link
 * assert.equal(await Deno.readLink(`${out}/indicators.csv`), "current/indicators.csv");
 * assert.deepEqual(JSON.parse(await Deno.readTextFile(`${out}/manifest.json`)).files, ["indicators.csv"]);
 * ```
 */
export async function publish(out: string, dir: string, manifest: Manifest): Promise<void> {
  await Deno.writeTextFile(join(dir, "manifest.json"), JSON.stringify(manifest, null, 1) + "\n");
  const top = new Set<string>(["manifest.json"]);
  for (const f of manifest.files) top.add(f.split("/")[0]);
  const cur = join(out, CURRENT);
  let had = true;
  try {
    await Deno.lstat(cur);
  } catch {
    had = false;
  }
  // the switch: two renames, with no `current` (rather than a mixed one) between them
  const aside = `old-${Date.now().toString(36).padStart(10, "0")}-${Deno.pid}`;
  if (had) await Deno.rename(cur, join(out, VERSIONS, aside));
  await Deno.rename(dir, cur);
  // the output just replaced stays for readers that had it open; older ones go
  for await (const e of Deno.readDir(join(out, VERSIONS))) {
    if (e.name !== aside && (e.name.startsWith("old-") || e.name.startsWith("stale-"))) await removeQuietly(join(out, VERSIONS, e.name));
  }
  for (const name of [...top].sort()) await placeLink(out, name);
  for await (const e of Deno.readDir(out)) {
    if (!e.isSymlink) continue;
    let link = "";
    try {
      link = await Deno.readLink(join(out, e.name));
    } catch { continue; }
    if (link.startsWith(`${CURRENT}/`) && !top.has(e.name)) await removeQuietly(join(out, e.name));
  }
}

/**
 * Remove an unpublished version folder (a failed run), quietly.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const out = await Deno.makeTempDir();
 * const dir = await beginVersion(out);
 * await Deno.writeTextFile(`${dir}/indicators.csv`, "metric,value\n");
 * await discardVersion(dir);
 * assert.throws(() => Deno.statSync(dir));
 * await discardVersion(dir); // already gone: no error
 * assert.equal(await publishedDir(out), null);
 * ```
 */
export async function discardVersion(dir: string): Promise<void> {
  await removeQuietly(dir);
}
