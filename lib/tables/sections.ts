/** sections.csv: the outline, one row per section (made by lib/run/rows/sections.ts). */
import { z } from "zod";
import { offset } from "./columns.ts";

export const SectionRow = z.object({
  doc_id: z.string(),
  section_id: z.string(),
  parent_id: z.string(),
  level: z.number().int().positive(),
  ordinal: z.number().int().nonnegative(),
  heading: z.string(),
  role: z.enum(["review", "targets", "plan", "other"]),
  source: z.string(),
  start: offset,
  end: offset,
  heading_start: offset,
  heading_end: offset,
});
export type SectionRow = z.infer<typeof SectionRow>;

/** The roles of a section. */
export const ROLES = SectionRow.shape.role.options;
export type Role = SectionRow["role"];
