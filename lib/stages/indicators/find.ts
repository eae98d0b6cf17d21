/**
 * Finding the mentions of one sentence: its quantities, a baseline merged
 * into its level ("由2.35%提高至2.95%"), 分别 lists spread over the metrics
 * before them, and clauses without a metric of their own taking the subject
 * of the clause or row before ("地区生产总值7600亿元、增长8%左右").
 */
import { absoluteChange, knownMetricAtStart, metricInfo, trimEdges } from "../../dictionary/metrics.ts";
import { countNumber, type Quantity } from "../numbers/numbers.ts";
import { regionsNamed } from "../../dictionary/regions.ts";
import { metricSubjects } from "../../dictionary/dictionary.ts";
import { type Clause, countedMetric, headOfSameEnd, insideQuotes, metricAfter, readClause, spreadMetrics, verbAloneItem } from "./clause.ts";
import type { SentenceContext } from "./context.ts";
import { excluded } from "./exclude.ts";
import {
  DESCRIPTION, SHARE_VERB_END, SIZE_CLASS_OF, QUAL_BEFORE, FLOW_VERB_KEPT,
  BASELINE_LEAD, BASELINE_TO, CUT_NUMBER, LEAD_VERB, LIST_EACH, LIST_SEP, NAME_AFTER, POLICY_AFTER, RANK_POOL, RANK_TAIL, RANK_TOP, SPEC_AFTER, SPEC_BEFORE, SPEC_NEXT, SPEC_FACILITY_AFTER, SPEC_QUANTITIES, THRESHOLD_AFTER, THRESHOLD_CLASS, OVER_BEFORE, OVER_CLASS, ZONE_PART_AFTER, LIMIT_AFTER, MULTIPLE_OF, BARE_BASE, WINDOW, BARE_HEAD, BARE_TIME, COMPARE_BEFORE, PER_YEAR_HEAD, PROJECT_INVEST_AFTER, PROJECT_INVEST_BEFORE, PROJECT_ATTRIBUTE_AFTER, PROJECT_LENGTH_AFTER, PROJECT_LENGTH_BEFORE, SET_BEFORE, TARGET_BENCHMARK, FLOW_VERB_END, FLOW_HEAD_SHARED, RATE_OR_SHARE_END, SHARE_NOUN_END, STOCK_END, POOL_AMONG_AFTER, LEADING_COUNT_AFTER, POOL_ENTERED, POOL_ONE_OF, POOL_PART_AFTER, RANK_SCOPE_END, RANK_STREAK_END,
} from "./patterns.ts";
import { type Indicator, makeRow } from "./row.ts";
import { beneficiaries, completedSubject, countedItems, levelWordNoun, listItemOutput, namesNothing, regionClassMetric } from "./subject.ts";
import { cues, PAST_LEVEL_ALONE } from "./patterns.ts";
import { alternation as alt, needing } from "../../text/regex.ts";
import { afterLast, lastIndexWithin, matches } from "../../text/hot.ts";

const COUNTED = new Set(["count", "people", "households", "person_times"]);
/** the unit of a count of things or people (个, 家, 件, 万户, 万人次 …), not an amount or a rate */
const COUNTED_UNIT = /^(?:万|亿)?(?:个|家|件|户|人|人次|所|座|项|处|宗|起|批|名|张|套|台|辆|条|只|份)$/u;

/** A start value before its level, "由2.35%提高至2.95%": the value and where its 由 starts. */
function baselineAt(ctx: SentenceContext, qs: Quantity[], k: number): { value: number | null; a: number; skip?: number } | null {
  const q = qs[k];
  const next = qs[k + 1];
  if (!next || q.kind !== next.kind || q.kind === "multiple") return null;
  // the same unit, or one base in two magnitudes: "由二十八万人增加到三十一万五千人"
  if (next.unit !== q.unit && !(q.base && q.base === next.base)) return null;
  const lead = BASELINE_LEAD.exec(ctx.text.slice(Math.max(ctx.sentA, q.a - 12), q.a));
  if (!lead) return null;
  // a list of starts, the last one the end's: "从1979年的170亿元、1980年的127亿元,预计降低到今年的27亿元"
  if (START_NEXT.test(ctx.text.slice(q.b, next.a))) {
    const last = startsChained(ctx, qs, k + 1);
    return last ? { value: last.value, a: q.a - lead[0].length, skip: last.skip + 1 } : null;
  }
  if (!BASELINE_TO.test(ctx.text.slice(q.b, next.a))) return null;
  const value = q.value === null || next.unit === q.unit ? q.value : Math.round(q.value * q.factor / next.factor * 1e6) / 1e6;
  // (a per-person base stays in the metric, its 从 dropped by the edges: "标准从每人每月2295元提高到" → 标准每人每月)
  return { value, a: PER_PERSON_END.test(lead[0]) ? q.a : q.a - lead[0].length };
}
const PER_PERSON_END = /(?:每人|每户|每生)(?:每[年月日])?$/u;
/** a later start of a list of starts, after its year: "、1980年的" */
const START_NEXT = /^、(?:[\d〇○零一二三四五六七八九]{4}年|上年|去年)(?:末|底)?的$/u;

/** The last of a list of starts from k (each after "、<year>的", the last before its end): its value and how many follow k. */
function startsChained(ctx: SentenceContext, qs: Quantity[], k: number): { value: number | null; skip: number } | null {
  const q = qs[k];
  const next = qs[k + 1];
  if (!next || q.kind !== next.kind || next.unit !== q.unit) return null;
  const between = ctx.text.slice(q.b, next.a);
  if (BASELINE_TO.test(between)) return { value: q.value, skip: 0 };
  if (!START_NEXT.test(between)) return null;
  const last = startsChained(ctx, qs, k + 1);
  return last ? { value: last.value, skip: last.skip + 1 } : null;
}

/**
 * Where a list's metrics end in the clause before its first number: at 分别 ("A、B分别增长8%和10%"), at 均
 * ("A、B均增长20%", one value for each; 各 right before the value: "A、B各2所"), or, with no word, where the verb starts ("A、B增长13.6%、9.8%").
 */
function listMarker(pre: string): { at: number; len: number; each: boolean } | null {
  const f = pre.lastIndexOf("分别");
  if (f >= 0) return { at: f, len: 2, each: false };
  const j = LIST_EACH.exec(pre);
  if (j) return { at: j.index, len: j[0].length, each: true };
  // "新增职业技术大学、高等职业学校各2所": 各 right before the value gives it to each item of the list
  if (pre.endsWith("各") && (pre.includes("、") || pre.includes("和"))) return { at: pre.length - 1, len: 1, each: true };
  return null;
}

/** The metrics of a list, each read on its own (its own 涨幅 makes it a growth); split at 、 and 和, or at 、 only. */
function listParts(text: string, a: number, b: number, splitAnd = true): Clause[] {
  const parts: Clause[] = [];
  let from = a;
  for (const piece of text.slice(a, b).split(splitAnd ? /(、|和(?=[^和]{2,}))/u : /(、)/u)) {
    if (piece && piece !== "、" && piece !== "和") parts.push(verbAloneItem(readClause(text, from, from + piece.length), piece));
    from += piece.length;
  }
  return parts;
}

/** The quantities of a list from k on: joined by 、, 和, 及 … */
function listGroup(ctx: SentenceContext, qs: Quantity[], k: number): Quantity[] {
  const group: Quantity[] = [qs[k]];
  while (qs[k + group.length] && LIST_SEP.test(ctx.text.slice(group[group.length - 1].b, qs[k + group.length].a))) {
    group.push(qs[k + group.length]);
  }
  return pointsShared(group);
}

/**
 * "分别高于全省2.2个和3.7个百分点": a 个 before the list's last value in 个百分点 is that unit cut short, shared
 * with the last (not a count of 2.2).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { findQuantities } from "../numbers/numbers.ts";
 * import { pointsShared } from "./find.ts";
 * const text = "分别高于全省2.2个和3.7个百分点";
 * assert.equal(pointsShared(findQuantities(text, 0, text.length))[0].unit, "个百分点");
 * ```
 */
export function pointsShared(group: Quantity[]): Quantity[] {
  const last = group[group.length - 1];
  if (group.length < 2 || last.unit !== "个百分点" || !group.some((g) => g.unit === "个")) return group;
  return group.map((g) => g.unit === "个" ? { ...g, unit: last.unit, base: last.base, factor: last.factor, quantity: last.quantity } : g);
}

/**
 * the words between a list of changes and the levels before it whose metrics it takes in turn
 * (`rows_before_leads` and a growth or decline verb): ",扣除价格因素,分别实际增长", ",比上年增长"
 */
const ROWS_BEFORE_LEAD = new RegExp(
  `^[,，;；]?(?:(?:${alt(cues.rows_before_leads)})[,，]?){0,4}(?:${alt(cues.growth)}|${alt(cues.decline)})$`,
  "u",
);

/**
 * A list of values with no metric of its own right after as many levels of different metrics, each taking the
 * metric of its level in turn: "城镇居民人均可支配收入17175元,农村居民人均纯收入5153元,实际增长9.8%和8.5%" (9.8%
 * is the urban growth), "…分别为774亿元、536亿元、138亿元和123亿元,比上年增长29.2%、39.4%、65.4%和23.9%".
 */
function valuesOfRowsBefore(ctx: SentenceContext, qs: Quantity[], k: number, rows: Indicator[]): { rows: Indicator[]; count: number } | null {
  const q = qs[k];
  const prevQ = qs[k - 1];
  if (!prevQ || q.a - prevQ.b > 24 || !ROWS_BEFORE_LEAD.test(ctx.text.slice(prevQ.b, q.a))) return null;
  const found = levelsBeforeGroup(ctx, qs, k, rows);
  if (!found) return null;
  const { group, before } = found;
  // (each a row of its own metric)
  if (new Set(before.map((r) => r.metric)).size < group.length) return null;
  return rowsInTurn(ctx, group, before, readClause(ctx.text, prevQ.b, q.a), (r) => r.metric);
}

/**
 * The list group ending at quantity k and the last n rows, when the group holds n ≥ 2 quantities and those rows are
 * levels of the n quantities right before it; else null.
 */
function levelsBeforeGroup(ctx: SentenceContext, qs: Quantity[], k: number, rows: Indicator[]): { group: Quantity[]; before: Indicator[] } | null {
  const group = listGroup(ctx, qs, k);
  const n = group.length;
  const before = rows.slice(-n);
  if (n < 2 || before.length < n || k < n) return null;
  return before.some((r, i) => r.valueB !== qs[k - n + i].b || r.measure !== "level") ? null : { group, before };
}

/** The group's quantities as rows of the metrics of the rows before in turn (`metricOf` each), `verb` the clause between. */
function rowsInTurn(ctx: SentenceContext, group: Quantity[], before: Indicator[], verb: Clause, metricOf: (r: Indicator) => string): { rows: Indicator[]; count: number } {
  const n = group.length;
  const out = group.map((g, i) => {
    const clause = { ...verb, metric: metricOf(before[i]), metricA: before[i].metricA, metricB: before[i].metricB };
    return makeRow(ctx, { q: g, clause, spanA: before[i].metricA, groupLast: group[n - 1], baseline: null });
  });
  return { rows: out, count: n };
}

/** the words between a list of flows and the stocks they add to: ",累计分别达到" */
const STOCKS_LEAD = /^[,，;；]?累计分别(?:达到|达|为|超过)?$/u;

/**
 * "浦东新区法规、管理措施分别新增4部、10部,累计分别达到22部、31部" → 浦东新区法规 22部, 管理措施 31部: the stocks after
 * a list of flows take the flows' metrics in turn, without the flow verb.
 */
function stocksOfRowsBefore(ctx: SentenceContext, qs: Quantity[], k: number, rows: Indicator[]): { rows: Indicator[]; count: number } | null {
  const q = qs[k];
  const prevQ = qs[k - 1];
  if (!prevQ || q.a - prevQ.b > 10) return null;
  const lead = ctx.text.slice(prevQ.b, q.a);
  if (!lead.includes("累计") || !STOCKS_LEAD.test(lead)) return null;
  const found = levelsBeforeGroup(ctx, qs, k, rows);
  if (!found) return null;
  const { group, before } = found;
  if (before.some((r, i) => r.unit !== group[i].unit)) return null;
  return rowsInTurn(ctx, group, before, readClause(ctx.text, prevQ.b, q.a), (r) => r.metric.replace(FLOW_HEAD, ""));
}

/**
 * Whether every number of the clause before `qs[k]` is a class inside a metric (`inMetric`: "年收益超10万元、超30万元村集体占比"),
 * so a list may still be read; any other number before, inside the clause, stands in no list.
 */
function onlyClassesBefore(qs: Quantity[], k: number, commaStart: number, inMetric: Set<number>): boolean {
  for (let j = k - 1; j >= 0 && qs[j].b > commaStart; j--) if (!inMetric.has(j)) return false;
  return true;
}

/** The rows of a list starting at quantity k, and how many quantities it took; null when there is none. */
function listRows(ctx: SentenceContext, qs: Quantity[], k: number, csFloor: number, inMetric: Set<number>): { rows: Indicator[]; count: number } | null {
  const { text } = ctx;
  const q = qs[k];
  const commaStart = Math.max(csFloor, ctx.commaBefore(q.a));
  if (!onlyClassesBefore(qs, k, commaStart, inMetric)) return null;
  const pre = text.slice(commaStart, q.a);
  // most numbers stand in no list: a look for its three signs first
  if (pre.indexOf("分别") < 0 && pre.indexOf("均") < 0 && pre.indexOf("、") < 0 && pre.indexOf("和") < 0 && pre.indexOf("城乡") < 0) return null;
  const group = listGroup(ctx, qs, k);
  const marker = listMarker(pre) ?? (group.length === 1 ? knownPairEach(text, commaStart, q.a, pre) ?? ratePairEach(text, commaStart, q.a, pre) : urbanRuralPair(ctx, group, commaStart, pre));
  let head: Clause, verbClause: Clause, end: number;
  if (marker) {
    end = commaStart + marker.at;
    verbClause = readClause(text, end + marker.len, q.a);
    if (q.kind === "rank" && !verbClause.benchmark) verbClause.benchmark = listRankBench(text.slice(end + marker.len, q.a));
    head = readClause(text, commaStart, end);
  } else {
    // no word: a list of metrics before as many numbers
    if (group.length < 2 || (pre.indexOf("、") < 0 && !pairByAnd(ctx, group, pre))) return null;
    head = verbClause = readClause(text, commaStart, q.a);
    end = head.metricB;
  }
  const bare = marker && group.length > 1 ? itemsOfBareHead(ctx, commaStart, head.metric, group.length) ?? shareOfListBefore(ctx, commaStart, head.metric, group.length) : null;
  const before = bare ?? (marker && !head.metric && group.length > 1 ? listBefore(ctx, commaStart) : null);
  const bareNoun = bare ? head.metric : "";
  if (before) head = before; // (the list the clause before names: "化学需氧量、二氧化硫排放总量…双下降,比上年分别下降…")
  const listEnd = before ? before.metricB : end;
  // (和 inside an item, "租赁和商务服务业、交通运输仓储和邮政业营业收入分别增长11.7%、8.6%", is no separator)
  const byComma = marker && group.length > 1 ? listParts(text, head.metricA, listEnd, false) : null;
  const parts = byComma?.length === group.length ? byComma : listParts(text, head.metricA, listEnd);
  if (!marker && parts.length !== group.length) return null;
  if (group.length <= 1 && !(marker?.each && parts.length > 1)) return null;
  const each = group.length === 1; // 均: one value for every metric
  const pair = marker ? startsAndEnds(ctx, qs, k, group, text.slice(end + marker.len, q.a)) : null;
  const values = pair?.ends ?? group;
  // (带动 before a list whose values are changes is causal, not a flow counted: 带动新能源汽车、家电类消费分别增长…)
  // (classes of regions are where the values hold: "在全国三类地区分别达到…" takes the measure named before, regionClassMetric)
  const written = parts.map((p) => regionClassMetric(ctx, head.metricA, verbClause.verb ? p.metric.replace(/^带动(?=.{2})/u, "") : p.metric));
  const flow = marker && COUNTED.has(q.quantity) ? listFlowVerb(text.slice(end + marker.len, q.a)) : "";
  const names = spreadMetrics(written, each ? parts.length : group.length)
    .map((x) => (x.startsWith(flow) ? "" : flow) + withListNoun(x, verbClause.metric, pair?.base ?? "", marker ? text.slice(end + marker.len, q.a) : "") + bareNoun);
  // a growth noun at the end of a list with one value is shared: "接待游客人次、出游总花费增速均达到20%以上"
  // (not with a value each: "城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内")
  const lastPart = parts[parts.length - 1];
  const rateOfAll = !each && !!marker && lastRateShared(group, parts);
  const groupLast = values[values.length - 1];
  const rows: Indicator[] = [];
  const n = each ? parts.length : group.length;
  for (let gi = 0; gi < n; gi++) {
    const g = each ? q : values[gi];
    const written = names[Math.min(gi, names.length - 1)] ?? "";
    const name = g.quantity === "medals" && written ? medalMetric(written) : listItemOutput(ctx, written, verbClause.verb);
    const part = parts[Math.min(gi, parts.length - 1)];
    if (!name || !part || CUT_NUMBER.test(name)) continue;
    const clause: Clause = {
      ...verbClause,
      verb: flow ? "" : verbClause.verb, // (a count of a flow named is a level: 新认定…60家)
      annual: verbClause.annual || head.annual, // "年均分别增长"
      metric: name,
      metricA: head.metricA,
      metricB: head.metricB,
      growthNoun: verbClause.growthNoun || (part.growthNoun && parts.length > 1) || (parts.length === 1 && head.growthNoun) ||
        (rateOfAll && !RATE_OR_SHARE_END.test(part.metric)) ||
        (each && lastPart.growthNoun && parts.length > 1),
      declineNoun: verbClause.declineNoun || (part.declineNoun && parts.length > 1) || (parts.length === 1 && head.declineNoun) ||
        (each && lastPart.declineNoun && parts.length > 1),
    };
    rows.push(makeRow(ctx, { q: g, clause, spanA: head.metricA, groupLast, baseline: pair?.starts[gi] ?? null }));
  }
  return { rows, count: group.length + (pair?.ends.length ?? 0) };
}

/**
 * "装机和发电量占比均居全国第2位", "快递业务量和收入增速分别居全国第3位、第2位": the benchmark of a list's ranks, written
 * after its marker (居全国 → 全国), as `clauseBefore` cuts it for a rank of its own (audit p4 round 18).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { listRankBench } from "./find.ts";
 * assert.equal(listRankBench("居全国"), "全国");
 * assert.equal(listRankBench("为全国"), "全国");
 * assert.equal(listRankBench("提升"), "");
 * ```
 */
export function listRankBench(verb: string): string {
  const r = RANK_TAIL.exec(verb)?.[1];
  if (r) return r;
  return (RANK_SCOPE_END.exec(verb)?.[0] ?? "").replace(/^连续.*?(?=全|世界)/u, "");
}

/**
 * "快递业务量和收入增速分别居全国第3位、第2位": under 分别, the growth noun ending the last item is of the items
 * before that are no rates of their own, when every value is a percentage or a rank (快递业务量增速); not
 * "城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内", nor values of other units.
 */
function lastRateShared(group: Quantity[], parts: Clause[]): boolean {
  const last = parts[parts.length - 1];
  if (parts.length < 2 || parts.length !== group.length || !last.growthNoun || last.declineNoun) return false;
  return group.every((g) => (g.unit === "%" && g.kind === "number") || g.kind === "rank") && group.every((g) => g.kind === group[0].kind);
}

/**
 * Two metrics joined by 和 before two values joined by 和, an implicit 分别: "城镇居民人均可支配收入和农村居民人均纯收入实际
 * 增长8.4%和11.4%" (NOTES "Split metrics"); only with one 和 before the values and none among them but the one.
 */
function pairByAnd(ctx: SentenceContext, group: Quantity[], pre: string): boolean {
  if (group.length !== 2 || pre.indexOf("和") !== pre.lastIndexOf("和")) return false;
  return ctx.text.slice(group[0].b, group[1].a).trim() === "和";
}

/**
 * Two indicators of the dictionary joined by 和 before one value, an implicit 均 (one row each, NOTES "Split
 * metrics"): "城镇居民人均可支配收入和农村居民人均纯收入年均实际增长超过7%"; where the metric ends, as a 均 there.
 * Not a combined figure of nouns that are no indicator each ("高新技术企业和科技型中小企业数量实现倍增").
 */
function knownPairEach(text: string, a: number, b: number, pre: string): { at: number; len: number; each: boolean } | null {
  const and = pre.indexOf("和");
  if (and < 0 || and !== pre.lastIndexOf("和") || pre.indexOf("、") >= 0) return null;
  const head = readClause(text, a, b);
  const parts = head.metric.split("和");
  if (parts.length !== 2 || !(parts.every((p) => metricInfo(p, "growth") && metricInfo(p, "level")) || unlikeKinds(parts[0], parts[1]))) return null;
  return { at: head.metricB - a, len: 0, each: true };
}

/** the kinds of quantity a metric's end names: a head count (人数, 人次), an amount of money or output (收入, 产值); 人均 anywhere is a per-head value */
const COUNT_KIND = /(?:人数|人次|户数)$/u;
const AMOUNT_KIND = /(?:收入|总值|产值|增加值|总额|营收|销售额)$/u;

/** A metric's kind of quantity (COUNT_KIND, AMOUNT_KIND, 人均), else null. */
function kindOf(metric: string): string | null {
  if (metric.includes("人均")) return "per-head";
  return COUNT_KIND.test(metric) ? "count" : AMOUNT_KIND.test(metric) ? "amount" : null;
}

/**
 * Whether two metrics joined by 和 are quantities of unlike kinds, which no one value can sum: "接待游客人数和旅游收入“翻一番”"
 * (a head count and money), "国内生产总值和城乡居民人均收入…翻一番" (a total and a per-head value): one row each, as for two
 * indicators of the dictionary. A combined count stays one ("高新技术企业和科技型中小企业数量实现倍增": no kind before 和).
 */
function unlikeKinds(first: string, second: string): boolean {
  const a = kindOf(first);
  return a !== null && kindOf(second) !== null && a !== kindOf(second);
}

/** two items joined by one 、, the last a rate (the first whole or sharing its tail): "污染地块安全利用率、危险废物安全处置率", "居家养老服务中心、助餐中心覆盖率" */
const RATE_PAIR = /^[^、和]{2,14}、[^、和]{2,14}(?:率|比重|比例|占比)$/u;

/**
 * Two rates joined by one 、 before one value: an implicit 均, as 和 is for two indicators (knownPairEach):
 * "污染地块安全利用率、危险废物安全处置率100%" → a row for each rate, not the last alone; a first item without
 * the rate takes the last's (spreadMetrics): "村(社区)居家养老服务中心、助餐中心覆盖率翻一番" → …服务中心覆盖率, 助餐中心覆盖率.
 */
function ratePairEach(text: string, a: number, b: number, pre: string): { at: number; len: number; each: boolean } | null {
  if (pre.indexOf("、") !== pre.lastIndexOf("、") || pre.indexOf("率") < 0) return null; // (cheap guards)
  const head = readClause(text, a, b);
  return RATE_PAIR.test(head.metric) ? { at: head.metricB - a, len: 0, each: true } : null;
}

/**
 * One 城乡 metric before two values joined by 和, an implicit 分别 (guide: 城乡低保标准分别提高8%和12% → 城市, 农村):
 * "城乡低保标准提高到不低于740元/月和485元/月"; where the metric ends, as a 分别 there.
 */
function urbanRuralPair(ctx: SentenceContext, group: Quantity[], a: number, pre: string): { at: number; len: number; each: boolean } | null {
  if (group.length !== 2 || pre.indexOf("城乡") < 0 || ctx.text.slice(group[0].b, group[1].a) !== "和") return null;
  const head = readClause(ctx.text, a, group[0].a);
  return head.metric.startsWith("城乡") && head.metric.length > 3 ? { at: head.metricB - a, len: 0, each: false } : null;
}

/** a clause that opens with a list of metrics and goes on with no number: "化学需氧量、二氧化硫排放总量近年来首次出现双下降" */
const LIST_BEFORE = /^((?:[^、,，;；:：。\d]{2,12}、)+[^、,，;；:：。\d]{2,14}?(?:总量|量|额|率|值|数|收入|支出|投资|能耗))(?![量额率值数])[^、\d]*$/u;

/** The list of metrics the clause before names, for a 分别 clause that names none ("…双下降,比上年分别下降3.14%和4.66%"). */
function listBefore(ctx: SentenceContext, commaStart: number): Clause | null {
  if (commaStart - 1 <= ctx.sentA) return null;
  const a = Math.max(ctx.sentA, ctx.commaBefore(commaStart - 1));
  const m = LIST_BEFORE.exec(ctx.text.slice(a, commaStart - 1));
  return m ? readClause(ctx.text, a, a + m[1].length) : null;
}

/** a 分别 clause's metric that is only a count's head, of the items the clause before lists */
const LIST_BARE_HEAD = /^(?:数量|个数|规模|总量)$/u;
/** the 、 items a clause ends with: "清理规范节庆、论坛、展会" */
const ITEMS_END = /(?:[^、,，;；:：。\d“”]{1,8}、)+[^、,，;；:：。\d“”]{1,8}$/u;

/**
 * "清理规范节庆、论坛、展会,数量分别压减75%、95%、73%": a 分别 clause whose metric is only a head (数量) counts the items
 * the clause before ends with, as many as its values (节庆数量, 论坛数量, 展会数量); the first item is cut to the
 * length of the longest after it (the verbs before it are no part of it).
 */
function itemsOfBareHead(ctx: SentenceContext, commaStart: number, metric: string, n: number): Clause | null {
  if (metric.length !== 2 || !LIST_BARE_HEAD.test(metric) || commaStart - 1 <= ctx.sentA) return null; // (cheap guard first)
  const a = Math.max(ctx.sentA, ctx.commaBefore(commaStart - 1));
  const m = ITEMS_END.exec(ctx.text.slice(a, commaStart - 1));
  const items = m ? m[0].split("、") : [];
  if (items.length !== n) return null;
  const first = Math.min(items[0].length, Math.max(...items.slice(1).map((x) => x.length)));
  const c = readClause(ctx.text, commaStart - 1 - m![0].length + items[0].length - first, commaStart - 1);
  return c.metric ? c : null;
}

/**
 * "高技术制造业、装备制造业增加值分别增长12.5%、13.1%,占规模以上工业比重分别提高到21.7%、33.6%": a 分别 share with
 * no holder (占…) is of the items the 分别 list of the clause before names, as many as its values.
 */
function shareOfListBefore(ctx: SentenceContext, commaStart: number, metric: string, n: number): Clause | null {
  if (!metric.startsWith("占") || metric.length < 4 || commaStart - 1 <= ctx.sentA) return null; // (cheap guard first)
  const a = Math.max(ctx.sentA, ctx.commaBefore(commaStart - 1));
  const f = ctx.text.slice(a, commaStart - 1).indexOf("分别");
  if (f <= 0) return null;
  const c = readClause(ctx.text, a, a + f);
  return c.metric.split(/[、和]/u).length === n ? c : null;
}

/** a 分别 list's values given with their starts: "分别从每人每月202元、270元提高到209元、280元" (the base, 每人每月, goes into the metrics) */
const LIST_FROM = /^(?:从|由)(每人每月|每人每年|每人|人均|每户|每亩)?$/u;
/** a plan after a 分别 list's 完成 whose share each item completed: "(分别完成)年计划的", "年度目标任务的" */
const LIST_PLAN = /^(?:完成了?)?((?:年度|全年|年)?(?:计划|目标任务|目标|任务))的$/u;
/** a noun after a 分别 list's verb that every metric shares: "交通、能源、水利分别完成投资3252亿元、…" */
const LIST_NOUN = /^(?:投资|增加值|产值|营业收入|收入|产量|销量|出口额?|进口额?|贷款|存款)$/u;

/** The starts and ends of a 分别 list written "分别从A、B提高到C、D": as many ends as starts, after a 到/至. */
function startsAndEnds(ctx: SentenceContext, qs: Quantity[], k: number, group: Quantity[], afterMarker: string) {
  const from = LIST_FROM.exec(afterMarker);
  const next = qs[k + group.length];
  if (!from || group.length < 2 || !next || !BASELINE_TO.test(ctx.text.slice(group[group.length - 1].b, next.a))) return null;
  const ends = listGroup(ctx, qs, k + group.length);
  if (ends.length !== group.length || ends.some((e, i) => e.unit !== group[i].unit)) return null;
  return { starts: group.map((g) => g.value), ends, base: from[1] ?? "" };
}

/** A flow verb alone after a 分别 list's marker, which goes in front of each metric: "A、B分别新认定60家和30家" → 新认定A. */
function listFlowVerb(afterMarker: string): string {
  const flow = FLOW_HEAD_SHARED.exec(afterMarker);
  return flow && flow[0] === afterMarker && !flow[2] ? afterMarker.replace(/了$/u, "") : "";
}

/** A list metric with the noun its verb names and the base of its values ("交通" + 投资; "…补贴标准" + 每人每月). */
function withListNoun(name: string, verbNoun: string, base: string, verbText = ""): string {
  // (a plan each item completed a share of: "城镇新增就业、新增发放创业担保贷款分别完成年计划的113.4%、256.1%")
  const plan = LIST_PLAN.exec(verbText)?.[1]?.replace(/^年(?=计划)/u, "年度");
  if (plan) return `${name}完成${plan}`;
  const noun = LIST_NOUN.test(verbNoun) && !name.endsWith(verbNoun) ? verbNoun : "";
  return name + noun + base;
}

/** a rank's own name, with its scope, before the rank verb */
const RANK_NAME_END = /在?(全国|全省|全市|世界|全球)?的?(?:排名|排位|位次)?(?:分别)?(?:有望|将)?$/u;

/** A rank's start written before it: "由全国第11位跃升至第5位" (the start, and where 由 stands). */
const RANK_FROM = /(?:由|从)(?:上年|去年|\d{4}年)?的?(?:居)?(全国|全省|全市|世界|全球)?第([\d〇零一二三四五六七八九十]+)位?(?:跃|上|提|下)?$/u;

/** The clause before a number; a rank's "居全国" is cut off into its benchmark, and its start into a baseline. */
function clauseBefore(ctx: SentenceContext, q: Quantity, cs: number, clauseFrom: number): { clause: Clause; from: number | null } {
  let rankBench = "";
  let clauseEnd = clauseFrom;
  let from: number | null = null;
  if (q.unit === "倍") {
    const m = MULTIPLE_OF.exec(ctx.text.slice(cs, clauseEnd));
    if (m && !/年$/u.test(m[1])) {
      const clause = readClause(ctx.text, cs, cs + m.index);
      clause.benchmark = m[1];
      return { clause, from };
    }
  }
  // (a move of places: "排名由xx位前移至xx位", the start a baseline, masked here)
  const moved = q.kind === "rank" && (q.unit === "位" || q.unit === "名") ? RANK_MOVED.exec(ctx.text.slice(cs, q.a)) : null;
  if (moved) {
    const clause = readClause(ctx.text, cs, cs + moved.index);
    return { clause, from: countNumber(moved[1]) };
  }
  if (q.kind === "rank") {
    const r = RANK_TAIL.exec(ctx.text.slice(cs, q.a));
    if (r) {
      clauseEnd = cs + r.index;
      rankBench = r[1] ?? "";
      // a rank's own name before its verb names nothing: "吞吐量…,排名分别升至世界第二", "全国排名上升到第13位"
      const own = RANK_NAME_END.exec(ctx.text.slice(cs, clauseEnd));
      if (own && own[0]) [clauseEnd, rankBench] = [cs + own.index, rankBench || (own[1] ?? "")];
    } else {
      // no rank verb: "总数全国第一", "两化融合发展水平连续10年全国第一"
      const sc = RANK_SCOPE_END.exec(ctx.text.slice(cs, q.a));
      if (sc) {
        clauseEnd = cs + sc.index;
        rankBench = /全|世界/u.test(sc[0]) ? sc[0].replace(/^连续.*?(?=全|世界)/u, "") : "";
      }
    }
    const streak = RANK_STREAK_END.exec(ctx.text.slice(cs, clauseEnd));
    if (streak) clauseEnd = cs + streak.index;
    const f = RANK_FROM.exec(ctx.text.slice(cs, clauseEnd));
    if (f) {
      clauseEnd = cs + f.index;
      rankBench = f[1] ?? rankBench;
      from = countNumber(f[2]);
    }
  }
  const clause = readClause(ctx.text, cs, clauseEnd);
  if (rankBench) clause.benchmark = rankBench;
  // (after a baseline the clause ends at its 由: the end's own qualifier, "由17.8平方米增加到近22平方米")
  if (clauseFrom < q.a && !clause.qualBefore) clause.qualBefore = QUAL_BEFORE.exec(ctx.text.slice(Math.max(cs, q.a - 4), q.a))?.[0] ?? "";
  return { clause, from };
}

/** an age or size class before the people or places it picks: "65岁及以上老年人", "20户及以上自然村", "0-6岁儿童" */
const SIZE_CLASS_AFTER = /^(?:及以上|以上|及以下|以下)?的?(?:户籍)?(?:老年人|老人|儿童|婴幼儿|人口|居民|人群|妇女|女童|学生|青少年|自然村|行政村|村|[^,;。、\d]{0,10}?村寨)/u;

/** the milestones counted after a count: "(7个)千亿级台阶", "(两个)万亿元台阶" */
const MILESTONE_AFTER = /^(?:[百千万]亿|万亿|千亿|百亿)(?:元级|元|级)?(?:新的|新)?台阶/u;

/** what a day's hours right before it describe: "(24小时)开放", "(24小时)营业", "(24小时)在线" */
const OPEN_HOURS_AFTER = /^(?:全天候|不间断|常态化)?(?:开放|营业|在线|值守)/u;

/** a span of time counted in a streak: 12个月, 10个季度, 33个榨季, 7年 */
const STREAK_SPAN = /^[\d〇零一二三四五六七八九十两百]+(?:多)?个?(?:月|季度|榨季|年|届|周)/u;

/** a comparison's base right before a number: "比一九五二年的", "比“五五”时期的", "比第五个五年计划期间的", "比原来设想的", "比现有的" */
const COMPARED_BASE = /(?:比|较)(?:[\d〇○零一二三四五六七八九]{4}年(?:末|底)?|“[^”]{2,4}”(?:时期|期间)|第[一二三四五六七八九十]个五年计划(?:时期|期间)|原来设想|原来预计|原计划|原定|现有|原有)的$/u;
/** a figure compared with, before it and after it: "同第一个五年计划的第一年——一九五三年的" (三百四十八亿元) "作比较" */
const COMPARED_WITH_BEFORE = /(?:同|与|跟)[^,，;；。]{1,30}的$/u;
const COMPARED_WITH_AFTER = /^(?:作|做|进行)?(?:比较|相比|对比)/u;
/** "如果同建国初期的一九五零年的一百七十亿元作比较,则增长二点八倍": the figure compared with, no row of its own */
function comparedWith(ctx: SentenceContext, q: Quantity, after: string): boolean {
  return (COMPARED_WITH_AFTER.test(after) && COMPARED_WITH_BEFORE.test(ctx.text.slice(Math.max(ctx.sentA, q.a - 32), q.a))) ||
    insideComparison(ctx, q, after);
}
/** a 比 opening a base that the number closes, no comparison verb yet: "比五年计划中规定的1957年的水平" (498亿元) "只差" */
const BASE_OPENED = /(?<![相对类])比(?![重例率较如])[^,，;；。:：比]{2,40}$/u;
const BASE_HAS_VERB = /增|减|提高|降|多|少|高|低|超|上升|扩大|缩小|差|快|慢|翻/u;
/** what the comparison says after the base: "还多", "只差38亿元", "的水平超过133亿斤" */
const BASE_CLOSED_AFTER = /^(?:的(?:水平|数字|规定|指标))?(?:还要?|只|要|又|约)?(?:多|少|高|低|差|超过|增长|增加|提高|下降|减少|降低)/u;
/**
 * The base of a comparison, inside 比 and its verb: no row of its own (the guide's benchmark figures).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import type { Quantity } from "../numbers/numbers.ts";
 * import type { SentenceContext } from "./context.ts";
 * import { insideComparison } from "./find.ts";
 * const text = "比第一个五年计划期间投入生产的工矿企业的总和五百三十七个还多";
 * const ctx = { text, sentA: 0 } as SentenceContext;
 * const a = text.indexOf("五百"), b = a + "五百三十七个".length;
 * assert.equal(insideComparison(ctx, { a, b } as Quantity, text.slice(b)), true);
 * assert.equal(insideComparison(ctx, { a: 1, b: 3 } as Quantity, "增长5%"), false);
 * ```
 */
export function insideComparison(ctx: SentenceContext, q: Quantity, after: string): boolean {
  if (!BASE_CLOSED_AFTER.test(after)) return false;
  const i = ctx.text.lastIndexOf("比", q.a);
  if (i < ctx.sentA || q.a - i > 42) return false;
  const between = ctx.text.slice(i, q.a);
  return BASE_OPENED.test(between) && !BASE_HAS_VERB.test(between.slice(1));
}
/** the change from that base right after the number */
const COMPARED_AFTER = /^(?:增长|增加|提高|下降|减少|降低|增長|多出|有了(?:较大的|很大的|显著的)?提高)/u;

/**
 * A number that is no indicator (extraction guide, "Not indicators"): a product's or facility's
 * specification, a time or distance inside a name, the size of a ranking pool or of a named set, a
 * count summing the list just given, one project's investment, a restated target compared with.
 * "part" when the number belongs to the next number's metric: a size class ("产值超10亿元企业达100家")
 * or a masked word ("国家级创xx台达到xx家").
 */
/** a ranking pool entered, bounded by a share right after 前: "进入ESI全球前" (1%), "进入前" (1‰) */
const POOL_SHARE_BEFORE = /(?:进入|跻身)[^,;:。!?、]{0,16}前$/u;

/** the things a threshold sorts and their count after it: "(5000万元以上)的项目26个", "(五亿元以上)的重大建设项目有九十三个" */
const THRESHOLD_COUNTED = /^的[^,;:。!?、目\d]{1,8}?[\dxX]|^的[^,;:。!?、\d]{1,8}?(?:有|就有|共有)[一二三四五六七八九十两]/u;

function notIndicator(ctx: SentenceContext, q: Quantity): boolean | "part" {
  const { text } = ctx;
  // (the two characters before, cut once: at most two, so ending in a two-character word is being it)
  const two = text.slice(Math.max(ctx.sentA, q.a - 2), q.a);
  // a list announced: "重点做好以下9项工作"
  if (two === "以下") return true;
  // a streak's length ("连续12个月保持两位数增长"), part of the next clause: "食糖产量连续33个榨季排全国第一" → 食糖产量
  if (two === "连续" && STREAK_SPAN.test(text.slice(q.a, q.b + 3))) return "part";
  // "92个学科进入ESI全球前1%": the share bounding a ranking pool entered is part of the count's metric, no row
  if (text[q.a - 1] === "前" && /^[%‰‱]$/u.test(q.unit) && POOL_SHARE_BEFORE.test(text.slice(Math.max(ctx.sentA, q.a - 20), q.a))) return true;
  const after = text.slice(q.b, q.b + 14);
  // "领导十三亿多人的社会主义大国": the country or party described by its people or land, no measure
  if ((DESCRIPTION.exec(text.slice(q.a, q.b + 12))?.index ?? Infinity) < q.b - q.a) return true;
  const before = text.slice(Math.max(ctx.sentA, q.a - 8), q.a);
  // (a capacity per year too: "哈密400万吨/年煤制油…项目")
  const spec = SPEC_QUANTITIES.has(q.quantity) || (q.quantity === "rate" && /吨\/年$/u.test(q.unit));
  if (spec && (SPEC_AFTER.test(after) || SPEC_BEFORE.test(before.slice(-4)))) return true;
  // (one of a list of facilities each sized: "肥城300兆瓦压缩空气储能、东营津辉500兆瓦电化学储能项目并网")
  if (spec && after.includes("、") && SPEC_NEXT.test(text.slice(q.b, q.b + 32))) return true;
  // (a count too, when both say so: "五个年产一万五千辆拖拉机的工厂" sizes one factory)
  if (q.quantity === "count" && SPEC_BEFORE.test(before.slice(-4)) && SPEC_AFTER.test(after)) return true;
  if (q.quantity === "power" && !q.afterText && SPEC_FACILITY_AFTER.test(after)) return true;
  if ((q.quantity === "minutes" || q.quantity === "hours" || q.quantity === "length") && NAME_AFTER.test(after)) return true;
  if ((q.quantity === "hours" && OPEN_HOURS_AFTER.test(after)) || overClass(q, before, after)) return "part"; // "公园24小时开放"; 超200亿元县
  if (q.quantity === "area" && ZONE_PART_AFTER.test(after)) return true;
  if (q.quantity.startsWith("money")) {
    // "总收入xxx万元以上的村达xx个": a size class of the thing counted next
    // ("xx家年产值xx亿元以上创新型领军企业": a modifier may stand between the threshold and its noun)
    const over = /^(?:以上|及以上)$/u.test(q.afterText);
    if (THRESHOLD_AFTER.test(after) || (over && THRESHOLD_CLASS.test(after)) || (/^(?:以上|及以上|以下)$/u.test(q.afterText) && THRESHOLD_COUNTED.test(after))) return "part";
    // "人均纯收入1万元以下且有劳动能力的脱贫户": a threshold picking whom the sentence is about
    if (/^(?:以上|及以上|以下)$/u.test(q.afterText) && /^且/u.test(after)) return true;
  }
  if (oneProjectSize(q, before, after)) return true;
  // "略低于8%的预定目标": the target restated as the comparison's benchmark
  if (TARGET_BENCHMARK.test(after) && COMPARE_BEFORE.test(before)) return true;
  // "比一九五二年的五万八千人增长两倍": the base of a comparison, not a row of its own (or of a plan period, or of what
  // was foreseen: "比第五个五年计划期间的五百七十七亿元增加", "比原来设想的六百亿元多出54%"; or 同…的N作比较)
  if ((COMPARED_AFTER.test(after) && COMPARED_BASE.test(text.slice(Math.max(ctx.sentA, q.a - 14), q.a))) || comparedWith(ctx, q, after)) return true;
  // "擁有三萬人以上的工會", "5万吨标准煤以上的企业": a size class of the units sorted, inside the next number's metric
  if (q.unit !== "%" && /^(?:以上|及以上|以下)$/u.test(q.afterText) && SIZE_CLASS_OF.test(after)) return "part";
  // "八十斤到九十九斤的有五十五个县", "亩产皮棉达到一百斤以上的有四十五个县": the bounds of a class whose members follow
  // (not a growth rate's: "产量将增长百分之五十以上的有生铁、钢…等十七种" stays the goal's target)
  if ((q.valueMax !== null || (q.unit !== "%" && /^(?:以上|及以上|以下)$/u.test(q.afterText))) && after.startsWith("的有")) return "part";
  // "65岁及以上老年人医养结合服务率", "20户及以上自然村": an age or size class of the people or places measured next
  if ((q.unit === "岁" || q.unit === "户") && SIZE_CLASS_AFTER.test(after)) return "part";
  // "公交与轨道50米内换乘比例": a distance bounding the measure, inside its name
  if (q.quantity === "length" && /^(?:以内|内)\p{Script=Han}{2}/u.test(after)) return "part";
  // "国家级创xx台达到xx家": the blank masks part of a word, not a number
  if (q.masked && /^(?:达到|达|为|超过|突破)[xX*\d]/u.test(after)) return "part";
  if (q.kind !== "number" || !COUNTED.has(q.quantity)) return false;
  // the size of a pool the region is one of: "全国45个先进制造业集群之一", "长春入围国家首批20个…试点城市", "龙泉村、姚磨村入选世界旅游联盟50个"
  if (POOL_ONE_OF.test(after) || POOL_ENTERED.test(ctx.text.slice(Math.max(ctx.sentA, q.a - 10), q.a)) || entrantsPool(ctx, q)) return true;
  if (RANK_POOL.test(after)) return true;
  if (leadingCount(ctx, q) || listAnnounced(ctx, q) || poolOfPart(ctx, q)) return true;
  // "跨过7个千亿级台阶", "连跨4个千亿台阶": a milestone's count is a name, like the guide's 两个万亿元台阶
  if (after.includes("台阶") && MILESTONE_AFTER.test(after)) return true;
  if (sizeOfSet(ctx, q, before)) return true;
  return ratioBase(ctx, q) ? "part" : summedList(ctx, q); // ("每出口4辆汽车就有1辆安徽造": a ratio's base, inside the part's metric)
}

/**
 * A measure after 超 right before the units it sorts is a size class inside the next number's metric, not a row:
 * "生产总值超200亿元县（区）达26个", "年收益超10万元、超30万元村集体占比分别达55%、20%", "能耗超5000吨标准煤重点企业"
 * (`over_class_nouns`), "产值超500亿、1000亿优势特色产业集群"; never a count or a share ("超1万家企业" counts the firms).
 */
function overClass(q: Quantity, before: string, after: string): boolean {
  // (a bare 亿 is an amount with its 元 left out: "产值超500亿、1000亿优势特色产业集群")
  if (q.kind !== "number" || (COUNTED.has(q.quantity) && !/^万?亿$/u.test(q.unit)) || q.unit === "%" || !(before.includes("超") || before.includes("过"))) return false;
  return OVER_BEFORE.test(before) && OVER_CLASS.test(after);
}

/** named entrants (no count of them) entering a body's pool right before its size: "龙泉村、姚磨村入选世界旅游联盟" */
const ENTRANTS_BEFORE = /(?:^|[,，;；。:：])(?!新增|累计|共|有|新)[^,，;；。:：\d０-９]{2,30}(?:入选|入围)[^,，;；。:：、\d０-９]{1,12}$/u;

/**
 * "龙泉村、姚磨村入选世界旅游联盟50个典型案例": a count right after named entrants enter a body's list is the size of the
 * pool they joined, no indicator (guide: the size of a ranking pool); not a count of entrants ("新增入选…企业50家").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { findQuantities } from "../numbers/numbers.ts";
 * import { entrantsPool } from "./find.ts";
 * const text = "龙泉村、姚磨村入选世界旅游联盟50个典型案例";
 * const q = findQuantities(text, 0, text.length)[0];
 * assert.equal(entrantsPool({ text, sentA: 0 } as Parameters<typeof entrantsPool>[0], q), true);
 * ```
 */
export function entrantsPool(ctx: Pick<SentenceContext, "text" | "sentA">, q: Quantity): boolean {
  const before = ctx.text.slice(Math.max(ctx.sentA, q.a - 48), q.a);
  if (before.indexOf("入选") < 0 && before.indexOf("入围") < 0) return false;
  return ENTRANTS_BEFORE.test(before);
}

/** a set the work focuses on, listed with its counts before the next: "围绕22个产业、" */
const SET_LIST_BEFORE = new RegExp(`(?:${alt(cues.set_before)})(?:全国|全省|国家|省|市)?(?:\\d+(?:\\.\\d+)?[个条家项类大]\\p{Script=Han}{1,10}、)+$`, "u");

/**
 * "聚焦28条重点产业链": the size of a set the work focuses on (`set_before`); "围绕22个产业、189条产业链": the later
 * counts of such a set's list are its sizes too.
 */
function sizeOfSet(ctx: SentenceContext, q: Quantity, before: string): boolean {
  if (SET_BEFORE.test(before)) return true;
  return ctx.text[q.a - 1] === "、" && SET_LIST_BEFORE.test(ctx.text.slice(Math.max(ctx.sentA, q.a - 40), q.a));
}

/**
 * One project's investment ("投资260亿元的恒力聚酯园", optional at most, NOTES 9; "投资近千亿元、全长1.3万公里的三个一号旅游公路",
 * another attribute of the project between) or length ("全长1.3万公里的…公路", its specification): no measure.
 */
function oneProjectSize(q: Quantity, before: string, after: string): boolean {
  if (q.quantity === "length") return PROJECT_LENGTH_BEFORE.test(before) && PROJECT_LENGTH_AFTER.test(after);
  if (!q.quantity.startsWith("money") || !PROJECT_INVEST_BEFORE.test(before)) return false;
  return PROJECT_INVEST_AFTER.test(after) || ((after[0] === "、" || after[2] === "、") && PROJECT_ATTRIBUTE_AFTER.test(after));
}

/** a count after 每 (and a verb), its noun, then 就有/中有 and another count: the base of a ratio ("每出口4辆汽车就有1辆") */
const RATIO_BASE_BEFORE = /每[^\d,，;；。:：]{0,3}$/u;
const RATIO_BASE_AFTER = /^[^\d,，;；。:：]{1,10}?(?:中|当中|里)?(?:就|便|只)?有(?:\d|[一二两三四五六七八九十])/u;

/** "全国每出口4辆汽车就有1辆安徽造": the count after 每 is the base of a share the next count gives (one in four), no row of its own. */
function ratioBase(ctx: SentenceContext, q: Quantity): boolean {
  const before = ctx.text.slice(Math.max(ctx.sentA, q.a - 4), q.a);
  if (!before.includes("每")) return false; // (cheap guard: 每 within the four characters before)
  return RATIO_BASE_BEFORE.test(before) && RATIO_BASE_AFTER.test(ctx.text.slice(q.b, Math.min(ctx.sentB, q.b + 16)));
}

/** the base of a ratio right before the part's count, with its scope: "全国每出口4辆汽车就有" */
const RATIO_PART_BEFORE = needing(["每"], "((?:全国|全省|全市|全区)?每[^\\d,，;；。:：]{0,3}?(?:\\d+|[一二两三四五六七八九十百千]+)[^\\d,，;；。:：]{1,10}?)(?:中|当中|里)?(?:就|便|只)?有$");
/** the noun after the part's count, up to a break: "(1辆)安徽造" */
const RATIO_PART_NOUN = /^[^\d,，;；。:：!?、]{1,12}/u;

/**
 * "全国每出口4辆汽车就有1辆安徽造": a count after the base of a ratio (ratioBase) is the share it gives, its metric the base
 * with what the part is ("全国每出口4辆汽车中安徽造"; guide: a metric keeps its base, as 每千人), not the noun alone.
 */
function ratioPart({ ctx, q, clause, cs }: SubjectInput): Clause | null {
  if (q.kind !== "number" || ctx.text[q.a - 1] !== "有") return null;
  const m = RATIO_PART_BEFORE.exec(ctx.text.slice(Math.max(cs, q.a - 24), q.a)); // (a short window: the pattern is end-anchored)
  const noun = m ? RATIO_PART_NOUN.exec(ctx.text.slice(q.b, ctx.sentB)) : null;
  return m && noun ? { ...clause, metric: `${m[1]}中${noun[0]}`, verb: "" } : null;
}

/** "xx多项工作已经走在了全省前列", "8项主要经济指标增速居全国前3位": a count of the works or indicators that lead, no measure. */
function leadingCount(ctx: SentenceContext, q: Quantity): boolean {
  const after = ctx.text.slice(q.b, Math.min(ctx.sentB, q.b + 28));
  if (!after.includes("工作") && !after.includes("指标")) return false; // (cheap guard)
  return LEADING_COUNT_AFTER.test(after);
}

/** the works a colon announces after their count: "(具体要抓好9个)方面的工作:", "(重点做好9个)方面工作:" */
const ANNOUNCED_AFTER = /^[^,，;；。!?\d]{0,6}?(?:工作|任务)[:：]/u;

/** "具体要抓好9个方面的工作:": the count of the works a list after the colon gives, as 以下9项工作, no measure. */
function listAnnounced(ctx: SentenceContext, q: Quantity): boolean {
  const after = ctx.text.slice(q.b, Math.min(ctx.sentB + 1, q.b + 10));
  if (!after.includes(":") && !after.includes("：")) return false; // (cheap guard)
  return ANNOUNCED_AFTER.test(after);
}

/** what may stand before a pool's size in its clause: nothing, or words opening with 在 ("在全国", "在蘇聯協助我國建設的") */
const POOL_AMONG_LEAD = /^[,，;；:：]?(?:在[^,，;；:：。]*)?$/u;

/**
 * The size of a pool whose part the next count of the same unit gives: "在本年的45种主要工业产品中,有37种完成了…计划" (the
 * 37 is the outcome, 45 only the pool, like a ranking pool's size in the guide), or whose part the clause after it speaks
 * of, the size opening its clause or after 在: "在三十二种主要工业产品中,产量将增长百分之五十以上的有…" (POOL_AMONG_AFTER; not
 * "苏联为我国设计的156个重要项目中,除了17个…", whose count is kept).
 */
function poolOfPart(ctx: SentenceContext, q: Quantity): boolean {
  const after = ctx.text.slice(q.b, Math.min(ctx.sentB, q.b + 32));
  if (!after.includes("中")) return false;
  if (POOL_AMONG_AFTER.test(after) && POOL_AMONG_LEAD.test(ctx.text.slice(Math.max(ctx.sentA, ctx.commaBefore(q.a)), q.a))) return true;
  if (!after.includes("有")) return false;
  const m = POOL_PART_AFTER.exec(after);
  return !!m && q.unit.endsWith(m[1]);
}

/** a clause opening with a verb of focus (indicator_cues set_before): "围绕…等10个品类" sizes the set focused on */
const SET_HEAD = new RegExp(`^(?:${alt(cues.set_before)})`, "u");

/** names joined by 、 right before a count, the last no word of a distribution (各, 分别, 均) */
const NAMED_BEFORE = /((?:[^、,;:。!?\d]{1,14}、)+[^、,;:。!?\d等]{1,14}?)(?<!各|分别|均|共|都)$/u;

/**
 * A count that sums the list just before it: "家具制造、食品饮料、精细化工、生物医药等4个特色产业集群" (NOTES 11); in a
 * plan, the names alone too: "加快建设哇让、同德、南山口、德令哈4座抽水蓄能电站" totals the plants it names, no planned
 * quantity (NOTES, 吉林 plan: "长白山、三江、吉光3个省实验室").
 */
function summedList(ctx: SentenceContext, q: Quantity): boolean {
  if (q.value === null || q.valueMax !== null || q.value < 2 || q.value > 30) return false;
  const pre = ctx.text.slice(Math.max(ctx.sentA, ctx.commaBefore(q.a)), q.a);
  if (!pre.includes("、")) return false;
  // (with 等 only in a review: "长白山、三江、吉光3个省实验室挂牌运行" reports labs set up, a row; a long list too,
  // "开放大连、秦皇岛、…、北海等十四个沿海港口城市")
  const m = /((?:[^、,;:。!?\d]{1,14}、)+[^、,;:。!?\d]{1,14}?)等$/u.exec(pre);
  // (or a set the work focuses on, its examples given: "围绕乳制品、牛羊肉等10个品类")
  if (m) return listLength(m[1]) === q.value || SET_HEAD.test(pre);
  if (q.value > 12) return false;
  // (the names alone open the clause: not the last item of a list of counts, "成员1家、全国重点实验室2家")
  const named = q.quantity === "count" && (ctx.role === "plan" || ctx.role === "targets") ? NAMED_BEFORE.exec(pre) : null;
  return !!named && named.index === 0 && named[1].split("、").length === q.value;
}

/** The names of a 、 list, one more when the last joins two by 及 or 和: "雄商、津潍、济滨、济枣、潍宿及青岛连接线" → 6. */
function listLength(names: string): number {
  const items = names.split("、");
  return items.length + (/^[^及和]{2,}[及和][^及和]{2,}$/u.test(items[items.length - 1]) ? 1 : 0);
}

/**
 * A count at a clause's head whose noun runs into the next number of the clause (a count or a percentage) is
 * that number's scope, and stays in its metric: "12个闽宁产业园新入驻企业154家" → 12个闽宁产业园新入驻企业
 * 154家 (not 12 parks with "新入驻企业154家" for a metric). Not a name or threshold after (30强, 前1%, 3人制).
 */
function scopeOfNext(ctx: SentenceContext, qs: Quantity[], k: number): boolean {
  const q = qs[k];
  const next = qs[k + 1];
  // (places and things, not people, and not before an amount: "371个…项目获批贷款1258.8亿元", "为5.58万名农民工
  // 追回工资7.2亿元" give two rows, NOTES 19)
  if (!next || q.kind !== "number" || q.quantity !== "count" || q.masked) return false;
  const { text } = ctx;
  if (poolOfRate(ctx, qs, k)) return true;
  const head = text.slice(Math.max(ctx.sentA, ctx.breakBefore(q.a)), q.a);
  if (/[\p{Script=Han}]{3}$/u.test(head) && !/等$/u.test(head)) return false; // a noun before: "项目195个…"
  if (next.quantity.startsWith("money")) return outputOfCounted(text.slice(q.b, next.a));
  if (!(COUNTED.has(next.quantity) || next.unit === "%")) return false;
  const counted = metricAfter(text, q.b, ctx.sentB, 22);
  // (a list's earlier item whose count the next item's, a scope too, follows: "16条省级重点产业链、18个省级特色专业镇营业收入分别…")
  if (counted && text[counted[1]] === "、" && next.a === counted[1] + 1 && COUNTED.has(next.quantity) && scopeOfNext(ctx, qs, k + 1)) return true;
  if (!counted || next.a <= counted[0] || next.a >= counted[1]) return next.unit === "%" && shareOfCounted(text.slice(q.b, next.a));
  return !/前$/u.test(text.slice(next.a - 1, next.a)) && !/^[强制级]/u.test(text.slice(next.b, next.b + 1));
}

/** the noun of a rate right after a count, up to a join, a 均 or a verb: "(203个)国考断面优良率和" */
const RATE_POOL_AFTER = /^[^,，;；:：。!?、和及\d]{2,14}?(?:率|比例)(?=和|及|、|均|分别|达|为|保持)/u;

/**
 * "203个国考断面优良率和285个水功能区达标率均为100%": a count whose noun is a rate sizes the pool that rate is taken
 * over, a percentage later in its clause (audit p5 round 19): no row, the count stays in the rate's words.
 */
function poolOfRate(ctx: SentenceContext, qs: Quantity[], k: number): boolean {
  const rate = qs.slice(k + 1).find((x) => x.unit === "%");
  if (!rate || rate.a - qs[k].b > 40) return false;
  const m = RATE_POOL_AFTER.exec(ctx.text.slice(qs[k].b, rate.a));
  return !!m && !/[,，;；:：。!?]/u.test(ctx.text.slice(qs[k].b, rate.a));
}

/** the words from a count's noun to the share of it the next number gives: "(12条)重点产业链项目进资占招商引资实际到位资金比重超" */
const COUNTED_SHARE = /^[^,，;；:：。!?、\d]{2,32}占[^,，;；:：。!?、\d]{1,24}(?:比重|比例|份额)(?:达到|达|超过|超|为|提高到|提高至|提升到|提升至)?$/u;

/**
 * Whether the words after a count run, in one clause, into a share of what it counts, longer than the counted noun's
 * window reads (audit seed 71203): "12条重点产业链项目进资占招商引资实际到位资金比重超75%" (the 12 is the set's size).
 */
function shareOfCounted(between: string): boolean {
  return between.includes("占") && COUNTED_SHARE.test(between);
}

/** the words from a count's noun to its output the next amount gives: "(7条)重点产业链产值突破" (7000亿元) */
const COUNTED_OUTPUT = /^[^,，;；:：。!?、\d]{2,20}?(?:总产值|产值|营业收入|营收|增加值)(?:突破|达到|达|超过|超)?$/u;

/**
 * Whether the words after a count run, in one clause, into the output of what it counts, an amount after it (audit
 * p5 round 19): "乳肉薯绒等7条重点产业链产值突破7000亿元" (the 7 is the set's size, the amount the row), not an amount
 * the things counted were given ("371个…项目获批贷款1258.8亿元" gives two rows).
 */
function outputOfCounted(between: string): boolean {
  return between.includes("值") || between.includes("营") ? COUNTED_OUTPUT.test(between) : false;
}

/** short nouns joined by 、 (the first may carry the list's subject when short items follow it: "港澳居民在粤参加医疗、养老、失业、") */
const NOUN_LIST = /^(?:(?:\p{Script=Han}{1,8}、){1,6}|\p{Script=Han}{1,12}、(?:\p{Script=Han}{1,4}、){2,5})$/u;
/** a cut of nouns listed after its verb (`decline`), the first item longer: "压减省部级以下论坛、节庆、" (展会活动58%) */
const CUT_LIST = new RegExp(`^(?:${alt(cues.decline)})\\p{Script=Han}{2,12}、(?:\\p{Script=Han}{1,6}、){0,4}$`, "u");

/** longer nouns joined by 、, before a sum (SUM_VERB): "国营企业和国家机关所支付的劳动保险基金、医药费、" (福利费和文化教育费将共达) */
const SUM_LIST = /^(?:\p{Script=Han}{1,24}、){1,6}$/u;
/** a sum over the items listed, right before its number: "将共达", "共增加大约", "合计", "总计" (not 公共) */
const SUM_VERB = needing(["共", "合计", "总计"], "(?:(?<!公)共(?:达到?|计|为|有|增加|增长|减少|完成)?|合计|总计)(?:约|大约|达到?|为)?$");

/**
 * Where a clause starts whose metric is a list of nouns joined by 、 before one number: the list is one metric,
 * whole ("港澳居民在粤参加医疗、养老、失业、工伤保险约70万人次" is a total over the four, not 工伤保险's).
 */
function nounListStart(ctx: SentenceContext, q: Quantity, cs: number, prevQ: Quantity | undefined): number {
  if (ctx.text[cs - 1] !== "、") return cs;
  const p = Math.max(ctx.sentA, ctx.commaBefore(cs - 1));
  if (prevQ && prevQ.b > p) return cs;
  const run = ctx.text.slice(p, cs);
  // (not names that a count sums: "罗田、钟祥2个县市获批…")
  if (q.value === run.split("、").length && COUNTED.has(q.quantity)) return cs;
  // (nor adverbs: "我们就主动地、果断地把军队裁减")
  // (a ranking's name is no numeral: "入围全国百强县、百强区20个")
  const listed = NOUN_LIST.test(run) || (q.unit === "%" && CUT_LIST.test(run)) || (SUM_LIST.test(run) && SUM_VERB.test(ctx.text.slice(cs, q.a)));
  return listed && !/[〇零一二三四五六七八九十两百千万](?!强)|等|地、/u.test(run) ? p : cs;
}

/** Whether the number at `text[a, b)` stands inside a title in 《》: "《十六条》", "《二十三条》". */
function insideTitle(text: string, a: number, b: number, floor: number): boolean {
  const open = lastIndexWithin(text, "《", a, Math.max(floor, a - 30));
  if (open < floor || a - open > 30 || text.slice(open, a).includes("》")) return false;
  const close = text.indexOf("》", b);
  return close >= 0 && close - b <= 30 && !text.slice(b, close).includes("《");
}

/** a move from a place, right before the place it ends at: "排名由xx位前移至", "从15位上升到", "从第9名提升至" */
const RANK_MOVED = needing(["位", "名"], "(?:由|从)第?([\\dxX*]+|[一二三四五六七八九十]+)[位名][^,，;；。\\d位名]{0,4}(?:至|到)$", "u");

/** A rank written as a threshold, "居全国前5位", is a rank at most N. */
function asRank(ctx: SentenceContext, q: Quantity): Quantity {
  // "兰州高新区全国排名53位": a place named after 排名 is a rank
  if (q.kind === "number" && q.unit === "位" && /排名$/u.test(ctx.text.slice(Math.max(ctx.sentA, q.a - 2), q.a))) return { ...q, kind: "rank" };
  // "排名由xx位前移至xx位": the place a move of places ends at is a rank, as "由第十位上升到第五位" is
  if (q.kind === "number" && q.unit === "位" && RANK_MOVED.test(ctx.text.slice(Math.max(ctx.sentA, q.a - 14), q.a))) return { ...q, kind: "rank" };
  if (q.kind !== "number" || q.unit !== "位" || !RANK_TOP.test(ctx.text.slice(Math.max(ctx.sentA, q.a - 1), q.a))) return q;
  return { ...q, kind: "rank", after: q.after || "max", afterText: q.afterText || "前" };
}

/**
 * A number whose last character starts the word after it: "多出54%" (多 is the verb's, no qualifier of
 * "六百亿元"), "900多万个体工商户" (个 of 个体, no classifier: the number is 900多万 of them).
 */
function wordAfterNumber(ctx: SentenceContext, q: Quantity): Quantity {
  const next = ctx.text.slice(q.b, q.b + 5);
  if (q.afterText === "多" && ctx.text[q.b - 1] === "多" && /^出\d/u.test(next)) return { ...q, b: q.b - 1, after: "", afterText: "" };
  if (q.base === "个" && ctx.text[q.b - 1] === "个" && /^体[\p{Script=Han}]{0,3}户/u.test(next)) {
    return { ...q, b: q.b - 1, unit: q.unit.slice(0, -1), base: "", quantity: "count" }; // (the unit as written: 万)
  }
  return q;
}

/** a list of packages after one, ending in what they are: "、提振消费19条、稳就业14条、房地产调控12条等政策措施" */
const POLICY_LIST_AFTER = /^(?:、[^,;:。!?、\d]{2,8}\d+条)*等(?:政策措施|政策|措施|举措)/u;

/** A policy package's name, not a count: "稳经济35条", "稳经济35条、提振消费19条…等政策措施". */
function isPolicyCount(ctx: SentenceContext, q: Quantity, clause: Clause): boolean {
  const { text } = ctx;
  return q.unit === "条" &&
    (POLICY_AFTER.test(text.slice(q.b, q.b + 8)) || (/^[,;。、]|^$/u.test(text.slice(q.b, q.b + 1)) && clause.metric.length <= 3) ||
      (/^[、等]/u.test(text.slice(q.b, q.b + 1)) && POLICY_LIST_AFTER.test(text.slice(q.b, Math.min(ctx.sentB, q.b + 60)))));
}

/** what a clause naming only a subject does not hold: numbers (digits or written), a start, verbs of work done */
const SUBJECT_NOT = new RegExp(
  `[\\d%]|[〇零一二三四五六七八九十两][〇零一二三四五六七八九十百千万亿]|^(?:从|由)|[“"]|${alt([...cues.lead_verbs, ...cues.actions, "不断", "全面", "持续", "着力", "获", "围绕", "提升", "加强", "深化", "逐步", "仍然", "降低"])}`,
  "u",
);
/** the head noun of a named quantity: 总值, 产量, 经费, 比重, 出口 … */
const QUANTITY_HEAD = /(?:额|值|量|率|数|费|资|收入|支出|出口|进口|比重|比例|面积|规模|金|价格|指数|水平|能耗)$/u;
/** praise after a subject: "出口表现突出" */
const PRAISE_END = /(?:表现突出|势头强劲|势头良好|态势良好|持续向好|稳中有升)$/u;
/** a rank's scope, which is no metric */
const RANK_SCOPE_BENCH = /^(?:全国|全省|全市|全区|世界|全球|大陆|同类|西部|中部|东部|东北|长三角|粤港澳)/u;
/** a per-capita base after a level verb: "补助标准提高到每人每年" */
const PER_BASE_AFTER_VERB = needing(["每人", "人均", "每户", "每亩"], "^(.{2,}?)(?:提高到|提高至|提升到|提升至|增加到|增至|达到|调整为|调整到|调至)(每人每年|每人每月|每人|人均|每户|每亩)$");
/** a short item of a list of counts: "议案1件、建议117件" */
const SHORT_ITEM = /^[\p{Script=Han}]{2}$/u;
/** a total standing alone as a metric: 总规模, 总里程, 总量 */
const TOTAL_ALONE = /^(?:总|累计总?)(?:规模|里程|额|数|量|投资|面积|容量|装机|装机容量)$/u;
/** flow verbs at a metric's head, dropped when a total takes it as its subject */
const FLOW_HEAD = /^(?:新增|新建|新设立|新设|新开工|累计|建成|新认定|新培育|新引进|新获批|新入选|新获评|新创建|新开通|新开辟|新上线)/u;

/** The metric of a medal count, the event's gold medals: "体育健儿在巴黎奥运会上" (勇夺4金) → 巴黎奥运会金牌. */
function medalMetric(clauseMetric: string): string {
  return clauseMetric.replace(/^.*?在(?=.{2,})/u, "").replace(/[上中]$/u, "") + "金牌";
}

/** an amount or count inside a counted noun's span, where the noun ends */
const NEXT_AMOUNT = /(?:\d+(?:\.\d+)?|[一二三四五六七八九两][十百千万亿][零〇一二三四五六七八九十百千万亿]*)(?:多|余)?(?:万|亿)?(?:元|个|家|人|户|件|项|套|所|亩|公里|吨|场|次)/u;

/** "新增铜基新材料、长三角(含江西)大飞机2个国家先进制造业集群": a flow verb before a list of names that the count sums. */
function listedFlow(ctx: SentenceContext, q: Quantity): string | undefined {
  const head = ctx.text.slice(Math.max(ctx.sentA, ctx.commaBefore(q.a), q.a - 30), q.a);
  const m = FLOW_HEAD_SHARED.exec(head);
  return m && head.includes("、") && !/\d/u.test(head) ? m[1] : undefined;
}

/** a place each of which gets the count: "支持每个乡镇至少办好1所优质初中", "各县(市、区)打造1条…", "每个工业类开发区做大1—2个主导产业" */
const DISTRIBUTIVE = /^(?:支持|推动|确保|实现)?((?:每个|每一个|各)(?:乡镇|行政村|村|县(?:[(（][^)）]{1,6}[)）])?|市州|设区市|市|区|社区|街道|\p{Script=Han}{0,4}?(?:开发区|园区)))(?=\p{Script=Han})/u;

/** a size each counted thing has, between the count and its noun: "1条不少于10公里的乡村振兴示范带" */
const EACH_SIZE = /^(?:不少于|不低于|至少|超过)?\d+(?:\.\d+)?(?:万|亿)?(?:公里|千米|米|平方米|平方公里|亩|公顷|万元|亿元|吨|张|人)(?:以上)?的(?=\p{Script=Han}{2})/u;
/** a qualifier before the verb of a count: "至少办好1所优质初中" */
const AT_LEAST_VERB = /(至少|不少于)(?:办好|建成|建设|打造|新建|培育|建立|设立|配备|有)$/u;

/** The base of a count given per place, which stays in its metric (guide: 每千人 is kept): 每个乡镇优质初中. */
function distributiveBase(clauseText: string): string {
  return DISTRIBUTIVE.exec(clauseText)?.[1] ?? "";
}

/** the work or task a count before 的 sizes, which names nothing counted: "(50万人)的工作", "的任务" */
const GENERIC_OF_COUNT = /^(?:工作|任务|目标|要求)/u;

/** measures or ways after 等, which name what a count before them is an example of, not what it counts */
const MEANS_AFTER = /^(?:举措|措施|方式|办法|途径|渠道|形式)/u;

/** a counted noun that names no subject alone: N项措施, N条举措 */
/** the entries of a list, a noun that names nothing counted of its own: "(鼓励类产业目录增加33项)内容" */
const ENTRY_NOUN = /^(?:内容|条目)$/u;
const GENERIC_COUNTED = /^(?:措施|举措|政策措施|政策)$/u;

/** a counted noun of outcomes that are a work's or a body's, not things of their own: "(3项)做法和成效", "(16条)经验", "(15项)改革成果" */
const OUTCOME_NOUN = /^(?:典型|改革|创新|制度创新|试点)?(?:经验|做法|成果|案例)/u;
/** the owner written right before such a count, over 累计 and a count of fields: "沪连对口合作", "先行区建设(6个方面)" */
const OUTCOME_OWNER = /^(\p{Script=Han}{2,12}?)(?:累计)?(?:[\d一二三四五六七八九十]+个方面)?$/u;
/** words ending a clause before the count that make it no owner: a verb, a list, a conjunction, a place alone */
const NOT_OUTCOME_OWNER = /(?:形成|推出|总结|提炼|探索|复制|推广|获得|入选|发布|出台|制定|实施|打造|培育|涌现|产生|取得|创造|贡献|累计|新|共|有|等|的|和|及|与|其中|方面|全省|全市|全区|全国|我省|我市|我区)$/u;

/**
 * "沪连对口合作3项做法和成效获得通报表扬" → 沪连对口合作: the noun phrase right before a count of outcomes (经验, 做法, 成果,
 * 案例; no comma, no 等, no list) is whose outcomes they are, so it opens the metric; else "".
 */
function outcomeOwner(ctx: SentenceContext, q: Quantity, noun: string): string {
  if (!OUTCOME_NOUN.test(noun)) return ""; // (cheap guard: most counted nouns are no outcomes)
  const from = ctx.breakBefore(q.a);
  if (ctx.text[from - 1] === "、") return ""; // (the last item of a list of names: the count is of them all)
  const owner = OUTCOME_OWNER.exec(ctx.text.slice(from, q.a))?.[1] ?? "";
  return owner && !NOT_OUTCOME_OWNER.test(owner) && !noun.startsWith(owner) ? owner : "";
}

/** The clause with its metric: counted after the number, or carried from an earlier clause or row. */
function withSubject(ctx: SentenceContext, q: Quantity, clause: Clause, cs: number, rows: Indicator[], lastIsCount: boolean): Clause {
  const c = subjectOf(ctx, q, clause, cs, rows, lastIsCount);
  return partOfYearSwap(clause.metric, rows, townOrCountry(c, rows));
}

/** town and country, each the other's counterpart in a parallel clause */
const TOWN_COUNTRY: Record<string, string[]> = { 农村: ["城镇", "城市"], 城镇: ["农村"], 城市: ["农村"] };

/**
 * "城镇人均居住面积增加到8.7平方米,农村增加到22平方米": a metric that is only 农村 (城镇, 城市) after a row whose metric
 * opens with its counterpart is that row's metric for the other side (农村人均居住面积).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { townOrCountry } from "./find.ts";
 * const rows = [{ metric: "城镇人均居住面积" }] as Parameters<typeof townOrCountry>[1];
 * assert.equal(townOrCountry({ metric: "农村" } as Parameters<typeof townOrCountry>[0], rows).metric, "农村人均居住面积");
 * ```
 */
export function townOrCountry(c: Clause, rows: Indicator[]): Clause {
  const other = TOWN_COUNTRY[c.metric];
  const prev = other ? rows[rows.length - 1] : undefined;
  const from = prev ? other!.find((w) => prev.metric.startsWith(w) && prev.metric.length > w.length + 1) : undefined;
  return from ? { ...c, metric: c.metric + prev!.metric.slice(from.length) } : c;
}

/** a part of the year: 第二季度, 10月份, 1——5月份, 上半年 */
const PART_OF_YEAR = "(?:第[一二三四]季度|前三季度|(?:\\d{1,2}|[一二三四五六七八九十]{1,2})(?:[—-]{1,2}(?:\\d{1,2}|[一二三四五六七八九十]{1,2}))?月份|上半年|下半年)";
const PART_ALONE = new RegExp(`^${PART_OF_YEAR}$`, "u");
const PART_IN = new RegExp(PART_OF_YEAR, "u");

/**
 * "工业总产值第一季度下降0.2%,第二季度增长1.7%,…10月份增长了10.6%": a clause naming only another part of the year
 * than the row before's goes on with that row's metric, its part of the year swapped for the clause's own.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { partOfYearSwap } from "./find.ts";
 * const rows = [{ metric: "工业总产值第一季度" }] as Parameters<typeof partOfYearSwap>[1];
 * const c = partOfYearSwap("第二季度", rows, { metric: "工业总产值第一季度" } as Parameters<typeof partOfYearSwap>[2]);
 * assert.equal(c.metric, "工业总产值第二季度");
 * ```
 */
export function partOfYearSwap(own: string, rows: Indicator[], c: Clause): Clause {
  if (!(own.includes("季度") || own.includes("月份") || own.includes("半年")) || !PART_ALONE.test(own)) return c;
  const prev = rows[rows.length - 1];
  const m = prev ? PART_IN.exec(prev.metric) : null;
  // (a part of the year after a row of the whole year is that row's part: "职工工资总额比上年增长19%,其中第四季度增长38%")
  if (!m && prev && prev.metric.length >= 2 && prev.measure === "growth" && !own.includes("半年")) return { ...c, metric: prev.metric + own };
  if (!m || m[0] === own || prev.metric === m[0]) return c;
  return { ...c, metric: prev.metric.replace(m[0], own) };
}

function subjectOf(ctx: SentenceContext, q: Quantity, clause: Clause, cs: number, rows: Indicator[], lastIsCount: boolean): Clause {
  // (a clause that is only a start, "将由一九五七年的", names nothing either: the subject is before)
  // (nor one that is only a year and 有: "一九五七年已经有七百多万人", "已经有九十三个")
  const stock = stockOfFlow(ctx, q, clause, cs, rows);
  if (stock) return stock;
  const bareTime = BARE_TIME.test(clause.metric) ||
    (!clause.metric && (/^(?:已经|将|已|则|就|也|还)?(?:由|从)/u.test(ctx.text.slice(cs, cs + 3)) || YEAR_HAS.test(ctx.text.slice(cs, q.a))));
  if (bareTime) {
    // "十年增加近70万亿元", "每年完成…": a time word names nothing; the subject is before or after
    clause = { ...clause, metric: "", annual: clause.annual || PER_YEAR_HEAD.test(clause.metric) };
  }
  const s: SubjectInput = { ctx, q, clause, cs, rows, lastIsCount, bareTime, prevRow: rows.findLast((r) => !r.metricAfterNumber) };
  for (const rule of SUBJECT_RULES) {
    const c = rule(s);
    if (c) return c;
  }
  return clause;
}


/** a bare stock word after a flow row */
const STOCK_ALONE = /^(?:总量|总数)$/u;
/** a unit without its magnitude: 万家 → 家 */
const unitBase = (unit: string): string => unit.replace(/^[十百千万亿]+/u, "");

/**
 * "新增国家高新技术企业1200家,总量达到1.8万家" → 国家高新技术企业总量: a bare 总量 right after a flow row of the same
 * unit is the stock the flow adds to, not the flow (a bare 总量 is otherwise carried over whole, metric_edges bare).
 */
function stockOfFlow(ctx: SentenceContext, q: Quantity, clause: Clause, cs: number, rows: Indicator[]): Clause | null {
  const last = rows[rows.length - 1];
  if (!last || !STOCK_ALONE.test(clause.metric) || unitBase(last.unit) !== unitBase(q.unit) || !/^[,，、]$/u.test(ctx.text.slice(last.valueB, cs))) return null;
  const noun = last.metric.replace(FLOW_HEAD, "");
  return noun !== last.metric && noun.length >= 2 ? { ...clause, metric: noun + clause.metric } : null;
}

/** What the subject rules read: the number, its clause, the rows of the sentence so far. */
interface SubjectInput {
  ctx: SentenceContext;
  q: Quantity;
  clause: Clause;
  cs: number;
  rows: Indicator[];
  lastIsCount: boolean;
  /** the clause's metric was only a time word (十年, 每年), now dropped */
  bareTime: boolean;
  /** the last row whose metric stands before its number */
  prevRow: Indicator | undefined;
}

/** the rest of a list of nouns after a counted noun and 、, up to a break: "、企事业单位附属空间对社会开放共享" */
const LIST_REST = /^、((?:(?![一二三四五六七八九十百千万亿\d])[\p{Script=Han}“”]){2,18})(?=[,;:。!?]|$)/u; // (quoted names too: "、“首批”金融政策")

/** a record said of the count, not a noun listed: "吸引约50万名境外采购商、创历史新高" */
const RECORD_HEAD = /^创(?:历史|同期)?(?:新高|新纪录|纪录|最好)/u;

/**
 * A counted noun's end over the nouns listed after it with 、 when no number or verb of their own follows: "40个机关、企事业单位附属空间…",
 * "1万多个中外合资经营、合作经营和外商独资企业…" (a noun of up to six characters before the 、).
 */
function nounListEnd(text: string, [a, b]: [number, number], sentB: number): number {
  if (b - a > 6 || text[b] !== "、") return b;
  const m = LIST_REST.exec(text.slice(b, Math.min(sentB, b + 21)) + (b + 21 >= sentB ? "。" : ""));
  return m && !OWN_VERB_HEAD.test(m[1]) && !RECORD_HEAD.test(m[1]) ? b + m[0].length : b;
}

/** a verdict on the counted things after their noun (counted_tails): "12条重点产业链带动作用持续显现" */
const COUNTED_TAIL = needing(["作用", "取得", "提质增效", "提档升级", "推进", "实施", "展开", "提速提质", "串珠成线", "进度", "建设", "成效", "前期", "起势", "成势", "纵深", "提质扩面"], `^(.{3,}?)(?:${cues.counted_tails.join("|")})$`);

/** 完成, 达到, 实施, 进行 or 开展 between the counted things and what was done to them or the standard they reached, with its adverbs: "“僵尸企业”按国家标准全部完成处置工作", "县(市、区)全部达到消除麻风危害标准", "困难老人家庭实施适老化改造", "设区城市全面开展城市体检工作" (not 完成投资, a flow amount, nor a plan, 完成建设, 实施…项目, 没有完成, nor an attribute's: 市空气质量达到…, nor over 到/在 a place: 科技特派员到基层开展…) */
const COMPLETED_INSIDE = needing(["完成", "达到", "实施", "进行", "开展", "配备"], "^((?:(?!质量|建设|水平|[到在]|免费|期间)[^,;。]){2,}?)(?<![没未不地者])(?:按照?[^,;。完]{1,8}标准)?(?:首次)?(?:全部|全面|顺利|圆满|基本|如期|按期|提前)?(完成|达到|实施|进行|开展|配备了?)((?![^,;。]*(?:投资|产值|目标|计划|指标|建设|建設|完成|达到|实施|进行|开展|项目|工程|行动))[^,;。]{2,})$");

/** The counted things as a noun phrase, what they completed or reached put before them: 全民所有制企业完成公司制改革 → 完成公司制改革的全民所有制企业. */
function completedFirst(noun: string): string {
  const m = COMPLETED_INSIDE.exec(noun);
  return m ? `${m[2]}${m[3]}的${m[1]}` : noun;
}

/** The counted noun as read, verdicts cut, and what was solved or improved for the things put before them. */
function nounRead(text: string, cs: number, q: Quantity, counted: [number, number], sentB: number, toward: boolean, flow: string | undefined): string {
  const read = actedOn(toward, levelOfNext(text, counted[1], sentB, withoutVerdict(text.slice(counted[0], counted[1]))));
  const solved = problemFirst(text.slice(Math.max(cs, q.a - 16), q.a), flow, listedProblem(text, counted[1], sentB), read);
  return improvedFirst(text.slice(Math.max(cs, q.a - 6), q.a), solved);
}

/** 解决 or 化解 ending the words before a count, over 了, examples and a qualifier: "解决了", "新增解决超", "化解了xx等" */
const SOLVED_BEFORE = /(解决|化解)了?(?:[^,;。、]{1,10}等)?(?:超过|超|近|约)?$/u;
/** the people or places counted, then the problem of theirs solved: "农村人口|饮水困难和饮水安全问题", "自然村|生活污水治理问题", "农村人口的|饮水困难" */
const HOLDER_PROBLEM = /^(\p{Script=Han}{0,4}(?:人口|居民|群众|农民|职工|人员|学生|村|小区|社区|企业|家庭|学校))的?(\p{Script=Han}[^,;。]{1,}(?:问题|困难))$/u;

/**
 * "解决了9748万农村人口饮水困难和饮水安全问题" → 饮水困难和饮水安全问题的农村人口 (gold), "新增解决超1000个自然村生活污水治理问题"
 * → 解决生活污水治理问题的自然村: the count is of those whose problem was solved, so the problem goes before them, with the
 * verb when the flow read before the count lacks it; else the noun as read.
 */
function problemFirst(before: string, flow: string | undefined, listed: string, noun: string): string {
  if (!noun.endsWith("问题") && !noun.endsWith("困难") && !listed) return noun; // (cheap guard)
  const verb = SOLVED_BEFORE.exec(before)?.[1];
  const m = verb ? HOLDER_PROBLEM.exec(listed ? noun + listed : noun) : null;
  return m ? `${flow ? "" : verb}${m[2]}的${m[1]}` : noun;
}

/** a verb of improving ending the words before a count (over a batch), or inside its noun: "提升", "完善首批", "发挥好", "升级拓展" */
const IMPROVE_VERB = "提升|提高|完善|发挥好|发挥|升级拓展|拓展|增强|强化";
const IMPROVED_BEFORE = new RegExp(`(${IMPROVE_VERB})(?:首批|第[一二三四五六七八九十]批)?$`, "u");
/** the things counted, then (with their own verb of improving) the quality improved: "县级特用供养机构|服务水平", "智能化驿站的|特色服务功能" */
const THING_QUALITY = new RegExp(
  `^([^,;。、在到]{2,14}?)(${IMPROVE_VERB})?的?((?:特色|公共|综合)?(?:服务|运营|生产|粮食生产|医疗服务)?(?:功能|水平|能力|品质|质效))$`,
  "u",
);

/**
 * "提升21个酒旅融合景区运营水平" → 提升运营水平的酒旅融合景区, "支持55个产粮大县提升粮食生产能力" → 提升粮食生产能力的产粮大县:
 * the count is of the things whose quality is improved, so the verb and the quality go before them; else the noun as read.
 */
function improvedFirst(before: string, noun: string): string {
  if (!/(?:功能|水平|能力|品质|质效)$/u.test(noun)) return noun; // (cheap guard)
  const m = THING_QUALITY.exec(noun);
  const verb = (m?.[2] ?? IMPROVED_BEFORE.exec(before)?.[1])?.replace(/好$/u, "");
  return m && verb && m[1].length >= 2 ? `${verb}${m[3]}的${m[1]}` : noun;
}

/** the households counted next in a list and the problem of both: "、xxxxxx户的不动产登记历史遗留问题" */
const LISTED_PROBLEM = /^、[\dxX]+(?:多|余)?万?户的(\p{Script=Han}[^,;。、]{2,24}问题)(?=[,;。]|$)/u;

/** The problem a list's next count of households names at its end, which the places counted before it share, else "". */
function listedProblem(text: string, nounEnd: number, sentB: number): string {
  if (text[nounEnd] !== "、" || !/[\dxX]/u.test(text[nounEnd + 1] ?? "")) return ""; // (cheap guard)
  return LISTED_PROBLEM.exec(text.slice(nounEnd, Math.min(sentB, nounEnd + 40)) + (nounEnd + 40 >= sentB ? "。" : ""))?.[1] ?? "";
}

/** A counted noun without a verdict on the things after it: 重点产业链带动作用持续显现 → 重点产业链. */
function withoutVerdict(noun: string): string {
  return completedFirst(COUNTED_TAIL.exec(noun)?.[1] ?? noun);
}

/** a noun naming things counted, at the end of the words before a count */
const THING_END = /(?:园|区|企业|集群|基地|项目|中心|平台|机构|学校|医院|村|合作社|农场)$/u;

/** a one-character place kind with the kinds it stands for in brackets: "县(市、区)" */
const PLACE_BRACKET = /^[县市区乡镇村][(（][县市区旗镇乡、]{1,5}[)）]/u;

/**
 * The noun after a count of places written "N个县(市、区)", which the bracket hides from `metricAfter`: the places with
 * what is done in them ("在17个县(市、区)开展…建设" → 县(市、区)开展…建设); not the places alone before a break.
 */
function placesAfter(text: string, at: number, sentB: number): [number, number] | null {
  const br = PLACE_BRACKET.exec(text.slice(at, at + 8));
  if (!br) return null;
  const from = at + br[0].length;
  const rest = metricAfter(text, from, sentB, 22);
  return rest && rest[0] === from ? [at, rest[1]] : null;
}

/** 惠及 opening a count's clause, over a qualifier: "惠及超140万名困难群众" → 惠及困难群众 (the people reached, not all of them) */
const BENEFIT_BEFORE = /^[,，;；、]?(惠及)(?:超过|超|近|约)?$/u;

/**
 * "惠及4.32亿城镇职工和城镇居民、8.35亿农村居民" → …惠及农村居民: a count of people right after a 、 that follows a row of
 * those a scheme reached (its metric holds 惠及) are reached by the same scheme.
 */
function benefitItem(s: SubjectInput): Clause | null {
  const { ctx, q, cs, rows } = s;
  const last = rows[rows.length - 1];
  if (!last || ctx.text[cs - 1] !== "、" || cs !== q.a || !COUNTED.has(q.quantity) || last.valueB < cs - 30) return null;
  const reached = last.metric.indexOf("惠及");
  const counted = reached > 0 ? countedNoun(s) : null;
  return counted && !counted.metric.includes("惠及") ? { ...counted, metric: last.metric.slice(0, reached + 2) + counted.metric } : null;
}

/** a place of one character opening a counted noun, read over a longer window: "(14个)市空气质量首次全部达到国家二级标准" */
const ONE_CHAR_PLACE = /^[省市县区](?=\p{Script=Han})/u;

/**
 * nothing but a separator and a lead verb before a number that opens its clause: ",实施" (180公里管道清淤), 全面完成 and
 * 累计完成 (43.7万亩废弃矿山复绿任务, audit p5 round 19; 完成 alone is read elsewhere)
 */
const OPENING_LEAD = new RegExp(`^[,，;；]?(?:${alt([...cues.lead_verbs, "全面完成", "累计完成"])})?$`, "u");

/** a flow verb alone before a count, its noun a long name after it: "完工99个三峡库区腹心地带…一体化保护修复项目" */
const FLOW_VERB_ALONE = /^(?:完工|竣工|建成|投产|开工|实施|推进)$/u;
/** the people an age class opening a counted noun sorts: "(65岁)及以上失能老年人" */
const AGED_PEOPLE = /^(?:及以上|及以下|以上|以下)\p{Script=Han}{0,4}?(?:老年人|老人|儿童|婴幼儿|人口|居民|人群|妇女|学生|青少年)/u;

/** The counted noun's end moved over the people an age class opening it sorts: "为超2.5万名65岁及以上失能老年人免费提供…" (counted[1] moves). */
function overAgeClass(text: string, counted: [number, number]): void {
  const cls = /^\d+(?:岁|周岁)$/u.test(text.slice(counted[0], counted[1])) ? AGED_PEOPLE.exec(text.slice(counted[1], counted[1] + 12)) : null;
  if (cls) counted[1] += cls[0].length;
}

/**
 * "利用现有闲置资源改造建设20个残疾人日间照料服务省级示范中心" → 残疾人日间照料服务省级示范中心: a flow verb right before a
 * count, after words of its own, counts a noun longer than the usual window, read to its clause's end (no 的, no list after); else null.
 */
function flowNounLong(ctx: SentenceContext, q: Quantity, clause: Clause, cs: number, at: number): [number, number] | null {
  if (clause.metric.length <= 2 || !FLOW_VERB_END.test(ctx.text.slice(Math.max(cs, q.a - 8), q.a))) return null;
  const long = metricAfter(ctx.text, at, ctx.sentB, 22);
  return long && CLAUSE_END_MARK.test(ctx.text[long[1]] ?? "。") && !ctx.text.slice(long[0], long[1]).includes("的") ? long : null;
}

/** a mark that ends a clause (not a list's 、) */
const CLAUSE_END_MARK = /^[,，;；。!?！？]$/u;

/** A count's noun after it: "建成50个“口袋公园”"; the flow the count is of stays in front (新增…企业, a level). */
function countedNoun({ ctx, q, clause, cs, rows, bareTime }: SubjectInput): Clause | null {
  const { text } = ctx;
  // with nothing before and a subject that would otherwise be carried from the row before (or only a time
  // word), a longer name; a clause before ending in 等 names examples, not the metric ("安全应急装备等4个…")
  const examples = /等$/u.test(clause.metric);
  // (an area or a length right after a flow verb counts the noun after it too: "新建和改造提升20万亩高标准农田")
  const flowMeasure = (q.quantity === "area" || q.quantity === "length") && FLOW_VERB_END.test(text.slice(Math.max(cs, q.a - 8), q.a));
  // (and one opening its clause, the noun after it its own: "40万亩增发国债高标准农田项目率先完工")
  const opens = (q.quantity === "area" || q.quantity === "length") && !clause.metric && !bareTime && OPENING_LEAD.test(text.slice(cs, q.a));
  const isCount = (COUNTED.has(q.quantity) || flowMeasure || opens) && q.kind === "number";
  if (!isCount) return null; // (no count, no noun counted after it: what follows reads nothing for it)
  const longAfter = isCount && !clause.metric && (bareTime || rows.some((r) => !r.metricAfterNumber)) && /^\p{Script=Han}/u.test(text.slice(q.b, q.b + 1));
  // (over a size each counted thing has: "1条不少于10公里的乡村振兴示范带")
  const at = q.b + (EACH_SIZE.exec(text.slice(q.b, q.b + 20))?.[0].length ?? 0);
  // (a verb alone before the count leaves a longer noun its own: "引导20家企业申报认定国家和省级专精特新中小企业")
  // (a preposition alone before the count names the people or places acted on after it: "对98家学生集体用餐配送单位开展…")
  // (or with a modifier ending in 的 before the count: "对车流量较大的85个高速公路服务区充电站进行扩容增桩")
  const toward = /^(?:对|向|为|给)(?:全省|全市|全区)?$/u.test(clause.metric) || (text[q.a - 1] === "的" && /^(?:对|向|为|给)/u.test(clause.metric));
  // (a clause before that is the list's earlier item, "…瞪羚独角兽企业以及", leaves the longer noun after the count its own)
  const listed = /(?:以及|及|和|与)$/u.test(clause.metric);
  // (a quoted name costs the window its two marks: "209户“僵尸企业”按国家标准全部完成处置工作")
  const quoted = text[at] === "“";
  // (a causative before the count names no metric: "这将使农村1.5亿中小学生的家庭普遍减轻经济负担" counts those after it)
  const causative = CAUSATIVE_END.exec(clause.metric);
  const counted = isCount ? placesAfter(text, at, ctx.sentB) ?? metricAfter(text, at, ctx.sentB, examples || listed || quoted || !!causative || clause.metric.length === 2 || poolAhead(text, at) ? 22 : 14) ?? flowNounLong(ctx, q, clause, cs, at) ?? (longAfter || toward || FLOW_VERB_ALONE.test(clause.metric) ? metricAfter(text, at, ctx.sentB, 30) : null) ??
    (ONE_CHAR_PLACE.test(text.slice(at, at + 2)) ? metricAfter(text, at, ctx.sentB, 22) : null) : null;
  // (not another amount: "“保回迁”项目195个11.7万户" counts the projects, the noun is before; but
  // "宁夏电网7个750千伏输变电工程" names its noun)
  if (!counted) return oneCharNoun(text, q, clause, at);
  // (measures the count is an example of: "招募社区助理3000名等举措" counts the assistants, the noun before)
  if (clause.metric && text[at] === "等" && MEANS_AFTER.test(text.slice(at + 1, at + 5))) return null;
  if (clause.metric && NEXT_AMOUNT.exec(text.slice(counted[0], counted[1]))?.index === 0) return null;
  // (nor the work or task a count before 的 is the size of: "裁军50万人的工作进展顺利" counts 裁军, the noun before; nor the
  // entries a list named before gains or loses: "鼓励类产业目录增加33项内容" is a change of the catalogue)
  if (clause.metric && ((text[at] === "的" && GENERIC_OF_COUNT.test(text.slice(at + 1, at + 3))) || (clause.verb && ENTRY_NOUN.test(text.slice(counted[0], counted[1]))))) return null;
  // (a flow verb opening examples before the count stays: "开工建设阿拉善新远景等35个新型储能项目" → 开工建设新型储能项目)
  const flow = FLOW_VERB_END.exec(text.slice(Math.max(cs, q.a - 8), q.a))?.[0] ?? BENEFIT_BEFORE.exec(text.slice(cs, q.a))?.[1] ?? listedFlow(ctx, q) ??
    (q.a - cs <= 12 ? FLOW_OVER_OWNER.exec(text.slice(cs, q.a))?.[1] : undefined) ??
    (examples ? FLOW_HEAD_SHARED.exec(clause.metric)?.[1] : undefined) ?? billSubmitted(ctx, q, at);
  const verb = clause.verb === "added" || (flow && clause.verb === "growth") ? "" : clause.verb;
  const before = clause.verb || clause.action || examples || toward || CUT_NUMBER.test(clause.metric) ? "" : clause.metric;
  overAgeClass(text, counted); // (an age class opening the noun goes on over 及以上)
  // (the noun ends before another amount: "为5.58万名农民工追回工资7.2亿元")
  counted[1] = nounListEnd(text, counted, ctx.sentB);
  const cut = text.slice(counted[0], counted[1]).search(NEXT_AMOUNT);
  // (a noun before and no break: the noun after is the next count's, "国家现代农业产业园15个优势特色产业集群9个")
  if (cut > 1 && THING_END.test(before) && clause.metricB >= q.a - 1) return null;
  if (cut > 1) counted[1] = counted[0] + cut;
  const served = toward || SERVED_FOR.test(text.slice(cs, q.a)) ? servedList(text, counted, ctx.sentB) : null; // (moves counted's end)
  const noun = served ?? nounRead(text, cs, q, counted, ctx.sentB, toward, flow);
  // a generic noun takes what it is about from before: "落实为基层减负12项举措" → 为基层减负举措
  const subject = before.replace(/^(?:落实|推出|提出|出台|制定|实施)/u, "");
  const about = (GENERIC_COUNTED.test(noun) && subject.length >= 2 && !/[和及]$|共/u.test(subject) ? subject : "") || coverer(before, flow) ||
    (flow ? "" : outcomeOwner(ctx, q, noun));
  const each = distributiveBase(text.slice(Math.min(cs, clause.metricA), q.a));
  let metric = (causative?.[1] ?? "") + each + (flow ? flow.replace(/了$/u, "") : placement(text.slice(cs, q.a), noun)) + about + ownerOf(ctx, cs, q) + countedMetric(noun, before) + (honour(text, counted[1], ctx.sentB, noun) || predicateOfNext(text, counted[1], ctx.sentB) || tailOfNext(text, counted[1], ctx.sentB, noun));
  // "至少办好1所": the qualifier before the count's verb
  const qualBefore = clause.qualBefore || (AT_LEAST_VERB.exec(text.slice(cs, q.a))?.[1] ?? "");
  return { ...clause, verb, metric, metricA: counted[0], metricB: counted[1], qualBefore };
}

/** bills and drafts a government lays before the legislature, counted: "5部法律议案", "39件法律议案" */
const BILL_COUNTED = /^(?:法律议案|法律草案|法规草案|地方性法规草案)/u;
/** the verb laying them before it, with the review asked for: "提出", "向全国人大常委会提交", "提请全国人大常委会审议了" */
const BILL_VERB = /(提出|提交|提请)(?:[^,，;；:：。\d]{0,12}?(审议))?/u;

/**
 * The verb a count of bills is of, in its clause before the examples it lists: "国务院先后提出银行业监督管理法草案、…等5部
 * 法律议案" → 提出 (法律议案 alone misstates it: the bills the State Council laid before the legislature, not the laws passed).
 */
function billSubmitted(ctx: SentenceContext, q: Quantity, at: number): string | undefined {
  const { text } = ctx;
  if (!text.startsWith("法", at) || !BILL_COUNTED.test(text.slice(at, at + 8))) return undefined;
  const m = BILL_VERB.exec(text.slice(Math.max(ctx.sentA, ctx.commaBefore(q.a), q.a - 60), q.a));
  return m ? m[1] + (m[2] ?? "") : undefined;
}

/** what covers or reaches the places or things counted after it: "(推动)物业服务覆盖" (300个老旧小区), "远程教育已覆盖", "西部陆海新通道通达" */
const COVER_HOLDER = /^(\p{Script=Han}{2,16}?)(?:已经|已|基本|全面)?(覆盖|通达)$/u;

/**
 * "推动物业服务覆盖300个老旧小区" → 物业服务覆盖老旧小区 (audit seed 71203): a count after 覆盖 counts the places its
 * holder covers, so the holder and 覆盖 open the metric; "" when no holder ends the words before the count so.
 */
function coverer(before: string, flow: string | undefined): string {
  if (flow || !(before.endsWith("覆盖") || before.endsWith("通达"))) return ""; // (cheap guard)
  const m = COVER_HOLDER.exec(before);
  return m ? m[1] + m[2] : "";
}

/** the people acted on, then a verb of handing down and the measure handed down: "党员干部作出党纪政务处分" */
const HANDED_DOWN = /^(\p{Script=Han}{2,10}?)(?:作出|做出|给予|予以)(\p{Script=Han}{2,10})$/u;

/**
 * "对xxxxx名党员干部作出党纪政务处分" → 党纪政务处分党员干部 (gold seed 000): after a preposition alone, the people
 * a count is of are those a measure was handed down to, so the measure names them first; else the noun as read.
 */
function actedOn(toward: boolean, noun: string): string {
  if (!toward || !/作出|做出|给予|予以/u.test(noun)) return noun; // (cheap guard)
  const m = HANDED_DOWN.exec(noun);
  return m ? m[2] + m[1] : noun;
}

/** 为 alone before a count of people served, over a qualifier: "为超" (2.5万名…) */
const SERVED_FOR = /^[,，;；]?为(?:超过|超|近|约)?$/u;
/** the people served, the verb of serving, a list of services and the head it ends in: "孕妇|免费提供|地中海贫血、…的|产前筛查" */
const SERVED_LIST = /^([^,;:。!?、]{2,16}?)((?:免费)?(?:提供|开展))[^,;:。!?]{2,60}?、[^,;:。!?]{2,60}?(?:等|的)(\p{Script=Han}{0,4}(?:服务|筛查|检查))(?=[,;:。!?]|$)/u;

/**
 * "为超61万名孕妇免费提供地中海贫血、唐氏综合征…的产前筛查" → 孕妇免费提供产前筛查: people counted after 为, served with a list
 * of services, keep the verb and the head the list ends in (the noun read alone stops at the list's first 、); else null.
 */
function servedList(text: string, counted: [number, number], sentB: number): string | null {
  if (text[counted[1]] !== "、" && !/^(?:免费)?(?:提供|开展)/u.test(text.slice(counted[1], counted[1] + 4))) return null; // (cheap guard)
  const m = SERVED_LIST.exec(text.slice(counted[0], Math.min(sentB, counted[0] + 100)) + (counted[0] + 100 >= sentB ? "。" : ""));
  if (!m) return null;
  counted[1] = counted[0] + m[0].length; // (the noun's span ends where the list's head does)
  return m[1] + m[2] + m[3];
}

/** a causative ending the words before a count, with a place at most: "这将使农村", "可使" */
const CAUSATIVE_END = /(?:^|[将可能])使(农村|城镇|城市)?(?:全国)?$/u;

/** a noun of one character after a count, ending its clause: "县," */
const ONE_CHAR_NOUN = /^[县省市村乡镇户厂矿][,，;；。、]/u;

/**
 * "全国原来低产贫困的二百四十多个县,…": a noun of one character after a count whose modifier before it ends in 的 joins
 * that modifier (原来低产贫困县), which alone would name nothing; else null.
 */
function oneCharNoun(text: string, q: Quantity, clause: Clause, at: number): Clause | null {
  if (text[q.a - 1] !== "的" || clause.metric.length < 2 || clause.verb || !ONE_CHAR_NOUN.test(text.slice(at, at + 2))) return null;
  return { ...clause, metric: clause.metric + text[at], metricB: at + 1 };
}

/**
 * a flow verb opening the clause before a count, over the batch or the owner of the things counted, or a verb of
 * putting them to use: "新建宁夏电网7个750千伏输变电工程", "建成首批153个标准化就业驿站", "建成投用600个公共文化空间"
 */
const FLOW_OVER_OWNER = new RegExp(
  `^(${alt([...FLOW_VERB_KEPT].filter((v) => !v.startsWith("累计")))})(?:投用|投运|投产|运营)?(?:首批|第[一二三四五六七八九十]批|\\p{Script=Han}{1,4}(?:电网|公司|集团))?$`,
  "u",
);

/** a ranking pool the counted things entered, named at length: "80个学科进入ESI世界学科排名前1%" */
const POOL_AHEAD = /^\p{Script=Han}{1,6}进入[^,，;；:：。、\d]{2,16}前\d/u;

/** Whether a ranking pool entered follows the count, which the noun read after it holds whole (its window is longer). */
function poolAhead(text: string, at: number): boolean {
  const ahead = text.slice(at, at + 26);
  return ahead.includes("进入") && ahead.includes("前") && POOL_AHEAD.test(ahead); // (cheap guards first)
}

/** a level word alone as a counted noun, and the next count's level word and noun after it */
const LEVEL_ONLY = /^(?:国家|省|市|县|区|乡镇|村)级$/u;
const NEXT_LEVEL_NOUN = /^、\d+(?:\.\d+)?[万亿]?[个家所项条座处]?(?:国家|省|市|县|区|乡镇|村)级(\p{Script=Han}{2,12}?)(?=[,，;；。、]|$)/u;

/** A count of a level alone takes the noun of the next count of another level: "8个国家级、36个省级临床重点专科" → 国家级临床重点专科. */
function levelOfNext(text: string, end: number, sentB: number, noun: string): string {
  if (text[end] !== "、" || !LEVEL_ONLY.test(noun)) return noun;
  const m = NEXT_LEVEL_NOUN.exec(text.slice(end, Math.min(sentB, end + 24)) + (end + 24 >= sentB ? "。" : ""));
  return m ? noun + m[1] : noun;
}

/** a placement verb before a count of people placed in jobs, and the town or country it is in: "城镇共安排两千多万人就业" */
const PLACED_BEFORE = /(?:(城镇|农村)[^,，;；]{0,3}?)?(安排|安置)了?$/u;

/**
 * "今年计划在全民所有制和集体所有制单位安排七百多万人就业" → 安排就业: people placed in jobs are a flow, not employment
 * itself, so the placement verb, light elsewhere (gold NOTES 18), stays, with 城镇 or 农村 before it (城镇安排就业).
 */
function placement(before: string, noun: string): string {
  const m = /^(?:再)?就业$/u.test(noun) ? PLACED_BEFORE.exec(before) : null;
  return m ? (m[1] ?? "") + m[2] : "";
}

/** a light verb alone before an area or length whose work is named after it: "实施(xxxx亩)矿山生态修复" */
const LIGHT_VERB_ALONE = /^(?:实施|完成|开展)$/u;

/**
 * "关停矿山xx个,实施xxxx亩矿山生态修复" → 矿山生态修复: an area or length after a light verb alone measures
 * the work named after it, not the subject of the row before.
 */
function workAfterMeasure({ ctx, q, clause, cs, rows }: SubjectInput): Clause | null {
  if (q.kind !== "number" || (q.quantity !== "area" && q.quantity !== "length") || clause.metric) return null;
  // (or a 、 item right after such a row: "实施180公里管道清淤、175公里河道疏浚")
  const last = rows[rows.length - 1];
  const item = cs === q.a && ctx.text[cs - 1] === "、" && last?.metricAfterNumber && last.unit === q.unit &&
    LIGHT_VERB_ALONE.test(ctx.text.slice(Math.max(ctx.sentA, last.valueA - 2), last.valueA));
  if (!item && !LIGHT_VERB_ALONE.test(ctx.text.slice(cs, q.a))) return null;
  const after = metricAfter(ctx.text, q.b, ctx.sentB, 14);
  if (!after || after[0] !== q.b) return null;
  // (over examples and the work they are of: "31万平方米小梁薄板房屋等不成套旧住房改造")
  const more = ctx.text[after[1]] === "等" ? /^等\p{Script=Han}{2,12}?(?=[,;:。!?、]|$)/u.exec(ctx.text.slice(after[1], Math.min(ctx.sentB, after[1] + 14))) : null;
  if (more) after[1] += more[0].length;
  const noun = ctx.text.slice(after[0], after[1]);
  return HAS_NUMBER.test(noun) || noun.length < 3 ? null : { ...clause, metric: noun, metricA: after[0], metricB: after[1] };
}

/** a light verb alone before an amount of money whose use or kind is named after it: "安排421亿美元大型成套设备…" */
const FUNDS_VERB_ALONE = /^(?:安排|带动|发放|提供|筹集|拨付|下达|设立|组建|(?:累计)?投放|发挥)了?$/u;
/** the noun after such an amount that is a kind of money or cover: "…出口融资保险", "银行贷款和自筹资金" */
const FUNDS_NOUN_END = /(?:保险|贷款|资金|补贴|补助|投资|债券|国债|经费|基金|救灾款)$/u;

/**
 * "完成短期出口信用保险承保900亿美元,安排421亿美元大型成套设备出口融资保险" → 大型成套设备出口融资保险: an amount
 * after a light verb alone whose noun follows it is that noun's, not the subject of the row before; the verb
 * 带动 stays in front (gold NOTES, verbs kept), the others are light.
 */
function fundsAfterVerb({ ctx, q, clause, cs }: SubjectInput): Clause | null {
  if (q.kind !== "number" || (q.quantity !== "money" && q.quantity !== "money_usd")) return null;
  const verb = FUNDS_VERB_ALONE.exec(ctx.text.slice(cs, q.a));
  // (the verb itself read as the metric is no metric either: "累计投放", "发挥")
  if (!verb || (clause.metric && !(FUND_VERB_READ.test(verb[0]) && verb[0].includes(clause.metric)))) return null;
  const used = verb[0].startsWith("发挥") ? USE_OF_FUNDS.exec(ctx.text.slice(q.b, Math.min(ctx.sentB, q.b + 24))) : null;
  const noun = used ? used[1] : fundsNounAfter(ctx, q, 22);
  if (noun.length < 4 || (verb[0].startsWith("发挥") && !used)) return null;
  const metric = FUND_CREATED.test(verb[0]) ? fundSize(noun) : (verb[0].startsWith("带动") ? "带动" : "") + noun;
  return { ...clause, metric, metricA: q.b, metricB: q.b + noun.length };
}

/** the money whose role 发挥 names after an amount: "发挥10亿元(省级前期工作专项资金)作用" */
const USE_OF_FUNDS = /^(\p{Script=Han}{2,18}?(?:资金|基金))作用/u;
/** a verb setting up a fund, whose amount is the fund's size: 设立, 组建 */
/** the verbs of FUNDS_VERB_ALONE that the clause may read as its metric: 投放, 累计投放, 发挥 */
const FUND_VERB_READ = /^(?:累计)?投放|^发挥/u;
const FUND_CREATED = /^(?:设立|组建)/u;

/**
 * The size of a fund set up with an amount: "设立20亿元省级母基金和系列子基金" → 省级母基金规模 (the amount sizes the
 * first fund, the ones after 和 are set up under it), "组建200亿元规模母基金" → 母基金规模; other money kept as named.
 */
function fundSize(noun: string): string {
  if (!noun.endsWith("基金")) return noun;
  const first = /^(\p{Script=Han}+?基金)和/u.exec(noun)?.[1] ?? noun;
  return first.replace(/^规模/u, "") + "规模";
}

/** The kind of money named right after an amount, within `max` characters ("…出口融资保险", "救灾款"), or "". */
function fundsNounAfter(ctx: SentenceContext, q: Quantity, max: number): string {
  const after = metricAfter(ctx.text, q.b, ctx.sentB, max);
  const noun = after && after[0] === q.b ? ctx.text.slice(after[0], after[1]) : "";
  return noun && !HAS_NUMBER.test(noun) && FUNDS_NOUN_END.test(noun) && !LEAD_VERB.test(noun) ? noun : "";
}

/** a funder alone for a metric: 中央财政, 国家财政, 中央政府 */
const FUNDER = /^(?:中央|国家|地方|各级)?(?:财政|政府)$/u;
/** the verb of funding between a funder and its amount: "还将安排", "拟安排", "将投入" */
const FUNDER_VERB = /^(?:还|也|又|再)?(?:将|拟)?(安排|投入|拿出|下达|拨付|新增|增加)了?$/u;

/** what may follow a funder's amount for the verb to name it: the sentence's end, or a change over last year before it */
const CLAUSE_ENDS_AMOUNT = /^(?:[,，]比(?:上年|去年)[^,，;；。]{0,16})?[;；。]/u;

/**
 * "中央财政拟安排3185亿元" → 中央财政安排, "中央财政安排384亿元救灾款" → 中央财政救灾款: a funder alone before its
 * verb and an amount is no metric; the money named after the amount is, or else the funding verb stays (audit
 * r10a: 中央财政 alone read as the whole budget).
 */
function fundsOfFunder({ ctx, q, clause }: SubjectInput): Clause | null {
  if (q.kind !== "number" || (q.quantity !== "money" && q.quantity !== "money_usd") || !FUNDER.test(clause.metric)) return null;
  const verb = FUNDER_VERB.exec(ctx.text.slice(clause.metricB, q.a));
  if (!verb) return null;
  const noun = fundsNounAfter(ctx, q, 14);
  // (a purpose after the amount is read by the rules after: "中央财政安排429亿元,解决…" is left to them)
  if (!noun && !CLAUSE_ENDS_AMOUNT.test(ctx.text.slice(q.b, Math.min(ctx.sentB, q.b + 24)) + (q.b + 24 >= ctx.sentB ? "。" : ""))) return null;
  return { ...clause, metric: clause.metric + (noun || verb[1]) };
}

/** the owner before 有 and a count: "冶金工业部有", "煤炭工业部和石油工业部共有", "地方有" (owner_ends) */
const OWNER_HAS = new RegExp(`^(?:而|其中)?((?:\\p{Script=Han}|、){0,20}?(?:${alt(cues.owner_ends)}))(?:共|则|也|还|另)?有$`, "u");
/** not an owner: a part or a place (全部, 内部, 西部), people (干部) */
const NOT_OWNER = /(?:全|内|外|东|西|南|北|中|局|干|上|下|总)部$/u;
/** an industry a section is headed by: "电力工业", "建筑材料工业" */
const INDUSTRY_HEADING = /^\p{Script=Han}{2,8}工业$/u;

/**
 * Whom the counted things belong to, kept in their metric: "电力工业部有一百零一个建设项目" → 电力工业部;
 * "地方有十八个建设项目" under the heading 电力工业 → 地方电力工业 (the local share of that industry's projects).
 */
function ownerOf(ctx: SentenceContext, cs: number, q: Quantity): string {
  if (ctx.text[q.a - 1] !== "有") return "";
  const owner = OWNER_HAS.exec(ctx.text.slice(cs, q.a))?.[1] ?? "";
  if (owner.length < 2 || NOT_OWNER.test(owner)) return "";
  if (!/^(?:地方|中央)$/u.test(owner)) return owner;
  const own = ctx.headings.split("|")[0].trim();
  return INDUSTRY_HEADING.test(own) ? owner + own : owner;
}

/** honourees counted, named by the honour after them: "22个集体、26名个人被评为全国民族团结进步模范集体和模范个人" */
const HONOUREE = /^(?:先进)?(?:集体|个人|单位|团队)$/u;
const HONOUR_AFTER = /^(?:[、和及与]\d+(?:个|名|家|支)\p{Script=Han}{0,6}?(?:集体|个人|单位|团队))?((?:荣获|获评|被评为|被授予|获得|获|入选)(?:[^,;:。!?、]|、(?!\d)){2,24}?)(?=[,;:。!?]|、\d|$)/u;

/** the next count of a list and the predicate said of both: "、286件政协提案高效办结", "和240万省外脱贫劳动力在浙稳定就业" */
const NEXT_PREDICATE = /^[、和及与]\d+(?:\.\d+)?[万亿]?(?:个|名|家|件|项|所|户|人)?[^,;:。!?、\d]{2,12}?((?:全部|顺利|高效)?(?:办结|入选|获批|纳入)[^,;:。!?、\d]{0,14}|在[^,;:。!?、\d]{1,3}(?:稳定)?就业)(?=[,;:。!?]|$)/u;

/**
 * "250件人大代表建议、286件政协提案高效办结": the predicate after the next count of a list is said of this count's
 * noun too (人大代表建议高效办结), when the list ends there.
 */
function predicateOfNext(text: string, nounEnd: number, sentB: number): string {
  if (!/^[、和及与]\d/u.test(text.slice(nounEnd, nounEnd + 2))) return ""; // (cheap guard: most counts are no list's first)
  return NEXT_PREDICATE.exec(text.slice(nounEnd, Math.min(sentB, nounEnd + 40)) + (nounEnd + 40 >= sentB ? "。" : ""))?.[1] ?? "";
}

/** the next count of a list whose noun ends in what both counts count: "、5个页岩气项目建设", "、2000万亩玉米高产示范区" */
const NEXT_TAIL = /^[、和及与]\d+(?:\.\d+)?[万亿]?(?:个|家|所|处|条|亩|座|项)(\p{Script=Han}{1,12}?)(项目|示范区|周边环境|工程)(?:建设)?(?=[,;:。!?]|$)/u;

/**
 * "加快推进11个煤层气、5个页岩气项目建设" → 煤层气项目: a short noun counted before the next count of a list takes
 * the thing that count's noun ends in (项目), with the words before it after a head of two characters
 * ("1500万亩小麦、2000万亩玉米高产示范区" → 小麦高产示范区, "100所学校、50家医院周边环境" → 学校周边环境; but
 * "1600个城市更新、600个医教康育服务项目" → 城市更新项目).
 */
function tailOfNext(text: string, nounEnd: number, sentB: number, noun: string): string {
  if (noun.length < 2 || noun.length > 6 || !/^[、和及与]\d/u.test(text.slice(nounEnd, nounEnd + 2))) return ""; // (cheap guard)
  if (noun.endsWith("级") && SIZE_CLASS.test(noun)) return nounOfNextClass(text, nounEnd, sentB);
  const m = NEXT_TAIL.exec(text.slice(nounEnd, Math.min(sentB, nounEnd + 30)) + (nounEnd + 30 >= sentB ? "。" : ""));
  if (!m || noun.endsWith(m[2]) || /\p{Script=Han}{2}(?:项目|示范区|工程)/u.test(noun)) return "";
  return noun.length === 2 && m[1].length > 2 ? m[1].slice(2) + m[2] : m[2];
}

/** a size class alone counted, before the next class of a list: "1个400亿级" (、3个100亿级产业名镇), "2个千亿级" */
const SIZE_CLASS = /^(?:\d+(?:\.\d+)?|[一二三四五六七八九十]?[十百千万]?)[十百千万亿]*级$/u;
/** the next count of classes and the noun they share: "、3个100亿级产业名镇" → 产业名镇 */
const NEXT_CLASS_NOUN = /^[、和及与]\d+(?:个|家|条|座|项)(?:\d+(?:\.\d+)?|[一二三四五六七八九十]?[十百千万]?)[十百千万亿]*级(\p{Script=Han}{2,12}?)(?=[,;:。!?、]|$)/u;

/** "培育1个400亿级、3个100亿级产业名镇" → 400亿级产业名镇: a size class alone takes the noun its list ends in. */
function nounOfNextClass(text: string, nounEnd: number, sentB: number): string {
  return NEXT_CLASS_NOUN.exec(text.slice(nounEnd, Math.min(sentB, nounEnd + 24)) + (nounEnd + 24 >= sentB ? "。" : ""))?.[1] ?? "";
}

/** honourees read with their honour, which a 、 of the givers cut: "个人荣获党中央" (、国务院表彰) */
const HONOURED = /^(?:先进)?(?:集体|个人|单位|团队)(?:荣获|获评|被授予|获得|获)/u;
const HONOUR_REST = /^、([^,;:。!?、\d]{1,10}?(?:表彰|称号|奖))(?=[,;:。!?]|$)/u;

/** The honour that bare honourees counted were given, written after them ("集体" + 荣获全国民族团结进步模范称号). */
function honour(text: string, nounEnd: number, sentB: number, noun: string): string {
  if (HONOURED.test(noun)) return text[nounEnd] === "、" ? HONOUR_REST.exec(text.slice(nounEnd, Math.min(sentB, nounEnd + 14)) + (nounEnd + 14 >= sentB ? "。" : ""))?.[0] ?? "" : "";
  if (!HONOUREE.test(noun)) return "";
  return HONOUR_AFTER.exec(text.slice(nounEnd, Math.min(sentB, nounEnd + 40)) + (nounEnd + 40 >= sentB ? "。" : ""))?.[1] ?? "";
}

/**
 * "农民从集体分得的收入,每人平均达到83.4元": a base alone (每人每年 too) names nothing; the clause before is the subject,
 * the object of its verb of giving or raising when it has one.
 */
function baseAlone({ ctx, clause, cs }: SubjectInput): Clause | null {
  if (!BARE_BASE.test(clause.metric) || cs <= ctx.sentA) return null;
  const p = Math.max(ctx.sentA, ctx.breakBefore(cs - 1));
  const subject = readClause(ctx.text, p, cs - 1);
  // (what a task before gives or raises is the subject, not the task: "…的学生提供助学金,每人每年1500元" → 助学金每人每年;
  // a streak of years raised is no part of it: "企业退休人员基本养老金连续5年增加,去年又人均提高10%")
  const given = GIVEN_OBJECT.exec(subject.metric)?.[1] ?? subject.metric.replace(RAISED_STREAK, "");
  if (!given || /\d/u.test(given)) return null;
  return { ...clause, metric: given + clause.metric.replace(/^[又再还也]/u, ""), metricA: subject.metricA, metricB: clause.metricB };
}

/** a streak of years of rises ending a subject: "连续5年增加", "连续第7年提高" */
const RAISED_STREAK = /(?<=\p{Script=Han}{2})连续第?\d{1,2}年(?:增加|提高|上调|调整)?$/u;

/** the object of a verb of giving or raising that ends a clause: "…提供助学金", "今明两年继续提高企业退休人员基本养老金" */
const GIVEN_OBJECT = /(?:提供|提高|发放|给予|调高)(\p{Script=Han}{2,16})$/u;

/** the verbs one of which, shared by every item of a list of counts, goes onto the noun they share */
const SHARED_COUNT_VERBS = [...cues.lead_verbs, ...cues.actions, ...cues.flow_verbs_kept].sort((a, b) => b.length - a.length);

/**
 * What two or more counts of one unit with different names right before share, their noun's end and a verb all
 * hold: "引进投资超10亿元项目25个;东南板块引进…项目200个、西北板块引进…项目100个" → 引进项目; null for one name.
 */
function sharedOfCounts(rows: Indicator[]): string | null {
  const last = rows[rows.length - 1];
  let k = rows.length - 1;
  while (k > 0 && rows[k - 1].unit === last.unit && rows[k - 1].measure === "level" && rows[k - 1].metricAfterNumber === last.metricAfterNumber) k--;
  const names = [...new Set(rows.slice(k).map((r) => r.metric))];
  if (names.length < 2) return null;
  let n = 0;
  while (n < names[0].length && names.every((m) => m.length > n && m[m.length - 1 - n] === names[0][names[0].length - 1 - n])) n++;
  // (not from inside a size class: 超1亿元项目, 超5000万元项目 share 项目)
  const noun = names[0].slice(names[0].length - n).replace(/^(?:[元万亿千百]|以上|以下|的)+/u, "");
  n = noun.length;
  if (n < 2 || !THING_END.test(noun)) return null;
  const verb = SHARED_COUNT_VERBS.find((v) => names.every((m) => m.slice(0, m.length - n).includes(v))) ?? "";
  return verb + noun;
}

/** a growth verb right after a metric: "货运量增长97.6%" */
const GROWTH_AFTER = /^(?:同比)?(?:增长|下降|提高|减少|降低)/u;
/** generic heads that measure the whole stock of the units counted (`bare_heads_stock`) */
const STOCK_HEADS = new Set(cues.bare_heads_stock);

/**
 * "设立10只以上天使子基金,总规模达到20亿元": a generic head takes the subject of the count just before, also one
 * whose noun follows its number ("新开通4条国际货运包机航线,货运量增长97.6%" → 国际货运包机航线货运量); after several
 * counts with different names, what they share ("…项目200个、…项目100个,计划投资总额超1000亿元" → 引进项目投资总额), not
 * the last count's name only.
 */
function genericHead({ ctx, q, clause, cs, rows, lastIsCount }: SubjectInput): Clause | null {
  const last = rows[rows.length - 1];
  // (a count whose noun follows its number ends there: "新开通4条国际货运包机航线,货运量增长97.6%")
  const end = last?.metricAfterNumber ? Math.max(last.b, last.metricB) : last?.b;
  if (!last || !lastIsCount || !BARE_HEAD.test(clause.metric) || !/^[,、;]?$/u.test(ctx.text.slice(end, cs))) return null;
  const shared = sharedOfCounts(rows);
  if (shared) return { ...clause, metric: shared + clause.metric };
  const counted = last.metric.replace(/(?:数量|数|个数)$/u, "");
  // (a measure of the whole stock, not of the units the count adds: 新增软件企业…、主营业务收入 → 软件企业主营业务收入;
  // so is a growth rate, which new units have none of: 新开通4条国际货运包机航线,货运量增长97.6%)
  const stock = STOCK_HEADS.has(clause.metric) || (q.unit === "%" && GROWTH_AFTER.test(ctx.text.slice(clause.metricB, q.a)));
  const subject = stock ? counted.replace(FLOW_HEAD, "") : counted;
  return { ...clause, metric: subject.endsWith(clause.metric) ? subject : subject + clause.metric };
}

/** a task's name before its kind of work: "黄河“几字弯”攻坚战治理任务" → 黄河“几字弯”攻坚战 */
const TASK_NAMED = /^(.{2,}?)(?:治理|建设|造林|种草|修复|防治|改造)?任务$/u;

/**
 * "完成黄河“几字弯”攻坚战治理任务200万亩以上，完成总任务60%以上" → 黄河“几字弯”攻坚战总任务: a bare 总任务 is the whole
 * of the task the row before names (audit p2: the share done must say what the task is of).
 */
function wholeTask({ clause, rows }: SubjectInput): Clause | null {
  if (clause.metric !== "总任务") return null;
  const m = TASK_NAMED.exec(rows[rows.length - 1]?.metric ?? "");
  return m ? { ...clause, metric: m[1] + clause.metric } : null;
}

/** a sector's measure that the 、 items after it share when they name their sector only */
const SECTOR_MEASURE = /(?:营业收入|营收|增加值|总产值|产值)$/u;
/** an item's end that names a measure of its own (额, 量, 率 …), so it takes none */
const OWN_MEASURE_END = /(?:额|量|值|入|收|率|数|比|重|资|模|价|费|税|润|度|标准|指数|人次|GDP)$/u;

/**
 * "促进先进金属材料和先进装备制造营业收入增长10%以上、航空航天增长20%以上、生物医药增长6%左右" → 航空航天营业收入,
 * 生物医药营业收入: a growth of a 、 item that names its sector only is of the sector measure the item before ends in
 * (audit p3 round 17: the shared noun is split over the items, guide section 3).
 */
function sectorOfItemBefore({ ctx, q, clause, cs, prevRow }: SubjectInput): Clause | null {
  if (!prevRow || q.unit !== "%" || (ctx.text[cs - 1] !== "、" && ctx.text[cs] !== "、")) return null; // (cheap guard first)
  const m = SECTOR_MEASURE.exec(prevRow.metric);
  if (!m || OWN_MEASURE_END.test(clause.metric) || !/^\p{Script=Han}{2,10}$/u.test(clause.metric)) return null;
  const between = ctx.text.slice(prevRow.valueB, cs);
  return /^(?:以上|左右|以内)?、?$/u.test(between) && ctx.text.slice(clause.metricB, q.a).startsWith("增长") ? { ...clause, metric: clause.metric + m[0] } : null;
}

/** a trade or sales measure alone, which a brand has */
const BRAND_MEASURE = /^(?:出口|出口额|销量|销售额|销售收入)$/u;
/** a quoted brand opening the item before: "“青海三文鱼”公共品牌正式发布" */
const BRAND_ITEM = /(?:^|[,，;；。])“([^”,，、]{2,10})”(?:公共|区域公用|区域)?品牌[^,，;；、\d“”]{0,8}$/u;

/**
 * "“青海三文鱼”公共品牌正式发布、出口增长12倍" → 青海三文鱼出口: a bare trade or sales measure right after the item of a
 * quoted brand is the brand's, not the region's (audit p2 round 16).
 */
function brandMeasure({ ctx, clause, cs }: SubjectInput): Clause | null {
  if (!BRAND_MEASURE.test(clause.metric)) return null;
  const before = ctx.text.slice(Math.max(ctx.sentA, cs - 32), cs).replace(/、$/u, "");
  if (ctx.text[cs - 1] !== "、" && ctx.text[cs] !== "、") return null;
  const m = BRAND_ITEM.exec(before);
  return m ? { ...clause, metric: m[1] + clause.metric } : null;
}

/** an investment or output alone, named for the projects or industry of the clause or count before */
const BARE_OF_BEFORE = /^(?:年?产值|营收|投资)$/u;
/** a clause before naming what develops (the subject) and how: "揭阳中石油炼化一体化项目全面达产" */
const DEVELOPS = /^(?:全力|加快|大力)?(?:推进|推动|实施)?(.{2,16}?(?:项目|工程|产业链|产业|集群))(?:建设|发展|全面达产|达产|投产|建成投产)$/u;

/**
 * "实施重点项目2000多个、完成投资1800多亿元" → 重点项目完成投资; "揭阳中石油炼化一体化项目全面达产、完成年产值超1100亿元"
 * → …项目年产值: an investment or output alone is of the projects counted, or the industry developed, just before.
 */
function ofProjectsBefore({ ctx, q, clause, cs, rows }: SubjectInput): Clause | null {
  if (!BARE_OF_BEFORE.test(clause.metric)) return null;
  const last = rows[rows.length - 1];
  const done = /^(?:全年)?完成/u.test(ctx.text.slice(cs, clause.metricA)) ? "完成" : "";
  if (last) {
    const sep = /^[,、;]$/u.test(ctx.text.slice(last.b, cs));
    return sep && done && COUNTED_UNIT.test(last.unit) && /(?:项目|工程)$/u.test(last.metric) ? { ...clause, metric: last.metric + done + clause.metric } : null;
  }
  const p = Math.max(ctx.sentA, ctx.commaBefore(cs - 1));
  const m = cs - 1 > p && /[,、]/u.test(ctx.text[cs - 1]) ? DEVELOPS.exec(ctx.text.slice(p, cs - 1)) : null;
  return m && !HAS_NUMBER.test(m[1]) && q.a > cs ? { ...clause, metric: m[1] + clause.metric } : null;
}

/** the industry a clause before develops, after the examples it lists: "推动粮食、蔬菜…、南药等优势产业发展壮大" */
const DEVELOPED_AFTER_EXAMPLES = /等(\p{Script=Han}{2,8}?(?:产业|集群|项目|工程|产业链))(?:发展壮大|做大做强|发展|建设|提质增效)$/u;

/**
 * "推动粮食、蔬菜、水果、畜禽、水产、南药等优势产业发展壮大,实现产值650亿元以上" → 优势产业产值: an output alone is
 * of the industry the clause right before develops, named after its examples, when that clause holds no number.
 */
function developedBefore({ ctx, q, clause, cs, rows }: SubjectInput): Clause | null {
  if (!BARE_OF_BEFORE.test(clause.metric) || q.a <= cs || ctx.text[cs - 1] !== ",") return null;
  const p = Math.max(ctx.sentA, ctx.commaBefore(cs - 1));
  const last = rows[rows.length - 1];
  if (last && last.valueB > p) return null;
  const m = DEVELOPED_AFTER_EXAMPLES.exec(ctx.text.slice(p, cs - 1));
  return m ? { ...clause, metric: m[1] + clause.metric } : null;
}

/**
 * "有效应对23次强降水和59天高温天气" → 高温天气: a number of days after 和 and a count whose noun follows its number
 * counts the days named after it too, not the count's noun (round 19 left 强降水).
 */
function daysAfterCount({ ctx, q, clause, rows }: SubjectInput): Clause | null {
  if (q.quantity !== "days" || ctx.text[q.a - 1] !== "和") return null;
  const last = rows[rows.length - 1];
  if (!last || !last.metricAfterNumber || !(COUNTED_UNIT.test(last.unit) || /^(?:次|轮|场)$/u.test(last.unit)) || last.metricB !== q.a - 1) return null;
  const after = metricAfter(ctx.text, q.b, ctx.sentB, 8);
  if (!after || after[0] !== q.b || ctx.sentB > after[1] && !/[,;:。!?]/u.test(ctx.text[after[1]])) return null;
  const noun = ctx.text.slice(after[0], after[1]);
  return HAS_NUMBER.test(noun) || noun.length < 2 ? null : { ...clause, metric: noun, metricA: after[0], metricB: after[1] };
}

/** flow verbs alone before an area or a length, after an aim word: "(力争)新建和改造提升" */
const WORKS_ALONE = /^(?:力争|确保|全年|今年)?((?:新建|改造|提升|改建|扩建)(?:和|、)?(?:新建|改造|提升|改建|扩建)*)$/u;
/** the works a clause before promotes: "(高质量推进)高标准农田建设" */
const WORKS_BUILT = /(?:推进|加快|加强|实施|抓好)(\p{Script=Han}{2,10}?)建设$/u;

/**
 * "高质量推进高标准农田建设,力争新建和改造提升200万亩以上" → 新建和改造提升高标准农田: flow verbs alone before an area
 * or a length build the works the clause right before promotes, when that clause holds no number (round 20 audit).
 */
function worksOfLead({ ctx, q, clause, cs, rows }: SubjectInput): Clause | null {
  if ((q.quantity !== "area" && q.quantity !== "length") || !clause.metric || ctx.text[cs - 1] !== ",") return null;
  const verbs = WORKS_ALONE.exec(ctx.text.slice(cs, q.a))?.[1];
  if (!verbs) return null;
  const p = Math.max(ctx.sentA, ctx.commaBefore(cs - 1));
  const last = rows[rows.length - 1];
  if (last && last.valueB > p) return null;
  const m = WORKS_BUILT.exec(ctx.text.slice(p, cs - 1));
  return m && !HAS_NUMBER.test(m[1]) ? { ...clause, metric: verbs + m[1] } : null;
}

/**
 * the clause after a row that sets it against a plan's figure and gives the excess: "…达到3,989亿斤,比1955年增长8.4%,
 * 比五年计划原定1957年3,856亿斤的水平超过133亿斤", "完成六十五亿五千万元,超过原定的年度计划百分之四点一"
 */
const PLAN_EXCESS = /^[,，](?:比((?:[^,，;；。]|(?<=\d),(?=\d))*?(?:计划|原定|规定)(?:[^,，;；。]|(?<=\d),(?=\d))*?的水平)超过了?|超过了?((?:原定|原计划|计划|[^,，;；。]{0,8}五年计划)[^,，;；。]*))$|^[,，、]超(?:过了?)?((?:年度|全年|年)(?:计划|目标)[^,，;；。、]{0,6})$/u;

/** A plan's figure exceeded, right after the row of the level that exceeds it: a gap of that row's subject, the plan its benchmark (guide, section 3). */
function planExcess({ ctx, q, clause, rows, prevRow }: SubjectInput): Clause | null {
  if (!prevRow || q.kind === "rank" || !/[,，;；。]/u.test(ctx.text[q.b] ?? "。")) return null;
  const t = ctx.text.slice(prevRow.valueB, q.a);
  let m = t.includes("超") ? PLAN_EXCESS.exec(t) : null;
  // (the plan's figure a row of its own: "比五年计划原定1957年3,856亿斤的水平超过133亿斤" reads from the row before it)
  const before = rows.at(-2);
  if (!m && before && rows.at(-1) === prevRow && /^的?水平超过了?$/u.test(t)) m = PLAN_EXCESS.exec(ctx.text.slice(before.valueB, q.a));
  if (!m) return null;
  const benchmark = m[1] ?? m[2] ?? m[3];
  return { ...clause, verb: "gap", gapSign: 1, qualBefore: "", benchmark, metric: prevRow.metric, metricA: prevRow.metricA, metricB: prevRow.metricB };
}

/** a shortfall or excess against a figure named after 比, right after the row it compares: ",比预算数28,049,780,000元少" */
const FIGURE_SHORT = /^[,，]比((?:[^,，;；。]|(?<=\d),(?=\d))*?[\d〇○零一二三四五六七八九十百千万亿](?:[^,，;；。\d]{0,4}?))(?:还|又|要|只)?((?<![减缩增许更大很])[多少]|只?差)(?:支|收|了)?$/u;
/** a plan's or budget's completion in the row compared: its subject is what falls short (本年收入完成预算 → 本年收入) */
const DONE_OF = /(?:完成|占)(?:了)?(?:原定|年度|全年)?(?:预算|计划)数?$/u;

/**
 * "1955年本年收入完成预算的96.98%,比预算数28,049,780,000元少846,461,000元": by how much the subject of the row before
 * falls short of (少, 差, 少支) or exceeds (多) a figure named after 比 is a gap of that subject, the figure its benchmark
 * (guide, section 3: measure gap), not a level of the bare verb.
 */
function figureShortfall({ ctx, q, clause, prevRow }: SubjectInput): Clause | null {
  if (!prevRow || q.kind === "rank") return null;
  const t = ctx.text.slice(prevRow.valueB, q.a);
  const m = t.includes("比") && t.length <= 60 ? FIGURE_SHORT.exec(t) : null;
  if (!m) return null;
  const metric = prevRow.metric.replace(DONE_OF, "");
  if (metric.length < 2) return null;
  return { ...clause, verb: "gap", gapSign: m[2] === "多" ? 1 : -1, qualBefore: "", benchmark: m[1], metric, metricA: prevRow.metricA, metricB: prevRow.metricA + metric.length };
}

/** a comparison verb opening a clause, and the years or span of the rate compared with right after it */
const COMPARED_RATE_HEAD = /^(?:远远|大大)?(?:超过|高于|低于|快于)了?/u;
const COMPARED_RATE_SPAN = /^(?:[〇○零一二三四五六七八九\d]{4}年?(?:以前|以来)?(?:至|到|—|-)?)*的?(?:[二三四五六七八九十]+年(?:间|中|内)?)?的?/u;

/**
 * "轻工业平均每年增长百分之十一点八,超过重工业每年平均增长百分之三点四的速度": the rate a subject's rate is compared
 * with, right before 的速度 or 的水平, is of the noun after the comparison verb (重工业), or, when only years stand there
 * ("高于一九五三年至一九八○年二十八年平均每年递增百分之二点六的水平"), of the row before's subject, over those years.
 */
function comparedRate({ ctx, q, clause, prevRow }: SubjectInput): Clause | null {
  const m = q.unit === "%" ? COMPARED_RATE_HEAD.exec(clause.metric) : null;
  if (!m || !/^的(?:增长|发展)?(?:速度|水平)/u.test(ctx.text.slice(q.b, q.b + 7))) return null;
  const rest = clause.metric.slice(m[0].length);
  const noun = rest.slice(COMPARED_RATE_SPAN.exec(rest)![0].length);
  if (/计划|规定|目标/u.test(noun) || HAS_NUMBER.test(noun)) return null;
  if (noun.length >= 2) return { ...clause, metric: noun, metricA: clause.metricB - noun.length };
  return prevRow ? { ...clause, metric: prevRow.metric, metricA: prevRow.metricA, metricB: prevRow.metricB } : null;
}

/** a growth noun alone opening the clause: ",涨幅仍然高达" */
const GROWTH_ALONE = /^[,，;；]?(?:涨幅|增幅|增速)(?:仍然|仍|还|也|却|更)?(?:高达|达到|达|为|是|只有|仅)?$/u;

/**
 * "…上涨幅度控制在百分之十以内。虽然…,涨幅仍然高达百分之二十一点七": a growth noun alone is the rate of change of the
 * row before's subject, or of the subject carried from the sentence before in the same unit.
 */
function growthAlone({ ctx, q, clause, cs, prevRow }: SubjectInput): Clause | null {
  const head = ctx.text.slice(cs, q.a);
  if (!(head.includes("涨幅") || head.includes("增幅") || head.includes("增速")) || !GROWTH_ALONE.test(head)) return null;
  const metric = prevRow?.unit === q.unit ? prevRow.metric : ctx.carried?.unit === q.unit ? ctx.carried.metric : "";
  return metric ? { ...clause, metric, metricA: cs, metricB: cs, growthNoun: true } : null;
}

/** a comparison with the last time or year only: "比上次", "比上年" */
const COMPARED_LAST = /^(?:比|较)(?:上次|上届|上一届|上轮|上一轮|上年|去年|同期|上年同期|去年同期)$/u;

/**
 * "造林面积2,560多万亩,比1954年完成数增长47%": a comparison names the base; the subject is the row before's, or the
 * count's right before it, whose noun follows its number ("荣获53个奖项、比上次增长47%").
 */
function comparisonOnly({ ctx, q, clause, cs, rows, prevRow: before }: SubjectInput): Clause | null {
  // (a bare 比 is left where a plan's period after it was dropped: "比“六五”期间增长")
  if (q.kind === "rank" || !/^(?:比|较)(?:.|$)/u.test(clause.metric)) return null;
  const last = rows.at(-1);
  const ofCount = last?.metricAfterNumber && COMPARED_LAST.test(clause.metric) && /^[,，、]$/u.test(ctx.text.slice(last.b, cs));
  const prevRow = ofCount ? last : before;
  if (!prevRow) return null;
  return { ...clause, benchmark: clause.benchmark || clause.metric.slice(1), metric: prevRow.metric, metricA: prevRow.metricA, metricB: prevRow.metricB };
}

/** "增长的绝对数却是六百九十二万吨", "粮食增加的绝对数将达到三千亿斤": the absolute amount of a change is a change of what it names, else of the row before's subject. */
function absoluteAmount({ clause, prevRow }: SubjectInput): Clause | null {
  const of = absoluteChange(clause.metric);
  if (of === null || (!of && !prevRow)) return null;
  if (of) return { ...clause, metric: of, verb: "added" };
  return { ...clause, metric: prevRow!.metric, metricA: prevRow!.metricA, metricB: prevRow!.metricB, verb: "added" };
}

/**
 * "初步改良了四亿五千万亩,占百分之六十", "共支出…,占预算数的94.35%": a share of the row before's subject; of the count
 * right before too, whose noun follows its number ("15亿亩林地确权到户,占全国集体林地面积的60%").
 */
function shareOfPrevious({ ctx, clause, cs, rows, prevRow: before }: SubjectInput): Clause | null {
  if (!clause.metric.startsWith("占")) return null;
  const last = rows.at(-1);
  // (a short predicate between: "849座公园实现24小时开放、占全市公园总数的87.3%")
  const prevRow = last?.metricAfterNumber && /^(?:[^,，;；。]{0,10}、|[^,，;；。]{0,10}[,，])$/u.test(ctx.text.slice(last.b, cs)) ? last : before;
  if (!prevRow || prevRow.metric.includes("占")) return null;
  if (/^占(?:到)?$/u.test(clause.metric)) return { ...clause, metric: prevRow.metric + "占比" };
  if (/^占./u.test(clause.metric)) return { ...clause, metric: prevRow.metric + clause.metric };
  return null;
}

/** Medals, a ranked list, a per-person base after the verb, an added amount with no stock named. */
function namedForms({ ctx, q, clause, cs, prevRow }: SubjectInput): Clause | null {
  if (q.quantity === "medals" && clause.metric) return { ...clause, metric: medalMetric(clause.metric) };
  // (not a rank right after the row it ranks: "吞吐量达到350万标箱、居长江中上游港口首位" ranks the 吞吐量 among the ports)
  const ranksPrev = !!prevRow && /^[、,]$/u.test(ctx.text.slice(prevRow.valueB, cs));
  if (q.kind === "rank" && !clause.metric && clause.benchmark && !RANK_SCOPE_BENCH.test(clause.benchmark) && !ranksPrev) {
    // "位列金牌榜第2位": the list ranked on is what the rank measures
    return { ...clause, metric: clause.benchmark, benchmark: "" };
  }
  const base = PER_BASE_AFTER_VERB.exec(clause.metric);
  // "补助标准提高到每人每年670元" → 补助标准每人每年, a level
  if (base) return { ...clause, metric: base[1] + base[2], verb: "level" };
  // "“以大换小”新增500兆瓦以上": no stock is named, the added amount is the level
  if (clause.verb === "added" && /^“[^”]+”$/u.test(clause.metric)) return { ...clause, verb: "" };
  return null;
}

/** a verb alone that restates the figure before, in another unit or as a level it got back to: 约合, 折合, 重回 */
const RESTATING_VERB = /^(?:约合|折合|重回|重返)$/u;

/** a verb alone naming those a measure reached */
const BENEFIT_VERB = /^(?:惠及|受益|覆盖|带动)$/u;

/** a verb of benefit alone, counting people or homes: "惠及" (160余万人), "受益" (200万人) */
const BENEFIT_ALONE = /^(惠及|受益)(?:超过|超|近|约)?$/u;

/**
 * "发放以旧换新补贴48.3亿元,带动…消费分别增长40.9%、24.8%,惠及160余万人" → 以旧换新补贴惠及; "维修农村供水工程1800处,
 * 受益200万人" → 维修农村供水工程受益: a verb of benefit alone after a comma names those the last amount or count of
 * its sentence reached, over rows of rates and changes (not the goods whose sales grew).
 */
function benefitOfRow({ ctx, q, clause, cs, rows }: SubjectInput): Clause | null {
  if (!rows.length || q.unit === "%" || !/[,，;；]/u.test(ctx.text[cs - 1] ?? "")) return null; // (惠及90%的在校生: a share)
  const m = BENEFIT_ALONE.exec(clause.metric || (clause.action ? ctx.text.slice(cs, q.a) : ""));
  if (!m) return null;
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i];
    if (r.valueB > cs || r.valueB < ctx.sentA) continue;
    if (r.measure === "level" && r.unit !== "%" && !r.metric.endsWith(m[1])) return { ...clause, metric: r.metric + m[1] };
  }
  return null;
}

/** "按期办结人大代表议案1件、建议117件": a short item (a noun, or a verb alone) shares the head of the one before. */
function sharedHead({ ctx, q, clause, cs, rows }: SubjectInput): Clause | null {
  const prevAny = rows[rows.length - 1];
  const item = clause.metric || (clause.action ? ctx.text.slice(cs, q.a) : "");
  // (a flow verb in front is not the head: 恢复滨海湿地…、岸线… takes 恢复 only, in sharedFlowVerb)
  // (a verb alone as the item shares the whole head: 新引进项目中完成供地156个、开工43个)
  const prevMetric = (clause.metric ? prevAny?.metric.replace(FLOW_HEAD_SHARED, (m, verb: string) => m.slice(verb.length)) : prevAny?.metric) ?? "";
  // (not into a quoted name: 新增“百亿县”4个、总数达到40个 is no 新增“百亿总数)
  // (nor a total, which totalAlone names: 新增全国重点实验室15家、总数达23家 is no 新增全国重点实总数)
  if (!prevAny || !SHORT_ITEM.test(item) || !/^、$/u.test(ctx.text.slice(prevAny.valueB, cs)) ||
    prevMetric.length < item.length + 3 || prevMetric.endsWith(item) || /[”"]$/u.test(prevAny.metric) || TOTAL_ALONE.test(item) ||
    MEASURE_ALONE.test(item)) return null; // (a measure word alone is the row's own measure: measureOfPrevious, 地区生产总值增量)
  // (a verb of benefit names those the item before reached: 改造老旧小区6496个、惠及97.9万户 → 改造老旧小区惠及)
  if (BENEFIT_VERB.test(item)) return { ...clause, metric: prevAny.metric + item };
  // (a verb that restates the same figure names the item before whole: 实际使用外资175亿美元左右、约合1243亿元人民币)
  if (RESTATING_VERB.test(item)) return { ...clause, metric: prevAny.metric };
  // (a compound head goes whole, with its modifier: 粮食播种面积…、产量 → 粮食产量, `compound_heads`)
  const compound = COMPOUND_HEAD.exec(prevAny.metric)?.[0];
  const otherUnit = !compound && q.base !== prevAny.unitBase && !(COUNTED_UNIT.test(q.unit) && COUNTED_UNIT.test(prevAny.unit));
  const own = otherUnit || headsShared(ctx.text, rows, item) ? otherUnitItem(clause, prevAny, item) : null;
  if (own) return own;
  const head = compound ?? item;
  return { ...clause, metric: prevAny.metric.slice(0, -head.length).replace(/总$/u, "") + item };
}
/**
 * "电信网络诈骗案件受理数下降12%、损失数下降35.8%": a three-character item after 、 that ends in the measure character
 * of the row before and replaces its last characters (`headOfSameEnd`) takes that row's head (电信网络诈骗案件损失数).
 */
function sameEndItem({ ctx, clause, cs, rows }: SubjectInput): Clause | null {
  const prev = rows[rows.length - 1];
  if (!prev || clause.metric.length !== 3 || ctx.text.slice(prev.valueB, cs) !== "、") return null;
  const head = headOfSameEnd(prev.metric, clause.metric);
  return head ? { ...clause, metric: head + clause.metric } : null;
}

/**
 * Two items before that end in the same head with other words in front name things of one kind, so a short item
 * after them is another such thing, no part of their name: "新增…火电装机130万千瓦、风电光伏装机2060万千瓦、储能60万千瓦"
 * → 新增储能, not 新增风电光伏储能.
 */
function headsShared(text: string, rows: Indicator[], item: string): boolean {
  const [two, one] = rows.slice(-2);
  if (!two || !one || rows.length < 2 || text.slice(two.valueB, one.metricA) !== "、") return false;
  const [a, b] = [two.metricText, one.metricText];
  const tail = item.length;
  return a.length > tail && b.length > tail && a.slice(-tail) === b.slice(-tail) && a.slice(0, -tail) !== b.slice(0, -tail) && a.slice(-tail) !== item;
}

/** a measure word alone as a list item: the measure of the thing the item before counts */
const MEASURE_ITEM = /^(?:收益|投资|金额|产值|营收|收入|资金|利润|税收|总额)$/u;

/**
 * A short item of another unit than the row before is no same-length part of that row's name: a measure of the
 * thing it counts ("出让矿业权558个、收益290亿元" → 出让矿业权收益), else a thing of its own that shares only the
 * flow verb ("建设风电光伏装机2727万千瓦、治沙238万亩" → 建设治沙, not 建设风电光伏治沙); with no flow verb, null (not two counts).
 */
function otherUnitItem(clause: Clause, prev: Indicator, item: string): Clause | null {
  if (MEASURE_ITEM.test(item)) return { ...clause, metric: prev.metric + item };
  const verb = FLOW_HEAD_SHARED.exec(prev.metric)?.[1];
  return verb ? { ...clause, metric: verb + item } : null;
}

const COMPOUND_HEAD = new RegExp(`(?:${alt(cues.compound_heads)})$`, "u");

const OBJECT_VERB = new Set(cues.object_verbs);
/** a verb before a count's noun, or one after it ("行政法规进行全面清理"), dropped when the noun is shared */
const OBJECT_LEAD = new RegExp(`^.*?(?:${alt(cues.lead_verbs_of_object)})(?=.{2})|进行(?:全面)?(?:${alt(cues.lead_verbs_of_object)})$`, "gu");

/** "清理…规定2300件,废止830件,修订325件": a verb alone after a count acts on the same things (废止…规定, 修订…规定). */
function objectOfPrevious({ ctx, q, clause, cs, rows }: SubjectInput): Clause | null {
  const prev = rows[rows.length - 1];
  const item = clause.metric || (clause.action ? ctx.text.slice(cs, q.a) : "");
  if (!prev || !OBJECT_VERB.has(item) || prev.unit !== q.unit || !/^[,、]$/u.test(ctx.text.slice(Math.max(prev.valueB, prev.metricB), cs))) return null;
  const noun = prev.metric.replace(OBJECT_LEAD, "");
  return noun.length >= 2 && !OBJECT_VERB.has(noun) ? { ...clause, metric: item + noun } : null;
}

/** a work verb alone as a 、 item, after a light verb: "(实施)再开发", "(完成)复垦" */
const WORK_VERB_ITEM = /^(?:实施|推进|完成|开展)?((?:再)?(?:开发|整治|复垦|修复|收储|盘活|处置))$/u;

/**
 * "盘活低效用地,推动低效用地上图入库27.8万亩、实施再开发5.6万亩" → 低效用地再开发: a work verb alone as the next 、
 * item acts on the topic the clause before the list names, when the item before opens with it (round 19 left 开发).
 */
function topicOfList({ ctx, q, clause, cs, rows }: SubjectInput): Clause | null {
  const prev = rows[rows.length - 1];
  if (!prev || prev.unit !== q.unit || ctx.text[cs - 1] !== "、" || !clause.metric || clause.metric.length > 3) return null;
  const verb = WORK_VERB_ITEM.exec(ctx.text.slice(cs, q.a))?.[1];
  if (!verb || prev.valueB > cs || !/^[、]$/u.test(ctx.text.slice(prev.valueB, cs))) return null;
  const listA = ctx.commaBefore(cs);
  if (listA - 1 <= ctx.sentA) return null;
  const lead = ctx.text.slice(Math.max(ctx.sentA, ctx.commaBefore(listA - 1)), listA - 1);
  const topic = leadTopic(lead, prev.metric);
  return topic ? { ...clause, metric: topic + verb } : null;
}

/** The longest end of `lead` (two characters or more) that `metric` opens with: "盘活低效用地", "低效用地上图入库" → 低效用地. */
function leadTopic(lead: string, metric: string): string {
  for (let k = Math.min(lead.length, metric.length - 1); k >= 2; k--) if (metric.startsWith(lead.slice(-k))) return lead.slice(-k);
  return "";
}

/** "新增高速公路通车里程1523公里,总里程达8667公里" → 高速公路通车总里程: a total names nothing alone, its subject is the row before's. */
function totalAlone({ clause, rows }: SubjectInput): Clause | null {
  const lastRow = rows[rows.length - 1];
  if (!lastRow || !TOTAL_ALONE.test(clause.metric)) return null;
  const base = lastRow.metric.replace(FLOW_HEAD, "").replace(FLOW_HEAD_SHARED, (m, verb: string) => m.slice(verb.length));
  const tail = clause.metric.replace(/^(?:总|累计)/u, "");
  return { ...clause, metric: (base.endsWith(tail) ? base.slice(0, -tail.length) : base) + clause.metric };
}

/** a measure word alone, of something else: its size of change or its rank */
const MEASURE_ALONE = /^(?:增量|增幅|增速|涨幅|降幅|提升幅度|提高幅度|增长幅度|排名|位次)$/u;
/** what lies between a row and the clause right after it, or the one after a clause with no number */
const AFTER_ROW = /^(?:[,，、;；][^,，、;；\d]{2,12})?[,，、;；]$/u;

/** a generating capacity alone, started, put into service or added: "新开工装机", "新投产装机", "装机规模" */
const CAPACITY_ALONE = /^(?:新开工|新投产|新增|新建|投产|开工|并网)?装机(?:容量|规模)?$/u;

/**
 * "开工建设阿拉善新远景等35个新型储能项目,力争新开工装机1000万千瓦、新投产600万千瓦" → 新型储能新开工装机: a capacity
 * alone after a count of projects of a kind, over rows of such capacities only, is of that kind (the kind without
 * the count's verbs and 项目).
 */
function capacityOfProjects({ ctx, clause, rows }: SubjectInput): Clause | null {
  if (!clause.metric.includes("装机") || !CAPACITY_ALONE.test(clause.metric)) return null; // (cheap guard first)
  let i = rows.length - 1;
  while (i >= 0 && rows[i].valueB > ctx.sentA && CAPACITY_ALONE.test(rows[i].metric.replace(KIND_OF_PROJECTS, ""))) i--;
  const r = rows[i];
  if (!r || r.valueB < ctx.sentA || !COUNTED_UNIT.test(r.unit) || !r.metric.endsWith("项目")) return null;
  const kind = r.metric.slice(0, -2).replace(LEAD_VERB, "").replace(LEAD_VERB, "");
  return kind.length >= 2 && kind.length <= 8 && /^\p{Script=Han}+$/u.test(kind) ? { ...clause, metric: kind + clause.metric } : null;
}
/** the kind a capacity row took from projects (any Han before 装机's verb) */
const KIND_OF_PROJECTS = /^\p{Script=Han}{2,8}?(?=(?:新开工|新投产|新增|新建|投产|开工|并网)?装机)/u;

/** measures of a product's output or stock, which a clause may name alone after a row of the product's other one */
const PRODUCT_MEASURE = /(?:保有储量|探明储量|储量|产量|销量|产能)$/u;

/**
 * "煤炭产量首次突破1亿吨、居全国第八,保有储量超过320亿吨" → 煤炭保有储量: a product measure alone (`PRODUCT_MEASURE`)
 * right after a row of another measure of one product takes that product (not 煤炭产量保有储量).
 */
function productOfPrevious(input: SubjectInput): Clause | null {
  const { clause, rows } = input;
  const last = rows[rows.length - 1];
  if (!last || clause.metric.length > 4 || !PRODUCT_MEASURE.test(clause.metric)) return null; // (cheap guard first)
  return headOfPrevious(PRODUCT_MEASURE, input, last);
}

/**
 * The clause's metric, a measure word alone (the whole of `measure`'s match), after the head of the last row's metric,
 * when that row ends with another measure of `measure` and the clause stands right after it; else null.
 */
function headOfPrevious(measure: RegExp, { ctx, clause, cs }: SubjectInput, last: Indicator): Clause | null {
  const m = measure.exec(last.metric);
  if (!m || measure.exec(clause.metric)![0] !== clause.metric || m[0] === clause.metric) return null;
  const head = last.metric.slice(0, -m[0].length);
  return head.length >= 2 && /^\p{Script=Han}+$/u.test(head) && AFTER_ROW.test(ctx.text.slice(last.valueB, cs)) ? { ...clause, metric: head + clause.metric } : null;
}

/** measures of a transport network or hub, with the modifier of a day or year (日最高客运量, 年旅客吞吐量) */
const TRANSPORT_MEASURE = /(?:日最高|日均|最高日|年)?(?:客运量|货运量|旅客吞吐量|货邮吞吐量|集装箱吞吐量|货物吞吐量|旅客发送量|客流量|运营里程|通车里程)$/u;

/**
 * "轨道交通运营里程达到575公里、日最高客运量突破600万人次" → 轨道交通日最高客运量; "成都国际航空枢纽年旅客吞吐量…;货邮吞吐量
 * 增长33%" → 成都国际航空枢纽货邮吞吐量: a network's or hub's measure alone, right after a row of its other measure, is of
 * the same network (guide section 3: the subject a later clause shares; audit p3 round 17).
 */
function transportOfPrevious(input: SubjectInput): Clause | null {
  const { clause, rows } = input;
  const last = rows[rows.length - 1];
  if (!last || clause.metric.length > 7 || !clause.metric.endsWith("量") || !TRANSPORT_MEASURE.test(clause.metric)) return null; // (cheap guard first)
  return headOfPrevious(TRANSPORT_MEASURE, input, last);
}

/**
 * "综合科技创新水平指数达64.52%,提升幅度全国第2" → 综合科技创新水平指数提升幅度: a measure word alone right after a row
 * of a named quantity (粮食总产量…,增量居全国第3位) is that quantity's.
 */
function measureOfPrevious({ ctx, clause, cs, rows }: SubjectInput): Clause | null {
  const last = rows[rows.length - 1];
  if (!last || !MEASURE_ALONE.test(clause.metric) || !QUANTITY_HEAD.test(last.metric)) return null;
  // (over a clause with no number between: "粮食总产量达到820.1亿斤、实现“二十一连丰”,增量居全国第3位")
  return AFTER_ROW.test(ctx.text.slice(last.valueB, cs)) ? { ...clause, metric: last.metric + clause.metric } : null;
}

/** what a sentence's opening clause is about, up to how it goes: "外商直接投资(保持良好势头)", "机械工业(1979年…)" */
const TOPIC_OPENING = /^(\p{Script=Han}{2,14}?)(?=保持|继续|增长|发展|稳步|快速|迅速|要(?!求)|落户|在\p{Script=Han}{2,12}中$|[\d〇○零一二三四五六七八九]{4}年|$)/u;
/** an action or a change in an opening clause, which makes it no topic */
const TOPIC_ACTION = /增|减|加|降|提高|扩大|连续|实施|推进|推动|开展|建设|完成|实现|突破|达到/u;
/** openings that are no topic: a source, a place or time, a condition */
const NO_TOPIC = /^(?:据|在|从|由|对|为|如|经过|通过|根据|随着|由于|今年|去年|全年|目前|同时)/u;

/**
 * "外商直接投资保持良好势头,实际金额达到330多亿美元" → 外商直接投资实际金额: a generic head alone (`bare_heads`), with no
 * row before it in its sentence, is of what the sentence's opening clause is about.
 */
function headOfTopic({ ctx, clause, cs, rows }: SubjectInput): Clause | null {
  if (rows.length || cs <= ctx.sentA) return null;
  // (an adverb after the head: "总产值仍然增加了…")
  const head = BARE_HEAD.test(clause.metric) || clause.metric === "实际金额" ? clause.metric : trimEdges(clause.metric);
  if (!(BARE_HEAD.test(head) || head === "实际金额")) return null;
  clause = { ...clause, metric: head };
  const first = openingClause(ctx.text.slice(ctx.sentA, cs));
  // (a list closed by 等 and its class: "钢、石油、…、卷烟等主要工业产品,一九六四年的产量都…" → 主要工业产品产量)
  const listed = first.includes("、") ? LIST_CLASS_OPENING.exec(first) : null;
  if (listed) return { ...clause, metric: listed[1] + clause.metric };
  // (a zone whose opening the sentence pushes: "推动太平湾合作创新区加快开发,…,实现年度投资100亿元" → 太平湾合作创新区年度投资)
  const zone = first.includes("区") ? ZONE_OPENING.exec(first) : null;
  if (zone) return { ...clause, metric: zone[1] + clause.metric };
  // (a pool the sentence speaks of a part of: "在三十二种主要工业产品中,产量将增长…" → 主要工业产品产量)
  const pool = first.endsWith("中") ? POOL_OPENING.exec(first) : null;
  if (pool) return { ...clause, metric: pool[1] + clause.metric };
  const cls = first.endsWith("品中") || first.endsWith("物中") ? GOODS_OPENING.exec(first) : null;
  if (cls) return { ...clause, metric: (cls[1] ?? "") + cls[2] + clause.metric };
  const m = first && !NO_TOPIC.test(first) && !/[、\d]/u.test(first.slice(0, 2)) ? TOPIC_OPENING.exec(first) : null;
  // (not a clause that says what was done: "全国粮食连续四年增产", "大规模增加政府投资")
  // (the nation's scope off the topic: "我国的农业" → 农业)
  return m && !first.includes("、") && !TOPIC_ACTION.test(m[1]) ? { ...clause, metric: m[1].replace(NATION_SCOPE, "") + clause.metric } : null;
}
/** the nation's or region's scope at a topic's head: "我国的", "全国" */
const NATION_SCOPE = /^(?:我国|全国|全省|全市|全区)的?(?=\p{Script=Han}{2})/u;
/** a year alone opening a sentence: "1956年," */
const YEAR_ALONE = /^(?:\d{4}|[〇○零一二三四五六七八九]{4})年[,，]/u;

/** The sentence's opening clause, "" for none; past a year alone: "1956年,我国的农业在严重的自然灾害中," → 我国的农业在严重的自然灾害中. */
function openingClause(head: string): string {
  const from = YEAR_ALONE.exec(head)?.[0].length ?? 0;
  const comma = head.slice(from).search(/[,，]/u);
  return comma > 0 ? head.slice(from, from + comma) : "";
}

/** a line of the state's budget, which names no budget alone: "本年收入", "上年结转收入", "收入总数" */
const BUDGET_LINE = /^(?:(?:本年|上年结转|结转)(?:收入|支出)(?:完成预算)?|(?:收入|支出)总数)$/u;
/** the budget a section's heading names: "1955年国家决算", "1956年的国家预算" */
const BUDGET_HEADING = /国家(?:预算|决算)/u;

/**
 * "1955年国家决算的收支总数如下:1955年本年收入合计27,203,319,000元" → 国家决算本年收入: a budget's line alone, under a
 * heading naming the state's budget or final accounts (or a sentence before it that does), is that budget's (本年收入 alone
 * reads as anyone's income).
 */
function budgetLine({ ctx, q, clause }: SubjectInput): Clause | null {
  if (!clause.metric.includes("收入") && !clause.metric.includes("支出")) return null;
  const line = BUDGET_LINE.test(clause.metric) ? clause.metric : trimEdges(clause.metric);
  // (or the sentence before it: "1956年国家预算规定,本年收入共为29,731,732,000元")
  const budget = BUDGET_LINE.test(line) ? BUDGET_HEADING.exec(ctx.headings)?.[0] ?? BUDGET_HEADING.exec(ctx.text.slice(ctx.sentA, q.a))?.[0] : undefined;
  return budget ? { ...clause, metric: budget + line } : null;
}

/** an opening clause pushing a zone's development: "推动太平湾合作创新区加快开发" (audit 71203: 年度投资 without the zone) */
const ZONE_OPENING = /^(?:推动|加快|推进|支持|加快推进|全力推进)?(\p{Script=Han}{2,6}?(?:新区|合作区|创新区|自贸试验区|自贸区|综保区|经开区|高新区|开发区|示范区|园区))(?:加快|全面|高标准|高质量)?(?:开发建设|开发|建设|发展)$/u;
/** an opening clause naming a pool by its size: "在三十二种主要工业产品中" (POOL_AMONG_AFTER: the size is no row) */
const POOL_OPENING = /^在(?:这|本年的)?(?:\d+|[〇零一二三四五六七八九十百千两]+)(?:多|余)?[种个项类家](\p{Script=Han}{2,10})中$/u;
/** an opening clause naming a class of products without its size: "在主要的农业产品中" (the 的 after a two-character modifier goes) */
const GOODS_OPENING = /^在(?:这些|各种|各类)?(?:(\p{Script=Han}{2})的)?(\p{Script=Han}{0,8}(?:产品|作物|商品))中$/u;
/** an opening clause that is a list of items closed by 等 and their class: "钢、石油、…等主要工业产品" */
const LIST_CLASS_OPENING = /^[^,，;；:：\d]{1,60}、[^,，;；:：\d、]{1,12}等(\p{Script=Han}{2,10})$/u;

/** A metric of its own: kept as it is. */
const ownMetric = ({ clause }: SubjectInput): Clause | null => (clause.metric ? clause : null);

/**
 * A growth with no metric right after a count whose noun followed its number is that count's growth: "新增1207款农产品
 * 入驻高端商超餐厅、增长6.7倍" (not the row before it, whose metric stood before its number).
 */
function growthOfCount({ ctx, clause, cs, rows }: SubjectInput): Clause | null {
  const last = rows[rows.length - 1];
  if (clause.metric || (clause.verb !== "growth" && clause.verb !== "decline") || !last?.metricAfterNumber) return null;
  if (!/^[、,，]$/u.test(ctx.text.slice(Math.max(last.valueB, last.metricB), cs))) return null;
  return { ...clause, metric: last.metric, metricA: last.metricA, metricB: last.metricB };
}

/** a bare 累计 opening a clause, with its reach verb */
const CUMULATIVE_ALONE = /^[、,，]?累计(?:达到|达|超过|超|近)?$/u;

/**
 * "新增全国重点实验室18家、累计38家" → 全国重点实验室: a bare 累计 right after a flow row is the stock the flow adds
 * to, its metric without the flow verb.
 */
function cumulativeAlone({ ctx, q, clause, cs, rows }: SubjectInput): Clause | null {
  const last = rows[rows.length - 1];
  if (clause.metric || !last || last.unit !== q.unit || !CUMULATIVE_ALONE.test(ctx.text.slice(cs, q.a))) return null;
  const stock = last.metric.replace(FLOW_HEAD, "");
  return stock !== last.metric && stock.length >= 2 ? { ...clause, metric: stock, metricA: last.metricA, metricB: last.metricB } : null;
}

/** a number in a clause, Arabic or Chinese ("有三百多万人"): a clause of its own, not a subject */
const HAS_NUMBER = /\d|[〇零一二三四五六七八九十两百千][〇零一二三四五六七八九十百千万亿]/u;
/** a size class inside a subject: "(集体分配平均每人在)三百元以上的(大队)" */
const SIZE_CLASS_IN = /[\d.〇零一二两三四五六七八九十百千万亿]+\p{Script=Han}{0,2}?(?:及以上|以上|以下)的/gu;

/**
 * A subject without the size classes it sorts by, whose number is no clause of its own (they are no rows, `notIndicator`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { withoutSizeClass } from "./find.ts";
 * assert.equal(withoutSizeClass("集体分配平均每人在三百元以上的大队"), "集体分配平均每人在大队");
 * ```
 */
export function withoutSizeClass(subject: string): string {
  return subject.includes("以上的") || subject.includes("以下的") ? subject.replace(SIZE_CLASS_IN, "") : subject;
}

/** a clause that is only a year and 有, or 已经有: "一九五七年已经有", "…的国家和地区,已经有九十三个" */
const YEAR_HAS = /^[,，]?(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:底|末)?(?:已经|已)?|已经|已)有$/u;
/** a clause led by a year: "一九五二年有五千一百多万人" */
const YEAR_HEAD = /^[,，]?(?:\d{4}|[〇○零一二三四五六七八九]{4})年/u;

/** a clause before the number's that gives a cause, not a subject: "货物周转量,由于不合理运输的减少,比1954年只增长了5%" */
const CAUSE = /^(?:由于|由於|因为|因爲)/u;

/** the rest of an amount's name after a known name opening it, up to the comma: "贸易总额", or its share of a whole: "占国民收入的比重" */
const WRITTEN_AMOUNT_REST = /^(?:\p{Script=Han}{1,6}(?:总额|总值|额)|(?:在\p{Script=Han}{1,8}中)?所?占\p{Script=Han}{0,12}?的?比重)$/u;

/** a growth noun right after a known name opening the clause before: "物价上涨幅度比去年…" */
const REST_GROWTH_NOUN = new RegExp(`^的?(?:${alt(cues.growth_nouns)})`, "u");

/** No row before: the subject of an earlier clause of the sentence ("地区生产总值连跨4个千亿台阶,2024年达到1.3万亿元"). */
function earlierClause({ ctx, q, clause, cs, bareTime, prevRow }: SubjectInput): Clause | null {
  const { text } = ctx;
  const p = Math.max(ctx.sentA, cs - WINDOW, ctx.breakBefore(Math.max(ctx.sentA, cs - 1)));
  // (a row before: only a clause naming a new subject after it, "…,消费资料的产值所占的比重,将由…")
  if (prevRow) return (bareTime || !clause.metric) && prevRow.valueB < p ? namingClause({ ctx, q, clause, cs } as SubjectInput) : null;
  const lead = cs > ctx.sentA ? knownMetricAtStart(text.slice(p, cs)) : null;
  if (lead) {
    // (a known name that opens a longer amount written whole up to the comma: "进出口贸易总额," → not 进出口)
    const rest = text.slice(lead.at + p + lead.metric.length, cs).replace(/[,，]$/u, "");
    const metric = rest && WRITTEN_AMOUNT_REST.test(rest) ? lead.metric + rest : lead.metric;
    // (its growth noun says what the number measures: "确保物价上涨幅度比去年有明显回落,力争控制在百分之十五左右")
    const growthNoun = clause.growthNoun || (metric === lead.metric && REST_GROWTH_NOUN.test(rest));
    const place = placeOfLead(text.slice(p, lead.at + p));
    return { ...clause, metric: place + metric, metricA: lead.at + p - place.length, metricB: lead.at + p + metric.length, growthNoun };
  }
  if (bareTime && cs > ctx.sentA) {
    // "农民从农业和副业所得到的收入,两年增长约百分之七": the clause before, without a number, is the subject
    // (over a modifier clause, "基本建设的投资额,按可比部分计算,只比1954年增加了9%")
    let subject = readClause(text, p, cs - 1);
    // (or over the value of another year: "小学生,一九五二年有五千一百多万人,一九五七年已经有…")
    if ((BARE_TIME.test(subject.metric) || CAUSE.test(subject.metric) || (HAS_NUMBER.test(subject.metric) && YEAR_HEAD.test(text.slice(p, cs)))) && p > ctx.sentA + 1) {
      const p2 = Math.max(ctx.sentA, cs - WINDOW, ctx.breakBefore(p - 1));
      subject = readClause(text, p2, p - 1);
    }
    if (subject.metric.length >= 2 && subject.metric.length <= 20 && !HAS_NUMBER.test(withoutSizeClass(subject.metric)) && !BARE_TIME.test(subject.metric) && !CAUSE.test(subject.metric)) {
      return { ...clause, metric: subject.metric, metricA: subject.metricA, metricB: subject.metricB };
    }
  }
  return namingClause({ ctx, q, clause, cs } as SubjectInput) ?? carriedSubject({ ctx, q, clause, cs, bareTime } as SubjectInput) ?? clause;
}

/** a span of years after a place, before its metric: "五年间", "近三年来", "2022年" */
const PLACE_SPAN_END = /(?<=\p{Script=Han}{2})(?:(?:过去|近)?[一二三四五六七八九十两\d]{1,3}年(?:来|间|内|中)?|\d{4}年)$/u;

/**
 * A city or county named right before the known metric a clause before opens with is that metric's owner, not a
 * scope word: "庆阳经济总量迈上1200亿台阶，酒泉经济总量突破千亿、达到1042亿元" → 酒泉经济总量 (`regionsNamed`); "" else.
 */
function placeOfLead(before: string): string {
  // (over a span after the place: "成都五年间经济总量跨过7个千亿级台阶" → 成都)
  const place = before.replace(/^[,，;；、。]/u, "").replace(PLACE_SPAN_END, "");
  // (not the scope word 全国, which names the nation: metrics are compared without it)
  if (place.length < 2 || place.length > 8 || place.startsWith("全") || !/^\p{Script=Han}+$/u.test(place)) return "";
  return regionsNamed(place).some((r) => r.level !== "national") ? place : "";
}

/**
 * "…粮食总产量,在解放前产量最高的一九三六年,只有二千七百七十四亿斤。在解放以后…的一九五二年,也还只有三千零八十八亿斤。":
 * a sentence whose clauses before the number name only a time or a circumstance goes on with the subject of the
 * sentence before, in the same paragraph, when the number is in the same unit (no row before it in this sentence).
 */
const YEAR_ANY = /(?:\d{4}|[〇○零一二三四五六七八九]{4})年/gu;

function carriedSubject({ ctx, q, clause, cs, bareTime }: SubjectInput): Clause | null {
  const c = ctx.carried;
  if (!c || !bareTime || c.unit !== q.unit || !q.unit || namesNothing(c.metric)) return null;
  // (every clause from the sentence's start to the number names nothing)
  for (let end = cs - 1, a = cs; a > ctx.sentA; end = a - 1) {
    a = Math.max(ctx.sentA, ctx.breakBefore(end));
    const m = readClause(ctx.text, a, end).metric;
    if ((m && !BARE_TIME.test(m)) || HAS_NUMBER.test(ctx.text.slice(a, end).replace(YEAR_ANY, ""))) return null;
  }
  // (a restated amount is no new figure: "这八十亿元中,有三十五亿元…")
  if (/^(?:这|此|其)/u.test(ctx.text.slice(cs, q.a))) return null;
  return { ...clause, metric: c.metric, metricA: cs, metricB: cs };
}

/** "全社会研究与实验发展经费,从2002年1288亿元增加到…": a clause before that only names the subject (not for a count, which names its noun after it, nor a share of what follows, "80%的中小学"; the clause holds no number and no verb of work done). */
function namingClause({ ctx, q, clause, cs }: SubjectInput): Clause | null {
  const { text } = ctx;
  let end = cs - 1;
  // (not over a ;: "…增加到三十三个;同我国建立经济关系的国家和地区,已经有九十三个")
  // (a ; before the window changes nothing: the search stops there, not at the sentence's start, which a long one makes quadratic)
  const floor = Math.max(ctx.sentA, cs - WINDOW);
  let c0 = Math.max(floor, ctx.commaBefore(Math.max(ctx.sentA, cs - 1)), lastIndexWithin(text, ";", end - 1, floor) + 1, lastIndexWithin(text, "；", end - 1, floor) + 1);
  // (over a clause that names nothing: "农村居民人均纯收入,考虑价格下降因素,比上年实际增长4.3%")
  if (end > c0 && BARE_TIME.test(readClause(text, c0, end).metric) && c0 - 1 > ctx.sentA && /[,，]/u.test(text[c0 - 1])) {
    end = c0 - 1;
    c0 = Math.max(ctx.sentA, cs - WINDOW, ctx.commaBefore(end));
  }
  const said = text.slice(c0, end);
  // (a count only when its clause just says there are so many: "…的国家和地区,已经有九十三个")
  const hasCount = COUNTED.has(q.quantity) && YEAR_HAS.test(text.slice(cs, q.a));
  if (!(end > c0 && /[,;，；、]/u.test(text[cs - 1] ?? "") && (!COUNTED.has(q.quantity) || hasCount) && text[q.b] !== "的" &&
    !(hasCount ? HAS_NUMBER.test(said) || /^(?:从|由)|[“"]/u.test(said) : SUBJECT_NOT.test(said)))) return null;
  const subject = readClause(text, c0, end);
  const named = subject.metric.replace(PRAISE_END, ""); // "光伏产品出口表现突出" → 光伏产品出口
  // (things counted are named whole, their verb inside: "同我国建立经济关系的国家和地区")
  if (named.length < 2 || named.length > 20 || (!hasCount && (subject.verb || subject.action || !QUANTITY_HEAD.test(named)))) return null;
  // the subject's growth noun names what the numbers measure (工农业总产值的增长速度,一九八一年计划为百分之三点七)
  const growthNoun = clause.growthNoun || subject.growthNoun, declineNoun = clause.declineNoun || subject.declineNoun;
  return { ...clause, metric: named, metricA: subject.metricA, metricB: subject.metricA + named.length, growthNoun, declineNoun };
}

/** goods measured by weight, volume, energy, area or length */
const GOODS_UNIT = /(?:斤|吨|担|立方米|千瓦|度|亩|公里|平方米)$/u;

/** Whether the row before is money and the number an amount of goods: no subject to carry from one to the other. */
function moneyApart(prev: string, unit: string): boolean {
  return prev.endsWith("元") && GOODS_UNIT.test(unit);
}

/** The clause right before the number's, when it is a noun phrase alone (no number, no verb of its own): its metric. */
function nounClauseBefore(ctx: SentenceContext, clause: Clause, cs: number): Clause | null {
  const end = cs - 1;
  const c0 = Math.max(ctx.sentA, cs - WINDOW, ctx.commaBefore(Math.max(ctx.sentA, end)));
  if (end <= c0 || !/[,，]/u.test(ctx.text[end] ?? "")) return null;
  const subject = readClause(ctx.text, c0, end);
  const ok = subject.metric.length >= 2 && subject.metric.length <= 20 && !subject.verb && !subject.action && !HAS_NUMBER.test(ctx.text.slice(c0, end));
  return ok ? { ...clause, metric: subject.metric, metricA: subject.metricA, metricB: subject.metricB } : null;
}

/** The row before's subject, and its measure where the clause names none ("增长7%以上、力争达到8%"). */
function previousSubject({ ctx, q, clause, cs, prevRow }: SubjectInput): Clause | null {
  if (!prevRow) return null;
  // (not money's subject onto goods, nor goods' onto money: "…的款項共达八亿六千万元,从去年7月到現在,向灾区調运的粮食,增加了
  // 七十亿斤" → the clause right before names the grain)
  if (!clause.metric && moneyApart(prevRow.unit, q.unit)) return nounClauseBefore(ctx, clause, cs);
  const span = { ...clause, metric: prevRow.metric, metricA: prevRow.metricA, metricB: prevRow.metricB };
  span.growthNoun ||= /涨幅|增幅|增速/u.test(prevRow.metricText);
  // (a rate of change brought to a level goes on as a change: "物价涨幅要从14.8%降到10%左右,…实际回落到6.1%")
  const toLevel = clause.verb === "level" && q.unit === "%" && !clause.metric;
  if ((clause.verb === "" || clause.verb === "reach" || toLevel) && prevRow.unit === q.unit && prevRow.measure === "growth") {
    span.verb = prevRow.value !== null && prevRow.value < 0 ? "decline" : "growth";
    // (an average per year goes on as one: "都是平均每年递增百分之四,在执行中争取达到百分之五")
    span.annual ||= prevRow.perYear && !clause.metric;
  }
  // (a percentage restating a change in its own unit is its growth: "比上一年增产二千二百万吨,即百分之七点八")
  if (clause.verb === "" && q.unit === "%" && prevRow.measure === "change" && prevRow.unit !== "%" && /[,，]即$/u.test(ctx.text.slice(q.a - 2, q.a))) {
    span.verb = prevRow.value !== null && prevRow.value < 0 ? "decline" : "growth";
  }
  return span;
}

/** Where a number's subject comes from, in order: the first rule that answers wins. */
/**
 * "完成“保回迁”项目195个11.7万户", "改造老旧小区1343个52.54万户": households or flats written right after a count of
 * projects or estates are theirs: “保回迁”项目户数, 改造老旧小区户数 (the metric names what the unit counts).
 */
function householdsOfCount({ ctx, q, clause, rows }: SubjectInput): Clause | null {
  const last = rows[rows.length - 1];
  const unit = /^(?:万|亿)?([户套])$/u.exec(q.unit)?.[1];
  if (!unit || !last || clause.metric || last.valueB !== q.a || !COUNTED_UNIT.test(last.unit) || /[户套]$/u.test(last.unit)) return null;
  // (not a size class before a noun: "957个50户以上农村木质房屋连片村寨")
  if (!last.metric || !/^(?:[,;、。!?]|$)/u.test(ctx.text.slice(q.b, q.b + 1))) return null;
  return { ...clause, metric: last.metric + unit + "数", metricA: last.metricA, metricB: last.metricB };
}

/** a scope extended, right before a count: "做实基本养老保险个人账户试点扩大到", "试点范围又扩大了" (callers test for 扩, 推广 or 延伸 first) */
const SCOPE_EXTENDED = /^(\p{Script=Han}[^,，;；:：\d]{3,30}?)(?:的)?(?:范围|覆盖面)?(?:已经|已|又|再|还|进一步)?(?:扩大|扩展|推广|延伸)(到|至|了)(?:全国)?$/u;
/** the places such a count counts, right after it: 省份, 省(自治区、直辖市), 县(市、区), 城市 */
const PLACES_REACHED = /^(?:省份|省区市|省(?:、自治区、直辖市|[(（][^)）]{1,8}[)）])?|县(?:[(（][^)）]{1,8}[)）])?|城市|地级市|地市)(?![\p{Script=Han}])/u;

/**
 * "做实基本养老保险个人账户试点扩大到11个省份" → 做实基本养老保险个人账户试点省份: places counted after a scope extended
 * to them are the scheme's places, not places alone; extended by them (扩大了8个省份) is a change.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { extendedPlaces } from "./find.ts";
 * assert.deepEqual(extendedPlaces("做实基本养老保险个人账户试点扩大到", "省份;"), { subject: "做实基本养老保险个人账户试点", place: "省份", added: false });
 * assert.equal(extendedPlaces("试点范围又扩大了", "省份。")?.added, true);
 * assert.equal(extendedPlaces("扩大到", "个县"), null);
 * ```
 */
export function extendedPlaces(said: string, after: string): { subject: string; place: string; added: boolean } | null {
  const m = said.includes("扩") || said.includes("推广") || said.includes("延伸") ? SCOPE_EXTENDED.exec(said) : null;
  const place = m ? PLACES_REACHED.exec(after) : null;
  return m && place ? { subject: m[1], place: place[0], added: m[2] === "了" } : null;
}

/** The count of places a scope was extended to, with the scheme it is of (extendedPlaces); a subject of two characters alone is left to the rules after. */
function placesReached({ ctx, q, clause, cs }: SubjectInput): Clause | null {
  if (q.kind !== "number" || !COUNTED.has(q.quantity)) return null;
  const ext = extendedPlaces(ctx.text.slice(cs, q.a), ctx.text.slice(q.b, Math.min(ctx.sentB, q.b + 16)) + "。");
  if (!ext) return null;
  const subject = readClause(ctx.text, cs, cs + ext.subject.length);
  if (subject.metric.length < 4 || HAS_NUMBER.test(subject.metric)) return null;
  return { ...clause, metric: subject.metric + ext.place, metricA: subject.metricA, metricB: q.b + ext.place.length, verb: ext.added ? "added" : "" };
}

/** the subject before the years and the entry into a ranking pool counted right before a rank (…进入全国168个) */
const POOL_SUBJECT = needing(["进入", "跻身"], "^([^\\d、,，;；]{2,12}?)(?:(?:\\d{4}年?|[、和至—-])*)(?:连续[一二三四五六七八九十两\\d]+年)?(?:进入|跻身)(?:全国|全省|全球|世界)?\\d+个$");

/** "空气质量2020、2021连续两年进入全国168个重点城市前20位" → 空气质量: a rank in a pool is of the subject that entered it. */
function poolRankSubject({ ctx, q, clause, cs }: SubjectInput): Clause | null {
  if (q.kind !== "rank" || !clause.metric || cs <= ctx.sentA) return null;
  const p = Math.max(ctx.sentA, ctx.commaBefore(cs - 1));
  const m = POOL_SUBJECT.exec(ctx.text.slice(p, cs));
  return m ? { ...clause, metric: m[1], metricA: p, metricB: p + m[1].length } : null;
}

/** a rank's metric that is only the ranking word, with its scope: "全国排名", "位次" */
const BARE_RANK = /^(?:全国|全省|全区|全市|全球|世界)?(?:排名|位次|名次|排位)$/u;

/**
 * "工业增加值跨过万亿元大关，全国排名有望上升3位、居第14位" → 工业增加值: a rank, or its change, named only by the ranking
 * word is of the row just before it in its sentence, across one clause break at most.
 */
/** a rank's words that name no holder: the ranking word, a scope alone */
const RANK_SCOPE_ONLY = /^(?:全国|全省|全区|全市|全球|世界|全国第?|世界第?)?(?:排名|位次|名次|排位)?$/u;

/**
 * "航空货邮和旅客吞吐量分别达到420.6万吨、1.25亿人次,排名分别升至世界第二、世界第三" → 航空货邮吞吐量, 旅客吞吐量: ranks
 * after a 分别 that name no holder rank the rows of the 分别 list before it in its sentence, in order.
 */
function rankInList({ ctx, q, clause, rows }: SubjectInput): Clause | null {
  if (q.kind !== "rank" || rows.length < 2 || !RANK_SCOPE_ONLY.test(clause.metric)) return null;
  const own = ctx.text.lastIndexOf("分别", q.a);
  if (own < ctx.sentA) return null;
  const first = ctx.text.lastIndexOf("分别", own - 1);
  if (first < ctx.sentA) return null;
  const listed = rows.filter((r) => r.valueA > first && r.valueB < own);
  const done = rows.filter((r) => r.valueA > own).length;
  return listed.length >= 2 && done < listed.length && listed.every((r) => r.measure !== "rank") ? { ...clause, metric: listed[done].metric } : null;
}

function rankOfBefore({ ctx, clause, cs, prevRow }: SubjectInput): Clause | null {
  if (!prevRow || prevRow.valueB < ctx.sentA || !BARE_RANK.test(clause.metric)) return null;
  if (!/^[^,，;；。!?]{0,8}[,，、]?[^,，;；。!?]{0,4}$/u.test(ctx.text.slice(prevRow.valueB, cs))) return null;
  return { ...clause, metric: prevRow.metric };
}

/** the fund or projects a size before 的 belongs to: "(总规模500亿元)的省战略性新兴产业母基金", "(总投资1000亿元以上)的新能源项目" */
const SIZED_AFTER = /^(?:以上|左右|多|余)?的([^,，;；:：。!?、的]{2,24}(?:基金|项目))/u;
/** a size named only by its head, after a lead verb or the examples of a list: "设立总规模", "…、宁国运光伏复合等总投资" */
const SIZE_HEAD = /^(?:[^,，;；。]{0,6}?|[^,，;；。]*等)(总规模|规模|总投资)$/u;

/**
 * "设立总规模500亿元的省战略性新兴产业母基金" → 省战略性新兴产业母基金总规模; "华电牛首山抽水蓄能电站…等总投资1000亿元以上
 * 的新能源项目" → 新能源项目总投资: a size named only by its head before 的 and a fund or projects is theirs (the whole
 * name after 的, two funds joined by 和 too).
 */
function fundOfSize({ ctx, q, clause }: SubjectInput): Clause | null {
  if (!clause.metric.endsWith("规模") && !clause.metric.endsWith("总投资")) return null;
  const head = SIZE_HEAD.exec(clause.metric);
  const m = head ? SIZED_AFTER.exec(ctx.text.slice(q.b, Math.min(ctx.sentB, q.b + 40))) : null;
  return m ? { ...clause, metric: m[1] + head![1] } : null;
}

/** a completion verb alone, maybe after the year it is due by: "全部建成", "一九八五年底前建成投产" */
const COMPLETED_ALONE = /^(?:[^,，;；。]{0,12}年(?:底|末)?(?:以前|之前|前))?((?:全部)?(?:建成投产|建成|投产))的?$/u;
/** the kind of works whose whole scale a sentence before gave: "全国煤矿建设总规模将达二亿二千万吨" */
const SCALE_NAMED_G = /(?:全国)?([^\d,，;；:：。、的]{2,4}?)建设总规模/gu;
/** the works a sentence opens with, begun: "五年内施工的大中型建设项目," */
const BEGUN_HEAD = /^[^,，;；。]{0,8}?施工的([^,，;；。的]{2,10}?项目)[,，]/u;

/**
 * "…全国电站建设总规模为三千六百六十万千瓦。计划在一九八五年底前建成投产一千二百九十万千瓦,…" (1982) → 电站建成投产规模;
 * "五年内施工的大中型建设项目,计划在一九八五年底以前全部建成的四百个" → 全部建成的大中型建设项目: a completion verb
 * alone is of the works whose scale the sentence before gave, or which its own sentence opens with (audit n1 round 16).
 */
function completedWorks({ ctx, clause }: SubjectInput): Clause | null {
  const m = clause.metric.includes("建成") || clause.metric.includes("投产") ? COMPLETED_ALONE.exec(clause.metric) : null;
  if (!m) return null;
  const begun = BEGUN_HEAD.exec(ctx.text.slice(ctx.sentA, ctx.sentA + 40));
  if (begun) return { ...clause, metric: `${m[1]}的${begun[1]}` };
  const before = ctx.text.slice(Math.max(ctx.paraA, ctx.sentA - 200), ctx.sentA);
  const scale = before.includes("建设总规模") ? matches(SCALE_NAMED_G, before).at(-1) : undefined;
  return scale ? { ...clause, metric: `${scale[1]}${m[1]}规模` } : null;
}

/** "…所占的比例仍将不超过12%,小于1952年所占的比例13.2%" (1956): the past year's level is of the row before's measure. */
function pastLevelOfRow({ clause, rows, q }: SubjectInput): Clause | null {
  const last = rows[rows.length - 1];
  return last && last.unit === q.unit && clause.metric.includes("年") && PAST_LEVEL_ALONE.test(clause.metric) ? { ...clause, metric: last.metric } : null;
}

const SUBJECT_RULES: ((s: SubjectInput) => Clause | null)[] = [
  placesReached,
  poolRankSubject,
  rankInList,
  rankOfBefore,
  fundOfSize,
  householdsOfCount,
  benefitItem,
  ratioPart,
  countedNoun,
  workAfterMeasure,
  fundsAfterVerb,
  fundsOfFunder,
  baseAlone,
  wholeTask,
  sectorOfItemBefore,
  brandMeasure,
  genericHead,
  ofProjectsBefore,
  developedBefore,
  worksOfLead,
  daysAfterCount,
  planExcess,
  figureShortfall,
  comparisonOnly,
  comparedRate,
  growthAlone,
  absoluteAmount,
  shareOfPrevious,
  namedForms,
  objectOfPrevious,
  topicOfList,
  benefitOfRow,
  sameEndItem,
  productOfPrevious,
  transportOfPrevious,
  capacityOfProjects,
  sharedHead,
  totalAlone,
  completedWorks,
  pastLevelOfRow,
  measureOfPrevious,
  budgetLine,
  headOfTopic,
  ownMetric,
  growthOfCount,
  cumulativeAlone,
  earlierClause,
  previousSubject,
];

/** a list item's own verb at its head */
const OWN_VERB_HEAD = new RegExp(`^(?:新(?!${alt(cues.new_nouns.map((w) => w.slice(1)))})|竣工|开工|投产|投用|完成|启动|加装|安装|${alt([...cues.lead_verbs, ...cues.actions, ...cues.object_verbs])})`, "u");

/** a size class opening an item: "二十万千瓦以上的" (火电站四十五个) */
const CLASS_OPENING = /^[\d一二三四五六七八九十百千万两]+[^,，;；。的]{0,6}以上的/u;

/**
 * "新建和续建装机容量四十万千瓦以上的水电站十五个,二十万千瓦以上的火电站四十五个": items after a comma, each a size
 * class of the things the verb of the first builds, are one list, as after "、" (audit s6 a1 B42).
 */
function classItems(prevMetric: string, metric: string): boolean {
  return (metric.includes("以上的") && CLASS_OPENING.test(metric) && prevMetric.includes("以上的")) || sameMeasure(prevMetric, metric);
}

/** a kind of line alone, built in lengths: "复线", "电气化线路", "高速公路" (not 里程, a stock) */
const LINE_KIND = /^\p{Script=Han}{0,5}(?:线|线路|公路|铁路|管道|管线|航道|堤防|干渠)$/u;
/** units of length */
const LENGTH_UNIT = /^(?:万)?公里$/u;

/**
 * "五年建成新线5944公里,复线4603公里,电气化线路5704公里": a kind of line alone after a comma, in the length unit of the
 * line built right before, is that list's next item (the verb goes on).
 */
function lineItem(ctx: SentenceContext, q: Quantity, prev: Indicator, metric: string): boolean {
  return q.unit === prev.unit && LENGTH_UNIT.test(q.unit) && LINE_KIND.test(metric) && LINE_KIND.test(prev.metric) && ctx.text.slice(prev.b + 1, q.a) === metric;
}

/** units of things built or set up, counted */
const BUILT_COUNT_UNIT = /^(?:个|所|家|座|处|条|台|套|张|间|支)$/u;

/**
 * "五年内将新建国营机械化农场九十一个,拖拉机站一百九十四个。", "建设24个群众滑冰场,26个户外健身中心。": the last clause
 * of a statement, a short noun alone counted in the unit of the item before, is that item's list's next (audit a1 B82, B88).
 */
function lastCountItem(ctx: SentenceContext, q: Quantity, prev: Indicator, metric: string): boolean {
  if (q.unit !== prev.unit || !BUILT_COUNT_UNIT.test(q.unit) || metric.length > 8 || !/^\p{Script=Han}+$/u.test(metric)) return false;
  // (the noun alone before its number, no verb between, or alone right after it: not "高新技术企业达到2529家")
  const before = ctx.text.slice(prev.b + 1, q.a) === metric;
  const end = before ? q.b : q.b + metric.length;
  if (!before && ctx.text.slice(q.b, end) !== metric) return false;
  return end >= ctx.sentB || /[。;；]/u.test(ctx.text[end]);
}

/** "新增原油开采能力三千五百万吨,天然气开采能力二十五亿立方米": an item after a comma measuring what the one before does
 * (the same last three characters or more, 开采能力) is its list's next item */
function sameMeasure(prevMetric: string, metric: string): boolean {
  let k = 0;
  while (k < metric.length && k < prevMetric.length && metric.at(-1 - k) === prevMetric.at(-1 - k)) k++;
  // (or a kind one character apart of the same degree or title: "授予博士学位十八人,硕士学位…,学士学位…")
  return k >= 3 && (k < metric.length - 1 || (k === metric.length - 1 && DEGREE_KIND.test(metric)));
}
/** a kind of degree or title, its kind in one character: "硕士学位", "学士学位" */
const DEGREE_KIND = /^\p{Script=Han}士(?:学位|學位)$/u;

/** manner adverbs before a flow verb at a metric's head: "清单化项目化" (改造燃气管网) */
const MANNER_HEAD = /^(?:\p{Script=Han}{1,3}化){1,3}(?=\p{Script=Han}{2})/u;

/**
 * "改造供热旧管网108公里、燃气旧管网404公里": an item right after "、" takes the flow verb of the item before,
 * with its level word unless the item names its own (NOTES 17; "新增国家级制造业单项冠军14家、专精特新企业38家"); a
 * count after 和 too, both nouns after their numbers ("新增3个硕士授予单位和62个博士硕士学位授权点", audit p5 round 19).
 * Not onto a rate, a share or a stock (总数达3个), nor onto an item that dropped a verb of its own.
 */
function sharedFlowVerb(ctx: SentenceContext, q: Quantity, span: Clause, rows: Indicator[]): Clause {
  const prev = rows[rows.length - 1];
  if (!prev || prev.measure !== "level" || q.kind === "rank" || span.verb === "growth" || span.verb === "decline" || span.verb === "gap") return span;
  const head = FLOW_HEAD_SHARED.exec(prev.metric) ?? (prev.metric.includes("化") ? FLOW_HEAD_SHARED.exec(prev.metric.replace(MANNER_HEAD, "")) : null);
  // (an item starting with 新 or another verb has a verb of its own: 新开工装机…、新投产…; …、竣工各类保障房…; …、加装电梯…)
  if (!head || FLOW_HEAD_SHARED.test(span.metric) || OWN_VERB_HEAD.test(span.metric) || RATE_OR_SHARE_END.test(span.metric) || STOCK_END.test(span.metric) ||
    /总(?:面积|规模|里程|量|数|额|投资|容量|产值|装机|装机容量)$/u.test(span.metric)) return span;
  if (q.unit === "%" || q.unit === "个百分点" || prev.unit === "%") return span;
  // (nor onto an amount of money after a count: 接待旅游总人数6.5亿人次、游客旅游总花费8350亿元)
  if (q.unit.endsWith("元") && !prev.unit.endsWith("元")) return span;
  const itemA = span.metricA >= q.b ? q.a : span.metricA; // a counted noun after its number: the item starts at the number
  const sep = ctx.text.slice(prev.b, itemA);
  // (two counts with their nouns after them joined by 和: "新增3个硕士授予单位和62个博士硕士学位授权点")
  const joined = (sep === "和" || sep === "及" || sep === "以及") && span.metricA >= q.b && !!prev.metricAfterNumber;
  if ((sep !== "、" && !joined && !(/^[,，]$/u.test(sep) && (classItems(prev.metric, span.metric) || lastCountItem(ctx, q, prev, span.metric) || lineItem(ctx, q, prev, span.metric)))) || span.metric.length < 2) return span;
  // the level word where the item before wrote it with the verb or took it too, not where it wrote its own
  // (新增专精特新企业40家、国家级制造业单项冠军企业11家、上市企业8家: 上市企业 takes 新增 only)
  const taken = head[2] && (prev.metricText.startsWith(head[0]) || !prev.metricText.startsWith(head[2]));
  const level = taken && !/^(?:国家|省|市|县|区|全国)/u.test(span.metric) && !span.metric.startsWith(head[2]) ? head[2] : "";
  return { ...span, metric: head[1] + level + span.metric };
}

const PLACE = `\\p{Script=Han}{1,4}?(?:${alt(cues.place_ends)})`;
/** a metric that is only places, naming no measure: "西青区、武清区" */
const PLACES_ONLY = needing(cues.place_ends, `^${PLACE}(?:[、和]${PLACE})*$`); // (run only on a metric holding a place end)
/** the places a metric opens with, a measure after them: "河西区" of 河西区经济总量 */
const PLACES_HEAD = new RegExp(`^${PLACE}(?:[、和]${PLACE})*(?=\\p{Script=Han}{2})`, "u");

/**
 * "河西区经济总量达到1300亿元以上,西青区、武清区率先达到1000亿元": a metric that is only places, in the clause
 * right after a row whose metric opens with places, takes that row's measure (西青区、武清区经济总量).
 */
function placesOfPrevious(ctx: SentenceContext, span: Clause, rows: Indicator[]): Clause {
  const prev = rows[rows.length - 1];
  if (!prev || !PLACES_ONLY.test(span.metric) || !/^[,，;；]$/u.test(ctx.text.slice(prev.b, span.metricA))) return span;
  const head = PLACES_HEAD.exec(prev.metric);
  return head ? { ...span, metric: span.metric + prev.metric.slice(head[0].length) } : span;
}

/** a sequence after the places, naming who came first: "继荆州后" */
const AFTER_OTHER = /继\p{Script=Han}{1,6}?之?后$/u;
/** places listed at a metric's head before the last one: "襄阳、" of 襄阳、宜昌经济总量 */
const LISTED_HEAD = /^(?:\p{Script=Han}{2,5}?、)+/u;

/** the measure after the places a row's metric opens with ("襄阳、宜昌经济总量" → 经济总量), "" when none */
function measureAfterPlaces(metric: string): string {
  const rest = metric.replace(LISTED_HEAD, "");
  for (let n = 2; n <= 4; n++) if (regionsNamed(rest.slice(0, n)).length && rest.length > n + 1) return rest.slice(n);
  return "";
}

/**
 * "襄阳、宜昌经济总量突破6000亿元,…,孝感、黄冈继荆州后跨越3000亿元规模" → 孝感、黄冈经济总量: a metric that is only
 * named cities or counties (a 继X后 after them dropped) takes the measure of the sentence's row before, whose metric
 * opens with places (audit p2 round 16: the metric was 孝感、黄冈继荆州后).
 */
function citiesOfPrevious(span: Clause, rows: Indicator[]): Clause {
  if (!span.metric.includes("、") || rows.length === 0) return span; // (cheap guard: a list of places)
  const items = span.metric.replace(AFTER_OTHER, "").split("、");
  if (!items.every((p) => p.length >= 2 && p.length <= 5 && regionsNamed(p).some((r) => r.level !== "national"))) return span;
  const measure = measureAfterPlaces(rows[rows.length - 1].metric);
  return measure ? { ...span, metric: items.join("、") + measure } : span;
}

/** a place named in a list at a metric's head: a region of the dictionary below the nation, not a two-character kind alone (城区, 郊区) */
function listedPlace(p: string): boolean {
  if (p.length < 2 || p.length > 5) return false;
  const named = regionsNamed(p).filter((r) => r.level !== "national");
  return named.length > 0 && (p.length > 2 || named.some((r) => r.level !== "county"));
}

/** a sum or a count of the places after them, which makes the measure theirs together: "两市经济总量", "四个自治区工业总产值", "经济总量合计" */
const PLACES_TOGETHER = /^[两二三四五六七八九十\d]+[个座地市]|合计|共计|总计|之和|总和|合起来/u;

/** The places a metric opens with, listed by 、, and the measure after the last (西青区、武清区经济总量 → 西青区, 武清区 and 经济总量); null when none or a sum. */
function placesAtHead(metric: string): { places: string[]; measure: string } | null {
  const parts = metric.split("、");
  const last = parts.pop()!;
  if (parts.length === 0 || !parts.every(listedPlace)) return null;
  for (let n = Math.min(5, last.length - 2); n >= 2; n--) {
    const measure = last.slice(n);
    if (!listedPlace(last.slice(0, n))) continue;
    return !PLACES_TOGETHER.test(measure) ? { places: [...parts, last.slice(0, n)], measure } : null;
  }
  return null;
}

/**
 * "到2027年河西区经济总量达到1300亿元以上,西青区、武清区率先达到1000亿元": places listed by 、 before one measure and
 * one value, with no 分别, are read per item (an implicit 均, as ratePairEach reads two rates): a row for each place,
 * 西青区经济总量 and 武清区经济总量 (audit 71203: the list glued into one metric); not a sum (两市…, …合计) nor 等.
 */
function placesEach(rows: Indicator[]): Indicator[] {
  if (!rows.some((r) => r.metric.includes("、"))) return rows; // (cheap guard: most rows list nothing)
  return rows.flatMap((r) => {
    const m = r.metric.includes("、") && !r.metric.includes("等") ? placesAtHead(r.metric) : null;
    if (!m || !metricInfo(m.measure, r.measure)) return [r]; // (a region's measure of the dictionary: not 兰州、天水跨境电商公共服务平台…)
    return m.places.map((p) => {
      const metric = p + m.measure;
      return { ...r, metric, metricId: metricInfo(metric, r.measure)?.id ?? "" };
    });
  });
}

/** the ends of a zone's name that a sentence's rows may be scoped by (zoneOfSentence, subjectBeforeCount) */
const ZONE_NAMES = "自贸片区|自贸试验区|自贸区|新片区|新区|合作区|综合保税区|综保区|经开区|高新区|开发区";

/** a zone opening its sentence as the subject, a place's name at most before it: "自贸片区…", "重庆自贸试验区…", "临港新片区…" (not a zone's anniversary: "国家级经开区40周年座谈会") */
const ZONE_SUBJECT = new RegExp(`^(\\p{Script=Han}{0,4}?(?:${ZONE_NAMES}))(?!建设|开发|发展|规划|[\\d〇一二三四五六七八九十])`, "u");
/** words before such a zone that make it an object, not the subject: "加快建设肇庆高新区", "深化开发区改革" */
const ZONE_OBJECT = /推|优化|深化|提升|完成|出台|打造|坚持|持续|加快|建设|支持|实施|发展|依托|围绕|园区/u;
/** a metric with a place, zone, scope or port of its own, which the sentence's zone does not scope */
const OWN_SCOPE = /区|口岸|港|^(?:全[省市国]|我[省市国]|省|市|县|国家)/u;

/**
 * "自贸片区改革试验任务全部完成、推出制度创新成果400余项" → 自贸片区制度创新成果, "重庆自贸试验区…,外贸占全市比重超过
 * 60%" → 重庆自贸试验区外贸占全市比重: a zone opening its sentence is the subject of the sentence's rows whose metric names
 * no place or scope of its own (audit 71203: a metric that lost its zone reads as the city's).
 */
function zoneOfSentence(ctx: SentenceContext, rows: Indicator[]): Indicator[] {
  if (rows.length === 0 || ctx.text.slice(ctx.sentA, ctx.sentA + 12).indexOf("区") < 0) return rows; // (cheap guard: a zone holds 区)
  const zone = ZONE_SUBJECT.exec(ctx.text.slice(ctx.sentA, ctx.sentA + 12))?.[1];
  if (!zone || ZONE_OBJECT.test(zone.replace(/(?:自贸片区|自贸试验区|自贸区|新片区|新区|合作区|综合保税区|综保区|经开区|高新区|开发区)$/u, ""))) return rows;
  for (const r of rows) {
    if (r.metricA < ctx.sentA + zone.length || r.metric.includes(zone) || OWN_SCOPE.test(r.metric) || placeAtHead(r.metric)) continue;
    r.metric = zone + r.metric;
    r.metricId = "";
  }
  return rows;
}

/** a zone or a city cluster, whole: "湖北自贸区", "湖南自贸试验区", "中部城市群" */
const ZONE_WHOLE = new RegExp(`^\\p{Script=Han}{0,6}?(?:${ZONE_NAMES}|城市群)$`, "u");

/**
 * "湖北自贸区28项制度创新成果全国推广" → 湖北自贸区制度创新成果全国推广, "京津冀1053个事项“跨省通办”": a zone, a city cluster or
 * a region that opens a clause right before a count whose noun follows it is the subject of the count (audit s3 round 19).
 */
function subjectBeforeCount(ctx: SentenceContext, rows: Indicator[]): Indicator[] {
  for (const r of rows) {
    if (!r.metricAfterNumber || r.measure !== "level") continue;
    const from = Math.max(ctx.sentA, ctx.breakBefore(r.valueA));
    if (from > ctx.sentA && ctx.text[from - 1] === "、") continue; // (an example listed: "…、麻城龟峰山2家新增5A级景区")
    const pre = ctx.text.slice(from, r.valueA).replace(/^[,，;；:：]/u, "");
    if (pre.length < 2 || pre.length > 10 || r.metric.startsWith(pre) || !(ZONE_WHOLE.test(pre) || placeNamed(pre))) continue;
    r.metric = pre + r.metric;
    r.metricId = "";
  }
  return rows;
}

/** a region of the dictionary below the nation, or a group of them written as one name: "京津冀" */
function placeNamed(p: string): boolean {
  return listedPlace(p) || p === "京津冀" || p === "长三角" || p === "珠三角";
}

/** the projects a 、 item opens with, after the examples and 一批 before them: "…等一批跨市协同重点产业项目落地" */
const PROJECTS_OPENING = /^(?:[^、,，;；]*?等)?(?:一批)?([^、,，;；等\d]{2,14}?项目)(?=\p{Script=Han})/u;

/**
 * "光伏新能源和工业传感器等一批跨市协同重点产业项目落地、投资超380亿元" → 跨市协同重点产业项目投资: a bare 投资 opening
 * a 、 item (its 完成 dropped) is of the projects the item before opens with (audit s3 round 19: a metric that lost its subject);
 * a size only counted craft have is of them (`sizeOfCounted`), a completion rate of the projects' investment
 * (`completionOfInvestment`, round 21).
 */
function investmentOfProjects(ctx: SentenceContext, rows: Indicator[]): Indicator[] {
  for (const [k, r] of rows.entries()) {
    if (SIZE_OF_COUNTED.test(r.metric)) sizeOfCounted(ctx, r, rows[k - 1]);
    if (r.metric === "投资完成率") completionOfInvestment(ctx, r, rows[k - 1]);
    if (r.metric !== "投资") continue;
    const at = ctx.text.slice(r.metricA - 2, r.metricA) === "完成" ? r.metricA - 2 : r.metricA;
    if (ctx.text[at - 1] !== "、") continue;
    const item = ctx.text.slice(Math.max(ctx.sentA, ctx.commaBefore(at - 1)), at - 1).replace(/^[,，;；]/u, "");
    const m = PROJECTS_OPENING.exec(item);
    if (m) r.metric = m[1] + r.metric;
  }
  return rows;
}

/** a size that only the things counted have, named alone: 总载重吨, 总吨位 */
const SIZE_OF_COUNTED = /^(?:总载重吨|载重吨|总吨位)$/u;
/** the unit of a count of craft: 艘, 架, 辆 */
const CRAFT_UNIT = /^(?:万|千)?(?:艘|架|辆|列)$/u;

/**
 * "“中国洋浦港”累计登记国际船舶48艘、总载重吨达536.9万吨" → “中国洋浦港”登记国际船舶总载重吨: a size only counted craft
 * have, named alone right after 、 and a count of craft, is of the craft that count is of (its 累计, 新增 off).
 */
function sizeOfCounted(ctx: SentenceContext, r: Indicator, prev: Indicator | undefined): void {
  if (!prev || prev.valueB < ctx.sentA || !CRAFT_UNIT.test(prev.unit) || ctx.text.slice(prev.valueB, r.metricA) !== "、") return;
  r.metric = prev.metric.replace(/累计|新增/gu, "") + r.metric;
  r.metricId = "";
}

/**
 * "1299个重大项目完成投资1.4万亿元、投资完成率129.6%" → 重大项目投资完成率: a completion rate of investment alone, right
 * after 、 and a row of the investment some projects completed, is of those projects.
 */
function completionOfInvestment(ctx: SentenceContext, r: Indicator, prev: Indicator | undefined): void {
  if (!prev || prev.valueB < ctx.sentA || !/.{2}完成投资$/u.test(prev.metric) || ctx.text.slice(prev.valueB, r.metricA) !== "、") return;
  r.metric = prev.metric.replace(/完成投资$/u, "") + r.metric;
  r.metricId = "";
}

/** a work's plan, task, projects or area named by the work alone: "改造项目", "改造计划", "治理面积" (the work first, a cheap guard) */
const WORK_ALONE = /^(改造|治理|整治|修复)(?:项目|计划|任务|工程|面积)$/u;
/** a verb of doing before the work a clause names, with what comes before it: "提速推进", "如期完成" */
const WORK_LEAD = /^.*(?:推进|开展|实施|完成|推动|深化|加快|启动)(?=\p{Script=Han}{2})/u;

/**
 * "提速推进城中村改造,新启动21个改造项目" → 城中村改造项目: a work's projects, plan or area named by the work alone are of
 * the work a clause before in its sentence names whole (煤田灭火综合治理取得阶段性成果,完成治理面积… → 煤田灭火综合治理面积;
 * audit sc round 20: a metric that lost its subject); not a count's "6000套改造".
 */
function workOfClauseBefore(ctx: SentenceContext, rows: Indicator[]): Indicator[] {
  for (const r of rows) {
    if (r.metric.length > 6) continue;
    const work = WORK_ALONE.exec(r.metric)?.[1];
    const at = work ? ctx.text.lastIndexOf(work, r.a - 1) : -1;
    if (!work || at <= ctx.sentA) continue;
    const named = readClause(ctx.text, Math.max(ctx.sentA, ctx.breakBefore(at)), at + work.length).metric.replace(WORK_LEAD, "");
    if (named.length >= work.length + 2 && named.endsWith(work) && !/[\dxX]/u.test(named)) r.metric = named + r.metric.slice(work.length);
  }
  return rows;
}

/** who a metric alone names before the base: "散居孤儿(含艾滋病病毒感染儿童)" → its last noun, 孤儿 */
const PEOPLE_NAMED = /^\p{Script=Han}*?(\p{Script=Han}{2})(?:[(（][^)）]{1,16}[)）])?$/u;

/**
 * "集中供养孤儿基本生活保障省定最低标准从每人每月2295元提高到2375元,散居孤儿(…)从每人每月1484元提高到1536元" → 散居孤儿(…)
 * 基本生活保障省定最低标准每人每月: people named alone before a per-person base, after a row of the same base for people
 * of the same noun, take that row's standard (audit sc round 20: a noun shared across a comma by an item with its own verb).
 */
function standardOfPeers(ctx: SentenceContext, rows: Indicator[]): Indicator[] {
  for (let k = 1; k < rows.length; k++) {
    const r = rows[k], base = PER_PERSON_END.exec(r.metric)?.[0];
    const prev = base ? rows[k - 1] : undefined;
    if (!base || !prev || !prev.metric.endsWith(base) || !/^[,，;；]$/u.test(ctx.text.slice(prev.valueB, r.metricA))) continue;
    const people = r.metric.slice(0, -base.length), noun = PEOPLE_NAMED.exec(people)?.[1];
    const at = noun ? prev.metric.indexOf(noun) : -1;
    const standard = at > 0 ? prev.metric.slice(at + noun!.length, -base.length) : "";
    if (standard.length >= 2 && /标准$/u.test(standard) && !people.includes(standard)) r.metric = people + standard + base;
  }
  return rows;
}

/** a count's quality alone after its number, with no noun: "(10条)具有国际优势" */
const QUALITY_ALONE = /^具有\p{Script=Han}{2,8}$/u;
/** the last of parallel counts naming the noun they share after its quality: "…等具有发展潜力的重点产业链" */
const QUALITY_NOUN_AFTER = /具有[^,，;；。的]{1,10}的(\p{Script=Han}{2,10})(?=[,，;；。]|$)/u;

/**
 * "重点打造智能电网、工程机械等10条具有国际优势,生物药、集成电路等10条具有全国优势,飞机配套等具有发展潜力的重点产业链" →
 * 具有国际优势的重点产业链: counts of a quality alone share the noun the last parallel item names after its own quality
 * (audit sc round 20: a count's noun shared by parallel counts across commas).
 */
function nounOfParallelCounts(ctx: SentenceContext, rows: Indicator[]): Indicator[] {
  for (const r of rows) {
    if (!r.metricAfterNumber || !r.metric.startsWith("具有") || !QUALITY_ALONE.test(r.metric)) continue;
    const m = QUALITY_NOUN_AFTER.exec(ctx.text.slice(r.metricB, Math.min(ctx.sentB, r.metricB + 60)));
    if (m) r.metric += "的" + m[1];
  }
  return rows;
}

/** a clause opening with where it happens, no subject of its own: "在社会零售中(所占的比重)", "在肇庆工厂(生产交付)" */
const LOCATIVE_OPENING = /^在[^在、,，]{2,10}?(?:中|里|上|工厂|基地)(?=\p{Script=Han}{2})/u;
/** the owner of a measure at the end of the row before: "小鹏汽车(产值)" */
const OWNER_OF_HEAD = /^(\p{Script=Han}{2,12}?)(?:产值|营收|营业收入|产量|销售收入)$/u;

/**
 * "小鹏汽车产值突破百亿元,在肇庆工厂生产交付8万多辆" → 小鹏汽车在肇庆工厂生产交付; "国营商业和合作社营商业在国内商业批发中所占的
 * 比重,…;在社会零售中所占的比重,…" → 国营商业和合作社营商业在社会零售中所占的比重: a clause opening with where it happens
 * goes on with the subject of the row right before it (audit sc round 20: a metric that lost its subject).
 */
function subjectOfLocative(ctx: SentenceContext, rows: Indicator[]): Indicator[] {
  for (let k = 1; k < rows.length; k++) {
    const r = rows[k], prev = rows[k - 1];
    if (!r.metric.startsWith("在") || !LOCATIVE_OPENING.test(r.metric) || !/^[,，;；]$/u.test(ctx.text.slice(prev.valueB, r.metricA))) continue;
    const at = prev.metric.indexOf("在", 2);
    const owner = at > 0 && LOCATIVE_OPENING.test(prev.metric.slice(at)) ? prev.metric.slice(0, at) : OWNER_OF_HEAD.exec(prev.metric)?.[1];
    if (owner && !/[\dxX]/u.test(owner)) r.metric = owner + r.metric;
  }
  return rows;
}

/** a part of the year alone as a metric: "三季度", "上半年" */
const YEAR_PART_ALONE = /^(?:第?[一二三四]季度|前三季度|[上下]半年)$/u;
/** the economy named before a growth by parts of the year: "顶住经济下行压力" */
const ECONOMY_NAMED = /经济(?!社会)/u;

/**
 * "顶住经济下行压力,克服二季度增速回落影响,实现三季度增长4.6%、追平全国,四季度增长5.6%、高于全国0.2个百分点,全年增长
 * 4.8%、总量达5.3万亿元" → 三季度经济, 四季度经济, 经济 (全年), 经济总量: parts of the year alone measure the economy the
 * sentence names before them, and a clause of the whole year or of the total after them is no part's (audit sc round 20:
 * 全年增长4.8% and 总量 read as 四季度).
 */
function economyOfYearParts(ctx: SentenceContext, rows: Indicator[]): Indicator[] {
  const first = rows.findIndex((r) => r.metric.length <= 4 && YEAR_PART_ALONE.test(r.metric));
  if (first < 0 || !ECONOMY_NAMED.test(ctx.text.slice(ctx.sentA, rows[first].a))) return rows;
  let whole = false;
  for (let k = first; k < rows.length && YEAR_PART_ALONE.test(rows[k].metric); k++) {
    const own = ctx.text.slice(k > 0 ? rows[k - 1].valueB : ctx.sentA, rows[k].valueA);
    whole ||= own.includes("全年");
    rows[k].metric = own.includes("总量") ? "经济总量" : whole ? "经济" : rows[k].metric + "经济";
  }
  return rows;
}

/** the products whose name alone may be an item's metric (metric_subjects output_products) */
const SIBLING_PRODUCTS = new Set(metricSubjects.output_products);
/** the product and the measure after it ending a row's metric: "勘探新增(石油)(地质储量)" */
const SIBLING_MEASURE = new RegExp(`(${alt([...SIBLING_PRODUCTS])})((?:地质储量|储量|产量|产能|生产能力))$`, "u");

/**
 * "勘探新增石油地质储量3000万吨、天然气200亿立方米" → 勘探新增天然气地质储量: a product named alone right after a row that
 * measures another product shares that row's verb and measure (audit sc round 20: 天然气 read as an output; "…钢增加了四百万吨,
 * 煤增加了…,机床增加了一万四千三百台" → 机床产量).
 */
function measureOfSiblingProduct(ctx: SentenceContext, rows: Indicator[]): Indicator[] {
  for (let k = 1; k < rows.length; k++) {
    const r = rows[k], prev = rows[k - 1];
    if (!SIBLING_PRODUCTS.has(r.metric) || !/^[、,，]$/u.test(ctx.text.slice(prev.valueB, r.metricA))) continue;
    const m = SIBLING_MEASURE.exec(prev.metric);
    if (m && m[1] !== r.metric) r.metric = prev.metric.slice(0, m.index) + r.metric + m[2];
  }
  return rows;
}

/** a metric opening with a region's name: "天津口岸…", "成都经营主体" */
function placeAtHead(metric: string): boolean {
  for (let n = 2; n <= 4; n++) if (listedPlace(metric.slice(0, n))) return true;
  return false;
}

/** a metric that is only one province or city: "四川省", "上海市" */
const ONE_PLACE_ONLY = /^\p{Script=Han}{1,5}?(?:省|市|自治区)$/u;
/** the measure a sentence's first clause names as its topic, after its last 的: "一九七一年到一九七八年的人口自然增长率" */
const TOPIC_MEASURE = /的(\p{Script=Han}{2,10}?(?:率|量|额|值|比重|收入|产量))$/u;

/**
 * "一九七一年到一九七八年的人口自然增长率,四川省由千分之二十九降到千分之六点一,上海市由…": a metric that is only
 * one province or city takes the measure the sentence's first clause names as its topic, with no number of
 * its own (四川省人口自然增长率), so a place's figure does not read as the whole country's.
 */
function placeOfTopic(ctx: SentenceContext, span: Clause): Clause {
  const m = span.metric;
  if (m.length > 8 || !(m.endsWith("省") || m.endsWith("市") || m.endsWith("区")) || !ONE_PLACE_ONLY.test(m)) return span;
  const comma = ctx.text.slice(ctx.sentA, span.metricA).search(/[,，]/u);
  if (comma < 0) return span;
  const topic = ctx.text.slice(ctx.sentA, ctx.sentA + comma);
  const t = /[\d%]/u.test(topic) ? null : TOPIC_MEASURE.exec(topic);
  return t ? { ...span, metric: m + t[1] } : span;
}

const PROGRAMME_END = new RegExp(`(?:${alt(cues.programme_ends)})$`, "u");
/** 、 items without numbers before a programme's name, after the clause's lead verbs: "组织高层次人才创新、科技人才创业、", "组织实施改造智能工厂、智能车间、" */
const PROGRAMME_ITEMS = new RegExp(`^[,，;；:：]?(?:今年|明年|去年)?(?:要|将|再|还|拟)*(?:${alt(cues.lead_verbs)})*((?:[^,，;；:：。、（）()\\d]{3,16}、)+)$`, "u");
/** 、 items after a payer's verb of spending: "中央财政安排国有企业下岗职工基本生活保障专项补助、" (再就业补助209亿元) */
const PAID_ITEMS = /(?:安排|投入|下达|拨付)((?:[^,，;；:：。、\d]{3,24}、)+)$/u;

/**
 * "组织高层次人才创新、科技人才创业、重点领域创新团队支持计划182项": a count of programmes whose name the 、 items
 * before share counts them all: the metric is the whole list (`programme_ends`).
 */
function programmeList(ctx: SentenceContext, span: Clause): Clause {
  // (or any items summed with 共: "保障性住房、棚户区改造住房共1000万套")
  const summed = ctx.text[span.metricB] === "共" || ctx.text.startsWith("合计", span.metricB);
  // (a metric holding its list already, carried from the row before, stays: 、 in it)
  if (!(summed || PROGRAMME_END.test(span.metric)) || /[等、]/u.test(span.metric) || ctx.text[span.metricA - 1] !== "、") return span;
  const p = Math.max(ctx.sentA, ctx.commaBefore(span.metricA - 1));
  const m = PROGRAMME_ITEMS.exec(ctx.text.slice(p, span.metricA)) ?? PAID_ITEMS.exec(ctx.text.slice(p, span.metricA));
  // (items ending in a building verb, "新建、改建和續建的…项目", "停建、缓建…", are a verb chain: subject.ts verbChain)
  return m && !/建、$/u.test(m[1]) ? { ...span, metric: m[1] + span.metric } : span;
}

const ATTRIBUTE_ONLY = new RegExp(`^(?:${alt(cues.attribute_nouns)})$`, "u");
/** the subject the clause right before opens with, before 成为 or 作为: "宁东基地成为西部首个…的化工园区," */
const BECOMES_SUBJECT = /(?:^|[,，;；])(\p{Script=Han}{2,8}?)(?:成为|作为)[^,，;；。]*[,，]$/u;

/**
 * "宁东基地成为西部首个产值超过2000亿元的化工园区，综合竞争力位列全国第三": a quality named alone
 * (`attribute_nouns`) is of the subject of the clause before, not of the region (宁东基地综合竞争力).
 */
function attributeOfSubject(ctx: SentenceContext, span: Clause): Clause {
  if (!ATTRIBUTE_ONLY.test(span.metric)) return span;
  const m = BECOMES_SUBJECT.exec(ctx.text.slice(ctx.sentA, span.metricA));
  return m ? { ...span, metric: m[1] + span.metric } : span;
}

/** people counted by what they do in a programme, named alone after the count */
const PEOPLE_DOING = /^(?:参保|参合|领取养老金|领取失业保险金)$/u;
/** a programme run by a clause before: "2147个县(市、区)实施城镇居民社会养老保险试点," */
const PROGRAMME_RUN = /(?:实施|开展|启动|推行|建立)((?:\p{Script=Han}|[“”]){2,16}?(?:试点|制度|工程|计划))[,，]/u;

/**
 * "2343个县(市、区)开展新型农村社会养老保险试点,3.58亿人参保,9880万人领取养老金": people counted by what they do,
 * named alone after the count, are those of the programme the clauses before run, up to a semicolon
 * (新型农村社会养老保险试点参保), not everyone's.
 */
function peopleOfProgramme(ctx: SentenceContext, span: Clause): Clause {
  if (!PEOPLE_DOING.test(span.metric)) return span;
  const before = ctx.text.slice(ctx.sentA, span.metricA);
  const m = PROGRAMME_RUN.exec(afterLast(before, ";；"));
  return m ? { ...span, metric: m[1] + span.metric } : span;
}

/**
 * "连续第7年提高企业退休人员基本养老金,全年人均增加1680元,5700多万人受益" → 企业退休人员基本养老金受益: people counted
 * with 受益 alone after them benefit from the last amount or count of their sentence before them (as benefitOfRow reads
 * 受益 before a count), its base per person off; not after a rate.
 */
function benefitAfterCount(ctx: SentenceContext, q: Quantity, rows: Indicator[], span: Clause): Clause {
  if (span.metric !== "受益" || span.metricA < q.b) return span;
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i];
    if (r.valueB > q.a || r.valueB < ctx.sentA) continue;
    if (r.measure !== "growth" && r.unit !== "%") return { ...span, metric: r.metric.replace(/(?<=.{2})(?:人均|每人)$/u, "") + "受益" };
  }
  return span;
}

/** A metric completed from the row just before or the words after it: a shared flow verb, a bare rate, a purpose, a list of examples. */
function afterList(ctx: SentenceContext, q: Quantity, span: Clause, rows: Indicator[]): Clause {
  // the row just before and the sentence's topic: a part, a threshold, cities or places, a programme's list, items
  // counted, a level word's noun, an attribute, people and their benefit
  let own = partOfPrevious(ctx, span, rows);
  own = thresholdOfPrevious(ctx, own, rows);
  own = citiesOfPrevious(own, rows);
  own = placesOfPrevious(ctx, own, rows);
  own = placeOfTopic(ctx, own);
  own = programmeList(ctx, own);
  own = countedItems(ctx, own);
  own = levelWordNoun(ctx, own);
  own = attributeOfSubject(ctx, own);
  own = peopleOfProgramme(ctx, own);
  own = beneficiaries(ctx, q, own);
  own = benefitAfterCount(ctx, q, rows, own);
  // a bare rate of the row before, else a flow verb shared with it; what an amount is of and what it is for
  let c = rateOfPrevious(ctx, own, rows) ?? sharedFlowVerb(ctx, q, verbFirstCut(q, own), rows);
  c = nounOfAmount(ctx, q, rows, c);
  c = amountNoun(ctx, q, c);
  c = withPurpose(ctx, q, c);
  // who pays for it, shares and their holders, a rank's holder, a fund, a limit, a share completed
  c = payerPurpose(ctx, q, c);
  c = shareOf(ctx, q, c);
  c = examplesWhole(ctx, c);
  c = shareObject(ctx, q, rows, c);
  c = shareOfPredicate(ctx, q, c);
  c = movedShare(ctx, q, c);
  c = holderBefore(ctx, c);
  c = holderOfShare(ctx, q, c);
  c = rankHolder(ctx, q, c);
  c = fundBefore(ctx, c);
  c = limitAfter(ctx, q, c);
  c = completedShare(ctx, q, c);
  return c;
}

/** a work said done to a percentage: "保交房完成" (95%以上), "“四类管线”更新改造完成" (80%) */
const COMPLETED_BEFORE = /(?<=\p{Script=Han}{2})完成了?$/u;
/** a metric that names its own rate or share already */
const NAMES_RATE = /率|比例|比重|占比|进度/u;

/**
 * "推动保交楼全部完成,保交房完成95%以上" → 保交房完成率 (audit p5 round 19): a percentage right after 完成 is the share
 * of the work done, so the metric names the completion rate; not a metric naming its own rate or a growth, nor in a
 * sentence about a plan.
 */
function completedShare(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  if (q.unit !== "%" || span.verb === "growth" || span.verb === "decline" || span.metricB > q.a || NAMES_RATE.test(span.metric) || span.metric.length < 2) return span;
  if (!COMPLETED_BEFORE.test(ctx.text.slice(Math.max(ctx.sentA, q.a - 4), q.a))) return span;
  // (a plan's fulfilment is read by the rules after: "工业生产总值计划完成102.6%", "钢完成96.4%" after 没有完成计划)
  return ctx.text.slice(ctx.sentA, q.a).includes("计划") ? span : { ...span, metric: `${span.metric}完成率` };
}

/** a share put to a use after it: "(将)76%的财力用于民生事业", "(把财政支出的)七成以上用于民生领域" */
const MOVED_OF_AFTER = needing(["用于", "投向"], "^(?:以上|左右|多)?的(\\p{Script=Han}{2,8}?)((?:用于|投向)\\p{Script=Han}{2,10}?)(?=[,;:。!?、]|$)");
const MOVED_AFTER = needing(["用于", "投向"], "^(?:以上|左右|多)?((?:用于|投向)\\p{Script=Han}{2,10}?)(?=[,;:。!?、]|$)");
const MOVED_HOLDER = /(?:将|把)(?:(\p{Script=Han}{2,8}?)的)?$/u;

/**
 * "坚持将76%的财力用于民生事业" → 财力用于民生事业占比, "每年把财政支出的七成以上用于民生领域" → 财政支出用于民生领域占比:
 * a share (% or 成) moved by 将/把 to a use is a share of what is moved (indicator_cues share_moves; guide "whole").
 */
function movedShare(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  if ((q.unit !== "%" && q.unit !== "成") || span.metricB > q.a || span.metric.endsWith("占比")) return span;
  const before = ctx.text.slice(Math.max(ctx.sentA, ctx.commaBefore(q.a), q.a - 12), q.a);
  const h = MOVED_HOLDER.exec(before);
  if (!h) return keptShare(ctx, q, before, span);
  const after = ctx.text.slice(q.b, Math.min(ctx.sentB, q.b + 24)) + (q.b + 24 >= ctx.sentB ? "。" : "");
  const m = h[1] ? MOVED_AFTER.exec(after) : MOVED_OF_AFTER.exec(after);
  if (!m) return span;
  return { ...span, metric: h[1] ? `${h[1]}${m[1]}占比` : `${m[1]}${m[2]}占比` };
}

/** a share kept for a use, its owner before it: "保障科技人员" (八成以上工作时间用于…) */
const KEPT_HOLDER = /(?:保障|保持|确保)(\p{Script=Han}{2,8})$/u;
/** the noun kept and its use, right after the share: "(八成)以上工作时间用于科研学术活动" */
const KEPT_AFTER = needing(["用于", "投向"], "^(?:以上|左右|多)?(\\p{Script=Han}{2,6}?)((?:用于|投向)\\p{Script=Han}{2,10}?)(?=[,;:。!?、]|$)");

/**
 * "保障科技人员八成以上工作时间用于科研学术活动" → 科技人员工作时间用于科研学术活动占比 (audit seed 71203): a share of a noun
 * kept (保障, 保持, 确保) for a use after it is a share of that noun, its owner before the share kept.
 */
function keptShare(ctx: SentenceContext, q: Quantity, before: string, span: Clause): Clause {
  const h = KEPT_HOLDER.exec(before);
  if (!h) return span;
  const after = ctx.text.slice(q.b, Math.min(ctx.sentB, q.b + 24)) + (q.b + 24 >= ctx.sentB ? "。" : "");
  const m = KEPT_AFTER.exec(after);
  return m ? { ...span, metric: `${h[1]}${m[1]}${m[2]}占比` } : span;
}

/** the holder of a share and what it does, after it: "(30%)的基层医疗卫生机构实施", "(80%以上)的人口地区普及九年义务教育" */
const PREDICATE_AFTER = /^(?:以上|左右|多)?的(\p{Script=Han}{2,12}?)((?:普及|实施|推行|开展|实现|建立|试行)[^,，;；。!?、的]{0,14})(?=[,，;；。!?]|$)/u;
/** what stands before such a share: a thing done "在" it ("基本药物制度在"), or a causative "(要)使(全国)" */
const PREDICATE_HEAD = /(?:^(?:今年)?(?:要|将)?(?:使|让)(?:全国|全省|全市|全区)?|^(?!.*[使让])(\p{Script=Han}{2,12})在)$/u;

/**
 * "基本药物制度在30%的基层医疗卫生机构实施" → 实施基本药物制度的基层医疗卫生机构占比, "要使全国80%以上的人口地区普及九年
 * 义务教育" → 普及九年义务教育的人口地区占比: a share of the holder after it, with what the holder does after it.
 */
function shareOfPredicate(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  if (q.unit !== "%" || span.metric.endsWith("占比") || !ctx.text.slice(q.b, q.b + 4).includes("的")) return span; // (cheap guard)
  const head = PREDICATE_HEAD.exec(ctx.text.slice(Math.max(ctx.sentA, ctx.commaBefore(q.a), q.a - 16), q.a));
  const m = head ? PREDICATE_AFTER.exec(ctx.text.slice(q.b, Math.min(ctx.sentB, q.b + 32)) + (q.b + 32 >= ctx.sentB ? "。" : "")) : null;
  if (!m) return span;
  // (a verb alone after the holder acts on the thing before 在: 实施 + 基本药物制度)
  const done = head![1] && m[2].length <= 2 ? m[2] + head![1] : m[2];
  return { ...span, metric: `${done}的${m[1]}占比` };
}

/** a share with no holder: what a scope covers ("覆盖的全国县占比", "试点的范围覆盖的…"), or a part "在国内生产总值中占比" */
const HOLDERLESS_SHARE = /^(?:(试点(?:的)?范围)?覆盖的|在\p{Script=Han}{2,12}中(?:所占的?)?(?:占比|比重))/u;
/** the subject of the clause before: a scheme pushed on ("加快推进新型农村合作医疗制度建设"), or one said to grow ("服务业快速发展") */
const PUSHED_SUBJECT = /^(?:今年|去年)?(?:加快推进|继续推进|积极推进|推进|积极推行|全面推行|推行)(\p{Script=Han}{2,14}?)(?:建设|试点)?$/u;
const GROWN_SUBJECT = /^(\p{Script=Han}{2,14}?)(?:快速发展|加快发展|稳步发展|较快发展|不断完善|进一步完善|逐步完善|稳步推进|扎实推进)$/u;

/**
 * "加快推进新型农村合作医疗制度建设,今年把试点的范围扩大到全国40%的县" → 新型农村合作医疗制度试点覆盖的全国县占比,
 * "服务业快速发展,在国内生产总值中占比提高2.5个百分点" → 服务业在国内生产总值中占比: a share without its holder takes the
 * subject of the clause right before, a scheme pushed on or a sector said to grow.
 */
function holderBefore(ctx: SentenceContext, span: Clause): Clause {
  if (!span.metric.includes("覆盖的") && !span.metric.startsWith("在")) return span; // (cheap guard)
  const m = HOLDERLESS_SHARE.exec(span.metric);
  const c = m ? ctx.commaBefore(span.metricA) : 0;
  if (!m || c - 1 <= ctx.sentA || !/[,，]/u.test(ctx.text[c - 1])) return span;
  const before = ctx.text.slice(ctx.commaBefore(c - 1), c - 1);
  const subject = (PUSHED_SUBJECT.exec(before) ?? GROWN_SUBJECT.exec(before))?.[1];
  if (!subject) return span;
  return { ...span, metric: subject + (m[1] ? "试点" + span.metric.slice(m[1].length) : span.metric) };
}

/** a fund's size named only by its kind: "(已)积累资金", "资金规模" */
const FUND_SIZE_ONLY = /^(?:积累资金|资金规模|基金规模)$/u;
/** a fund set up in the clause right before: "建立了全国社会保障基金," */
const FUND_SET_UP = /(?:建立|设立|成立|组建)了?(\p{Script=Han}{2,14}?基金)[,，](?:已经|已|共|累计)?$/u;

/** "建立了全国社会保障基金,已积累资金1242亿元" → 全国社会保障基金积累资金: a fund's size alone is of the fund set up just before. */
function fundBefore(ctx: SentenceContext, span: Clause): Clause {
  if (!FUND_SIZE_ONLY.test(span.metric)) return span;
  const m = FUND_SET_UP.exec(ctx.text.slice(Math.max(ctx.sentA, span.metricA - 24), span.metricA));
  return m ? { ...span, metric: m[1] + span.metric } : span;
}

/** An amount with the limit it sets named after it: the limit is the metric ("牢牢守住十八亿亩耕地红线" → 耕地红线). */
function limitAfter(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  const after = ctx.text.slice(q.b, Math.min(ctx.sentB, q.b + 28));
  // (a level set as a standard: "将农民人均纯收入2300元(2010年不变价)作为新的国家扶贫标准" → 国家扶贫标准)
  if (after.includes("作为")) {
    const std = STANDARD_AFTER.exec(after);
    if (std) return { ...span, metric: std[1] };
  }
  if (!cues.limit_nouns.some((w) => after.includes(w))) return span; // (cheap guard: most numbers have none)
  const m = LIMIT_AFTER.exec(after.slice(0, 10));
  return m ? { ...span, metric: m[1] } : span;
}

/** a level set as a standard right after it, a note in brackets between: "2300元(2010年不变价)作为新的国家扶贫标准" */
const STANDARD_AFTER = /^(?:[(（][^)）]{1,14}[)）])?作为(?:新的|新)?(\p{Script=Han}{1,8}?(?:标准|底线|红线))(?=[,;:。!?、，；：]|$)/u;

/**
 * A rank carried over a break from a share ranks the share's holder: "我国经济总量占世界经济的比重达百分之十八点五,…,
 * 稳居世界第二位" → 经济总量 (the economy ranks second, not its share).
 */
function rankHolder(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  if (q.kind !== "rank" || !/[,，;；]/u.test(ctx.text.slice(span.metricB, q.a))) return span;
  const m = /^(\p{Script=Han}{2,}?)占[^,;。]{1,12}?的?(?:比重|比例|份额)$/u.exec(span.metric);
  return m ? { ...span, metric: m[1] } : span;
}

/** the trade a whole measures, which its partners after 其中 share */
const TRADE_END = /(?:进出口总值|进出口总额|进出口额|进出口|出口额|出口|进口额|进口|贸易额)$/u;

/** a verb of issuing or getting money at a metric's head, which its part put to a use does not share: 新发行(地方政府专项债券) */
const ISSUE_HEAD = /^(?:新发行|发行|新增|安排|下达|争取)/u;

/** a use and the kind of money of the row before: 中央财政 用于“三农” 的支出 */
const USE_OF_MONEY = /^(\p{Script=Han}{2,8}?)用于.+?(的?(?:支出|资金|投入|经费))$/u;

/**
 * A part after 其中 writes the whole's subject into its metric (gold NOTES 17): "新增公路19.2万公里,其中高速公路
 * 2.8万公里" → 新增高速公路 (the whole's flow verb); "中央财政用于“三农”的支出…1.6万亿元,其中用于农村基础设施建设
 * 近3000亿元" → 中央财政用于农村基础设施建设的支出 (the whole's payer and kind of money).
 */
function partOfPrevious(ctx: SentenceContext, span: Clause, rows: Indicator[]): Clause {
  const prev = rows[rows.length - 1];
  if (!prev || ctx.text.slice(span.metricA - 2, span.metricA) !== "其中" || span.metric.length < 2 || span.metric.startsWith("包括")) return span;
  // (a trade partner after 其中 is of the whole's trade: "全省进出口总值增长12.3%,其中对中亚五国增长48.1%")
  const trade = span.metric.startsWith("对") ? TRADE_END.exec(prev.metric) : null;
  if (trade && !TRADE_END.test(span.metric)) return { ...span, metric: span.metric + trade[0] };
  const use = USE_OF_MONEY.exec(prev.metric);
  if (use && span.metric.startsWith("用于")) {
    const kind = /(?:支出|资金|投入|经费)$/u.test(span.metric) ? "" : use[2];
    return { ...span, metric: use[1] + span.metric + kind };
  }
  // (a use of a kind of money is of that money: "新发行地方政府专项债券2157亿元,其中用于项目建设1542亿元" → 地方政府专项债券用于项目建设)
  if (span.metric.startsWith("用于") && FUNDS_KIND_END.test(prev.metric)) return { ...span, metric: prev.metric.replace(ISSUE_HEAD, "") + span.metric };
  // (a kind of the whole's head noun takes the whole's measure: "公路通车里程…,其中高速公路…" → 高速公路通车里程)
  const kind = kindOfWhole(span.metric, prev.metric);
  if (kind) return { ...span, metric: kind };
  const flow = FLOW_HEAD_SHARED.exec(prev.metric);
  if (!flow || FLOW_HEAD_SHARED.test(span.metric) || OWN_VERB_HEAD.test(span.metric) || RATE_OR_SHARE_END.test(span.metric)) return span;
  return { ...span, metric: flow[1] + span.metric };
}

/** The part's noun with the whole's measure when the whole's metric opens with the part's head noun (公路 of 高速公路), or "". */
function kindOfWhole(part: string, whole: string): string {
  for (let k = Math.min(part.length - 1, 4); k >= 2; k--) {
    const head = part.slice(-k);
    if (whole.startsWith(head) && whole.length > k + 1) return part + whole.slice(k);
  }
  return "";
}

/** a size class alone, opened by its threshold: "超50亿元企业", "xx万以上xxx万以下的村" */
const THRESHOLD_ONLY = /^(?:超过|超|突破)?[\dx][\dx.]*[万亿千百]*元?(?:以上|以下|至|到|的|\p{Script=Han})/u;
/** the measure a size class names before its threshold: "产值" of 产值超10亿元企业, "总收入" of 总收入xxx万元以上的村 */
const THRESHOLD_MEASURE = /^(\p{Script=Han}{2,6}?)(?:超过|超|突破)?[\dx][\dx.]*[万亿千百]*元/u;

/**
 * "产值超10亿元企业达100家、超50亿元企业达10家": a size class alone, in the item right after one that names the
 * measure of its threshold, takes that measure (产值超50亿元企业).
 */
function thresholdOfPrevious(ctx: SentenceContext, span: Clause, rows: Indicator[]): Clause {
  const prev = rows[rows.length - 1];
  if (!prev || !/^[超突\dx]/u.test(span.metric) || !THRESHOLD_ONLY.test(span.metric)) return span; // (cheap guard first)
  // (not after 其中, where the part keeps its own class: 投资超1亿元项目407个,其中超50亿元项目2个, classOfWhole)
  if (ctx.text.slice(prev.b, span.metricA) !== "、") return span;
  const measure = THRESHOLD_MEASURE.exec(prev.metric)?.[1];
  return measure && !span.metric.startsWith(measure) ? { ...span, metric: measure + span.metric } : span;
}

/** a decline verb opening a metric: "压减省级机关事业单位公用经费15%" (`decline`, not before a share: 只占) */
const CUT_FIRST = new RegExp(`^(?:${alt(cues.decline)})(?=\\p{Script=Han}{2})(?!.*占)`, "u");

/**
 * A percentage after a metric that opens with a decline verb is the cut, a relative change of what follows
 * (guide, section 3): "全年精减会议76.7%、减少发文47.7%" → 会议, growth -76.7; "压减…公用经费15%" → 公用经费 -15.
 */
function verbFirstCut(q: Quantity, span: Clause): Clause {
  if (q.unit !== "%" || span.verb || span.growthNoun || span.declineNoun || span.metricB > q.a) return span;
  const m = CUT_FIRST.exec(span.metric);
  return m ? { ...span, verb: "decline", metric: span.metric.slice(m[0].length), metricA: span.metricA + m[0].length } : span;
}

/** who pays, at the head of a list's first item (`payer_subjects`) */
const PAYER_HEAD = new RegExp(`^(?:${alt(cues.payer_subjects)})(?=\\p{Script=Han}{2})`, "u");
/** a metric that only names who pays, with the kind of money after the amount or none: 中央财政, 中央财政资金 */
const PAYER_ONLY = new RegExp(`^(?:${alt(cues.payer_subjects)})(?:(?:将|拟)?(?:投入|安排|拿出|支出)|[\\p{Script=Han}]{0,4}(?:资金|国债资金|救灾款))?$`, "u");
/** who pays at the head of such a metric, without the verb of paying: 中央财政投入 → 中央财政 */
const PAYER_SUBJECT = new RegExp(`^(?:${alt(cues.payer_subjects)})`, "u");
/**
 * a purpose opening the statement, before who pays and a time word at most: "为加快社会保障体系建设,今年中央财政将安排",
 * "为继续落实“两个确保”和“三条保障线”,2003年中央财政支出" (callers test that the statement opens with 为)
 */
const PURPOSE_HEAD = /^为了?(?:继续|进一步|切实)?([^,，;；:：。!?\d]{4,24})[,，](?:[^,，;；:：。!?]{0,8}?)$/u;
/**
 * what an amount is for, after it (and after its change on the year before): "…资金支持再就业", ",解决关闭破产国有企业
 * 退休人员医疗保险问题", "832亿元,比上年增加167亿元,支持卫生事业改革和发展"
 */
const PAYER_PURPOSE = new RegExp(
  `^(?:[\\p{Script=Han}]{0,6}(?:资金|国债资金|救灾款))?(?:[,，]比(?:上年|去年)(?:增加|增长)[^,;:。!?]{1,10})?[,，]?((?:${alt(cues.purpose_verbs)})[^,;:。!?、()“”这此]{2,24}?)(?=[,;:。!?、(]|$)`,
  "u",
);

/**
 * An amount whose metric only names who pays (`payer_subjects`: "中央财政安排219亿元支持116户国有企业实施政策性关闭
 * 破产") takes the purpose written after it (`purpose_verbs`), counts dropped: 中央财政支持国有企业实施政策性关闭破产.
 */
function payerPurpose(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  // (over an adverb the payer's clause ends with: "中央财政还将安排150亿元" → 中央财政)
  // (and over the years ahead before it: "今后五年中央财政将投入100亿元支持…" → 中央财政投入支持…)
  // (and over a plan's span before it: "“十一五”时期中央财政将投入100亿元,实施…", "五年内国家财政将投入")
  const payer = span.metric.replace(/(?<=.{2})(?:还|也|又|再)$/u, "").replace(SPAN_BEFORE_PAYER, "");
  if (!q.quantity.startsWith("money") || span.metricB > q.a || !PAYER_ONLY.test(payer)) return span;
  const m = PAYER_PURPOSE.exec(ctx.text.slice(q.b, Math.min(ctx.sentB, q.b + 36)) + (q.b + 36 >= ctx.sentB ? "。" : ""));
  const purpose = m?.[1].replace(/[\d.,]+(?:多|余)?[万亿]?(?:户|个|家|所|项|名|人|座)/gu, "");
  if (purpose && purpose.length >= 4) return { ...span, metric: (USE_HEAD.test(purpose) ? payer.replace(PAYING_VERB_END, "") : payer) + purpose };
  const before = ctx.text.slice(ctx.sentA, span.metricA);
  const head = purposeBefore(before) || taskBefore(before);
  return head ? { ...span, metric: `${PAYER_SUBJECT.exec(payer)![0]}用于${head}` } : span;
}

/** a light verb of paying ending who pays, dropped before the purpose (NOTES 18: 安排, 投入): 中央财政投入 → 中央财政 (用于促进就业) */
const PAYING_VERB_END = /(?<=\p{Script=Han}{2})(?:投入|安排|拿出)$/u;
/** a use that says what the money goes to, which the paying verb before it adds nothing to (not "以保证…") */
const USE_HEAD = /^(?:支持|用于|扶持|帮助|实施|办好)/u;

/** the years or plan span before who pays: "今后五年", "“十一五”时期", "内" (of "五年内" cut before the metric) */
const SPAN_BEFORE_PAYER = /^(?:(?:今后|未来)[两三四五六七八九十]年(?:内)?|[“"]?[一二三四五六七八九十]{1,2}五[”"]?(?:时期|期间)|内)/u;
/** a task the statement opens with, one clause before who pays: "继续实施第二期农村中小学危房改造," */
const TASK_HEAD = /^(?:今年|继续|要|进一步|全面|加快)*((?:实施|启动|推进|开展|推行)(?!了)[^,，;；:：。!?\d“”《》了]{4,20})[,，]$/u;

/** a spending raised, one clause before who pays: "大幅度增加全国教育支出,其中", "加大对科技、教育…体育事业的投入," */
const SPENDING_RAISED = /^(?:各级政府|各级财政)?(?:要)?(?:进一步|大幅度|继续)?(?:增加|加大)(?:对)?(?:全国|全省|全市)?([^,，;；:：。!?\d]{2,24}?)的?(?:投入|支出)[,，](?:其中|全国|全省|全市)?$/u;

/** a scheme said to improve, one clause before who pays: "国家助学制度进一步完善," (a 制度, 体系 or 机制) */
const SCHEME_IMPROVED = /^([^,，;；:：。!?\d]{2,14}(?:制度|体系|机制))(?:进一步|不断|逐步|日益)(?:完善|健全)[,，]$/u;

/**
 * The task a statement opens with, right before who pays (TASK_HEAD), the spending it raises (SPENDING_RAISED) or the
 * scheme it improves (SCHEME_IMPROVED), or "".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { taskBefore } from "./find.ts";
 * assert.equal(taskBefore("继续实施第二期农村中小学危房改造,"), "实施第二期农村中小学危房改造");
 * assert.equal(taskBefore("国家助学制度进一步完善,"), "国家助学制度");
 * assert.equal(taskBefore("启动了农村卫生服务体系建设,"), "");
 * assert.equal(taskBefore("大幅度增加全国教育支出,其中"), "教育");
 * ```
 */
export function taskBefore(head: string): string {
  if (head.length > 40) return "";
  // (a spending raised, whose share the payer's amount is: "各级政府要进一步增加社会保障投入," → 社会保障)
  if (head.includes("增加") || head.includes("加大")) return SPENDING_RAISED.exec(head)?.[1] ?? "";
  // (a scheme said to improve, whose money the payer's amount is: "国家助学制度进一步完善," → 国家助学制度)
  if (head.includes("完善") || head.includes("健全")) return SCHEME_IMPROVED.exec(head)?.[1] ?? "";
  if (!/[施动进展行]/u.test(head)) return ""; // (cheap guard: the verbs' last characters)
  return TASK_HEAD.exec(head)?.[1] ?? "";
}

/**
 * The purpose a statement opens with, before who pays (PURPOSE_HEAD), or "".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { purposeBefore } from "./find.ts";
 * assert.equal(purposeBefore("为加快社会保障体系建设,今年"), "加快社会保障体系建设");
 * assert.equal(purposeBefore("为继续落实“两个确保”和“三条保障线”,2003年"), "落实“两个确保”和“三条保障线”");
 * assert.equal(purposeBefore("国家助学制度进一步完善,"), "");
 * ```
 */
export function purposeBefore(head: string): string {
  return head.startsWith("为") ? PURPOSE_HEAD.exec(head)?.[1] ?? "" : "";
}

/** who holds a share named after it: "占我们国家人口80%以上的农民" (the X of "占…N%的X") */
const SHARE_HOLDER_AFTER = /^(?:以上|左右|多)?的(\p{Script=Han}{2,8}?)(?=的|是|[,;:。!?、]|$)/u;

/** the noun a share before it is of, up to a break or a 和 before the next number: "(94%)的农村人口", "(74.6%)的规模工业增加值和40%…" */
const SHARED_NOUN_AFTER = /^(?:以上|左右|多)?的(\p{Script=Han}{1,14}?)(?=和[\d百千一二三四五六七八九十]|[,;:。!?、(（]|$)/u;

/** the noun a share is of with no 的 between, up to a break: "(30%以上)产业链企业," */
const BARE_NOUN_AFTER = /^(?:以上|左右|多)?(\p{Script=Han}{2,10}?)(?=[,;:。!?、(（]|$)/u;
/** the noun a share after 覆盖 covers, with no 的, a short bracket kept: "(85%以上)县(市、区)" */
const COVERED_NOUN_AFTER = /^(?:以上|左右|多)?(\p{Script=Han}{1,10}?(?:\([^(),;。]{1,6}\))?)(?=[,;:。!?、]|$)/u;

/**
 * The noun after a share (SHARED_NOUN_AFTER), or, after a share verb ending the metric (`share_verbs`), the noun
 * with no 的: "低空经济集聚全国30%以上产业链企业" → 产业链企业 (audit p1 round 16, 广东 2025).
 */
function sharedNoun(after: string, metric: string): RegExpExecArray | null {
  const m = SHARED_NOUN_AFTER.exec(after);
  if (m) return m;
  // (after 覆盖 the noun covered, a short bracket kept: "创业融资服务工作站覆盖85%以上县(市、区)", "优质公办幼儿园覆盖92%乡镇")
  if (metric.endsWith("覆盖")) return COVERED_NOUN_AFTER.exec(after);
  if (!metric.includes("全") || !SHARE_VERB_END.exec(metric)?.[3]) return null;
  return BARE_NOUN_AFTER.exec(after);
}

/**
 * A share of the noun after it, taken by the verb before it: "规模化供水工程覆盖94%的农村人口" → 规模化供水工程覆盖的农村人口占比,
 * "…提出了要承担…" (what is before a modal or 了 dropped),
 * "将…的财力用于民生事业" → 财力用于民生事业占比; not a growth or a gap.
 */
function shareObject(ctx: SentenceContext, q: Quantity, rows: Indicator[], span: Clause): Clause {
  if (q.unit !== "%" || span.metricB > q.a || (span.verb !== "" && span.verb !== "level")) return span;
  const m = sharedNoun(ctx.text.slice(q.b, Math.min(ctx.sentB, q.b + 20)) + (q.b + 20 >= ctx.sentB ? "。" : ""), span.metric);
  if (!m || /占|比重|比例|率$/u.test(m[1])) return span;
  // (a second share after 和 takes the first's verb: "贡献了全省74.6%的规模工业增加值和40%左右的税收" → 贡献的全省税收占比)
  const prev = rows[rows.length - 1], joined = prev && ctx.text.slice(prev.valueB, q.a);
  const prevShare = prev && joined && /^(?:以上|左右|多)?的\p{Script=Han}{2,14}和$/u.test(joined) ? /^(.*的(?:全国|全省|全市|全区)?)/u.exec(prev.metric) : null;
  if (prevShare && prev.metric.endsWith(`${joined.slice(joined.indexOf("的") + 1, -1)}占比`)) return { ...span, metric: `${prevShare[1]}${m[1]}占比` };
  const v = SHARE_VERB_END.exec(span.metric);
  if (!v) return span;
  // (a modal right before the verb ends the holder: "城镇居民基本医疗保险试点要扩大到全国50%以上的城市")
  const holder = (v[1].replace(/^.*(?:了|要|能|将|把)/u, "") || v[1].replace(/(?:要|能|将)$/u, "").replace(/^.*(?:了|把)/u, ""))
    .replace(/^(?:坚持|努力|做到|共|已经|已)/u, "");
  // (a scope extended to a share is the share it covers: "试点范围扩大到全国40%的县" → 试点范围覆盖的全国县占比)
  const verb = v[2]?.startsWith("扩大") ? "覆盖" : v[2];
  const metric = verb ? `${holder}${verb}的${v[3] ?? ""}${m[1]}占比` : `${m[1]}占比`;
  return metric.length <= 30 ? { ...span, metric } : span;
}

/** A share with its holder after it: "占我们国家人口80%以上的农民" → 农民占我们国家人口. */
function holderOfShare(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  if (q.unit !== "%" || !span.metric.startsWith("占") || span.metricB > q.a) return span;
  const m = SHARE_HOLDER_AFTER.exec(ctx.text.slice(q.b, Math.min(ctx.sentB, q.b + 14)) + (q.b + 14 >= ctx.sentB ? "。" : ""));
  return m ? { ...span, metric: m[1] + span.metric } : span;
}

/** the kind of money an amount names after it: "发行1000亿元长期国债", "拨出二十五亿元专项资金" */
const MONEY_NOUN_AFTER = new RegExp(
  `^的?([\\p{Script=Han}“”]{0,8}?(?:国债|债券|资金|贷款|补贴|基金|消费券|救灾款|债务限额))(?=[,;:。!?、(]|$|主要|重点|置换|${alt(cues.purpose_verbs)})`,
  "u",
);

/** An amount with the kind of money named after it: the noun goes into the metric (发行 → 发行长期国债). */
function amountNoun(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  if (!q.quantity.startsWith("money") || span.metricB > q.a || !span.metric) return span;
  const m = MONEY_NOUN_AFTER.exec(ctx.text.slice(q.b, Math.min(ctx.sentB, q.b + 16)));
  if (!m || span.metric.endsWith(m[1]) || /[和及]/u.test(m[1])) return span;
  // (an adverb alone before the verb names nothing: "一次性增加6万亿元地方专项债务限额" → 地方专项债务限额)
  return { ...span, metric: (ADVERB_ONLY.test(span.metric) ? "" : span.metric) + m[1] };
}

/** an adverb of manner or repetition alone as a metric: 一次性, 再, 另 */
const ADVERB_ONLY = /^(?:一次性|再|另|又|还)$/u;

/** the noun an amount or count before 的 sizes, up to a break or a 和 before the next number: "(336亿元)的农业税赋," */
const SIZED_NOUN_AFTER = /^(?:以上|左右|多|余)?的((?:“[^”]{2,8}”|\p{Script=Han}){2,16}?)(?=和[\d近约百千一二三四五六七八九十]|[,;:。!?、(（]|$)/u;
/** a metric that is only a verb (and its adverbs) before a sized noun: "不仅取消了原先", "…形成", "完成了长(达)" */
const VERB_BEFORE_SIZED = /(?:(?:取消|完成|建成|减轻|减少|免除)了?|了)(?:原先|原有|长达?)?$/u;
/** verbs of removal kept with the noun, for the sign they give: 取消农业税赋 */
const REMOVED = /(取消|免除|减轻|减少)了?(?:原先|原有)?$/u;

/**
 * "农村税费改革不仅取消了原先336亿元的农业税赋" → 取消农业税赋,
 * "…3500多公里的长江干堤和近千公里的黄河堤防加固工程" → 长江干堤, 黄河堤防加固工程: an amount or count (not a share) whose
 * metric before is only a verb, or a 和 after the noun of the row before, sizes the noun after its 的 (not a size head
 * alone, 规模: the stock word would date a flow of five years at their end).
 */
function nounOfAmount(ctx: SentenceContext, q: Quantity, rows: Indicator[], span: Clause): Clause {
  if (ctx.text[q.b] !== "的" && ctx.text[q.b + 1] !== "的") return span; // (cheap guard)
  if (q.unit === "%" || span.metricB > q.a) return span;
  const prev = rows[rows.length - 1];
  const pair = prev !== undefined && prev.valueB >= ctx.sentA && /^(?:以上|左右|多|余)?的[^,，;；。、的]{2,16}和(?:近|约)?$/u.test(ctx.text.slice(prev.valueB, q.a));
  if (!pair && !VERB_BEFORE_SIZED.test(span.metric)) return span;
  const m = SIZED_NOUN_AFTER.exec(ctx.text.slice(q.b, Math.min(ctx.sentB, q.b + 24)) + (q.b + 24 >= ctx.sentB ? "。" : ""));
  if (!m || (/^(?:工作|任务|目标|要求|水平)/u.test(m[1]) && m[1].length <= 4) || m[1].endsWith("规模")) return span;
  const removed = REMOVED.exec(span.metric);
  return { ...span, metric: (removed ? removed[1] : "") + m[1] };
}

/** a lead verb before a one-character level item: "培育省、xx市级…" */
const LEAD_BEFORE_LEVEL = new RegExp(`^(?:${alt(cues.lead_verbs)})(?=[省市县区]$)`, "u");
/**
 * items of a list sharing the metric's head: short names, no number, adverb (主动地) or quantity (户数, 市值) of
 * their own ("小麦、", "省、", "文化、")
 */
const SHARED_ITEMS = /^(?:(?:[省市县区]|(?:(?![一二两三四五六七八九十百千万亿〇零在了])\p{Script=Han}){2,6})(?<![地额值量率数])、)+$/u;

/**
 * "实施新一代信息技术、海工装备、新能源、生物医药等工业战略性新兴产业重点项目246项": a metric "X等Y" whose X ends a
 * list of examples after 、 keeps the whole list (not 生物医药等…), when no number stands in the list and it fits.
 */
function examplesWhole(ctx: SentenceContext, span: Clause): Clause {
  const { text } = ctx;
  if (text[span.metricA - 1] !== "、") return span;
  const c0 = Math.max(ctx.sentA, ctx.commaBefore(span.metricA - 1), span.metricA - 40);
  // (a verb pair cut: "制定、修订…"; a lead verb before a one-character level: "培育省、xx市级…")
  const items = readClause(text, c0, span.metricA - 1).metric.replace(/^、+/u, "").replace(LEAD_BEFORE_LEVEL, "");
  // (without 等, a list of names sharing the metric's head: "中央生态环保督察、长江经济带警示片反馈问题整改", "省、xx市级…")
  // (who pays may stand before the first item: "中央财政全年用于教育、卫生、…体育事业的支出")
  const named = items.replace(PAYER_HEAD, "");
  if (!/^[^等]+等\p{Script=Han}/u.test(span.metric) && (!SHARED_ITEMS.test(`${named}、`) || span.metric.length < 2)) return span;
  if ((items.length < 2 && !/^[省市县区]$/u.test(items)) || /[\d〇零一二三四五六七八九十百千万亿]{2}|[%“”]/u.test(items)) return span;
  if (items.length + span.metric.length > 39) return examplesDropped(ctx, span);
  return { ...span, metric: `${items}、${span.metric}`, metricA: span.metricA - 1 - items.length };
}

/** the kind after a list of examples, the last example before it: "长三角大飞机等(国家先进制造业集群)" */
const KIND_AFTER_EXAMPLES = /^[^等]+(?<![一二三高中初同平对均])等(?![级次于同])(\p{Script=Han}{4,}.*)$/u;

/**
 * "新增浙东工业母机、环杭州湾现代纺织服装、金华台州丘陵山区农机装备、长三角大飞机等国家先进制造业集群4个" → 新增国家先进
 * 制造业集群 (audit p5 round 19): a list of examples too long to keep whole gives way to the kind they are examples of,
 * after the flow verb opening the list (not its last example alone: 长三角大飞机等…).
 */
function examplesDropped(ctx: SentenceContext, span: Clause): Clause {
  const m = KIND_AFTER_EXAMPLES.exec(span.metric);
  if (!m) return span;
  const head = ctx.text.slice(Math.max(ctx.sentA, ctx.commaBefore(span.metricA - 1)), span.metricA);
  return { ...span, metric: (FLOW_HEAD_SHARED.exec(head)?.[1] ?? "") + m[1] };
}

/**
 * "公办园在园幼儿超过50%": a percentage level of people or places counted is their share (公办园在园幼儿占比;
 * `share_nouns`), of the place named right after it where they live ("我国人口80%以上在农村" → 农村人口占比). Not a change (增长, 提高…个百分点), nor "50%的门诊预约号源" (the share of what follows).
 */
function shareOf(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  if (q.unit !== "%" || span.metricB > q.a || !SHARE_NOUN_END.test(span.metric) || /[占比率]|全体|全国|全省/u.test(span.metric)) return span;
  if (span.verb === "growth" || span.verb === "decline" || span.verb === "gap" || span.growthNoun || span.declineNoun) return span;
  const after = ctx.text.slice(q.b, q.b + 10);
  if (/^(?:以上|左右)?的/u.test(after)) return span;
  // (where the share lives, after it, names it: "我国人口80%以上在农村" → 农村人口占比)
  const place = after.includes("在") ? SHARE_PLACE_AFTER.exec(after) : null;
  // (and what the share did, after it: "下岗职工…,90%以上进入再就业服务中心" → 进入再就业服务中心的…下岗职工占比)
  const did = !place && SHARE_DID_VERBS.some((w) => after.includes(w)) ? SHARE_DID_AFTER.exec(ctx.text.slice(q.b, Math.min(ctx.sentB, q.b + 20)) + (q.b + 20 >= ctx.sentB ? "。" : "")) : null;
  // (a share of water bodies or of days is named 比例: 国考断面优良水体比例, 空气质量优良天数比例)
  const share = span.metric.endsWith("水体") || span.metric.endsWith("天数") ? "比例" : "占比";
  return { ...span, metric: did ? `${did[1]}的${span.metric}${share}` : (place?.[1] ?? "") + span.metric + share };
}

/** what a share of people did, right after it, ending its clause: "90%以上进入再就业服务中心," */
const SHARE_DID_AFTER = /^(?:以上|以下|左右|多)?((?:进入|参加|享受|纳入|获得|接受)[^,，;；。!?、的]{2,14})(?=[,，;；。!?]|$)/u;
/** the verbs of SHARE_DID_AFTER, the literal guard before it */
const SHARE_DID_VERBS = ["进入", "参加", "享受", "纳入", "获得", "接受"];

/** the place a share of people lives in, right after it, ending its clause: "80%以上在农村," */
const SHARE_PLACE_AFTER = /^(?:以上|以下|左右|多)?(?:在|生活在|居住在)(\p{Script=Han}{2,4})(?=[,，;；。])/u;

/** a rate named by a verb alone, which names no subject: 开通率, 办结率, 化解率 */
const BARE_RATE = /^\p{Script=Han}{1,3}率$/u;

/**
 * "累计建成5G基站10295个、开通率100%": a rate with no subject of its own, right after a count, is the rate of
 * what was counted (5G基站开通率). Not a rate the dictionary knows alone (城镇化率, 赤字率).
 */
function rateOfPrevious(ctx: SentenceContext, span: Clause, rows: Indicator[]): Clause | null {
  const prev = rows[rows.length - 1];
  if (!prev || !BARE_RATE.test(span.metric) || metricInfo(span.metric, "level") || prev.unit === "%") return null;
  // (things counted, not people: "高等教育在学人数2500万人,毛入学率…" is no rate of the students)
  if (!COUNTED_UNIT.test(prev.unit) || /[人名]/u.test(prev.unit) || !/^[、,，;；]$/u.test(ctx.text.slice(prev.b, span.metricA))) return null;
  const subject = prev.metric.replace(FLOW_HEAD_SHARED, (m, verb: string) => m.slice(verb.length));
  return subject.length >= 2 && !subject.endsWith("率") ? { ...span, metric: subject + span.metric } : null;
}

/** what an amount is for, after it: "433亿元用于促进就业", "423亿元,用于扶助和促进就业" (not "用于这方面的…") */
const PURPOSE_AFTER = /^(?:资金|专项资金)?[,，]?(用于[^,;:。!?、()“”这此]{2,16}?)(?=[,;:。!?、(]|$)/u;

/** the use a share of an amount is put to, after it: "80%以上用于民生领域", "80%以上投入“六大产业基地”等领域" */
const SHARE_USE_AFTER = /^(?:以上|左右)?[,，]?((?:用于|投入|投向)[^,;:。!?、()这此]{2,18}?)(?=[,;:。!?、(]|$)/u;

/**
 * what a share of a whole does or is, right after it (no comma): "新增专业布点数60%以上服务于省域重点产业紧缺岗位",
 * "国家财政收入的60%以上来自国有企业", "县级综合医院、基层医疗卫生机构100%达到国家标准" (audit a1 A85, A89),
 * "省级产业类科技计划项目80%以上由企业牵头承担" (round 22 vb)
 */
const SHARE_STATE_AFTER = /^(?:以上|左右)?((?:服务于|来自|达到|实现|由)[^,;:。!?、()这此\d]{2,18}?)(?=[,;:。!?、(]|$)/u;
/** a metric that is a rate or share already (its 100% 达到… is no share of a whole) */
const RATE_END = /(?:率|比重|比例|占比|份额|水平|指数|程度|增速|增幅|增长)$/u;

/** a verb of arranging money alone in the number's clause, after a time word and a modal: "今年拟安排" */
const ARRANGED_ONLY = /^(?:今年|明年|全年)?(?:还|又|再)?(?:将|拟|要)?(?:安排|投入|拨出|下达|拿出)(?:资金)?$/u;
/** a use after a comma, longer than PURPOSE_AFTER reads: ",用于补助低保住房困难家庭的实物廉租房建设" */
const USE_AFTER_COMMA = /^[,，](用于[^,;:。!?、()“”这此]{2,24}?)(?=[,;:。!?、(]|$)/u;

/**
 * The use of an amount whose clause only arranges it, written after a comma, with who pays opening the sentence
 * ("中央财政将加大…;今年拟安排430亿元,用于补助低保住房困难家庭的实物廉租房建设" → 中央财政用于补助…), else "".
 */
function arrangedUse(ctx: SentenceContext, q: Quantity): string {
  if (ctx.text[q.b] !== "," && ctx.text[q.b] !== "，") return "";
  if (!ARRANGED_ONLY.test(ctx.text.slice(ctx.breakBefore(q.a), q.a))) return "";
  const m = USE_AFTER_COMMA.exec(ctx.text.slice(q.b, Math.min(ctx.sentB, q.b + 30)) + (q.b + 30 >= ctx.sentB ? "。" : ""));
  return m ? (PAYER_SUBJECT.exec(ctx.text.slice(ctx.sentA, q.a))?.[0] ?? "") + m[1] : "";
}

/** An amount with its purpose written after it: the purpose goes into the metric ("中央财政投入" → 中央财政投入用于促进就业). */
function withPurpose(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  if (q.unit === "%" && span.metricB <= q.a && span.metric && !span.metric.includes("用于")) {
    // "新增财力80%以上用于民生领域" → 新增财力用于民生领域 (gold), the share put to that use
    const after = ctx.text.slice(q.b, Math.min(ctx.sentB, q.b + 26)) + (q.b + 26 >= ctx.sentB ? "。" : "");
    const use = SHARE_USE_AFTER.exec(after) ?? (RATE_END.test(span.metric) ? null : SHARE_STATE_AFTER.exec(after));
    return use ? { ...span, metric: span.metric.replace(/的$/u, "") + use[1] } : span;
  }
  if (!q.quantity.startsWith("money") || span.metricB > q.a) return span;
  const arranged = arrangedUse(ctx, q);
  if (arranged) return { ...span, metric: arranged };
  if (!span.metric) return span;
  const after = ctx.text.slice(q.b, Math.min(ctx.sentB, q.b + 24)) + (q.b + 24 >= ctx.sentB ? "。" : "");
  const m = PURPOSE_AFTER.exec(after) ?? (BARE_MONEY_VERB.test(span.metric) ? PURPOSE_VERB_AFTER.exec(after) : fundsUse(span.metric, after));
  if (!m && BARE_MONEY_VERB.test(span.metric)) return useOfNextClause(ctx, q, span);
  if (!m || span.metric.includes("用于")) return span;
  // (a bare 用 after a modal is the use: "全国将用三十亿元建设职工住宅" → 用于建设职工住宅)
  // (a light verb of paying alone is dropped before its use, NOTES 18: "拿出120.6亿元支持基层化债" → 支持基层化债)
  if (BARE_USE.test(span.metric)) return { ...span, metric: `用于${m[1]}` };
  if (PAYING_ALONE.test(span.metric)) return { ...span, metric: withoutCounts(m[1]) };
  // (and after who pays: "中央财政拟投入433亿元用于促进就业" → 中央财政用于促进就业)
  return { ...span, metric: (PAYER_ONLY.test(span.metric) && USE_HEAD.test(m[1]) ? span.metric.replace(PAYING_VERB_END, "") : span.metric) + m[1] };
}

/** a kind of money ending a metric, whose part put to one use the amount may be: 超长期特别国债, 专项资金, 补助 */
const FUNDS_KIND_END = /(?:国债|债券|资金|基金|补助|补贴|预算内投资)$/u;
/** the use a kind of money's amount goes to, right after it: "(3000亿元)支持消费品以旧换新" */
const FUNDS_USE_AFTER = /^((?:支持|扶持|帮助)[^,;:。!?、()“”这此]{2,14}?)(?=[,;:。!?、(]|$)/u;

/** The use right after an amount of a kind of money ("安排超长期特别国债3000亿元支持消费品以旧换新": the part for that use), else null. */
function fundsUse(metric: string, after: string): RegExpExecArray | null {
  return FUNDS_KIND_END.test(metric) ? FUNDS_USE_AFTER.exec(after) : null;
}

/** the clause after a bare amount that says what it is spent on, a verb of doing first: ",启动建设…", ",全力办好21项民生实事" */
const USE_CLAUSE_AFTER = /^[,，](?:全力|着力|重点)?((?:实施|启动建设|启动|办好|新建|建设)[^,;:。!?、()“”这此]{2,24}?)(?=[,;:。!?]|$)/u;

/**
 * "投资5.8亿元,启动建设国家重大传染病防治基地和中医疫病防治基地" → 投资用于启动建设…基地: a bare money verb's amount,
 * its clause ending at a comma, is spent on what the next clause does (counts in it dropped); else the span as read.
 */
function useOfNextClause(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  if (ctx.text[q.b] !== "," && ctx.text[q.b] !== "，") return span; // (cheap guard)
  const use = USE_CLAUSE_AFTER.exec(ctx.text.slice(q.b, Math.min(ctx.sentB, q.b + 30)) + (q.b + 30 >= ctx.sentB ? "。" : ""))?.[1];
  const purpose = use === undefined ? undefined : withoutCounts(use);
  return purpose && purpose.length >= 4 ? { ...span, metric: `${span.metric.replace(/^(?:将|拟|还将|要)用$/u, "")}用于${purpose}` } : span;
}

/** a count inside a use, which sizes the works, not the money: "6个" (实施6个重大科技专项), "21项" */
const COUNT_IN_USE = /[\d.]+(?:多|余)?[万亿]?(?:户|个|家|所|项|名|人|座|件)|[一二三四五六七八九十]+(?:项|件|个)/gu;

/** A use with the counts in it dropped: 实施6个重大科技专项 → 实施重大科技专项. */
function withoutCounts(use: string): string {
  return /[\d一二三四五六七八九十]/u.test(use) ? use.replace(COUNT_IN_USE, "") : use;
}

/** a money verb alone, which names no use: "拿出120.6亿元支持基层化债", "投入567亿元办好民生实事", "将用三十亿元建设…" */
const BARE_MONEY_VERB = /^(?:拿出|投入|筹资|筹措|筹集|统筹|投放|发挥|安排|安排资金|投资|资金|(?:将|拟|还将|要)用)$/u;
/** a light verb of paying alone, which the use after the amount replaces (NOTES 18: 安排, 投入 are dropped) */
const PAYING_ALONE = /^(?:拿出|投入|统筹|安排|筹集|筹措)$/u;
/** the verb 用 alone, after a modal: its amount's use is what follows */
const BARE_USE = /^(?:将|拟|还将|要)用$/u;
/** the use a bare money verb's amount is put to, a verb phrase right after it */
const PURPOSE_VERB_AFTER = /^((?:支持|办好|实施|建设|建成|撬动|推进|开展|保障|启动|实现|用于|帮助|扶持)[^,;:。!?、()“”这此]{2,14}?)(?=[,;:。!?、(]|$)/u;

/**
 * The indicator rows of one sentence, from its quantities.
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
 * const rows = sentenceRows(ctx, qs);
 * assert.deepEqual(rows.map((r) => [r.value, r.unit, r.status, r.period]), [[2500, "个", "target", "2025"], [6, "万亩", "target", "2025"]]);
 * ```
 */
export function sentenceRows(ctx: SentenceContext, qs: Quantity[]): Indicator[] {
  const rows: Indicator[] = [];
  let baseline: number | null = null;
  let baselineA = -1;
  const parts = new Set<number>(); // numbers that belong to the next number's metric
  let lastCount = false; // the last row counts things ("设立10只以上天使子基金")
  for (let k = 0; k < qs.length; k++) {
    const q = qs[k] = asRank(ctx, wordAfterNumber(ctx, qs[k]));
    if (insideQuotes(ctx.text, q.a, q.b, ctx.sentA) || insideTitle(ctx.text, q.a, q.b, ctx.sentA)) continue;
    const no = notIndicator(ctx, q) || excluded(ctx, q);
    if (no === "part") parts.add(k);
    if (no) continue;
    const base = baselineAt(ctx, qs, k);
    if (base) {
      baseline = base.value;
      baselineA = base.a;
      k += base.skip ?? 0;
      continue;
    }
    if (scopeOfNext(ctx, qs, k)) {
      parts.add(k);
      continue;
    }
    // clause start: the last break before the number (or the previous quantity)
    const csFloor = Math.max(ctx.sentA, q.a - WINDOW);
    let cs = Math.max(csFloor, ctx.breakBefore(q.a));
    const prevQ = qs[k - 1];
    if (prevQ && !parts.has(k - 1) && prevQ.b > cs && prevQ.b <= q.a && baselineA < 0) cs = prevQ.b;
    // (a start before the clause's break: "每吨钢的综合能耗,由上年的2.51吨煤,降低到2.28吨煤" reads from 由)
    if (baselineA >= csFloor && baselineA < cs) cs = Math.max(csFloor, ctx.breakBefore(baselineA));
    cs = nounListStart(ctx, q, cs, prevQ);
    const clauseFrom = baselineA >= 0 && baselineA >= cs ? baselineA : q.a;
    const list = valuesOfRowsBefore(ctx, qs, k, rows) ?? stocksOfRowsBefore(ctx, qs, k, rows) ?? listRows(ctx, qs, k, csFloor, parts);
    if (list) {
      for (const r of list.rows) rows.push(r);
      lastCount = false;
      k += list.count - 1;
      continue;
    }
    // "转化科技成果3609项,技术合同成交额达到241亿元,实现两个翻番": one multiple for each of the rows before
    if (q.kind === "multiple" && /两个$/u.test(ctx.text.slice(Math.max(ctx.sentA, q.a - 2), q.a)) && rows.length >= 2) {
      for (const prev of rows.slice(-2)) {
        const clause = { ...readClause(ctx.text, q.a, q.a), metric: prev.metric, metricA: prev.metricA, metricB: prev.metricB };
        rows.push(makeRow(ctx, { q, clause, spanA: prev.metricA, groupLast: null, baseline: null }));
      }
      continue;
    }
    const { clause, from } = clauseBefore(ctx, q, cs, clauseFrom);
    if (from !== null) baseline = from;
    if (isPolicyCount(ctx, q, clause)) continue;
    const span = completedSubject(ctx, q, afterList(ctx, q, withSubject(ctx, q, clause, cs, rows, lastCount), rows), rows);
    if (!span?.metric || span.metric.length > 40 || CUT_NUMBER.test(span.metric)) continue;
    rows.push(makeRow(ctx, { q, clause: span, spanA: Math.min(span.metricA, clauseFrom), groupLast: null, baseline }));
    lastCount = COUNTED.has(q.quantity) && q.kind === "number";
    baseline = null;
    baselineA = -1;
  }
  return rowsCompleted(ctx, rows);
}

/** a budget's item: what it spends or takes in, or its share: "经济建设费", "行政管理费支出", "支出" */
const BUDGET_ITEM = /(?:费|支出|收入)$/u;
/** a sentence opening with a local or central budget whose parts follow: "地方预算支出中", "地方支出预算执行的结果" */
const BUDGET_SCOPE_OPENING = /^(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})年)?(地方|中央)(预算|财政)?(?:支出|收入)(?:预算执行的结果|中)$/u;
/** a row of a local or central budget: "地方财政共收入" */
const BUDGET_SCOPE_ROW = /^(地方|中央)(预算|财政)/u;

/**
 * A budget's items in a sentence about a local or central budget are of that budget: "地方预算支出中,经济建设费为…" →
 * 地方预算经济建设费; "地方支出预算执行的结果,主要部分为:…行政管理费支出占27.98%" → 地方行政管理费支出占比; "1955年地方财政
 * 共收入7,443,491,000元,…;共支出6,432,453,000元" → 地方财政支出 (read alone, each is the state budget's).
 */
function budgetScopeOfSentence(ctx: SentenceContext, rows: Indicator[]): Indicator[] {
  const head = ctx.text.slice(ctx.sentA, Math.min(ctx.sentB, ctx.sentA + 24));
  if (!rows.length || (!head.includes("地方") && !head.includes("中央"))) return rows;
  const opening = BUDGET_SCOPE_OPENING.exec(head.split(/[,，:：]/u)[0]);
  let scope = opening ? opening[1] + (opening[2] ?? "") : "";
  return rows.map((r) => {
    const own = BUDGET_SCOPE_ROW.exec(r.metric);
    if (own) scope ||= own[0]; // (a row of that budget scopes the bare 支出 or 收入 after it)
    const m = r.metric.replace(/^共/u, "");
    if (own || !scope || m.length > 16 || (!opening && !/^(?:支出|收入)/u.test(m))) return r;
    if (!BUDGET_ITEM.test(m.replace(/(?:占比|完成预算数)$/u, "")) || m.includes("地方") || m.includes("中央") || m.includes("国家")) return r;
    return { ...r, metric: scope + m };
  });
}

/** an anaphor in a metric, with the kind it names: "此项(支出)", "这项改革" */
const ANAPHOR = /(?:此项|这项|该项)(改革|制度|政策|工程|计划)?/u;
/** what an anaphor with no kind of its own may point back to */
const REFERENT_KINDS = /(?:制度|政策|工程|计划)(?=[,，;；。]|$)/gu;
/** verbs that set up or carry out what they are followed by, cut off a referent's head */
const REFERENT_VERB = /^.*(?:建立健全|建立|健全|完善|开展|推进|进行|深化|实施|启动|实行|推行|试行)/u;
/** how far back an anaphor's referent is looked for */
const REFERENT_WINDOW = 160;

/**
 * "建立健全普通本科高校、高等和中等职业学校国家奖学金助学金制度,中央财政此项支出…增加到去年的98亿元" → 中央财政国家奖学金
 * 助学金支出 (NOTES 17); "在安徽等地开展农村税费改革试点,…。今年中央财政预算用于支持这项改革的资金将达305亿元" → …支持农村
 * 税费改革的资金: an anaphor in a metric is what the text before it names, of the kind it names (改革) or, without one, the
 * last system, policy, project or plan the clause before sets up (without that kind word).
 */
function anaphorResolved(ctx: SentenceContext, rows: Indicator[]): Indicator[] {
  return rows.map((r) => {
    if (r.metric.includes("方面")) return fieldsResolved(ctx, r);
    if (!r.metric.includes("项")) return r;
    const m = ANAPHOR.exec(r.metric);
    if (!m) return r;
    const from = Math.max(ctx.paraA, r.metricA - REFERENT_WINDOW);
    const before = ctx.text.slice(m[1] ? from : Math.max(from, ctx.sentA), r.metricA);
    const referent = referentIn(before, m[1]);
    return referent ? { ...r, metric: r.metric.replace(m[0], referent) } : r;
  });
}

/** an anaphor of several fields: "这些方面", "这方面", "这几个方面" */
const FIELDS_ANAPHOR = /这(?:些|几个)?方面/u;
/** a list of fields closed by their kind: "(我国)科技、教育、文化事业", "(加大对)科技、教育、…、体育事业" */
const FIELD_LIST_G = /((?:\p{Script=Han}{1,8}、)+\p{Script=Han}{1,6}?)(事业|领域)/gu;

/**
 * "我国科技、教育、文化事业重新出现了繁荣兴旺的局面。“六五”期间,国家财政用于这些方面的经费共为一千一百七十二亿元" →
 * 国家财政用于科技、教育、文化事业的经费: an anaphor of several fields is the last list of fields before it in its paragraph, its
 * first item cut to the length of the second (我国科技 → 科技, 加大对科技 → 科技).
 */
function fieldsResolved(ctx: SentenceContext, r: Indicator): Indicator {
  const m = FIELDS_ANAPHOR.exec(r.metric);
  if (!m) return r;
  const list = matches(FIELD_LIST_G, ctx.text.slice(Math.max(ctx.paraA, r.metricA - REFERENT_WINDOW), r.metricA)).pop();
  if (!list) return r;
  const items = list[1].split("、");
  items[0] = items[0].slice(-Math.max(2, items[1].length));
  return { ...r, metric: r.metric.replace(m[0], items.join("、") + list[2]) };
}

/** The last thing of `kind` (or of REFERENT_KINDS, its kind word dropped) that `before` names, its verb and modifiers cut. */
function referentIn(before: string, kind: string | undefined): string {
  const end = kind ? before.lastIndexOf(kind) : (matches(REFERENT_KINDS, before).pop()?.index ?? -1);
  if (end < 0) return "";
  const stop = Math.max(...[",", "，", ";", "；", "。", ":", "："].map((c) => before.lastIndexOf(c, end)));
  let phrase = before.slice(stop + 1, end).replace(REFERENT_VERB, "");
  // (past a 、 list of its owners: "普通本科高校、高等和中等职业学校国家奖学金助学金" → 国家奖学金助学金, after the first item's last character)
  const comma = phrase.lastIndexOf("、");
  if (comma > 0) {
    const cut = phrase.lastIndexOf(phrase[comma - 1]);
    if (cut > comma) phrase = phrase.slice(cut + 1);
  }
  phrase = phrase.replace(/^(?:等地|地)?/u, "");
  return /^\p{Script=Han}{2,16}$/u.test(phrase) ? phrase + (kind ?? "") : "";
}

/** a payer alone as a metric, with a time word and its kind of money: "中央财政五年支出", "中央财政" */
const PAYER_ALONE = /^(中央财政|国家财政)(?:五年|全年|共)?(支出|投入|资金)?$/u;
/** the money a payer's amount is, named right after it: "(中央财政的400亿元)补贴资金" */
const MONEY_AFTER = /^\p{Script=Han}{0,4}?(?:资金|经费)/u;
/** a sentence's opening clause saying its work was stepped up: "抗灾救灾工作全面加强", "新型农村合作医疗试点范围扩大到…" */
const WORK_OPENING = /^(\p{Script=Han}{2,10}?)(?:工作|试点范围|试点|范围)?(?:全面|进一步|不断|继续|持续)?(?:加强|扩大|推进|完善|深化)/u;

/**
 * A payer alone is paying for what its sentence is about: "抗灾救灾工作全面加强,中央财政五年支出551亿元" → 中央财政抗灾救灾
 * 支出 (the time word goes); "把中央财政的400亿元补贴资金用好用活" → 中央财政补贴资金 (the money named after the amount).
 */
function payerOfTopic(ctx: SentenceContext, rows: Indicator[]): Indicator[] {
  return rows.map((r) => {
    const m = r.metric.includes("财政") ? PAYER_ALONE.exec(r.metric) : null;
    if (!m) return r;
    const money = MONEY_AFTER.exec(ctx.text.slice(r.valueB, r.valueB + 8));
    if (money) return { ...r, metric: m[1] + money[0] };
    const comma = ctx.text.slice(ctx.sentA, r.metricA).search(/[,，;；]/u);
    const topic = comma > 0 ? WORK_OPENING.exec(ctx.text.slice(ctx.sentA, ctx.sentA + comma)) : null;
    return topic ? { ...r, metric: m[1] + topic[1] + (m[2] ?? "支出") } : r;
  });
}

/** a headless relative clause before its count: "(其中)限额以上的有(九百二十一个)", "在國外的有" */
const HEADLESS_BEFORE = /的(?:约|大约|大概|共)?有(?:近|约)?$/u;
/** the head noun of a whole's metric, after its last 的: "五年内施工的工矿建设单位" → 工矿建设单位 */
const WHOLE_HEAD = /(?:^|的)(\p{Script=Han}{2,8})$/u;

/**
 * "五年内施工的工矿建设单位有一万多个,其中限额以上的有九百二十一个" → 限额以上的工矿建设单位: a part named by a headless
 * relative clause after 其中 is of the whole the row before counts in the same unit ("現在共有黨員四百二十人,其中在國外的有四十四人"
 * → 在國外的黨員); read alone, 限额以上 or 在國外 names nothing.
 */
function headlessPart(ctx: SentenceContext, rows: Indicator[]): Indicator[] {
  return rows.map((r, i) => {
    const prev = rows[i - 1];
    if (!prev || prev.unitBase !== r.unitBase || r.metricAfterNumber || !HEADLESS_BEFORE.test(ctx.text.slice(Math.max(r.metricB, r.valueA - 6), r.valueA))) return r;
    const between = ctx.text.slice(prev.valueB, r.metricA);
    const whole = between.includes("其中") ? WHOLE_HEAD.exec(prev.metric.replace(/^(?:現在|现在)?(?:共有|总共|共)/u, ""))?.[1] : undefined;
    if (!whole || r.metric.includes(whole) || r.metric.length > 16) return r;
    return { ...r, metric: `${r.metric.replace(/的$/u, "")}的${whole}` };
  });
}

/**
 * The rows of a sentence, all read, completed from each other in order: places listed before one value read each,
 * the sentence's zone, a subject before a count, projects' investment, the work a clause before names, the standard
 * of peers, the noun of parallel counts, a locative's owner, parts of the year, sibling products, parts and totals of
 * a span, gaps between levels.
 */
function rowsCompleted(ctx: SentenceContext, found: Indicator[]): Indicator[] {
  let rows = placesEach(found);
  rows = zoneOfSentence(ctx, rows);
  rows = subjectBeforeCount(ctx, rows);
  rows = investmentOfProjects(ctx, rows);
  rows = workOfClauseBefore(ctx, rows);
  rows = standardOfPeers(ctx, rows);
  rows = nounOfParallelCounts(ctx, rows);
  rows = subjectOfLocative(ctx, rows);
  rows = economyOfYearParts(ctx, rows);
  rows = measureOfSiblingProduct(ctx, rows);
  rows = partsOfSpan(ctx, rows);
  rows = spanTotals(ctx, rows);
  rows = gapsOfLevels(ctx, rows);
  return headlessPart(ctx, payerOfTopic(ctx, anaphorResolved(ctx, budgetScopeOfSentence(ctx, rows))));
}

/**
 * A gap over a span right after a level of its metric dated to one year is the gap of that level, that year (not
 * an average over the span, which stays): "全社会研发经费投入强度由2.35%提高至2.95%、高于全国0.55个百分点" in a
 * review of 2018-2021 → 2021, as the level 2.95%.
 */
function gapsOfLevels(ctx: SentenceContext, rows: Indicator[]): Indicator[] {
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i];
    if (r.measure !== "gap" || r.perYear || !r.period.includes("-")) continue;
    const level = rows[i - 1];
    if (level.measure !== "level" || level.metric !== r.metric || level.period !== r.period.slice(-4)) continue;
    if (!/[;；。]/u.test(ctx.text.slice(level.valueB, r.valueA))) r.period = level.period;
  }
  return rows;
}

/** a part's own time, which dates it alone: "其中2002年…", "其中去年…" */
const OWN_TIME = /\d{4}年|[〇○零一二三四五六七八九]{4}年|今年|去年|上年|当年|全年|年底|年末/u;

/**
 * The parts after 其中 of a total over a span are amounts over that span too, not stocks at its end: "五年共计12319亿元,
 * 其中用于地方“两个确保”和“低保”的资金1777亿元,用于地方增加机关事业单位职工工资1755亿元" → 1998-2002 (in the unit of the
 * total, with no time of their own, up to the next semicolon).
 */
function partsOfSpan(ctx: SentenceContext, rows: Indicator[]): Indicator[] {
  if (rows.length < 2) return rows;
  const rel = ctx.text.slice(ctx.sentA, ctx.sentB).indexOf("其中"); // (cheap guard: most sentences hold no 其中)
  if (rel < 0) return rows;
  const at = ctx.sentA + rel;
  const whole = rows.findLast((r) => r.valueB <= at && !/[;；]/u.test(ctx.text.slice(r.valueB, at)));
  if (!whole || !whole.period.includes("-") || whole.measure !== "level") return rows;
  const end = whole.period.slice(-4);
  for (const r of rows) {
    if (r.valueA < at || r.measure !== "level" || r.unit !== whole.unit || r.period !== end || r.status !== whole.status) continue;
    const between = ctx.text.slice(at, r.valueA);
    if (/[;；。]/u.test(between) || OWN_TIME.test(between)) continue;
    r.period = whole.period;
  }
  return rows;
}

/** a total over a span of years in a number's clause: "第一个五年合计", "五年合计", "两年共计" */
const SPAN_TOTAL = /(第[一二三四五六七八九十]个五年|[两二三四五六七八九十]年(?:间)?)(?:的)?(合计|累计|共计|总计)/u;

/**
 * A level summed over a span of years whose period is one year keeps the span and its 合计 in the metric (gold NOTES 7,
 * as 累计 where the period is one year): "以钢的产量来说,第一个五年合计将达到一千六百三十万吨" in a report of 1957 →
 * 钢的产量第一个五年合计, "计划规定,五年合计国家财政收入为五千九百五十三亿元" (a plan to 1985) → 国家财政收入五年合计;
 * the metric alone would read as the output or revenue of that one year.
 */
function spanTotals(ctx: SentenceContext, rows: Indicator[]): Indicator[] {
  for (const r of rows) {
    if (r.measure !== "level" || !/^\d{4}$/u.test(r.period) || /合计|累计|共计|总计/u.test(r.metric)) continue;
    const clause = ctx.text.slice(Math.max(ctx.sentA, ctx.commaBefore(r.valueA)), r.valueA);
    const m = clause.includes("计") ? SPAN_TOTAL.exec(clause) : null; // (cheap guard: most clauses hold no 计)
    if (!m) continue;
    r.metric = r.metric + m[1] + m[2];
    r.metricId = metricInfo(r.metric, r.measure)?.id ?? "";
  }
  return rows;
}

/** the patterns here run only on a text holding one of their words (test/needing_guards.test.ts checks them on data/raw) */
export const FIND_GUARDED = { RANK_MOVED, SUM_VERB, PLACES_ONLY, PER_BASE_AFTER_VERB, COUNTED_TAIL, COMPLETED_INSIDE, POOL_SUBJECT, MOVED_OF_AFTER, MOVED_AFTER, KEPT_AFTER, RATIO_PART_BEFORE };
