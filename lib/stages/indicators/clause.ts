/**
 * Reading the clause before a number backwards into its parts: qualifier
 * words, the verb (growth, decline, level, gap), benchmarks, then the metric
 * as written with scope words, time words and lead verbs dropped.
 */
import { metricEdges } from "../../dictionary/dictionary.ts";
import { metricInfo } from "../../dictionary/metrics.ts";
import { alternation as alt, anyEnd } from "../../text/regex.ts";
import { lastIndexWithin } from "../../text/hot.ts";
import {
  ACTION_END, ACTION_GROWTH_END, ACTION_NOUN_END, ADDED_END, COMPARE_BASE, COMPARED_TO, cues, DECLINE_END, DECLINE_NOUN_END, GAP, GROWTH_END, GROWTH_NOUN_END, HEAD_MEASURES,
  FLOW_VERB_KEPT, HEAD_ADVERB, KEEP_AFTER, LEAD_VERB, LIST_HEAD, LIST_TAILS, PAYER_TIME, RATE_OR_SHARE_END, LIST_MARK_HEAD, PEER_COMPARED, VERB_ADVERB, LEVEL_AFTER_END, PAIRED, PARALLEL, PER_YEAR, QUAL_BEFORE, REACH, SCOPE, TIME_WORD, TRAILING,
} from "./patterns.ts";

/** The clause text before a number, read backwards into its parts. */
export interface Clause {
  metric: string; // as written, trimmed of verbs and scope words
  metricA: number;
  metricB: number;
  qualBefore: string;
  verb: "" | "growth" | "decline" | "level" | "reach" | "gap" | "added";
  gapSign: number;
  benchmark: string;
  growthNoun: boolean;
  declineNoun: boolean;
  /** an average per year (年均, 平均每年) */
  annual: boolean;
  action: boolean;
}

/**
 * the units a word peelEnd takes off may end with: a clause ending in none of them has nothing to peel (every
 * clause's last peel ends so, after trying the twelve patterns in turn)
 */
const PEELED_ENDS = anyEnd([
  COMPARED_TO, COMPARE_BASE, QUAL_BEFORE, GAP, ADDED_END, LEVEL_AFTER_END, GROWTH_END, DECLINE_END, GROWTH_NOUN_END, DECLINE_NOUN_END, TRAILING, ACTION_END,
]);

const PLAN_NOUNS = alt(cues.plan_nouns);
const PLAN_HEAD = "(?:原定的?|原|年度|全年|年|国家|省|市|五年|第|预期|预定|既定|" + PLAN_NOUNS + ")";
/** a figure set against a plan's: "国考断面优良水体比例超国家考核目标", "工业总产值超过年度计划" (`plan_gap_verbs`, `plan_nouns`) */
const PLAN_GAP = new RegExp(`(${alt(Object.keys(cues.plan_gap_verbs))})了?((?=${PLAN_HEAD})[^,，;；。:、\\d]{0,22}?(?:${PLAN_NOUNS}))$`, "u");
/** a plan named before the verb, which the qualifier word or a change verb took: "比原计划超过百分之四", "比年度计划增加了2%" */
const PLAN_BEFORE = new RegExp(`比((?=${PLAN_HEAD})[^,，;；。:、\\d比]{0,12}?计划[^,，;；。:、\\d比多]{0,6}?)多?$`, "u");

/**
 * A figure over or under a plan's or a target's is a gap against it, not a level (guide, section 3, `gap`):
 * "超年度计划目标13.9%" → gap, benchmark 年度计划目标; "比原计划超过百分之四" → gap, benchmark 原计划. The length
 * of the words it takes off, or 0.
 */
function peelPlan(s: string, c: Clause): number {
  const last = s.at(-1) ?? "";
  if (!last || !"划标定数多".includes(last)) return 0; // (cheap guard: every plan noun ends so)
  let m: RegExpExecArray | null;
  // (a change over the plan: "产品销售收入比年度计划增加了2%", "生产成本比年度计划多降低了3.1%")
  if ((c.verb === "growth" || c.verb === "decline") && !c.benchmark && s.includes("比") && (m = PLAN_BEFORE.exec(s))) {
    c.gapSign = c.verb === "growth" ? 1 : -1;
    c.benchmark = m[1];
  } else if (c.verb) return 0;
  else if (c.qualBefore in cues.plan_gap_verbs && s.includes("比") && (m = PLAN_BEFORE.exec(s))) {
    c.gapSign = cues.plan_gap_verbs[c.qualBefore];
    c.qualBefore = "";
    c.benchmark = m[1];
  } else if (/[超于出]/u.test(s) && (m = PLAN_GAP.exec(s))) {
    c.gapSign = cues.plan_gap_verbs[m[1]];
    c.benchmark = m[2];
  } else return 0;
  c.verb = "gap";
  return m[0].length;
}

/** more or less than a quantity named after 比: "比五年计划原定的1957年投资还多", "比起原定的计划还少" */
const MORE_THAN = /比起?([^,，;；。:、比]{1,30}?)(?:还|又|要)?((?<![减缩增许更大很])[多少])了?$/u;
/** a comparison with a time, not a quantity: a change of the metric ("比上年多") */
const THAN_TIME = /^(?:[\d〇○零一二三四五六七八九]{4}年(?:同期)?|上年|去年|同期|上一年|上年同期|去年同期|上次)$/u;

/**
 * "比…还多N", "比…还少N": over a quantity named after 比 a gap against it (benchmark the quantity), over a time a
 * change (guide, section 3). The length of the word it takes off (还多, 少), or 0.
 */
function peelMoreThan(s: string, c: Clause): number {
  if (c.verb || !s.includes("比")) return 0;
  const m = MORE_THAN.exec(s);
  if (!m) return 0;
  const sign = m[2] === "多" ? 1 : -1;
  if (THAN_TIME.test(m[1])) c.verb = sign > 0 ? "growth" : "decline";
  else {
    c.verb = "gap";
    c.gapSign = sign;
    c.benchmark ||= m[1];
  }
  return m[0].length - 1 - (m[0].startsWith("比起") ? 1 : 0) - m[1].length;
}

/** the year before compared with, then 平均: "比上年平均" (降低7.9%) */
const YEAR_BEFORE_AVERAGE = /(?:比|较|同)(?:上|去)年平均$/u;

/** a comparison with the normal of the season: "(汛期降雨)较常年偏多" (六成), "比常年同期偏少" */
const THAN_NORMAL = /(?:较|比)(常年(?:同期)?)偏([多少高低])$/u;

/**
 * "汛期降雨较常年偏多六成" → growth (偏少, 偏低: decline), benchmark 常年: a figure set against the normal of the
 * season is its change from that normal, not a level (audit A, 北京 2025). The length of the words it takes off, or 0.
 */
function peelNormal(s: string, c: Clause): number {
  if (c.verb || !s.includes("常年")) return 0; // (cheap guard)
  const m = THAN_NORMAL.exec(s);
  if (!m) return 0;
  c.verb = "多高".includes(m[2]) ? "growth" : "decline";
  c.benchmark ||= m[1];
  return m[0].length;
}

/** a concentration or emission that improves: "PM2.5浓度(同比)改善" (5.1%) */
const LESS_IMPROVES = /(?:浓度|排放量|排放强度)(?:同比|比上年|较上年)?改善$/u;

/**
 * "PM2.5浓度改善5.1%" → PM2.5浓度, growth −5.1: a concentration or emission improves by falling, so its 改善 is a decline
 * (audit p3 round 17). The length of 改善, or 0.
 */
function peelImproved(s: string, c: Clause): number {
  if (c.verb || !s.endsWith("改善") || !LESS_IMPROVES.test(s)) return 0; // (cheap guard)
  c.verb = "decline";
  return 2;
}

/** Take one word off the clause's end, recording what it says; the word's length, or 0 when none is known. */
function peelEnd(s: string, c: Clause): number {
  const plan = peelPlan(s, c) || peelNormal(s, c) || peelImproved(s, c) || (s.endsWith("多") || s.endsWith("少") || s.endsWith("了") ? peelMoreThan(s, c) : 0);
  if (plan) return plan;
  // "比上年平均降低7.9%": the comparison's 平均 (on average over the kinds), not 年平均 (per year)
  if (s.endsWith("年平均") && YEAR_BEFORE_AVERAGE.test(s)) return 2;
  if (PEELED_ENDS && PEELED_ENDS[s.charCodeAt(s.length - 1)] === 0) return 0;
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
  } else if ((m = ADDED_END.exec(s)) && s.length > m[0].length + 1) {
    if (!c.verb) c.verb = "added"; // "各项贷款新增2.1万亿元": a change of the stock named before
  } else if ((m = LEVEL_AFTER_END.exec(s))) {
    if (!c.verb) c.verb = "level";
  } else if ((m = GROWTH_END.exec(s)) && !GROWTH_NOUN_END.test(s) && !ACTION_GROWTH_END.test(s)) {
    if (!c.verb || c.verb === "reach") c.verb = "growth";
  } else if ((m = DECLINE_END.exec(s)) && !DECLINE_NOUN_END.test(s)) {
    if (!c.verb || c.verb === "reach") c.verb = "decline";
  } else if ((m = GROWTH_NOUN_END.exec(s)) && !KEEP_AFTER.test(s)) {
    c.growthNoun = true; // (not 人口自然增长率: a rate's name)
  } else if ((m = DECLINE_NOUN_END.exec(s))) {
    c.declineNoun = true;
  } else if ((m = TRAILING.exec(s.length > 24 ? s.slice(-24) : s)) && !KEEP_AFTER.test(s)) {
    // (the tail only: every entry is short, and a search over the whole clause was a third of this stage)
    if (PER_YEAR.has(m[0])) c.annual = true;
    if (REACH.has(m[0])) c.verb ||= "reach";
  } else if ((m = ACTION_END.exec(s)) && !ACTION_NOUN_END.test(s)) {
    c.action = true;
  } else return 0;
  return m[0].length;
}

/** verbs of a flow's stage after the flow verb: 改造开工, 改造完工 */
const RESULT_VERB = /^(?:开工|完工|竣工|建成)$/u;

/** verbs that name the kind of an amount after them: 签约总金额, 成交额 */
const AMOUNT_VERB = /^(?:签约|成交|交易|融资|募集)$/u;

/** Whether the time word at `at` is the year of a budget compared with: "比去年预算", "较上年预算赤字". */
function budgetCompared(rest: string, at: number, len: number): boolean {
  return rest.startsWith("预算", at + len) && (rest[at - 1] === "比" || rest[at - 1] === "较");
}

/**
 * Past a scope word right after a dropped lead verb, two characters left at least: "助推全市GDP" → GDP (audit s3 round 19);
 * not 全国, which names a national list there (培育全国名特优新农产品).
 */
function scopeAfterVerb(s: string, skip: number): number {
  const m = SCOPE.exec(s.slice(skip));
  return m && m[0].length && !m[0].startsWith("全国") && s.length - skip - m[0].length >= 2 ? skip + m[0].length : skip;
}

/** How many characters of scope words, time words, lead verbs and leftovers start the metric. */
function headSkip(s: string, result = false): number {
  let skip = LIST_MARK_HEAD.exec(s)?.[0].length ?? 0;
  // leading scope words and years
  for (let guard = 0; guard < 6; guard++) {
    const m = SCOPE.exec(s.slice(skip)) ?? HEAD_ADVERB.exec(s.slice(skip));
    if (!m || !m[0].length) break;
    skip += m[0].length;
  }
  // a time word inside: "中央提出今年经济增长" → 经济
  const rest = s.slice(skip);
  const tw = TIME_WORD.exec(rest);
  // (not the base of a share: "用于国防的支出占本年支出的22.15%")
  // (nor who pays before it: "中央财政全年用于…的支出" keeps 中央财政, readClause drops the time word)
  // (nor a base per person before it, whose year the amount is: "城市职工家庭平均每人全年可用于生活费的收入")
  // (nor the year of a budget compared with: "比去年预算赤字减少500亿元" names no metric, its subject is carried)
  if (tw && tw.index > 0 && rest.length - tw.index - tw[0].length >= 2 && !/占$|每人$|人均$|按人口平均$/u.test(rest.slice(0, tw.index)) && !PAYER_TIME.test(rest) &&
    !budgetCompared(rest, tw.index, tw[0].length)) {
    skip += tw.index + tw[0].length;
  }
  // a verb at the head: "实施重点项目" → 重点项目 (a flow verb stays: 建设高标准农田)
  // (带动 names an induced flow, 带动消费300亿元, but not a total it helped reach: 带动…交易额突破1700亿元)
  skip += VERB_ADVERB.exec(s.slice(skip))?.[0].length ?? 0; // (精准开展…: the adverb goes with its verb)
  const lv = LEAD_VERB.exec(s.slice(skip));
  // (nor before an amount that names nothing alone: 签约总金额 is no 总金额)
  // (nor before a bare 项目 or 企业, which says nothing of which were counted: 签约项目163个, 实施项目2113个)
  if (lv && (!FLOW_VERB_KEPT.has(lv[0]) || (result && lv[0] === "带动")) && !(AMOUNT_VERB.test(lv[0]) && /^总?金?额$/u.test(s.slice(skip + lv[0].length))) &&
    !/^(?:项目|企业)$/u.test(s.slice(skip + lv[0].length))) skip = scopeAfterVerb(s, skip + lv[0].length);
  // a possessive left after a dropped scope word: "今年的经济增长" → 经济
  // (or one left where the clause starts after an attribute: "投资100亿美元的SK海力士")
  if (s.startsWith("的", skip) && s.length - skip > 2) skip++;
  // a list mark left after a dropped verb: "制定、修改、废止政府规章" → 修改、废止政府规章
  if (s.startsWith("、", skip)) skip++;
  // an opening bracket or quote left over
  while (skip < s.length && /^[“"(《]/u.test(s.slice(skip)) && !/[”")》]/u.test(s.slice(skip))) skip++;
  return skip;
}

/**
 * Where a clause starts that a 、 inside brackets cut: "新建(改建、扩建)公办中小学校" and "各县(市、区)" start
 * before the bracket, not at "扩建)" or "区)".
 */
function bracketStart(text: string, a: number, b: number): number {
  const close = text.slice(a, b).search(/[)）]/u);
  if (close < 0 || /[(（]/u.test(text.slice(a, a + close))) return a;
  const open = Math.max(lastIndexWithin(text, "(", a, a - 12), lastIndexWithin(text, "（", a, a - 12));
  if (open < 0 || a - open > 12 || /[,;:。!?\n\d]/u.test(text.slice(open, a))) return a;
  let k = open;
  // (back over the words before it, not over a number's unit: "183个县(市、区)")
  while (k > open - 16 && k > 1 && /\p{Script=Han}|[“”"]/u.test(text[k - 1]) && !/\d/u.test(text[k - 2])) k--;
  return k;
}

/**
 * Where a clause starts that a 、 inside quotes cut: "瓶装液化气居民“阀、管”改造" and "“走出去、请进来”招商推介"
 * start before the quote, not at "管”" or "请进来”".
 */
function quoteStart(text: string, a: number, b: number): number {
  if (text[a - 1] !== "、") return a;
  const close = text.slice(a, b).indexOf("”");
  if (close < 0 || text.slice(a, a + close).includes("“")) return a;
  const open = lastIndexWithin(text, "“", a, a - 12);
  if (open < 0 || a - open > 12 || /[,;:。!?\n\d”]/u.test(text.slice(open, a))) return a;
  let k = open;
  while (k > open - 16 && k > 1 && /\p{Script=Han}/u.test(text[k - 1])) k--;
  return k;
}

/**
 * The clause `text[a, b)` before a number, read backwards into its parts.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readClause } from "./clause.ts";
 * const c = readClause("全市地区生产总值增长", 0, 10);
 * assert.equal(c.metric, "地区生产总值");
 * assert.equal(c.verb, "growth");
 * ```
 */
export function readClause(text: string, a0: number, b: number): Clause {
  const a = quoteStart(text, bracketStart(text, a0, b), b);
  let end = b;
  let s = text.slice(a, end);
  const c: Clause = {
    metric: "", metricA: a, metricB: a, qualBefore: "", verb: "", gapSign: 1, benchmark: "",
    growthNoun: false, declineNoun: false, annual: false, action: false,
  };
  let keptVerb = 0; // a flow verb after its noun, kept in that order: "老旧小区改造747万平方米"
  let result = ""; // a result verb after it, kept too: "老旧小区改造开工742个"
  for (let guard = 0; guard < 12 && s; guard++) {
    const wasAction = c.action;
    const n = peelEnd(s, c);
    if (!n) break;
    const w = s.slice(-n);
    if (guard === 0 && c.action && RESULT_VERB.test(w)) result = w;
    keptVerb = !wasAction && c.action && FLOW_VERB_KEPT.has(w) ? n : guard === 1 && result && FLOW_VERB_KEPT.has(w) ? n + result.length : 0;
    end -= n;
    s = s.slice(0, s.length - n);
  }
  // an opening quote or bracket left before a quoted number: 比重“翻一番”, 相当于xx市xxxx年水平(xxx.xx亿元)
  while (/[“"(（]$/u.test(s)) {
    s = s.slice(0, -1);
    end--;
  }
  const skip = headSkip(s, c.verb !== "" || /^(?:突破|迈上|跨上|站上|跨越)$/u.test(c.qualBefore));
  if (keptVerb && s.length - skip >= 2) {
    s = text.slice(a, end + keptVerb);
    end += keptVerb;
  }
  // a modal inside or after the metric is no part of it: "中央财政拟安排补贴资金", "…的投入拟" (not 模拟, 虚拟);
  // "国家财政还将拨出专项资金", "医院和疗养院病床将增设" (not 将来, 将军)
  c.metric = s.slice(skip).replace(/(?<=\p{Script=Han}{2})(?<![模虚])拟(?=\p{Script=Han}{2}|$)/u, "").replace(PAYER_TIME, "$1");
  if (c.metric.includes("将")) c.metric = c.metric.replace(/(?<=\p{Script=Han}{2})(?:还|也|又|必|即)?将(?![来军士领])(?=\p{Script=Han}{2})/u, "");
  c.metricA = a + skip;
  c.metricB = end;
  // a verb phrase alone before 的 and the count names the part counted: "其中本年开始建设的271个,继续建设的693个"
  if (!c.metric && c.action && ACTION_PART.test(text.slice(a, b))) {
    c.metric = text.slice(a, b - 1);
    c.metricB = b - 1;
  }
  return againstNamed(againstPeers(c));
}

/** a short verb phrase and 的, the whole clause before a count (继续建设的) */
const ACTION_PART = /^\p{Script=Han}{2,6}的$/u;

/** a rate's growth ahead of a named benchmark: "农村居民人均可支配收入增速快于城镇居民" (`gap_verbs`) */
const RATE_GAP_NAMED = new RegExp(
  `^(.{2,}?(?:增速|增幅|涨幅|降幅|增长率))(${Object.keys(cues.gap_verbs).join("|")})(\\p{Script=Han}{2,10})$`,
  "u",
);

/**
 * A rate's growth written ahead of a benchmark the cue list does not name is a gap against it (guide, section 3):
 * "增速快于城镇居民3个百分点" → 增速, gap, benchmark 城镇居民.
 */
function againstNamed(c: Clause): Clause {
  if (c.verb) return c;
  if (c.metric.includes("比")) return againstThan(c);
  if (!/[于出过]/u.test(c.metric)) return c; // (cheap guard: every gap verb ends so)
  const m = RATE_GAP_NAMED.exec(c.metric);
  if (!m) return c;
  return { ...c, verb: "gap", gapSign: cues.gap_verbs[m[2]], benchmark: c.benchmark || m[3], metric: m[1] };
}

/** a rate's growth written against a named group with 比 and an adjective: "增速比城镇居民高" (2.4个百分点) */
const RATE_THAN_NAMED = /^(.{0,30}?(?:增速|增幅|涨幅|降幅|增长率))(?:要)?比(\p{Script=Han}{2,10}?)(?:还|要)?([高快低慢])出?$/u;

/** "农村居民人均可支配收入增长6.7%,增速比城镇居民高2.4个百分点" → 增速, gap, benchmark 城镇居民 (not a change: no time) */
function againstThan(c: Clause): Clause {
  const m = RATE_THAN_NAMED.exec(c.metric);
  if (!m || THAN_TIME.test(m[2])) return c;
  return { ...c, verb: "gap", gapSign: "高快".includes(m[3]) ? 1 : -1, benchmark: c.benchmark || m[2], metric: m[1] };
}

/** A change compared with peers is a gap against them (guide, section 3): "比周边同类城市利润率提高x%". */
function againstPeers(c: Clause): Clause {
  const m = PEER_COMPARED.exec(c.metric);
  if (!m || (c.verb !== "growth" && c.verb !== "decline")) return c;
  const metricA = c.metricA + c.metric.length - m[2].length;
  return { ...c, verb: "gap", gapSign: c.verb === "decline" ? -1 : 1, benchmark: c.benchmark || m[1], metric: m[2], metricA };
}

/** a longer name, with quoted words inside: "企业入选国家第一批“5G+工业互联网”典型解决方案名单" */
const LONG_AFTER = /^((?:[^,;:。!?\n、“”"()\d]|“[^”,;。]{1,12}”){2,30}?)(?=[,;:。!?\n、(]|等|和|及|(?:全部|全都|均|都)(?!(?:完成|实现)[^,;:。!?\n、\d]{2,10}[,;:。!?\n])|\d+(?:强|名|位))/u;

/**
 * The noun phrase after a count, as a span: "建成50个“口袋公园”" → 口袋公园.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { metricAfter } from "./clause.ts";
 * const t = "建成50个口袋公园,";
 * const [a, b] = metricAfter(t, 5, t.length)!;
 * assert.equal(t.slice(a, b), "口袋公园");
 * ```
 */
export function metricAfter(text: string, from: number, limit: number, max = 14): [number, number] | null {
  // a bounded look-ahead; the sentence's end counts as a break, the window's end does not
  const end = Math.min(limit, from + max + 4);
  const re = max > 22 ? LONG_AFTER : max > 14 ? METRIC_AFTER_LONG : METRIC_AFTER;
  const m = re.exec(text.slice(from, end) + (end === limit ? "。" : ""));
  if (!m) return null;
  const a = from + m[0].indexOf(m[1]);
  return listedNoun(text, pairedNoun(text, innerBracket(text, a, a + m[1].length, limit, max), limit), limit);
}

/**
 * the 、 items after a counted noun that go with it to the clause's end, each short, with no number, mask or verb of
 * its own, nor a quantity word (若干, 一批) ("7700多项食品、药品和其他消费品安全国家标准", "240万户林区、垦区、煤矿等棚户区居民")
 */
const LIST_REST = /^(?:、(?!若干|一批|一系列|一些|多个|各类|\p{Script=Han}{0,3}(?:创|居|为|成为|位居|总数|占|达|实现|覆盖|入选|获|提升|提高|开展|完成|新增|建成|投用|带动|形成|增长|下降))[^,，;；:：。!?\n、\d０-９xX*＊()（）]{1,14})+(?=[,，;；。!?\n]|$)/u;

/** The span `[a, b)` of a counted noun over the 、 items after it that share its count (LIST_REST). */
function listedNoun(text: string, [a, b]: [number, number], limit: number): [number, number] {
  if (text[b] !== "、") return [a, b];
  const w = Math.min(limit, b + 48);
  const m = LIST_REST.exec(text.slice(b, w) + (w === limit ? "。" : ""));
  // (not a list of measures ending in a kind of its own: "新增个人小客车增量指标3.5万个、车辆购置税减半等政策")
  return m && !/等(?:政策|措施|举措|工作|活动|服务)$/u.test(m[0]) ? [a, b + m[0].length] : [a, b];
}

/**
 * a second noun joined with 和 that ends the clause, counted together with the first ("100个智能工厂和数字化车间",
 * "26个国家和地区", "127个国家和地区的555个港口"): no number, mask or verb of its own, no scope of its own ("十二个…商品粮基地和全国的国营农场");
 * a word that opens with 和 (和美乡村) is read whole as well
 */
const pairRest = (max: number) => new RegExp(`^和((?!全国|全省|全市|全区)(?:[^,;:。!?\\n、“”"()和及与\\d*＊xX]){2,${max}}?)(?=[,;:。!?\\n]|$|的\\d)`, "u");
const PAIR_REST = pairRest(10);
/** the same after a noun of one or two characters, over a longer rest */
const PAIR_REST_LONG = pairRest(20);

/** The span `[a, b)` of a counted noun over a second noun joined to it with 和, when that ends the clause. */
function pairedNoun(text: string, [a, b]: [number, number], limit: number): [number, number] {
  if (text[b] !== "和") return [a, b];
  // (a noun of one or two characters names nothing alone, and the second may go on longer: "5个地方和园区开展…试点")
  const short = b - a <= 2;
  const w = short ? 22 : 12;
  const m = (short ? PAIR_REST_LONG : PAIR_REST).exec(text.slice(b, Math.min(limit, b + w)) + (b + w >= limit ? "。" : ""));
  return m && !LEAD_VERB.test(m[1]) && !/^(?:新|完成|实现|推进|推动|加快|提升|提高|带动|促进)/u.test(m[1]) ? [a, b + m[0].length] : [a, b];
}

/** a short bracket inside a name that goes on after it: "1600个自然村(屯)通硬化路" */
const INNER_BRACKET = /^\([^(),;。、]{1,4}\)(?=\p{Script=Han})/u;

/** The span `[a, b)` of a name after a count, over a short bracket when the name goes on after it. */
function innerBracket(text: string, a: number, b: number, limit: number, max: number): [number, number] {
  const br = b - a >= 2 ? INNER_BRACKET.exec(text.slice(b, b + 7)) : null;
  const rest = br && b - a + br[0].length + 2 <= max ? metricAfter(text, b + br[0].length, limit, max - (b - a) - br[0].length) : null;
  return rest && rest[0] === b + br![0].length ? [a, rest[1]] : [a, b];
}

// a short quoted name may stand inside: 集体经济“空壳村”全部摘帽
// (not starting at a conjunction: "建议117件和政协提案171件"; "省、市重点项目", "国家和省级专精特新中小企业" and "中央和国家部委" are one noun)
// (and it ends before a result verb with a number of its own: "310项省、市重点项目完成投资959亿元", or before a part,
// a dash or the frame it stands in: "一百五十六个工业单位中的主要部分", "以…一百五十六个单位为中心", "包括…单位在内",
// or a deadline of a month: "230个计划新开工项目9月底前全部开工"; 等 inside a word, 高等学校 or 中等职业, ends nothing)
const METRIC_AFTER = /^(?![和及与])[“"]?((?:[^,;:。!?\n、“”"()]|“[^”,;。]{1,8}”|[省市县区]、(?=[省市县区])|(?<=国家|省|市)和(?=省级|市级|县级|市|县)|(?<=中央)和(?=国家)){2,14}?)[”"]?(?=[,;:。!?\n、(]|(?<![高中初平对同相优])等|(?<!国家|省|市|中央|”)和|(?<!”)和(?!省级|市级|县级|市|县|国家)|(?<=”)和(?![美谐])|及|(?<!其)中的|——|为中心|在内(?!\p{Script=Han})|(?:完成|实现|获批)[^,;。]{0,6}\d|\d{1,2}月(?:底|末|份)?前)/u;
const METRIC_AFTER_LONG = /^(?![和及与])[“"]?((?:[^,;:。!?\n、“”"()]|“[^”,;。]{1,8}”|[省市县区]、(?=[省市县区])|(?<=国家|省|市)和(?=省级|市级|县级|市|县)|(?<=中央)和(?=国家)){2,22}?)[”"]?(?=[,;:。!?\n、(]|(?<![高中初平对同相优])等|(?<!国家|省|市|中央|”)和|(?<!”)和(?!省级|市级|县级|市|县|国家)|(?<=”)和(?![美谐])|及|(?<!其)中的|——|为中心|在内(?!\p{Script=Han})|(?:完成|实现|获批)[^,;。]{0,6}\d|\d{1,2}月(?:底|末|份)?前)/u;
/** adverbs and aspect words inside a counted noun's verb phrase, dropped from its metric */
const COUNTED_ADVERB = /全部|全面|(?<!平)均已|都已|已经|(?<![而])已|如期|顺利|(?<=\p{Script=Han})首次(?=\p{Script=Han}{2})|(?<=[\p{Script=Han}])了(?=[\p{Script=Han}])|实现了?(?=[\p{Script=Han}]{2})|得到了?(?=[\p{Script=Han}]{2})/gu;

/** a quoted name, which is kept whole, or an adverb of COUNTED_ADVERB */
const QUOTED_OR_ADVERB = new RegExp(`“[^”]*”|${COUNTED_ADVERB.source}`, "gu");

/**
 * The metric of a count whose noun follows it: adverbs dropped from the verb phrase after the noun, and a
 * noun before the number put in front when what follows is only that verb phrase ("政协委员提案831件全部办复").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { countedMetric } from "./clause.ts";
 * assert.equal(countedMetric("省定贫困村全部出列", ""), "省定贫困村出列");
 * assert.equal(countedMetric("政务服务事项实现全程网办", ""), "政务服务事项全程网办");
 * assert.equal(countedMetric("全部办复", "政协委员提案"), "政协委员提案办复");
 * ```
 */
export function countedMetric(after: string, before: string): string {
  const verbOnly = /^(?:全部|全面|均|都|已|如期|顺利)/u.test(after);
  // (a quoted name keeps its words: "344项“三年全面提升”项目开工建设")
  const m = (after.includes("“") ? after.replace(QUOTED_OR_ADVERB, (w) => w.startsWith("“") ? w : "") : after.replace(COUNTED_ADVERB, "")) || after;
  return verbOnly && before ? before + m : m;
}

/** `head + tail` without repeating the words the tail starts with: 生活补贴 + 补贴标准 → 生活补贴标准. */
function joinOverlap(head: string, tail: string): string {
  for (let k = Math.min(head.length, tail.length - 1); k > 0; k--) {
    if (head.endsWith(tail.slice(0, k))) return head + tail.slice(k);
  }
  return head + tail;
}

/** A 分别 list's metrics with the marker's tail shared: 占…比重, 增加值, 收入 … */
function spreadByMarker(items: string[], markers: string[]): string[] | null {
  const last = items[items.length - 1];
  for (const marker of markers) {
    const i = last.indexOf(marker);
    if (i > 0 && items.slice(0, -1).every((x) => !x.includes(marker))) {
      return [...items.slice(0, -1).map((x) => joinOverlap(x, last.slice(i))), last];
    }
  }
  return null;
}

/**
 * One written item that names n metrics: a paired compound ("红旗汽车产销量" → 产量, 销量; "银行存贷款" → 存款,
 * 贷款; `paired_compounds`), or n quoted names before a shared tail ("“保交楼”“保交房”交付率").
 */
function oneItemSpread(item: string, n: number): string[] | null {
  for (const [compound, words] of Object.entries(PAIRED)) {
    const i = item.indexOf(compound);
    if (i >= 0 && words.length === n) return words.map((w) => item.slice(0, i) + w + item.slice(i + compound.length));
  }
  const quoted = /^([^“”]*)((?:“[^“”]+”){2,})([^“”]+)$/u.exec(item);
  const names = quoted?.[2].match(/“[^“”]+”/gu);
  if (quoted && names?.length === n) return names.map((x) => quoted[1] + x + quoted[3]);
  return null;
}

/** a list item that names its own measure */
const OWN_MEASURE = /(?:额|率|(?<!需氧)量|数|投资|收入|值|比例|比重|规模|增速)$/u; // (化学需氧量 is a pollutant, no measure)

/** a list item led by a verb of its own */
const OWN_VERB_ITEM = /^(?:新增|新发放|发放|完成|实现|累计)/u;

/**
 * Split a "分别" list's metrics, spreading shared heads and tails.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { spreadMetrics } from "./clause.ts";
 * assert.deepEqual(spreadMetrics(["城乡居民人均可支配收入"], 2), ["城镇居民人均可支配收入", "农村居民人均可支配收入"]);
 * assert.deepEqual(spreadMetrics(["一产", "二产", "三产增加值"], 3), ["一产增加值", "二产增加值", "三产增加值"]);
 * assert.deepEqual(spreadMetrics(["红旗汽车产销量"], 2), ["红旗汽车产量", "红旗汽车销量"]);
 * assert.deepEqual(spreadMetrics(["银行存贷款增速"], 2), ["银行存款增速", "银行贷款增速"]);
 * assert.deepEqual(spreadMetrics(["“保交楼”“保交房”交付率"], 2), ["“保交楼”交付率", "“保交房”交付率"]);
 * assert.deepEqual(spreadMetrics(["小麦", "稻谷最低收购价"], 2), ["小麦最低收购价", "稻谷最低收购价"]);
 * assert.deepEqual(spreadMetrics(["中央财政用于科技", "文化事业的支出"], 2), ["中央财政用于科技事业的支出", "中央财政用于文化事业的支出"]);
 * assert.deepEqual(spreadMetrics(["雏鹰", "瞪羚", "领军(培育)企业"], 3), ["雏鹰企业", "瞪羚企业", "领军(培育)企业"]);
 * assert.deepEqual(spreadMetrics(["一", "二", "三产业增加值"], 3), ["第一产业增加值", "第二产业增加值", "第三产业增加值"]);
 * ```
 */
export function spreadMetrics(items: string[], n: number): string[] {
  const bounds = classBoundItems(items);
  if (bounds) return bounds;
  // (the sectors by their ordinal alone: "一、二、三产业增加值" → 第一产业增加值)
  return intensityOverMeasures(ownerOverMeasures(ruralOverRates(spreadItems(items, n)))).map((x) => SECTOR_ORDINAL.test(x) ? "第" + x : x);
}

/** the per-unit base opening a list's first item: 单位国内生产总值, 单位GDP, 万元地区生产总值 … */
const INTENSITY_HEAD = /^(?:单位|万元)(?:国内生产总值|地区生产总值|生产总值|GDP|工业增加值)/u;
/** a use or an emission that names no base of its own: 二氧化碳排放, 能耗, 用水量 */
const PER_UNIT_MEASURE = /^(?!单位|万元)[^、和]{0,6}(?:排放|能耗|能源消耗|用水|水耗)[^、和]{0,3}$/u;

/**
 * Uses and emissions after a first item opening with a per-unit base are per unit too (the audit of round 18): "单位国内
 * 生产总值能耗和二氧化碳排放分别降低16%和17%" → 单位国内生产总值二氧化碳排放, an intensity, not the total.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { spreadMetrics } from "./clause.ts";
 * assert.deepEqual(spreadMetrics(["单位国内生产总值能耗", "二氧化碳排放"], 2), ["单位国内生产总值能耗", "单位国内生产总值二氧化碳排放"]);
 * assert.deepEqual(spreadMetrics(["能耗", "二氧化碳排放"], 2), ["能耗", "二氧化碳排放"]);
 * ```
 */
function intensityOverMeasures(items: string[]): string[] {
  if (items.length < 2 || !items[0].startsWith("单位") && !items[0].startsWith("万元")) return items; // (cheap guard)
  const head = INTENSITY_HEAD.exec(items[0])?.[0];
  if (!head) return items;
  return [items[0], ...items.slice(1).map((x) => PER_UNIT_MEASURE.test(x) ? head + x : x)];
}

/** a size class's bound in money, alone as a list item: "超30万元", "50万元以上" */
const MONEY_BOUND = "(?:超过?|过)?\\d+(?:\\.\\d+)?[万亿]?元(?:以上|以下)?";
const BOUND_FIRST = new RegExp(`^(\\p{Script=Han}{1,10}?)(${MONEY_BOUND})$`, "u");
const BOUND_ALONE = new RegExp(`^${MONEY_BOUND}$`, "u");
const BOUND_LAST = new RegExp(`^(${MONEY_BOUND})(?:的)?(\\p{Script=Han}{2,12})$`, "u");

/**
 * Items that are the bounds of size classes, the measure before the first and the units sorted after the last, each
 * pair with their own bound (audit seed 71203): "年收益超10万元、超30万元村集体占比" → 年收益超10万元村集体占比,
 * 年收益超30万元村集体占比; null when the items are no such bounds.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { spreadMetrics } from "./clause.ts";
 * assert.deepEqual(spreadMetrics(["年收益超10万元", "超30万元村集体占比"], 2), ["年收益超10万元村集体占比", "年收益超30万元村集体占比"]);
 * ```
 */
function classBoundItems(items: string[]): string[] | null {
  if (items.length < 2 || !items[0].endsWith("元")) return null; // (cheap guard: the first item ends in its bound)
  const first = BOUND_FIRST.exec(items[0]);
  const last = BOUND_LAST.exec(items[items.length - 1]);
  if (!first || !last || !items.slice(1, -1).every((x) => BOUND_ALONE.test(x))) return null;
  return [first[2], ...items.slice(1, -1), last[1]].map((bound) => first[1] + bound + last[2]);
}

/** firms or parks opening a list's first item, before a measure of theirs: "省属企业" of 省属企业工业总产值 */
const OWNER_HEAD = /^(\p{Script=Han}{0,6}?(?:企业|集团|园区))(?=\p{Script=Han}{2})/u;
/** a firm's measure that names no owner of its own */
const FIRM_MEASURE = /^(?:利润总额|净利润|利润|营业收入|营收|税收|利税|主营业务收入|研发投入|资产总额)(?:增速|增幅)?$/u;

/**
 * Measures of firms after a first item opening with the firms or parks are theirs too (audit p2 round 16): "省属企业
 * 工业总产值、利润总额" → 省属企业利润总额; "园区规模工业增加值、税收增速" → 园区税收增速.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { spreadMetrics } from "./clause.ts";
 * assert.deepEqual(spreadMetrics(["省属企业工业总产值", "利润总额"], 2), ["省属企业工业总产值", "省属企业利润总额"]);
 * assert.deepEqual(spreadMetrics(["地区生产总值", "税收"], 2), ["地区生产总值", "税收"]);
 * ```
 */
function ownerOverMeasures(items: string[]): string[] {
  if (items.length < 2 || !FIRM_MEASURE.test(items[items.length - 1])) return items; // (cheap guard: the last is a firm's measure)
  const owner = OWNER_HEAD.exec(items[0])?.[1];
  if (!owner) return items;
  return [items[0], ...items.slice(1).map((x) => FIRM_MEASURE.test(x) ? owner + x : x)];
}

/** a sector named by its ordinal without 第: "一产业增加值" (一、二、三产业增加值) */
const SECTOR_ORDINAL = /^[一二三]产业/u;

/** a list's first item opening with 农村, before rates that name no place of their own */
const RURAL_HEAD = /^农村(?=\p{Script=Han}{2})/u;
/** a rate item with a place or a scope of its own, or a measure of the whole region: 城镇化率, 森林覆盖率 */
const OWN_PLACE = /^(?:农村|城镇|城市|城乡|乡村|全省|全市|全区|全国|县|乡镇|森林|草原|湿地)/u;

/**
 * Rates after a first item opening with 农村 are the countryside's too: "农村自来水普及率、规模化供水工程覆盖率" →
 * 农村规模化供水工程覆盖率; "农村生活污水治理率、自来水普及率、…覆盖率" (audit a3 B40).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { spreadMetrics } from "./clause.ts";
 * assert.deepEqual(spreadMetrics(["农村自来水普及率", "规模化供水工程覆盖率"], 2), ["农村自来水普及率", "农村规模化供水工程覆盖率"]);
 * assert.deepEqual(spreadMetrics(["城镇调查失业率", "居民消费价格涨幅"], 2), ["城镇调查失业率", "居民消费价格涨幅"]);
 * ```
 */
function ruralOverRates(items: string[]): string[] {
  if (items.length < 2 || !RURAL_HEAD.test(items[0])) return items;
  const later = items.slice(1);
  if (!later.every((x) => x.endsWith("率") && !OWN_PLACE.test(x))) return items;
  return [items[0], ...later.map((x) => "农村" + x)];
}

/** the shared tails of a list that hold a share (装机占比), tried before a bare 占 */
const SHARE_TAILS = LIST_TAILS.filter((w) => w.includes("占"));

function spreadItems(items: string[], n: number): string[] {
  if (items.length === 1 && n === 2) {
    const m = /^城乡(居民)?(.+)$/u.exec(items[0]);
    if (m) return m[1] ? [`城镇居民${m[2]}`, `农村居民${m[2]}`] : [`城市${m[2]}`, `农村${m[2]}`];
  }
  if (items.length === 1 && n > 1) {
    const one = oneItemSpread(items[0], n);
    if (one) return one;
  }
  if (items.length !== n || n <= 1) return items;
  const verbs = verbsOverNoun(items) ?? newHeadShared(items);
  if (verbs) return verbs;
  const measured = headOverMeasures(items);
  if (measured) return measured;
  const headed = sharedHead(items, n) ?? parallelHead(items);
  if (headed) return headed;
  // (a share whose measured noun the list shares, `list_shared_tails` holding 占: 清洁能源、新能源装机占比 → 清洁能源装机占比)
  const shares = spreadByMarker(items, [...SHARE_TAILS, "占", "比重"]);
  if (shares) return shares;
  // parallel heads of one length: 城镇、农村居民人均可支配收入; 一产、二产、三产增加值
  const last = items[n - 1];
  const k = items[0].length;
  if (items.slice(0, -1).every((x) => x.length === k) && last.length > k) {
    const tail = last.slice(k);
    if (PARALLEL.has(last.slice(0, k)) || metricInfo(items[0] + tail, "level")) {
      return [...items.slice(0, -1).map((x) => x + tail), last];
    }
  }
  // (not a last item led by its own verb, whose noun is its verb's: 城镇新增就业、新增发放创业担保贷款分别完成…; nor
  // onto an item that names its own measure: 铁路旅客发送量、民航旅客吞吐量)
  if (OWN_VERB_ITEM.test(last)) return items;
  // (items with a measure of their own keep it; those without still take a shared tail: 生活垃圾和污水治理率)
  if (items.slice(0, -1).some((x) => OWN_MEASURE.test(x))) return sharedTail(items) ?? items;
  const spread = spreadByMarker(items, metricEdges.list_tails) ?? parallelByTail(items) ?? sharedTail(items) ?? sharedEndNoun(items);
  return zoneOver(sharedScope(spread ? sizeClassOver(spread) : items));
}

/** a size class opening a list's first item (规上, 限额以上, 20户及以上自然村), which the items that share its tail share too */
const SIZE_CLASS = /^(?:规模以上|规上|限额以上|限上|\d+户(?:及)?以上(?:自然村|行政村))/u;

/**
 * "规上科技服务业、人力资源服务业营收分别增长18%和28.2%" → 规上人力资源服务业营收: when the items share a measure
 * they did not name each (a tail spread over them), the size class the first opens with is theirs too, unless an item
 * opens with a class or scope of its own.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { spreadMetrics } from "./clause.ts";
 * assert.deepEqual(spreadMetrics(["规上科技服务业", "人力资源服务业营收"], 2), ["规上科技服务业营收", "规上人力资源服务业营收"]);
 * assert.deepEqual(spreadMetrics(["20户及以上自然村千兆光纤", "5G网络通达率"], 2), ["20户及以上自然村千兆光纤通达率", "20户及以上自然村5G网络通达率"]);
 * ```
 */
function sizeClassOver(items: string[]): string[] {
  const head = SIZE_CLASS.exec(items[0])?.[0];
  if (!head) return items;
  return [items[0], ...items.slice(1).map((x) => /^(?:规|限|全|民营|国有|外资|重点|其中)/u.test(x) ? x : head + x)];
}

/** verbs that stand alone as a list item before a last item of the same verb kind with its noun */
const VERB_ALONE = new Set([...FLOW_VERB_KEPT, "投产", "投用", "竣工", "建成投产"]);

/**
 * A list item that is a flow verb alone ("开工", before 投产新能源项目) keeps it as its metric, for `spreadMetrics` to give
 * it the noun of the last item (read alone, the verb is dropped).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readClause, verbAloneItem } from "./clause.ts";
 * assert.equal(verbAloneItem(readClause("开工", 0, 2), "开工").metric, "开工");
 * ```
 */
export function verbAloneItem(clause: Clause, piece: string): Clause {
  return !clause.metric && piece.length <= 4 && VERB_ALONE.has(piece) ? { ...clause, metric: piece } : clause;
}

/**
 * "开工、投产新能源项目" → 开工新能源项目, 投产新能源项目: items that are a flow verb alone take the noun of the last
 * item, itself a flow verb before its noun.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { spreadMetrics } from "./clause.ts";
 * assert.deepEqual(spreadMetrics(["开工", "投产新能源项目"], 2), ["开工新能源项目", "投产新能源项目"]);
 * ```
 */
function verbsOverNoun(items: string[]): string[] | null {
  const before = items.slice(0, -1);
  if (before.some((x) => x.length > 4 || !VERB_ALONE.has(x))) return null;
  const last = items[items.length - 1];
  let verb = "";
  for (let k = Math.min(4, last.length - 2); k >= 2 && !verb; k--) if (VERB_ALONE.has(last.slice(0, k))) verb = last.slice(0, k);
  return verb ? [...before.map((x) => x + last.slice(verb.length)), last] : null;
}

/** a 新… flow verb opening a list's first item, which later items with no verb of their own share */
const NEW_HEAD = /^(?:新增|新建|新培育|新认定|新引进)(?=\p{Script=Han}{2})/u;

/**
 * "新增职业技术大学、高等职业学校(各2所)" → 新增高等职业学校: the flow verb opening the first item is the later items' too,
 * when they open with no verb or scope of their own and every item is a short noun (a count of things).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { spreadMetrics } from "./clause.ts";
 * assert.deepEqual(spreadMetrics(["新增职业技术大学", "高等职业学校"], 2), ["新增职业技术大学", "新增高等职业学校"]);
 * ```
 */
function newHeadShared(items: string[]): string[] | null {
  const head = NEW_HEAD.exec(items[0])?.[0];
  if (!head) return null;
  const rest = items.slice(1);
  if (rest.some((x) => x.length < 2 || x.length > 10 || OWN_MEASURE.test(x) || RATE_OR_SHARE_END.test(x) || LEAD_VERB.test(x) || /^(?:新|累计|城镇|农村|全省|全市)/u.test(x))) return null;
  return [items[0], ...rest.map((x) => head + x)];
}

/** a zone opening a list's first item (浦东新区, 前海合作区, …自贸试验区), before a noun of its own */
const ZONE_HEAD = /^(?:\p{Script=Han}{2,4}?(?:新区|合作区|自贸试验区|自贸区|综保区|经开区|高新区|港(?![口区务城]))|\p{Script=Han}{0,4}?机场)(?=\p{Script=Han}{2})/u;

/**
 * "浦东新区法规、管理措施分别新增4部、10部" → 浦东新区管理措施: the zone the first item opens with scopes the whole list,
 * when the later items open with no place, scope or verb of their own (audit p4 round 18); a port or an airport too
 * ("宁波舟山港货物和集装箱吞吐量" → 宁波舟山港集装箱吞吐量, audit p5 round 19).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { spreadMetrics } from "./clause.ts";
 * assert.deepEqual(spreadMetrics(["浦东新区法规", "管理措施"], 2), ["浦东新区法规", "浦东新区管理措施"]);
 * assert.deepEqual(spreadMetrics(["宁波舟山港货物", "集装箱吞吐量"], 2), ["宁波舟山港货物吞吐量", "宁波舟山港集装箱吞吐量"]);
 * ```
 */
function zoneOver(items: string[]): string[] {
  if (items.length < 2 || !/[区港场]/u.test(items[0])) return items; // (cheap guard: every zone ends in 区, 港 or 机场)
  const zone = ZONE_HEAD.exec(items[0])?.[0];
  if (!zone) return items;
  const own = (x: string) => x.length < 2 || /区|港|机场/u.test(x) || OWN_PLACE.test(x) || LEAD_VERB.test(x) || /^(?:新|累计|省|市|国家)/u.test(x);
  return items.slice(1).some(own) ? items : [items[0], ...items.slice(1).map((x) => zone + x)];
}

/** the people a first item's scheme is of, which the second item's scheme shares when it names none */
const SCOPE_PEOPLE = /^(?:城镇职工|城镇居民|农村居民|城乡居民|企业职工|机关事业单位)$/u;

/**
 * "城镇职工基本养老保险、基本医疗保险参保人数" → 城镇职工基本医疗保险参保人数: the people the first of two items
 * opens with go onto the second when it starts as the first's rest does (基本…) and names no people of its own.
 */
function sharedScope(items: string[]): string[] {
  if (items.length !== 2) return items;
  const [a, b] = items;
  const p = a.indexOf(b.slice(0, 2));
  return p >= 4 && SCOPE_PEOPLE.test(a.slice(0, p)) ? [a, a.slice(0, p) + b] : items;
}

/** The noun the last item ends with (`list_end_nouns`) onto items before that hold none: 雏鹰、瞪羚、领军(培育)企业 → 雏鹰企业. */
function sharedEndNoun(items: string[]): string[] | null {
  const last = items[items.length - 1];
  const before = items.slice(0, -1);
  const noun = metricEdges.list_end_nouns.find((w) => last.endsWith(w) && last.length > w.length);
  if (!noun || before.some((x) => x.length < 2 || x.includes(noun))) return null;
  return [...before.map((x) => x + noun), last];
}

/**
 * Later items that are bare measure words (`list_head_measures`) take the head of the first item, which ends in
 * one: "生产安全事故起数、死亡人数" → 生产安全事故死亡人数, "技术合同登记数、成交额" → 技术合同成交额.
 */
function headOverMeasures(items: string[]): string[] | null {
  const rest = items.slice(1);
  if (!rest.every((x) => HEAD_MEASURES.includes(x))) return sameEndHeads(items);
  const word = HEAD_MEASURES.find((w) => items[0].endsWith(w));
  const head = word ? items[0].slice(0, -word.length) : "";
  return head.length >= 2 ? [items[0], ...rest.map((x) => head + x)] : sameEndHeads(items);
}

/** list items after the first that are short measures of its kind (`headOfSameEnd`) take its head */
function sameEndHeads(items: string[]): string[] | null {
  const heads = items.slice(1).map((x) => headOfSameEnd(items[0], x));
  return heads.every((h) => h) ? [items[0], ...items.slice(1).map((x, i) => heads[i] + x)] : null;
}

/** a measure's last character that a short item shares with the metric before it: 受理数/损失数, 合格率/就业率 (not 额: 农产品网络零售额、出口额 is no 网络出口额) */
const MEASURE_CHAR = /[数率量]$/u;

/**
 * The head of a metric before a short item (two or three characters) that ends in the same measure character and
 * replaces the metric's last characters whole: "电信网络诈骗案件受理数…、损失数" → 电信网络诈骗案件 (损失数),
 * "项目结算率、决算率和通过率" → 项目, "退役军人职业技能培训合格率、就业率" → 退役军人职业技能培训; "" when the
 * head holds the item's first character (建成区绿化覆盖率、绿地率 is no 建成区绿化绿地率) or is shorter than two.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { headOfSameEnd } from "./clause.ts";
 * assert.equal(headOfSameEnd("电信网络诈骗案件受理数", "损失数"), "电信网络诈骗案件");
 * assert.equal(headOfSameEnd("建成区绿化覆盖率", "绿地率"), "");
 * assert.equal(headOfSameEnd("城镇调查失业率", "城镇化率"), "");
 * ```
 */
export function headOfSameEnd(first: string, item: string): string {
  if (item.length < 2 || item.length > 3 || !MEASURE_CHAR.test(item) || first.at(-1) !== item.at(-1)) return "";
  const head = first.slice(0, -item.length);
  if (head.length < 2 || first.endsWith(item) || head.includes(item[0])) return "";
  return /^\p{Script=Han}+$/u.test(head + item) ? head : "";
}

/** The last item's measure word (`list_shared_tails`) onto items before that name no measure of their own (not a rate). */
function sharedTail(items: string[]): string[] | null {
  const before = items.slice(0, -1);
  // (items that are rates of their own keep them: 农村卫生厕所普及率、生活垃圾和污水治理率 → 生活垃圾治理率)
  const measured = (x: string) => OWN_MEASURE.test(x) || RATE_OR_SHARE_END.test(x);
  if (before.some((x) => x.length < 2) || before.every(measured)) return null;
  const last = items[items.length - 1];
  const word = LIST_TAILS.find((w) => last.indexOf(w) > 0 && before.every((x) => !x.includes(w)));
  return word ? [...before.map((x) => measured(x) ? x : joinOverlap(x, word)), last] : null;
}

/**
 * A 分别 list whose first item's head (up to `list_shared_head_ends`: 用于) the items after share:
 * "中央财政用于科技、教育、卫生和文化事业的支出" → 中央财政用于教育事业的支出 (the rest spread as any list).
 */
function sharedHead(items: string[], n: number): string[] | null {
  const m = LIST_HEAD.exec(items[0]);
  if (!m || items.slice(1).some((x) => LIST_HEAD.test(x))) return null;
  return spreadMetrics([m[2], ...items.slice(1)], n).map((x) => m[1] + x);
}

/**
 * A second item built like the end of the first, a modifier of the same length before the same word: it takes the
 * first's head before that modifier ("少数民族传统体育运动会竞赛项目获奖数和表演项目成绩" → 少数民族传统体育运动会表演项目成绩;
 * "企业造船新接订单、手持订单总量" → 企业造船手持订单总量).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { spreadMetrics } from "./clause.ts";
 * assert.deepEqual(spreadMetrics(["少数民族传统体育运动会竞赛项目获奖数", "表演项目成绩"], 2), ["少数民族传统体育运动会竞赛项目获奖数", "少数民族传统体育运动会表演项目成绩"]);
 * assert.deepEqual(spreadMetrics(["城镇职工基本养老保险", "城乡居民基本养老保险"], 2), ["城镇职工基本养老保险", "城乡居民基本养老保险"]);
 * ```
 */
function parallelHead(items: string[]): string[] | null {
  if (items.length !== 2) return null;
  const [first, second] = items;
  const m = /^(\p{Script=Han}{2})(\p{Script=Han}{2})\p{Script=Han}{2,6}$/u.exec(second);
  if (!m) return null;
  // (the word once in the first item, after a head of four or more; the second's modifier not in it: a parallel, no repeat)
  const at = first.indexOf(m[2], 6);
  if (at < 0 || m[1] === m[2] || first.indexOf(m[2]) !== at || first.includes(m[1])) return null;
  const head = first.slice(0, at - 2);
  return head.length >= 4 && /^\p{Script=Han}+$/u.test(head) ? [first, head + second] : null;
}

/**
 * Items of one length before a longer last item whose rest holds a measure word they share (`list_shared_tails`):
 * "鄱阳湖、洞庭湖还湖面积" → 鄱阳湖还湖面积, "小麦、稻谷最低收购价" → 小麦最低收购价, "粮食、油料作物种植面积" →
 * 粮食作物种植面积; one character before a shared 等 (中、高等职业教育在校生 → 中等职业教育在校生). Not where one
 * character stands before the word (原油、天然气… would cut 天然气 in two).
 */
function parallelByTail(items: string[]): string[] | null {
  const k = items[0].length;
  const last = items[items.length - 1];
  if (last.length <= k + 1 || items.slice(0, -1).some((x) => x.length !== k)) return null;
  const tail = last.slice(k);
  // one character before a shared 等 or 级: "中、高等职业教育在校生" → 中等职业教育在校生
  if (k === 1 && /^[等级]/u.test(tail)) return [...items.slice(0, -1).map((x) => x + tail), last];
  if (k < 2) return null;
  const word = LIST_TAILS.find((w) => tail.includes(w));
  if (!word || tail.indexOf(word) === 1 || items.slice(0, -1).some((x) => x.includes(word))) return null;
  return [...items.slice(0, -1).map((x) => x + tail), last];
}

/**
 * Whether the number at `text[a, b)` stands inside a short quoted name ("“3+5”产业", "稳增长“18条”"); a
 * quote holding only a doubling is emphasis ("比重“翻一番”").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { insideQuotes } from "./clause.ts";
 * const t = "打造“3+5”产业集群,金融业增加值占地区生产总值比重“翻一番”";
 * assert.equal(insideQuotes(t, t.indexOf("5"), t.indexOf("5") + 1, 0), true);
 * assert.equal(insideQuotes(t, t.indexOf("翻"), t.indexOf("翻") + 3, 0), false);
 * ```
 */
export function insideQuotes(text: string, a: number, b: number, floor: number): boolean {
  const from = Math.max(floor, a - 12);
  const k = text.slice(from, a + 1).lastIndexOf("“");
  if (k < 0) return false;
  const open = from + k;
  const close = text.indexOf("”", open);
  // a quote that holds only the number is emphasis, not a name: 比重“翻一番”
  if (open === a - 1 && close === b && /^(?:翻.?番|倍增)$/u.test(text.slice(a, b))) return false;
  return close >= b && close - open <= 16 && text.slice(open, a).indexOf("”") < 0;
}
