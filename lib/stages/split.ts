/**
 * Stage 5: split a cleaned source into its documents.
 *
 * A source usually holds one report, but a saved news page can hold several
 * (a news story, then two reports, then site boilerplate). A new document
 * starts at a boundary that noise removal found (a "}" template line, a
 * "原标题:" headline) or at a report's title or date line ("政府工作报告——
 * 2022年1月11日在…") once the current document already holds a report's
 * worth of text. Pieces too short to be a report (site slogans, link lists)
 * are not documents.
 */

import { charClass } from "../text/hot.ts";

const SPACE_CHAR = charClass(/\s/);

/** A document's range in the cleaned text, `[a, b)`. */
export interface Piece {
  a: number;
  b: number;
}

/** Minimum non-space characters for a piece to count as a document. */
export const MIN_DOCUMENT_CHARS = 200;

const TITLE_LINE =
  /^.{0,40}(政府工作报告|工作报告|代表大会上的报告)(——|—|\s)?\d{4}年\d{1,2}月\d{1,2}日/u;

/**
 * Document ranges of a cleaned source text.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const news = "肇庆代表团在广州参加分组审议。".repeat(20) + "\n";
 * const report = "肇庆市政府工作报告\n" + "各位代表：现在，我代表市人民政府向大会报告工作。".repeat(10);
 * // a boundary found by denoising (a news page's end) cuts the source in two
 * assert.deepEqual(splitDocuments(news + report, [news.length]), [{ a: 0, b: 300 }, { a: 301, b: 301 + report.length }]);
 * assert.deepEqual(splitDocuments("各位代表：", []), []); // too short to be a document
 * ```
 */
export function splitDocuments(text: string, boundaries: number[], minChars = MIN_DOCUMENT_CHARS): Piece[] {
  const cuts = new Set<number>(boundaries.filter((b) => b > 0 && b < text.length));
  // Report title lines start a new document after a report's worth of text.
  let lastCut = 0;
  let pos = 0;
  const sorted = () => [...cuts].sort((x, y) => x - y);
  const known = sorted();
  let k = 0;
  while (pos < text.length) {
    let end = text.indexOf("\n", pos);
    if (end < 0) end = text.length;
    while (k < known.length && known[k] <= pos) lastCut = known[k++];
    if (pos - lastCut > 3000 && TITLE_LINE.test(text.slice(pos, Math.min(end, pos + 80)))) {
      cuts.add(pos);
      lastCut = pos;
    }
    pos = end + 1;
  }
  const points = [0, ...sorted(), text.length];
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    let a = points[i];
    let b = points[i + 1];
    while (a < b && SPACE_CHAR[text.charCodeAt(a)]) a++;
    while (b > a && SPACE_CHAR[text.charCodeAt(b - 1)]) b--;
    let chars = 0; // characters other than white space, counted up to what is needed
    for (let k = a; k < b && chars < minChars; k++) if (!SPACE_CHAR[text.charCodeAt(k)]) chars++;
    if (chars >= minChars) pieces.push({ a, b });
  }
  return pieces;
}
