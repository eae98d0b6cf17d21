/** Listing the TypeScript modules of a folder, for the tests that read the code itself (layers, docs, function length, enums). */
import { join, relative } from "node:path";

/** Every .ts file under `dir`, recursively, sorted; relative to `base` when given, else absolute. */
export function tsFiles(dir: string, base?: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of Deno.readDirSync(d)) {
      const p = join(d, e.name);
      if (e.isDirectory) walk(p);
      else if (e.name.endsWith(".ts")) out.push(base ? relative(base, p) : p);
    }
  };
  walk(dir);
  return out.sort();
}
