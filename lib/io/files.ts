/**
 * Finding input files: each argument is a file or a folder (read
 * recursively). A file's `source` name is its path relative to the folder
 * given, or its bare name when the file itself was given.
 *
 * Inputs are resolved once, by real path (links followed):
 * - a file reached twice (given twice, a folder given twice, a link to a
 *   file already listed) is read once, with a note naming both paths;
 * - a link back to a folder being walked (`self -> .`) is a loop: named in
 *   a note and not followed; a link chain that never ends (`a -> b -> a`)
 *   is named the same way, so a listing always ends;
 * - folders given in `exclude` (the output folder) are never read;
 * - two different files that would get the same `source` (two `x.txt` given
 *   from different folders) keep the second's path as given, so `doc_id`s
 *   stay unique.
 */
import { basename, join, relative, resolve, sep } from "node:path";

/** An input file: where it is, and the name its rows will carry. */
export interface InputFile {
  path: string;
  source: string;
}

/** Extensions read as reports. */
export const TEXT_EXTENSIONS = /\.(txt|text|html?)$/i;

/** What listInputs found. */
export interface Inputs {
  /** the files to read, sorted by source name */
  files: InputFile[];
  /** arguments that do not exist, and folders that cannot be listed */
  missing: { path: string; problem: string }[];
  /** paths skipped on purpose: duplicates, link loops, the output folder */
  notes: { path: string; note: string }[];
}

/** Options for listInputs. */
export interface ListOptions {
  /** folders never read (with everything under them), e.g. the output folder */
  exclude?: string[];
}

/** The real path of `p`, or the reason there is none. */
async function real(p: string): Promise<string | { problem: string; loop: boolean }> {
  try {
    return await Deno.realPath(p);
  } catch (e) {
    if (e instanceof Deno.errors.FilesystemLoop || /loop|too many levels/i.test((e as Error).message)) {
      return { problem: "a chain of links that never ends (a link loop)", loop: true };
    }
    return { problem: e instanceof Deno.errors.NotFound ? "no such file or folder" : (e as Error).message, loop: false };
  }
}

const inside = (path: string, dir: string) => path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);

/**
 * List the input files under the given paths, sorted by source name.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = await listInputs(["data/raw/seeds", "data/raw/seeds/003_4c843e5d37004413.txt"]);
 * assert.equal(r.files.filter((f) => f.source === "003_4c843e5d37004413.txt").length, 1); // read once, via the folder
 * assert.match(r.notes[0].note, /same file as/);
 * ```
 */
export async function listInputs(paths: string[], opts: ListOptions = {}): Promise<Inputs> {
  const files: InputFile[] = [];
  const missing: Inputs["missing"] = [];
  const notes: Inputs["notes"] = [];
  const excluded: string[] = [];
  for (const x of opts.exclude ?? []) {
    const r = await real(x);
    excluded.push(typeof r === "string" ? r : resolve(x));
  }
  const seenFiles = new Map<string, string>(); // real path → the path it was first listed by
  const seenDirs = new Map<string, string>();
  const sources = new Set<string>();
  const add = (path: string, realPath: string, source: string) => {
    if (excluded.some((x) => inside(realPath, x))) {
      notes.push({ path, note: "in the output folder: not read as input" });
      return;
    }
    const first = seenFiles.get(realPath);
    if (first !== undefined) {
      notes.push({ path, note: `the same file as "${first}": read once` });
      return;
    }
    seenFiles.set(realPath, path);
    if (sources.has(source)) {
      // a different file with the same name: keep the path as given, so doc_ids stay unique
      let alt = path.split("\\").join("/");
      for (let k = 2; sources.has(alt); k++) alt = `${path}~${k}`;
      notes.push({ path, note: `another file is already named "${source}": its rows are named "${alt}"` });
      source = alt;
    }
    sources.add(source);
    files.push({ path, source });
  };
  for (const p of paths) {
    const r = await real(p);
    if (typeof r !== "string") {
      missing.push({ path: p, problem: r.problem });
      continue;
    }
    let info: Deno.FileInfo;
    try {
      info = await Deno.stat(r);
    } catch (e) {
      missing.push({ path: p, problem: (e as Error).message });
      continue;
    }
    if (info.isFile) {
      add(p, r, basename(p));
      continue;
    }
    if (!info.isDirectory) {
      missing.push({ path: p, problem: "neither a file nor a folder" });
      continue;
    }
    const walk = async (dir: string, realDir: string, stack: Map<string, string>) => {
      const out = excluded.find((x) => inside(realDir, x));
      if (out !== undefined) {
        notes.push({ path: dir, note: "the output folder (or inside it): not read as input" });
        return;
      }
      const first = seenDirs.get(realDir);
      if (first !== undefined) {
        const loop = stack.get(realDir);
        notes.push({
          path: dir,
          note: loop !== undefined ? `a link back to "${loop}" (a loop): not followed` : `the same folder as "${first}": read once`,
        });
        return;
      }
      seenDirs.set(realDir, dir);
      stack.set(realDir, dir);
      const entries: Deno.DirEntry[] = [];
      try {
        for await (const e of Deno.readDir(dir)) entries.push(e);
      } catch {
        missing.push({ path: dir, problem: "the folder cannot be listed" });
        stack.delete(realDir);
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        const full = join(dir, e.name);
        if (e.name.startsWith(".")) continue;
        let isDir = e.isDirectory;
        let isFile = e.isFile;
        let realPath = join(realDir, e.name);
        if (e.isSymlink) {
          const t = await real(full);
          if (typeof t !== "string") {
            if (t.loop) {
              notes.push({ path: full, note: `${t.problem}: not followed` });
              continue;
            }
            // a broken link is listed so that it is reported, not silently skipped
            if (TEXT_EXTENSIONS.test(e.name)) files.push({ path: full, source: relative(p, full).split("\\").join("/") });
            continue;
          }
          realPath = t;
          try {
            const s = await Deno.stat(t);
            isDir = s.isDirectory;
            isFile = s.isFile;
          } catch {
            isFile = TEXT_EXTENSIONS.test(e.name);
          }
        }
        if (isDir) await walk(full, realPath, stack);
        else if (isFile && TEXT_EXTENSIONS.test(e.name)) add(full, realPath, relative(p, full).split("\\").join("/"));
      }
      stack.delete(realDir);
    };
    await walk(p, r, new Map());
  }
  files.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  return { files, missing, notes };
}
