/**
 * Stage 9: goal rows (extraction guide, section 4). One row per stated aim,
 * found first and classified after:
 *
 *   1. find: goal lists after an intro (`find_lists.ts`), dated aims outside
 *      reviews (`find_dated.ts`), quantified tasks in plan sections
 *      (`find_tasks.ts`), each finder skipping what an earlier one covered;
 *      nothing in the report's glossary (名词解释, `glossarySpan`) is a goal, and a
 *      number ruled out as an indicator (`indicators/exclude.ts`: policy packages,
 *      a benchmark city's figures, masked words) gives no task, nor does a list's
 *      dated aim's or task's figure restated later (`restatements`);
 *   2. classify: kind, horizon and target year (`classify.ts`, small pure
 *      functions with case tables in `cases/`), theme (`themeOf`), and the
 *      target indicator rows inside the goal.
 */
import { PhraseIndex } from "../../text/hot.ts";
import { indicatorCues, themes } from "../../dictionary/dictionary.ts";
import { findQuantities } from "../numbers/numbers.ts";
import { goalPatterns as P } from "../../dictionary/goal_cues.ts";
import type { Indicator } from "../indicators/indicators.ts";
import type { Document } from "../document.ts";
import { type GoalKind, type GoalSource, type Horizon, horizonOf, kindOf, targetYearOf, timesIn } from "./classify.ts";
import { chainHeadings, type Found, type Scan, scanOf, trimItem } from "./scan.ts";
import { findLists } from "./find_lists.ts";
import { findDated } from "./find_dated.ts";
import { findTasks } from "./find_tasks.ts";
import { breakdownLead, colonLead, flowLead, type LeadItem, measureLead, ownsVerb, investLead, poolLead, purposeLead, sharedLead, subsetLead, topicLead, topicSubjectLead } from "./shared_lead.ts";

export type { GoalKind, Horizon } from "./classify.ts";

/** A goal, in cleaned-text offsets. */
export interface Goal {
  a: number;
  b: number;
  section: number;
  text: string;
  kind: GoalKind;
  horizon: Horizon;
  targetYear: number | null;
  theme: string;
  hasNumber: boolean;
  indicators: number[]; // indices into the document's indicator list
  source: GoalSource;
  /** the words a "、" list's item shares with the item before it, which its own text lacks (`sharedLead`), and where they start */
  lead: string;
  leadAt: number;
}

const themeRules = themes.themes.map((t) => ({ theme: t.theme, cues: t.cues, ids: new Set(t.metric_ids) }));
/** Every theme's cue words: one pass over a text finds the cues it holds. */
const themeCues = new PhraseIndex(new Set(themeRules.flatMap((r) => r.cues)));
/** cue → the themes it counts for, once per listing (speed: a goal's few held cues are looked up, not the 157 cues tried against them) */
const themesOfCue = new Map<string, number[]>();
themeRules.forEach((r, i) => r.cues.forEach((c) => themesOfCue.set(c, [...themesOfCue.get(c) ?? [], i])));

/** economy cues that name only what carries money or work (its theme is what it is spent on): 投资, 资金, 项目 … */
const CARRIERS = new Set(themes.carriers);
/**
 * The theme whose cues (and metric ids) a text hits most often, with its hit count ("" and 0 for none) and
 * whether only carriers hit it (economy through 财政, 资金 … alone: what the money goes to is said elsewhere).
 */
function bestTheme(text: string, metricIds: string[], own = true): [string, number, boolean] {
  const [scores, carriers] = themeScores(text, metricIds);
  let best = "";
  let bestN = 0;
  let carried = false;
  for (let i = 0; i < themeRules.length; i++) {
    const n = scores[i];
    if (n > bestN || (n > 0 && carried)) [best, bestN, carried] = [themeRules[i].theme, n, false];
    if (i === 0) carried = own && n > 0 && carriers === n; // economy hit only by what carries money or work to another field: any hit of that field wins (国家投资造林, 中央财政安排109亿元资金支持再就业)
  }
  return [best, bestN, carried && best === themeRules[0].theme];
}

/** phrases whose cue words name no theme there: 开放 meaning open to the public ("对社会开放共享", "免费开放") */
const NOT_CUES = themes.not_cues;
/** A text with its not-cues blanked ("附属空间对社会开放共享" → its 开放 counts for no theme). */
function withoutNotCues(text: string): string {
  for (const p of NOT_CUES) if (text.includes(p)) text = text.replaceAll(p, " ".repeat(p.length));
  return text;
}

/** Each theme's hits in a text (a cue once, a metric id twice), and how many of the cues held are carriers. */
function themeScores(text: string, metricIds: string[]): [number[], number] {
  const scores = new Array<number>(themeRules.length).fill(0);
  let carriers = 0;
  for (const c of themeCues.held(withoutNotCues(text))) {
    for (const i of themesOfCue.get(c)!) scores[i]++;
    if (CARRIERS.has(c)) carriers++;
  }
  for (let i = 0; i < themeRules.length; i++) for (const id of metricIds) if (themeRules[i].ids.has(id)) scores[i] += 2;
  return [scores, carriers];
}

/**
 * Of the themes a goal's own words hit equally often (n times each), the one its context hits most, the first
 * context that hits any of them deciding ("推动1家医院开展国际医院评审认证" under "持续深化健康海南建设": livelihood,
 * not the reform_opening that 国际 and the order of themes would give), economy hit only through carriers taking no part;
 * undefined when there is no tie or no context hits one.
 */
function tieBroken(text: string, metricIds: string[], n: number, context: string[]): string | undefined {
  const [own, carriers] = themeScores(text, metricIds);
  // economy hit only through carriers (投资, 项目, 企业 …) is no rival: what they carry names the field
  const tied = own.flatMap((v, i) => v === n && (i > 0 || carriers < v) ? [i] : []);
  if (tied.length < 2) return undefined;
  for (const c of context) {
    const [scores] = themeScores(c, []);
    const best = tied.reduce((x, i) => scores[i] > scores[x] ? i : x, tied[0]);
    if (scores[best] > 0 && tied.some((i) => scores[i] < scores[best])) return themeRules[best].theme;
  }
  return undefined;
}

/**
 * The theme whose cue words a text (and its indicators' ids) hit most often; when they hit none,
 * the first of the context texts (its sentence, then its headings, innermost first) that hits one.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(themeOf("城镇新增就业70万人以上", ["urban_new_jobs"]), "livelihood");
 * assert.equal(themeOf("310支专职消防队"), "security_governance");
 * assert.equal(themeOf("各类1500公里", [], "改造老旧小区1291个、各类1500公里"), "urban_rural");
 * assert.equal(themeOf("100处户外微场地", [], "新建100处户外微场地", "持续保障和改善民生"), "livelihood");
 * assert.equal(themeOf("中央财政拟安排补贴资金1335亿元", [], "继续实施对种粮农民直接补贴,中央财政拟安排补贴资金1335亿元"), "urban_rural");
 * ```
 */
export function themeOf(text: string, metricIds: string[] = [], ...context: string[]): string {
  const [own, n, carried] = bestTheme(text, metricIds);
  if (carried) return carriedTheme(context) || own;
  let best = own && (tieBroken(text, metricIds, n, context) ?? own);
  for (let i = 0; !best && i < context.length; i++) [best] = bestTheme(context[i], [], false);
  return best;
}

/**
 * The theme of money or work whose own words name only its carrier ("中央财政拟安排补贴资金1335亿元"): that of the
 * first context text that hits a theme, its carriers yielding to any other as a goal's own words do ("对种粮农民直接补贴…,
 * 中央财政拟安排补贴资金1335亿元": urban_rural) and a context of carriers alone passed over; "" when none hits one.
 */
function carriedTheme(context: string[]): string {
  for (const c of context) {
    const [best, , carried] = bestTheme(c, []);
    if (best && !carried) return best;
  }
  return "";
}

/** The UTF-16 units of some characters, for loops that test a character at a time (a regex call per character costs far more). */
const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const SENTENCE_END = codes("。;!?\n");
const CLAUSE_END = codes(",;:。!?\n");
const FULL_STOP = codes("。!?\n");
const SENTENCE_OR_COLON = codes("。;!?\n:");

/** Where a look back from `at` stops: right after the last of `ends` before it, at most `reach` units back (or at the text's start). */
function startBefore(text: string, at: number, reach: number, ends = SENTENCE_END): number {
  let x = at;
  while (x > 0 && at - x < reach && !ends.has(text.charCodeAt(x - 1))) x--;
  return x;
}

/** The sentence holding [a, b): from the last 。 ; ! ? or line break before a to the first after b (or the last and first of `ends`). */
function sentenceAround(text: string, a: number, b: number, ends = SENTENCE_END): string {
  const x = startBefore(text, a, 200, ends);
  let y = b;
  while (y < text.length && y - b < 200 && !ends.has(text.charCodeAt(y))) y++;
  return text.slice(x, y);
}

/** The words of a number's clause before it, across "、" (the verb a "、" item shares: "淘汰落后炼铁产能1亿吨、落后炼钢产能…"). */
function clauseLead(text: string, at: number): string {
  let a = at;
  while (a > 0 && at - a < 80 && !CLAUSE_END.has(text.charCodeAt(a - 1))) a--;
  return text.slice(a, at);
}

/** How a row measures, its value and period, to tell one figure stated twice; "" for a masked or empty value. */
/** A row's value, unit and period, whatever it measures. */
const valueKey = (r: Indicator) => [r.value, r.valueMax, r.unit, r.period].join("|");
const figureKey = (r: Indicator) => r.masked || r.value === null ? "" : [r.measure, r.value, r.valueMax, r.unit, r.period].join("|");

/**
 * Whether a row restates a figure of the goal rows stated so far: the same figure of a metric its own ends
 * with ("提出国内生产总值增长8%左右" after the list's "国内生产总值增长8%左右", a task's "一九五八年工业总产值计划达到
 * 六百四十三亿七千万元" in a later paragraph than the plan's "一九五八年的工业总产值,拟定为六百四十三亿七千万元"), or
 * of any metric in a sentence that says so ("中央提出今年经济增长预期目标为8%左右", "经济增长目标设定为6%左右",
 * then of any measure) or that names the figure a target ("…棉花产量三千五百万担的指标,…都是很积极的"), which gives
 * no second goal. `add` states a goal's rows; a task's restate nothing in its own
 * paragraph, where the same figure is a parallel measure ("对连续参保…提高…限额3800元。对当年未发生…报销的…,次年提高…限额3800元").
 */
function restatements(text: string, stated: Indicator[]) {
  const metrics = new Map<string, [Indicator, number][]>(); // a row, and the paragraph start before which it must lie (-1: anywhere)
  const values = new Set<string>(); // a restating sentence may read the figure with another measure ("经济增长目标设定为6%左右": a level)
  const add = (r: Indicator, anywhere = true) => {
    const k = figureKey(r);
    if (k && r.metric) { // (pushed in place: a copy per row is quadratic in rows of one figure)
      const named = metrics.get(k);
      if (named) named.push([r, anywhere ? -1 : r.valueB]);
      else metrics.set(k, [[r, anywhere ? -1 : r.valueB]]);
    }
    if (k) values.add(valueKey(r));
  };
  stated.forEach((r) => add(r));
  const has = (r: Indicator, sentence = "") => {
    if (!figureKey(r)) return false;
    if ((P.restatement.test(sentence) || P.namedTargetAfter.test(text.slice(r.valueB, r.valueB + 5))) && values.has(valueKey(r))) return true;
    const named = metrics.get(figureKey(r));
    if (!named || !r.metric) return false;
    const para = text.lastIndexOf("\n", r.valueA);
    // (not the row itself, inside a goal before)
    return named.some(([o, end]) => o !== r && r.metric.endsWith(o.metric) && (end < 0 || para >= end));
  };
  return { add, has };
}

/**
 * A goal's theme (`themeOf`) from its words, its sentence up to ";" and its headings; when none names one, that of
 * the whole sentence up to "。" for a figure, whose subject may lie clauses before ("例如,钢的产量,一九五八年…;一九五九年比
 * 一九五八年计划增长百分之六十二…": economy); an aim with no number naming none has none (基本实现社会主义现代化).
 */
function goalTheme(s: Scan, item: string, metricIds: string[], a: number, b: number, hasNumber: boolean): string {
  const theme = themeOf(item, metricIds, sentenceAround(s.text, a, b), ...chainHeadings(s.doc.sections, s.sectionOf(a)).split("|"));
  return theme || !hasNumber ? theme : themeOf(sentenceAround(s.text, a, b, FULL_STOP));
}

/** The goal row of a found clause, or null when its trimmed text is under two characters. */
function goalOf(s: Scan, f: Found): Goal | null {
  let [a, b] = trimItem(s.text, f.a, f.b);
  const mark = f.source === "task" ? P.itemMark.exec(s.text.slice(a, Math.min(b, a + 8))) : null; // "(一)工业支出为…"
  if (mark) [a, b] = trimItem(s.text, a + mark[0].length, b);
  const connective = s.text[a] === "而" || s.text[a] === "就" || s.text.startsWith("同时", a) ? P.leadingConnective.exec(s.text.slice(a, b)) : null; // cheap guard: 而私营工业则只占0.4%, 同时增加…
  if (connective) a += connective[0].length;
  if (b - a < 2) return null;
  const inside = s.endingIn(a, b + 40).map((i) => [s.inds[i], i] as const).filter(([r]) => r.a < b && r.b > a && r.status === "target");
  const hasNumber = !!f.vague || inside.length > 0 || findQuantities(s.text, a, b).length > 0;
  const item = s.text.slice(a, b);
  const row = f.row && { measure: f.row.measure, unit: f.row.unit, metric: f.row.metric };
  return {
    a, b, section: s.sectionOf(a), text: item,
    kind: kindOf({ source: f.source, text: item, hasNumber, row, lead: f.row && s.text.slice(a, Math.max(a, f.row.valueA)), clause: f.row && clauseLead(s.text, f.row.valueA), sentence: f.when.sentence, after: f.row && s.text.slice(Math.min(b, f.row.valueB), b) }),
    horizon: horizonOf(f.when), targetYear: targetYearOf(f.when), hasNumber,
    theme: goalTheme(s, item, inside.map(([r]) => r.metricId).filter(Boolean), a, b, hasNumber),
    indicators: inside.map(([, i]) => i),
    source: f.source,
    lead: "",
    leadAt: a,
  };
}

/**
 * Goal rows of one document, given its indicator rows.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { identity } from "../../text/mapped.ts";
 * import { normalize } from "../normalize.ts";
 * import { documentFacts } from "../facts.ts";
 * import { outline, sentences } from "../outline.ts";
 * import { sectionIndex } from "../spans.ts";
 * import { indicators } from "../indicators/indicators.ts";
 * const clean = normalize(identity("二、2025年工作安排\n今年经济社会发展的主要预期目标是:地区生产总值增长5.5%左右,城镇新增就业110万人以上。\n"));
 * const n = clean.text.length;
 * const sections = outline(clean.text, 0, n, 2025);
 * const at = sectionIndex(sections);
 * const doc = {
 *   id: "case", source: "case.txt", sourceText: "", clean, a: 0, b: n, noiseChars: 0, encoding: "utf-8" as const,
 *   facts: { ...documentFacts(clean.text, "case.txt", true), year: 2025 }, sections,
 *   sentences: sentences(clean.text, 0, n).map((s) => ({ ...s, section: at(s.a) })),
 * };
 * const got = goals(doc, indicators(doc)).map((g) => [g.text, g.kind, g.horizon, g.targetYear]);
 * assert.deepEqual(got, [["地区生产总值增长5.5%左右", "target", "annual", 2025], ["城镇新增就业110万人以上", "target", "annual", 2025]]);
 * ```
 */
export function goals(doc: Document, inds: Indicator[]): Goal[] {
  const s = scanOf(doc, inds);
  const out: Goal[] = [];
  const add = (found: Found[]) => {
    for (const f of found) {
      const g = f.a < s.glossary[0] || f.a >= s.glossary[1] ? goalOf(s, f) : null; // a glossary defines, it plans nothing
      if (g) out.push(g);
    }
  };
  add(findLists(s));
  add(findDated(s));
  const restated = restatements(s.text, out.flatMap((g) => g.indicators.map((i) => inds[i])));
  const dated: [number, number][] = out.flatMap((g) => g.source === "dated" && g.targetYear !== null ? [[g.a, g.targetYear]] : []);
  for (const f of findTasks(s, new Set(out.flatMap((g) => g.indicators)), dated)) {
    if (f.row && restated.has(f.row, f.when.sentence)) continue; // a figure stated before, by a list, dated aim or task
    const before = out.length;
    add([f]);
    for (const g of out.slice(before)) g.indicators.forEach((i) => restated.add(inds[i], false));
  }
  return withLeads(s, withHeadTimes(s, out.sort((x, y) => x.a - y.a).filter((g) => !isBreakdown(s, g)))).map((g) => trimmedWords(s, g));
}

/** the last characters of a district's, county's or city's name (the indicator cues' place_ends) */
const PLACE_ENDS = new Set(indicatorCues.place_ends);

/**
 * The measure a goal with no lead, naming only its "、" list of places, takes from its row's metric, which the indicator
 * stage carried from the row before ("到2027年河西区经济总量达到1300亿元以上,西青区、武清区率先达到1000亿元": row 西青区经济总量 →
 * 经济总量); "" when the text names the measure itself or opens with no place.
 */
function placesMeasure(s: Scan, g: Goal): string {
  const k = g.text.indexOf("、");
  if (g.lead || !g.indicators.length || k < 2 || !PLACE_ENDS.has(g.text[k - 1])) return ""; // cheap guard
  const first = g.text.slice(0, k);
  const metric = s.inds[g.indicators[0]].metric;
  const measure = metric.startsWith(first) ? metric.slice(first.length) : "";
  return measure.length >= 2 && !g.text.includes(measure) ? measure : "";
}

/** what may follow 其中 when it opens a list, not a part (其中:…) */
const PUNCT_AFTER_BREAKDOWN = codes(":,、");

/**
 * A goal without the words its text only frames itself with: the 其中 of a part whose lead names the whole it is a part of
 * ("其中水库5座" after "建设农村“水盆子”684个": 水库5座, lead 建设农村“水盆子”), and a 目标 right after its quantity, which only
 * names the list a target ("实现新增…、储能60万千瓦目标": 储能60万千瓦). A part with no lead keeps its 其中, which alone ties it to the
 * clause before.
 */
function trimmedWords(s: Scan, g: Goal): Goal {
  const measure = placesMeasure(s, g);
  if (measure) [g.lead, g.leadAt] = [measure, Math.max(0, s.text.lastIndexOf(measure, g.a))];
  if (g.lead.length > 2 && g.text.startsWith("其中") && g.text.length > 4 && !PUNCT_AFTER_BREAKDOWN.has(g.text.charCodeAt(2))) {
    [g.a, g.text] = [g.a + 2, g.text.slice(2)];
  }
  if (g.text.endsWith("目标") && findQuantities(s.text, g.a, g.b).some((q) => q.b === g.b - 2)) {
    [g.b, g.text] = [g.b - 2, g.text.slice(0, -2)];
  }
  return g;
}

/**
 * The goals, each task breaking down the goal right before it ("," then 其中: "实施总额4万亿元的两年投资计划,其中中央政府拟新增
 * 1.18万亿元") given that goal's horizon and year when its own text names no time: a part of a count is due when the count is.
 */
function withHeadTimes(s: Scan, out: Goal[]): Goal[] {
  out.forEach((g, i) => {
    const head = out[i - 1];
    if (!head || g.source !== "task" || !g.text.startsWith("其中") || s.text[g.a - 1] !== "," || head.b !== g.a - 1) return;
    if (timesIn(g.text, s.year, s.late).length) return; // (a time of its own: 其中今年…)
    [g.horizon, g.targetYear] = [head.horizon, head.targetYear];
  });
  return out;
}

/** Where the last word opening a breakdown's kinds stands in a segment (包括, 其中有), and the word; -1 for none. */
function breakdownCue(segment: string): [number, string] {
  const k = segment.lastIndexOf("包括"), h = segment.lastIndexOf("其中有");
  return h > k ? [h, "其中有"] : [k, "包括"];
}

/**
 * Whether a task is an item of the breakdown of a count told before it ("…共计四十四个。其中包括十个水泥厂和二十三个
 * 森林工业企业"; "项目共有一千零九十二个,其中包括五十一个钢铁企业,三十三个有色金属企业,…"; "一百二十个大型项目,其中有十大钢铁基地,…,
 * 三十个大电站"): a clause of its sentence up to it opens with 包括 (or 其中包括, 其中有), and no piece from there to the task's end says a predicate of its own
 * (`ownPredicate`) or opens a list (":"). The count is the goal; its kinds are no goals of their own.
 */
function isBreakdown(s: Scan, g: Goal): boolean {
  if (g.source !== "task") return false;
  const x = startBefore(s.text, g.a, 200);
  const segment = s.text.slice(x, g.b);
  const [k, cue] = breakdownCue(segment); // cheap guard
  if (k < 0 || !/(?:^|,)(?:其中)?包括$|(?:^|,)其中有$/u.test(segment.slice(0, k + cue.length))) return false;
  const items = segment.slice(k + cue.length);
  return !items.includes(":") && !P.ownPredicate.test(items);
}

/** A goal as the lead rule reads it: its text and where its first number (its first indicator's, else any) starts. */
function leadItem(s: Scan, g: Goal): LeadItem {
  const at = g.indicators.length ? Math.min(...g.indicators.map((i) => s.inds[i].valueA)) : findQuantities(s.text, g.a, g.b)[0]?.a;
  return { text: g.text, number: at === undefined || at < g.a ? -1 : at - g.a };
}

/** The lead a task's colon list gives it (`colonLead`) and where it starts, when the task opens the list or follows one of its items; else null. */
function colonOf(s: Scan, g: Goal, item: LeadItem, gap: string, before: [string, number] | null): [string, number] | null {
  if (g.source !== "task" || ownsVerb(item)) return null;
  if (s.text[g.a - 1] !== ":") return gap === "," || gap === "、" ? before : null;
  const x = startBefore(s.text, g.a - 1, 79, SENTENCE_OR_COLON); // (79 back from the colon: 80 from the task)
  const intro = s.text.slice(x, g.a - 1);
  const lead = colonLead(intro);
  return lead ? [lead, x + intro.lastIndexOf(lead)] : null;
}

/** The unit of a goal's first indicator row ("" for none). */
function firstUnit(s: Scan, g: Goal): string {
  return g.indicators.length ? s.inds[g.indicators[0]].unit : "";
}

/** The measure a "、" item naming only its subject shares with its head (`measureLead`: 产量 for 新能源汽车140万辆), both counted in one unit; else "". */
function measureOf(s: Scan, head: LeadItem, headGoal: Goal | null, g: Goal, item: LeadItem): string {
  const unit = firstUnit(s, g);
  return headGoal && unit && firstUnit(s, headGoal) === unit ? measureLead(head, item) : "";
}

/** what joins an item opening with its number to the item before it, as "、" does ("…2000所县级医院和2400所城市社区卫生服务中心建设") */
const JOINS = new Set([",", "和", "及", "以及"]);

/** The subject a flow item shares with the first clause of its chain (`flowLead`: 中等专业学校 for 毕业学生17.9万人) and where it starts; else null. */
function flowOf(s: Scan, g: Goal): [string, number] | null {
  if (s.text[g.a - 1] !== ",") return null; // cheap guard: a flow item follows a clause of its chain
  const x = startBefore(s.text, g.a, 120, SENTENCE_OR_COLON);
  const lead = flowLead(s.text.slice(x, g.a), g.text);
  return lead && [lead[0], x + lead[1]];
}

/** The set a part counted by a relative clause belongs to (`subsetLead`: 1956年施工的限额以上建设单位 for 继续建设的693个) and where it starts; else null. */
function subsetOf(s: Scan, g: Goal, item: LeadItem): [string, number] | null {
  if (s.text[g.a - 1] !== "," || item.number <= 0 || !s.text.slice(g.a, g.a + item.number).includes("的")) return null; // cheap guard
  let x = g.a;
  while (x > 0 && g.a - x < 200 && !SENTENCE_END.has(s.text.charCodeAt(x - 1)) && s.text[x - 1] !== ":") x--;
  const lead = subsetLead(s.text.slice(x, g.a), item);
  return lead && [lead[0], x + lead[1]];
}

/** The projects a flow of investment shares with the clause or "、" item before it (`investLead`: 省重点项目 for 完成投资1万亿元) and where they start; else null. */
function investOf(s: Scan, g: Goal, item: LeadItem): [string, number] | null {
  if ((s.text[g.a - 1] !== "," && s.text[g.a - 1] !== "、") || !g.text.includes("投资")) return null; // cheap guard
  let x = g.a - 1;
  while (x > 0 && g.a - x < 80 && !CLAUSE_END.has(s.text.charCodeAt(x - 1))) x--;
  const lead = investLead(s.text.slice(x, g.a - 1), item);
  return lead && [lead[0], x + lead[1]];
}

/** The pool its sentence opens with, whose part a goal is (`poolLead`: 地方预算支出 for 经济建设费为…), and where it starts; else null. */
function poolOf(s: Scan, g: Goal): [string, number] | null {
  let x = g.a;
  while (x > 0 && g.a - x < 200 && !SENTENCE_END.has(s.text.charCodeAt(x - 1))) x--;
  const sentence = s.text.slice(x, g.a);
  if (!sentence.includes("中,")) return null; // cheap guard
  const p = s.text.lastIndexOf("\n", x) + 1;
  const lead = poolLead(sentence, s.text.slice(p, x));
  return lead && [lead[0], lead[1] < 0 ? p + s.text.slice(p, x).indexOf(lead[0]) : x + lead[1]];
}

/** The measure a goal's money is for, its words pointing back to it (`purposeLead`: 为此), and where it starts; else null. */
function purposeOf(s: Scan, g: Goal, item: LeadItem): [string, number] | null {
  if (item.number <= 0 || !g.text.slice(0, item.number).includes("为此")) return null; // cheap guard
  let x = g.a;
  while (x > 0 && g.a - x < 200 && !SENTENCE_END.has(s.text.charCodeAt(x - 1)) && s.text[x - 1] !== ":") x--;
  let p = x - 1;
  while (p > 0 && x - p < 200 && !SENTENCE_END.has(s.text.charCodeAt(p - 1))) p--;
  const lead = purposeLead(s.text.slice(x, g.a), s.text.slice(Math.max(0, p), x), item);
  return lead && [lead[0], (lead[2] ? x : Math.max(0, p)) + lead[1]];
}

/** The topic its sentence opens with before 要, for a goal saying no subject of its own (`topicSubjectLead`: 稀土 for 力争全产业链产值突破…), and where it starts; else null. */
function topicSubjectOf(s: Scan, g: Goal): [string, number] | null {
  if (!P.subjectlessOpening.test(g.text)) return null; // cheap guard
  const x = startBefore(s.text, g.a, 200);
  const lead = topicSubjectLead(s.text.slice(x, g.a), g.text);
  return lead && [lead[0], x + lead[1]];
}

/**
 * The topic of its paragraph a task pointing back to projects takes (`topicLead`: 冶金工业 for 这些建设项目,…), or a later task of
 * a sentence that opens so ("这些项目,在今年内可以建设完工的有七个,新增加水泥生产能力八十三万三千吨": 建筑材料工业), and where it starts; else null.
 */
function topicOf(s: Scan, g: Goal): [string, number] | null {
  const x = startBefore(s.text, g.a, 200);
  const opening = s.text.slice(x, g.a).replace(/^[\s\u3000]+/u, "");
  const pointer = opening || g.text; // (the sentence's opening, when the task is not it)
  if (pointer[0] !== "这" && pointer[0] !== "上") return null; // cheap guard
  const p = s.text.lastIndexOf("\n", g.a) + 1;
  const paragraph = s.text.slice(p, g.a);
  const lead = topicLead(paragraph, pointer);
  return lead ? [lead, p + paragraph.indexOf(lead)] : null;
}

/**
 * The goals, each item of a "、" list given the lead it shares with the list's head (`sharedLead`): the nearest item
 * before it, across "、" (or ",", 和, 及 for an item opening with its number: "建设24个群众滑冰场,26个户外健身中心",
 * "实施30项省科技重大专项和150项重点研发计划项目"), that says its own verb; each task of a colon list whose items say no predicate, the
 * subject its intro names (`colonLead`: "冶金工业在今年内新增加的生产能力有:生铁一百八十八万吨,钢…").
 */
function withLeads(s: Scan, out: Goal[]): Goal[] {
  let head: LeadItem | null = null;
  let headAt = 0;
  let headGoal: Goal | null = null;
  let colon: [string, number] | null = null;
  out.forEach((g, i) => {
    const item = leadItem(s, g);
    const gap = i > 0 ? s.text.slice(out[i - 1].b, g.a) : "";
    const listed = gap === "、" || (JOINS.has(gap) && item.number === 0); // (an item opening with its number shares across ",", 和 too)
    if (listed && head) [g.lead, g.leadAt] = [sharedLead(head, item), headAt];
    // a flow of investment takes the projects its head counts, not the head's verb ("实施省重点项目1550个、年度计划投资7150亿元")
    if (gap === "、" && g.text.includes("投资")) [g.lead, g.leadAt] = investOf(s, g, item) ?? [g.lead, g.leadAt];
    // an item sharing its head's lead, which the head lacks too ("其中水库5座、淤地坝20座": 建设农村“水盆子”)
    if (listed && !g.lead && headGoal?.lead && !ownsVerb(item)) [g.lead, g.leadAt] = [headGoal.lead, headGoal.leadAt];
    // an item naming only its subject, its head's measure shared ("力争整车产量200万辆、新能源汽车140万辆": 产量)
    const measure = gap === "、" && !g.lead && head ? measureOf(s, head, headGoal, g, item) : "";
    if (measure) [g.lead, g.leadAt] = [measure, headAt];
    colon = colonOf(s, g, item, gap, colon);
    if (!g.lead && colon) [g.lead, g.leadAt] = colon;
    if (!g.lead) [g.lead, g.leadAt] = flowOf(s, g) ?? [g.lead, g.leadAt];
    if (!g.lead && gap === ",") [g.lead, g.leadAt] = [breakdownLead(leadItem(s, out[i - 1]), item), out[i - 1].a];
    if (!g.lead) [g.lead, g.leadAt] = subsetOf(s, g, item) ?? topicOf(s, g) ?? investOf(s, g, item) ?? poolOf(s, g) ?? purposeOf(s, g, item) ?? topicSubjectOf(s, g) ?? [g.lead, g.leadAt];
    if (!listed || (ownsVerb(item) && !measure)) [head, headAt, headGoal] = [item, g.a, g]; // (an item sharing the head's measure leaves it the head: …、航空航天增长20%以上、生物医药增长6%左右)
  });
  return out;
}
