/**
 * One indicator mention classified into its row: measure, qualifier, status
 * and period by the pure functions of classify.ts, the metric's id from the
 * dictionary.
 */
import { metricEdges } from "../../dictionary/dictionary.ts";
import { metricInfo, outputNamed, productOutput, trimEdges } from "../../dictionary/metrics.ts";
import { regionsNamed } from "../../dictionary/regions.ts";
import { alternation, needing } from "../../text/regex.ts";
import type { Quantity } from "../numbers/numbers.ts";
import type { Clause } from "./clause.ts";
import { type Measure, measureOf, perYearWords, metricWords, periodOf, type Qualifier, qualifierAcross, qualifierOf, rankedMetric, type Status, statusOf } from "./classify.ts";
import { placeOf, type SentenceContext } from "./context.ts";
import { KEEP_AFTER, PER_YEAR_HEAD, RAISED_STANDARD, RATE_OR_SHARE_END } from "./patterns.ts";

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
  /** an average per year over the period (年均增长10.6%, 平均每年新增就业1000万人) */
  perYear: boolean;
  masked: boolean;
  valueText: string;
  baseline: number | null;
  benchmark: string;
}

/** A number found with the clause that says what it measures. */
export interface Mention {
  q: Quantity;
  clause: Clause;
  /** where the row's span starts (the metric, or a baseline before it) */
  spanA: number;
  /** the last number of a 分别 list, whose qualifier word covers the list */
  groupLast: Quantity | null;
  baseline: number | null;
}

/** Signed bounds: a decline's range 3%-5% becomes -5 … -3. */
function signed(value: number | null, valueMax: number | null, sign: number): [number | null, number | null] {
  if (sign >= 0) return [value, valueMax];
  if (value !== null) value = -value;
  if (valueMax === null) return [value, valueMax];
  return [-valueMax, value];
}

/** a sentence's lead set of named places: "据统计,内蒙古、新疆、广西、宁夏四个自治区," */
const PLACE_SET = needing(
  ["、"], // (a set names two places at least: a sentence head without 、 is not searched)
  `^(?:据(?:初步|不完全)?统计)?[,，]?((?:\\p{Script=Han}{2,4}、)+\\p{Script=Han}{2,4}(?:等)?[一二三四五六七八九十两\\d]+个(?:${alternation(metricEdges.place_set_kinds)}))[,，]`,
);

/** The metric with the sentence's lead set of places before it, which scopes the figure (…四个自治区粮食产量). */
function withPlaceSet(ctx: SentenceContext, c: Clause, metric: string): string {
  const m = PLACE_SET.exec(ctx.text.slice(ctx.sentA, ctx.sentA + 60));
  if (!m || c.metricA < ctx.sentA + m[0].length || metric.includes(m[1])) return metric;
  return m[1] + metric;
}

/**
 * 累计 before a level's metric stays where the period is one year (gold NOTES 7): "累计入账应用354个" in a review
 * of 2024 is a stock, which 入账应用 alone would read as the year's flow; over a span (五年累计) the period says it.
 */
function withCumulative(text: string, c: Clause, metric: string, period: string, measure: Measure): string {
  if (measure !== "level" || !period || period.includes("-") || text.slice(c.metricA - 2, c.metricA) !== "累计") return metric;
  if (RATE_OR_SHARE_END.test(metric)) return metric; // (a rate is no sum: 累计化解…化解率)
  return metric.startsWith("累计") || text.slice(c.metricA - 4, c.metricA - 2) === "五年" ? metric : "累计" + metric;
}

/**
 * A raise verb before a standard or limit, then an amount in 元, raises it by the amount (guide: 增加30元 → change):
 * "次年提高大病保险最高支付限额3800元" → 大病保险最高支付限额, growth verb (a change, measureOf). Else the clause.
 */
function raisedStandard(c: Clause, metric: string, unit: string): { verb: Clause["verb"]; metric: string } {
  const m = unit === "元" && !c.verb ? RAISED_STANDARD.exec(metric) : null;
  return m ? { verb: "growth", metric: m[1] } : { verb: c.verb, metric };
}

/**
 * The row of one mention.
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
 * import { readClause } from "./clause.ts";
 * const clause = readClause(ctx.text, ctx.sentA, qs[0].a);
 * const r = makeRow(ctx, { q: qs[0], clause, spanA: clause.metricA, groupLast: null, baseline: null });
 * assert.deepEqual([r.metric, r.value, r.unit, r.qualifier, r.status, r.period], ["重大项目", 2500, "个", "min", "target", "2025"]);
 * ```
 */
export function makeRow(ctx: SentenceContext, m: Mention): Indicator {
  const { q, clause: c } = m;
  const text = ctx.text;
  // a growth noun that is part of the metric's name stays: "人口自然增长率为1%" is a level of the rate
  const words = KEEP_AFTER.test(c.metric)
    ? { metric: trimEdges(c.metric), growthNoun: c.growthNoun, declineNoun: c.declineNoun }
    : metricWords(c.metric, c.growthNoun, c.declineNoun);
  // a bare product in a sentence about output is its output: "主要产品产量增长:…棉纱增长29%" → 棉纱产量
  // (a list item in its own paragraph reads the output word in the list's intro: "…计划产量…如下列:" before "原煤:从…")
  words.metric = outputNamed(productOutput(words.metric, (ctx.intro ?? "") + text.slice(ctx.sentA, q.a), q.unit));
  words.metric = withPlaceSet(ctx, c, words.metric);
  const raised = raisedStandard(c, words.metric, q.unit);
  words.metric = raised.metric;
  const place = placeOf(ctx, q.a, q.b, c.metricA), grown = growthAfter(q.quantity, q.unit, place.after);
  const { measure, sign } = measureOf(q, {
    verb: grown === "speed" && raised.verb === "reach" ? "growth" : raised.verb || (grown ? "growth" : ""), gapSign: c.gapSign, annual: c.annual, after: c.metricA >= q.b,
    metric: words.metric, growthNoun: words.growthNoun, declineNoun: words.declineNoun,
  });
  // (a gap in percentage points of a growth is a gap of growth rates: "对俄进出口增速高于全国8.3个百分点" → …增速)
  if (measure === "rank" || (measure === "gap" && q.unit === "个百分点")) words.metric = rankedMetric(words.metric, words.growthNoun, words.declineNoun);
  const [value, valueMax] = signed(q.value, q.valueMax, sign);
  const valueText = text.slice(q.a, q.b);
  const own = qualifierOf(q, valueText, c.qualBefore, m.groupLast);
  // (a word before the metric qualifies a share or a multiple of it: "已接近高中阶段学生人数的百分之五十")
  const { qualifier, qualifierText } = own.qualifier === "exact" ? qualifierAcross(place.near) ?? own : benchmarkOf(own, place.after);
  const status = statusOf(place);
  const period = periodOf(place, status, measure, c);
  words.metric = withCumulative(text, c, words.metric, period, measure);
  const info = placeOfNation(words.metric, ctx.doc.facts.level) ? null : metricInfo(words.metric, measure);
  return {
    sentence: ctx.si,
    section: ctx.section,
    a: Math.min(m.spanA, q.a),
    b: Math.max(q.b, c.metricB),
    valueA: q.a,
    valueB: q.b,
    metricA: c.metricA,
    metricB: c.metricB,
    metric: words.metric,
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
    // (as the period reads it: a per-year word before the growth verb of the clause, "平均每年只增长", "以每年递增"; a multiple of such a rate is none)
    perYear: c.annual || (grown === "speed" && SPEED_PER_YEAR.test(place.near)) || spanPerYear(c.metric) || PER_YEAR_HEAD.test(words.metric) || PER_YEAR_HEAD.test(c.metric) || (measure !== "multiple" && perYearWords(place.near)),
    masked: q.masked,
    valueText,
    baseline: m.baseline,
    benchmark: c.benchmark,
  };
}

/** a rate told as the speed of the growth after it: "高新技术企业数量每年以xx%以上速度增长", "以7%的速度递增" */
/** a speed of growth said after a rate: "(每年以xx%以上)速度增长" */
const SPEED_AFTER = /^(?:以上|左右)?的?速度(?:增长|递增|上升|发展|前进)/u;
/** a growth named right after a percentage: "(保持40%以上)增长", "(连续4年保持20%以上)的增长" */
const GROWTH_AFTER = /^的?(?:增长|增幅)(?![率点极])/u;
/** a per-year word before a speed's 以: "每年以", "年均以" */
const SPEED_PER_YEAR = /(?:每年|年均|平均每年|每年平均)以$/u;

/**
 * Whether a rate is a growth said right after it: "speed" for the speed of a growth (SPEED_AFTER; audit s3 round 19,
 * 高新技术企业数量每年以xx%以上速度增长 read as a level), "named" for a percentage followed by 增长 (GROWTH_AFTER; audit p5
 * round 19, 汽车产量继续保持40%以上增长), else "". Its measure is growth.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { growthAfter } from "./row.ts";
 * assert.equal(growthAfter("ratio", "%", "以上速度增长。"), "speed");
 * assert.equal(growthAfter("ratio", "%", "增长、达357万辆"), "named");
 * assert.equal(growthAfter("ratio", "%", "增长率"), "");
 * assert.equal(growthAfter("ratio", "%", "的速度。"), "");
 * assert.equal(growthAfter("count", "个", "以上速度增长。"), "");
 * ```
 */
export function growthAfter(quantity: string, unit: string, after: string): "speed" | "named" | "" {
  if (quantity === "ratio" && after.includes("速度") && SPEED_AFTER.test(after)) return "speed";
  return unit === "%" && GROWTH_AFTER.test(after.slice(0, 4)) ? "named" : "";
}

/** a per-year word right after a span of years heading the metric: "从2003年到2006年年均超收" */
const SPAN_PER_YEAR = /^(?:从|自)?[〇○零一二三四五六七八九\d]{4}年?(?:到|至)[〇○零一二三四五六七八九\d]{4}年(?:间|中|内)?(?:年均|平均每年|每年平均)/u;

/**
 * Whether the metric's clause opens with a span of years and a per-year word (SPAN_PER_YEAR): its value is an average
 * per year over the span, not the span's total (2007: 从2003年到2006年年均超收2040亿元).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { spanPerYear } from "./row.ts";
 * assert.equal(spanPerYear("从2003年到2006年年均超收"), true);
 * assert.equal(spanPerYear("从2003年到2006年累计超收"), false);
 * ```
 */
export function spanPerYear(metric: string): boolean {
  return metric.includes("年") && SPAN_PER_YEAR.test(metric);
}

/** a province or city opening a metric: "四川省" of 四川省人口自然增长率 */
const PLACE_HEAD = /^\p{Script=Han}{1,5}?(?:省|市|自治区)/u;

/**
 * Whether a national report's metric opens with a province or city, so it is that place's figure and takes
 * no id of the dictionary (1979: 四川省人口自然增长率 is not the country's rate).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(placeOfNation("四川省人口自然增长率", "national"), true);
 * assert.equal(placeOfNation("城市居民人均收入", "national"), false);
 * assert.equal(placeOfNation("四川省地区生产总值", "province"), false);
 * ```
 */
export function placeOfNation(metric: string, level: string): boolean {
  if (level !== "national" || !(metric.includes("省") || metric.includes("市") || metric.includes("区"))) return false;
  const m = PLACE_HEAD.exec(metric);
  return m !== null && m[0].length < metric.length && regionsNamed(m[0]).length > 0;
}

/** a rate or level compared with, after the number: "大大低于1985年增长44.6%的速度" */
const COMPARED_AFTER = /^的(?:速度|水平|幅度|增幅)/u;

/** A qualifier of 低于/高于 on the rate compared with ("低于1985年增长44.6%的速度"), which is exact; else the qualifier. */
function benchmarkOf(
  own: { qualifier: Qualifier; qualifierText: string }, after: string,
): { qualifier: Qualifier; qualifierText: string } {
  const compared = (own.qualifierText === "低于" || own.qualifierText === "高于") && COMPARED_AFTER.test(after);
  return compared ? { qualifier: "exact", qualifierText: "" } : own;
}

/** the patterns here run only on a text holding one of their words (test/needing_guards.test.ts checks them on data/raw) */
export const ROW_GUARDED = { PLACE_SET };
