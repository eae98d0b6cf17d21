/** The default corpus (data/raw), read once and shared by the tests. */
import { extractPaths, type ExtractResult } from "../lib/run/extract.ts";
import { parseCsv } from "../lib/io/csv_parse.ts";
import { chineseYearZeros } from "../lib/stages/normalize.ts";
import { identity } from "../lib/text/mapped.ts";

export const RAW = new URL("../data/raw/", import.meta.url).pathname;
export const GOLD = new URL("../data/gold/", import.meta.url).pathname;

/** The path of every .txt file under `dir` (data/raw by default), folders walked in name order. */
export function rawFiles(dir = RAW): string[] {
  const out: string[] = [];
  for (const e of [...Deno.readDirSync(dir)].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.isDirectory) out.push(...rawFiles(`${dir}${e.name}/`));
    else if (e.name.endsWith(".txt")) out.push(`${dir}${e.name}`);
  }
  return out;
}

/** The text of every report under data/raw, in name order. */
export function rawTexts(): string[] {
  return rawFiles().map((p) => Deno.readTextFileSync(p));
}

let cached: Promise<ExtractResult> | null = null;
/** Every document of data/raw with its tables. */
export function corpus(): Promise<ExtractResult> {
  cached ??= extractPaths([RAW]);
  return cached;
}

/** A gold file of data/gold (a copy of ../shared/gold), or null when it is missing. */
export function gold(name: string): Record<string, string>[] | null {
  try {
    return parseCsv(Deno.readTextFileSync(GOLD + name));
  } catch {
    return null;
  }
}

/** The decoded text of a raw source (BOM removed). */
export function sourceText(source: string): string {
  return Deno.readTextFileSync(RAW + source).replace(/^\uFEFF/, "");
}

/** Fold a source slice the way normalisation does, for comparing with cleaned text. */
export function fold(s: string): string {
  // (a middle dot between digits before a percent sign is a decimal point in old print: "增长19·5％"; a Chinese-numeral
  // year's digit 0 reads 〇, as chineseYearZeros does: 二0二0年)
  return chineseYearZeros(identity(s.normalize("NFKC"))).text.replace(/[\s\u200b-\u200d\u2060\ufeff\u00ad]/g, "")
    .replace(/(?<=\d)[·・](?=\d{1,3}%)/g, ".");
}
