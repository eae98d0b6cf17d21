/** Review pages from the built tables, for the notebooks. */
import type { DocumentRow } from "../tables/documents.ts";
import type { GoalRow } from "../tables/goals.ts";
import type { IndicatorRow } from "../tables/indicators.ts";
import type { SectionRow } from "../tables/sections.ts";
import { reviewPage } from "../io/review.ts";
import { rows, RAW_DIR } from "./workspace.ts";

/**
 * The review page of a document of the built tables, by id.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const html = await reviewPageFor("seeds/003_4c843e5d37004413.txt#1");
 * assert.ok(html.includes('<mark class="ind target" id="seeds/003_4c843e5d37004413.txt#1/i'));
 * ```
 */
export async function reviewPageFor(docId: string): Promise<string> {
  const docs = (await rows("documents")) as unknown as DocumentRow[];
  const doc = docs.find((d) => d.doc_id === docId);
  if (!doc) throw new Error(`No document "${docId}" in data/tables/documents.csv`);
  const text = (await Deno.readTextFile(`${RAW_DIR}/${doc.source}`)).replace(/^\uFEFF/, "");
  return reviewPage(
    doc,
    text,
    (await rows("indicators", { where: (r) => r.doc_id === docId })) as unknown as IndicatorRow[], // this document's rows only
    (await rows("goals", { where: (r) => r.doc_id === docId })) as unknown as GoalRow[],
    (await rows("sections", { where: (r) => r.doc_id === docId })) as unknown as SectionRow[], // for section jumps and filters
  );
}
