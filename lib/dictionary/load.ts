/** Validating a dictionary on load. */
import { z } from "zod";

/**
 * Parse a dictionary, naming the file in the error when it is malformed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { z } from "zod";
 * assert.deepEqual(load(z.object({ name: z.string() }), { name: "大连市" }, "x.json"), { name: "大连市" });
 * assert.throws(() => load(z.object({ name: z.string() }), { name: 1 }, "x.json"), /Invalid dictionary "x.json": name/);
 * ```
 */
export function load<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const r = schema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`Invalid dictionary "${file}": ${issue.path.join(".")}: ${issue.message}`);
  }
  return r.data;
}

/**
 * A dictionary field that holds a regular expression's source: refused on load when it does not compile (with the `u` flag).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(regexSource.parse("(?:全省|全市)地区生产总值"), "(?:全省|全市)地区生产总值");
 * assert.throws(() => regexSource.parse("地区生产总值("), /not a valid regular expression/);
 * ```
 */
export const regexSource = z.string().refine((s) => {
  try {
    new RegExp(s, "u");
    return true;
  } catch {
    return false;
  }
}, "not a valid regular expression");
