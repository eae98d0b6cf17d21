/**
 * Stage 7: the outline of a document (extraction guide, section 2).
 *
 * Headings come in a fixed ladder of markers: "一、" → "(一)" → "1." →
 * "一是"/"——" → a paragraph's short lead sentence ("经济运行稳中向好。").
 * Each section has a level (its depth), ordinal, parent, heading, span and
 * a role (review, targets, plan, other) from the cue words of
 * `data/dictionary/sections.json`, inherited by sections without cues.
 */
import { charClass } from "../text/hot.ts";
import { sectionCues } from "../dictionary/dictionary.ts";
import { chineseNumber } from "./numbers/numbers.ts";
import type { Role } from "../tables/sections.ts";
export type { Role } from "../tables/sections.ts";

/** One section, in cleaned-text offsets of the whole source. */
export interface Section {
  index: number; // position in the document's list
  parent: number; // index of the parent, -1 for top level
  level: number; // 1 for top level
  rank: number; // marker rank 1..5
  ordinal: number;
  heading: string;
  role: Role;
  a: number; // span [a, b) in the cleaned text
  b: number;
  headA: number; // heading span
  headB: number;
}

const SPACE_CHAR = charClass(/\s/u);
const CLOSE_CHAR = charClass(/[”’」』)]/u);
const roleRules = sectionCues.roles.map((r) => ({
  value: r.value as Role,
  res: r.patterns.map((p) => new RegExp(p, "u")),
}));

const MARKERS: { rank: number; re: RegExp; ord: (m: RegExpExecArray) => number }[] = [
  { rank: 1, re: /^([一二三四五六七八九十]{1,3})、/u, ord: (m) => (chineseNumber(m[1]) ?? 0) },
  { rank: 1, re: /^第([一二三四五六七八九十]{1,3})(部分|章)\s*/u, ord: (m) => (chineseNumber(m[1]) ?? 0) },
  { rank: 2, re: /^\(([一二三四五六七八九十]{1,3})\)/u, ord: (m) => (chineseNumber(m[1]) ?? 0) },
  { rank: 3, re: /^(\d{1,2})[.、](?!\d)/u, ord: (m) => Number(m[1]) },
  { rank: 3, re: /^\((\d{1,2})\)/u, ord: (m) => Number(m[1]) },
  { rank: 4, re: /^([一二三四五六七八九十]{1,3})是/u, ord: (m) => (chineseNumber(m[1]) ?? 0) },
  { rank: 4, re: /^——(?!\d{4}年)/u, ord: () => 0 },
];

/**
 * Role named by a heading's cue words alone, or null.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(cueRole("2021年工作回顾"), "review");
 * assert.equal(cueRole("2022年重点工作安排"), "plan");
 * assert.equal(cueRole("今年经济社会发展的主要预期目标"), "targets");
 * assert.equal(cueRole("全力推动高质量发展"), null);
 * assert.equal(cueRole("改革开放的伟大历史进程"), "review"); // cpc_congress_17: thirty years looked back on
 * assert.equal(cueRole("改革开放和现代化建设取得伟大成就的五年"), "review"); // national_1993
 * assert.equal(cueRole("三年来的斗争和新时期的总任务"), "review"); // national_1978
 * ```
 */
export function cueRole(heading: string): Role | null {
  return roleRules.find((r) => r.res.some((re) => re.test(heading)))?.value ?? null;
}

/**
 * Role named by a heading, or null. Years are compared with the document's.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(headingRole("2021年主要工作", 2022), "review"); // an earlier year
 * assert.equal(headingRole("2025年目标任务和主要工作", 2025), "plan");
 * assert.equal(headingRole("一九五八年的任务", 1958), "plan");
 * assert.equal(headingRole("全力推动高质量发展", 2022), null);
 * ```
 */
export function headingRole(heading: string, docYear: number | null): Role | null {
  const cy = /([〇零一二三四五六七八九]{4})年/u.exec(heading);
  const y = /(\d{4})年/u.exec(heading) ?? (cy ? [cy[0], String(chineseNumber(cy[1]))] : null); // 一九五八年
  const matched = roleRules.find((r) => r.value !== "review" && r.res.some((re) => re.test(heading)));
  // a heading dated this year or later plans it, whatever else it says ("2025年目标任务和主要工作")
  if (y && docYear && Number(y[1]) >= docYear && !/回顾|总结/u.test(heading)) return matched && matched.value !== "other" ? matched.value : "plan";
  for (const r of roleRules) {
    if (r.value === "review" && r.res.some((re) => re.test(heading))) return "review";
  }
  if (y && docYear) {
    const year = Number(y[1]);
    if (year < docYear) return "review";
    if (!matched) return "plan";
  }
  return matched ? matched.value : null;
}

/**
 * Sections of one document.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "一、2021年主要工作\n（一）全力推动高质量发展。经济运行稳中向好。\n二、2022年重点工作安排\n";
 * const s = outline(text, 0, text.length, 2022);
 * assert.deepEqual(s.map((x) => [x.level, x.role]), [[1, "review"], [2, "review"], [1, "plan"]]);
 * assert.equal(s[0].heading, "2021年主要工作");
 * // an achievement heading opens the review, the next plans; inside a plan it is an aim
 * const t2 = "一、牢记殷殷嘱托,在接续奋斗中新福建建设取得新成效\n过去一年,经济运行稳中向好。\n二、牢记历史使命,在中国式现代化建设中奋勇争先\n(一)聚力打造高品质生活宜居地,在富民惠民安民上取得新成效\n建设提升300个工会驿站。\n";
 * assert.deepEqual(outline(t2, 0, t2.length, 2025).map((x) => x.role), ["review", "plan", "plan"]);
 * ```
 */
export function outline(text: string, a: number, b: number, docYear: number | null): Section[] {
  const out: Section[] = [];
  const stack: Section[] = [];
  const state = { seenReviewOrTargets: false, siblings: new Map<string, number>() };
  let pos = a;
  while (pos < b) {
    let end = text.indexOf("\n", pos);
    if (end < 0 || end > b) end = b;
    const head = headingAt(text.slice(pos, end), pos, end);
    if (head) {
      while (stack.length && stack[stack.length - 1].rank >= head.rank) stack.pop()!.b = lastContentEnd(text, pos);
      const s = openSection(text, head, stack.length ? stack[stack.length - 1] : null, out.length, b, docYear, state);
      out.push(s);
      stack.push(s);
    }
    pos = end + 1;
  }
  for (const s of stack) s.b = lastContentEnd(text, b);
  return out;
}

/** A paragraph's heading: its marker's rank and ordinal and the heading's span, or null for a plain paragraph. */
interface Heading {
  rank: number;
  ordinal: number;
  headA: number;
  headB: number;
  pos: number;
}

/** The heading a paragraph `para` (at `pos`, ending at `end`) opens with, if any: a marker, a short lead sentence, or an unmarked heading line. */
function headingAt(para: string, pos: number, end: number): Heading | null {
  for (const mk of MARKERS) {
    const m = mk.re.exec(para);
    if (!m) continue;
    const headA = pos + m[0].length;
    const stop = para.slice(m[0].length).search(/[。!?:]/u);
    let headB = stop < 0 ? end : headA + stop;
    // a long marker paragraph with no early stop: its heading is the first clause
    if (headB - headA > 60) {
      const comma = para.slice(m[0].length).search(/[,;]/u);
      headB = comma > 0 && comma < 60 ? headA + comma : headA + 60;
    }
    return { rank: mk.rank, ordinal: mk.ord(m), headA, headB, pos };
  }
  if (!para.length) return null;
  const lead = /^[^。!?,;:、\d]{2,16}。/u.exec(para);
  if (lead && para.length > lead[0].length + 8) return { rank: 5, ordinal: 0, headA: pos, headB: pos + lead[0].length - 1, pos };
  if (para.length <= 30 && !/[。!?;:,]$/u.test(para) && !/报告|讲话/u.test(para) && cueRole(para)) {
    return { rank: 1, ordinal: 0, headA: pos, headB: end, pos }; // an unmarked heading line: "2021年和本届政府工作回顾"
  }
  return null;
}

/**
 * Whether a heading opens with a task word of `taskOpenings` ("加快农业和农村经济发展"): read only for
 * top-level sections without a cue before any review, as in reports whose review part has no heading.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(opensWithTask("进一步转变政府职能,加强政风建设"), true); // national_2002
 * assert.equal(opensWithTask("关于社会主义革命"), false);
 * ```
 */
export function opensWithTask(heading: string): boolean {
  return sectionCues.taskOpenings.some((w) => heading.startsWith(w));
}

/** a heading that looks back by its words or a year: 回顾, 过去一年, "2024年工作" */
const LOOKS_BACK = /回顾|总结|过去|去年|以来|\d{4}年|[〇零一二三四五六七八九]{4}年/u;

/** The section a heading opens under `parent`: its ordinal among unnumbered siblings, and its role (its own cue, else its parent's). */
function openSection(
  text: string,
  h: Heading,
  parent: Section | null,
  index: number,
  b: number,
  docYear: number | null,
  state: { seenReviewOrTargets: boolean; siblings: Map<string, number> },
): Section {
  let ordinal = h.ordinal;
  if (h.rank === 4 && ordinal === 0 || h.rank === 5) {
    const key = `${parent ? parent.index : -1}:${h.rank}`;
    ordinal = (state.siblings.get(key) ?? 0) + 1;
    state.siblings.set(key, ordinal);
  }
  const heading = text.slice(h.headA, h.headB).trim();
  let role = headingRole(heading, docYear);
  // inside a review everything is reviewed work ("主要目标质效齐升", "政府自身建设")
  if (parent?.role === "review") role = "review";
  // inside a plan an achievement heading is an aim ("推进美丽中国先行区建设取得新成效"), unless it looks back
  if ((parent?.role === "plan" || parent?.role === "targets") && role === "review" && !LOOKS_BACK.test(heading)) role = parent.role;
  if (!role) role = parent ? parent.role : state.seenReviewOrTargets || opensWithTask(heading) ? "plan" : "other";
  if (!parent && (role === "review" || role === "targets")) state.seenReviewOrTargets = true;
  return {
    index,
    parent: parent ? parent.index : -1,
    level: parent ? parent.level + 1 : 1,
    rank: h.rank,
    ordinal,
    heading,
    role,
    a: h.pos,
    b,
    headA: h.headA,
    headB: h.headB,
  };
}

function lastContentEnd(text: string, pos: number): number {
  let p = pos;
  while (p > 0 && SPACE_CHAR[text.charCodeAt(p - 1)]) p--;
  return p;
}

/** A sentence's span `[a, b)` in the cleaned text. */
export interface Sentence {
  a: number;
  b: number;
}

/**
 * Sentences of `text[a, b)`: split after 。!? (and a closing quote that
 * follows), and at paragraph ends.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(sentences("经济运行稳中向好。主要经济指标完成全年目标任务,好于预期。", 0, 31).length, 2);
 * ```
 */
export function sentences(text: string, a: number, b: number): Sentence[] {
  const out: Sentence[] = [];
  // the next of each break character, found by native searches and renewed once passed
  const next = (ch: string, from: number) => {
    const i = text.indexOf(ch, from);
    return i < 0 || i >= b ? b : i;
  };
  let nl = next("\n", a), stop = next("。", a), bang = next("!", a), ask = next("?", a);
  let s = a;
  for (let i = Math.min(nl, stop, bang, ask); i < b; i = Math.min(nl, stop, bang, ask)) {
    if (i === nl) {
      if (i > s) out.push({ a: s, b: i });
      s = i + 1;
    } else {
      let e = i + 1;
      while (e < b && CLOSE_CHAR[text.charCodeAt(e)]) e++;
      out.push({ a: s, b: e });
      s = e;
    }
    if (nl < s) nl = next("\n", s);
    if (stop < s) stop = next("。", s);
    if (bang < s) bang = next("!", s);
    if (ask < s) ask = next("?", s);
  }
  if (b > s && text.slice(s, b).trim()) out.push({ a: s, b });
  return out;
}
