/**
 * Stage 3: normalise text for analysis, keeping the offset map.
 *
 * 1. Fold characters: full-width ASCII forms (０-９, ％, （）, ，：；) to
 *    ASCII, ideographic and other wide spaces to a space; drop zero-width
 *    characters, soft hyphens and carriage returns. Lines holding nothing but
 *    zero-width characters vanish, so they do not break a paragraph.
 * 2. Lay out paragraphs: trim each line, treat a run of two or more spaces
 *    inside a line as a paragraph break (web copies use them that way),
 *    drop single spaces next to CJK text and inside numbers that a web copy
 *    spaced out digit by digit ("7 0 ．8 岁" → "70.8岁"; "2021 2022" keeps its
 *    space), and join lines that a web copy
 *    broke mid-sentence ("主要预期目标\n是：", "增长6.\n5%").
 *
 * The result has one paragraph per line, separated by a single "\n".
 */
import { type MappedText, MappedBuilder } from "../text/mapped.ts";

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x180e]);

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0x3000 || c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f;
}

/** Fold one UTF-16 unit; -1 drops it, 0x20 stands for any space. */
function fold(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (ZERO_WIDTH.has(c) || c === 13) return -1;
  if (isSpace(c)) return 0x20;
  if (c === 0xfe6a) return 0x25; // ﹪
  if (c === 0x2215) return 0x2f; // ∕
  return c;
}

/** fold() of every UTF-16 unit, looked up instead of computed. */
const FOLD = (() => {
  const t = new Int32Array(65536);
  for (let c = 0; c < 65536; c++) t[c] = fold(c);
  return t;
})();

const utf16 = new TextDecoder("utf-16le", { ignoreBOM: true });

/**
 * Fold `src` into `codes` up to the first character that is dropped; its
 * index (or the length). A function of its own: as a loop inside
 * foldCharacters, V8 compiled it mid-loop before the test after it had ever
 * run, and threw that code away at the loop's end, file after file.
 */
function foldedPrefix(src: string, codes: Uint16Array): number {
  const n = src.length;
  for (let i = 0; i < n; i++) {
    const f = FOLD[src.charCodeAt(i)];
    if (f < 0) return i;
    codes[i] = f;
  }
  return n;
}

/**
 * Fold characters line by line (step 1): full-width forms to ASCII, CR
 * and zero-width characters dropped (a line of nothing else with them).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { identity } from "../text/mapped.ts";
 * assert.equal(foldCharacters(identity("增长６．５％")).text, "增长6.5%");
 * assert.equal(foldCharacters(identity("主要预期目标\r\n地区生产总值增长\u200b")).text, "主要预期目标\n地区生产总值增长");
 * ```
 */
export function foldCharacters(m: MappedText): MappedText {
  const src = m.text;
  const n = src.length;
  const codes = new Uint16Array(n);
  // Fast path: nothing is dropped (no zero-width characters, no CR), so every
  // unit keeps its place and the offset map is the one we were given.
  if (foldedPrefix(src, codes) === n) return { text: utf16.decode(codes), start: m.start, end: m.end };
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  let len = 0;
  let lineStart = 0;
  while (lineStart <= n) {
    let lineEnd = src.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = n;
    let hadZeroWidth = false;
    let hadText = false;
    const mark = len;
    for (let k = lineStart; k < lineEnd; k++) {
      const c = src.charCodeAt(k);
      const f = FOLD[c];
      if (f < 0) {
        if (c !== 13) hadZeroWidth = true;
        continue;
      }
      if (f !== 0x20) hadText = true;
      codes[len] = f;
      start[len] = m.start[k];
      end[len] = m.end[k];
      len++;
    }
    if (hadZeroWidth && !hadText) {
      len = mark; // drop the line and its newline
    } else if (lineEnd < n) {
      codes[len] = 10;
      start[len] = m.start[lineEnd];
      end[len] = m.end[lineEnd];
      len++;
    }
    lineStart = lineEnd + 1;
  }
  return { text: utf16.decode(codes.subarray(0, len)), start: start.slice(0, len), end: end.slice(0, len) };
}

const TERMINAL = /[。!?;:…]$|[。!?][”’」』)]$/;
const CONTINUES_START = /^[,、。;:!?)》」』”’%.·]/;
const OPEN_END = /[《「『“‘(,、]$/;
const HEADING_START =
  /^(第?[一二三四五六七八九十百]+[、.]|\([一二三四五六七八九十]+\)|\d{1,2}[.、](?!\d)|\(\d{1,2}\)|[一二三四五六七八九十]+是|——|第[一二三四五六七八九十]+(部分|章|节))/;
const LONE_BRACKET = /^[{}\[\]]+$/;
const PARTICLE_START = /^[是的和与及并了得]/;

/**
 * Whether a line break between paragraphs `a` and `b` is a web copy's mid-sentence break.
 * `blankStyle`: the copy separates its paragraphs by blank lines, so a single
 * break inside a paragraph is a broken line.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(brokenMidSentence("全年地区生产总值增长8", ".5%,高于全国平均水平。", false), true);
 * assert.equal(brokenMidSentence("坚持稳中求进工作总基调", "的同时", false), true);
 * assert.equal(brokenMidSentence("经济运行稳中向好。", "主要经济指标完成全年目标任务", false), false);
 * assert.equal(brokenMidSentence("过去一年", "我们坚持", true), true);
 * assert.equal(brokenMidSentence("过去一年", "我们坚持", false), false);
 * ```
 */
export function brokenMidSentence(a: string, b: string, blankStyle: boolean): boolean {
  if (!a || !b) return false;
  if (HEADING_START.test(b) || LONE_BRACKET.test(a) || LONE_BRACKET.test(b)) return false;
  if (TERMINAL.test(a)) return false;
  if (CONTINUES_START.test(b) || OPEN_END.test(a)) return true;
  if (/[0-9.]$/.test(a) && /^[0-9.%]/.test(b)) return true;
  if (HEADING_START.test(a)) return false;
  if (blankStyle) return true;
  return PARTICLE_START.test(b);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Whether the space at `sp` sits inside a number that a web copy spaced out
 * digit by digit ("达到7 0 ．8 岁", "5 1 6 0 元"): a single digit on each side
 * of it. Two numbers of several digits ("2021 2022") keep their space.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(spacedDigits("5 1 6 0元", 1), true);
 * assert.equal(spacedDigits("2021 2022年", 4), false);
 * ```
 */
export function spacedDigits(t: string, sp: number): boolean {
  return isDigit(t.charCodeAt(sp - 1)) && isDigit(t.charCodeAt(sp + 1)) &&
    !isDigit(t.charCodeAt(sp - 2)) && !isDigit(t.charCodeAt(sp + 2));
}

function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** a year in Chinese numerals written with a digit 0 (a folded ０ or an ASCII 0): 二0二0年, 二00一年 */
const YEAR_WITH_ZERO = /(?<![\d一二三四五六七八九〇○零十百千万])(?=[〇○零一二三四五六七八九0]{4}年)(?=[^0]{0,3}0)(?=.{0,3}[一二三四五六七八九])[〇○零一二三四五六七八九0]{4}(?=年)/gu;

/**
 * A year in Chinese numerals with its zeros written as the digit 0 read as 〇, one character for one, so the
 * offset map stands (the party congress reports of 2002 and 2012: "国内生产总值到二０二０年", "比二0一0年翻一番").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { identity } from "../text/mapped.ts";
 * import { chineseYearZeros } from "./normalize.ts";
 * assert.equal(chineseYearZeros(identity("国内生产总值到二0二0年力争比二000年翻两番")).text, "国内生产总值到二〇二〇年力争比二〇〇〇年翻两番");
 * assert.equal(chineseYearZeros(identity("增长10年")).text, "增长10年");
 * ```
 */
export function chineseYearZeros(m: MappedText): MappedText {
  if (!/[一二三四五六七八九〇○零]0|0[一二三四五六七八九〇○零]/u.test(m.text)) return m;
  return { ...m, text: m.text.replace(YEAR_WITH_ZERO, (y) => y.replaceAll("0", "〇")) };
}

/**
 * Normalise a source text (steps 1 and 2).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { identity } from "../text/mapped.ts";
 * assert.equal(normalize(identity("主要预期目标\n是：增长８％左右")).text, "主要预期目标是:增长8%左右");
 * assert.equal(normalize(identity("平均期望寿命达到7 0 ．8 岁")).text, "平均期望寿命达到70.8岁"); // national_1998
 * assert.equal(normalize(identity("全年增长19·5％，妥处置“1·22”山体滑坡")).text, "全年增长19.5%,妥处置“1·22”山体滑坡"); // national_1999
 * ```
 */
export function normalize(m: MappedText): MappedText {
  const f = chineseYearZeros(decimalDots(foldCharacters(m)));
  const seg = segments(f.text); // 2. lines cut into segments at runs of spaces
  // Paragraphs separated by blank lines (Wikisource copies): a single line
  // break inside a paragraph is then a soft break. Needs enough lines to tell.
  const blankStyle = seg.gaps >= 20 && seg.blankGaps / seg.gaps > 0.5;
  return joined(f, seg, blankStyle); // 3. segments joined, broken lines mended
}

/** a middle dot between digits before a percent sign: a decimal point ("增长19·5%", national_1999), not a date ("1·22") */
const DECIMAL_DOT = /(?<=\d)[·・](?=\d{1,3}%)/gu;

/** A folded text with its decimal middle dots as points; one character for one, so the offsets stay. */
function decimalDots(m: MappedText): MappedText {
  if (m.text.indexOf("·") < 0 && m.text.indexOf("・") < 0) return m;
  return { ...m, text: m.text.replace(DECIMAL_DOT, ".") };
}

/**
 * The segments of a folded text: its lines split at runs of 2+ spaces,
 * trimmed, in flat arrays ([a, b) in the folded text, whether a segment opens
 * its line, whether a blank line came before, the position of the line break
 * before its line), with counts of line gaps and of blank-line gaps.
 */
interface Segments {
  segA: number[];
  segB: number[];
  opens: boolean[];
  blankBefore: boolean[];
  lineBreak: number[];
  gaps: number;
  blankGaps: number;
}

function segments(t: string): Segments {
  const n = t.length;
  const s: Segments = { segA: [], segB: [], opens: [], blankBefore: [], lineBreak: [], gaps: 0, blankGaps: 0 };
  let pos = 0;
  let blank = false;
  let lines = 0;
  let doubleSpace = t.indexOf("  "); // the next run of two spaces, found by the native search
  while (pos <= n) {
    let end = t.indexOf("\n", pos);
    if (end < 0) end = n;
    let i = pos;
    let first = true;
    while (i < end) {
      while (i < end && t.charCodeAt(i) === 0x20) i++;
      if (i >= end) break;
      if (doubleSpace >= 0 && doubleSpace < i) doubleSpace = t.indexOf("  ", i);
      const j = doubleSpace >= 0 && doubleSpace + 1 < end ? doubleSpace : end;
      let k = j;
      while (k > i && t.charCodeAt(k - 1) === 0x20) k--;
      if (first) {
        if (lines) {
          s.gaps++;
          if (blank) s.blankGaps++;
        }
        lines++;
      }
      s.segA.push(i);
      s.segB.push(k);
      s.opens.push(first);
      s.blankBefore.push(first && blank);
      s.lineBreak.push(pos - 1);
      first = false;
      i = j;
    }
    blank = first; // a line with no segment is blank
    pos = end + 1;
  }
  return s;
}

/** The segments copied into one text: a line break between them unless a line was broken mid-sentence; single spaces kept only between ASCII words. */
function joined(f: MappedText, seg: Segments, blankStyle: boolean): MappedText {
  const t = f.text;
  const { segA, segB, opens, blankBefore, lineBreak } = seg;
  const out = new MappedBuilder(t.length + 1);
  let space = t.indexOf(" "); // the next space, found by the native search
  for (let s = 0; s < segA.length; s++) {
    const a = segA[s], b = segB[s];
    if (s > 0) {
      const join = opens[s] && !blankBefore[s] &&
        brokenMidSentence(t.slice(segA[s - 1], segB[s - 1]), t.slice(a, b), blankStyle);
      if (!join) {
        const at = opens[s] ? lineBreak[s] : a - 1;
        out.push(10, f.start[at] ?? 0, f.end[at] ?? 0);
      }
    }
    // copy the segment in runs between single spaces; a space stays only
    // between ASCII words ("Public domain")
    let i = a;
    while (i < b) {
      if (space >= 0 && space < i) space = t.indexOf(" ", i);
      const sp = space >= 0 && space < b ? space : b;
      out.copy(f, i, sp);
      if (sp < b && isAsciiWord(t.charCodeAt(sp - 1)) && isAsciiWord(t.charCodeAt(sp + 1)) && !spacedDigits(t, sp)) {
        out.copy(f, sp, sp + 1);
      }
      i = sp + 1;
    }
  }
  return out.build();
}
