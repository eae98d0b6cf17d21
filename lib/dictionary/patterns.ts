/**
 * Compiling cue lists into regular expressions: literal phrases escaped and
 * joined longest first, so that an alternation prefers the longer cue.
 */

/**
 * A literal string escaped for use inside a regular expression.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(escapeRegex("增长(%)"), "增长\\(%\\)");
 * ```
 */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * Literal phrases as one regex alternation, longest first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(alternation(["目标", "目标任务"]), "目标任务|目标");
 * assert.ok(new RegExp(alternation(["今后五年", "五年内"])).test("今后五年经济社会发展"));
 * ```
 */
export function alternation(xs: string[]): string {
  return [...xs].sort((a, b) => b.length - a.length).map(escapeRegex).join("|");
}
