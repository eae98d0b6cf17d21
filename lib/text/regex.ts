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

/** The UTF-16 units an atom of a pattern may end with (null: any, or not known), and whether it may match nothing. */
interface Tail {
  last: Set<number> | null;
  empty: boolean;
}

/** ASCII digits, what `\d` matches (with or without the u flag). */
const DIGITS = [..."0123456789"].map((c) => c.charCodeAt(0));

/**
 * The units a match of `source` may end with, read from the pattern, or
 * null when it cannot tell: the reader knows literal characters, `\d`,
 * escaped punctuation, classes of those (with short ranges), groups with
 * alternatives, lookbehinds (which take no unit, whatever they hold) and the quantifiers
 * `? * + {m,n}`; anything else (lookahead, `.`, `\w`, `\p{…}`, negated classes, backreferences, a
 * character outside the BMP) makes it give up, so a filter built on it never
 * refuses a string the pattern matches.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(new Set([...lastUnits("比\\d{4}年(?:末|底)?|增长")!].map((c) => String.fromCharCode(c))), new Set(["年", "末", "底", "长"]));
 * assert.deepEqual([...lastUnits("(?<!节)约|(?<=\\d)年")!].map((c) => String.fromCharCode(c)), ["约", "年"]);
 * assert.equal(lastUnits("(?=\\d)年"), null); // lookahead: not read
 * assert.equal(lastUnits("增长|(?:达到)?"), null); // may match nothing: it may end anywhere
 * ```
 */
export function lastUnits(source: string): Set<number> | null {
  let i = 0;
  const fail = () => {
    throw new RangeError("not read");
  };
  const escapeUnits = (): number[] => {
    const c = source[++i];
    i++;
    if (c === "d") return DIGITS;
    if (c !== undefined && /[^\p{L}\p{N}\s]/u.test(c) && c.charCodeAt(0) < 0xd800) return [c.charCodeAt(0)];
    return fail();
  };
  const classUnits = (): number[] => {
    i++; // [
    if (source[i] === "^") fail();
    const out: number[] = [];
    let prev = -1;
    while (i < source.length && source[i] !== "]") {
      if (source[i] === "-" && prev >= 0 && source[i + 1] !== "]") {
        i++;
        const to = source[i] === "\\" ? escapeUnits() : [source.charCodeAt(i++)];
        if (to.length !== 1 || to[0] < prev || to[0] - prev > 1000) fail();
        for (let c = prev + 1; c <= to[0]; c++) out.push(c);
        prev = -1;
        continue;
      }
      const units = source[i] === "\\" ? escapeUnits() : [source.charCodeAt(i++)];
      for (const u of units) if (u >= 0xd800 && u <= 0xdfff) fail();
      out.push(...units);
      prev = units.length === 1 ? units[0] : -1;
    }
    if (source[i] !== "]") fail();
    i++;
    return out;
  };
  // alternatives until `)` or the end; a sequence's tail is its last atoms' back to the first that cannot be empty
  const alternatives = (): Tail => {
    const last = new Set<number>();
    let empty = false;
    for (;;) {
      const seq = sequence();
      if (seq.last === null) return fail();
      for (const u of seq.last) last.add(u);
      empty ||= seq.empty;
      if (source[i] !== "|") break;
      i++;
    }
    return { last, empty };
  };
  const sequence = (): Tail => {
    const atoms: Tail[] = [];
    while (i < source.length && source[i] !== "|" && source[i] !== ")") {
      const c = source[i];
      let atom: Tail;
      if (c === "(" && source[i + 1] === "?" && source[i + 2] === "<" && (source[i + 3] === "=" || source[i + 3] === "!")) {
        // a lookbehind takes no unit: the match ends where the atoms before or after it end
        // (its inside is skipped unread: whatever it holds, `(?<=.{2})` too)
        i += 4;
        for (let depth = 1; depth > 0;) {
          const d = source[i++];
          if (d === undefined) fail();
          else if (d === "\\") i++;
          else if (d === "[") {
            while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
            i++;
          } else if (d === "(") depth++;
          else if (d === ")") depth--;
        }
        atom = { last: new Set(), empty: true };
      } else if (c === "(") {
        i++;
        if (source[i] === "?") {
          if (source[i + 1] !== ":") fail(); // lookaround, named groups
          i += 2;
        }
        atom = alternatives();
        if (source[i] !== ")") fail();
        i++;
      } else if (c === "[") atom = { last: new Set(classUnits()), empty: false };
      else if (c === "\\") atom = { last: new Set(escapeUnits()), empty: false };
      else if ("^$.*+?{}]".includes(c) || c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff) return fail();
      else {
        atom = { last: new Set([c.charCodeAt(0)]), empty: false };
        i++;
      }
      // a quantifier: may the atom be left out?
      const q = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(i));
      if (q) {
        if (q[0][0] === "?" || q[0][0] === "*" || q[1] === "0") atom = { last: atom.last, empty: true };
        i += q[0].length;
      }
      atoms.push(atom);
    }
    const last = new Set<number>();
    for (let k = atoms.length - 1; k >= 0; k--) {
      for (const u of atoms[k].last!) last.add(u);
      if (!atoms[k].empty) return { last, empty: false };
    }
    return { last, empty: true };
  };
  try {
    const t = alternatives();
    if (i !== source.length || t.empty) return null;
    return t.last;
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
}

/** A pattern used through exec and test only (not global: no state between calls). */
export interface Pattern {
  exec(s: string): RegExpExecArray | null;
  test(s: string): boolean;
  readonly source: string;
}

/** A pattern anchored at the end of the text, used through exec, test and `String.prototype.replace`. */
export interface EndPattern extends Pattern {
  [Symbol.replace](s: string, to: string): string;
  /** the units a match may end with, by UTF-16 unit (1: may), when the pattern could be read */
  readonly ends?: Uint8Array;
}

/**
 * `new RegExp(`(?:${source})$`, flags)` for exec, test and replace, which first looks
 * at the text's last unit: a text that ends with none of the units a match
 * may end with (lastUnits) is refused without running the regex. An
 * end-anchored regex is tried at every position of the text, and the
 * clause reader runs a dozen of them on each clause, again after each word
 * it takes off (lib/stages/indicators/clause.ts). The answers are the
 * regex's own; when lastUnits cannot read the pattern, every text is tried.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const growth = endAnchored("增长|提高|增加");
 * assert.equal(growth.exec("全省地区生产总值增长")?.[0], "增长");
 * assert.equal(growth.test("全省地区生产总值"), false); // 值: no cue ends so, the regex is not run
 * assert.equal("全省地区生产总值增长".replace(growth, ""), "全省地区生产总值");
 * ```
 */
export function endAnchored(source: string, flags = "u"): EndPattern {
  if (/[gy]/.test(flags)) throw new Error(`endAnchored: flags "${flags}": a global or sticky regex keeps state between calls`);
  const re = new RegExp(`(?:${source})$`, flags);
  const units = lastUnits(source);
  if (!units || /i/.test(flags)) return re;
  const last = new Uint8Array(65536);
  for (const u of units) last[u] = 1;
  return {
    source: re.source,
    ends: last,
    exec: (s: string) => (last[s.charCodeAt(s.length - 1)] ? re.exec(s) : null),
    test: (s: string) => last[s.charCodeAt(s.length - 1)] === 1 && re.test(s),
    // (String.prototype.replace calls this: "人均收入增速".replace(GROWTH_NOUN_END, ""))
    [Symbol.replace]: (s: string, to: string) => (last[s.charCodeAt(s.length - 1)] ? s.replace(re, to) : s),
  };
}

/**
 * The units any of some end-anchored patterns may end with (1: may), or null
 * when one of them could not be read and tries every text: a text ending in
 * none of them is matched by none, and a reader trying them in turn can stop
 * at one lookup.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { anyEnd, endAnchored } from "./regex.ts";
 * const ends = anyEnd([endAnchored("增长|提高"), endAnchored("下降")])!;
 * assert.equal(ends["长".charCodeAt(0)], 1);
 * assert.equal(ends["值".charCodeAt(0)], 0); // "地区生产总值": none of them ends so
 * assert.equal(anyEnd([endAnchored("增长"), endAnchored("[^,]增")]), null); // a negated class: not read
 * ```
 */
export function anyEnd(patterns: readonly (EndPattern | RegExp)[]): Uint8Array | null {
  const out = new Uint8Array(65536);
  for (const p of patterns) {
    const ends = p instanceof RegExp ? undefined : p.ends;
    if (!ends) return null;
    for (let u = 0; u < ends.length; u++) out[u] |= ends[u];
  }
  return out;
}

/**
 * `new RegExp(source, flags)`, run only on a text that holds one of `words`:
 * the caller says that every match holds one of them (test/regex.test.ts
 * checks the patterns of the indicator stage on the corpus). An unanchored
 * regex that starts with a class or a group is tried at every position of
 * the text; `includes` of a word or two costs a fraction of that, and most
 * look-backs hold none ("1982年的计划" needs 计划). Used through exec, test,
 * `String.prototype.replace` and, global, `matches` (lib/text/hot.ts); the
 * answers, and lastIndex after them, are the regex's own.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { needing } from "./regex.ts";
 * const plan = needing(["计划"], "(\\d{4})年的?计划");
 * assert.equal(plan.exec("1982年的计划,要求农业总产值增长4%")?.[1], "1982");
 * assert.equal(plan.test("1982年农业总产值增长4%"), false); // no 计划: the regex is not run
 * assert.equal("比去年预计增长5%".replace(needing(["预计"], "预计", "gu"), ""), "比去年增长5%");
 * ```
 */
export function needing(words: readonly string[], source: string, flags = "u"): Needing {
  return new Needing(words, source, flags);
}

/**
 * A regex run only on texts holding one of its words (`needing` makes one): exec, test, lastIndex and
 * replace as the regex's own.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Needing } from "./regex.ts";
 * const years = new Needing(["年"], "(\\d{4})年", "gu");
 * assert.equal(years.held("到2025年"), true);
 * assert.equal("比2020年增长".replace(years, ""), "比增长");
 * assert.equal(years.exec("增长5%"), null); // no 年: the regex is not run
 * ```
 */
export class Needing {
  readonly re: RegExp;
  readonly words: readonly string[];
  /**
   * Two words or more: one regex of the words, no flags (code units, as
   * `includes` compares), searched once, instead of one `includes` per word
   * (a dozen words on every look-back of every number).
   */
  private readonly any: RegExp | null;
  constructor(words: readonly string[], source: string, flags: string) {
    if (/[yi]/.test(flags) || words.length === 0 || words.some((w) => w === "")) {
      throw new Error(`needing: words ${JSON.stringify(words)} with flags "${flags}": each match must hold one non-empty word, matched as written (no i or y flag)`);
    }
    this.re = new RegExp(source, flags);
    this.words = words;
    this.any = words.length > 1 ? new RegExp(alternation(words)) : null;
  }
  get source(): string {
    return this.re.source;
  }
  get flags(): string {
    return this.re.flags;
  }
  get global(): boolean {
    return this.re.global;
  }
  get unicode(): boolean {
    return this.re.unicode;
  }
  get lastIndex(): number {
    return this.re.lastIndex;
  }
  set lastIndex(i: number) {
    this.re.lastIndex = i;
  }
  /** whether `s` holds one of the words */
  held(s: string): boolean {
    return this.any ? this.any.test(s) : s.includes(this.words[0]);
  }
  exec(s: string): RegExpExecArray | null {
    // (a global search under way, lastIndex > 0, is on a text already found to hold a word)
    if (this.re.lastIndex === 0 && !this.held(s)) return null;
    return this.re.exec(s);
  }
  test(s: string): boolean {
    return this.exec(s) !== null;
  }
  [Symbol.replace](s: string, to: string | ((match: string, ...rest: unknown[]) => string)): string {
    if (!this.held(s)) {
      if (this.re.global) this.re.lastIndex = 0;
      return s;
    }
    return typeof to === "string" ? this.re[Symbol.replace](s, to) : this.re[Symbol.replace](s, to);
  }
}
