/**
 * Stage 3: normalise text for analysis, keeping the offset map.
 *
 * 1. Fold characters: full-width ASCII forms (０-９, ％, （）, ，：；) to
 *    ASCII, ideographic and other wide spaces to a space; drop zero-width
 *    characters, soft hyphens and carriage returns. Lines holding nothing but
 *    zero-width characters vanish, so they do not break a paragraph.
 * 2. Lay out paragraphs: trim each line, treat a run of two or more spaces
 *    inside a line as a paragraph break (web copies use them that way),
 *    drop single spaces next to CJK text, and join lines that a web copy
 *    broke mid-sentence ("主要预期目标\n是：", "增长6.\n5%").
 *
 * The result has one paragraph per line, separated by a single "\n".
 */
import { type MappedText, MappedBuilder } from "./mapped.ts";

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

/**
 * Fold characters line by line (step 1).
 *
 * @example
 * ```ts
 * foldCharacters(identity("增长６．５％")).text; // "增长6.5%"
 * ```
 */
export function foldCharacters(m: MappedText): MappedText {
  const src = m.text;
  const out = new MappedBuilder(src.length + 1);
  const n = src.length;
  let lineStart = 0;
  while (lineStart <= n) {
    let lineEnd = src.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = n;
    let hadZeroWidth = false;
    let hadText = false;
    const mark = out.length;
    for (let i = lineStart; i < lineEnd; i++) {
      const c = src.charCodeAt(i);
      const f = fold(c);
      if (f < 0) {
        if (c !== 13) hadZeroWidth = true;
        continue;
      }
      if (f !== 0x20) hadText = true;
      out.push(f, m.start[i], m.end[i]);
    }
    if (hadZeroWidth && !hadText) {
      out.trimEnd(() => out.length > mark); // drop the line and its newline
    } else if (lineEnd < n) {
      out.push(10, m.start[lineEnd], m.end[lineEnd]);
    }
    lineStart = lineEnd + 1;
  }
  return out.build();
}

const TERMINAL = /[。!?;:…]$|[。!?][”’」』)]$/;
const CONTINUES_START = /^[,、。;:!?)》」』”’%.·]/;
const OPEN_END = /[《「『“‘(,、]$/;
const HEADING_START =
  /^(第?[一二三四五六七八九十百]+[、.]|\([一二三四五六七八九十]+\)|\d{1,2}[.、](?!\d)|\(\d{1,2}\)|[一二三四五六七八九十]+是|——|第[一二三四五六七八九十]+(部分|章|节))/;
const LONE_BRACKET = /^[{}\[\]]+$/;
const PARTICLE_START = /^[是的和与及并了得]/;

/** Whether a line break between paragraphs `a` and `b` is a web copy's mid-sentence break. */
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

interface Segment {
  a: number; // folded index range [a, b), trimmed
  b: number;
  text: string;
}

function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Normalise a source text (steps 1 and 2).
 *
 * @example
 * ```ts
 * normalize(identity("主要预期目标\n是：增长８％左右")).text; // "主要预期目标是:增长8%左右"
 * ```
 */
export function normalize(m: MappedText): MappedText {
  const f = foldCharacters(m);
  const t = f.text;
  // Split into lines, then lines into segments at runs of 2+ spaces.
  const lines: { segs: Segment[]; blankBefore: boolean; nl: number }[] = [];
  let pos = 0;
  let blank = false;
  let gaps = 0;
  let blankGaps = 0;
  while (pos <= t.length) {
    let end = t.indexOf("\n", pos);
    if (end < 0) end = t.length;
    const segs: Segment[] = [];
    let i = pos;
    while (i < end) {
      while (i < end && t.charCodeAt(i) === 0x20) i++;
      if (i >= end) break;
      let j = i;
      while (j < end && !(t.charCodeAt(j) === 0x20 && t.charCodeAt(j + 1) === 0x20 && j + 1 < end)) j++;
      let k = j;
      while (k > i && t.charCodeAt(k - 1) === 0x20) k--;
      segs.push({ a: i, b: k, text: t.slice(i, k) });
      i = j;
    }
    if (segs.length === 0) blank = true;
    else {
      if (lines.length) {
        gaps++;
        if (blank) blankGaps++;
      }
      lines.push({ segs, blankBefore: blank, nl: pos - 1 });
      blank = false;
    }
    pos = end + 1;
  }
  // Paragraphs separated by blank lines (Wikisource copies): a single line
  // break inside a paragraph is then a soft break. Needs enough lines to tell.
  const blankStyle = gaps >= 20 && blankGaps / gaps > 0.5;

  const out = new MappedBuilder(t.length + 1);
  const emit = (s: Segment) => {
    for (let i = s.a; i < s.b; i++) {
      const c = t.charCodeAt(i);
      if (c === 0x20) {
        // keep one space only between ASCII words ("Public domain")
        if (!(isAsciiWord(t.charCodeAt(i - 1)) && isAsciiWord(t.charCodeAt(i + 1)))) continue;
      }
      out.push(c, f.start[i], f.end[i]);
    }
  };
  let prevLast: Segment | null = null;
  for (const line of lines) {
    line.segs.forEach((s, k) => {
      if (prevLast) {
        const join = k === 0 && !line.blankBefore &&
          brokenMidSentence(prevLast.text, s.text, blankStyle);
        if (!join) {
          const at = k === 0 ? line.nl : s.a - 1;
          out.push(10, f.start[at] ?? 0, f.end[at] ?? 0);
        }
      }
      emit(s);
      prevLast = s;
    });
  }
  return out.build();
}
