/**
 * Comparing a region's key phrases with the national report's.
 */
type Row = Record<string, unknown>;

/**
 * The terms a region's report of `year` uses most, beside their rate in the
 * national government work report of that year (or the latest one before it).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { rows } from "./workspace.ts";
 * import { main } from "../run/command.ts";
 * const dir = await Deno.makeTempDir();
 * await main(["data/raw/national/national_2025.txt", "data/raw/provincial-2025/provincial_2025_广东省.txt", "--out", dir, "--quiet", "--no-review"]);
 * const top = compareTerms(await rows("terms", dir), await rows("documents", dir), "广东省", 2025);
 * assert.equal(top[0].national_year, 2025); // the national 2025 report is in the corpus
 * ```
 */
export function compareTerms(terms: Row[], docs: Row[], region: string, year: number, n = 20): Row[] {
  const doc = docs.find((d) => d.region === region && d.year === year && d.kind === "government_work_report");
  if (!doc) return [];
  const national = docs
    .filter((d) => d.level === "national" && d.kind === "government_work_report" && d.year !== null && Number(d.year) <= year)
    .sort((a, b) => Number(b.year) - Number(a.year))[0];
  const nat = new Map(terms.filter((t) => national && t.doc_id === national.doc_id).map((t) => [t.term, t.per_10k_chars]));
  return terms.filter((t) => t.doc_id === doc.doc_id)
    .sort((a, b) => Number(b.per_10k_chars) - Number(a.per_10k_chars))
    .slice(0, n)
    .map((t) => ({
      term: t.term,
      kind: t.kind,
      region_count: t.count,
      region_per_10k: t.per_10k_chars,
      national_per_10k: nat.get(t.term) ?? 0,
      national_year: national?.year ?? null,
    }));
}
