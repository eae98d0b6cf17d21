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

/**
 * A one-character regex turned into a table by UTF-16 unit, for loops that
 * test character after character (`table[text.charCodeAt(i)]`): a regex call
 * per character costs far more than the lookup. The regex stays the
 * definition of the class.
 *
 * @example
 * ```ts
 * const BREAK = charClass(/[,;:。!?\n、]/u);
 * BREAK["地区生产总值增长5%,".charCodeAt(10)]; // 1
 * ```
 */
export function charClass(re: RegExp): Uint8Array {
  const table = new Uint8Array(65536);
  const one = new RegExp(`^(?:${re.source})$`, re.flags.replace(/[gy]/g, ""));
  for (let c = 0; c < 65536; c++) if (one.test(String.fromCharCode(c))) table[c] = 1;
  return table;
}

/**
 * A function that reads the given fields of an object into an array, with
 * each field named in its code (`r["doc_id"]`), so V8 compiles plain
 * property loads; a loop over field names (`r[name]`) costs several times
 * more per value. For rendering and checking hundreds of thousands of rows.
 *
 * @example
 * ```ts
 * fieldReader(["metric", "value"])({ metric: "地区生产总值", value: 8, unit: "%" }); // ["地区生产总值", 8]
 * ```
 */
export function fieldReader(fields: readonly string[]): (row: unknown) => unknown[] {
  const body = `return [${fields.map((f) => `r[${JSON.stringify(f)}]`).join(", ")}];`;
  return new Function("r", body) as (row: unknown) => unknown[];
}
