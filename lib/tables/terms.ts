/** terms.csv: slogans and key phrases, one row per document × term (made by lib/run/rows/terms.ts). */
import { z } from "zod";
import { offset } from "./columns.ts";

export const TermRow = z.object({
  doc_id: z.string(),
  term: z.string().min(1),
  kind: z.enum(["quoted", "dictionary", "both"]),
  category: z.string(),
  count: z.number().int().positive(),
  per_10k_chars: z.number().nonnegative(),
  first_start: offset,
  first_end: offset,
  source: z.string(),
  region: z.string(),
  level: z.string(),
  year: z.number().int().nullable(),
});
export type TermRow = z.infer<typeof TermRow>;

/** How a term was found. */
export const TERM_KINDS = TermRow.shape.kind.options;
export type TermKind = TermRow["kind"];
