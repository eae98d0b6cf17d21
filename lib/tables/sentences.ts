/** sentences.csv: every sentence, cleaned (made by lib/run/rows/sentences.ts). */
import { z } from "zod";
import { offset } from "./columns.ts";

export const SentenceRow = z.object({
  doc_id: z.string(),
  sentence_id: z.string(),
  section_id: z.string(),
  source: z.string(),
  start: offset,
  end: offset,
  text: z.string(),
});
export type SentenceRow = z.infer<typeof SentenceRow>;
