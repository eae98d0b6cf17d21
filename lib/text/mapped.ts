/**
 * Text with an offset map back into the decoded source.
 *
 * Every stage that cleans text (HTML stripping, normalisation, noise removal)
 * produces a new {@link MappedText}; character `i` of `text` came from
 * `source.slice(start[i], end[i])`. A span `[a, b)` of the cleaned text is
 * therefore `source.slice(start[a], end[b - 1])` in the original, which is
 * what every table row reports (extraction guide, section 1).
 */

/** Cleaned text plus, for each UTF-16 unit, the source span it came from. */
export interface MappedText {
  text: string;
  start: Int32Array;
  end: Int32Array;
}

/**
 * Wrap a source string unchanged: unit `i` maps to `[i, i + 1)`. Below 2^22
 * units the maps are views of one shared table (read them, never write them).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const m = identity("地区生产总值增长8%");
 * assert.deepEqual(sourceSpan(m, 6, 9), [6, 9]);
 * ```
 */
export function identity(text: string): MappedText {
  const n = text.length;
  if (n < 1 << 22) {
    // views of one ascending table, neither a loop nor a copy per file: no
    // stage writes into a map it is given (each makes its own), and the
    // pipeline never frees this table (isSharedTable)
    if (iota.length < n + 1) {
      iota = new Int32Array(Math.min(1 << 22, Math.max(2 * iota.length, n + 1)));
      for (let i = 0; i < iota.length; i++) iota[i] = i;
    }
    return { text, start: iota.subarray(0, n), end: iota.subarray(1, n + 1) };
  }
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    start[i] = i;
    end[i] = i + 1;
  }
  return { text, start, end };
}

let iota = new Int32Array(0);

/**
 * Whether `buffer` is the ascending table that {@link identity}'s maps are
 * views of, shared by every text it wraps: it must not be freed (detached)
 * with a map that views it, nor written.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(isSharedTable(identity("增长8%").start.buffer), true);
 * assert.equal(isSharedTable(new Int32Array(4).buffer), false);
 * ```
 */
export function isSharedTable(buffer: ArrayBufferLike): boolean {
  return buffer === iota.buffer;
}

/**
 * Source offsets `[start, end)` of the cleaned span `[a, b)`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const m = identity("增长８％");
 * assert.deepEqual(sourceSpan(m, 2, 4), [2, 4]);
 * ```
 */
export function sourceSpan(m: MappedText, a: number, b: number): [number, number] {
  if (b <= a) {
    const p = a < m.start.length ? m.start[a] : (m.end.length ? m.end[m.end.length - 1] : 0);
    return [p, p];
  }
  return [m.start[a], m.end[b - 1]];
}

/**
 * Appends text with its source spans; `build()` returns the MappedText.
 * Runs copied from an existing mapped text are kept as string slices and
 * their spans copied in bulk, so the common case (long runs of unchanged
 * text) costs no per-character work; single units pushed one by one are
 * gathered in a small buffer.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const src = identity("增长８％左右");
 * const b = new MappedBuilder();
 * b.copy(src, 0, 2); // 增长 unchanged
 * b.push(0x38, 2, 3); // ８ folded to 8
 * b.push(0x25, 3, 4); // ％ folded to %
 * const m = b.build();
 * assert.equal(m.text, "增长8%");
 * assert.deepEqual(sourceSpan(m, 2, 4), [2, 4]);
 * ```
 */
export class MappedBuilder {
  private parts: string[] = [];
  private pending = new Uint16Array(4096);
  private pendingLength = 0;
  private s: Int32Array;
  private e: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.s = new Int32Array(Math.max(1, capacity));
    this.e = new Int32Array(Math.max(1, capacity));
  }

  private grow(min: number) {
    let cap = this.s.length * 2;
    while (cap < min) cap *= 2;
    const s = new Int32Array(cap);
    s.set(this.s);
    const e = new Int32Array(cap);
    e.set(this.e);
    this.s = s;
    this.e = e;
  }

  private flush() {
    if (!this.pendingLength) return;
    this.parts.push(String.fromCharCode.apply(null, this.pending.subarray(0, this.pendingLength) as unknown as number[]));
    this.pendingLength = 0;
  }

  /** Append one UTF-16 unit `code` that stands for source `[start, end)`. */
  push(code: number, start: number, end: number) {
    if (this.length === this.s.length) this.grow(this.length + 1);
    if (this.pendingLength === this.pending.length) this.flush();
    this.pending[this.pendingLength++] = code;
    this.s[this.length] = start;
    this.e[this.length] = end;
    this.length++;
  }

  /** Append units `[a, b)` of an existing mapped text unchanged. */
  copy(m: MappedText, a: number, b: number) {
    const n = b - a;
    if (n <= 0) return;
    if (this.length + n > this.s.length) this.grow(this.length + n);
    this.flush();
    this.parts.push(m.text.slice(a, b));
    this.s.set(m.start.subarray(a, b), this.length);
    this.e.set(m.end.subarray(a, b), this.length);
    this.length += n;
  }

  build(): MappedText {
    this.flush();
    const text = this.parts.join("");
    this.parts = [];
    return {
      text,
      start: this.s.subarray(0, this.length), // no copy: the spare capacity is small (builders are sized to their input)
      end: this.e.subarray(0, this.length),
    };
  }
}

/**
 * Keep only the units of `m` for which `keep[i]` is 1.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const m = identity("必赢体育省政府");
 * const keep = new Uint8Array([0, 0, 0, 0, 1, 1, 1]);
 * assert.deepEqual(filter(m, keep).text, "省政府");
 * ```
 */
export function filter(m: MappedText, keep: Uint8Array): MappedText {
  const n = m.text.length;
  const b = new MappedBuilder(n + 1);
  // copy each run of kept units; runs are found by native scans of `keep`
  for (let i = keep.indexOf(1); i >= 0 && i < n;) {
    let j = keep.indexOf(0, i);
    if (j < 0 || j > n) j = n;
    b.copy(m, i, j);
    i = j < n ? keep.indexOf(1, j) : -1;
  }
  return b.build();
}

/**
 * Compose two maps: `outer` was made from `inner.text`; the result maps
 * `outer.text` straight into the source that `inner` points to.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // inner: the page "<p>增长8%</p>" with its tags dropped
 * const page = identity("<p>增长8%</p>");
 * const inner = filter(page, new Uint8Array([0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0]));
 * // outer: "增长8%" with its first two characters dropped
 * const outer = filter(identity(inner.text), new Uint8Array([0, 0, 1, 1]));
 * const m = compose(inner, outer);
 * assert.equal(m.text, "8%");
 * assert.deepEqual(sourceSpan(m, 0, 2), [5, 7]); // "8%" in the page
 * ```
 */
export function compose(inner: MappedText, outer: MappedText): MappedText {
  const n = outer.text.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const last = inner.text.length;
  for (let i = 0; i < n; i++) {
    const a = outer.start[i];
    const b = outer.end[i];
    if (b > a) {
      start[i] = inner.start[a];
      end[i] = inner.end[b - 1];
    } else {
      const p = a < last ? inner.start[a] : (last ? inner.end[last - 1] : 0);
      start[i] = p;
      end[i] = p;
    }
  }
  return { text: outer.text, start, end };
}
