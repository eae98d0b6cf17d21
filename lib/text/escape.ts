/** Escaping text for HTML: review pages and notebook tables. */

/**
 * Escape text for HTML content and attribute values.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(escapeHtml("<b>增长8%</b>"), "&lt;b&gt;增长8%&lt;/b&gt;");
 * ```
 */
export function escapeHtml(s: unknown): string {
  return String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}
