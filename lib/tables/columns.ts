/**
 * Column types shared by several tables, and the helpers every table file
 * uses: column lists read from a schema, and cross-field row rules.
 */
import { z } from "zod";

/** A span offset: a JavaScript string index into the decoded source. */
export const offset = z.number().int().nonnegative();

/** A six-digit GB/T 2260 region code, or empty. */
export const regionCode = z.string().regex(/^(\d{6})?$/);

/**
 * Column names of a row schema, in order (the CSV column order).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { z } from "zod";
 * import { columns } from "./columns.ts";
 * assert.deepEqual(columns(z.object({ term: z.string(), count: z.number() })), ["term", "count"]);
 * ```
 */
export function columns(schema: z.ZodObject<z.ZodRawShape>): string[] {
  return Object.keys(schema.shape);
}

/** A rule across fields of a row: zod refines the schema with it, and the compiled checks of validate.ts run it too. */
export interface RowRule<T> {
  check: (row: T) => boolean;
  message: string;
}
