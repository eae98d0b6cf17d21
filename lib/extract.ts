/**
 * Building all tables from a set of input files, as a library call.
 * The command line (cli.ts) and the notebooks both use this.
 */
import { type InputFile, listInputs } from "./files.ts";
import { baseRows, type Document, readSource, type Tables } from "./pipeline.ts";
import { InputError } from "./errors.ts";

/** A file that was not processed, and why. */
export interface Refused {
  source: string;
  path: string;
  problem: string;
}

export interface ExtractResult {
  tables: Tables;
  documents: Document[];
  refused: Refused[];
  files: number;
  bytes: number;
}

/**
 * Read every file under `paths` and build the tables. Bad files are
 * refused with a reason; the others are processed.
 *
 * @example
 * ```ts
 * const r = await extractPaths(["data/raw/seeds"]);
 * r.tables.documents.length; // 7
 * ```
 */
export async function extractPaths(
  paths: string[],
  onFile?: (f: InputFile, done: number, total: number, bytes: number) => void,
): Promise<ExtractResult> {
  const { files, missing } = await listInputs(paths);
  const refused: Refused[] = missing.map((p) => ({ source: p, path: p, problem: "no such file or folder" }));
  const documents: Document[] = [];
  let bytes = 0;
  for (const [i, f] of files.entries()) {
    try {
      const data = await Deno.readFile(f.path);
      bytes += data.length;
      documents.push(...readSource(f.source, data));
    } catch (e) {
      if (e instanceof InputError) refused.push({ source: f.source, path: f.path, problem: e.problem });
      else if (e instanceof Deno.errors.PermissionDenied || e instanceof Deno.errors.NotFound) {
        refused.push({ source: f.source, path: f.path, problem: `cannot be read (${(e as Error).message})` });
      } else throw e;
    }
    onFile?.(f, i + 1, files.length, bytes);
  }
  return { tables: baseRows(documents), documents, refused, files: files.length, bytes };
}
