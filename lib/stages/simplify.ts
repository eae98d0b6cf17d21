/**
 * Stage 3b: texts in traditional characters (the 1950s national reports,
 * some party-congress files) are read through a simplified form, so the
 * cue words, region names and metric names of the dictionaries (written in
 * simplified characters) match them.
 *
 * The conversion is OpenCC's (npm `opencc-js`, traditional → mainland
 * simplified, phrases first). It keeps the text's length, one unit for one
 * unit, so the offset map is the one the text had: every row's `start`/`end`
 * still point into the original, and `source.slice(start, end)` is what was
 * written. Where a phrase conversion would change the length, that stretch
 * is converted one character at a time instead.
 *
 * Choice (the guide is silent): the text columns keep what was written.
 * Matching runs on the simplified form, and the rows are written back in the
 * document's own characters, each character from the source position it
 * was read at: `sentence` and sentences' `text` as spans; `metric`,
 * `metric_text`, `value_text`, goals' `text`, headings, `title` and
 * `meeting` by finding their characters in turn in the span they were read
 * from (a mixed text that writes both 设 and 設 keeps each where it stands). Ids (`metric_id`) and dictionary terms stay simplified, so a
 * 1955 "國民經濟" and a 2012 "国民经济" join on one id; `documents.script`
 * says which documents were read through a simplified form.
 *
 * Whether a text is traditional is read cheaply from the characters of
 * `data/dictionary/scripts.json` (common characters that exist only in the
 * traditional script, each checked against OpenCC by the tests); OpenCC's
 * converter (about 0.1 s to build) is built only when one is found.
 */
import * as OpenCC from "opencc-js/t2cn";
import type { MappedText } from "../text/mapped.ts";
import { scriptCues } from "../dictionary/dictionary.ts";

const traditionalOnly = new Uint8Array(65536);
for (const ch of scriptCues.traditional_only) traditionalOnly[ch.charCodeAt(0)] = 1;

/**
 * How many units of `text` are traditional-only characters of the cue list.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(traditionalCount("從第一屆全國人民代表大會第三次會議閉幕以來"), 7);
 * assert.equal(traditionalCount("从第一届全国人民代表大会第三次会议闭幕以来"), 0);
 * ```
 */
export function traditionalCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) n += traditionalOnly[text.charCodeAt(i)];
  return n;
}

let converter: ((s: string) => string) | null = null;
const convert = (s: string) => (converter ??= OpenCC.Converter({ from: "t", to: "cn" }))(s);

/** Simplified form of `text`, unit for unit: a stretch whose phrase conversion changes its length is converted per character. */
function sameLength(text: string): string {
  const out = convert(text);
  if (out.length === text.length) return out;
  // per paragraph, then per character, where lengths differ
  return text.split(/(?<=\n)/u).map((p) => {
    const q = convert(p);
    if (q.length === p.length) return q;
    return [...p].map((ch) => {
      const c = convert(ch);
      return c.length === ch.length ? c : ch;
    }).join("");
  }).join("");
}

/**
 * The text in simplified characters with its offset map unchanged, and
 * whether it was converted: only a text with at least
 * `scripts.json → min_count` traditional-only characters is.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { identity } from "../text/mapped.ts";
 * const r = simplify(identity("1957年6月26日在第一屆全國人民代表大會第四次會議上。發展國民經濟,從這個會開始"));
 * assert.equal(r.converted, true);
 * assert.equal(r.text.text, "1957年6月26日在第一届全国人民代表大会第四次会议上。发展国民经济,从这个会开始");
 * assert.equal(simplify(identity("发展国民经济")).converted, false);
 * ```
 */
export function simplify(m: MappedText): Simplified {
  if (traditionalCount(m.text) < scriptCues.min_count) return { text: m, converted: false, written: new Map() };
  const text = sameLength(m.text);
  // what was written where the simplified form differs, by source position
  const written = new Map<number, string>();
  for (let i = 0; i < text.length; i++) if (text[i] !== m.text[i]) written.set(m.start[i], m.text[i]);
  return { text: { text, start: m.start, end: m.end }, converted: text !== m.text, written };
}

/** A text read through its simplified form, with what is needed to give rows back in the written form. */
export interface Simplified {
  text: MappedText;
  converted: boolean;
  /** source position → the unit written there, where it differs from the simplified one */
  written: Map<number, string>;
}

const writtenOf = new WeakMap<MappedText, Simplified>();

/**
 * Remember, for a cleaned text made from a simplified one, how to give its spans back as written.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { identity } from "../text/mapped.ts";
 * const s = simplify(identity("從第一屆全國人民代表大會第三次會議閉幕以來,發展國民經濟"));
 * assert.equal(writtenSlice(s.text, 22, 28), "发展国民经济"); // not yet remembered
 * keepWritten(s.text, s);
 * assert.equal(writtenSlice(s.text, 22, 28), "發展國民經濟");
 * ```
 */
export function keepWritten(clean: MappedText, s: Simplified): void {
  if (s.converted) writtenOf.set(clean, s);
}

/**
 * The cleaned span `[a, b)` in the characters the source wrote.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { identity } from "../text/mapped.ts";
 * const s = simplify(identity("從第一屆全國人民代表大會第三次會議閉幕以來,發展國民經濟"));
 * keepWritten(s.text, s);
 * assert.equal(s.text.text.slice(22), "发展国民经济");
 * assert.equal(writtenSlice(s.text, 22, 28), "發展國民經濟");
 * ```
 */
export function writtenSlice(clean: MappedText, a: number, b: number): string {
  const s = writtenOf.get(clean);
  if (!s) return clean.text.slice(a, b);
  let out = "";
  for (let i = a; i < b; i++) out += s.written.get(clean.start[i]) ?? clean.text[i];
  return out;
}

/**
 * A string read from the cleaned span `[a, b)` (a metric, a heading, a
 * goal's text) in the source's own characters: each of its characters is
 * found in turn in the span and given as written there; one not found
 * after the last one found is looked for before it (earlier in the span,
 * then back to `from`); one found nowhere (a metric spread from a 分别
 * list) stays as it is.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { identity } from "../text/mapped.ts";
 * const s = simplify(identity("從第一屆全國人民代表大會第三次會議閉幕以來,發展國民經濟"));
 * keepWritten(s.text, s);
 * assert.equal(writtenForm(s.text, "国民经济", 20, 28), "國民經濟");
 * assert.equal(writtenForm(s.text, "发展经济", 20, 28), "發展經濟");
 * // (a character not in the span is looked for before it, back to `from`: an antecedent of the sentence before)
 * assert.equal(writtenForm(s.text, "会议发展", 20, 28, 0), "會議發展");
 * // (a character the walk has passed in the span is found there too: "经济发展" in "發展國民經濟")
 * assert.equal(writtenForm(s.text, "经济发展", 20, 28), "經濟發展");
 * ```
 */
export function writtenForm(clean: MappedText, text: string, a: number, b: number, from = a): string {
  const s = writtenOf.get(clean);
  if (!s || !text) return text;
  const t = clean.text;
  let out = "";
  let j = a;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    let k = j;
    while (k < b && t[k] !== ch) k++;
    if (k < b) {
      out += s.written.get(clean.start[k]) ?? ch;
      j = k + 1;
    } else {
      // (looked for back from where the walk stands: earlier in the span, then before it down to `from`)
      let e = j - 1;
      while (e >= from && t[e] !== ch) e--;
      out += e >= from ? s.written.get(clean.start[e]) ?? ch : ch;
    }
  }
  return out;
}
