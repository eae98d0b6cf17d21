/**
 * Stage 8: indicator rows (extraction guide, section 3). One row per number
 * that measures something, with what it measures.
 *
 * For each sentence:
 *   1. find its quantities (numbers.ts);
 *   2. merge a baseline into its level ("由2.35%提高至2.95%");
 *   3. spread "分别" lists over the metrics before them;
 *   4. read each clause backwards from the number: qualifier words, the
 *      verb (growth, decline, level, gap), then the metric as written, with
 *      scope words dropped; a clause without a metric takes the one before it
 *      ("地区生产总值7600亿元、增长8%左右");
 *   5. status from cue words and the section's role, period from years and
 *      spans named in the sentence, its paragraph and its section headings.
 */
import { indicatorCues as cues } from "../../dictionary/dictionary.ts";
import { chineseNumber, findQuantities, type Quantity } from "../numbers/numbers.ts";
import { charClass, matches } from "../../text/hot.ts";
import { growthOnly, knownMetricAtStart, metricInfo } from "../../dictionary/metrics.ts";
import type { Document } from "../document.ts";
import type { Role, Section } from "../outline.ts";

export type Measure = "level" | "growth" | "change_pp" | "gap" | "multiple" | "rank";
export type Status = "actual" | "estimate" | "target";
export type Qualifier = "exact" | "approx" | "min" | "max" | "range";

/** An indicator, in cleaned-text offsets of its document's source. */
export interface Indicator {
  sentence: number; // index into doc.sentences
  section: number;
  a: number; // span: metric and number, whichever comes first, to the end of the number
  b: number;
  valueA: number; // the number, unit and qualifier word
  valueB: number;
  metricA: number; // the metric as written
  metricB: number;
  metric: string;
  metricText: string;
  /** the metric follows the number ("建成50个口袋公园") */
  metricAfterNumber: boolean;
  metricId: string;
  measure: Measure;
  value: number | null;
  valueMax: number | null;
  unit: string;
  unitBase: string;
  unitFactor: number;
  qualifier: Qualifier;
  qualifierText: string;
  status: Status;
  period: string;
  masked: boolean;
  valueText: string;
  baseline: number | null;
  benchmark: string;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map(esc).join("|");

// trailing entries may be patterns ("比\\d{4}年"), so they are not escaped
const TRAILING = new RegExp(`(?:${[...cues.trailing].sort((a, b) => b.length - a.length).join("|")})$`, "u");
const QUAL_BEFORE = new RegExp(`(?:${alt(Object.keys(cues.qualifiers_before))})$`, "u");
const GROWTH_END = new RegExp(`(?:${alt(cues.growth)})$`, "u");
const DECLINE_END = new RegExp(`(?:${alt(cues.decline)})$`, "u");
const GROWTH_NOUN_END = new RegExp(`(?:${alt(cues.growth_nouns)})$`, "u");
const DECLINE_NOUN_END = new RegExp(`(?:${alt(cues.decline_nouns)})$`, "u");
const LEVEL_AFTER_END = new RegExp(`(?:${alt(cues.growth)}|${alt(cues.decline)})(?:${alt(cues.level_after)})$`, "u");
const GAP = new RegExp(`(${alt(Object.keys(cues.gap_verbs))})(${alt(cues.benchmarks)})?(?:平均水平|平均)?$`, "u");
const SCOPE = new RegExp(`^(?:${cues.scope.join("|")})`, "u");
const TIME_WORD = new RegExp(alt(cues.time_words), "u");
const BASE_YEAR_G = /(?:比|从|由|与|较)(\d{4})年(?:末|底)?(?:相比|相较)?/gu;
const COMPARE_BASE = /比((?:\d{4}|[〇零一二三四五六七八九]{4})年(?:末|底)?)$/u;
const LEAD_VERB = new RegExp(`^(?:${alt(cues.lead_verbs)})(?=.{2,})`, "u");
const RANK_TAIL = new RegExp(`(?:${alt(cues.rank_verbs)})((?:${alt(cues.benchmarks)}|全球|世界|全国同类城市|[^,;。第]{0,6}))?$`, "u");
const POLICY_AFTER = new RegExp(`^(?:${alt(cues.policy_names)})`, "u");
const ACTION_END = new RegExp(`(?:${alt(cues.actions)})$`, "u");
const KEEP_AFTER = new RegExp(`(?:${alt(cues.keep_trailing_after)})$`, "u");
const ESTIMATE = new RegExp(alt(cues.estimate), "u");
const ESTIMATE_PARA = new RegExp(alt(cues.estimate_paragraph), "u");
const TARGET_INTRO = new RegExp(`(?:${alt(cues.target_sentence)})(?:建议|确定|设定|初步确定|拟定|拟)?(?:是|为)?:|目标(?:建议)?(?:是|为)`, "gu");
const TARGET_CLAUSE = new RegExp(alt(cues.target_clause), "u");
const TARGET_CLAUSE_REVIEW = /力争|确保|争取|今年计划|计划今年|今年要|今年预期|预期今年|今年的?目标/u;
const YEARS_BACK = new RegExp(alt(cues.years_back), "u");
const RETRO = new RegExp(alt(cues.retrospective), "u");
const YEARS_AHEAD = new RegExp(alt(cues.years_ahead), "u");
const PLAN_NAMED = new RegExp(`[“"](${alt(Object.keys(cues.plans))})[”"](?:计划|规划)?(?:时期|期间)`, "u");
const PLAN_END = new RegExp(`[“"]?(${alt(Object.keys(cues.plans))})[”"]?(?:规划)?(?:末|期末|时期末|结束时)`, "u");
const PLAN_END_G = new RegExp(PLAN_END.source, "gu");
const TARGET_INTRO_1 = new RegExp(TARGET_INTRO.source, "u"); // for .test: no lastIndex to carry over
const YEAR_G = /(\d{4})年/gu;
const CN_YEAR_G = /([〇零一二三四五六七八九]{4})年/gu;
const FUTURE_YEAR_G = /到(\d{4})年|(\d{4})年(?:底|末)?(?:前|力争|确保|要|将)/gu;
const COMPARED_TO = /(?:是|为|相当于|达到)((?:\d{4}|[xX*]{4}|[〇零一二三四五六七八九]{4})年(?:末|底)?|上年|去年|同期)的$/u;
const PARALLEL = new Set(cues.parallel_heads);
const COUNTED = new Set(["count", "people", "households", "person_times"]);
const CLAUSE_BREAK = /[,;:。!?\n、]/u;
const scratchBreak = new Int32Array(4096);
const scratchComma = new Int32Array(4096);
const BREAK_CHAR = charClass(CLAUSE_BREAK);
const COMMA_CHAR = charClass(/[,;:。!?\n]/u);
/** How far back from a number its clause, sentence and paragraph cues are read. */
const WINDOW = 240;
const LIST_SEP = /^\s*(?:[、,]|和|及|与|以及|、和)\s*$/u;

/** The clause text before a number, read backwards into its parts. */
interface Clause {
  metric: string; // as written, trimmed of verbs and scope words
  metricA: number;
  metricB: number;
  qualBefore: string;
  verb: "" | "growth" | "decline" | "level" | "reach" | "gap";
  gapSign: number;
  benchmark: string;
  growthNoun: boolean;
  declineNoun: boolean;
  annual: boolean;
  action: boolean;
}

function readClause(text: string, a: number, b: number): Clause {
  let end = b;
  let s = text.slice(a, end);
  const c: Clause = {
    metric: "", metricA: a, metricB: a, qualBefore: "", verb: "", gapSign: 1, benchmark: "",
    growthNoun: false, declineNoun: false, annual: false, action: false,
  };
  for (let guard = 0; guard < 12 && s; guard++) {
    let m: RegExpExecArray | null;
    if ((m = COMPARED_TO.exec(s))) {
      c.benchmark = m[1]; // "是2012年的2.5倍"
    } else if ((m = COMPARE_BASE.exec(s))) {
      c.benchmark ||= m[1]; // "比1995年增长57.3%": growth over several years
    } else if ((m = QUAL_BEFORE.exec(s)) && !KEEP_AFTER.test(s)) {
      if (!c.qualBefore) c.qualBefore = m[0];
    } else if ((m = GAP.exec(s)) && m[0].length && !/不$/u.test(s.slice(0, -m[0].length))) {
      c.verb = "gap";
      c.gapSign = cues.gap_verbs[m[1]];
      c.benchmark = m[2] ?? "";
    } else if ((m = LEVEL_AFTER_END.exec(s))) {
      if (!c.verb) c.verb = "level";
    } else if ((m = GROWTH_END.exec(s)) && !GROWTH_NOUN_END.test(s)) {
      if (!c.verb || c.verb === "reach") c.verb = "growth";
    } else if ((m = DECLINE_END.exec(s)) && !DECLINE_NOUN_END.test(s)) {
      if (!c.verb || c.verb === "reach") c.verb = "decline";
    } else if ((m = GROWTH_NOUN_END.exec(s))) {
      c.growthNoun = true;
    } else if ((m = DECLINE_NOUN_END.exec(s))) {
      c.declineNoun = true;
    } else if ((m = TRAILING.exec(s)) && !KEEP_AFTER.test(s)) {
      if (/^(年均|平均每年|每年平均|年平均)$/u.test(m[0])) c.annual = true;
      if (m[0] === "达到" || m[0] === "达" || m[0] === "为") c.verb ||= "reach";
    } else if ((m = ACTION_END.exec(s))) {
      c.action = true;
    } else break;
    end -= m[0].length;
    s = s.slice(0, s.length - m[0].length);
  }
  // leading scope words and years
  let start = a;
  for (let guard = 0; guard < 6; guard++) {
    const m = SCOPE.exec(s);
    if (!m || !m[0].length) break;
    start += m[0].length;
    s = s.slice(m[0].length);
  }
  // a time word inside: "中央提出今年经济增长" → 经济
  const tw = TIME_WORD.exec(s);
  if (tw && tw.index > 0 && s.length - tw.index - tw[0].length >= 2) {
    start += tw.index + tw[0].length;
    s = s.slice(tw.index + tw[0].length);
  }
  // a verb at the head: "建设高标准农田" → 高标准农田
  const lv = LEAD_VERB.exec(s);
  if (lv) {
    start += lv[0].length;
    s = s.slice(lv[0].length);
  }
  // a possessive left after a dropped scope word: "今年的经济增长" → 经济
  if (start > a && s.startsWith("的")) {
    start++;
    s = s.slice(1);
  }
  // an opening bracket or quote left over
  while (s && /^[“"(《]/u.test(s) && !/[”")》]/u.test(s)) {
    start++;
    s = s.slice(1);
  }
  c.metric = s;
  c.metricA = start;
  c.metricB = end;
  return c;
}

/** The noun phrase after a count: "建成50个“口袋公园”" → 口袋公园. */
function metricAfter(text: string, from: number, limit: number): [number, number] | null {
  // a bounded look-ahead; the sentence's end counts as a break, the window's end does not
  const end = Math.min(limit, from + 18);
  const m = /^[“"]?([^,;:。!?\n、“”"()]{2,14}?)[”"]?(?=[,;:。!?\n、(]|等|和|及)/u.exec(text.slice(from, end) + (end === limit ? "。" : ""));
  if (!m) return null;
  const a = from + m[0].indexOf(m[1]);
  return [a, a + m[1].length];
}

/** Split a "分别" list's metrics, spreading shared heads and tails. */
function spreadMetrics(items: string[], n: number): string[] {
  if (items.length === 1 && n === 2) {
    const m = /^城乡(居民)?(.+)$/u.exec(items[0]);
    if (m) return m[1] ? [`城镇居民${m[2]}`, `农村居民${m[2]}`] : [`城市${m[2]}`, `农村${m[2]}`];
  }
  if (items.length === n && n > 1) {
    const last = items[n - 1];
    for (const marker of ["占", "比重"]) {
      const i = last.indexOf(marker);
      if (i > 0 && items.slice(0, -1).every((x) => !x.includes(marker))) {
        return [...items.slice(0, -1).map((x) => x + last.slice(i)), last];
      }
    }
    // parallel heads of one length: 城镇、农村居民人均可支配收入; 一产、二产、三产增加值
    const k = items[0].length;
    if (items.slice(0, -1).every((x) => x.length === k) && last.length > k) {
      const tail = last.slice(k);
      if (PARALLEL.has(last.slice(0, k)) || metricInfo(items[0] + tail, "level")) {
        return [...items.slice(0, -1).map((x) => x + tail), last];
      }
    }
    for (const marker of ["增加值", "产值", "投资", "收入", "产量"]) {
      const i = last.indexOf(marker);
      if (i > 0 && items.slice(0, -1).every((x) => !x.includes(marker))) {
        const tail = last.slice(i);
        return [...items.slice(0, -1).map((x) => x + tail), last];
      }
    }
  }
  return items;
}

function sectionChain(sections: Section[], i: number): Section[] {
  const out: Section[] = [];
  while (i >= 0) {
    out.push(sections[i]);
    i = sections[i].parent;
  }
  return out;
}

/** Paragraph starts of `text[a, b)`, found once; `of(pos)` is the start of pos's paragraph. */
function paragraphIndex(text: string, a: number, b: number) {
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

function insideQuotes(text: string, a: number, b: number, floor: number): boolean {
  const from = Math.max(floor, a - 12);
  const k = text.slice(from, a + 1).lastIndexOf("“");
  if (k < 0) return false;
  const open = from + k;
  const close = text.indexOf("”", open);
  return close >= b && close - open <= 16 && text.slice(open, a).indexOf("”") < 0;
}

/**
 * Indicator rows of one document.
 *
 * @example
 * ```ts
 * const [doc] = readSource("seeds/003_x.txt", bytes);
 * indicators(doc).find((r) => r.metric === "一般公共预算收入" && r.measure === "growth");
 * // { value: 5, unit: "%", status: "estimate", period: "2021", … }
 * ```
 */
export function indicators(doc: Document): Indicator[] {
  const text = doc.clean.text;
  const year = doc.facts.year;
  const out: Indicator[] = [];
  const paraStarts = paragraphIndex(text, doc.a, doc.b);
  doc.sentences.forEach((sent, si) => {
    const qs = findQuantities(text, sent.a, sent.b);
    if (!qs.length) return;
    const chain = sent.section >= 0 ? sectionChain(doc.sections, sent.section) : [];
    const role: Role = chain.length ? chain[0].role : "other";
    // joined by hand: map() gave arrays of different kinds (none, or headings), and
    // V8 threw away and recompiled this whole function each time it met a new one
    let headings = "";
    for (let h = 0; h < chain.length; h++) headings += (h ? "|" : "") + chain[h].heading;
    const paraA = paraStarts.of(sent.a);
    // one pass over the sentence: the last clause break and comma before each position
    const n = sent.b - sent.a;
    // (tables reused from sentence to sentence: allocating typed arrays per sentence was a tenth of this stage)
    const lastBreak = n < scratchBreak.length ? scratchBreak : new Int32Array(n + 1);
    const lastComma = n < scratchComma.length ? scratchComma : new Int32Array(n + 1);
    let br = sent.a, cm = sent.a;
    for (let i = 0; i <= n; i++) {
      lastBreak[i] = br;
      lastComma[i] = cm;
      const ch = text.charCodeAt(sent.a + i);
      if (i < n && BREAK_CHAR[ch]) br = sent.a + i + 1;
      if (i < n && COMMA_CHAR[ch]) cm = sent.a + i + 1;
    }
    const breakBefore = (pos: number) => lastBreak[pos - sent.a];
    const commaBefore = (pos: number) => lastComma[pos - sent.a];
    const rows: Indicator[] = [];
    let baseline: number | null = null;
    let baselineA = -1;
    for (let k = 0; k < qs.length; k++) {
      const q = qs[k];
      if (insideQuotes(text, q.a, q.b, sent.a)) continue;
      // 2. baseline: 由2.35%提高至2.95%
      const next = qs[k + 1];
      if (next && q.kind === "number" && next.unit === q.unit) {
        const between = text.slice(q.b, next.a);
        const lead = /(?:由|从)(?:[\d〇零一二三四五六七八九]{4}年(?:末|底)?的?)?$/u.exec(text.slice(Math.max(sent.a, q.a - 12), q.a));
        if (lead && /^(?:[^,;。]{0,4}?)(?:至|到)$/u.test(between)) {
          baseline = q.value;
          baselineA = q.a - lead[0].length;
          continue;
        }
      }
      // clause start: the last break before the number (or the previous quantity)
      const csFloor = Math.max(sent.a, q.a - WINDOW);
      let cs = Math.max(csFloor, breakBefore(q.a));
      const prevQ = qs[k - 1];
      if (prevQ && prevQ.b > cs && prevQ.b <= q.a && baselineA < 0) cs = prevQ.b;
      const clauseFrom = baselineA >= 0 && baselineA >= cs ? baselineA : q.a;
      // 3. a 分别 list
      const commaStart = Math.max(csFloor, commaBefore(q.a));
      const commaPre = text.slice(commaStart, q.a);
      const fenbie = commaPre.lastIndexOf("分别");
      if (fenbie >= 0 && !(prevQ && prevQ.b > commaStart)) {
        const group: Quantity[] = [q];
        while (qs[k + group.length] && LIST_SEP.test(text.slice(group[group.length - 1].b, qs[k + group.length].a))) {
          group.push(qs[k + group.length]);
        }
        if (group.length > 1) {
          const verbClause = readClause(text, commaStart + fenbie + 2, q.a);
          const head = readClause(text, commaStart, commaStart + fenbie);
          // each listed metric read on its own (its own 涨幅 makes it a growth)
          const parts: Clause[] = [];
          let from = head.metricA;
          for (const piece of text.slice(head.metricA, commaStart + fenbie).split(/(、|和(?=[^和]{2,}))/u)) {
            if (piece && piece !== "、" && piece !== "和") parts.push(readClause(text, from, from + piece.length));
            from += piece.length;
          }
          const names = spreadMetrics(parts.map((p) => p.metric), group.length);
          const lastAfter = group[group.length - 1];
          group.forEach((g, gi) => {
            const name = names[Math.min(gi, names.length - 1)] ?? "";
            const part = parts[Math.min(gi, parts.length - 1)];
            if (!name || !part) return;
            rows.push(makeRow(doc, si, sent.section, g, {
              ...verbClause,
              metric: name,
              metricA: head.metricA,
              metricB: head.metricB,
              growthNoun: verbClause.growthNoun || (part.growthNoun && parts.length > 1) || (parts.length === 1 && head.growthNoun),
              declineNoun: verbClause.declineNoun || (part.declineNoun && parts.length > 1) || (parts.length === 1 && head.declineNoun),
            }, head.metricA, role, headings, paraA, sent.a, lastAfter, null));
          });
          k += group.length - 1;
          continue;
        }
      }
      // 4. the clause before the number
      let rankBench = "";
      let clauseEnd = clauseFrom;
      if (q.kind === "rank") {
        const r = RANK_TAIL.exec(text.slice(cs, q.a));
        if (r) {
          clauseEnd = cs + r.index;
          rankBench = r[1] ?? "";
        }
      }
      const clause = readClause(text, cs, clauseEnd);
      if (rankBench) clause.benchmark = rankBench;
      // a policy package's name, not a count: "稳经济35条"
      if (q.unit === "条" && (POLICY_AFTER.test(text.slice(q.b, q.b + 8)) || (/^[,;。、]|^$/u.test(text.slice(q.b, q.b + 1)) && clause.metric.length <= 3))) {
        continue;
      }
      let span = clause;
      // counts name what they count after the number: "建成50个“口袋公园”"
      const counted = COUNTED.has(q.quantity) && q.kind === "number" ? metricAfter(text, q.b, sent.b) : null;
      if (counted) {
        span = { ...clause, metric: text.slice(counted[0], counted[1]), metricA: counted[0], metricB: counted[1] };
      } else if (!clause.metric) {
        const prevRow = rows.findLast((r) => !r.metricAfterNumber);
        let lead: { metric: string; at: number } | null = null;
        if (!prevRow) {
          // the subject of an earlier clause: "地区生产总值连跨4个千亿台阶,2024年达到1.3万亿元"
          const p = Math.max(sent.a, cs - WINDOW, breakBefore(Math.max(sent.a, cs - 1)));
          if (cs > sent.a) lead = knownMetricAtStart(text.slice(p, cs));
          if (lead) lead.at += p;
        }
        if (lead) {
          span = { ...clause, metric: lead.metric, metricA: lead.at, metricB: lead.at + lead.metric.length };
        } else if (prevRow && q.kind !== "rank") {
          span = { ...clause, metric: prevRow.metric, metricA: prevRow.metricA, metricB: prevRow.metricB };
          span.growthNoun ||= /涨幅|增幅|增速/u.test(prevRow.metricText);
          // "增长7%以上、力争达到8%": the same measure as the row before
          if ((clause.verb === "" || clause.verb === "reach") && prevRow.unit === q.unit && prevRow.measure === "growth") {
            span.verb = prevRow.value !== null && prevRow.value < 0 ? "decline" : "growth";
          }
        }
      }
      if (!span.metric || span.metric.length > 40) continue;
      rows.push(makeRow(doc, si, sent.section, q, span, Math.min(span.metricA, clauseFrom), role, headings, paraA, sent.a, null, baseline));
      baseline = null;
      baselineA = -1;
    }
    for (const r of rows) out.push(r);
  });
  return out;

  /** Whether the last "…目标是:" before `pos` in its section speaks of the next five years. */
  function introAhead(pos: number): boolean {
    const from = Math.max(doc.a, pos - 800);
    const look = text.slice(from, pos);
    let last: RegExpExecArray | null = null;
    for (const m of matches(TARGET_INTRO, look)) last = m;
    if (!last) return false;
    return YEARS_AHEAD.test(look.slice(Math.max(0, last.index! - 30), last.index! + last[0].length));
  }

  function makeRow(
    doc: Document, si: number, section: number, q: Quantity, c: Clause, spanA: number, role: Role,
    headings: string, paraA: number, sentA: number, groupLast: Quantity | null, baseline: number | null,
  ): Indicator {
    // measure and sign
    let measure: Measure = "level";
    let value = q.value;
    let valueMax = q.valueMax;
    let sign = 1;
    let metric = c.metric;
    const growthNoun = c.growthNoun || GROWTH_NOUN_END.test(metric);
    const declineNoun = c.declineNoun || DECLINE_NOUN_END.test(metric);
    metric = metric.replace(GROWTH_NOUN_END, "").replace(DECLINE_NOUN_END, "") || metric;
    if (q.kind === "multiple") measure = "multiple";
    else if (q.kind === "rank") measure = "rank";
    else if (q.quantity === "percentage_points") {
      if (c.verb === "gap") {
        measure = "gap";
        sign = c.gapSign;
      } else {
        measure = "change_pp";
        if (c.verb === "decline" || declineNoun) sign = -1;
      }
    } else if (q.unit === "倍") {
      measure = c.verb === "growth" ? "growth" : "multiple";
    } else if (q.quantity === "ratio") {
      if (c.verb === "level" || (c.verb === "reach" && !growthNoun && !declineNoun)) measure = "level";
      else if (c.verb === "growth" || growthNoun || c.annual || growthOnly(metric)) measure = "growth";
      else if (c.verb === "decline" || declineNoun) {
        measure = "growth";
        sign = -1;
      } else if (c.verb === "gap") {
        measure = "gap";
        sign = c.gapSign;
      }
    }
    if (sign < 0) {
      if (value !== null) value = -value;
      if (valueMax !== null) {
        valueMax = -valueMax;
        [value, valueMax] = [valueMax, value];
      }
    }
    // qualifier
    let after = q.after;
    let afterText = q.afterText;
    if (!after && groupLast && groupLast.after) {
      after = groupLast.after;
      afterText = groupLast.afterText;
    }
    let qualifier: Qualifier = "exact";
    let qualifierText = "";
    if (q.valueMax !== null) {
      qualifier = "range";
      qualifierText = text.slice(q.a, q.b);
    } else if (after) {
      qualifier = after;
      qualifierText = afterText;
    } else if (c.qualBefore) {
      qualifier = cues.qualifiers_before[c.qualBefore];
      qualifierText = c.qualBefore;
    }
    // status
    const before = text.slice(Math.max(sentA, q.a - WINDOW), q.a);
    const para = text.slice(Math.max(paraA, q.a - 2 * WINDOW), q.a);
    const clauseText = text.slice(c.metricA, q.a);
    let status: Status;
    const futureYear = year !== null &&
      [...matches(FUTURE_YEAR_G, before)].some((m) => Number(m[1] ?? m[2]) >= year);
    const recent = para.slice(-160);
    if ((role === "targets" || role === "plan") && RETRO.test(recent) && !TARGET_CLAUSE.test(recent.slice(recent.search(RETRO)))) {
      status = ESTIMATE.test(before) ? "estimate" : "actual"; // "过去一年,…国内生产总值增长10.3%" in a plan section
    } else if (role === "targets" || role === "plan") {
      status = ESTIMATE.test(clauseText) ? "estimate" : "target";
    } else if (ESTIMATE.test(before) || ESTIMATE_PARA.test(para) || ESTIMATE_PARA.test(text.slice(q.b, q.b + 10))) {
      status = "estimate";
    } else if (TARGET_INTRO_1.test(para) || TARGET_CLAUSE_REVIEW.test(before) || futureYear) {
      status = "target";
    } else status = "actual";
    // period
    let period = "";
    if (/(?:^|[^A-Za-z])(?:[xX]{4}|\*{4})年/u.test(before)) period = "";
    else if (year !== null) {
      const years: number[] = []; // a loop, not map/filter: see the headings above
      for (const m of matches(YEAR_G, before.replace(COMPARED_TO, "").replace(BASE_YEAR_G, ""))) {
        const y = Number(m[1]);
        if (y > 1900 && y < 2100) years.push(y);
      }
      const lastYear = years.length ? years[years.length - 1] : null;
      if (status === "target") {
        // the nearest year named before the number: 到2025年, “十四五”末, 二〇三五年
        let near: { at: number; y: number } | null = null;
        const see = (at: number, y: number | null) => {
          if (y !== null && y >= year && (!near || at > near.at)) near = { at, y };
        };
        for (const m of matches(YEAR_G, before)) see(m.index!, Number(m[1]));
        for (const m of matches(CN_YEAR_G, before)) see(m.index!, chineseNumber(m[1]));
        for (const m of matches(PLAN_END_G, before)) see(m.index!, cues.plans[m[1]]);
        const plan = PLAN_END.exec(para);
        if (near) period = String((near as { y: number }).y);
        else if (plan) period = String(cues.plans[plan[1]]);
        else if (YEARS_AHEAD.test(before) || YEARS_AHEAD.test(para) || YEARS_AHEAD.test(headings) || introAhead(q.a)) {
          const late = doc.facts.kind === "party_congress_report" || doc.facts.kind === "plenary_report" ||
            (doc.facts.date && Number(doc.facts.date.slice(5, 7)) >= 7);
          period = String(year + (late ? 5 : 4));
        } else period = String(year);
      } else {
        const headYear = /(\d{4})年/u.exec(headings);
        const bases = [...matches(BASE_YEAR_G, before)];
        const baseYear = /^(\d{4})年/u.exec(c.benchmark) ?? (bases.length ? bases[bases.length - 1] : null);
        if (measure === "growth" && baseYear && Number(baseYear[1]) < (lastYear ?? year - 1) - 1) {
          period = `${Number(baseYear[1]) + 1}-${lastYear ?? year - 1}`; // 比1995年增长57.3% (2000年) → 1996-2000
        } else if (c.annual && PLAN_NAMED.test(before + "|" + headings)) {
          const end = cues.plans[PLAN_NAMED.exec(before + "|" + headings)![1]];
          period = `${end - 4}-${end}`; // 年均 over a plan period: “九五”时期 → 1996-2000
        } else if (c.annual && (YEARS_BACK.test(before) || YEARS_BACK.test(headings) || /五年/u.test(before))) {
          period = `${year - 5}-${year - 1}`; // 年均 over the years reviewed
        } else if (lastYear !== null && lastYear < year) period = String(lastYear);
        else if (/去年|上年|过去一年|过去的一年/u.test(before) && !YEARS_BACK.test(before)) period = String(year - 1);
        else if (YEARS_BACK.test(before) || YEARS_BACK.test(headings) && !/(\d{4})年/u.test(headings.split("|")[0])) {
          period = `${year - 5}-${year - 1}`;
        } else if (headYear && Number(headYear[1]) < year) period = headYear[1];
        else period = String(year - 1);
      }
    }
    const info = metricInfo(metric, measure);
    return {
      sentence: si,
      section,
      a: Math.min(spanA, q.a),
      b: Math.max(q.b, c.metricB),
      valueA: q.a,
      valueB: q.b,
      metricA: c.metricA,
      metricB: c.metricB,
      metric,
      metricText: text.slice(c.metricA, c.metricB),
      metricAfterNumber: c.metricA >= q.b,
      metricId: info?.id ?? "",
      measure,
      value,
      valueMax,
      unit: q.unit,
      unitBase: q.base,
      unitFactor: q.factor,
      qualifier,
      qualifierText,
      status,
      period,
      masked: q.masked,
      valueText: text.slice(q.a, q.b),
      baseline,
      benchmark: c.benchmark,
    };
  }
}
