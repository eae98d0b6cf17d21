/**
 * Classifying one mention: four small pure functions, each an ordered list
 * of rules, the first that applies decides (extraction guide, section 3).
 * Their case tables are test/cases/indicators/{measure,qualifier,status,period}.json.
 */
import { growthOnly, trimEdges } from "../../dictionary/metrics.ts";
import { goalPatterns } from "../../dictionary/goal_cues.ts";
import { chineseNumber, countNumber, type Quantity, yearNumber } from "../numbers/numbers.ts";
import { afterLast as afterLastOf, matches } from "../../text/hot.ts";
import { alternation, needing } from "../../text/regex.ts";
import type { Measure, Qualifier, Status } from "../../tables/indicators.ts";
import type { Clause } from "./clause.ts";
import type { Place } from "./context.ts";
import {
  PRESENT_STATE, FUTURE_HEAD,
  BASE_YEAR_G, COMPARED_TO, CN_YEAR_G, cues, DECLINE_NOUN_END, ESTIMATE, ESTIMATE_LEAD, ESTIMATE_PARA, FUTURE_YEAR_G, GROWTH_NOUN_END,
  LAST_YEAR, MASKED_YEAR, PLAN_END, PLAN_END_G, PLAN_NAMED, RETRO, TARGET_CLAUSE, TARGET_CLAUSE_REVIEW, TARGET_INTRO,
  KEEP_AFTER, YEAR_1, YEAR_G, YEAR_RANGE, FUTURE_CN_YEAR_G, HEAD_SPAN, PLAN_DOC, PLAN_NAMED_G, COMPARED_LAST_YEAR, FIVE_YEARS_SUM, YEARS_AHEAD, YEARS_BACK, YEARS_BACK_HEADINGS, YEARS_BACK_LOOSE, FLOW_WORD, STOCK_END, STOCK_QUALIFIER, MASKED_BASE_YEAR,
  BASE_ANY_YEAR_G, BASE_ESTIMATE_G, HEAD_SPAN_CN, SITUATION, SITUATION_NOT, NEXT_PLAN, NEXT_YEAR, PARA_SPAN_G, PER_YEAR_ANY, PLAN_FIRST_YEARS, RATE_END, RESTATED_TARGET, YEARS_AHEAD_N, YEARS_USED,
} from "./patterns.ts";
import { CN_YEAR as CN_YEAR_SRC, PAST_LEVEL_COMPARED } from "./patterns.ts";

export type { Measure, Qualifier, Status } from "../../tables/indicators.ts";

/** the breaks the rules cut look-backs at (afterLast), and their units */
const CUT_CHARS = ["。", "!", "?", ";", "；", ",", "，"];
const CUT_UNITS = CUT_CHARS.map((c) => c.charCodeAt(0));
/** the look-back afterLast last cut, and where each of CUT_CHARS last stands in it (-2: not looked for yet) */
let cutFrom: string | null = null;
const cutAt = new Int32Array(CUT_CHARS.length);

/**
 * `afterLast` of hot.ts (n = 1), with where each break last stands remembered for the last text cut: a row's rules
 * cut the same look-back (`p.before`) at 。!?, ;； or 。!?;； about nine times, and each cut searched back for every
 * character again (the whole look-back for one it does not hold, as 。 mostly). Same answers: the cut after the
 * last of the characters, all of `s` when it holds none; other characters and n > 1 go to hot.ts.
 */
function afterLast(s: string, chars: string, n = 1): string {
  if (n !== 1) return afterLastOf(s, chars, n);
  if (s !== cutFrom) {
    cutFrom = s;
    cutAt.fill(-2);
  }
  let at = -1;
  for (let i = 0; i < chars.length; i++) {
    const k = CUT_UNITS.indexOf(chars.charCodeAt(i));
    if (k < 0) return afterLastOf(s, chars);
    let last = cutAt[k];
    if (last === -2) cutAt[k] = last = s.lastIndexOf(CUT_CHARS[k]);
    if (last > at) at = last;
  }
  return at < 0 ? s : s.slice(at + 1);
}

/** A clause's metric with a trailing 增幅/降幅 taken off into flags. */
export interface MetricWords {
  metric: string;
  growthNoun: boolean;
  declineNoun: boolean;
}

/**
 * words inside a metric that say how or over what time, not what: a duration with 累计 (中央财政五年累计补助…),
 * a funder's 安排 (中央财政安排就业补助资金), "among … completed" (新引进项目中完成供地), a zone's 推出 of what
 * it counts (自贸试验区xx片区推出制度创新成果 → 自贸试验区xx片区制度创新成果)
 */
const INNER_DROP = needing(["累计", "安排", "中完成", "中实现", "推出"], "(?<=.{2})(?:(?:近|过去)?[五三两十]年(?:来)?累计|(?<=财政|政府|资金)安排|中(?:完成|实现)|(?<=区)推出)(?=.{2})", "gu");

/**
 * The metric of a clause without a trailing growth or decline noun (增速, 降幅), which become flags, nor the
 * words inside it that say how or when (五年累计, a funder's 安排), nor adverbs and modals at its edges
 * (`trimEdges`: 钢产量拟 → 钢产量).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { metricWords } from "./classify.ts";
 * assert.deepEqual(metricWords("居民消费价格涨幅", false, false), { metric: "居民消费价格", growthNoun: true, declineNoun: false });
 * assert.equal(metricWords("中央财政五年累计补助养老保险专项资金", false, false).metric, "中央财政补助养老保险专项资金");
 * assert.equal(metricWords("中央财政安排就业补助资金", false, false).metric, "中央财政就业补助资金");
 * assert.equal(metricWords("新引进项目中完成供地", false, false).metric, "新引进项目供地");
 * assert.equal(metricWords("工业总产值仍然", false, false).metric, "工业总产值");
 * ```
 */
export function metricWords(metric: string, growthNoun: boolean, declineNoun: boolean): MetricWords {
  // (the words of a metric depend on the metric alone; the subject rules ask for the same one several times a row)
  let w = WORDS_MEMO.get(metric);
  if (!w) {
    if (WORDS_MEMO.size >= 50_000) WORDS_MEMO.clear();
    WORDS_MEMO.set(metric, w = wordsOf(metric));
  }
  return { metric: w.metric, growthNoun: growthNoun || w.growthNoun, declineNoun: declineNoun || w.declineNoun };
}
const WORDS_MEMO = new Map<string, MetricWords>();

/** metricWords of a metric with no flags of its own */
function wordsOf(metric: string): MetricWords {
  metric = trimEdges(metric).replace(INNER_DROP, "") || metric;
  if (KEEP_AFTER.test(metric)) return { metric, growthNoun: false, declineNoun: false }; // 人口自然增长率 is a rate's name
  return {
    metric: metric.replace(GROWTH_NOUN_END, "").replace(DECLINE_NOUN_END, "") || metric,
    growthNoun: GROWTH_NOUN_END.test(metric),
    declineNoun: DECLINE_NOUN_END.test(metric),
  };
}

/**
 * The metric of a rank: a rank of a growth or decline rate keeps the rate's noun the flags took off
 * (增速居全国第3位 ranks the growth, not the level; gold 生产安全事故起数降幅 … 前5位).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { metricWords, rankedMetric } from "./classify.ts";
 * const w = metricWords("8项主要经济指标增速", false, false);
 * assert.equal(rankedMetric(w.metric, w.growthNoun, w.declineNoun), "8项主要经济指标增速");
 * assert.equal(rankedMetric("生产安全事故起数", false, true), "生产安全事故起数降幅");
 * assert.equal(rankedMetric("综合算力指数", false, false), "综合算力指数");
 * ```
 */
export function rankedMetric(metric: string, growthNoun: boolean, declineNoun: boolean): string {
  if (!metric || GROWTH_NOUN_END.test(metric) || DECLINE_NOUN_END.test(metric)) return metric;
  return declineNoun ? metric + "降幅" : growthNoun ? metric + "增速" : metric;
}

type MeasureQuantity = Pick<Quantity, "kind" | "quantity" | "unit">;
type MeasureClause = Pick<Clause, "verb" | "gapSign" | "annual"> & MetricWords & {
  /** the metric follows the number ("改造提升51个城镇老旧小区"): a count of what the verb made or did */
  after?: boolean;
};

/**
 * What a number measures, and the sign its value takes (declines are negative).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { measureOf } from "./classify.ts";
 * const q = { kind: "number" as const, quantity: "ratio", unit: "%" };
 * const c = { verb: "decline" as const, gapSign: 1, annual: false, metric: "单位GDP能耗", growthNoun: false, declineNoun: false };
 * assert.deepEqual(measureOf(q, c), { measure: "growth", sign: -1 });
 * // "改造提升51个城镇老旧小区": the count renovated, not a change
 * const n = { kind: "number" as const, quantity: "count", unit: "个" };
 * assert.deepEqual(measureOf(n, { ...c, verb: "growth", metric: "城镇老旧小区", after: true }), { measure: "level", sign: 1 });
 * ```
 */
export function measureOf(q: MeasureQuantity, c: MeasureClause): { measure: Measure; sign: number } {
  const is = (measure: Measure, sign = 1) => ({ measure, sign });
  // 1. the number's own form: 翻一番, 第7位
  if (q.kind === "multiple") return is("multiple");
  if (q.kind === "rank") return is("rank");
  // 2. percentage points: a gap against a benchmark, else a change
  if (q.quantity === "percentage_points") {
    if (c.verb === "gap") return is("gap", c.gapSign);
    return is("change_pp", c.verb === "decline" || c.declineNoun ? -1 : 1);
  }
  // 3. 倍: 增长1.4倍 is growth, 是…的2.5倍 a multiple
  if (q.unit === "倍") return is(c.verb === "growth" ? "growth" : "multiple");
  // 4. other units: 增加30元, 排名提升4位, 各项贷款新增2.1万亿元 are changes; the rest amounts
  // (a verb before a number and its noun names a flow, a level: 改造提升51个城镇老旧小区, 增加1万个错时共享停车位;
  // NOTES: 新增 in front of the noun)
  if (q.quantity !== "ratio") {
    if (c.after && !/^[千百万]分点/u.test(c.metric)) return is("level");
    if (c.verb === "added" || c.verb === "growth") return is("change");
    if (c.verb === "decline") return is("change", -1);
    // (an amount over a benchmark: "比五年计划原定1957年3,856亿斤的水平超过133亿斤")
    if (c.verb === "gap") return is("gap", c.gapSign);
    return is("level");
  }
  // 5. percentages: 提高到3.5% and 达到3.5% are levels; 增长, 增速, 年均, CPI are growth
  if (c.verb === "level" || (c.verb === "reach" && !c.growthNoun && !c.declineNoun)) return is("level");
  if (c.verb === "growth" || c.growthNoun || c.annual || growthOnly(c.metric)) return is("growth");
  if (c.verb === "decline" || c.declineNoun) return is("growth", -1);
  if (c.verb === "gap") return is("gap", c.gapSign);
  return is("level");
}

/**
 * The qualifier of a number: a range, the word after it, the word before it, else exact.
 * A 分别 list's last number lends its word to the others ("分别达15%、12%以上").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { qualifierOf } from "./classify.ts";
 * const q = { valueMax: null, after: "" as const, afterText: "" };
 * assert.deepEqual(qualifierOf(q, "30万吨", "超过", null), { qualifier: "min", qualifierText: "超过" });
 * ```
 */
export function qualifierOf(
  q: Pick<Quantity, "valueMax" | "after" | "afterText">, valueText: string, qualBefore: string,
  groupLast: Pick<Quantity, "after" | "afterText"> | null,
): { qualifier: Qualifier; qualifierText: string } {
  // 1. two bounds
  if (q.valueMax !== null) return { qualifier: "range", qualifierText: valueText };
  // (two masked bounds: "x~xx个", "x-x项")
  if (MASKED_RANGE.test(valueText)) return { qualifier: "range", qualifierText: valueText };
  // 2. the word after the number (左右, 以上), or after the list's last number
  if (q.after) return { qualifier: q.after, qualifierText: q.afterText };
  if (groupLast && groupLast.after) return { qualifier: groupLast.after, qualifierText: groupLast.afterText };
  // 2'. 多/余 inside the value, before its magnitude: "600多万", "630余万" (NOTES 6: min)
  const many = (valueText.includes("多") || valueText.includes("余")) ? MANY_INSIDE.exec(valueText) : null;
  if (many) return { qualifier: "min", qualifierText: many[1] };
  // 3. the word before it (约, 超过, 控制在)
  if (qualBefore) return { qualifier: cues.qualifiers_before[qualBefore], qualifierText: qualBefore };
  return { qualifier: "exact", qualifierText: "" };
}

/**
 * a qualifier word whose object is the base of a share or a multiple, before it: "已接近高中阶段学生人数的百分之五十",
 * "不超过所在统筹地区大病保险原封顶线的20%", "不低于当地最低生活保障标准的1.6倍"; or 大约 before the predicate: "全国大约损失工业总产值一千亿元"
 */
const QUALIFIER_ACROSS = needing(
  ["接近", "将近", "不超过", "不低于", "不高于", "不少于", "大约"],
  "(接近|将近|不超过|不低于|不高于|不少于)[^,;。、]{1,30}的$|(大约)[^,;。、]{1,16}$",
);

/**
 * The qualifier a word before the metric gives the number right after it (QUALIFIER_ACROSS), else null.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { qualifierAcross } from "./classify.ts";
 * assert.deepEqual(qualifierAcross("中等职业技术学校在校学生已接近高中阶段学生人数的"), { qualifier: "approx", qualifierText: "接近" });
 * assert.equal(qualifierAcross("城镇居民人均可支配收入的"), null);
 * ```
 */
export function qualifierAcross(near: string): { qualifier: Qualifier; qualifierText: string } | null {
  const m = QUALIFIER_ACROSS.exec(near);
  const word = m ? m[1] ?? m[2] : undefined;
  return word ? { qualifier: cues.qualifiers_before[word], qualifierText: word } : null;
}

/** two masked bounds: "x~xx个", "x-x项", "xx—xx%" */
const MASKED_RANGE = /^[xX*]+(?:\.[xX*]+)?\s?[-~—–至到]{1,2}\s?[xX*]/u;

/** 多 or 余 after a numeral and before a magnitude, inside a value: "600多万", "630余万", "一千多万" */
const MANY_INSIDE = /[\d〇零一二三四五六七八九十百千](多|余)(?=[万亿千百])/u;

/** a future point named by its century: "本世纪末", "下世纪中叶" (indicator_cues.json, century_years); not one reached ("实现了本世纪末…") */
const CENTURY_G = new RegExp(
  `(?<!了)(?:${Object.keys(cues.century_years).map((k, i) => `(?<c${i}>${k})`).join("|")})`,
  "gu",
);

/** The years a text names by their century, counted from the report's ("本世纪末" in 1987 → 2000), with their place. */
function centuryYears(text: string, year: number): { at: number; y: number }[] {
  const century = Math.floor((year - 1) / 100) * 100;
  const offsets = Object.values(cues.century_years);
  return matches(CENTURY_G, text).map((m) => {
    const i = Object.values(m.groups ?? {}).findIndex((g) => g !== undefined);
    return { at: m.index!, y: century + offsets[i] };
  }).filter((c) => c.y > year);
}

/**
 * a five-year plan named without quotes ("第六个五年计划", "六五计划"), or in quotes as a period opening a clause
 * ("“十一五”期间,", "在“六五”期间") or a plan that sets figures ("“六五”计划安排", "“七五”计划草案规定"; not a mention of
 * the document: 纳入“十四五”规划); not a comparison's base
 * (比第五个五年计划期间), another country's (苏联的第一个五年计划), nor the years since or the first years of it (“六五”以来, 前三年)
 */
const QUOTED_PLANS = Object.keys(cues.plans).join("|");
const PLAN_ANY_G = new RegExp(
  `(?<![比同与较]|苏联的?|苏联在)(?:第([一二三四五六七八九十]{1,2})[个個]五年[计計][划劃]|(?<![“"〇零一二三四五六七八九十百千])([一二三四五六七八九])五[计計][划劃]|(?:(?<=在|^|[。;])|(?<=[,:])(?=[^,:]+(?:时期|期间)(?:[,:]|内)))[“"](${QUOTED_PLANS})[”"](?:时期|期间)|[“"](${QUOTED_PLANS})[”"](?:计划|规划)(?:草案)?(?:规定|要求|安排|提出)|(?<=按|按照|根据)(?:调整后的)?[“"](${QUOTED_PLANS})[”"](?:计划|规划))(?!的?(?:以来|[前头后][一二三四两]年|第[一二三四]年))`,
  "gu",
);

/**
 * YEAR_WORD_RULES: the year rules below read a year only where its 年 is ("到2025年", "一九八一年", "比1980年",
 * "前四年", "“十一五”前四年"), so a look-back without 年 is answered without running them: 63% of the rows of
 * data/raw. A plan's name holds 五 and a century's 世纪 (checked on the dictionary here; test/year_guards.test.ts
 * checks the patterns on the corpus).
 */
const CENTURY_NEEDS_WORD = Object.keys(cues.century_years).every((k) => k.includes("世纪"));

/** every plan PLAN_ANY_G names holds 五 (第六个五年计划, 六五计划, “十一五”): a text without one names none */
const PLANS_NEED_FIVE = Object.keys(cues.plans).every((k) => k.includes("五"));

/** The plans a text names, with their end years and places ("第六个五年计划规定" → 1985). */
function plansNamed(text: string): { at: number; y: number }[] {
  if (PLANS_NEED_FIVE && !text.includes("五")) return [];
  return matches(PLAN_ANY_G, text).flatMap((m) => {
    const y = m[1] ? cues.plans[`${m[1]}五`] : m[2] ? cues.plans[`${m[2]}五`] : cues.plans[m[3] ?? m[4] ?? m[5]];
    return y === undefined ? [] : [{ at: m.index!, y }];
  });
}

/** Whether the sentence names a plan still ahead or in its first years (a report of 1982 on 六五计划期间要求…). */
function planAhead(before: string, year: number | null): boolean {
  return year !== null && plansNamed(before).some((pl) => year <= pl.y - 2);
}

/** a bare five years, which can look back or ahead: "五年内", "在五年内的" (not 今后五年, 过去五年, 这五年) */
const BARE_FIVE_YEARS = /(?<!今后|未来|过去|这|近|前|头|后)五年(?:内|中|期间|之内)/u;
/** a word after it that looks ahead: "五年内将新建", "五年内要", "按照计划,五年内…" */
const AHEAD_AFTER = /(?:将|要|拟|(?<![比原超过成按照])计划|能够|争取)/u;
/** a past year's end named after it: "五年内施工的…;到一九五七年底,全部建成…" (1959) */
const PAST_END_G = new RegExp(`(?:到|至)(\\d{4}|${CN_YEAR_SRC})年(?:底|末)?`, "gu");
/** the plan a number is the figure of, right after it: "五年内扩大播种面积三千二百多万亩的计划" */
const PLAN_AFTER = /^[^,;。]{0,4}?的计划/u;

/**
 * Whether a bare "五年内" in the sentence looks ahead: a word after it says so ("五年内将新建国营机械化农场九十一个"),
 * or the headings name a plan still ahead ("第一个五年计划概要" in 1955: its five years are 1953-1957), or the number is
 * a plan's figure ("五年内扩大播种面积三千二百多万亩的计划"); not when a past year ends it ("五年内…;到一九五七年底,…",
 * 1959) nor after a comparison with the plan ("比计划规定的单位数多二百二十七个").
 */
function fiveYearsAhead(p: Place): boolean {
  const m = BARE_FIVE_YEARS.exec(p.before);
  if (!m || p.year === null) return titlePlanFive(p);
  const year = p.year;
  const after = p.before.slice(m.index);
  const y = (t: string) => yearNumber(t) ?? year;
  if (matches(PAST_END_G, after).some((e) => y(e[1]) < year)) return false;
  // (a review's headings name the plan under way for what it achieved: "第一个五年计划时期内和第二个五年计划的第一年——…的伟大成就")
  // (or, outside a review, the title names the plan ahead: "关于…第六个五年计划的报告", 1982; or the paragraph's lead
  // presents the plan under way: "五年基本建设计划,对地区的分布作了…部署", 1955)
  return AHEAD_AFTER.test(after) || PLAN_AFTER.test(p.after) || titlePlanFive(p) ||
    (p.role !== "review" && (plansNamed(p.headings + "|" + (p.title ?? "")).some((pl) => pl.y > year) ||
      (PLAN_LEAD.test(p.lead) && planUnderWay(year) !== null)));
}

/** 预计 right after a bare five years: "五年内预计", "五年中,预计" */
const FIVE_PROJECTED = /五年(?:内|中|期间|之内)[,，]?预计/u;

/** Whether the sentence projects the five years of a plan ahead with 预计 ("五年内预计农民新建住宅…", 1982): a target. */
function projectedFive(p: Place): boolean {
  const s = afterLast(p.before, "。!?");
  return s.includes("预计") && FIVE_PROJECTED.test(s) && fiveYearsAhead(p);
}

/** a paragraph lead presenting a five-year plan: "五年基本建设计划,对地区的分布作了比较合理的部署" */
const PLAN_LEAD = /^[^,;。]{0,6}五年[^,;。]{0,8}计划(?!期间|时期|以来)/u;
/** a short name in quotes: "两个确保", "低保" */
const QUOTED_NAME_G = /[“"][^“”"]{1,10}[”"]/gu;

/** five years as the time of a figure in a plan's report: "五年投资一百七十九亿元", "五年合计", "这五年内" */
const FIVE_YEARS_PLAN_WORD = /(?<!过去|前|近|后)(?:这)?五年(?:内|中|期间|之内|投资|合计|共|累计|新增)/u;

/** Whether the statement counts five years in a report whose title names the plan ahead, outside a review. */
function titlePlanFive(p: Place): boolean {
  if (p.year === null || p.role === "review" || !FIVE_YEARS_PLAN_WORD.test(afterLast(p.before, "。"))) return false;
  return plansNamed(p.title ?? "").some((pl) => pl.y > p.year! && pl.y - 4 <= p.year! + 1);
}

/** five years counted in a plan section, with a sum, a flow or an average: "五年新增", "五年平均" */
const PLAN_FIVE_YEARS = /(?<!过去|前|近|后|这|今后|未来)五年(?:新增|投资|合计|共|累计|平均)/u;

/**
 * The plan end of five years counted, naming no year, in a plan section of a report that opens a term
 * (1993: "大力发展电力工业,五年新增装机容量6500万千瓦" → 1997; "五年平均人口自然增长率控制在…" → 1997), else null.
 */
function planFiveYears(p: Place, year: number): string | null {
  if (p.role !== "plan" && p.role !== "targets") return null;
  if (p.planEnd === null || p.planEnd <= year || !p.before.includes("五年")) return null;
  const clause = afterLast(p.before, "。");
  return PLAN_FIVE_YEARS.test(clause) && !ANY_YEAR.test(clause) ? String(p.planEnd) : null;
}

/** a year named, in digits or Chinese numerals: "1981年", "一九八一年" */
const ANY_YEAR = /(?:\d{4}|[〇○零一二三四五六七八九]{4})年/u;

/** The end year of the five-year plan under way in a year and not yet ended (1955 → 1957, 1982 → 1985), else null. */
function planUnderWay(year: number): number | null {
  const end = Object.values(cues.plans).find((e) => e - 4 <= year && year < e);
  return end ?? null;
}

/** Whether a year named in `before` is this year or later ("到2025年", "2025年前", "到本世纪末"). */
function namesFutureYear(before: string, year: number | null): boolean {
  if (year === null || (CENTURY_NEEDS_WORD && !before.includes("年") && !before.includes("世纪"))) return false; // (YEAR_WORD_RULES)
  if (centuryYears(before, year).length) return true;
  for (const m of matches(FUTURE_YEAR_G, before)) if (Number(m[1] ?? m[2]) >= year) return true;
  for (const m of matches(FUTURE_CN_YEAR_G, before)) if ((chineseNumber(m[1]) ?? 0) >= year) return true;
  return false;
}

/**
 * Whether the number's statement names a year after the report's as its time, bare, not as a base nor a ground:
 * "一九八五年招收研究生二万人" in a report of 1982 is no outcome.
 */
function laterYearNamed(before: string, year: number | null): boolean {
  if (year === null || !before.includes("年")) return false; // (YEAR_WORD_RULES: every year the two patterns read holds 年, which the replaces cannot make)
  const statement = afterLast(before, ";；。");
  const bare = statement.replace(BASE_ANY_YEAR_G, "").replace(GROUND_G, "").replace(MULTIPLE_BASE_G, "");
  const later = (y: number | null) => y !== null && y > year && y < year + 60;
  return matches(YEAR_G, bare).some((m) => later(Number(m[1]))) || matches(CN_YEAR_G, bare).some((m) => later(chineseNumber(m[1])));
}

/** a year's plan named as its figures' source: "一九五七年的计划产量", "2025年计划" (not a comparison: 比…计划) */
const YEAR_PLAN_G = new RegExp(`(?<![比较])(\\d{4}|${CN_YEAR_SRC})年的?计划`, "gu");

/** Whether `before` names the plan of this year or a later one ("主要农业产品一九五七年的计划产量…如下列:", 1955). */
function namesPlanAhead(before: string, year: number | null): boolean {
  if (year === null || !before.includes("计划")) return false; // (every match of YEAR_PLAN_G holds 计划)
  return matches(YEAR_PLAN_G, before).some((m) => (yearNumber(m[1]) ?? 0) >= year);
}

/** a phrase whose year is a ground or a base, not the time of the number: "在一九五八年大跃进的基础上", "同1955年国家决算比较", "为1955年的", "按一九五七年不变价格" */
const GROUND_G = /(?:在|从)[^,;。在]{0,24}?(?:的)?基础上|(?:同|与|和|跟)[^,;。]{0,30}?(?:作比较|相比较|比较|相比)|(?:为|是|小于|大于|高于|低于|相当于|超过|按照?)(?:\d{4}|[〇○零一二三四五六七八九]{4})年/gu;
/** words that look ahead after a past year: "一九五八年的计划要求…", "将" */
const AHEAD_OF_PAST = /将|要|拟|计划|规划|争取|力争|预计|目标|任务|应当|应该|必须|可以|可能/u;
/** this year named after the past year: "扣除1955年用上年结余…,则本年收入实际增长15.83%" */
const THIS_YEAR_NAMED = /本年|今年|明年/u;

/**
 * A past year stated as the number's time in a plan section ("据统计,内蒙古…四个自治区,一九五八年工业总产值
 * 比一九五七年增长百分之八十八", 1959 report): the last year named before the number in its sentence, not a base
 * (比一九五七年) nor a ground (在…的基础上), is before the report's year, and nothing after it looks ahead.
 */
function pastYearStated(p: Place): boolean {
  if (p.year === null || !p.before.includes("年")) return false; // (YEAR_WORD_RULES)
  const blank = (m: string) => "　".repeat(m.length);
  const bare = p.before.replace(BASE_ANY_YEAR_G, blank).replace(GROUND_G, blank);
  let last: { at: number; end: number; y: number } | null = null;
  for (const m of matches(YEAR_G, bare)) last = { at: m.index!, end: m.index! + m[0].length, y: Number(m[1]) };
  for (const m of matches(CN_YEAR_G, bare)) {
    if (!last || m.index! > last.at) last = { at: m.index!, end: m.index! + m[0].length, y: chineseNumber(m[1]) ?? p.year };
  }
  const after = bare.slice(last?.end ?? 0);
  // (a year long past counts when it dates the number itself: "在解放前产量最高的一九三六年,只有" in 1959)
  const dates = !!last && (last.y > p.year - 12 || (last.y > 1800 && OLD_YEAR_DATES.test(after)));
  return !!last && last.y < p.year && dates && !AHEAD_OF_PAST.test(after) && !THIS_YEAR_NAMED.test(after) &&
    !namesFutureYear(p.before, p.year);
}

/** what may stand between a year long past and the number it dates: "一九三六年,只有", "1936年的产量为" */
const OLD_YEAR_DATES = /^(?:底|末)?[,，]?(?:的?[^,，;；。的]{0,8}?)?(?:只有|仅有|才有|为|是|有|达到|共有)?$/u;

/** a part of the year named bare, not a base nor a named year's (比一季度, 1980年上半年, 去年一季度), nothing planned after it */
const YEAR_PART = new RegExp(`(?<![比较同与年])(?:${cues.year_part_past.join("|")})(?![^。!?]*(?:将|要|力争|争取|拟|必须|确保|预计))`, "u");

/** this year's months gone by, in digits: "本年1——5月份", "今年1至5月", nothing planned after them */
const MONTHS_GONE = /(?:本年|今年)\d{1,2}(?:——|—|-|至|到)\d{1,2}月(?![^。!?]*(?:将|要|力争|争取|拟|必须|确保|预计))/u;

/**
 * A part of this year gone by as the number's time, outside a review: "第一季度已经开工的建筑安装工程件数比去年同期增长62%"
 * in a plan section of a report of June 1956, "全国煤矿在一二两月份平均的日产量是九十六万吨" (1959).
 */
function yearPartGone(p: Place): boolean {
  if (p.year === null) return false;
  const gone = (t: string) => YEAR_PART.test(t) || (t.includes("月") && MONTHS_GONE.test(t));
  // (or the statistics of such a part leading the paragraph: "据国家统计局初步统计,…本年1——5月份…。但是有几项重要
  // 产品的产量没有完成计划:钢完成96.4%")
  return gone(afterLast(p.before, "。!?")) || (p.lead.includes("统计") && SURVEYED.test(p.lead) && gone(p.lead));
}

/**
 * Whether a number is an outcome, an estimate or a target, from the outline outward.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { statusOf } from "./classify.ts";
 * const place = { role: "review" as const, headings: "一、2021年工作回顾", before: "预计地区生产总值增长", para: "预计地区生产总值增长",
 *   after: "。", clause: "地区生产总值增长", near: "预计地区生产总值增长", lead: "预计地区生产总值增长8%。", year: 2022, planEnd: 2026, term: false, introAhead: () => false, introThisYear: () => false, oneYearPart: () => false };
 * assert.equal(statusOf(place), "estimate");
 * ```
 */
export function statusOf(p: Place): Status {
  if (restatedEstimate(p) !== null) return "estimate";
  const status = placeStatus(p);
  if (status === "actual" && programmeRequires(p)) return "target";
  return status !== "target" && (conditional(p) || feasibleAfter(p)) ? "target" : status;
}

/**
 * Whether the number's sentence tells what was done since a past time (the goal stage's since_marks), no plan word after it:
 * "我们从一九五五年以来,通过降低建筑标准、削减建设项目的工作,使非生产性建设投资在整个建设投资中的比重,由过去的百分之三十以上,
 * 降低到百分之二十左右" (1958, a plan section) is an outcome, as its goal is a fact.
 */
function toldSince(p: Place): boolean {
  if (!p.before.includes("以来")) return false;
  const sentence = afterLast(p.before, "。!?");
  const m = goalPatterns.since.exec(sentence);
  return !!m && !goalPatterns.planWord.test(sentence.slice(m.index + m[0].length));
}

/** the National Programme for Agricultural Development (1956–1967) setting a figure: "纲要要求", "纲要规定的", "纲要所提出的" */
const PROGRAMME_SETS = /纲要(?:修正草案)?(?:所提出的|所规定的|要求|规定)/u;
/** the programme's end year, the year its figures are due (十二年内, 到一九六七年) */
const PROGRAMME_END = 1967;

/** The words after the programme setting the number's figure (PROGRAMME_SETS) in its sentence, in a report of the years it ran, else null. */
function programmeNamed(p: Place): string | null {
  if (p.year === null || p.year < 1956 || p.year > PROGRAMME_END || !p.before.includes("纲要")) return null;
  const sentence = afterLast(p.before, "。!?");
  const m = PROGRAMME_SETS.exec(sentence);
  // (not a standard told reached: "抗旱能力已经分别达到纲要规定的三十天,五十天和七十天的标准")
  return m && !afterLast(sentence.slice(0, m.index), ",，;；").includes("已") ? sentence.slice(m.index + m[0].length) : null;
}

/**
 * Whether the programme's requirement is what the number gives, nothing told done after it: "按照纲要要求的水平计算,全国粮食总产量
 * 应该有七千二百亿斤到七千五百亿斤" (1960) is the level required by 1967, not an outcome; "…达到了纲要修正草案所提出的…的要求,已经有
 * 五十六个" stays one.
 */
function programmeRequires(p: Place): boolean {
  const after = programmeNamed(p);
  return after !== null && !/已|了/u.test(after);
}

/** a sentence opening with a restatement of the one before (restatement_leads) */
const RESTATEMENT = new RegExp(`^(?:${alternation(cues.restatement_leads)})`, "u");

/**
 * The sentence before that the number's sentence restates, when that one is an estimate: "这一比重在一九五四年预计将由…增加到
 * 百分之七十一左右。这就是说,没有转为公私合营的资本主义工业在工业总产值中的比重,将只占百分之二十九左右了" (1954) is that
 * estimate's other side. Else null.
 */
function restatedEstimate(p: Place): string | null {
  const sentence = afterLast(p.para, "。!?"), start = p.para.length - sentence.length;
  if (start < 2 || !RESTATEMENT.test(sentence)) return null;
  const previous = afterLast(p.para.slice(0, start - 1), "。!?");
  return ESTIMATE.test(previous) || /預計|預估/u.test(previous) ? previous : null;
}

/** The year of the estimate a restatement carries (restatedEstimate), up to the report's year, else null. */
function restatedYear(p: Place): number | null {
  const previous = restatedEstimate(p);
  const y = previous === null ? null : lastYearDating(previous);
  return y !== null && p.year !== null && y <= p.year ? y : null;
}

/** the rest of the number's statement judging it feasible: ",是有可能实现的", ",也是能够实现的" (1955) */
const FEASIBLE_AFTER = needing(["实现的", "达到的", "做到的", "完成的"], "^[^;；。!?]{0,40}?(?:是|也是|都是)(?:完全)?(?:有可能|可能|可以|能够)(?:实现|达到|做到|完成)的");

/** Whether the number's sentence goes on to judge it feasible, which makes it an aim, not an outcome: "五年内扩大播种面积一千一百多万亩,是有可能实现的". */
function feasibleAfter(p: Place): boolean {
  return !!p.rest && FEASIBLE_AFTER.test(p.rest);
}

/** The status the place gives, conditions aside (statusOf). */
function placeStatus(p: Place): Status {
  const planning = p.role === "targets" || p.role === "plan" || planHeading(p);
  // (read in a planning section only: the look-back and what was said are asked of no other)
  const recent = planning ? p.para.slice(-160).replace(COMPARED_LAST_YEAR, "") : ""; // 比去年增加 compares, it does not look back
  // an estimated base ("比1980年预计增加", "由今年预计的3%提高到4%") does not make the value an estimate
  const before = p.before.replace(BASE_ESTIMATE_G, ""), clause = p.clause.replace(BASE_ESTIMATE_G, "");
  // 1. a plan section looking back: "过去一年,…国内生产总值增长10.3%"
  // (or a list of things done opening the sentence: "已建成的主要有:加固大江大河大湖堤防近6100公里;…")
  // (this year named after the look-back returns to the plan: "这几年,国家先后在58个城市进行了…试点,…今年试点城市扩大到110个")
  const retro = planning && (RETRO.test(recent) ? !TARGET_CLAUSE.test(recent.slice(recent.search(RETRO))) && !backToThisYear(recent) : DONE_LIST.test(p.before));
  if (planning && retro && !TARGET_CLAUSE_REVIEW.test(p.before)) {
    return ESTIMATE.test(before) ? "estimate" : "actual";
  }
  // a past span named in the number's last clauses: a record compared with ("这个速度高于一九五五年至一九八○年二十六年中
  // 平均每年递增百分之四点三", "而旧中国…从1900年到1948年,49年合计的钢产量不过七百六十万吨")
  // (a paragraph opening "根据预计数字(实际完成的统计数字,要在以后才能作出)," (1958), outside a plan: every figure of it,
  // the sums over the years ending with the estimated one too)
  if (!planning && estimatedParagraph(p)) return "estimate";
  if (pastSpanClause(p) || pastLevelCompared(p)) return "actual";
  // (or an ended plan named as its time, in a plan section: "以第一个五年计划期间的总投资额计算,非生产性建设的投资比重,
  // 仍然占百分之二十三点四" in 1958)
  if (planning && endedPlanNamed(p)) return ESTIMATE.test(before) ? "estimate" : "actual";
  // a survey's count, a state reached now or done since (toldSince), in a plan section: "据本年5月份的统计,参加农业生产合作社的农户已经占…",
  // "现在,同我国建交的国家已经达到135个"
  if (planning && (SURVEYED.test(p.before) || NOW_REACHED.test(p.before) || SO_FAR.test(p.before) || nowOpens(p) || toldSince(p)) && !ESTIMATE.test(before)) return "actual";
  const said = planning ? afterLast(p.before, "。!?") : ""; // how things stand now: "我们党有…", "女黨員只有"
  if (planning && statesNow(said)) return "actual";
  // 2. 实际 gives an outcome against its plan ("一九八一年计划为百分之三点七,实际达到百分之四点六", 1982);
  // a plan or targets section: targets, unless the clause says 预计
  if (ACTUAL_END.test(p.near) && !ESTIMATE.test(clause)) return "actual";
  if (planning && (pastFromTo(p) || fromToNow(p))) return "actual";
  // (预计 opening the sentence covers its list: "预计到1956年底,…国营占63.8%,…"; after the plan's five years it plans: projectedFive)
  if (planning && ESTIMATE_HEAD.test(afterLast(before, "。!?").replace(ESTIMATE_LEAD_PIECES, ""))) return projectedFive(p) ? "target" : "estimate";
  if (planning && (pastYearStated(p) || yearPartGone(p))) return ESTIMATE.test(before) ? "estimate" : "actual";
  // (a plan section telling what was done, in the number's own clause, nothing planned in the sentence: "同解放前比较,小学生
  // 增加了六倍以上", "我们就主动地、果断地把军队裁减了100万人", "已经加入17个…国际人权公约")
  // (not a future year named: "我们已经确定的到本世纪末工农业年总产值翻两番的目标", 1987)
  if (planning && toldDone(p)) return "actual";
  if (planning) return ESTIMATE.test(clause) ? "estimate" : "target";
  // 3. elsewhere, 预计 in the sentence, or "(预计,下同)" in the paragraph
  if (ESTIMATE.test(before) || ESTIMATE_PARA.test(p.para) || ESTIMATE_PARA.test(p.after)) return "estimate";
  // a section describing where things stand ("当前的经济形势") speaking of this year: its outcome so far, or
  // under 将 its estimate ("工农业生产总值…将比上年增长3%以上", 1981)
  if (!planning && situationThisYear(p) && !namesFutureYear(before, p.year)) return SITUATION_ESTIMATE.test(before) ? "estimate" : "actual";
  if (!planning && thisYearWillCompare(p)) return "estimate";
  // 4. a target intro in the paragraph, 力争/今年计划 in the sentence, a future year
  const planCue = planCueBefore(p);
  // (or a sentence opening with what the speaker will do: "我们将努力…推动粮食综合生产能力达到***亿斤")
  if (TARGET_INTRO.test(p.para) || planCue || aimStriven(p) || FUTURE_HEAD.test(afterLast(p.before, "。!?")) || namesFutureYear(p.before, p.year) || namesPlanAhead(p.before, p.year) || laterYearNamed(p.before, p.year) || budgetThisYear(p) || thisYearOpens(p)) {
    return "target";
  }
  // a plan ahead named in the sentence: "六五计划期间要求每年递增百分之四到五" (1982)
  if (planAhead(p.before, p.year) || fiveYearsAhead(p)) return "target";
  // 5. the years ahead named with 今后/未来 in the sentence or paragraph ("今后三年内", not a bare "五年内", which
  // also looks back), next year's plan in the paragraph ("1982年的计划,要求…")
  if (AHEAD_WORD.test(p.before) || AHEAD_WORD_PARA.test(p.para) || nextPlanYear(p) !== null) return "target";
  return "actual";
}

/**
 * Whether a plan cue (力争, 今年计划 …: target_clause_review) stands before the number outside a comparison with the plan
 * ("比计划规定的单位数多二百二十七个", 1959), a quoted name (用于地方“两个确保”和“低保”的资金) or a programme's standard told
 * reached ("抗旱能力已经分别达到纲要规定的三十天,五十天和七十天的标准", 1960).
 */
function planCueBefore(p: Place): boolean {
  return TARGET_CLAUSE_REVIEW.test(p.before) && TARGET_CLAUSE_REVIEW.test(p.before.replace(PLAN_COMPARED_G, "").replace(QUOTED_NAME_G, "").replace(NORM_REACHED_G, ""));
}

/**
 * "…所占的比例仍将不超过12%,小于1952年所占的比例13.2%" (1956): the level of a past year the clause compares with is that
 * year's outcome, not a target; the year must be before the report's.
 */
function pastLevelCompared(p: Place): boolean {
  if (p.year === null || !p.near.includes("于")) return false;
  const m = PAST_LEVEL_COMPARED.exec(p.near);
  return !!m && (yearNumber(m[1]) ?? p.year) < p.year;
}

/** Whether the number's paragraph opens with the word that its figures are estimates (ESTIMATE_LEAD: 根据预计, 据预计). */
function estimatedParagraph(p: Place): boolean {
  return (p.lead.includes("预计") || p.lead.includes("預計")) && ESTIMATE_LEAD.test(p.lead);
}

/** a condition opening a clause, the consequence after it up to the number (conditionals, conditional_not) */
const CONDITIONAL = new RegExp(`(?:${alternation(cues.conditionals)})(?![^,，;；。]*(?:${alternation(cues.conditional_not)}))[^,，;；。]+[,，][^;；。]*$`, "u");

/** Whether the number stands in the consequence of a condition in its statement: "如果再把…改种薯类,则…但能增产薯类一百多亿斤" (no outcome). */
function conditional(p: Place): boolean {
  return CONDITIONAL.test(afterLast(p.before, "。!?;；"));
}

/** Whether a condition alone makes the number a target: a projection of no year, not a plan's figure under a proviso ("如果没有特大的灾荒,粮食产量将要达到…"). */
function conditionalOnly(p: Place): boolean {
  return conditional(p) && placeStatus(p) !== "target";
}

/** the outcome right after a plan's figure: ",实际建成128个" */
const ACTUAL_AFTER = /^[,，]实际/u;
/** this year opening a clause: "今年试点城市扩大到" */
const THIS_YEAR_CLAUSE = /[,，;；。]今年(?!以来)/u;

/** Whether this year opens a clause after the look-back of `recent` (RETRO): the plan goes on. */
function backToThisYear(recent: string): boolean {
  return recent.includes("今年") && THIS_YEAR_CLAUSE.test(recent.slice(recent.search(RETRO)));
}

/** a clause opening with the plan: "计划建成投产大中型项目" */
const PLAN_OPENS = /^(?:原|年初)?计划(?!内|外|生育|经济|单列)/u;

/** Whether the number, outside a plan section, is a plan's figure its outcome follows ("计划…118个,实际建成128个"). */
function planThenActual(p: Place): boolean {
  return p.role !== "plan" && p.role !== "targets" && ACTUAL_AFTER.test(p.after) && PLAN_OPENS.test(p.near);
}

/** the report's year's budget, named as the number's: "1957年的国家预算收入比1956年增长近百分之二" (in 1957) */
const BUDGET_OF = new RegExp(`((?:\\d{4}|${CN_YEAR_SRC})年(?:度)?|今年|本年)的?(?:国家|地方|中央)?预算(?![^,;。]*(?:执行|完成|决算|实际))`, "u");

/** Whether the number's sentence gives the report's year's budget, a plan (not its execution: 执行, 决算). */
function budgetThisYear(p: Place): boolean {
  const sentence = afterLast(p.before, "。!?");
  const m = p.year !== null && sentence.includes("预算") ? BUDGET_OF.exec(sentence) : null;
  return (!!m && isReportYear(m[1], p.year!)) || draftLead(p);
}

/** Whether a year word (今年, 本年, 1957年, 一九五七年度) names the report's year. */
function isReportYear(word: string, year: number): boolean {
  return word === "今年" || word === "本年" || yearNumber(word.replace(/年度?$/u, "")) === year;
}

/** a paragraph's lead presenting the drafts of a year's plan or budget: "这次提交大会审议的1957年度的国家预算草案和…计划草案的各种数字表明" */
const DRAFT_LEAD = new RegExp(`((?:\\d{4}|${CN_YEAR_SRC})年度?|今年|本年)的[^。!?]{0,30}?(?:预算|计划)草案`, "u");

/**
 * Whether the number's paragraph opens by presenting the drafts of the report's own year (DRAFT_LEAD): its figures are
 * that year's planned ones, though a sentence drops 将 ("基本建设投资缩减为一百一十一亿元,它虽然比1956年减少百分之二十",
 * 1957); not a sentence dating itself in a year gone by (pastYearStated).
 */
function draftLead(p: Place): boolean {
  if (p.year === null || !p.lead.includes("草案")) return false;
  const m = DRAFT_LEAD.exec(p.lead);
  return !!m && isReportYear(m[1], p.year) && !pastYearStated(p);
}

/** heading words that look back on a plan, not set it out: "“六五”计划执行情况的回顾", "第一个五年计划的成就" */
const PLAN_LOOKS_BACK = /回顾|执行|成就|胜利|完成|总结|情况/u;

/**
 * Whether a section without a role sets out a plan still ahead or in its first years by its heading
 * ("第一个五年计划概要" in 1955): its figures are the plan's, as in a plan section.
 */
function planHeading(p: Place): boolean {
  if (p.role !== "other" || p.year === null) return false;
  const top = p.headings.slice(p.headings.lastIndexOf("|") + 1);
  if (!planAhead(top, p.year) || PLAN_LOOKS_BACK.test(top)) return false;
  // (a past year the sentence names dates its figures: "我国历史上钢铁生产的最高年份是一九四三年,出产生铁…")
  const bare = afterLast(p.before, "。!?").replace(BASE_ANY_YEAR_G, "");
  const years = [...matches(YEAR_G, bare).map((m) => Number(m[1])), ...matches(CN_YEAR_G, bare).map((m) => chineseNumber(m[1]) ?? p.year!)];
  return !years.some((y) => y < p.year!);
}

/** a topic and a time opening a sentence before its 预计: "在商业方面,到1956年底,预计在社会商品零售总额中,…" (1956) */
const ESTIMATE_LEAD_PIECES = /^(?:在[^,，;；。]{1,12}方面[,，])?(?:(?:到|至)[^,，;；。]{2,10}(?:底|末)[,，])?/u;
/** 预计 opening a sentence, after at most a few words: "预计到1956年底,", "据初步统计,预计" */
const ESTIMATE_HEAD = new RegExp(`^[^,，;；。]{0,6}?(?:${cues.estimate.join("|")})`, "u");

/** a clause telling what was done: "…增加了", "已经加入", "取消了原先" */
const DONE_NEAR = /\p{Script=Han}了|已经\p{Script=Han}/u;
/**
 * What was done, told in a plan section: in the number's own clause, nothing planned in the sentence ("同解放前比较,小学生
 * 增加了六倍以上"), or right after the count, nothing planned in its own clause ("除了17个项目已经完工投入生产"); not under
 * a future year named; a bare count after a comma goes on the clause before it ("成立了二十九个自治州,五十四个自治县").
 */
function toldDone(p: Place): boolean {
  if (namesFutureYear(p.before, p.year)) return false;
  if (DONE_NEAR.test(p.near) && !DONE_ATTRIBUTE.test(p.near) && !PLANNED_WORDS.test(afterLast(p.before, "。!?"))) return true;
  if (DONE_AFTER.test(p.after) && !PLANNED_WORDS.test(afterLast(p.before, "。!?;；"))) return true;
  // (a bare count going on a list after a comma, the clause before it telling what was done: "成立了二十九个自治州,五十四个自治县")
  if (p.near !== "" || !/[,，]$/u.test(p.before)) return false;
  const prev = afterLast(p.before.slice(0, -1), ",，;；。!?");
  return DONE_NEAR.test(prev) && !DONE_ATTRIBUTE.test(prev) && !PLANNED_WORDS.test(afterLast(p.before, "。!?"));
}

/** a count whose noun is told done right after it: "(除了17个)项目已经完工投入生产" (not 已有, 已达: a stock's own verb) */
const DONE_AFTER = /^[^,，;；。:：\d]{0,6}?(?:已经|已)(?!有|达|占|超|接近)\p{Script=Han}/u;
/** a done word inside the noun's attribute, the clause planning on it: "对已经谋划的近1400个重点工业项目" */
const DONE_ATTRIBUTE = /(?:已经?|了)[^,;。]*的[^,;。]{0,2}$/u;
/**
 * How things stand now, in a plan sentence up to the number, with no plan word: "我们党有…", "女黨員只有"
 * (`present_states`), or the region opening it (the goal stage's `region_facts`: "我区每年接待游客近3亿人次").
 */
function statesNow(said: string): boolean {
  if (PLANNED_WORDS.test(said)) return false;
  return PRESENT_STATE.test(said) || (said.startsWith("我") && goalPatterns.regionFact.test(said));
}

/** words that plan, in the number's sentence (主要, 重要, 需要 are no 要 of a plan: "结构优主要是…,拥有8个万亿元级产业集群"; 指标, 任务 are: "提出了钢产量一千八百万吨…的四项指标") */
const PLANNED_WORDS = /将|计划|指标|任务|(?<![主重需])要|力争|争取|预计|拟|应|必须|可以|能够|可能|目标|规定|安排|今后|未来|明年|力求|确保|继续|进一步/u;

/** a survey's figures: "据本年5月份的统计,", "据国家统计局初步统计," */
const SURVEYED = /据[^,，;。]{0,16}(?:统计|调查|检查|清查)(?!局)/u;
/** the months of this year gone by, up to a date: "到5月份为止,全国基本建设投资总额完成年计划27%", "截至6月底为止" */
const SO_FAR = /(?:到|截至|截止到?)(?:本年|今年)?[一二三四五六七八九十\d１２３４５６７８９０]{1,2}月(?:份|底|末)?(?:为止|止)/u;
/** a state reached now, with nothing planned after it: "现在,同我国建交的国家已经达到", "目前国家负担的…补贴已经达到" */
const NOW_REACHED = /(?:现在|目前|到目前为止|迄今)[^,;。]{0,20}[,，]?[^,;。]{0,20}已(?:经)?(?![^,;。]*(?:要|将|力争|争取|计划))[^,;。]*$/u;

/** a sentence opening with now and what is had or reached: "现在,同我国建交的国家已经达到135个,有…", "现在全国有100多个城市" */
const NOW_OPENS = /^\s*(?:现在|目前|到目前为止|迄今)[,，]?[^。!?]*?(?:已|有)/u;

/** Whether the number's sentence opens with how things stand now (NOW_OPENS), nothing planned nor a later year before the number. */
function nowOpens(p: Place): boolean {
  const sentence = afterLast(p.before, "。!?");
  return NOW_OPENS.test(sentence) && !PLANNED_WORDS.test(sentence) && !namesFutureYear(sentence, p.year);
}

/** Whether the number's last two clauses name a span of past years, nothing after it looking ahead. */
function pastSpanClause(p: Place): boolean {
  if (p.year === null) return false;
  const sentence = afterLast(p.before, "。!?");
  const clauses = afterLast(sentence, ",，", 2);
  const m = spansNamed(clauses).pop();
  const span = m ? spanOf(m) : null;
  // (not a multiple of the span's figure: "…平均每年建成住宅面积的二点六倍")
  return !!span && span[1] < p.year && !AHEAD_OF_PAST.test(clauses.slice(m!.index! + m![0].length)) && !/的$/u.test(clauses);
}

/**
 * Whether the number's sentence names a five-year plan ended before the report's year as its time (ORDINAL_PLAN_TIME_G:
 * 第一个五年计划期间, not 比…), nothing planned after it.
 */
function endedPlanNamed(p: Place): boolean {
  if (p.year === null || !p.before.includes("五年")) return false;
  const sentence = afterLast(p.before, "。!?");
  const m = matches(ORDINAL_PLAN_TIME_G, sentence).pop();
  const end = m ? cues.plans[`${m[1]}五`] : undefined;
  return end !== undefined && end < p.year && !PLANNED_WORDS.test(sentence.slice(m!.index! + m![0].length));
}

/** a level reached from one past year to another: "由一九七八年的三百七十一亿元增加到一九八二年的六百五十亿元" */
const PAST_FROM_TO = new RegExp(
  `(?:由|从)(\\d{4}|${CN_YEAR_SRC})年(?:底|末)?的?[^,;。由从]*?(?:增加|提高|下降|降低|减少|上升|扩大|增长|发展)(?:到|至|为)(\\d{4}|${CN_YEAR_SRC})年(?:底|末)?的?`,
  "u",
);
/** a past year compared with an earlier one: "一九五八年比一九五七年增长了百分之一百零七" */
const PAST_COMPARED = new RegExp(`(\\d{4}|${CN_YEAR_SRC})年(?:比|同|较)(\\d{4}|${CN_YEAR_SRC})年`, "u");

/**
 * Whether the number's statement tells of a level reached between two past years, or of a past year over an
 * earlier one, its outcome however the section plans ("这几年…预算外资金却大幅度增加,由一九七八年的…增加到一九八二年的
 * 六百五十亿元,四年间增长百分之七十五点二", 1983; "钢的产量,一九五八年比一九五七年增长了百分之一百零七", 1959).
 */
function pastFromTo(p: Place): boolean {
  if (p.year === null || !p.before.includes("年")) return false; // (YEAR_WORD_RULES)
  const statement = afterLast(p.before, ";；。");
  const y = (t: string) => yearNumber(t) ?? p.year!;
  const m = PAST_FROM_TO.exec(statement);
  if (m && y(m[1]) < y(m[2]) && y(m[2]) < p.year) return true;
  const c = PAST_COMPARED.exec(statement);
  return !!c && y(c[2]) < y(c[1]) && y(c[1]) < p.year;
}

/** a move up to now in the statement, up to the number: "由四百六十六个减少到现在的二百七十六个" (not "从现在到2000年") */
const TO_NOW = /(?:到|至)(?:现在|目前)的?/u;

/** Whether the statement of a number in a plan section tells a move up to now (TO_NOW): the outcome so far, and the moves after it in the same statement ("结果炼铁焦比由九百五十公斤降到七百零五公斤", 1981). */
function fromToNow(p: Place): boolean {
  if (!p.before.includes("现在") && !p.before.includes("目前")) return false;
  const statement = afterLast(p.before, ";；。");
  return statement.includes("由") && TO_NOW.test(statement);
}

/** a comparison with a plan, which states an outcome: "比计划规定的", "超过原计划", "完成了计划规定的", "比年度计划" */
/** a programme's standard told reached, no plan of the number's: "已经分别达到纲要规定的" */
const NORM_REACHED_G = /已经?[^,，;；。]{0,4}?(?:达到|超过)了?纲要(?:修正草案)?所?规定的/gu;
const PLAN_COMPARED_G = /(?:比|较|超过|超额完成|完成了?)(?:原|原定)?(?:的)?(?:年度|全年)?(?:计划|规划)(?:草案|纲要)?(?:规定|要求)?的?/gu;

/** an outcome said against its plan, right before the number: "实际达到", "实际完成了", "实际为", "实际回落到" (not 实际增长, a real growth) */
const ACTUAL_END = /实际(?:上)?(?:达到|完成|实现|为|是|回落(?:到|至)?|建成(?:投产)?|投产)了?$/u;

/** a list of things done: "已建成的主要有:", "已经完成的有:" */
const DONE_LIST = /已(?:经)?(?:建成|完成|竣工|投产)的[^,;。:：]{0,6}[:：]/u;

/** this year spoken of: "今年1到10月", "将比上年增长", "比去年增长" */
const THIS_YEAR_TALK = /今年|本年|比(?:上年|去年)/u;
/** 今年 opening a sentence, not a part of the year gone (今年以来, 今年上半年, 今年前…, 今年第一季度, 今年5月) */
const THIS_YEAR_OPENS = /^今年(?!以来|上半年|前|第|[一二三四]季度|[\d一二三四五六七八九十]+月|年初)/u;

/**
 * "今年政府对农业的投资比重由去年的百分之十点七提高到百分之十四,…总额达到一百七十四亿元" (1979, a section of no role): a sentence
 * opening with this year, in a report given while the year runs, telling nothing done (了, 已经) or foreseen (将, 预计: earlier
 * rules), gives this year's planned figure, a target of the year, not an outcome.
 */
function thisYearOpens(p: Place): boolean {
  if (p.role !== "other" || !p.before.includes("今年")) return false; // (cheap guard)
  const sentence = afterLast(p.before, "。!?");
  return THIS_YEAR_OPENS.test(sentence) && !DONE_NEAR.test(sentence) && !/已|预计|估计/u.test(sentence);
}

/** a word that makes a situation's figure of this year an estimate: "将比上年增长" */
const SITUATION_ESTIMATE = /将|预计|可望|估计/u;

/** Whether the number stands under a top heading describing the situation and its sentence speaks of this year. */
function situationThisYear(p: Place): boolean {
  const top = p.headings.slice(p.headings.lastIndexOf("|") + 1);
  return SITUATION.test(top) && !SITUATION_NOT.test(top) && THIS_YEAR_TALK.test(p.before);
}

/** 将 before a comparison with an earlier year's figure: "将等於一九四九年的", "将由一九四九年的…上升爲" (not 将比上年, a plan's way) */
const WILL_COMPARE = /[将將](?:只|又|要)?(?:等於|等于|相當於|相当于|由|從|从)(?:\d{4}|[〇○零一二三四五六七八九]{4})年的[^,，;；。]*$/u;

/**
 * "一九五四年消費資料的生産將等於一九四九年的三點一倍左右" in a review (a report given late in 1954): the report's own
 * year, named in the statement, compared under 将 with an earlier figure is that year's outcome foreseen, an estimate
 * (guide, section 3), neither a target nor an outcome yet.
 */
function thisYearWillCompare(p: Place): boolean {
  if (p.year === null || (!p.clause.includes("将") && !p.clause.includes("將"))) return false;
  const said = afterLast(p.before, "。!?");
  const k = Math.max(said.lastIndexOf("将"), said.lastIndexOf("將"));
  if (k < 0 || !WILL_COMPARE.test(said.slice(k))) return false;
  const head = said.slice(0, k);
  return head.includes("今年") || head.includes("本年") || namesThisYear(head, p.year);
}

/** the years ahead, with a word that only looks ahead: "今后五年", "未来三年", "今后三年内" */
const AHEAD_WORD = needing(["今后", "未来"], "(?:今后|未来)(?:的)?[两三四五六七八九十]年");
/** the same in the paragraph, where it opens a clause: "国务院规定:在今后三年内," */
const AHEAD_WORD_PARA = needing(["今后", "未来"], "(?:^|[。!?:;,])(?:在|从|自)?(?:今后|未来)(?:的)?[两三四五六七八九十]年");

/** a horizon of a few years in digits, in the sentence: "力争3年内全部启动…1.2万套改造任务" (2025 → 2027); not "近3年内" */
const YEARS_AHEAD_DIGIT = /(?<![的到至近前过去\d.])(?:(?:今后|未来)([2-9])年(?:内|之内)?|([2-9])年(?:内|之内))/u;

/**
 * The end year of a horizon of a few years named in the sentence ("三年内", "今后三年") or, with 今后/未来, in the
 * paragraph; "今后五年" and the like, whose end is the document's plan end, give that. Null when none is named.
 */
function horizonOf(p: Place): { end: number; from: number } | null {
  if (p.year === null) return null;
  // (this year and the next: "今明两年继续提高企业退休人员基本养老金,人均每年增长10%左右" → 2009-2010)
  if (p.before.includes("今明两年")) return { end: p.year + 1, from: p.year };
  if (YEARS_AHEAD.test(p.before) && p.planEnd !== null) return { end: p.planEnd, from: p.planEnd - 4 };
  const used = yearsUsed(p.before);
  if (used !== null) return used === 5 && p.planEnd !== null ? { end: p.planEnd, from: p.planEnd - 4 } : { end: p.year + used - 1, from: p.year };
  const m = YEARS_AHEAD_N.exec(p.before) ?? YEARS_AHEAD_N.exec(p.para) ?? YEARS_AHEAD_DIGIT.exec(p.before);
  if (!m || (m[2] && !p.before.includes(m[0]))) return null; // a bare "三年内" counts in the sentence only
  const n = countNumber(m[1] ?? m[2]);
  if (n === null || n < 2) return null;
  if (n === 5 && p.planEnd !== null) return { end: p.planEnd, from: p.planEnd - 4 };
  return { end: p.year + n - 1, from: p.year };
}

/**
 * The years a task is given in the sentence ("用两年时间将筹资标准…提高到100元" → 2; "用3—5年时间" → 5), or null.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { yearsUsed } from "./classify.ts";
 * assert.equal(yearsUsed("力争用两年时间在36个大城市率先实现"), 2);
 * assert.equal(yearsUsed("用3—5年时间"), 5);
 * assert.equal(yearsUsed("用了很长时间"), null);
 * ```
 */
export function yearsUsed(before: string): number | null {
  const m = before.includes("时间") ? YEARS_USED.exec(before) : null;
  if (!m) return null;
  const n = countNumber(m[1]);
  return n !== null && n >= 2 ? n : null;
}

/** The year of next year's plan named in the sentence (明年) or the paragraph ("1982年的计划", "明年…的主要任务是"). */
function nextPlanYear(p: Place): number | null {
  if (p.year === null) return null;
  if (NEXT_YEAR.test(p.before)) return p.year + 1;
  const m = NEXT_PLAN.exec(p.para);
  if (!m) return null;
  if (!m[1]) return p.year + 1;
  const y = yearNumber(m[1]);
  return y !== null && y > p.year && y < p.year + 3 ? y : null;
}

/** a plan named in quotes in the clause: "“十一五”年均增长7.5%" */
const PLAN_QUOTED = new RegExp(`[“"](${Object.keys(cues.plans).sort((a, b) => b.length - a.length).join("|")})[”"]`, "u");

/** Whether a value is an average per year: the clause reader says so, or a per-year word stands in its clause ("“十五”期间年均经济增长速度"). */
function perYear(p: Place, c: PeriodClause): boolean {
  return c.annual || perYearWords(p.near);
}

/**
 * Whether the words before a number in its clause make it an average per year: a per-year word (年均, 平均每年), 每年 heading
 * the clause (`everyYear`) or a revised average (`revisedAverage`); the period and row.ts's per_year both read it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { perYearWords } from "./classify.ts";
 * assert.equal(perYearWords("“十五”期间年均经济增长速度"), true);
 * assert.equal(perYearWords("补助标准由每人每年120元提高到"), false);
 * ```
 */
export function perYearWords(near: string): boolean {
  return PER_YEAR_ANY.test(near) || everyYear(near) || revisedAverage(near);
}

/** an average per year revised, the number its new value: "国民经济增长速度由原定平均每年百分之六调高到" (1993) */
const REVISED_AVERAGE = /由原(?:定|计划|规划)的?(?:平均每年|每年平均|年均)[^,，;；。]{0,12}?(?:调高|调低|调整|提高|降低)(?:到|至|为)$/u;

/**
 * Whether the clause before a number revises an average per year, the number its new value (REVISED_AVERAGE).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { revisedAverage } from "./classify.ts";
 * assert.equal(revisedAverage("国民经济增长速度由原定平均每年百分之六调高到"), true);
 * assert.equal(revisedAverage("国民经济增长速度由百分之六调高到"), false);
 * ```
 */
export function revisedAverage(near: string): boolean {
  return near.includes("原") && REVISED_AVERAGE.test(near);
}

/**
 * 每年 before a verb of change in the number's clause, an amount each year of the period: "保证每年增加运力", "每年增产原煤",
 * "工业总产值每年要增长" (not a rate's base: "由每人每年50元提高到", "每生每年")
 */
const EVERY_YEAR = needing(["每年"], "(?<![人生户亩])每年(?:都|要|将|能|可以)?(?:增长|增加|增产|新增|递增|递减|提高|减少|下降|降低)");

/**
 * Whether the clause before a number gives an amount each year (EVERY_YEAR).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { everyYear } from "./classify.ts";
 * assert.equal(everyYear("保证每年增加运力"), true);
 * assert.equal(everyYear("补助标准由每人每年120元提高到"), false);
 * ```
 */
export function everyYear(near: string): boolean {
  return EVERY_YEAR.test(near);
}

/** a rationale phrase, whose years are another aim's: "根据到本世纪末…达到小康水平的目标和今后五年生产发展的可能," */
const RATIONALE_G = /(?:根据|按照|为了实现)[^,;。]*?(?:目标|要求|可能|部署)[^,;。]*(?=[,;])/gu;

/**
 * the year of a plan's figure compared with or superseded, not the value's: "比五年计划原定1957年3,856亿斤的水平超过",
 * "比五年计划中规定的1957年的水平498亿元只差", "原计划1957年修到…,可以提前在今年完成" (the figure right after it,
 * "原定1957年3,856亿斤", is the plan's own, of that year)
 */
const PLAN_FIGURE_YEAR_G = needing(["原定", "原计划", "原計劃", "规定的", "規定的"], "(?:原定|原计划|原計劃|规定的|規定的)(?:\\d{4}|[〇○零一二三四五六七八九]{4})年", "gu");

/** The latest year at or after `year` named in `before` (a year, a plan's end), not a base of comparison (比1980年). */
function nearestYearNamed(before: string, year: number): number | null {
  if (CENTURY_NEEDS_WORD && PLANS_NEED_FIVE && !before.includes("年") && !before.includes("五") && !before.includes("世纪")) return null;
  const blank = (m: string) => "　".repeat(m.length);
  const bare = before.replace(BASE_ANY_YEAR_G, blank).replace(RATIONALE_G, blank)
    .replace(PLAN_FIGURE_YEAR_G, (m: string, at: number) => at + m.length === before.length ? m : blank(m)); // (the plan's figure itself keeps it)
  let near: { at: number; y: number } | null = null;
  const see = (at: number, y: number | null) => {
    if (y !== null && y >= year && (!near || at > near.at)) near = { at, y };
  };
  for (const m of matches(YEAR_G, bare)) see(m.index!, Number(m[1]));
  for (const m of matches(CN_YEAR_G, bare)) see(m.index!, chineseNumber(m[1]));
  for (const m of matches(PLAN_END_G, bare)) see(m.index!, cues.plans[m[1]]);
  for (const c of [...centuryYears(bare, year), ...plansNamed(bare)]) see(c.at, c.y);
  return near ? (near as { y: number }).y : null;
}

/** The last base year of a comparison in `before` ("比一九八○年增长" → 1980), else null. */
function lastBaseYear(before: string): number | null {
  if (!before.includes("年")) return null; // (YEAR_WORD_RULES)
  const m = matches(BASE_ANY_YEAR_G, before).pop();
  if (!m) return null;
  const digits = /\d{4}/u.exec(m[0]);
  return digits ? Number(digits[0]) : chineseNumber(m[0].replace(/^[比从由与较]|年.*$/gu, ""));
}

/** What the period rules read of a clause. */
type PeriodClause = Pick<Clause, "annual" | "benchmark" | "verb" | "qualBefore" | "metric">;

/** a five-year plan named by its ordinal: 第一个五年计划, 第二个五年计划 */
const ORDINAL_PLAN = /第([一二三四五六七八九十]{1,2})个五年计划/u;

/** a year's plan opening the clause: "一九八一年计划为", "1981年计划" */
const PAST_PLAN = new RegExp(`^(\\d{4}|${CN_YEAR_SRC})年的?计划(?:为|是|规定|要求)?`, "u");

/** the last year named in a statement, in digits or Chinese numerals */
const LAST_YEAR_NAMED = new RegExp(`(?:\\d{4}|${CN_YEAR_SRC})年(?!.*(?:\\d{4}|${CN_YEAR_SRC})年)`, "u");

/** years listed, whose own year dates the things listed, not a figure: "制定2024年、2025年、“十五五”期间实施重大项目“三张清单”" */
const YEARS_LIST = new RegExp(`(?:\\d{4}|${CN_YEAR_SRC})年、`, "u");

/** 今年 as the time of an outcome or an estimate (not 从今年起, 比今年, 今年以来, 由今年预计的) */
const THIS_YEAR_PAST = needing(["今年", "本年"], "(?<![从自由比较同与])(?:今年|本年(?=[\\d一二三四五六七八九十]{1,2}(?:——|—|-|至|到)?[\\d一二三四五六七八九十]{0,2}月|第一季度|上半年))(?!起|开始|以来|以后|后)");

/** this year named as the time, not as the start of a span or a base: "今年农业税率降低", "今年中央财政拿出" (not 从今年起, 比今年) */
const THIS_YEAR_OWN = /(?<![从自由比较同与])(?:今年|本年)(?!起|开始|以来|以后|后|预计)/u;

/** Whether a sentence names this year as its time and no horizon ahead (三年内, 今后五年, 明年). */
function thisYearOnly(before: string): boolean {
  return THIS_YEAR_OWN.test(before) && !NEXT_YEAR.test(before) && !YEARS_AHEAD_N.test(before) && yearsUsed(before) === null && !YEARS_AHEAD.test(before) &&
    !AHEAD_WORD.test(before);
}

/**
 * This year named in the sentence, and no horizon: "今年农业税率降低…70亿元" (2004), whatever the paragraph's 五年内; a growth
 * planned over the report's own year, no later year named: "计划草案拟定,工业总产值比一九六四年增长百分之十一左右" (December
 * 1964) → 1965. Else null.
 */
function ownYearTarget(p: Place, year: number, annual: boolean): string | null {
  if (thisYearOnly(p.before)) return String(year);
  if (!annual && p.near.includes("年") && lastBaseYear(p.near) === year) return String(year + 1);
  return null;
}

/** a sum over five years, or over a plan named by its ordinal, in the number's clause: "五年合计", "第一个五年合计将达到", "今后五年累计" */
const FIVE_YEAR_SUM = needing(["五年"], "(?:第([一二三四五六七八九十]{1,2})[个個])?五年(?:内|中|期间)?(?:合计|合計|累计|累計|共计|总共)");

/**
 * The number's clause, or with the clause before it when that one is only the sum over five years: "五年合计,仍然超过五年计划
 * 原定数约五十亿元" (1957) reads 五年合计 too.
 */
function sumClause(before: string): string {
  const clause = afterLast(before, "。!?;；,，");
  if (!before.includes("五年")) return clause;
  const rest = before.slice(0, before.length - clause.length - 1);
  const prev = afterLast(rest, "。!?;；,，");
  return /^(?:第[一二三四五六七八九十]{1,2}[个個])?五年(?:合计|合計|累计|累計|共计|总共)$/u.test(prev) ? `${prev},${clause}` : clause;
}

/**
 * The span of a target summed over a plan's five years in its clause, no year named after the sum ("五年合计财政支出为
 * 六千零九十八亿元" in the 1982 report on 六五 → 1981-1985; "今后五年累计…" → the five years ahead); else null.
 */
function fiveYearSumSpan(p: Place, year: number): string | null {
  const clause = sumClause(p.before);
  const m = FIVE_YEAR_SUM.exec(clause);
  if (!m || YEAR_NAMED.test(clause.slice(m.index + m[0].length))) return null;
  const ordinal = m[1] ? cues.plans[`${m[1]}五`] : undefined;
  // (in the last year of a plan, the plan ending that year: 1957's 五年合计 → 1953-1957)
  const ending = Object.values(cues.plans).includes(year) ? year : null;
  const end = ordinal ?? (YEARS_AHEAD.test(p.before) || AHEAD_WORD.test(p.before) ? p.planEnd : planUnderWay(year) ?? ending ?? p.planEnd);
  return end !== null && end !== undefined && end >= year && end - 4 <= year + 1 ? `${end - 4}-${end}` : null;
}

/**
 * The span of a plan a target is over: an average per year over a named plan ("“七五”计划草案规定,…平均每年增长百分之六点七"
 * → 1986-1990; unquoted: "第六个五年计划期间…平均每年增长"), a sum over a plan's five years in the clause
 * ("第一个五年合计将达到一千六百三十万吨" in 1957 → 1953-1957); else null.
 */
function planSpanTarget(p: Place, year: number, annual: boolean): string | null {
  const plan = annual ? PLAN_QUOTED.exec(p.near) ?? PLAN_DOC.exec(p.before) ?? PLAN_NAMED.exec(p.before) : null;
  if (plan && cues.plans[plan[1]] >= year) return `${cues.plans[plan[1]] - 4}-${cues.plans[plan[1]]}`;
  const unquoted = annual ? plansNamed(p.before).pop() : undefined;
  if (unquoted && unquoted.y >= year) return `${unquoted.y - 4}-${unquoted.y}`;
  // (the plan under way as 这五年计划: "这五年计划安排平均每年有财政赤字三十亿元左右", 1982 → 1981-1985)
  const under = p.before.includes("五年计划") && THIS_FIVE_PLAN.test(afterLast(p.before, "。!?")) ? planUnderWay(year) : null;
  if (under !== null) return `${under - 4}-${under}`;
  return fiveYearSumSpan(p, year);
}

/** the five-year plan under way named as this one, an average per year after it: "这五年计划安排平均每年" */
const THIS_FIVE_PLAN = /这(?:个)?五年计划[^,，;；。]{0,8}?(?:平均每年|每年平均|年均)/u;

/** a level dated to a past year, the start of an average per year after it: "一九八○年为七百七十三亿元" */
const DATED_START_G = new RegExp(`(\\d{4}|${CN_YEAR_SRC})年(?:为|是|有)`, "gu");

/** The year of a level dated before the report's year that the statement starts from (DATED_START_G), else null. */
function datedStartYear(before: string, year: number): number | null {
  const statement = afterLast(before, "。!?;；");
  if (!statement.includes("年为") && !statement.includes("年是") && !statement.includes("年有")) return null;
  const y = matches(DATED_START_G, statement).map((m) => yearNumber(m[1])).filter((v): v is number => v !== null && v < year).pop();
  return y ?? null;
}

/** The period of a target: the nearest future year named, a plan's end, five years ahead, else this year. */
function targetPeriod(p: Place, year: number, c: PeriodClause): string {
  const annual = perYear(p, c);
  // 0. an average per year over a named plan, a sum over a plan's five years
  const planSpan = planSpanTarget(p, year, annual);
  if (planSpan !== null) return planSpan;
  // 0'. a past year's plan in the clause: "一九八一年计划为百分之三点七" in a report of 1982 → 1981
  const pastPlan = PAST_PLAN.exec(p.near);
  const pastPlanYear = pastPlan ? yearNumber(pastPlan[1]) : null;
  if (pastPlanYear !== null && pastPlanYear < year && pastPlanYear > year - 5) return String(pastPlanYear);
  // 1. the nearest year named before the number (到2025年, “十四五”末, 二〇三五年), not a base of comparison
  // (比1980年); an average per year from a base year to it: "到一九八五年,…比一九八○年…平均每年递增" → 1981-1985
  const near = nearestYearNamed(p.before, year);
  if (near !== null) {
    // (or from a level dated before: "一九八○年为七百七十三亿元,一九八五年将达到…,平均每年增加四十二亿元" → 1981-1985)
    const base = annual ? lastBaseYear(p.before) ?? datedStartYear(p.before, year) : null;
    return base !== null && base < near ? `${base + 1}-${near}` : String(near);
  }
  const own = ownYearTarget(p, year, annual);
  if (own !== null) return own;
  // a bare 五年内: the five-year plan under way ("五年内将新建国营机械化农场九十一个" in 1955 → 1957)
  // (not where the paragraph or headings speak of 今后五年: a new term's five years, the plan end)
  const termAhead = () => AHEAD_WORD.test(p.para) || AHEAD_WORD.test(p.headings) || p.introAhead(); // (asked after a bare 五年内 only)
  const under = (BARE_FIVE_YEARS.test(p.before) || titlePlanFive(p)) && !termAhead() ? planUnderWay(year) : null;
  if (under !== null) return annual ? `${under - 4}-${under}` : String(under);
  const five = planFiveYears(p, year);
  if (five !== null) return five;
  // the few years ahead (三年内, 今后三年内: their end; an average per year: the span), next year's plan
  const horizon = horizonOf(p);
  if (horizon && !YEARS_AHEAD.test(p.before) && !YEARS_AHEAD.test(p.para)) {
    return annual ? `${horizon.from}-${horizon.end}` : String(horizon.end);
  }
  const next = nextPlanYear(p);
  if (next !== null) return String(next);
  // 2. a plan's end in the paragraph, or the plan the headings name (“十二五”时期的主要目标和任务)
  const planEnd = PLAN_END.exec(p.para) ?? PLAN_NAMED.exec(p.headings);
  if (planEnd && cues.plans[planEnd[1]] >= year) return String(cues.plans[planEnd[1]]);
  // the plan just begun that the paragraph names ("第六个五年计划…。城乡居民…平均每年递增百分之四点一", 1982 → 1981-1985)
  const paraPlan = plansNamed(p.para).find((pl) => pl.y - 4 <= year && year <= pl.y - 3);
  if (paraPlan && !ANY_YEAR.test(p.before)) return annual ? `${paraPlan.y - 4}-${paraPlan.y}` : String(paraPlan.y);
  // a later year the headings name: "关于一九八一年国民经济计划" in a report of 1980 → 1981
  let headLater = 0;
  for (const m of matches(YEAR_G, p.headings)) if (Number(m[1]) > year) headLater ||= Number(m[1]);
  for (const m of matches(CN_YEAR_G, p.headings)) {
    const y = chineseNumber(m[1]);
    if (y !== null && y > year && y < year + 3) headLater ||= y;
  }
  if (headLater && headLater < year + 3) return String(headLater);
  // the plan the headings name by its ordinal: "第一个五年计划概要" (1955) → 1957; not a heading dated this
  // year, one year of the plan ("第二个五年计划的第二年——一九五九年经济战线上的任务", 1959 → 1959)
  const ordinal = namesThisYear(p.headings, year) ? null : ORDINAL_PLAN.exec(p.headings);
  const ordinalEnd = ordinal ? cues.plans[`${ordinal[1]}五`] : undefined;
  if (ordinalEnd !== undefined && ordinalEnd >= year) return String(ordinalEnd);
  // 3. "今后五年" in the sentence, paragraph, headings or the last target intro; but not after this year's
  // targets in the same top section ("今后五年的目标任务和2023年工作安排": the work after "2023年…目标是:" is 2023's)
  if (YEARS_AHEAD.test(p.before) || YEARS_AHEAD.test(p.para)) return String(p.planEnd);
  if ((YEARS_AHEAD.test(p.headings) || p.introAhead()) && !p.introThisYear()) return String(p.planEnd);
  // 4. a party congress's plan: the dated aim its section set before (确保到二〇二〇年…), else the end of its term;
  // else this year
  return String(p.term ? termEnd(p, year) : year);
}

/** A party congress's task: due the year of its section's last dated aim, else at the end of the term. */
function termEnd(p: Place, year: number): number {
  return p.aimYear?.() ?? p.planEnd ?? year;
}


/** Whether a number stands in a review of several years: its sentence, its paragraph's lead or its headings say so. */
function reviewsYears(p: Place): boolean {
  if (YEARS_BACK.test(p.before) || YEARS_BACK.test(p.lead) || FIVE_YEARS_SUM.test(p.before)) return true;
  // the part of a "过去五年及2022年工作回顾" after its "过去一年,…" lead reviews one year
  if (p.oneYearPart()) return false;
  if (YEARS_BACK_HEADINGS.test(p.headings)) return true;
  return YEARS_BACK.test(p.headings) && !YEAR_1.test(p.headings.split("|")[0]);
}

/** a per-year word before a noun, not a verb: "年平均产量", "平均每年城镇新增就业" */
const PER_YEAR_LEVEL = new RegExp(`(?:${cues.per_year.join("|")})(?!增|递|提高|下降|降低|减少)`, "u");

/** a per-year noun compared from a baseline, shared by the list after it: "粮食的年平均产量由三亿…增加到…,棉花由…" */
const PER_YEAR_FROM = new RegExp(`(?:${cues.per_year.join("|")})[^,;。由从]{0,6}(?:由|从)`, "u");

/** a clause ending in the level reached, the verb kept in it when a baseline took it off the metric: "由2.35%提高至" */
const REACHED_END = /(?:到|至|达|达到)$/u;

/** a reach at the end, right before the number (its scope word after it): "远程教育已覆盖36万所农村中小学", "已扩大到全国86%的县" */
const COVER_END = /(?:覆盖|覆盖到|扩大到|普及到)(?:全国|全省|全市|全区)?$/u;

/** those a coverage reached, right after it: "试点已扩大到671个县,惠及1.77亿农民" (not those a flow reached: "改造老旧小区…,惠及…") */
const COVERED_PEOPLE = /(?:覆盖|扩大到|扩大至)[^。!?;；]*[,，]惠及$/u;
const coveredPeople = (p: Place): boolean => p.near.endsWith("惠及") && COVERED_PEOPLE.test(p.before);

/** a clause from a baseline to the level reached: "由4960万人减少到", "从一万亿元增加到", "由17.8平方米增加到近" */
const FROM_TO_END = /(?:由|从|從)[^由从從,;。]+(?:到|至)(?:近|约|接近|将近|超过|逾)?$/u;

/** the start of a 从…提高到 left at a clause's metric end: "研发经费投入强度从2.1%" */
const FROM_BASELINE = /(?:从|由|從)[^从由從]*$/u;

/**
 * In a review of several years, whether a level is a stock reached at the end (达到, 总量, 突破) rather than
 * a flow over the span (新增, 建成, 累计; a count of work done).
 */
function stockAtEnd(p: Place, measure: Measure, c: PeriodClause): boolean {
  // a rank is a state, held at the end: "经济总量已居世界第六位", "飞机租赁稳居全球第二" (gold: 排全省第七 → 2021)
  if (measure === "rank") return true;
  if (measure !== "level") return false;
  // a rate or ratio reached is a state, whatever flow its name holds: "研发经费投入强度从2.1%提高到2.5%"
  // an average per year over a named plan is no stock: "“六五”时期同“五五”时期相比,粮食的年平均产量由…增加到…"
  // (the list after it shares the noun: "…年平均产量由…增加到…,棉花由…增加到…")
  if ((PER_YEAR_LEVEL.test(p.near) || PER_YEAR_FROM.test(p.before)) && PLAN_NAMED.test(p.before)) return false;
  // a share of a base reached by now: "在校学生已接近高中阶段学生人数的百分之五十"
  if (SHARE_REACHED.test(p.near)) return true;
  const reached = c.verb === "reach" || c.verb === "level" || REACHED_END.test(p.near) || COVER_END.test(p.near) || coveredPeople(p);
  if (reached && RATE_END.test(c.metric.replace(FROM_BASELINE, ""))) return true;
  // from a baseline to the level reached ("由4960万人减少到2820万人", "从一万亿元增加到二万八千亿元"): the end
  if (FROM_TO_END.test(p.near)) return true;
  // a level each year of the years reviewed is no stock at their end, whatever its qualifier (gold NOTES 8):
  // "每年减轻农民负担超过1335亿元" (not a base per person: "每人每年")
  if (p.before.includes("每年") && EACH_YEAR.test(afterLast(p.before, ",，;；:：。!?"))) return false;
  // what is built or still being built by the end, reached, is a state there, whatever flow verb it holds:
  // "建成和在建本科院校达10所" (gold: 2021 in 肇庆's five-year review; not "累计建成…240公里", a flow)
  if (reached && c.metric.includes("在建") && !c.metric.includes("累计")) return true;
  if (FLOW_WORD.test(p.near)) return false;
  // things a statement acts on, counted before their noun after a preposition alone, are a flow: "两年来…为16万个农村中小学校
  // …配备了远程教育设施", "对780万名寄宿学生补助了生活费" (not "产量为": a metric before the preposition)
  if (ACTED_ON.test(p.near) && !p.near.includes(c.metric.slice(0, 2))) return false;

  // how many there are by now: "同我国建立经济关系的国家和地区,已经有九十三个"
  if (/^[,，]?(?:已经|已)有$/u.test(p.near)) return true;
  // a flow verb opening the sentence governs its list: "五年内新增发电装机容量…,铁路通车里程一千五百公里、复线里程…"
  const statement = afterLast(p.before, "。!?;；");
  if (!reached && HEAD_FLOW.test(statement)) return false;
  // a sum named before the items it lists: "1952年到1956年五年间的实际产量合计,粮食为…,棉花为…"
  if (statement.includes("计") && SUM_BEFORE.test(statement)) return false;
  // an investment's total over the years is a flow, whatever verb reaches it: "“六五”期间,全民所有制单位固定资产投资总额达到
  // 五千三百亿元" → 1981-1985
  if (c.metric.includes("投资") && INVESTMENT_END.test(c.metric)) return false;
  return reached || STOCK_QUALIFIER.has(c.qualBefore) || STOCK_END.test(c.metric);
}

/** an investment's amount, a flow: "固定资产投资总额", "基本建设投资", "总投资", "(新开工建设36项重点工程,)投资总规模" (not its share, rate or stock) */
const INVESTMENT_END = /(?:投资总额|投资总量|投资总规模|总投资|投资)$/u;

/** 每年 heading a level's clause, not a base per person or household: "每年减轻农民负担超过" */
const EACH_YEAR = /^[^,，;；]{0,6}?(?<![人生户亩])每年/u;

/** a preposition alone before a count, after at most a time word: "两年来为", "还为", "对" (not the verb 成为) */
const ACTED_ON = /^[^,，;；:：]{0,6}?(?:还|又|再|已)?(?:(?<![成作认视称分更较])为|对|向|给)$/u;


/** a sum closing a clause, the items after it its parts: "…的实际产量合计,粮食为…,棉花为" */
const SUM_BEFORE = /(?:合计|总计|共计|累计)[,，:：](?:[^;；。]{0,48}[,，、])?[^,，;；。]{0,12}$/u;

/** a share of a base reached, right before the number: "已接近高中阶段学生人数的", "已经达到全国的" */
const SHARE_REACHED = needing(["已"], "已(?:经)?(?:接近|达到|超过)[^,;。、]{1,30}的$");

/** a flow verb opening a sentence, after at most a time word, and no level reached in the sentence after it */
const HEAD_FLOW = /^[^,，;；。]{0,8}?(?:新增|新建|建成)(?![^。]*(?:达到|增加到|提高到|总量|总数|总规模))/u;

/** How far back in the paragraph a span opening a sentence still dates a number (a sentence or two). */
const PARA_SPAN_REACH = 150;

/** two years listed and counted: "一九八一、一九八二两年", "1981、1982两年", "一九五八年和一九五九年两年", "一九五三和一九五四兩年" */
const YEARS_LISTED = needing(["两年", "兩年"], "([〇○零一二三四五六七八九]{4}|\\d{4})年?(?:、|和|與|与)([〇○零一二三四五六七八九]{4}|\\d{4})年?(这|這|连续|連續)?[两兩]年");
/** two years joined, the first of a pair the number's clause counts as 两年: "一九五八年和一九五九年" */
const YEARS_PAIR = /([〇○零一二三四五六七八九]{4}|\d{4})年?(?:、|和|與|与)([〇○零一二三四五六七八九]{4}|\d{4})年/u;
/**
 * the years before the year reviewed, in the number's own clause, set against it: "钢产量前三年共增加了一百五十万吨,
 * 而1956年就增加了…", "在五年计划的前三年共增加了" (1957) → 1953-1955 (not 提前两年; 前四年内 is the last years')
 */
const YEARS_BEFORE_REVIEWED = /(?<![提])前[\s\u200b]*([两兩二三四])年(?![后後以来內内间間中里]|分别)/u;
/**
 * the years before the year reviewed given one by one after 分别, the number's list so far after it: "由前三年分别上升4.9%、5.5%、0.2%"
 * (2007: 2003, 2004, 2005)
 */
const YEARS_BEFORE_EACH = needing(["分别"], "前([两三四五])年分别(?:上升|下降|增长|提高|降低|减少|增加)([^,，;；。:：]*)$");
/** the last few years before the report, not a plan's (“十一五”前四年): "前四年内", "前三年中" */
const LAST_N_YEARS = /(?<![”"’期间时划的\d〇○零一二三四五六七八九十])前([两三四五六七八九])年(?:内|间|中|里|来)/u;

/**
 * the last two to four years opening a sentence, or a topic's sentence ("在运输交通方面:两年铁路的货物周转量增长百分之五十五"),
 * or a clause of it after a source or a topic ("据不完全统计,近三年农村新建房屋达…", "在卫生方面,着力加强…,近三年,中央和地方投入…"):
 * "两年中", "两年来,", "四年以来,", "这两年中,", "在这十年中,", "这两年取得", "在过去四年中", "两年实际完成的", "近三年累计,", "近三年农村新建房屋",
 * "近3年全社会研发经费投入年均增长"
 */
const HEAD_N_YEARS = /^(?:[^;；。]{0,40}?[,，])??(?:在[^,，:：;；。]{1,10}方面[:：,，])?(?:在)?(?:这|过去的?|近)?([两二三四五六七八九十]|(?<=近)[2-9])年(?:中间|中|来|以来|内|里|间|实际|累计|(?<=[这近](?:[两二三四]|[2-4])年)|(?![后前一以])(?=[^,，;；。]{2,20}(?:增长|增加|下降|减少|提高)))/u;

/** The two years of a span match (digits or Chinese numerals), or null. */
function spanOf(m: RegExpExecArray | null): [number, number] | null {
  if (!m) return null;
  const a = yearNumber(m[1]), b = yearNumber(m[2]);
  return a !== null && b !== null && a < b ? [a, b] : null;
}

/**
 * The years an outcome's statement names as its span (a stock: the end): a plan's first years ("“十一五”前四年累计"
 * → 2006-2009), a span at the statement's head ("从1949年到1956年,…", "从一九七九年到一九八二年的四年内,"; a year
 * the statement names after it dates a stock: "…1984年达到三百二十元左右"). Null when it names none.
 */
function spanInText(p: Place, year: number, measure: Measure, c: PeriodClause, statement: string, lastYear: number | null): string | null {
  if (!p.before.includes("年")) return null; // (YEAR_WORD_RULES; the statement is the end of p.before)
  const each = yearBeforeEach(statement, year);
  if (each !== null) return each;
  const stock = () => stockAtEnd(p, measure, c);
  const first = PLAN_FIRST_YEARS.exec(p.before);
  const firstEnd = first ? cues.plans[first[1]] - 5 + (chineseNumber(first[2]) ?? 5) : null;
  if (first && firstEnd !== null && firstEnd < year) return stock() ? String(firstEnd) : `${cues.plans[first[1]] - 4}-${firstEnd}`;
  // years listed as a span ("一九八一、一九八二两年"), the last few years ("前四年内" in 1983 → 1979-1982)
  // (a state held in both, 连续两年, is the span's: "空气质量2020、2021连续两年进入…前20位" → 2020-2021)
  const listedM = YEARS_LISTED.exec(statement);
  const listed = spanOf(listedM);
  // (up to the report's own year: "其中在一九五三和一九五四兩年合計就有二百萬億元" in the report of 1954 → 1953-1954)
  if (listed && listed[1] <= year) return stock() && listedM![3] !== "连续" ? String(listed[1]) : `${listed[0]}-${listed[1]}`;
  // (two years named before, counted in the number's clause: "在一九五八年和一九五九年取得了…,粮食两年增长百分之四十六")
  const pair = !listed && (p.near.includes("两年") || p.near.includes("兩年")) ? spanOf(YEARS_PAIR.exec(statement)) : null;
  if (pair && pair[1] === pair[0] + 1 && pair[1] < year) return stock() ? String(pair[1]) : `${pair[0]}-${pair[1]}`;
  const lastN = LAST_N_YEARS.exec(statement);
  const n = lastN ? chineseNumber(lastN[1]) : null;
  if (n !== null && n >= 2) return stock() ? String(year - 1) : `${year - n}-${year - 1}`;
  const before = p.near.includes("前") ? YEARS_BEFORE_REVIEWED.exec(p.near) : null;
  const b = before ? chineseNumber(before[1].replace("兩", "两")) : null;
  if (b !== null && b >= 2) return stock() ? String(year - 2) : `${year - 1 - b}-${year - 2}`;
  // the last few years opening the sentence: "两年中投入生产的…", "这两年中,钢产量由…", "在过去四年中共增加了"
  const headN = HEAD_N_YEARS.exec(p.before);
  const h = headN ? countNumber(headN[1]) : null; // (近3年 too)
  if (h !== null && h >= 2 && lastYear === null) return stock() ? String(year - 1) : `${year - h}-${year - 1}`;
  const headSpan = spanOf(HEAD_SPAN.exec(statement) ?? HEAD_SPAN_CN.exec(statement));
  if (!headSpan || headSpan[1] >= year) return null;
  const end = lastYear !== null && lastYear > headSpan[1] && lastYear < year ? lastYear : headSpan[1];
  return stock() ? String(end) : `${headSpan[0]}-${headSpan[1]}`;
}

/**
 * The year of the k-th value of a list over the years before the year reviewed, one each ("由前三年分别上升4.9%、5.5%、
 * 0.2%,转为下降1.2%" in 2007: 2003, 2004, 2005): the years in turn, the k-th after as many values before it; else null.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { yearBeforeEach } from "./classify.ts";
 * assert.equal(yearBeforeEach("2006年,单位国内生产总值能耗由前三年分别上升", 2007), "2003");
 * assert.equal(yearBeforeEach("2006年,单位国内生产总值能耗由前三年分别上升4.9%、5.5%、", 2007), "2005");
 * assert.equal(yearBeforeEach("钢产量前三年共增加了", 1957), null);
 * ```
 */
export function yearBeforeEach(statement: string, year: number): string | null {
  const m = YEARS_BEFORE_EACH.exec(statement);
  const n = m ? countNumber(m[1]) : null;
  if (!m || n === null) return null;
  const k = (m[2].match(/[、和]/gu) ?? []).length;
  return k < n ? String(year - 1 - n + k) : null;
}

/** The past year opening the number's own clause ("1984年增长"), not an average's nor a change's over a base named there; else null. */
function clauseYear(p: Place, year: number, c: PeriodClause): string | null {
  const m = p.near.includes("年") ? OWN_CLAUSE_YEAR.exec(p.near) : null;
  const y = m ? yearNumber(m[1]) : null;
  if (y === null || y >= year || y < year - 10 || perYear(p, c) || lastBaseYear(p.near) !== null) return null;
  return String(y);
}

/** a year opening a clause: "1984年增长", "一九八二年预计" */
const OWN_CLAUSE_YEAR = new RegExp(`^(\\d{4}|${CN_YEAR_SRC})年(?!以来|以前|前|到|至|和|、|比|同|与|较|起|开始)`, "u");
/** a base year in Chinese numerals: "比一九六四年", "同一九七八年相比" */
const CN_BASE_G = new RegExp(`(?:比|较|同|由|从)(${CN_YEAR_SRC})年`, "gu");
const CN_YEAR_NAMED_G = new RegExp(`(${CN_YEAR_SRC})年`, "gu");
const CN_SPAN_G = new RegExp(`(?:从|由|自|在)?${CN_YEAR_SRC}年(?:到|至)${CN_YEAR_SRC}年`, "gu");

/**
 * The span of a growth or change over a base year named in Chinese numerals, up to the last later year the
 * statement names (else last year): "由一九七八年的三百五十五亿元增加到一九八二年的七百七十二亿元,四年增长一点二倍" → 1979-1982; "工业总产值一九七四年预计比一九六四年增长一点九倍,…,石油增长六点五倍" (1975)
 * → 1965-1974; "在一九五七年达到了…,比一九五二年的…增长百分之六十八" (1959) → 1953-1957. Null when there is
 * no such base, or it is the year before (a growth over one year).
 */
function cnGrowthSpan(text: string, year: number): string | null {
  if (!text.includes("年")) return null; // (YEAR_WORD_RULES)
  // (a span named, "从一九六六年到一九七六年的十一年中", is no base)
  const statement = text.replace(CN_SPAN_G, (s) => "　".repeat(s.length));
  const m = matches(CN_BASE_G, statement).pop();
  if (!m) return null;
  const base = chineseNumber(m[1]);
  const rest = statement.slice(0, m.index) + "　".repeat(m[0].length) + statement.slice(m.index + m[0].length);
  const named = matches(CN_YEAR_NAMED_G, rest.replace(CN_NOT_DATE_G, "")).map((y) => chineseNumber(y[1]))
    .filter((y): y is number => y !== null && y <= year && (base === null || y > base));
  const end = named.length ? named[named.length - 1] : year - 1;
  if (base === null || base >= end - 1) return null;
  return `${base + 1}-${end}`;
}

/** two levels dated, then the growth between them: "一九五二年有十九万人,到了一九五七年已经有四十四万人,即增加" */
const LEVELS_DATED = needing(
  ["年有", "年为", "年是"],
  `(\\d{4}|${CN_YEAR_SRC})年(?:有|为|是)[^,，;；。比]{1,20}[,，](?:到了?)?(\\d{4}|${CN_YEAR_SRC})年(?:已经|已)?(?:有|为|是|达到)[^,，;；。比]{1,20}[,，](?:即|也)?(?:增加|增长|提高|减少|下降)了?$`,
);

/** The span from the year after the first of two dated levels to the second, for the growth right after them (LEVELS_DATED), else null. */
function levelsSpan(statement: string): string | null {
  const m = LEVELS_DATED.exec(statement);
  const from = m ? yearNumber(m[1]) : null;
  const to = m ? yearNumber(m[2]) : null;
  return from !== null && to !== null && from < to - 1 ? `${from + 1}-${to}` : null;
}

/** Chinese-numeral years that date no value: a base (比一九五二年, 同一九七八年相比), a price base (按一九五二年不变价格),
 * a span (一九五三年到一九八○年, 比一九五八年到一九六○年…), the start of the years since (一九七九年以来), a multiple's
 * base (等於一九四九年的二點六倍) */
const CN_NOT_DATE_G = needing(
  ["年"], // (every match holds 年: a statement without one is not searched)
  `(?:(?:比|同|与|较|从|由)?${CN_YEAR_SRC}年(?:到|至)${CN_YEAR_SRC}年|(?:比|同|与|较|从|由)${CN_YEAR_SRC}年|按(?:照)?${CN_YEAR_SRC}年的?(?:不变|可比)?价格|${CN_YEAR_SRC}年以来|(?:等于|等於|相当于|相當於|为|為|是)${CN_YEAR_SRC}年的)`,
  "gu",
);

/** The last year a statement names in Chinese numerals, as a date: "到一九五七年底,…" → 1957. */
function lastCnYear(named: string): number | null {
  if (!named.includes("年")) return null; // (YEAR_WORD_RULES)
  const m = matches(CN_YEAR_G, named.replace(CN_NOT_DATE_G, "")).pop();
  const y = m ? chineseNumber(m[1]) : null;
  return y !== null && y > 1900 && y < 2100 ? y : null;
}

/** a year that dates the things counted, not the count: "对2000年底以前发布的756件行政法规进行全面清理" */
const OBJECTS_DATED_G = new RegExp(`(?:\\d{4}|${CN_YEAR_SRC})年(?:底|末)?(?:以前|之前)[^,;。的]{0,6}的|(?<=对)(?:\\d{4}|${CN_YEAR_SRC})年的(?=灾区|受灾)`, "gu");

/**
 * a span of years named as a time: "1965年到1976年11年中", "从1979至1981年", "一九五三年到一九五七年的五年间",
 * "高于一九五五年至一九八○年二十六年中平均每年递增…"; not a base (比一九五八年到一九六○年, 等于一九五三年到一九八○年…的)
 */
const SPAN_NAMED_G = needing(
  // (every match holds its span's 到, 至, — or -, a group no alternative skips: a look-back without one, most of
  // them, is not searched)
  ["到", "至", "—", "-"],
  // (the look-ahead holds every character a match can start with, 从自在 or a year's digit: irregexp then passes
  // over the other positions at once instead of trying both look-behinds at each, half the cost)
  `(?=[从自在\\d〇○零一二三四五六七八九])(?<![比同与较和跟])(?<!等于|等於|相当于|相當於)(?:从|自|在)?(\\d{4}|${CN_YEAR_SRC})年?(?:到|至|—|-)(\\d{4}|${CN_YEAR_SRC})年(?:底|末)?(?:的?[两二三四五六七八九十\\d]+年(?:中|内|间|里|来|期间))?`,
  "gu",
);
/** The spans of years a text names as a time (SPAN_NAMED_G), none without 年: each match holds one besides its 到/至. */
const spansNamed = (s: string): RegExpExecArray[] => s.includes("年") ? matches(SPAN_NAMED_G, s) : [];
/** such a span opening a sentence: "从1979至1981年,", "1953年到1957年的五年中" */
const SPAN_OPENS = /^(?:从|自|在)|年(?:中|内|间|里|来|期间)$/u;
/** an anaphor that carries a span from sentence to sentence: "这三年", "这几年", "这个期间" */
const SPAN_ANAPHOR = /这[两二三四五六七八九十几些]年|这(?:个)?期间/u;
/** a year named, not as a base, a year word, or a plan's period: what ends a span's reach */
const YEAR_NAMED = new RegExp(
  `(?:\\d{4}|${CN_YEAR_SRC})年|今年|本年|去年|上年|明年|全年|当年|同期|[“"](?:${Object.keys(cues.plans).join("|")})[”"]`,
  "u",
);

/**
 * The span of years the number's statement names as its time, the last one, when no other year is named after it
 * ("而1965年到1976年11年中,农民每人平均…总共只增加了10.5元" in 1980 → 1965-1976); else the span opening a sentence
 * of the paragraph shortly before, or further when "这三年" takes it up ("从1979至1981年,…。这三年城镇共安排…。这两部分
 * 共计减收增支九百二十五亿元" in a report of late 1981 → 1979-1981). A stock takes the end year. Null when none.
 */
function spanNamed(p: Place, year: number, statement: string, stock: () => boolean, own: boolean): string | null {
  const pick = (m: RegExpExecArray | undefined, rest: string): string | null => {
    const span = m ? spanOf(m) : null;
    if (!span || span[1] > year || span[0] < year - 100) return null;
    if (YEAR_NAMED.test(rest.replace(BASE_ANY_YEAR_G, ""))) return null;
    return stock() ? String(span[1]) : `${span[0]}-${span[1]}`;
  };
  // (a span after 是/为 is a multiple's base: "是1950年到1997年全国公路建设投资总和的1.7倍")
  const last = spansNamed(statement).filter((m) => !/[是为]$/u.test(statement.slice(0, m.index))).pop();
  if (own) return last ? pick(last, statement.slice(last.index! + last[0].length)) : null;
  if (last || YEAR_NAMED.test(statement.replace(BASE_ANY_YEAR_G, ""))) return null;
  const para = p.para.slice(-2 * PARA_SPAN_REACH, -statement.length || undefined);
  const opening = spansNamed(para).filter((m) =>
    SPAN_OPENS.test(m[0]) && (m.index === 0 || /[。!?,，]/u.test(para[m.index! - 1])) &&
    (para.length - m.index! <= PARA_SPAN_REACH || SPAN_ANAPHOR.test(para.slice(m.index! + m[0].length)))
  ).pop();
  return opening ? pick(opening, para.slice(opening.index! + opening[0].length)) : null;
}

/** the years since liberation opening a clause: "全国解放以来,", "解放以来,经过逐年的努力" (not 建国以来的最高水平) */
const SINCE_LIBERATION = /(?:^|[,，。;；])(?:全国)?(?:解放|建国|新中国成立)以来[,，]/u;

/** the years since a past year opening the statement: "1998年以来,国有企业下岗职工达2700多万人", "一九七九年以来," */
const SINCE_YEAR_HEAD = new RegExp(`^(?:[^,，。;；]{0,6}?)(?:从|自)?(\\d{4}|${CN_YEAR_SRC})年以来[,，]`, "u");

/** The first year of the years since a past year that opens the statement (up to the year before the report), else null. */
function sinceYear(statement: string, year: number): number | null {
  const m = statement.includes("以来") ? SINCE_YEAR_HEAD.exec(statement) : null;
  const y = m ? yearNumber(m[1]) : null;
  if (y === null || y >= year - 1 || y < year - 30) return null;
  // (a later year named after it dates the figure: "1998年以来,…2002年达到")
  return ANY_YEAR.test(statement.slice(m![0].length).replace(BASE_ANY_YEAR_G, "")) ? null : y;
}

/** the few years counted at the head of the number's clause: "两年平均每年递增", "三年来累计", "这两年共" */
const NEAR_N_YEARS = /^(?:这|过去的?|近)?([两二三四五六七八九十])年(?:来|中|内|间|里)?的?(?:平均每年|每年平均|年均|平均|共|累计|合计|总共|一共)/u;

/** N years up to now right before the number's change verb, after its metric: "中等职业学校在校生总数三年来增加(两倍)" (not 前三年, 今后三年, 二十年; a state reached, 两年来我国成为…, keeps its end year) */
const YEARS_SINCE_NEAR = /(?<![〇零一二三四五六七八九十百前后])([两二三四五六七八九十])年来(?:共|已经|已|累计)?(?:增加|增长|提高|减少|下降|降低|扩大)了?$/u;

/**
 * The span of "两年平均每年递增百分之五点三" (or "…三年来增加两倍", YEARS_SINCE_NEAR): the years counted, ending at the last year the statement names, or else
 * the paragraph (not after the report's year: "一九八一年…,一九八二年预计…,两年平均每年递增" → 1981-1982), else last year.
 */
function nearYearsSpan(p: Place, year: number, statement: string): string | null {
  const m = NEAR_N_YEARS.exec(p.near) ?? (p.near.includes("年来") ? YEARS_SINCE_NEAR.exec(p.near) : null);
  const n = m ? chineseNumber(m[1]) : null;
  // (five years in a plan section are the plan's: "五年合计财政支出为六千零九十八亿元" in the 1982 report on 六五)
  if (n === null || n < 2 || (n === 5 && (p.role === "plan" || p.role === "targets"))) return null;
  const last = (t: string) => {
    const bare = t.replace(BASE_ANY_YEAR_G, "");
    const ys = [...matches(YEAR_G, bare).map((y) => Number(y[1])), ...matches(CN_YEAR_G, bare).map((y) => chineseNumber(y[1]) ?? 0)];
    const ok = ys.filter((y) => y <= year && y > year - 10);
    return ok.length ? Math.max(...ok) : null;
  };
  const recent = last(p.para);
  const end = last(statement) ?? (recent !== null && recent >= year - 1 ? recent : year - 1);
  return `${end - n + 1}-${end}`;
}

/** a plan named by its ordinal as the time of the number: "第一个五年期间铁路共新建", "第一个五年合计为" (not 比…) */
const ORDINAL_PLAN_TIME_G = /(?<![比同与较])第([一二三四五六七八九十]{1,2})[个個]五年(?:计划|計劃)?(?:期间|期間|时期|時期|内|中|间|合计|合計|累计)/gu;
/** five years named bare as the time, in a paragraph that names the plan: "五年的财政支出", "五年合计" */
const FIVE_YEARS_TIME = /(?<![今后未来过去这近前头后比])五年(?:的|合计|合計|累计|内|中|间|期间)/u;

/**
 * The span of a five-year plan ended (or ending in the report's year) that the statement names as the number's time,
 * or whose five years it names bare in a paragraph naming the plan ("第一个五年合计…。五年的财政支出,用于国家建设事业的约占
 * 60%以上" in 1957 → 1953-1957); a stock takes the end year.
 */
function planTimeSpan(p: Place, year: number, statement: string, stock: () => boolean, inPara: boolean): string | null {
  const own = inPara ? undefined : matches(ORDINAL_PLAN_TIME_G, statement).pop();
  // (a bare 五年 in a paragraph that also names a plan ahead may be that plan's: "第六个五年计划期间,…。五年内施工的…", 1982)
  const paraPlans = inPara && FIVE_YEARS_TIME.test(statement) ? matches(ORDINAL_PLAN_TIME_G, p.para) : [];
  if (paraPlans.some((m) => (cues.plans[`${m[1]}五`] ?? 0) > year)) return null;
  const m = own ?? paraPlans.pop();
  const end = m ? cues.plans[`${m[1]}五`] : undefined;
  if (end === undefined || end > year || end < year - 6) return null;
  if (own && YEAR_NAMED.test(statement.slice(own.index! + own[0].length).replace(BASE_ANY_YEAR_G, ""))) return null;
  return stock() ? String(end) : `${end - 4}-${end}`;
}

/** a multiple's base year: "是2010年的2.2倍", "相当于1978年的" */
const MULTIPLE_BASE_G = needing(["年"], "(?:是|为|為|相当于|相當於|等于|等於)\\d{4}年(?:底|末)?的", "gu");

/** The span the text names for an outcome: the years since liberation, the statement's own span, a plan named as
 * its time, a few years counted, a span opening the paragraph, a bare 五年 after a plan named; else null. */
function namedSpan(p: Place, year: number, measure: Measure, c: PeriodClause): string | null {
  // (first, a past year opening the number's own clause: "从1979年到1983年,…平均每年增长7.9%,1984年增长14.5%" → 1984)
  const own = clauseYear(p, year, c);
  if (own !== null) return own;
  const stock = () => stockAtEnd(p, measure, c);
  const statement = afterLast(p.before, ";；");
  // (the years since liberation: "全国解放以来,尽管我国人口增加百分之六十,但粮食增产一点四倍" in 1975 → 1950-1974)
  if (measure !== "level" && SINCE_LIBERATION.test(statement)) return `1950-${year - 1}`;
  const since = sinceYear(statement, year);
  // (over the years since, a count reached is their total, "下岗职工达2700多万人"; a rate or a stock word is the end's)
  const sinceStock = measure === "rank" || (measure === "level" && (RATE_END.test(c.metric) || STOCK_END.test(c.metric)));
  if (since !== null) return sinceStock ? String(year - 1) : `${since}-${year - 1}`;
  return spanNamed(p, year, statement, stock, true) ?? planTimeSpan(p, year, statement, stock, false) ??
    nearYearsSpan(p, year, statement) ?? spanNamed(p, year, statement, stock, false) ?? planTimeSpan(p, year, statement, stock, true);
}

/** a year right before the number, as its own: "从1979年的一百七十亿元", "1980年的一百二十七亿元" */
const OWN_YEAR = new RegExp(`(\\d{4}|${CN_YEAR_SRC})年(?:底|末)?的$`, "u");

/** The past year a level is given for right before it ("财政赤字从1979年的一百七十亿元、1980年的…" → 1979), or null. */
function ownYear(p: Place, measure: Measure): string | null {
  const own = measure === "level" && p.year !== null ? OWN_YEAR.exec(p.before) : null;
  const y = own ? yearNumber(own[1]) : null;
  return y !== null && y < p.year! && y > p.year! - 100 ? String(y) : null;
}

/** a single past year set as the time of what follows, opening a clause: "这里还要着重指出的是,在刚刚过去的1987年,"
 * (not a bare "2001年,又撤销了…", which dates its own sentence only; not 1987年以来, 1987年底) */
const PARA_YEAR_G = needing(["在", "过去"], `(?:^|[。!?,，])(?:在(?:刚刚过去的|刚过去的|过去的)?|刚刚过去的|刚过去的)(\\d{4}|${CN_YEAR_SRC})年(?:里|中|内|间)?[,，]`, "gu");

/** The past year opening a sentence of the paragraph before the number, when no year or span is named after it, else null. */
function paraOpeningYear(para: string, year: number): number | null {
  if (!para.includes("年")) return null; // (YEAR_WORD_RULES)
  const m = matches(PARA_YEAR_G, para).pop();
  const y = m ? yearNumber(m[1]) : null;
  if (y === null || y >= year || y < year - 3) return null;
  const rest = para.slice(m!.index! + m![0].length);
  return ANY_YEAR.test(rest) || YEARS_BACK.test(rest) || /年来|年以来/u.test(rest) ? null : y;
}

/**
 * The time an earlier sentence of the paragraph sets for what follows: a span opening it covers its changes and averages,
 * its stocks at the end ("从一九七九年到一九八二年的四年内,轻工业…。…自行车增长一点八倍"); a past year set as the time,
 * no other year named after it ("在刚刚过去的1987年,…。外贸出口增长27.8%" in the five-year review of 1988 → 1987). Else null.
 */
function paraTimeOf(p: Place, year: number, measure: Measure, c: PeriodClause): string | null {
  const paraSpan = spanOf(matches(PARA_SPAN_G, p.para.slice(-PARA_SPAN_REACH)).pop() ?? null);
  if (paraSpan && paraSpan[1] < year) return stockAtEnd(p, measure, c) ? String(paraSpan[1]) : `${paraSpan[0]}-${paraSpan[1]}`;
  // (not in a review of more years, whose flows are its span's: "过去五年…。近两年…。依法淘汰…" stays 2003-2007)
  const n = reviewsYears(p) ? null : leadYears(p);
  if (n !== null) return stockAtEnd(p, measure, c) ? String(year - 1) : `${year - n}-${year - 1}`;
  const paraYear = paraOpeningYear(p.para, year);
  return paraYear !== null ? String(paraYear) : null;
}

/** the last few years (two to nineteen, five aside: a five-year review's) opening a sentence, after a view or a topic at most: "两年来,", "从国债投资的效果看,两年来", "在民族工作方面,过去四年中,", "十年来," */
const LEAD_N_YEARS = /^(?:(?:从|在)[^,，;；:：。]{1,16}(?:看|方面)[,，:：])?(?:在)?(?:这|过去的?|近)?([两二三四六七八九]|十[一二三四五六七八九]?)年(?:中间|中|来|以来|内|里|间)/u;

/**
 * The last few years (two to nineteen) opening the paragraph's lead or the sentence right before the number's (LEAD_N_YEARS), which
 * date the flows of the sentences after it: "从国债投资的效果看,两年来通过…共建设5100多个项目。已建成的主要有:…复线643公里"
 * (2000) → 1998-1999; "在民族工作方面,过去四年中,…。…成立了二十九个自治州" (1959) → 1955-1958; "十年来,…。…,财政支出近八成投向民生领域" (2025)
 * → 2015-2024. Else null.
 */
function leadYears(p: Place): number | null {
  const own = afterLast(p.before, "。!?");
  if (p.para.length <= own.length) return null; // (the number's own sentence is read by spanInText)
  const prev = afterLast(p.para.slice(0, p.para.length - own.length - 1), "。!?");
  const m = (prev.includes("年") ? LEAD_N_YEARS.exec(prev) : null) ?? (p.lead.includes("年") ? LEAD_N_YEARS.exec(p.lead) : null);
  const n = m ? chineseNumber(m[1]) : null;
  return n !== null && n >= 2 && n <= 19 ? n : null;
}


/** The last year a text names as the time of what follows (not a base, a span, a multiple's base), in digits or Chinese numerals, else null. */
function lastYearDating(text: string): number | null {
  // (YEAR_WORD_RULES: without 年 the text names no year, whatever these take out of it)
  if (!text.includes("年")) return null;
  const named = text.replace(COMPARED_TO, "").replace(BASE_YEAR_G, "").replace(YEAR_RANGE, "").replace(OBJECTS_DATED_G, "").replace(MULTIPLE_BASE_G, "");
  const years = matches(YEAR_G, named).map((m) => Number(m[1])).filter((y) => y > 1900 && y < 2100);
  return years.length ? years[years.length - 1] : lastCnYear(named);
}

/** a year opening a sentence as its time: "一九五七年全国工业中的…", "1955年," (not 1955年以来, 1955年到…, 1955年起) */
const HEAD_YEAR = /^(?:在|到)?((?:\d{4}|[〇○零一二三四五六七八九]{4}))年(?:底|末)?(?!以来|来|到|至|起|开始|前|后|[〇○零一二三四五六七八九\d])/u;

/**
 * The past year of a sentence, carried to a later statement of it that names no year nor time word (no 年 but a base's): the year
 * opening the sentence ("一九五七年全国工业中的工程技术人员达到…;工业和基本建设方面的职工达到一千零一十九万人", 1959 →
 * 1957), or the year the sentence before names when this one goes on with 其中 ("我国的工农业总产值在一九五七年达到
 * 了…。其中,工业总产值达到了…;手工业总产值达到了一百三十三亿七千万元" → 1957), not last year. Else null.
 */
function carriedYear(p: Place, statement: string, year: number): number | null {
  // (a base of comparison is no time word: "…;手工业总产值达到了…,比一九五二年的…增长")
  if (statement.length >= p.before.length || (statement.includes("年") && statement.replace(BASE_ANY_YEAR_G, "").includes("年"))) return null;
  const sentence = afterLast(p.before, "。!?");
  const head = HEAD_YEAR.exec(sentence);
  const at = head ? -1 : p.before.lastIndexOf("。其中");
  const y = head ? yearNumber(head[1]) : at > 0 ? lastYearDating(p.before.slice(0, at).replace(/\d{4}年以来|[〇○零一二三四五六七八九]{4}年以来/gu, "")) : null;
  return y !== null && y < year ? y : null;
}

/** a year of decision giving a task its years: "2004年我们提出用三年时间基本解决…拖欠工程款…的问题" */
const DECIDED_YEARS = new RegExp(`(\\d{4}|${CN_YEAR_SRC})年(?:我们|国务院|党中央|中央|党中央、国务院)?(?:提出|决定|部署|要求)(?:要)?用([两二三四五2-5])年(?:左右的?)?时间`, "u");

/**
 * The span of an outcome of a task a past year set with its years: "2004年我们提出用三年时间基本解决…的问题,这项工作基本
 * 完成,各地已偿还拖欠工程款1834亿元" (2007) → 2004-2006, not 2004 (the year of the decision) — up to last year. Else null.
 */
function decidedSpan(p: Place, year: number): string | null {
  const m = p.before.includes("时间") ? DECIDED_YEARS.exec(afterLast(p.before, "。!?")) : null;
  const from = m ? yearNumber(m[1]) : null;
  const n = m ? countNumber(m[2]) : null;
  if (from === null || n === null || from >= year - 1) return null;
  return `${from}-${Math.min(from + n - 1, year - 1)}`;
}

/** an aim to strive for around the number: "为争取每人平均至少一千五百斤粮食而奋斗" */
const AIM_BEFORE = /为(?:争取|实现|完成)[^,，;；。]{0,24}$/u;
const AIM_AFTER = /^[^,，;；。]{0,10}?而(?:奋斗|努力|斗争)/u;

/** Whether the number is the aim of a 为(争取)…而奋斗 clause, a target even in a review (1960: 还应当进一步为争取每人平均至少一千五百斤粮食而奋斗). */
function aimStriven(p: Place): boolean {
  return p.after.includes("而") && AIM_AFTER.test(p.after) && AIM_BEFORE.test(p.before);
}

/** The period of an outcome: a span for growth over years, a plan period, the years reviewed, else a named year. */
function pastPeriod(p: Place, year: number, measure: Measure, c: PeriodClause): string {
  // 0. a span the text names wins (NOTES 15): its own, a few years counted, a plan's
  const named0 = namedSpan(p, year, measure, c);
  if (named0 !== null) return named0;
  const decided = decidedSpan(p, year);
  if (decided !== null) return decided;
  const statement = afterLast(p.before, ";；");
  const lastYear = lastYearDating(statement) ?? carriedYear(p, statement, year);
  const overBase = measure === "growth" || measure === "change" || measure === "change_pp"; // (1. below: a base year is read for these only)
  const bases = overBase && p.before.includes("年") ? matches(BASE_YEAR_G, p.before.replace(/(?:从|自)\d{4}年(?:起|开始)/gu, "")) : []; // (从1998年起 starts a span)
  const baseYear = overBase ? /^(\d{4})年/u.exec(c.benchmark) ?? (bases.length ? bases[bases.length - 1] : null) : null;
  // the plan named last before the number (“一五”时期…,“五五”时期… → the second)
  const annual = perYear(p, c);
  const planNamed = annual ? matches(PLAN_NAMED_G, p.before).pop() ?? PLAN_NAMED.exec(p.headings) : null;
  const back = () => YEARS_BACK.test(p.before); // (asked in 4. and 5. only)
  const span = () => `${year - (p.yearsPart?.() ?? 5)}-${year - 1}`; // (the ten years of a "十年来,…" part, a term's four)
  // 1. growth or change over a base year: 比1995年增长57.3% (2000年) → 1996-2000, 比2002年增加5400多万人 (2007年)
  // → 2003-2007; in Chinese numerals too
  if (overBase && baseYear && Number(baseYear[1]) < (lastYear ?? year - 1) - 1) {
    return `${Number(baseYear[1]) + 1}-${lastYear ?? year - 1}`;
  }
  // (a statement naming no year goes on with the comparison before it, as a base in digits does: "一九五四年工业总产值比
  // 一九五二年增长了…;重要产品的产量都有显著增长,如铁增长百分之五十六" → 1953-1954)
  const cnSpan = overBase && !baseYear ? cnGrowthSpan(statement.includes("年") ? statement : p.before, year) : null;
  // (up to a year carried from the sentence's head: "…在一九五七年达到了…。其中,…;手工业总产值…比一九五二年的…增长" → 1953-1957)
  if (cnSpan) return lastYear !== null && cnSpan.endsWith(`-${year - 1}`) && lastYear > Number(cnSpan.slice(0, 4)) ? `${cnSpan.slice(0, 4)}-${lastYear}` : cnSpan;
  // (a growth between two levels the statement dates: "一九五二年有十九万人,到了一九五七年已经有四十四万人,即增加一倍多")
  const between = overBase && !annual && !baseYear ? levelsSpan(statement) : null;
  if (between !== null) return between;
  // 2. 年均 over a named plan period: “九五”时期 → 1996-2000
  if (planNamed) return `${cues.plans[planNamed[1]] - 4}-${cues.plans[planNamed[1]]}`;
  // 3. the years the statement names: a plan's first years, a span at its head
  const inText = spanInText(p, year, measure, c, statement, lastYear);
  if (inText !== null) return inText;
  const dur = durationSpan(p, lastYear ?? year - 1); // ("十年增加近70万亿元、年均增长6.2%": the ten years to last year)
  if (dur !== null) return dur;
  // 4. 年均 over the years reviewed; a past year named in the statement
  if (annual && (back() || YEARS_BACK_LOOSE.test(p.before) || reviewsYears(p))) return span();
  // 今年 after the last year the statement names: this year so far (今年一月至九月, "1979年…增长9.6%,今年上半年又…";
  // 本年 can be a named year's: 1955年本年收入)
  const dated = statement.replace(CN_NOT_DATE_G, "").replace(BASE_ANY_YEAR_G, "").replace(MULTIPLE_BASE_G, "");
  if (THIS_YEAR_PAST.test(dated.slice((dated.includes("年") ? dated.search(LAST_YEAR_NAMED) : -1) + 1))) return String(year);
  // (the report's own year named: its figures so far, "1980年上半年职工住宅施工面积7,371万平方米" in a report of 1980)
  if (lastYear !== null && (lastYear < year || (lastYear === year && !YEARS_LIST.test(statement)))) return String(lastYear);
  // 5. 去年 in the sentence
  if (LAST_YEAR.test(p.before) && !back()) return String(year - 1);
  const paraTime = paraTimeOf(p, year, measure, c);
  if (paraTime !== null) return paraTime;
  // 6. a review of several years: flows, changes and averages over the span, stocks at its end;
  // the span of a past plan the headings name (“十一五”时期…的回顾)
  const headPlan = PLAN_NAMED.exec(p.headings);
  const planEnd = headPlan ? cues.plans[headPlan[1]] : null;
  if (planEnd !== null && planEnd < year) return stockAtEnd(p, measure, c) ? String(planEnd) : `${planEnd - 4}-${planEnd}`;
  if (reviewsYears(p) || countedReview(p)) return stockAtEnd(p, measure, c) ? String(year - 1) : span();
  // 7. a past year in the headings, else last year
  const headYear = YEAR_1.exec(p.headings);
  if (headYear && Number(headYear[1]) < year) return headYear[1];
  return String(year - 1);
}

/** Whether a review lead of the top section before the number counts its years, under headings naming no year: "…,共九年时间。这九年,…". */
function countedReview(p: Place): boolean {
  return (p.yearsPart?.() ?? null) !== null && !YEAR_1.test(p.headings);
}

/** a duration heading the number's clause, then what grew over it: "十年增加近70万亿元", "五年年均增长5.2%", "两年增长约百分之七" */
const DURATION_HEAD = /^(?:过去|近)?([两二三四五十])年(?=年均|平均每年|累计|共|增加|增长|新增|下降|减少|提高|建成|完成)/u;

/** The span of a duration heading the number's clause, ending at `end` (last year, or the last year named), or null. */
function durationSpan(p: Place, end: number): string | null {
  const m = p.before.includes("年") ? DURATION_HEAD.exec(afterLast(p.before, "。!?;；,，")) : null;
  return m ? `${end - "〇一两三四五六七八九十".indexOf(m[1].replace("二", "两")) + 1}-${end}` : null;
}

/** Whether a statement names the year, in digits or Chinese numerals, other than as a base (比1981年). */
function namesThisYear(statement: string, year: number): boolean {
  const bare = statement.replace(BASE_ANY_YEAR_G, "");
  return matches(YEAR_G, bare).some((m) => Number(m[1]) === year) || matches(CN_YEAR_G, bare).some((m) => chineseNumber(m[1]) === year);
}

/** the year the works are done, after the number: ",一九五九年建成" */
const DONE_BY_YEAR = /^[,，]((?:\d{4}|[〇○零一二三四五六七八九]{4}))年(?:底|末)?(?:以前|前)?(?:全部)?(?:建成|完成|竣工|投产)/u;
/** a target once all the works are done, at no year (undated_after): "全部建成后增加的年产能力将为九十一万吨" */
const UNDATED_AFTER = new RegExp(alternation(cues.undated_after), "u");
/** a clause of the statement opening with 目前/现在 (not 到现在 of a span), and no year named after it (present_heads) */
const PRESENT_HEAD = new RegExp(`(?:^|[,，;；:：])(?:${cues.present_heads.join("|")})(?![的在])`, "gu");
const YEAR_AFTER_PRESENT = /(?:\d{4}|[〇○零一二三四五六七八九]{4})年|去年|上年|今年|本年|明年|[前近][一二三四五六七八九十两几]年/u;

/** Whether the statement before a number states how things stand at the report's time: "目前,…比重已佔", "现在,同我国建交的国家已经达到" */
function presentNamed(before: string): boolean {
  if (!/目前|现在|現在/u.test(before)) return false;
  // (over the ；-items of one statement: "目前我国农民大体上有百分之二十到三十过着…;有60%左右过着…")
  const statement = afterLast(before, "。!?");
  const last = matches(PRESENT_HEAD, statement).at(-1);
  return last !== undefined && !YEAR_AFTER_PRESENT.test(statement.slice(last.index!));
}

/** a date a change took effect from, opening the statement: "从2002年1月1日起,", "自今年1月起" (callers test for 起 or 开始) */
const EFFECT_FROM = /^(?:从|自)(\d{4}年|今年)\d{1,2}月(?:\d{1,2}日)?(?:起|开始)/u;

/**
 * Whether the statement of an outcome opens with a date of the report's own year from which it took effect: "从2002年1月1日起,
 * 我国关税总水平已由15.3%降到12%" in the report of 2002 is 2002's level, not 2001's.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { takesEffectThisYear } from "./classify.ts";
 * assert.ok(takesEffectThisYear("从2002年1月1日起,我国关税总水平已由15.3%降到", 2002));
 * assert.ok(!takesEffectThisYear("从2001年1月1日起,我国关税总水平已由15.3%降到", 2002));
 * assert.ok(!takesEffectThisYear("从2000年起,在安徽等地开展", 2002));
 * ```
 */
export function takesEffectThisYear(before: string, year: number): boolean {
  const statement = afterLast(before, "。!?");
  const m = statement.includes("起") || statement.includes("开始") ? EFFECT_FROM.exec(statement) : null;
  return m !== null && (m[1] === "今年" || Number(m[1].slice(0, 4)) === year);
}

/** this year named: "今年1到10月", "上升到今年的70%左右" */
const THIS_YEAR = /今年|本年/u;

/** an estimate of the report's year right before the number: "由今年预计的", "今年预计" */
const THIS_YEAR_ESTIMATE = /(?:今年|本年)(?:预计|预计数)的?$/u;

/** a masked year that bounds a span or starts one: "到xxxx年", "xx-xxxx年", "xxxx年以来" */
const MASKED_YEAR_BOUND = /(?:到|至|截至|截止|从|自|于|[-—~～(（])[xX*]{4}年|[xX*]{4}年(?:以来|以前|前|起|开始|到|至)/u;

/**
 * Whether a masked year before the number hides the number's own year (the period is then left empty, NOTES 14).
 * Not in a one-year report (not a party congress) when the masked year bounds nothing: it is the year the section is
 * about, the year reviewed in a one-year review ("xxxx年,全市地区生产总值完成xxx亿元(预计,下同)" → 2021), the year
 * planned in a plan section ("xxxx年主要经济指标建议为:地区生产总值增长x%以上" → 2022), the document saying which.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { maskedYearStands } from "./classify.ts";
 * const p = { role: "plan" as const, before: "xxxx年主要经济指标建议为:地区生产总值增长", term: false, oneYearPart: () => false };
 * assert.ok(!maskedYearStands(p));
 * assert.ok(maskedYearStands({ ...p, before: "到xxxx年,建成区面积突破" }));
 * assert.ok(maskedYearStands({ ...p, term: true }));
 * assert.ok(maskedYearStands({ ...p, role: "review" as const, before: "xxxx年,全市人均GDP达到" }));
 * ```
 */
export function maskedYearStands(p: Pick<Place, "role" | "before" | "term" | "oneYearPart">): boolean {
  const before = p.before.replace(MASKED_BASE_YEAR, "");
  if (!MASKED_YEAR.test(before)) return false;
  return p.term || p.role === "other" || (p.role === "review" && !p.oneYearPart()) || MASKED_YEAR_BOUND.test(before);
}

/**
 * The year or span a number belongs to; empty when the document's year is unknown or the year is masked.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { periodOf } from "./classify.ts";
 * const place = { role: "review" as const, headings: "一、过去五年工作回顾", before: "五年来,地区生产总值年均增长", para: "",
 *   after: "", clause: "地区生产总值年均增长", near: "地区生产总值年均增长", lead: "五年来,地区生产总值年均增长6%。", year: 2022, planEnd: 2026, term: false, introAhead: () => false, introThisYear: () => false, oneYearPart: () => false };
 * assert.equal(periodOf(place, "actual", "growth", { annual: true, benchmark: "", verb: "growth", qualBefore: "", metric: "地区生产总值" }), "2017-2021");
 * ```
 */
export function periodOf(p: Place, status: Status, measure: Measure, c: PeriodClause): string {
  const restated = status === "estimate" ? restatedYear(p) : null;
  if (restated !== null) return String(restated);
  if (status === "target" && programmeNamed(p) !== null) return String(PROGRAMME_END);
  const period = periodFound(p, status, measure, c);
  return status === "actual" && measure !== "level" && measure !== "rank" ? yearsAgoSpan(p, period) : period;
}

/** a base some years before the value's year: "比五年前增加", "从五年前的139万户", "是十年前的3倍" */
const YEARS_AGO = needing(["年前"], "(?:从|由|比|较|是|同)([一二三四五六七八九十两]{1,3}|\\d{1,2})年前", "u");

/**
 * The span of the years a change against a base N years before its year covers (N years ending with the period found):
 * "1997年粮食产量达到49250万吨,比五年前增加5000万吨" → 1993-1997; a statement going on with 也从/也由 takes the base of
 * the statement before ("成都经营主体从五年前的139万户增长到364万户…。常住人口也从1919万人增加到2127万人,带动老龄化率
 * 下降0.6个百分点" → 2018-2022). Else the period found.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { yearsAgoSpan } from "./classify.ts";
 * assert.equal(yearsAgoSpan({ before: "1997年粮食产量达到49250万吨,比五年前增加", para: "" }, "1997"), "1993-1997");
 * const para = "成都经营主体从五年前的139万户增长到364万户。常住人口也从1919万人增加到2127万人,带动老龄化率下降";
 * assert.equal(yearsAgoSpan({ before: "常住人口也从1919万人增加到2127万人,带动老龄化率下降", para }, "2022"), "2018-2022");
 * assert.equal(yearsAgoSpan({ before: "粮食产量比上年增加", para: "" }, "1997"), "1997");
 * ```
 */
export function yearsAgoSpan(p: Pick<Place, "before" | "para">, period: string): string {
  const carried = p.before.includes("也") && /也(?:从|由|比)/u.test(p.before);
  if ((!carried && !p.before.includes("年前")) || !/^\d{4}$/u.test(period)) return period;
  let m = YEARS_AGO.exec(afterLast(p.before, "。!?"));
  if (!m && carried && p.para.endsWith(p.before)) {
    const earlier = p.para.slice(0, p.para.length - p.before.length).replace(/[。!?]$/u, "");
    m = YEARS_AGO.exec(afterLast(earlier, "。!?"));
  }
  const n = m ? countNumber(m[1]) : null;
  return n !== null && n >= 2 && n <= 30 ? `${Number(period) - n + 1}-${period}` : period;
}

/** last year opening a clause, a part of a span named before: "其中去年超收" (not 去年同期, a base) */
const LAST_YEAR_CLAUSE = /^(?:其中|而|仅)?(?:去年|上年)(?!同期|底|末|的?基础|以来)(?=\p{Script=Han})/u;

/** The period of periodOf before a change against a base years before is spread over its years. */
function periodFound(p: Place, status: Status, measure: Measure, c: PeriodClause): string {
  // (a look-back without x, X or * holds no masked year, whatever the replace takes out)
  if ((MASKED_YEAR.held(p.before) && maskedYearStands(p)) || p.year === null) return "";
  // this year's estimate, the base of a plan's figure: "由今年预计的3%提高到4%"
  if (status === "estimate" && THIS_YEAR_ESTIMATE.test(p.before)) return String(p.year);
  // an estimate of the report's year named in its statement: "一九八二年计划为百分之四,预计可以达到百分之六点四"
  // (not an average per year, nor a growth over an earlier base: "一九八二年预计同一九八○年比较,棉花增长…" → 1981-1982)
  const statement = afterLast(p.before, ";；");
  if (status === "estimate") { // (the base, the intro and the year named are read for an estimate only)
    const base = lastBaseYear(statement.includes("同") ? statement.replace(/同(?=(?:\d{4}|[〇○零一二三四五六七八九]{4})年)/gu, "比") : statement); // 同一九八○年比较
    // (or the intro of the list the statement is an item of: "把…一九五四年預計産量來同一九四九年産量比較一下,…:電力…;原煤八千一百九十九萬噸")
    const intro = p.before.slice(0, Math.max(0, p.before.lastIndexOf(":"), p.before.lastIndexOf("：")));
    const named = namesThisYear(statement, p.year) || (intro !== "" && !/[;；]/u.test(intro) && namesThisYear(intro, p.year));
    if (named && !perYear(p, c) && (base === null || base >= p.year - 1 || measure === "level" || measure === "multiple")) return String(p.year);
  }
  // an estimate of next year: "预计明年春耕时将达五十万个以上" (1954) → 1955
  if (status === "estimate" && NEXT_YEAR.test(p.before)) return String(p.year + 1);
  // this year's figures in a section describing where things stand: "今年1到10月增加了九十五亿元" (1981)
  // (a spring report's 比上年 is last year's change; 将 makes it an estimate of this year: "糖料产量将比去年增长10%以上")
  if (status !== "target" && situationThisYear(p) && (THIS_YEAR.test(p.before) || (status === "estimate" && SITUATION_ESTIMATE.test(p.before)))) {
    return String(p.year);
  }
  // a target of the year reviewed, restated in its review: "没有实现年初确定的…降低4%左右…的目标" (2007) → 2006
  if (status === "target" && p.role === "review" && RESTATED_TARGET.test(afterLast(p.before, "。!?"))) return String(p.year - 1);
  // a plan's figure set against the outcome right after it, outside a plan: the outcome's year
  // ("计划建成投产大中型项目118个,实际建成128个", 1980 → 1979)
  if (status === "target" && planThenActual(p)) return periodOf(p, "actual", measure, c);
  if (status === "target" && (UNDATED_AFTER.test(p.near) || conditionalOnly(p)) && !YEAR_AFTER_PRESENT.test(statement)) {
    // (the year the works are done, right after: "全部建成后的年产能力将为一万五千辆,一九五九年建成" → 1959)
    const done = p.after.includes("年") ? DONE_BY_YEAR.exec(p.after) : null;
    return done ? String(yearNumber(done[1]) ?? "") : "";
  }
  if (status === "target") return comparedPlanSpan(p) ?? spanToNow(p, statement, measure, c) ?? targetPeriod(p, p.year, c);
  if (p.role !== "review" && yearPartGone(p)) return String(p.year);
  if (presentNamed(p.before) || takesEffectThisYear(p.before, p.year)) return String(p.year);
  if (p.speech && p.role !== "review" && heldNow(p.before)) return String(p.year);
  // (last year opening the number's clause after a span: "从2003年到2006年年均超收2040亿元,其中去年超收2573亿元" → 2006)
  if (p.near.includes("年") && LAST_YEAR_CLAUSE.test(p.near)) return String(p.year - 1);
  const before = measure === "multiple" ? null : yearsBeforeSpan(p.before);
  if (before !== null) return before;
  // (this year's months gone by: "到5月份为止,…完成年计划27%,去年同期则完成24%")
  if (SO_FAR.test(p.before)) return String(/(?:去年|上年)同期/u.test(p.near) ? p.year - 1 : p.year);
  // (a report given late in its year reviews that year: its outcomes are read as a spring report's of the next year,
  // unless that reaches past the report: "今年一月至九月" is still this year)
  const fixed = ownYear(p, measure) ?? comparedPlanSpan(p);
  if (fixed !== null) return streakSpan(p, measure, fixed);
  const past = pastPeriod(p, p.year, measure, c);
  const late = p.late ? pastPeriod(p, p.year + 1, measure, c) : past;
  return yearBefore(p, streakSpan(p, measure, Number(late.slice(-4)) <= p.year ? late : past));
}

/**
 * Whether a speech's statement says what a place holds now (拥有, 现有), with no year, 去年 or 今年 named after it:
 * a speech tells of its own time, so such a state is of the speech's year, not the year before
 * ("**科教资源富集,拥有**个国家级重点实验室" in a speech of 2023 → 2023; a government report's review is of last year).
 */
function heldNow(before: string): boolean {
  const statement = afterLast(before, "。!?;；");
  const at = Math.max(statement.lastIndexOf("拥有"), statement.lastIndexOf("现有"));
  return at >= 0 && !YEAR_AFTER_PRESENT.test(statement.slice(at));
}

/** the years before a year, compared with, ending the clause before an average: "比一九七八年前的二十六年平均每年增加" */
const YEARS_BEFORE_SPAN = /(\d{4}|[〇○零一二三四五六七八九]{4})年(?:以)?前的?(\d{1,2}|[二三四五六七八九十]{1,3})年(?:间|中)?的?平均每年(?:增加|增长|递增)?$/u;

/**
 * The span of the years before a year, named in the number's clause as the base of a comparison
 * (1983: "比一九七八年前的二十六年平均每年增加四十九亿元" → 1953-1978, as 1985's "1953年到1978年的二十六年间"), else null.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(yearsBeforeSpan("平均每年增加二百五十三亿元,比一九七八年前的二十六年平均每年增加"), "1953-1978");
 * assert.equal(yearsBeforeSpan("平均每年增加二百五十三亿元"), null);
 * ```
 */
export function yearsBeforeSpan(before: string): string | null {
  if (!before.includes("前")) return null;
  const m = YEARS_BEFORE_SPAN.exec(afterLast(before, ",，;；。"));
  const y = m ? yearNumber(m[1]) : null;
  const n = m ? countNumber(m[2]) : null;
  return y !== null && n !== null && n > 1 ? `${y - n + 1}-${y}` : null;
}

/** the year before's value a change starts from, right before it: "由上年分别增长5.6%和13.1%,减为…", "由上年亏损9,000万元转为盈利" */
const FROM_YEAR_BEFORE = needing(["上年", "去年"], "(?:由|从)(?:上年|去年)(?:的)?(?:分别)?(?:增长|下降|亏损|盈利|居世界|居全国)?(?:[\\d.%]+和)?$");

/** The year before a single year found when the number is the value a change starts from (FROM_YEAR_BEFORE); else the period. */
function yearBefore(p: Place, period: string): string {
  return /^\d{4}$/u.test(period) && FROM_YEAR_BEFORE.test(p.near) ? String(Number(period) - 1) : period;
}

/**
 * a streak claimed of a level, right before it: "法治建设群众满意率连续5年保持97%以上", "连续四年超过xxx天" (NOTES 4),
 * "经济增长连续四年达到或略高于10%"; or a sum over it: "中央财政连续三年累计投入90亿元"
 */
const STREAK_CLAIM = /连续([两二三四五六七八九十]{1,3}|\d{1,2})年(?:保持在?|稳定在|超过|超|突破|达到(?:或略?高于)?|累计(?:投入|安排|完成)?)\s?$/u;

/** an action of N years done, then 累计 over it: "如期完成…三年行动计划,累计诊断企业超6万家、改造项目5.6万余个" */
const ACTION_DONE_SUM = /(?:完成|收官)[^。;；,，]{0,30}?([两三四五]|\d)年行动(?:计划|方案)?[,，]累计[^。;；,，]{0,40}$/u;

/**
 * The number of years of an action completed that a 累计 right after sums over (its items after 、 too), as
 * `STREAK_CLAIM`'s match; null when the clause is no such sum (audit B, 江苏 2025: 2022-2024, not 2024).
 */
function actionSum(p: Place, measure: Measure): RegExpExecArray | null {
  return measure === "level" && p.before.includes("年行动") ? ACTION_DONE_SUM.exec(afterLast(p.before, "。!?;；")) : null;
}

/** The span of the years a level's (or a rate's) streak claims, ending at the period found ("2024" → "2021-2024" for 连续4年), else that period. */
function streakSpan(p: Place, measure: Measure, period: string): string {
  // (a rate claimed each year of the streak too: "经济增长连续四年达到或略高于10%" → the four years)
  const m = measure === "level" || measure === "growth" ? STREAK_CLAIM.exec(p.near) ?? actionSum(p, measure) : null;
  if (!m || period === "") return period;
  const n = countNumber(m[1]);
  const end = Number(period.slice(-4));
  return n !== null && n >= 2 && n <= 60 && end > 1900 ? `${end - n + 1}-${end}` : period;
}

/**
 * A span at the statement's head that runs from past years into the report's year or later, for a figure planned
 * over it ("一九五五年到一九五七年,基本建设要完成五年投资总额的百分之六十八" in 1955 → 1955-1957): "从1951年到1957年,国家用于普及教育的经费将近四十九亿元,占全部文教经费的24%强" (1957) → 1951-1957 (a stock
 * reached: its end). Null when there is none.
 */
function spanToNow(p: Place, statement: string, measure: Measure, c: PeriodClause): string | null {
  if (p.year === null || !/^(?:从|自)?(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:到|至)/u.test(statement)) return null;
  const span = spanOf(HEAD_SPAN.exec(statement) ?? HEAD_SPAN_CN.exec(statement));
  if (!span || span[0] > p.year || span[1] < p.year) return null;
  // (a share of what is spent over the span is the span's: "占全部文教经费的24%强")
  return stockAtEnd(p, measure, c) && !/^占/u.test(p.near) && !/占.*(?:比重|比例)$/u.test(c.metric) ? String(span[1]) : `${span[0]}-${span[1]}`;
}

/** a plan's period compared with, in the clause or right after the number: "比“六五”期间增长", "…亿元,比“五五”时期" */
const PLAN_PERIOD_COMPARED = new RegExp(`比[“"](${Object.keys(cues.plans).join("|")})[”"](?:计划)?(?:期间|时期)`, "u");

/**
 * The five years after a plan's period that a figure is compared with: a total over the next plan
 * ("五年内,国家财政用于教育的事业费一千一百六十六亿元,比“六五”期间增长百分之七十二" in 1986 → 1986-1990),
 * when those years end no earlier than the year before the report.
 */
function comparedPlanSpan(p: Place): string | null {
  const m = PLAN_PERIOD_COMPARED.exec(p.near) ?? PLAN_PERIOD_COMPARED.exec(p.after.replace(/^[^,;。]{0,3}?[,，]/u, ""));
  if (!m || p.year === null || (m.index > 0 && m.input === p.after)) return null;
  const end = cues.plans[m[1]] + 5;
  return end >= p.year - 1 && end - 4 <= p.year ? `${end - 4}-${end}` : null;
}

/** the patterns here run only on a text holding one of their words (test/needing_guards.test.ts checks them on data/raw) */
export const CLASSIFY_GUARDED = { FEASIBLE_AFTER, YEARS_BEFORE_EACH, YEARS_AGO, LEVELS_DATED, INNER_DROP, EVERY_YEAR, QUALIFIER_ACROSS, SHARE_REACHED, FIVE_YEAR_SUM, FROM_YEAR_BEFORE, THIS_YEAR_PAST, YEARS_LISTED, PARA_YEAR_G, SPAN_NAMED_G, AHEAD_WORD, AHEAD_WORD_PARA, CN_NOT_DATE_G, MULTIPLE_BASE_G, PLAN_FIGURE_YEAR_G };
