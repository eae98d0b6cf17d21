/**
 * Stage 2 (saved web pages only): HTML → visible text, with offsets kept.
 *
 * Scripts, styles, comments and the page head (except its title) are
 * dropped; block-level tags become line breaks; character references are
 * decoded. Each character of the result still points into the HTML source.
 */
import { type MappedText, MappedBuilder } from "../text/mapped.ts";

const BLOCK = new Set([
  "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
  "section", "article", "header", "footer", "title", "blockquote", "pre", "hr", "dd", "dt",
  "td", "th", "body", "nav", "aside", "main", "form",
]);
const SKIP = new Set(["script", "style", "noscript", "template", "svg", "iframe", "head"]);

const NAMED: Record<string, string> = {
  nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", ldquo: "“", rdquo: "”",
  lsquo: "‘", rsquo: "’", mdash: "—", ndash: "–", hellip: "…", middot: "·", times: "×",
  ensp: " ", emsp: " ", thinsp: " ", percnt: "%", yen: "¥", deg: "°", bull: "•",
};

/**
 * Whether a source file name is a saved web page.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(isHtmlName("2023年政府工作报告.HTM"), true);
 * assert.equal(isHtmlName("2023年政府工作报告.txt"), false);
 * ```
 */
export function isHtmlName(name: string): boolean {
  return /\.html?$/i.test(name);
}

/**
 * Whether text looks like HTML markup (for files without an .html name).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(looksLikeHtml("<!DOCTYPE html><html><body><p>政府工作报告</p>"), true);
 * assert.equal(looksLikeHtml("政府工作报告\n<p>各位代表"), false); // markup must come first
 * ```
 */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 1000));
}

/**
 * The visible text of an HTML page, mapped back into the HTML source.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(htmlToText("<p>地区生产总值增长8%&nbsp;左右</p>").text, "\n地区生产总值增长8% 左右\n");
 * ```
 */
export function htmlToText(html: string): MappedText {
  const out = new MappedBuilder(html.length + 1);
  const n = html.length;
  const st: TagState = { skipUntil: null, inTitle: false };
  let i = 0;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 60 /* < */) {
      const next = tag(html, i, st, out);
      if (next < 0) break;
      i = next;
      continue;
    }
    if (st.skipUntil && !st.inTitle) {
      i++;
      continue;
    }
    if (c === 38 /* & */) {
      const next = reference(html, i, out);
      if (next > i) {
        i = next;
        continue;
      }
    }
    out.push(c, i, i + 1);
    i++;
  }
  return out.build();
}

/** What the tag scanner carries from tag to tag: the closing tag being skipped to, and whether the page title is being read. */
interface TagState {
  skipUntil: string | null;
  inTitle: boolean;
}

/** A comment or tag at `i`: updates the skipping state, pushes a line break for block tags; returns where text goes on, or -1 at an unclosed tag. */
function tag(html: string, i: number, st: TagState, out: MappedBuilder): number {
  if (html.startsWith("<!--", i)) {
    const j = html.indexOf("-->", i + 4);
    return j < 0 ? html.length : j + 3;
  }
  const close = html.indexOf(">", i + 1);
  if (close < 0) return -1;
  const m = /^<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9]*)/.exec(html.slice(i, Math.min(close + 1, i + 64)));
  const tagEnd = close + 1;
  if (!m) return tagEnd;
  const closing = m[1] === "/";
  const name = m[2].toLowerCase();
  if (st.skipUntil) {
    if (closing && name === st.skipUntil) st.skipUntil = null;
    else if (st.skipUntil === "head" && name === "title" && !closing) st.inTitle = true;
    else if (st.skipUntil === "head" && name === "title" && closing) {
      st.inTitle = false;
      out.push(10, i, tagEnd);
    }
    return tagEnd;
  }
  if (!closing && SKIP.has(name) && !html.slice(i, tagEnd).endsWith("/>")) {
    st.skipUntil = name;
    return tagEnd;
  }
  if (BLOCK.has(name)) out.push(10, i, tagEnd);
  return tagEnd;
}

/** A character reference at `i` (&amp; &#8220; &#x4e2d;) pushed as its characters; returns the position after it, or `i` when it is not one. */
function reference(html: string, i: number, out: MappedBuilder): number {
  const m = /^&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/.exec(html.slice(i, i + 12));
  if (!m) return i;
  const ref = m[1];
  let s: string | undefined;
  if (ref[0] === "#") {
    const cp = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    if (cp > 0 && cp <= 0x10ffff) s = String.fromCodePoint(cp);
  } else s = NAMED[ref.toLowerCase()];
  if (s === undefined) return i;
  for (let k = 0; k < s.length; k++) out.push(s.charCodeAt(k), i, i + m[0].length);
  return i + m[0].length;
}
