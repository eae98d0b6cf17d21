/**
 * Helpers for the hot loops of the pipeline, each replacing a convenient
 * idiom that profiling found costly at corpus scale: regex matches without
 * matchAll's copy of the regex, character classes as lookup tables, phrase
 * sets as a first-character index, and rows read by compiled field access.
 */

/**
 * Every match of a global (`g`) regex in `s`, in order, like
 * `[...s.matchAll(re)]` but without the copy of the regex that matchAll makes
 * on every call (which costs more than the search itself on a short
 * sentence), and as an array rather than an iterator.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(matches(/(\d+)%/g, "增长5%左右,下降3%").map((m) => m[1]), ["5", "3"]);
 * ```
 */
export function matches(re: Pick<RegExp, "exec" | "lastIndex" | "unicode">, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[0] === "") {
      // an empty match: step past it (a whole code point with the u flag)
      const c = s.charCodeAt(re.lastIndex);
      re.lastIndex += re.unicode && c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    out.push(m);
  }
  return out;
}

/**
 * The part of `s` after the last (or the `n`-th last) of the characters `chars` (all of `s` when it holds none): what
 * `s.slice(s.search(/[;；][^;；]*$/u) + 1)` gives, by `lastIndexOf` instead of a regex tried at every
 * position (each number's statement is cut so, twice or three times).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { afterLast } from "./hot.ts";
 * assert.equal(afterLast("粮食产量稳定;工业增加值增长", ";；"), "工业增加值增长");
 * assert.equal(afterLast("地区生产总值增长", ";；。"), "地区生产总值增长");
 * // n = 2: after the last but one, what `s.replace(/[,，][^,，]*[,，][^,，]*$/u, "")` cuts off (all of `s` with fewer)
 * assert.equal(afterLast("1979年到1981年,三年共增加,平均每年增长", ",，", 2), "三年共增加,平均每年增长");
 * assert.equal(afterLast("三年共增加,平均每年增长", ",，", 2), "三年共增加,平均每年增长");
 * ```
 */
export function afterLast(s: string, chars: string, n = 1): string {
  let at = s.length;
  for (let k = 0; k < n; k++) {
    let found = -1;
    // (lastIndexOf's from is clamped at 0: nothing is before the start)
    if (at > 0) for (let i = 0; i < chars.length; i++) found = Math.max(found, s.lastIndexOf(chars[i], at - 1));
    if (found < 0) return s; // fewer than n of them: all of s
    at = found;
  }
  return s.slice(at + 1);
}

/**
 * Whether one of `words` stands wholly inside `text.slice(a, b)`, as `words.some((w) => text.slice(a, b).includes(w))`
 * says, from the words' places in the text found once (for the last text asked): a test run on every number's sentence
 * up to the number costs a lookup, not the sentence's length, so a text without sentence breaks stays linear.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { occursWithin } from "./hot.ts";
 * const country = occursWithin(["苏联", "西德", "德国"]);
 * const t = "而苏联的第一个五年计划,投资占百分之八十五点九。西德国民生产总值增长百分之三";
 * assert.equal(country(t, 0, t.indexOf("百分之八十五")), true);
 * assert.equal(country(t, t.indexOf("。") + 1, t.indexOf("国民")), true); // 西德, though 德国 overlaps it
 * assert.equal(country(t, t.indexOf("德国"), t.length), true);
 * assert.equal(country(t, 2, t.indexOf("。")), false);
 * ```
 */
export function occursWithin(words: readonly string[]): (text: string, a: number, b: number) => boolean {
  let last: string | null = null;
  let starts: number[] = [], leastEnd: number[] = [];
  const index = (text: string) => {
    const found: [number, number][] = [];
    for (const w of words) for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) found.push([i, i + w.length]);
    found.sort((x, y) => x[0] - y[0]);
    starts = found.map((f) => f[0]);
    leastEnd = found.map((f) => f[1]);
    for (let k = leastEnd.length - 2; k >= 0; k--) leastEnd[k] = Math.min(leastEnd[k], leastEnd[k + 1]);
    last = text;
  };
  return (text, a, b) => {
    if (text !== last) index(text);
    let lo = 0, hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < a) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length && leastEnd[lo] <= b;
  };
}

/**
 * `lastIndexWithin(text, sub, from, floor)` from the places of `sub` in the text found once (for the last text asked):
 * a search back to the sentence's start from every number costs a lookup, not the sentence's length.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { lastIndexWithin, lastWithin } from "./hot.ts";
 * const among = lastWithin("其中");
 * const t = "限额以上的项目共有一千零九十二个,其中包括五十一个钢铁企业。其中";
 * assert.equal(among(t, t.indexOf("五十一"), 0), t.indexOf("其中"));
 * assert.equal(among(t, t.indexOf("五十一"), t.indexOf("包括")), -1);
 * assert.equal(among(t, t.length, 0), lastIndexWithin(t, "其中", t.length, 0));
 * ```
 */
export function lastWithin(sub: string): (text: string, from: number, floor: number) => number {
  let last: string | null = null;
  let at: number[] = [];
  return (text, from, floor) => {
    if (text !== last) {
      at = [];
      for (let i = text.indexOf(sub); i >= 0; i = text.indexOf(sub, i + 1)) at.push(i);
      last = text;
    }
    let lo = 0, hi = at.length; // the first place after from
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid] <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && at[lo - 1] >= Math.max(0, floor) ? at[lo - 1] : -1;
  };
}

/**
 * `s.lastIndexOf(sub, from)` when it is at `floor` or after, else -1: a search back from a number that
 * cannot start before its sentence (or paragraph), so a text without `sub` costs the sentence's length,
 * not the whole document's (`lastIndexOf` on the document runs back to its start on every number).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { lastIndexWithin } from "./hot.ts";
 * const t = "新增加的生产能力有:合成氨四万七千吨。磷肥五十四万八千吨";
 * assert.equal(lastIndexWithin(t, ":", t.indexOf("合成氨"), 0), t.indexOf(":"));
 * assert.equal(lastIndexWithin(t, ":", t.indexOf("磷肥"), t.indexOf("。") + 1), -1); // the colon is in the sentence before
 * ```
 */
export function lastIndexWithin(s: string, sub: string, from: number, floor: number): number {
  if (floor < 0) floor = 0;
  if (from < floor) return -1;
  const k = s.slice(floor, from + sub.length).lastIndexOf(sub);
  return k < 0 ? -1 : k + floor;
}

/**
 * A one-character regex turned into a table by UTF-16 unit, for loops that
 * test character after character (`table[text.charCodeAt(i)]`): a regex call
 * per character costs far more than the lookup. The regex stays the
 * definition of the class.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const BREAK = charClass(/[,;:。!?\n、]/u);
 * assert.deepEqual(BREAK["地区生产总值增长5%,".charCodeAt(10)], 1);
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
 * import assert from "node:assert/strict";
 * assert.deepEqual(fieldReader(["metric", "value"])({ metric: "地区生产总值", value: 8, unit: "%" }), ["地区生产总值", 8]);
 * ```
 */
export function fieldReader(fields: readonly string[]): (row: unknown) => unknown[] {
  const body = `return [${fields.map((f) => `r[${JSON.stringify(f)}]`).join(", ")}];`;
  return new Function("r", body) as (row: unknown) => unknown[];
}

/** Bits of the pair filter of {@link PhraseIndex} (2^18 bits, 32 KB). */
const PAIR_BITS = 18;
/** A hash of two UTF-16 units into PAIR_BITS bits. */
const pairHash = (a: number, b: number) => Math.imul(a * 65536 + b | 0, 0x9e3779b1) >>> (32 - PAIR_BITS);

/**
 * A set of literal phrases found leftmost-longest, as a regex alternation of
 * them sorted longest first would find them, but through an index by first
 * character: hundreds of place names or key phrases cost one table lookup
 * per character of text instead of an attempt per phrase.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const places = new PhraseIndex(["大连", "大连市", "辽宁省"]);
 * assert.deepEqual([...places.scan("辽宁省大连市委", 0, 7)].map((m) => m.phrase), ["辽宁省", "大连市"]);
 * ```
 */
export class PhraseIndex {
  private byFirst = new Map<number, string[]>();
  private first = new Uint8Array(65536);
  /** first units that are a phrase of their own (one unit long) */
  private single = new Uint8Array(65536);
  /**
   * A bit per hash of a phrase's first two units: a place whose first unit
   * starts some phrase but whose pair is in no phrase can only match a
   * one-unit phrase. With the county-level place names nearly every Chinese
   * character starts some name, and the list for it was tried at almost
   * every character of every report; the pair filter skips most of them.
   */
  private pairs = new Int32Array(1 << (PAIR_BITS - 5));

  constructor(phrases: Iterable<string>) {
    for (const p of phrases) {
      if (!p) continue;
      const c = p.charCodeAt(0);
      const list = this.byFirst.get(c);
      if (list) list.push(p);
      else this.byFirst.set(c, [p]);
      this.first[c] = 1;
      if (p.length === 1) this.single[c] = 1;
      else {
        const h = pairHash(c, p.charCodeAt(1));
        this.pairs[h >>> 5] |= 1 << (h & 31);
      }
    }
    // longest first; equal lengths in code-unit order (two of them cannot both match at one place)
    for (const list of this.byFirst.values()) list.sort((x, y) => y.length - x.length || (x < y ? -1 : x > y ? 1 : 0));
  }

  /** The longest phrase that starts at `i` and ends by `end`, or "". */
  longestAt(text: string, i: number, end = text.length): string {
    const c = text.charCodeAt(i);
    if (!this.first[c]) return "";
    if (!this.single[c]) {
      // no one-unit phrase here: without a phrase on this pair nothing matches
      if (i + 2 > end) return "";
      const h = pairHash(c, text.charCodeAt(i + 1));
      if (!(this.pairs[h >>> 5] & (1 << (h & 31)))) return "";
    }
    const list = this.byFirst.get(c);
    if (!list) return "";
    // (by index: a for-of goes through the array's iterator, at every character that starts a phrase)
    for (let k = 0; k < list.length; k++) {
      const p = list[k];
      if (i + p.length <= end && text.startsWith(p, i)) return p;
    }
    return "";
  }

  /**
   * Every phrase in `text[a, b)`, leftmost-longest and not overlapping, with
   * where it starts. An array, not a generator: V8 ran the character loop
   * inside a generator several times slower.
   */
  scan(text: string, a = 0, b = text.length): { index: number; phrase: string }[] {
    const out: { index: number; phrase: string }[] = [];
    const first = this.first;
    for (let i = a; i < b; i++) {
      if (!first[text.charCodeAt(i)]) continue;
      const p = this.longestAt(text, i, b);
      if (!p) continue;
      out.push({ index: i, phrase: p });
      i += p.length - 1;
    }
    return out;
  }

  /**
   * Every phrase that occurs anywhere in `text`, overlaps included (a cue
   * inside a longer cue counts too).
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * const held = new PhraseIndex(["就业", "新增就业", "收入"]).held("城镇新增就业70万人");
   * assert.deepEqual([...held].sort(), ["就业", "新增就业"]);
   * ```
   */
  held(text: string): Set<string> {
    const out = new Set<string>();
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!this.first[c]) continue;
      if (!this.single[c]) {
        const h = pairHash(c, text.charCodeAt(i + 1)); // past the end: NaN, hashed like 0 (nothing of two units fits there anyway)
        if (!(this.pairs[h >>> 5] & (1 << (h & 31)))) continue;
      }
      for (const p of this.byFirst.get(c)!) if (text.startsWith(p, i)) out.add(p);
    }
    return out;
  }
}

/**
 * A copy of a string that shares no memory with the text it was cut from.
 * V8 keeps a substring of 13 characters or more as a view into its parent,
 * so a kept row holding one keeps the whole parent alive (a document's
 * text, or the megabyte of a table file it was read in).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = await Deno.readTextFile("data/raw/seeds/003_4c843e5d37004413.txt");
 * const head = own(text.slice(0, 20)); // the same 20 characters, without the report behind them
 * assert.equal(head, text.slice(0, 20));
 * assert.equal(own("政府工作报告"), "政府工作报告"); // short strings are returned as they are
 * ```
 */
export function own(s: string): string {
  return s.length < 13 ? s : JSON.parse(JSON.stringify(s));
}
