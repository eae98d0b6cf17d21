/** documents.csv: one row per report (the row itself is made by lib/run/rows/documents.ts). */
import { z } from "zod";
import { offset, regionCode } from "./columns.ts";

export const DocumentRow = z.object({
  doc_id: z.string(),
  source: z.string(),
  start: offset,
  end: offset,
  kind: z.enum(["government_work_report", "party_congress_report", "plenary_report", "speech", "news", ""]),
  region: z.string(),
  region_code: regionCode,
  level: z.enum(["national", "province", "city", "county", ""]),
  parent_region: z.string(),
  parent_region_code: regionCode,
  year: z.number().int().min(1900).max(2100).nullable(),
  masked: z.boolean(),
  title: z.string(),
  speaker: z.string(),
  meeting: z.string(),
  date: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/),
  encoding: z.string(),
  script: z.enum(["simplified", "traditional"]),
  chars: offset,
  noise_chars: offset,
});
export type DocumentRow = z.infer<typeof DocumentRow>;

/** The kinds of document ("" when not recognised). */
export const DOCUMENT_KINDS = DocumentRow.shape.kind.options;
export type DocumentKind = DocumentRow["kind"];
/** The levels of the unit a report speaks for ("" when unknown). */
export const LEVELS = DocumentRow.shape.level.options;
export type Level = DocumentRow["level"];
/** The scripts a text is written in. */
export const SCRIPTS = DocumentRow.shape.script.options;
export type Script = DocumentRow["script"];
