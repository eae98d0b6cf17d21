/**
 * What every goal finder reads: one document's text, sections and indicator
 * rows, with fast position look-ups, built once per document, and the mask of
 * what earlier finders already covered.
 */
import { charClass } from "../../text/hot.ts";
import type { Indicator } from "../indicators/indicators.ts";
import type { Document } from "../document.ts";
import { fromNextYear } from "../facts.ts";
import type { Section } from "../outline.ts";
import { endIndex, sectionIndex } from "../spans.ts";
import type { GoalSource, When } from "./classify.ts";
import { glossarySpan } from "../indicators/exclude.ts";

/** A goal a finder found: its clause [a, b) (untrimmed), where it came from and when it is due. */
export interface Found {
  a: number;
  b: number;
  source: GoalSource;
  when: When;
  /** plan tasks: the indicator row the task was found from */
  row?: Indicator;
  /** a quantity told without a number ("均保持两位数增长", "达到千亿级规模"): it counts as one */
  vague?: boolean;
}

/** One document, as the goal finders read it. */
export interface Scan {
  doc: Document;
  text: string;
  inds: Indicator[];
  /** the report's year */
  year: number | null;
  /** given in the second half of its year */
  late: boolean;
  sectionOf: (pos: number) => number;
  roleAt: (pos: number) => string;
  /** indicators whose end lies in (a, b] */
  endingIn: (a: number, b: number) => number[];
  /** mark [x, y) as covered by a goal list or dated aim */
  cover: (x: number, y: number) => void;
  isCovered: (a: number, b: number) => boolean;
  /** the report's glossary (名词解释 and its numbered entries), which holds no goal */
  glossary: [number, number];
}

/**
 * The scan of one document and its indicator rows.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readText } from "../../run/pipeline.ts";
 * import { indicators } from "../indicators/indicators.ts";
 * import { scanOf } from "./scan.ts";
 * const text = "二、2025年工作安排\n今年经济社会发展的主要预期目标是:地区生产总值增长5%左右;城镇新增就业60万人以上。\n(一)扩大有效投资。实施重大项目2500个以上,建设高标准农田6万亩。到2027年,全省研发投入强度达到3%。\n";
 * const [doc] = readText("passage", text, "utf-8", { facts: { year: 2025, kind: "government_work_report" }, minChars: 1 });
 * const s = scanOf(doc, indicators(doc));
 * const show = (f: { a: number; b: number }[]) => f.map((x) => doc.clean.text.slice(x.a, x.b));
 * assert.equal(s.doc, doc);
 * ```
 */
export function scanOf(doc: Document, inds: Indicator[]): Scan {
  const sectionOf = sectionIndex(doc.sections);
  const mask = new Uint8Array(doc.b - doc.a + 1);
  return {
    doc,
    text: doc.clean.text,
    inds,
    year: doc.facts.year,
    late: fromNextYear(doc.facts),
    sectionOf,
    roleAt: (pos) => {
      const i = sectionOf(pos);
      return i < 0 ? "other" : doc.sections[i].role;
    },
    endingIn: endIndex(inds),
    cover: (x, y) => mask.fill(1, Math.max(0, x - doc.a), Math.max(0, y - doc.a)),
    isCovered: (a, b) => covered(mask, Math.max(0, a - doc.a), Math.max(0, b - doc.a)),
    glossary: glossarySpan(doc.clean.text, doc.a, doc.b),
  };
}

/**
 * Whether `mask[lo, hi)` holds a 1 (`mask.subarray(lo, hi).includes(1)`): a
 * short span by a loop, without the typed-array view made on every call.
 */
function covered(mask: Uint8Array, lo: number, hi: number): boolean {
  const end = Math.min(hi, mask.length);
  if (end - lo > 64) return mask.subarray(lo, end).includes(1);
  for (let i = lo; i < end; i++) if (mask[i] === 1) return true;
  return false;
}

/**
 * The headings of section i and its ancestors, innermost first, joined by "|".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { outline } from "../outline.ts";
 * const text = "二、2025年工作安排\n(一)扩大有效投资。实施重大项目2500个以上。\n";
 * const sections = outline(text, 0, text.length, 2025);
 * assert.equal(chainHeadings(sections, sections.length - 1), "扩大有效投资|2025年工作安排");
 * ```
 */
export function chainHeadings(sections: Section[], i: number): string {
  const out: string[] = [];
  while (i >= 0) {
    out.push(sections[i].heading);
    i = sections[i].parent;
  }
  return out.join("|");
}

const TRIM_CHAR = charClass(/[\s,;:。、\u2460-\u2473]/u);

/**
 * [a, b) without spaces, punctuation and circled item numbers (①…⑳) at either end.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(trimItem("①城镇新增就业60万人以上;", 0, 14), [1, 13]);
 * ```
 */
export function trimItem(text: string, a: number, b: number): [number, number] {
  while (a < b && TRIM_CHAR[text.charCodeAt(a)]) a++;
  while (b > a && TRIM_CHAR[text.charCodeAt(b - 1)]) b--;
  return [a, b];
}
