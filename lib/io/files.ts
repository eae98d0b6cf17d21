/**
 * Finding input files: each argument is a file or a folder (read
 * recursively). A file's `source` name is its path relative to the folder
 * given, or its bare name when the file itself was given.
 */
import { basename, join, relative } from "node:path";

/** An input file: where it is, and the name its rows will carry. */
export interface InputFile {
  path: string;
  source: string;
}

/** Extensions read as reports. */
export const TEXT_EXTENSIONS = /\.(txt|text|html?)$/i;

/**
 * List the input files under the given paths, sorted by source name.
 * Paths that do not exist, and folders that cannot be listed, are returned in `missing`.
 */
export async function listInputs(paths: string[]): Promise<{ files: InputFile[]; missing: { path: string; problem: string }[] }> {
  const files: InputFile[] = [];
  const missing: { path: string; problem: string }[] = [];
  for (const p of paths) {
    let info: Deno.FileInfo;
    try {
      info = await Deno.stat(p);
    } catch {
      missing.push({ path: p, problem: "no such file or folder" });
      continue;
    }
    if (info.isFile) {
      files.push({ path: p, source: basename(p) });
      continue;
    }
    const walk = async (dir: string) => {
      const entries: Deno.DirEntry[] = [];
      try {
        for await (const e of Deno.readDir(dir)) entries.push(e);
      } catch {
        missing.push({ path: dir, problem: "the folder cannot be listed" });
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        const full = join(dir, e.name);
        if (e.name.startsWith(".")) continue;
        let isDir = e.isDirectory;
        let isFile = e.isFile;
        if (e.isSymlink) {
          // follow links; a broken one is listed so that it is reported, not silently skipped
          try {
            const s = await Deno.stat(full);
            isDir = s.isDirectory;
            isFile = s.isFile;
          } catch {
            isFile = TEXT_EXTENSIONS.test(e.name);
          }
        }
        if (isDir) await walk(full);
        else if (isFile && TEXT_EXTENSIONS.test(e.name)) {
          files.push({ path: full, source: relative(p, full).split("\\").join("/") });
        }
      }
    };
    await walk(p);
  }
  files.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  return { files, missing };
}
