/**
 * Where a number stands, read from the outline outward: its sentence, its
 * paragraph's lead, its section's role and headings, its document's year and
 * the end year of the five-year plan the document looks ahead to. Built once
 * per sentence; `placeOf` cuts the look-backs for one number.
 */
import { matches } from "../../text/hot.ts";
import { countNumber, yearNumber } from "../numbers/numbers.ts";
import type { Document } from "../document.ts";
import { type Facts, fromNextYear } from "../facts.ts";
import type { Role, Section } from "../outline.ts";
import { indicatorCues } from "../../dictionary/dictionary.ts";
import { alternation as alt } from "../../text/regex.ts";
import { BREAK_CHAR, COMMA_CHAR, SITUATION, SITUATION_NOT, TARGET_INTRO_G, WINDOW, YEARS_AHEAD } from "./patterns.ts";

/** One sentence's context, shared by every number in it. */
export interface SentenceContext {
  doc: Document;
  text: string;
  /** index into doc.sentences */
  si: number;
  /** where the sentence's top-level section starts (the document's start outside any) */
  topA: number;
  section: number;
  sentA: number;
  sentB: number;
  role: Role;
  /** the headings from the sentence's section up to the top, joined by "|" */
  headings: string;
  paraA: number;
  /** the paragraph's first sentence ("五年来,我市综合实力明显增强。") */
  lead: string;
  year: number | null;
  /** the end year of "今后五年" in this document */
  planEnd: number | null;
  /** the last clause break (,;:。!?、 or line end) before a position */
  breakBefore(pos: number): number;
  /** the last comma-level break (not 、) before a position */
  commaBefore(pos: number): number;
  /** where the look-back of the sentence's cues starts: the sentence before when this one goes on with 其中 (default sentA) */
  beforeA?: number;
  /** the sentence announcing the list this sentence is an item of ("…增长的情况如下列:" before "钢:从…增加到…"), else "" */
  intro?: string;
  /** the last row of the sentence before, in the same paragraph: the subject a sentence going on with a bare time clause carries ("…粮食总产量…只有二千七百七十四亿斤。在解放以后…的一九五二年,也还只有三千零八十八亿斤。") */
  carried?: { metric: string; unit: string };
}

/** The look-backs of one number, all a classifier reads. */
export interface Place {
  role: Role;
  headings: string;
  /** the sentence before the number (at most WINDOW characters) */
  before: string;
  /** the paragraph before the number (at most 2 × WINDOW characters) */
  para: string;
  /** ten characters after the number */
  after: string;
  /** the sentence after the number (at most 60 characters; absent in hand-made places) */
  rest?: string;
  /** the metric's start to the number */
  clause: string;
  /** the clause before the number, from the last break (、 included) */
  near: string;
  /** the paragraph's first sentence */
  lead: string;
  year: number | null;
  planEnd: number | null;
  /** a party congress report: its plan sections look to the end of the term (planEnd), not this year */
  term: boolean;
  /** whether the last "…目标是:" before the number speaks of the next five years */
  introAhead: () => boolean;
  /** whether the last "…目标是:" of the number's top section before it speaks of this year (2023年…主要预期目标是:) */
  introThisYear: () => boolean;
  /** whether the last review lead of the number's top section before it reviews one year (过去一年, not 五年来) */
  oneYearPart: () => boolean;
  /** the years the last review lead of the number's top section before it reviews, when not five: 10 for "十年来,…",
   * 4 for a term's review that counts its years ("2021年是本届政府的收官之年。过去四年,…"); else null */
  yearsPart?: () => number | null;
  /** the year of the last dated aim (到二〇二〇年) of the number's top section before it, later than the report's */
  aimYear?: () => number | null;
  /** the document's title ("关于…第六个五年计划的报告"), when known */
  title?: string;
  /** a report given late in its year, reviewing that year itself (lateInYear) */
  late?: boolean;
  /** a speech (讲话, 汇报发言): what it says a place holds now is of the speech's own year */
  speech?: boolean;
}

/**
 * The end year of the five years a document looks ahead to, counted from
 * this year or the next (facts.ts `fromNextYear`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fiveYearEnd } from "./context.ts";
 * assert.equal(fiveYearEnd({ year: 2022, kind: "government_work_report", date: "2022-01-10" }), 2026);
 * assert.equal(fiveYearEnd({ year: 2021, kind: "party_congress_report", date: "" }), 2026);
 * ```
 */
export function fiveYearEnd(facts: Pick<Facts, "year" | "kind" | "date">): number | null {
  if (facts.year === null) return null;
  return facts.year + (fromNextYear(facts) ? 5 : 4);
}

/**
 * The sections from `i` up to the top.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { outline } from "../outline.ts";
 * const text = "二、2025年工作安排\n(一)扩大有效投资。实施重大项目2500个以上。\n";
 * const sections = outline(text, 0, text.length, 2025);
 * assert.deepEqual(sectionChain(sections, sections.length - 1).map((s) => s.role), ["plan", "plan"]);
 * ```
 */
export function sectionChain(sections: Section[], i: number): Section[] {
  const out: Section[] = [];
  while (i >= 0) {
    out.push(sections[i]);
    i = sections[i].parent;
  }
  return out;
}

/**
 * Paragraph starts of `text[a, b)`, found once; `of(pos)` is the start of pos's paragraph.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "一、2024年工作回顾\n全年地区生产总值增长5.1%。城镇新增就业47万人。\n";
 * const p = paragraphIndex(text, 0, text.length);
 * assert.equal(p.of(text.indexOf("城镇")), text.indexOf("全年"));
 * ```
 */
export function paragraphIndex(text: string, a: number, b: number): { of(pos: number): number } {
  const starts = [a];
  for (let i = text.indexOf("\n", a); i >= 0 && i < b; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return {
    of(pos: number): number {
      let lo = 0, hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= pos) lo = mid;
        else hi = mid - 1;
      }
      return starts[lo];
    },
  };
}

/**
 * Whether the last "…目标是:" in the 800 characters before `pos` speaks of the next five years.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { introAhead } from "./context.ts";
 * const t = "今后五年经济社会发展的主要目标是:地区生产总值年均增长6%。";
 * assert.equal(introAhead(t, 0, t.indexOf("6%")), true);
 * ```
 */
export function introAhead(text: string, floor: number, pos: number): boolean {
  const from = Math.max(floor, pos - 800);
  const look = text.slice(from, pos);
  let last: RegExpExecArray | null = null;
  for (const m of matches(TARGET_INTRO_G, look)) last = m;
  if (!last) return false;
  return YEARS_AHEAD.test(look.slice(Math.max(0, last.index! - 30), last.index! + last[0].length));
}

/**
 * Whether the last "…目标是:" in `text[floor, pos)` names the report's year or 今年 and not the next five years:
 * the work of this year follows it, even under a heading "今后五年的目标任务和2023年工作安排".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { introThisYear } from "./context.ts";
 * const t = "今后五年的主要目标是:…。2023年全市经济社会发展的主要预期目标是:地区生产总值增长4%左右。我们将做好以下工作:新增承接项目投资额超过1600亿元。";
 * assert.equal(introThisYear(t, 0, t.indexOf("1600"), 2023), true);
 * assert.equal(introThisYear(t, 0, t.indexOf("…"), 2023), false);
 * const z = "2022年工作安排\n全市经济社会发展主要预期目标是:地区生产总值增长7%左右。";
 * assert.equal(introThisYear(z, 0, z.indexOf("7%"), 2022), true);
 * ```
 */
export function introThisYear(text: string, floor: number, pos: number, year: number | null): boolean {
  if (year === null) return false;
  let last: RegExpExecArray | null = null;
  for (const m of matches(TARGET_INTRO_G, text.slice(floor, pos))) last = m;
  if (!last) return false;
  // the intro's own sentence (and a heading line before it: "2022年工作安排"), up to 30 characters before it
  let head = text.slice(Math.max(floor, floor + last.index! - 30), floor + last.index! + last[0].length);
  head = head.slice(head.search(/[^。!?]*$/u));
  if (YEARS_AHEAD.test(head)) return false;
  return head.includes(`${year}年`) || /今年|本年/u.test(head);
}

// (tables reused from sentence to sentence: allocating typed arrays per sentence was a tenth of this stage)
const scratchBreak = new Int32Array(4096);
const scratchComma = new Int32Array(4096);

/** One pass over the sentence: the last clause break and comma before each position. */
function breakTables(text: string, a: number, b: number): [Int32Array, Int32Array] {
  const n = b - a;
  const lastBreak = n < scratchBreak.length ? scratchBreak : new Int32Array(n + 1);
  const lastComma = n < scratchComma.length ? scratchComma : new Int32Array(n + 1);
  let br = a, cm = a;
  for (let i = 0; i <= n; i++) {
    lastBreak[i] = br;
    lastComma[i] = cm;
    const ch = text.charCodeAt(a + i);
    if (i < n && BREAK_CHAR[ch]) br = a + i + 1;
    if (i < n && COMMA_CHAR[ch]) cm = a + i + 1;
  }
  return [lastBreak, lastComma];
}

/**
 * The lines before a section that announce it as work to do: the last of `text[a, b)` ends in a colon after
 * 工作, 任务, 目标 or 打造, and the lines (from a paragraph start) are returned; "" when it announces nothing.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { announcedBy } from "./context.ts";
 * const t = "新一届政府工作目标任务:围绕实现地区生产总值“翻一番”目标。\n聚焦目标任务,突出“六个打造”:\n一是打造4个千亿级产业集群。";
 * assert.equal(announcedBy(t, 0, t.indexOf("一是")), "新一届政府工作目标任务:围绕实现地区生产总值“翻一番”目标。|聚焦目标任务,突出“六个打造”:");
 * assert.equal(announcedBy("全市地区生产总值增长5%。\n", 0, 14), "");
 * ```
 */
export function announcedBy(text: string, a: number, b: number): string {
  const look = text.slice(a, b).trimEnd();
  if (!/(?:工作|任务|目标|打造)[^:：\n。]{0,12}[:：]$/u.test(look)) return "";
  const lines = look.split("\n");
  if (a > 0 && text[a - 1] !== "\n") lines.shift(); // a line cut by the window
  return lines.map((l) => l.trim()).filter(Boolean).join("|");
}

type Lead = { at: number; one: boolean; years: number | null };
const reviewLeads = new WeakMap<Document, Lead[]>();
const LEAD_TEN = new RegExp(`^(?:${alt(indicatorCues.years_back_ten)})[,，]`, "u");
const LEAD_MANY = new RegExp(`^(?:${alt(indicatorCues.years_back)})`, "u");
const LEAD_ONE = new RegExp(`^(?:${alt(indicatorCues.last_year)}|一年来)[,，]`, "u");
/** a term's review that counts its years, in its first two sentences: "2021年是本届政府的收官之年。过去四年,…" */
const LEAD_TERM_YEARS = /^(?:[^。\n]{0,30}。)?(?:过去|这)([两三四])年[,，]|^(?:[^。\n]{0,30}。)?([两三四])年来[,，]/u;
/** a review that counts its years outside a term's, in its first two sentences: "…,共九年时间。这九年,", "八年来,", "过去的六年中," */
const LEAD_N_YEARS = /^(?:[^。\n]{0,40}。)?(?:(?:这|过去的?)([两二三四六七八九]|十[一二三四五六七八九]?|[2-9]|1\d)年(?:来|以来|中|间|里)?|([两二三四六七八九]|十[一二三四五六七八九]|[2-9]|1\d)年(?:来|以来|中|间))[,，]/u;

/**
 * Whether the last paragraph in `[a, pos)` that opens a review ("五年来,…", "过去一年,…") opens one of a
 * single year. Paragraph leads are found once per document.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { lastLeadIsOneYear } from "./context.ts";
 * const text = "五年来,地区生产总值年均增长6%。\n过去一年,新增中小学学位4.5万个。";
 * const doc = { clean: { text }, a: 0, b: text.length } as Parameters<typeof lastLeadIsOneYear>[0];
 * assert.equal(lastLeadIsOneYear(doc, 0, text.indexOf("6%")), false);
 * assert.equal(lastLeadIsOneYear(doc, 0, text.indexOf("4.5")), true);
 * ```
 */
export function lastLeadIsOneYear(doc: Pick<Document, "clean" | "a" | "b">, a: number, pos: number): boolean {
  return lastLead(doc, a, pos)?.one ?? false;
}

/**
 * The years the last paragraph in `[a, pos)` that opens a review reviews, when it says a number other than
 * five: ten ("十年来,…"), the years of a term's review ("2021年是本届政府的收官之年。过去四年,…" → 4), or of any review
 * that counts them ("…,共九年时间。这九年,…" → 9, "八年来,…" → 8); else null.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { lastLeadYears } from "./context.ts";
 * const text = "五年来,国内生产总值年均增长6%。\n十年来,我们坚持稳中求进。\n城镇化率提高十一点六个百分点。";
 * const doc = { clean: { text }, a: 0, b: text.length } as Parameters<typeof lastLeadYears>[0];
 * assert.equal(lastLeadYears(doc, 0, text.indexOf("6%")), null);
 * assert.equal(lastLeadYears(doc, 0, text.indexOf("十一点六")), 10);
 * const term = "二、本届政府工作回顾\n2021年是本届政府的收官之年。过去四年,全市上下奋发有为。\n地区生产总值年均增长5%。";
 * const termDoc = { clean: { text: term }, a: 0, b: term.length } as Parameters<typeof lastLeadYears>[0];
 * assert.equal(lastLeadYears(termDoc, 0, term.indexOf("5%")), 4);
 * const nine = "共九年时间。这九年,国家面貌发生了深刻的变化。\n城市新就业的劳动力达到七千万人。";
 * const nineDoc = { clean: { text: nine }, a: 0, b: nine.length } as Parameters<typeof lastLeadYears>[0];
 * assert.equal(lastLeadYears(nineDoc, 0, nine.indexOf("七千万")), 9);
 * ```
 */
export function lastLeadYears(doc: Pick<Document, "clean" | "a" | "b">, a: number, pos: number): number | null {
  return lastLead(doc, a, pos)?.years ?? null;
}

/** The review lead a paragraph opens with (its first characters `head`), or null. */
function leadAt(at: number, head: string): Lead | null {
  if (LEAD_MANY.test(head)) return { at, one: false, years: null };
  if (LEAD_ONE.test(head)) return { at, one: true, years: null };
  if (LEAD_TEN.test(head)) return { at, one: false, years: 10 };
  const term = head.includes("本届") && head.includes("年") ? LEAD_TERM_YEARS.exec(head) : null;
  if (term) return { at, one: false, years: "两三四".indexOf(term[1] ?? term[2]) + 2 };
  const counted = head.includes("年") ? LEAD_N_YEARS.exec(head) : null;
  const n = counted ? countNumber((counted[1] ?? counted[2]).replace("两", "二")) : null;
  return n !== null && n >= 2 && n <= 19 ? { at, one: false, years: n } : null;
}

/** The last review lead in `[a, pos)`; the document's leads are found once. */
function lastLead(doc: Pick<Document, "clean" | "a" | "b">, a: number, pos: number): Lead | null {
  let leads = reviewLeads.get(doc as Document);
  if (!leads) {
    leads = [];
    const text = doc.clean.text;
    for (let i = doc.a; i >= 0 && i < doc.b; i = text.indexOf("\n", i) + 1 || -1) {
      const lead = leadAt(i, text.slice(i, i + 48));
      if (lead) leads.push(lead);
    }
    reviewLeads.set(doc as Document, leads);
  }
  let last: Lead | null = null;
  for (const l of leads) {
    if (l.at >= pos) break;
    if (l.at >= a) last = l;
  }
  return last;
}

const announcements = new WeakMap<Document, Map<number, string>>();

/**
 * The announcement of a top section without a role: the lines before it, or before the first of the run of
 * such sections it ends ("一是打造…", "二是打造…" after "突出“六个打造”:"). Remembered per document.
 */
function announcementOf(doc: Document, top: Section): string {
  let known = announcements.get(doc);
  if (!known) announcements.set(doc, known = new Map());
  const seen = known.get(top.index);
  if (seen !== undefined) return seen;
  let found = "";
  for (let i = top.index; i >= 0; i--) {
    const s = doc.sections[i];
    if (s.parent !== -1) continue;
    if (s.role !== "other") break;
    found = announcedBy(doc.clean.text, Math.max(doc.a, s.a - 300), s.a);
    if (found) break;
  }
  known.set(top.index, found);
  return found;
}

type PartLine = { at: number; line: string };
const partLines = new WeakMap<Document, PartLine[]>();
/** a line alone that may head a part: short, no sentence punctuation, no ordinal marker (those the outline reads) */
const PART_LINE = /^(?:[一二三四五六七八九十]{1,3}、)?(?!第[一二三四五六七八九十][章部]|[(（])[^。!?;；:：,，()（）“”]{6,40}$/u;
/** a five-year plan named by its ordinal, not looked back on: "第一个五年计划概要", "第一個五年計劃的若幹問題" */
const PLAN_ORDINAL = /第[一二三四五六七八九十]{1,2}[个個]五年[计計][划劃](?!.*(?:回顾|执行|成就|胜利|完成|总结|情况))/u;

/** The part lines of a document that are no section's heading, found once. */
function partLinesOf(doc: Document): PartLine[] {
  let lines = partLines.get(doc);
  if (lines) return lines;
  lines = [];
  const text = doc.clean.text;
  for (let i = doc.a; i >= 0 && i < doc.b; i = text.indexOf("\n", i) + 1 || -1) {
    const end = text.indexOf("\n", i);
    const line = text.slice(i, end < 0 || end > doc.b ? doc.b : end).trim();
    const b = end < 0 ? doc.b : end;
    if (PART_LINE.test(line) && !doc.sections.some((s) => s.headA >= i && s.headA < b)) lines.push({ at: i, line });
  }
  partLines.set(doc, lines);
  return lines;
}

/**
 * The last part line before `pos` when it looks ahead (今后五年…, or a plan named by its ordinal and not looked back on:
 * "第六个五年计划的基本任务") and no review section starts between it and pos; else "". The outline makes sections of
 * marked headings only: a part heading standing alone ("今后五年建设和改革的目标、方针和任务" in 1988, before its
 * numbered tasks) is read here.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { partAheadOf } from "./context.ts";
 * const text = "第六个五年计划的基本任务\n在科学技术方面,推广四十项重大科技成果。\n";
 * const doc = { clean: { text }, a: 0, b: text.length, sections: [] } as unknown as Parameters<typeof partAheadOf>[0];
 * assert.equal(partAheadOf(doc, text.indexOf("四十")), "第六个五年计划的基本任务");
 * const back = "“六五”计划执行情况的回顾\n五年来,粮食增产。\n";
 * const doc2 = { clean: { text: back }, a: 0, b: back.length, sections: [] } as unknown as Parameters<typeof partAheadOf>[0];
 * assert.equal(partAheadOf(doc2, back.indexOf("粮食")), "");
 * ```
 */
export function partAheadOf(doc: Document, pos: number): string {
  let last: PartLine | null = null;
  for (const l of partLinesOf(doc)) {
    if (l.at >= pos) break;
    last = l;
  }
  if (!last || !(YEARS_AHEAD.test(last.line) || PLAN_ORDINAL.test(last.line))) return "";
  const at = last.at;
  return doc.sections.some((s) => s.parent === -1 && s.role === "review" && s.a > at && s.a < pos) ? "" : last.line;
}

/** a new government's term, announced before its aims: "新一届政府工作目标任务:" */
const NEW_TERM = /新一届政府/u;

/** The first sentence of the paragraph starting at `a` (at most 120 characters). */
function leadOf(text: string, a: number): string {
  const m = /[。!?\n]/u.exec(text.slice(a, a + 120));
  return text.slice(a, m ? a + m.index : a + 120);
}

/**
 * The context of sentence `si` of a document (its break tables are valid until the next call).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readText } from "../../run/pipeline.ts";
 * import { findQuantities } from "../numbers/numbers.ts";
 * import { paragraphIndex, sentenceContext } from "./context.ts";
 * const text = "二、2025年工作安排\n今年经济社会发展的主要预期目标是:地区生产总值增长5%左右;城镇新增就业60万人以上。\n(一)扩大有效投资。实施重大项目2500个以上,建设高标准农田6万亩。\n";
 * const [doc] = readText("passage", text, "utf-8", { facts: { year: 2025, kind: "government_work_report" }, minChars: 1 });
 * const si = doc.sentences.findIndex((x) => doc.clean.text.slice(x.a, x.b).includes("2500"));
 * const ctx = sentenceContext(doc, si, paragraphIndex(doc.clean.text, doc.a, doc.b), 2029);
 * const qs = findQuantities(ctx.text, ctx.sentA, ctx.sentB);
 * assert.deepEqual([ctx.role, ctx.headings, ctx.year], ["plan", "扩大有效投资|2025年工作安排", 2025]);
 * ```
 */
export function sentenceContext(
  doc: Document, si: number, paraStarts: { of(pos: number): number }, planEnd: number | null,
): SentenceContext {
  const sent = doc.sentences[si];
  const chain = sent.section >= 0 ? sectionChain(doc.sections, sent.section) : [];
  // joined by hand: map() gave arrays of different kinds (none, or headings), and
  // V8 threw away and recompiled the calling function each time it met a new one
  let headings = "";
  for (let h = 0; h < chain.length; h++) headings += (h ? "|" : "") + chain[h].heading;
  // a top section the outline left without a role, announced by a line ending in a colon ("聚焦目标任务,
  // 突出“六个打造”:", "我们将着力做好以下七个方面工作:"): the announcement is its heading, and it plans
  const top = chain.length ? chain[chain.length - 1] : null;
  let role: Role = chain.length ? chain[0].role : "other";
  if (top && role === "other") {
    const announce = announcementOf(doc, top);
    if (announce) {
      // (a new government's aims are its term's: the next five years)
      headings += "|" + announce + (NEW_TERM.test(announce) ? "|今后五年" : "");
      role = "plan";
    }
  }
  // a plan under a part heading the outline left out that looks ahead ("今后五年建设和改革的目标、方针和任务", 1988):
  // its years are the part's
  if (role === "plan" || role === "targets" || role === "other") {
    const part = partAheadOf(doc, sent.a);
    if (part && (role !== "other" || PLAN_ORDINAL.test(part))) headings += "|" + part;
  }
  // a section that describes the situation ("认清形势、抢抓机遇…") states where things stand, not aims
  if (chain.length && (role === "plan" || role === "targets") && describesSituation(chain[0].heading)) role = "other";
  const [lastBreak, lastComma] = breakTables(doc.clean.text, sent.a, sent.b);
  const paraA = paraStarts.of(sent.a);
  return {
    doc, text: doc.clean.text, si, section: sent.section, sentA: sent.a, sentB: sent.b,
    topA: chain.length ? chain[chain.length - 1].a : doc.a,
    role,
    headings,
    paraA,
    lead: leadOf(doc.clean.text, paraA),
    year: doc.facts.year,
    planEnd,
    breakBefore: (pos) => lastBreak[pos - sent.a],
    commaBefore: (pos) => lastComma[pos - sent.a],
    beforeA: goesOn(doc, si, paraA),
    intro: listIntro(doc, si, paraA),
  };
}

/**
 * Whether a heading describes the situation (认清形势, 面临的形势) and names no work to do (任务, 目标, 工作).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { describesSituation } from "./context.ts";
 * assert.equal(describesSituation("认清形势、抢抓机遇,以更加坚定的信心加快高质量发展步伐"), true);
 * assert.equal(describesSituation("当前形势和今年的主要任务"), false);
 * ```
 */
export function describesSituation(heading: string): boolean {
  return SITUATION.test(heading) && !SITUATION_NOT.test(heading);
}

/** a sentence that goes on with the one before: "其中,城镇居民的消费水平平均每年递增百分之三点二" */
const GOES_ON = /^\s*其中/u;

/** Where sentence si's cues are read from: the sentence before in its paragraph when si starts with 其中. */
function goesOn(doc: Document, si: number, paraA: number): number {
  const sent = doc.sentences[si];
  if (si === 0 || !GOES_ON.test(doc.clean.text.slice(sent.a, sent.a + 4))) return sent.a;
  const prev = doc.sentences[si - 1];
  return prev.a >= paraA ? prev.a : sent.a;
}

/** a list item standing as its own paragraph: a short label and a colon ("发电量:", "机制糖:") */
const ITEM_LABEL = /^\s*[^\s,;。:：,；]{1,8}[:：]/u;
/** a sentence announcing a list: it ends in a colon */
const INTRO_END = /[:：]\s*$/u;

/**
 * The sentence announcing the list whose item sentence si is: si opens its paragraph with a label and a colon,
 * and the paragraphs back to a sentence ending in a colon are such items too (at most 12). Its cues (将, 计划,
 * 一九五七年) are the items' (1955: "主要产品在一九五七年的计划产量比一九五二年的产量增长的情况如下列:").
 */
function listIntro(doc: Document, si: number, paraA: number): string {
  const t = doc.clean.text;
  const item = (j: number) => j >= 0 && ITEM_LABEL.test(t.slice(doc.sentences[j].a, doc.sentences[j].a + 12));
  if (doc.sentences[si].a !== paraA || !item(si)) return "";
  for (let j = si - 1; j >= 0 && j >= si - 24; j--) {
    const sj = doc.sentences[j], body = t.slice(sj.a, sj.b);
    if (INTRO_END.test(body)) return body.slice(0, WINDOW);
    if (!item(j) && !item(j - 1)) return ""; // (an item may hold two sentences)
  }
  return "";
}

/**
 * The look-backs of the number at `text[qa, qb)` whose metric starts at `metricA`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readText } from "../../run/pipeline.ts";
 * import { findQuantities } from "../numbers/numbers.ts";
 * import { paragraphIndex, sentenceContext } from "./context.ts";
 * const text = "二、2025年工作安排\n今年经济社会发展的主要预期目标是:地区生产总值增长5%左右;城镇新增就业60万人以上。\n(一)扩大有效投资。实施重大项目2500个以上,建设高标准农田6万亩。\n";
 * const [doc] = readText("passage", text, "utf-8", { facts: { year: 2025, kind: "government_work_report" }, minChars: 1 });
 * const si = doc.sentences.findIndex((x) => doc.clean.text.slice(x.a, x.b).includes("2500"));
 * const ctx = sentenceContext(doc, si, paragraphIndex(doc.clean.text, doc.a, doc.b), 2029);
 * const qs = findQuantities(ctx.text, ctx.sentA, ctx.sentB);
 * const place = placeOf(ctx, qs[0].a, qs[0].b, ctx.sentA);
 * assert.deepEqual([place.role, place.clause, place.year], ["plan", "实施重大项目", 2025]);
 * ```
 */
export function placeOf(ctx: SentenceContext, qa: number, qb: number, metricA: number): Place {
  const { text } = ctx;
  return {
    role: ctx.role,
    headings: ctx.headings,
    before: (ctx.intro ?? "") + text.slice(Math.max(ctx.beforeA ?? ctx.sentA, qa - WINDOW), qa),
    para: text.slice(Math.max(ctx.paraA, qa - 2 * WINDOW), qa),
    after: text.slice(qb, qb + 10),
    rest: text.slice(qb, Math.max(qb, Math.min(ctx.sentB, qb + 60))),
    clause: text.slice(metricA, qa),
    near: text.slice(Math.max(ctx.sentA, qa - WINDOW, ctx.breakBefore(qa)), qa),
    lead: ctx.lead,
    year: ctx.year,
    planEnd: ctx.planEnd,
    term: ctx.doc.facts.kind === "party_congress_report",
    introAhead: () => introAhead(text, ctx.doc.a, qa),
    introThisYear: () => introThisYear(text, ctx.topA, qa, ctx.year),
    oneYearPart: () => lastLeadIsOneYear(ctx.doc, ctx.topA, qa),
    yearsPart: () => lastLeadYears(ctx.doc, ctx.topA, qa),
    aimYear: () => lastAimYear(text, ctx.topA, qa, ctx.year),
    title: ctx.doc.facts?.title ?? "",
    late: lateInYear(ctx.doc),
    speech: ctx.doc.facts?.kind === "speech",
  };
}

/** a dated aim: "确保到二〇二〇年实现全面建成小康社会宏伟目标", "到2035年", "到本世纪末" (in a report before 2000: 2000) */
const AIM_YEAR_G = /到(?:((?:19|20)\d\d|[一二][〇○零一二三四五六七八九]{3})年|本世[纪紀]末)/gu;

/**
 * The year of the last dated aim in `text[a, pos)` (到二〇二〇年), when later than the report's year; else null. In a
 * party congress report the tasks of a section after its dated aim are due then, not at the end of the term.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { lastAimYear } from "./context.ts";
 * const t = "确保到二〇二〇年实现全面建成小康社会宏伟目标。——经济持续健康发展。实现国内生产总值比二〇一〇年翻一番。";
 * assert.equal(lastAimYear(t, 0, t.indexOf("翻一番"), 2012), 2020);
 * assert.equal(lastAimYear(t, 0, t.indexOf("翻一番"), 2022), null);
 * ```
 */
export function lastAimYear(text: string, a: number, pos: number, year: number | null): number | null {
  if (year === null || pos - a > 20000) return null; // (a top section; no whole document)
  let last: number | null = null;
  for (const m of matches(AIM_YEAR_G, text.slice(a, pos))) last = m[1] ? yearNumber(m[1]) : year < 2000 ? 2000 : last;
  return last !== null && last > year ? last : null;
}

/** this year's months counted up to autumn: "今年1至9月", "今年１到１０月", "从今年一月到九月", "根据前十一个月的实绩" */
const LATE_YEAR = new RegExp(indicatorCues.late_year.join("|"), "u");
const lateMemo = new WeakMap<Document, boolean>();

/**
 * Whether a report was given late in its year (November, December: the 1981 and 1982 reports), so that it reviews
 * that year itself: it counts this year's months up to autumn.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { lateInYear } from "./context.ts";
 * const doc = (text: string) => ({ a: 0, b: text.length, clean: { text }, facts: {} }) as never;
 * assert.equal(lateInYear(doc("全国查处的经济违法犯罪案件从今年一月到九月共有十三万六千零二十四件")), true);
 * assert.equal(lateInYear(doc("今年八月已經發展到十萬個,預計明年春耕時將達五十萬個以上")), false);
 * ```
 */
export function lateInYear(doc: Document): boolean {
  const memo = lateMemo.get(doc);
  if (memo !== undefined) return memo;
  // (a dated delivery is no cue: a congress of October reviews the years before it, gold: 2021 in a report of 2022)
  const late = LATE_YEAR.test(doc.clean.text.slice(doc.a, doc.b));
  lateMemo.set(doc, late);
  return late;
}
