/**
 * Building regular expressions from word lists (the dictionaries' cue words).
 */

/**
 * A literal string escaped for use inside a regular expression.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(escapeRegex("(预计,下同)"), "\\(预计,下同\\)");
 * ```
 */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * An alternation of literal words, longest first, so that 平均每年 wins over 平均.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(new RegExp(`(?:${alternation(["平均", "平均每年"])})`, "u").exec("平均每年新增")![0], "平均每年");
 * ```
 */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegex).join("|");
}

/**
 * An alternation of patterns (not escaped), longest first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.ok(new RegExp(`^(?:${patternAlternation(["比\\d{4}年", "达"])})$`, "u").test("比2020年"));
 * ```
 */
export function patternAlternation(patterns: readonly string[]): string {
  return [...patterns].sort((a, b) => b.length - a.length).join("|");
}
