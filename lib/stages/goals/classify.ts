/**
 * Classifying a goal the finders found (extraction guide, section 4): its
 * kind, horizon and target year. Each classifier is a pure function of a
 * small input and reads as an ordered list of rules, the first that applies
 * deciding; each has its own case table in `cases/` beside this file.
 */
import { matches } from "../../text/hot.ts";
import { indicatorCues } from "../../dictionary/dictionary.ts";
import { goalPatterns as P } from "../../dictionary/goal_cues.ts";
import { countNumber, yearNumber } from "../numbers/numbers.ts";

import type { FoundBy, GoalKind, Horizon } from "../../tables/goals.ts";
export type { GoalKind, Horizon } from "../../tables/goals.ts";
export type GoalSource = FoundBy;

/** What a finder knows about when a goal is due. */
export interface When {
  source: GoalSource;
  /** the report's year */
  docYear: number | null;
  /** given in the second half of its year (party congress, plenary, dated July or later) */
  late: boolean;
  /** list: the intro sentence up to its colon */
  intro?: string;
  /** list: the chain of section headings around the intro, innermost first, joined by "|" */
  headings?: string;
  /** dated aim or task: the year it names (null: masked, "xxxx年"); for a task, its indicator row's period */
  year?: number | null;
  /** task: its sentence up to the number */
  sentence?: string;
  /** task: the goal's own text from its number on ("xxxx亿元以上,同比增长不低于x%") */
  after?: string;
  /** task: the sentence before it in its paragraph, whole ("" at a paragraph's start) */
  before?: string;
  /** task: the paragraph lead naming a time nearest before it in its top-level section */
  lead?: string;
  /** task: given in a party congress report, whose plan sections cover its five years */
  congress?: boolean;
  /** congress task: the year of the last dated aim before it in its top-level section (确保到二〇二〇年实现…) */
  aimYear?: number;
}

/** When a goal is due, as a text names it. */
export interface Time {
  horizon: Horizon;
  year: number | null;
}

const yearTime = (y: number, docYear: number | null): Time => ({
  year: y,
  horizon: y >= 2035 ? "long_term" : docYear !== null && y - docYear > 1 ? "multi_year" : "annual",
});

/**
 * The times a text names, in order, none a comparison's base (比1955年, 由今年预计的): four-digit years not before the report's, 今年, 明年, 用两年时间, 今后三年, 今后五年 and 本世纪末 (read against the report year).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(timesIn("中央财政支出将由上年18亿元增加到95亿元,明年将安排200亿元", 2007, false), [{ horizon: "annual", year: 2008 }]);
 * assert.deepEqual(timesIn("今后三年各级政府拟投入8500亿元", 2009, false), [{ horizon: "multi_year", year: 2011 }]);
 * assert.deepEqual(timesIn("力争用两年时间在36个大城市率先实现污水的全部收集和处理", 2008, false), [{ horizon: "multi_year", year: 2009 }]);
 * assert.deepEqual(timesIn("二、1981年国民经济计划的任务和主要指标", 1980, false), [{ horizon: "annual", year: 1981 }]);
 * ```
 */
export function timesIn(text: string, docYear: number | null, late: boolean): Time[] {
  const out: Time[] = [];
  for (const m of matches(P.time, text)) {
    const g = m.groups!;
    if (P.baseYear.test(text.slice(Math.max(0, m.index - 8), m.index))) continue; // 比1955年, 由2020年的, 由今年预计的
    if (P.baseAfter.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue; // 从今年预计的1.03比1改为1比1
    if (g.year) {
      const y = yearNumber(g.year.replace(/[○零]/gu, "〇"));
      if (y !== null && (docYear === null || y >= docYear)) out.push(yearTime(y, docYear));
    } else if (docYear === null) continue;
    else if (g.thisYear) out.push({ horizon: "annual", year: docYear });
    else if (g.nextYear) out.push({ horizon: "annual", year: docYear + 1 });
    else if (g.twoYears) out.push({ horizon: "multi_year", year: docYear + (late ? 2 : 1) });
    else if (g.threeYears) out.push({ horizon: "multi_year", year: docYear + (late ? 3 : 2) });
    else if (g.fiveYears) out.push({ horizon: "multi_year", year: docYear + (late ? 5 : 4) });
    else if (g.centuryEnd && docYear < 2000) out.push({ horizon: "multi_year", year: 2000 });
    else if (g.nYears) out.push(nYearsTime(g.n, docYear, late));
  }
  return out;
}

/** N years from now ("力争3年内" in early 2025 → 2027, as 今后三年): the report's year counts as the first, unless given late in it. */
function nYearsTime(n: string, docYear: number, late: boolean): Time {
  const count = countNumber(n)!;
  return { horizon: "multi_year", year: docYear + count - (late ? 0 : 1) };
}

/** The distinct times of a text, by year. */
function distinctTimes(text: string, w: When): Time[] {
  const seen = new Map<number | null, Time>();
  for (const t of timesIn(text, w.docYear, w.late)) if (!seen.has(t.year)) seen.set(t.year, t);
  return [...seen.values()];
}


/** A task whose own clause opens with a span word (五年): the plan its sentence names, else the five years ahead. */
function spanTime(w: When): Time | undefined {
  const sentence = w.sentence ?? "";
  const clause = sentence.slice(Math.max(sentence.lastIndexOf(","), sentence.lastIndexOf(";")) + 1);
  if (!P.spanHead.test(clause) || w.docYear === null) return undefined;
  const plan = P.planName.exec(sentence);
  const end = plan ? indicatorCues.plans[plan[1]] : currentPlanEnd(clause, w);
  return { horizon: "multi_year", year: end !== undefined && end > w.docYear ? end : w.docYear + (w.late ? 5 : 4) };
}

/** "五年计划规定…" told during a plan's course (1955, the first plan's third year): the plan in course, ending in 1957, not four years on. */
function currentPlanEnd(clause: string, w: When): number | undefined {
  if (w.late || w.docYear === null || !clause.includes("五年计划")) return undefined;
  const y = w.docYear;
  return Object.values(indicatorCues.plans).find((end) => end - 4 <= y && y <= end);
}

/**
 * "按照十年规划,在这十年里,…" (1978): a ten-year plan runs through the five-year plan in course and the next
 * (1976–1985 told in 1978; 1991–2000 told in 1992), so it ends five years after the plan in course.
 */
function tenYearPlanTime(w: When): Time | undefined {
  const sentence = w.sentence ?? "";
  if (w.docYear === null || !sentence.includes("十年规划")) return undefined; // cheap guard
  const y = w.docYear;
  const inCourse = Object.values(indicatorCues.plans).find((end) => end - 4 <= y && y <= end);
  return inCourse === undefined ? undefined : { horizon: "multi_year", year: inCourse + 5 };
}

/** a plan named as the time of what follows ("“十一五”期间", "“六五”计划安排的"), not as a document ("结合“十五五”规划编制") */
const PLAN_TIME = new RegExp(`${P.planName.source}(?:期间|时期|计划安排)`, "gu");

/** A task after a later plan named in its sentence, with no other time named between them: the plan's end. */
function planTime(w: When): Time | undefined {
  const sentence = w.sentence ?? "";
  if (w.docYear === null) return undefined;
  let at = -1, end = 0;
  for (const m of matches(PLAN_TIME, sentence)) [at, end] = [m.index, indicatorCues.plans[m[1]]];
  if (at < 0 || !(end >= w.docYear)) return undefined;
  if (timesIn(sentence.slice(at), w.docYear, w.late).length) return undefined; // 今年要关停1000万千瓦
  return { horizon: end > w.docYear ? "multi_year" : "annual", year: end };
}

/**
 * A task whose own clause names a masked year ("确保xxxx年全市新能源产业总产值达"): due then, a year that cannot be told, like a masked dated aim;
 * annual when the goal compares with the year before (同比增长: "xxxx年实现规模以上工业总产值xxxx亿元以上,同比增长不低于x%").
 */
function maskedTime(w: When): Time | undefined {
  const sentence = w.sentence ?? "";
  const clause = sentence.slice(Math.max(sentence.lastIndexOf(","), sentence.lastIndexOf(";"), sentence.lastIndexOf(":")) + 1);
  if (!/[xX]{4}年/u.test(clause)) return undefined;
  return { horizon: (w.after ?? "").includes("同比") ? "annual" : "multi_year", year: null };
}

/** A task whose own clause adds a quantity each year ("保证每年增加运力"): the years ahead, as 今后五年. */
function perYearTime(w: When): Time | undefined {
  const sentence = w.sentence ?? "";
  if (w.docYear === null || !sentence.includes("每年")) return undefined; // cheap guard before the pattern
  const clause = sentence.slice(Math.max(sentence.lastIndexOf(","), sentence.lastIndexOf(";")) + 1);
  return P.perYearIncrement.test(clause) ? { horizon: "multi_year", year: w.docYear + (w.late ? 5 : 4) } : undefined;
}

/** A task carrying out a plan of N years its text names after its number ("实施总额4万亿元的两年投资计划" in 2009 → 2010): N years from now, as 用两年时间. */
function planSpanTime(w: When): Time | undefined {
  const after = w.after ?? "";
  if (w.docYear === null || !after.endsWith("划")) return undefined; // cheap guard: 计划, 规划
  const n = P.planSpan.exec(after)?.groups?.n;
  return n ? nYearsTime(n, w.docYear, w.late) : undefined;
}

const TASK_TIME_RULES: Rule<When, Time>[] = [
  ["a masked year in the number's clause: a year that cannot be told (确保xxxx年…达xxx亿元)", maskedTime],
  ["a range of years in the sentence: multi-year, a year that cannot be told (用3—5年时间,培养引进…)", (w) =>
    P.yearRange.test(w.sentence ?? "") ? { horizon: "multi_year", year: null } : undefined],
  ["a plan of N years the task carries out, named after its number: N years from now (实施总额4万亿元的两年投资计划 in 2009 → 2010)", planSpanTime],
  ["a span word opening the number's clause, perhaps after whose money it is: the plan the sentence names (“十一五”期间,…;五年淘汰落后炼铁产能1亿吨 → 2010), else the five years ahead (省级财政五年统筹投入100亿元)", spanTime],
  ["a later plan named before the number with no other time after it (“十一五”时期中央财政将投入100亿元 → 2010)", planTime],
  ["the time its sentence names nearest before the number (明年将安排200亿元)", (w) => timesIn(w.sentence ?? "", w.docYear, w.late).at(-1)],
  ["a ten-year plan its sentence follows (按照十年规划,在这十年里,… in 1978 → 1985): the end of the five-year plan after the one in course", tenYearPlanTime],
  ["a sentence saying what will be (将) right after one of its paragraph that names when it will (到本世纪末…将迈上一个新的台阶。国民生产总值将超过…): that time", (w) =>
    P.willBe.test(w.sentence ?? "") && P.willBe.test(w.before ?? "") ? timesIn(w.before ?? "", w.docYear, w.late).at(-1) : undefined],
  ["the innermost heading naming one time (1981年国民经济计划的任务); one naming two (今后五年的目标任务和2023年工作安排) defers to the nearest paragraph lead naming one", (w) => {
    for (const h of (w.headings ?? "").split("|")) {
      const ts = distinctTimes(h, w);
      if (ts.length === 1) return ts[0];
      if (ts.length > 1) return timesIn(w.lead ?? "", w.docYear, w.late)[0];
    }
    return undefined;
  }],
  ["a per-year increment in the number's clause, no time named: the years ahead (保证每年增加运力4000万吨以上 in the 1988 report → 1992)", perYearTime],
  ["a task in a party congress report: the dated aim its section set before it (确保到二〇二〇年…; …实现国内生产总值…比二〇一〇年翻一番 → 2020), else its five years (实际利用外资年均增长xx%以上)", (w) =>
    w.congress && w.docYear !== null ? (w.aimYear !== undefined && w.aimYear > w.docYear ? yearTime(w.aimYear, w.docYear) : { horizon: "multi_year", year: w.docYear + 5 }) : undefined],
];
/** A task's time from its sentence, headings and lead, before its indicator row's period. */
const taskTime = (w: When): Time | undefined => {
  if (w.source !== "task") return undefined;
  // read once per task: horizonOf and targetYearOf both ask (a When is not changed once its goal is found)
  if (taskTimes.has(w)) return taskTimes.get(w);
  const t = first<When, Time | undefined>(TASK_TIME_RULES, w, undefined);
  taskTimes.set(w, t);
  return t;
};
const taskTimes = new WeakMap<When, Time | undefined>();

/** What kindOf looks at: the goal's source and text, whether it holds a number, and its first target row. */
export interface KindInput {
  source: GoalSource;
  text: string;
  hasNumber: boolean;
  /** the first indicator row (status target) the finder started from, for plan tasks */
  row?: { measure: string; unit: string; metric?: string };
  /** plan tasks: the clause's words before that row's number ("技术合同成交额达到") */
  lead?: string;
  /** plan tasks: the words of that number's clause before it, across "、" items ("五年淘汰落后炼铁产能1亿吨、落后炼钢产能") */
  clause?: string;
  /** plan tasks: the number's sentence up to it */
  sentence?: string;
  /** plan tasks: the goal's words after that row's number ("产业集群全产业链产值突破6100亿元") */
  after?: string;
}

type Rule<I, O> = [name: string, (input: I) => O | undefined];
const first = <I, O>(rules: Rule<I, O>[], input: I, fallback: O): O => {
  for (const [, rule] of rules) {
    const out = rule(input);
    if (out !== undefined) return out;
  }
  return fallback;
};

/** A level moved from one number to another after a standard raised earlier in its sentence, the next beneficiaries' ("…最低标准从每人每月2295元提高到2375元,散居孤儿从每人每月1484元提高到1536元"). */
function setLevelBefore(x: KindInput): boolean {
  const sentence = x.sentence ?? "";
  return sentence.includes("标准") && P.levelChange.test(x.lead ?? "") && P.setLevel.test(sentence.slice(0, sentence.length - (x.lead ?? "").length));
}

const SET_STATISTIC = /^([^,;:、\d]{2,24}?)\d[\d.]*([^\d,;:、]*)$/u;
/** The words after a count name a statistic of the set counted and its one number, ending the clause ("产业集群全产业链产值突破6100亿元", not "产值超100亿元的产业集群"). */
function statisticOfSet(after: string): boolean {
  const m = SET_STATISTIC.exec(after);
  return m !== null && !m[2].includes("的") && P.statisticLead.test(m[1]);
}

/** words one of which a text holds before set_levels may match it (cheap guard) */
const SET_LEVEL_GUARDS = ["标准", "价", "养老金", "限额", "征收"];

const RATE_UNITS = new Set(["%", "‰", "个百分点", "倍", "成"]); // 成: tenths (八成以上工作时间); ‰: 人口自然增长率控制在千分之十三

const KIND_RULES: Rule<KindInput, GoalKind>[] = [
  ["no number: an aim", (x) => x.hasNumber ? undefined : x.source === "task" ? undefined : "aim"],
  ["a list item or dated aim with a number: a target", (x) => x.source !== "task" ? "target" : undefined],
  ["a price, standard or insurance limit the government sets, raised, or a tax's rate (小麦最低收购价每50公斤提高5到7元, 城乡低保标准提高到不低于740元/月, 提高大病保险最高支付限额3800元, 小排量汽车购置税按7.5%征收): a task, a policy decided, not a statistic's expected value", (x) =>
    (SET_LEVEL_GUARDS.some((w) => x.text.includes(w)) && P.setLevel.test(x.text)) || setLevelBefore(x) ? "task" : undefined],
  ["a grant given each recipient (录取到本科院校的一次性补助1万元): a task, a policy decided, like a standard raised", (x) =>
    x.source === "task" && ((x.lead ?? "").includes("一次性") || (x.lead ?? "").includes("每")) && P.recipientGrant.test(x.lead ?? "") ? "task" : undefined],
  ["a count naming the set whose statistic the clause then gives: a target (“牛羊菜果薯药粮种”8个产业集群全产业链产值突破6100亿元)", (x) =>
    x.row && P.listSummaryUnit.test(x.row.unit) && statisticOfSet(x.after ?? "") ? "target" : undefined],
  ["a planned action's output read as a change (新建和改造提升20万亩高标准农田, 整体提升100所学校, 今年再完成林分优化提升200万亩、森林抚育提升200万亩任务: the clause opens with 完成): a task", (x) =>
    x.row?.measure === "change" && !RATE_UNITS.has(x.row.unit) && !P.statisticLead.test(x.lead ?? "") &&
      (P.actionLead.test(x.lead ?? "") || P.completionLead.test(x.clause ?? x.lead ?? "") || P.listSummaryUnit.test(x.row.unit)) ? "task" : undefined],
  ["a rate, share, multiple or change: a target", (x) => !x.row || x.row.measure !== "level" || RATE_UNITS.has(x.row.unit) ? "target" : undefined],
  ["projects to start, counted by their investment (力争开工建设…、…等总投资500亿元以上的精细化工项目), or projects counted after their investment (推进好总投资1.78万亿元的289个省重点项目): a task", (x) =>
    P.projectsEnd.test(x.text) && (P.projectStart.test(x.sentence ?? "") || P.projectCount.test(x.text)) ? "task" : undefined],
  ["capacity the projects add, listed after a colon: a task (新增加的生产能力有:…原盐六十五万吨)", (x) => P.addedCapacity.test(x.sentence ?? "") ? "task" : undefined],
  ["capacity the projects add, named before the number: a task (新增加的采煤能力将达二千四百四十二万吨)", (x) => P.addedCapacityLead.test(x.lead ?? "") ? "task" : undefined],
  ["a capacity item after 、 that shares the 新增 of the clause's first item: a task (新增城镇污水日处理能力1500万立方米、垃圾日处理能力6万吨)", (x) =>
    /能力$/u.test(x.lead ?? "") && (x.clause ?? "").includes("、") && P.addedCapacityLead.test((x.clause ?? "").split("、")[0]) ? "task" : undefined],
  ["a level moved from one number to another: a target (由18小时缩短到5小时)", (x) => P.levelChange.test(x.lead ?? "") ? "target" : undefined],
  ["a product named alone in a list of outputs: a target (…棉纱产量286.5万吨,…,自行车1,484万辆)", (x) =>
    /^[\p{Script=Han}]{1,6}$/u.test(x.clause ?? "") && P.outputList.test((x.sentence ?? "").slice(0, -(x.clause ?? "").length || undefined)) ? "target" : undefined],
  ["a count of units in a statistic's band: a target (年内总收入xxx万元以上的村达xx个, 地区生产总值超百亿县增至35个, 百亿级产业集群数量超20个)", (x) =>
    P.bandCount.test(x.clause ?? "") || ((x.clause ?? "").includes("亿") && P.bandPlaces.test(x.clause ?? "")) ? "target" : undefined],
  ["capacity removed: a task (五年淘汰落后炼铁产能1亿吨)", (x) => P.removalLead.test(x.clause ?? x.lead ?? "") ? "task" : undefined],
  ["a level per head of population: a target (每千人口护士数力争达到4.3人, 配置AED达每10万人45台)", (x) => P.perHead.test(x.lead ?? "") ? "target" : undefined],
  ["a red line guarded: a target, the floor of a statistic (严守18亿亩耕地红线不动摇)", (x) => P.floorLine.test(x.text) ? "target" : undefined],
  ["a statistic named before the number: a target (技术合同成交额达到2000亿元)", (x) => P.statisticLead.test(x.lead ?? "") ? "target" : undefined],
  ["a planned action named before the number: a task (开展职业技能培训40万人次)", (x) => P.actionLead.test(x.lead ?? "") ? "task" : undefined],
  ["an action named as a noun and completed: a task (完成职业技能培训60万人次)", (x) => P.completedAction.test(x.lead ?? "") ? "task" : undefined],
  ["a stock of firms or people at a level, not whom an action reaches (惠及…): a target (科技型中小企业超1.5万户, 市场主体达到230万家)", (x) => P.stockLead.test(x.lead ?? "") && !P.continuationLead.test(x.lead ?? "") ? "target" : undefined],
  ["a named thing's level reached, no action before it: a target (邮路总长度将达到221万多公里, 外送能力达到2000万千瓦)", (x) =>
    P.levelLead.test(x.lead ?? "") && !P.continuationLead.test(x.lead ?? "") ? "target" : undefined],
  ["an amount of money or visits: a target (中央财政将投入60亿元, 边境游突破500万人次)", (x) => P.statisticUnit.test(x.row?.unit ?? "") ? "target" : undefined],
  ["otherwise a planned action's output: a task (建设50个口袋公园)", () => "task"],
];

/**
 * A goal's kind: `target` (an expected value of a statistic), `task` (a
 * planned action with a quantity) or `aim` (qualitative).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(kindOf({ source: "list", text: "城镇新增就业70万人以上", hasNumber: true }), "target");
 * assert.equal(kindOf({ source: "list", text: "居民收入增长和经济增长同步", hasNumber: false }), "aim");
 * const row = { measure: "level", unit: "亿元" };
 * assert.equal(kindOf({ source: "task", text: "技术合同成交额达到2000亿元", hasNumber: true, row, lead: "技术合同成交额达到" }), "target");
 * assert.equal(kindOf({ source: "task", text: "建设50个口袋公园", hasNumber: true, row: { measure: "level", unit: "个" }, lead: "建设" }), "task");
 * ```
 */
export function kindOf(x: KindInput): GoalKind {
  return first(KIND_RULES, x, "task");
}

/** The text a list's time is read from: its intro, or with the headings when they name the years ahead and the intro names no time. */
function listContext(w: When): string {
  const intro = w.intro ?? "";
  const headings = w.headings ?? "";
  // the intro's own time (2023年…主要预期目标是) wins over the headings (今后五年的目标任务和2023年工作安排)
  if (listHorizon(intro, w) === "annual" && !timesIn(intro, w.docYear, w.late).length && P.yearsAhead.test(headings)) return intro + "|" + headings;
  return intro;
}

/** The plan named in a text, with its end year, when it lies after the report year and the text speaks of its end or goals. */
function planEnd(text: string, docYear: number | null): number | undefined {
  const plan = P.planName.exec(text);
  if (!plan || !P.planGoal.test(text) || docYear === null) return undefined;
  const end = indicatorCues.plans[plan[1]];
  return end > docYear ? end : undefined;
}

const YEAR_4 = /(\d{4})年/gu;
/** The first four-digit year in a text not before the report year. */
function firstYear(text: string, docYear: number | null): number | undefined {
  for (const m of matches(YEAR_4, text)) {
    const v = Number(m[1]);
    if (docYear === null || v >= docYear) return v;
  }
  return undefined;
}

const yearsAhead = (t: string) => P.yearsAhead.test(t) || P.span.test(t);

const LIST_HORIZON_RULES: Rule<{ text: string; w: When }, Horizon>[] = [
  ["2035 is long term", ({ text }) => P.longTerm.test(text) ? "long_term" : undefined],
  ["今后五年, 五年 are multi-year", ({ text }) => yearsAhead(text) ? "multi_year" : undefined],
  ["a later plan's end or goals are multi-year", ({ text, w }) => planEnd(text, w.docYear) !== undefined ? "multi_year" : undefined],
  ["a named year more than a year ahead is multi-year", ({ text, w }) => {
    const y = firstYear(text, w.docYear);
    if (y === undefined) return undefined;
    return y - (w.docYear ?? y) > 1 ? "multi_year" : "annual";
  }],
];
const listHorizon = (text: string, w: When) => first(LIST_HORIZON_RULES, { text, w }, "annual");

const HORIZON_RULES: Rule<When, Horizon>[] = [
  ["a list: from its intro (and headings)", (w) => w.source === "list" ? listHorizon(listContext(w), w) : undefined],
  ["a task: the time its sentence, headings or lead name", (w) => taskTime(w)?.horizon],
  ["2035 and beyond is long term", (w) => w.year != null && w.year >= 2035 ? "long_term" : undefined],
  ["a dated aim due by the year after the report's is annual (到1981年… in the 1980 report)", (w) => w.source === "dated" && w.year != null && w.docYear !== null && w.year <= w.docYear + 1 ? "annual" : undefined],
  ["a dated aim otherwise is multi-year", (w) => w.source === "dated" ? "multi_year" : undefined],
  ["a task due after the report year is multi-year", (w) => w.year != null && w.docYear !== null && w.year > w.docYear ? "multi_year" : undefined],
];

/**
 * A goal's horizon: `annual`, `multi_year` or `long_term`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(horizonOf({ source: "list", docYear: 2021, late: false, intro: "今后五年经济社会发展的主要目标是:" }), "multi_year");
 * assert.equal(horizonOf({ source: "dated", docYear: 2021, late: false, year: 2035 }), "long_term");
 * ```
 */
export function horizonOf(w: When): Horizon {
  return first(HORIZON_RULES, w, "annual");
}

const LIST_YEAR_RULES: Rule<{ text: string; w: When }, number | null>[] = [
  ["2035", ({ text }) => P.longTerm.test(text) ? 2035 : undefined],
  ["今后五年: the fifth year from the report's (the fourth when given early in the year)", ({ text, w }) =>
    yearsAhead(text) ? (w.docYear === null ? null : w.docYear + (w.late ? 5 : 4)) : undefined],
  ["a later plan's end year", ({ text, w }) => planEnd(text, w.docYear)],
  ["the first year named, not before the report's", ({ text, w }) => firstYear(text, w.docYear)],
];

const YEAR_RULES: Rule<When, number | null>[] = [
  ["a list: from its intro (and headings)", (w) => w.source === "list" ? first(LIST_YEAR_RULES, { text: listContext(w), w }, w.docYear) : undefined],
  ["a task: the time its sentence, headings or lead name", (w) => taskTime(w)?.year],
  ["the year the aim or task names", (w) => w.year !== undefined ? w.year : undefined],
];

/**
 * The year a goal is due, when it can be told.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(targetYearOf({ source: "list", docYear: 2021, late: false, intro: "今后五年经济社会发展的主要目标是:" }), 2025);
 * assert.equal(targetYearOf({ source: "list", docYear: 2025, late: false, intro: "今年经济社会发展的主要预期目标是:" }), 2025);
 * ```
 */
export function targetYearOf(w: When): number | null {
  return first(YEAR_RULES, w, w.docYear);
}
