/**
 * Regex helpers for the hot loops.
 */

/**
 * Every match of a global (`g`) regex in `s`, in order, like
 * `s.matchAll(re)` but without the copy of the regex that matchAll makes on
 * every call (which costs more than the search itself on a short sentence).
 * The regex's `lastIndex` is its cursor, so the loop body must not use the
 * same regex object.
 *
 * @example
 * ```ts
 * [...matches(/(\d+)%/g, "增长5%左右,下降3%")].map((m) => m[1]); // ["5", "3"]
 * ```
 */
export function* matches(re: RegExp, s: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[0] === "") {
      // an empty match: step past it (a whole code point with the u flag)
      const c = s.charCodeAt(re.lastIndex);
      re.lastIndex += re.unicode && c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    yield m;
  }
}
