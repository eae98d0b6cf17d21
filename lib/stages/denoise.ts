/**
 * Stage 4: remove noise (page furniture, ads, spam words, headline residue)
 * using the patterns of `data/dictionary/noise.json`.
 *
 * Removed text keeps no characters in the analysed text, but the offset map
 * is untouched for everything else. The stage reports where each removal
 * was (in source offsets) so documents can count their noise, and where a
 * `boundary` pattern matched (a new article or page section starts there).
 */
import { filter, type MappedText } from "../text/mapped.ts";
import { matches } from "../text/hot.ts";
import { noise, type NoiseDictionary } from "../dictionary/dictionary.ts";

/** The cleaned text, removed source spans and document boundaries. */
export interface Denoised {
  text: MappedText;
  /** Removed spans as [sourceStart, sourceEnd), in order. */
  removed: [number, number][];
  /** Offsets in `text.text` where a new document may start. */
  boundaries: number[];
}

interface Compiled {
  name: string;
  scope: "inline" | "line" | "tail";
  re: RegExp;
  boundary: boolean;
}

function compile(dict: NoiseDictionary): Compiled[] {
  return dict.patterns.map((p) => ({
    name: p.name,
    scope: p.scope,
    re: new RegExp(p.pattern, p.scope === "inline" ? "gimu" : "iu"),
    boundary: !!p.boundary,
  }));
}

const compiled = compile(noise);

/**
 * Remove noise from normalised text.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { identity } from "../text/mapped.ts";
 * assert.equal(denoise(identity("必赢体育省政府\n我要回帖")).text.text, "省政府\n");
 * ```
 */
export function denoise(m: MappedText, patterns: Compiled[] = compiled): Denoised {
  const n = m.text.length;
  const keep = new Uint8Array(n).fill(1);
  const boundaryAt: number[] = []; // positions in the text where a boundary pattern matched
  markLines(m.text, patterns, keep, boundaryAt); // 1. line and tail patterns
  markInline(m.text, patterns, keep, boundaryAt); // 2. inline patterns
  const { removed, boundaries } = removedSpans(m, keep, boundaryAt); // 3. in source and new coordinates
  // Keep paragraph breaks from collapsing: a removed line leaves its
  // neighbours separated by the kept break before it.
  return { text: filter(m, keep), removed, boundaries: [...new Set(boundaries)] };
}

/** Paragraph pass: clear `keep` over each line a line pattern matches, and from a tail pattern in the second half to the end. */
function markLines(t: string, patterns: Compiled[], keep: Uint8Array, boundaryAt: number[]): void {
  const n = t.length;
  let pos = 0;
  let tailFrom = -1;
  while (pos < n && tailFrom < 0) {
    let end = t.indexOf("\n", pos);
    if (end < 0) end = n;
    const line = t.slice(pos, end);
    for (const p of patterns) {
      if (p.scope === "inline") continue;
      if (line.length > 400 && p.scope === "line") continue;
      if (p.re.test(line)) {
        if (p.scope === "tail" && pos >= n / 2) {
          tailFrom = pos;
        } else {
          // a footer line in the first half of the text (a copy with its lines out of
          // order) is dropped alone: cutting there would lose the report
          keep.fill(0, pos, Math.min(n, end + 1));
          if (p.boundary) boundaryAt.push(pos);
        }
        break;
      }
    }
    pos = end + 1;
  }
  if (tailFrom >= 0) keep.fill(0, tailFrom, n);
}

/** Inline pass: clear `keep` over every match of an inline pattern. */
function markInline(t: string, patterns: Compiled[], keep: Uint8Array, boundaryAt: number[]): void {
  for (const p of patterns) {
    if (p.scope !== "inline") continue;
    for (const match of matches(p.re, t)) { // no copy of the regex per file, as matchAll makes
      const a = match.index!;
      const b = a + match[0].length;
      if (b === a) continue;
      keep.fill(0, a, b);
      if (p.boundary) boundaryAt.push(a);
    }
  }
}

/**
 * Removed spans in source offsets and boundaries in the new coordinates, run
 * by run of removed text (the kept text between runs is skipped by a native scan).
 */
function removedSpans(m: MappedText, keep: Uint8Array, boundaryAt: number[]): { removed: [number, number][]; boundaries: number[] } {
  const t = m.text;
  const n = t.length;
  const removed: [number, number][] = [];
  const boundaries: number[] = [];
  const bpos = [...new Set(boundaryAt)].filter((p) => p < n).sort((x, y) => x - y);
  let bi = 0;
  let removedSoFar = 0;
  const start = m.start, end = m.end;
  // the span being grown, pushed when a character starts past it (locals, not the last tuple, on every removed character)
  let curS = -1, curE = -1;
  for (let i = 0;;) {
    const runStart = keep.indexOf(0, i);
    const keptEnd = runStart < 0 ? n : runStart;
    while (bi < bpos.length && bpos[bi] <= keptEnd) boundaries.push(bpos[bi++] - removedSoFar);
    if (runStart < 0) break;
    let runEnd = keep.indexOf(1, runStart);
    if (runEnd < 0) runEnd = n;
    for (; bi < bpos.length && bpos[bi] < runEnd; bi++) boundaries.push(runStart - removedSoFar); // inside the run
    for (let k = runStart; k < runEnd; k++) {
      if (t.charCodeAt(k) === 10) continue; // a dropped line break is not noise
      const s = start[k], e = end[k];
      if (curS >= 0 && s <= curE) {
        if (e > curE) curE = e;
      } else {
        if (curS >= 0) removed.push([curS, curE]);
        curS = s;
        curE = e;
      }
    }
    removedSoFar += runEnd - runStart;
    i = runEnd;
  }
  if (curS >= 0) removed.push([curS, curE]);
  return { removed, boundaries };
}
