/** goals.csv: one row per stated aim (made by lib/run/rows/goals.ts). */
import { z } from "zod";
import { offset } from "./columns.ts";

export const GoalRow = z.object({
  goal_id: z.string(),
  doc_id: z.string(),
  section_id: z.string(),
  source: z.string(),
  start: offset,
  end: offset,
  text: z.string().min(2),
  lead: z.string(),
  kind: z.enum(["target", "task", "aim"]),
  horizon: z.enum(["annual", "multi_year", "long_term"]),
  target_year: z.number().int().nullable(),
  theme: z.string(),
  has_number: z.boolean(),
  indicator_ids: z.string(),
  found_by: z.enum(["list", "dated", "task"]),
  region: z.string(),
  year: z.number().int().nullable(),
});
export type GoalRow = z.infer<typeof GoalRow>;

/** The kinds of goal. */
export const GOAL_KINDS = GoalRow.shape.kind.options;
export type GoalKind = GoalRow["kind"];
/** When a goal is due. */
export const HORIZONS = GoalRow.shape.horizon.options;
export type Horizon = GoalRow["horizon"];
/** Which finder found a goal. */
export const FOUND_BY = GoalRow.shape.found_by.options;
export type FoundBy = GoalRow["found_by"];
