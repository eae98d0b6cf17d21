/** Assertions for the tests (node:assert, since JSR is not reachable here). */
import assert from "node:assert/strict";

export function assertEquals<T>(actual: T, expected: T, msg?: string) {
  assert.deepStrictEqual(actual, expected, msg);
}
export function assert_(cond: unknown, msg?: string): asserts cond {
  assert.ok(cond, msg);
}
export { assert };
