/**
 * Canonical metric ids from `data/dictionary/indicators.json`: 地区生产总值,
 * 国内生产总值, GDP, 经济总量, 全省生产总值 → `gdp`.
 */
import { indicatorCues, indicatorDictionary, metricEdges, regions } from "./dictionary.ts";
import { alternation, endAnchored, patternAlternation } from "../text/regex.ts";
import { matches } from "../text/hot.ts";

export interface MetricInfo {
  id: string;
  name: string;
  english: string;
  category: string;
  direction: "up" | "down";
}

const byAlias = new Map<string, { info: MetricInfo; measures?: string[] }[]>();
for (const ind of indicatorDictionary.indicators) {
  const info = { id: ind.id, name: ind.name, english: ind.english, category: ind.category, direction: ind.direction ?? "up" };
  for (const a of ind.aliases) {
    const list = byAlias.get(a) ?? [];
    list.push({ info, measures: ind.measures });
    byAlias.set(a, list);
  }
}

const placeNames = regions.provinces.flatMap((p) => [p.name, ...p.short, ...p.cities.map((c) => c + "市"), ...p.cities]);
const LEADING = new RegExp(
  `^(?:${[...indicatorCues.scope, ...placeNames.sort((a, b) => b.length - a.length)].join("|")})`,
  "u",
);

/**
 * A metric without leading scope words and region names: "全省地区生产总值" → "地区生产总值".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(bareMetric("全省地区生产总值"), "地区生产总值");
 * assert.equal(bareMetric("辽宁省地区生产总值"), "地区生产总值");
 * ```
 */
export function bareMetric(metric: string): string {
  let m = metric;
  for (let i = 0; i < 4; i++) {
    const x = LEADING.exec(m);
    if (!x || x[0].length === m.length) break;
    m = m.slice(x[0].length);
  }
  return m;
}

/**
 * The dictionary entry for a metric as written, or null.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(metricInfo("全省生产总值", "growth")?.id, "gdp");
 * assert.deepEqual(metricInfo("经济", "growth")?.id, "gdp");
 * assert.deepEqual(metricInfo("经济", "level"), null);
 * assert.deepEqual(metricInfo("市场主体总量", "level")?.id, "market_entities");
 * // a gap of growth rates is of the level's indicator
 * assert.deepEqual(metricInfo("地区生产总值增速", "gap")?.id, "gdp");
 * ```
 */
export function metricInfo(metric: string, measure: string): MetricInfo | null {
  // the same metrics recur in every report: remember the answers (bounded)
  let byMetric = infoCache.get(measure);
  if (!byMetric) infoCache.set(measure, byMetric = new Map());
  const known = byMetric.get(metric);
  if (known !== undefined) return known;
  if (byMetric.size >= 50_000) byMetric.clear();
  const info = lookUp(metric, measure);
  byMetric.set(metric, info);
  return info;
}

/** A growth rate's noun at a metric's end (增速, 增幅, 增长率, 增长速度), after two characters or more. */
const RATE_END = /(?<=\p{Script=Han}{2})(?:增速|增幅|增长率|增长速度)$/u;

const infoCache = new Map<string, Map<string, MetricInfo | null>>(); // measure → metric → entry

function lookUp(metric: string, measure: string): MetricInfo | null {
  // (a stock's 规模 or 总量 names the same indicator: 一般公共预算支出规模, 市场主体总量)
  const stock = metric.replace(/(?<=\p{Script=Han}{2})(?:规模|总量)$/u, "");
  // (a gap of growth rates names the rate, 地区生产总值增速高于全国1.2个百分点: the indicator is the level's)
  const rate = measure === "gap" ? metric.replace(RATE_END, "") : metric;
  for (const m of [metric, bareMetric(metric), metric.replace(/^(城乡|全体|常住)/u, ""), stock, bareMetric(stock), rate, bareMetric(rate)]) {
    const hits = byAlias.get(m);
    const hit = hits?.find((h) => !h.measures || h.measures.includes(measure));
    if (hit) return hit.info;
  }
  return null;
}

/**
 * Every indicator of the dictionary, one row per id (first entry wins).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const rows = dictionaryRows();
 * assert.equal(rows.find((r) => r.id === "gdp")?.name, "地区生产总值");
 * assert.equal(new Set(rows.map((r) => r.id)).size, rows.length);
 * ```
 */
export function dictionaryRows(): MetricInfo[] {
  const seen = new Map<string, MetricInfo>();
  for (const ind of indicatorDictionary.indicators) {
    if (!seen.has(ind.id)) {
      seen.set(ind.id, { id: ind.id, name: ind.name, english: ind.english, category: ind.category, direction: ind.direction ?? "up" });
    }
  }
  return [...seen.values()];
}

const aliasesLongestFirst = [...byAlias.keys()].filter((a) => a.length >= 2).sort((a, b) => b.length - a.length);

/**
 * The longest dictionary alias a text starts with (after scope words), with
 * its offset in the text, or null.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(knownMetricAtStart("地区生产总值连跨4个千亿台阶"), { metric: "地区生产总值", at: 0 });
 * ```
 */
export function knownMetricAtStart(text: string): { metric: string; at: number } | null {
  const bare = bareMetric(text);
  const at = text.length - bare.length;
  const hit = aliasesLongestFirst.find((a) => bare.startsWith(a));
  return hit ? { metric: hit, at } : null;
}

/**
 * Whether a metric is known only as a growth ("经济", "经济增长"): its percentages are growth rates.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(growthOnly("经济增长"), true); // "经济增长6%左右"
 * assert.equal(growthOnly("地区生产总值"), false); // a level too: "地区生产总值达到1.2万亿元"
 * ```
 */
export function growthOnly(metric: string): boolean {
  const hits = byAlias.get(metric) ?? byAlias.get(bareMetric(metric));
  return !!hits && hits.every((h) => h.measures && h.measures.length === 1 && h.measures[0] === "growth");
}

const EDGE_HEAD = new RegExp(`^(?:${patternAlternation(metricEdges.head)})(?=.{2})`, "u");
const EDGE_TAIL = endAnchored(`(?<=.{2})(?:${patternAlternation(metricEdges.tail)})`); // (looks at the last unit first)
const EDGE_INNER = new RegExp(`(?<=.{2})(?:${patternAlternation(metricEdges.inner)})`, "gu");

/**
 * A metric without the adverbs, modals and prepositions at its edges (data/dictionary/metric_edges.json):
 * what is measured, not how or whether.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(trimEdges("钢产量拟"), "钢产量"); // "钢产量拟定为六百二十四万八千吨"
 * assert.equal(trimEdges("工业总产值仍然"), "工业总产值");
 * assert.equal(trimEdges("中央财政拟投入社会保障资金"), "中央财政投入社会保障资金");
 * assert.equal(trimEdges("积累率由"), "积累率"); // "积累率由1978年的36.5%,降为33.6%"
 * assert.equal(trimEdges("高技能人才"), "高技能人才"); // 人才 is a word
 * assert.equal(trimEdges("社会救助惠及"), "社会救助惠及"); // 惠及 is a word ("…、惠及310万人")
 * assert.equal(trimEdges("职工教育及"), "职工教育");
 * ```
 */
export function trimEdges(metric: string): string {
  // the same metrics recur in every report: remember the answers (bounded, as metricInfo's)
  const known = trimmed.get(metric);
  if (known !== undefined) return known;
  if (trimmed.size >= 50_000) trimmed.clear();
  const out = trimEdgesOnce(metric);
  trimmed.set(metric, out);
  return out;
}

const trimmed = new Map<string, string>();

function trimEdgesOnce(metric: string): string {
  let m = metric.replace(EDGE_INNER, "");
  for (let i = 0; i < 4; i++) {
    const n = m.replace(EDGE_HEAD, "").replace(EDGE_TAIL, "");
    if (n === m) break;
    m = n;
  }
  return m || metric;
}

/**
 * the last word before a product naming what of goods is measured: output (产量, 增产) or another measure (储量, 进口);
 * not the 产品 of a product's own name (水产品, 农产品, 畜产品: "…食用植物油增长…,水产品增长…,棉布增长" of goods sold)
 */
const MEASURE_WORD_G = new RegExp(`(?<![水农畜])(${alternation(metricEdges.output)})|${alternation(metricEdges.other_measures)}`, "gu");
const NOT_PRODUCT = new RegExp(`(?:${alternation(metricEdges.not_product)})$`, "u");
const NOT_PRODUCT_UNIT = new RegExp(`(?:${alternation(metricEdges.not_product_units)})$`, "u");
/** products that are an activity: their output is 量 (发电量), not 产量 (`output_by_amount`) */
const OUTPUT_BY_AMOUNT = new Set(metricEdges.output_by_amount);

/**
 * A bare product name standing as a list item in a sentence about output, as the product's output:
 * "主要产品产量增长:…棉纱增长29%" → 棉纱产量. `before` is the sentence up to the number, ending in the
 * metric and its verb (the item starts after a comma, colon or 、); `unit` is the number's.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(productOutput("棉纱", "主要产品产量增长:钢增长58%,棉纱增长", "%"), "棉纱产量");
 * assert.equal(productOutput("水泥", "化学肥料增产了十四万吨,水泥增产了将近", "万吨"), "水泥产量");
 * assert.equal(productOutput("发电", "主要产品产量增长的情况是:发电增长", "%"), "发电量"); // an activity's output
 * assert.equal(productOutput("工业", "主要产品产量增长:工业增长", "%"), "工业"); // a sector
 * assert.equal(productOutput("钢", "产量增长很快的如钢增长", "%"), "钢"); // not a list item
 * assert.equal(productOutput("棉纱", "棉纱出口增长", "%"), "棉纱"); // no output named
 * assert.equal(productOutput("十种有色金属", "原材料工业,钢产量3,500万吨,十种有色金属", "万吨"), "十种有色金属产量"); // kinds counted
 * assert.equal(productOutput("天然气", "应急时增产,勘探新增石油地质储量3000万吨、天然气", "亿立方米"), "天然气"); // reserves
 * assert.equal(productOutput("棉布", "日常消费品…如下的增长比例:粮食增长13.3%,水产品增长70.1%,棉布增长", "%"), "棉布"); // goods sold
 * ```
 */
export function productOutput(metric: string, before: string, unit: string): string {
  if (!PRODUCT_NAME.test(metric) || NOT_PRODUCT.test(metric) || NOT_PRODUCT_UNIT.test(unit)) return metric;
  const at = before.lastIndexOf(metric);
  if (at < 0 || (at > 0 && !/[,;:、，；：]/u.test(before[at - 1])) || metricInfo(metric, "level")) return metric;
  const last = matches(MEASURE_WORD_G, before).pop();
  if (!last || !last[1]) return metric;
  return outputOf(metric);
}

/** a product's name in a list of outputs, its count of kinds kept: "钢", "十种有色金属" (1980) */
const PRODUCT_NAME = /^(?:[一二三四五六七八九十两]{1,2}种)?\p{Script=Han}{1,5}$/u;

/**
 * The output of a product: its 产量, or its 量 when the product is an activity (`output_by_amount`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(outputOf("钢"), "钢产量");
 * assert.equal(outputOf("发电"), "发电量");
 * ```
 */
export function outputOf(product: string): string {
  return product + (OUTPUT_BY_AMOUNT.has(product) ? "量" : "产量");
}

/**
 * A metric read as an activity's 产量 by any rule (a list's output word spread onto its items), as its 量.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(outputNamed("发电产量"), "发电量");
 * assert.equal(outputNamed("煤产量"), "煤产量");
 * ```
 */
export function outputNamed(metric: string): string {
  return metric.endsWith("产量") && OUTPUT_BY_AMOUNT.has(metric.slice(0, -2)) ? outputOf(metric.slice(0, -2)) : metric;
}

const ABSOLUTE_CHANGE_END = new RegExp(`(?:${patternAlternation(metricEdges.absolute_change)})$`, "u");
/** the groups of a pattern without groups inside them, each with its quantifier */
const GROUPS_G = /\((?:[^()\\]|\\.)*\)(?:[?*+]|\{\d*,?\d*\})?\??/gu;
/** A pattern without its groups (innermost first, until none is left), or null when one is left unread. */
function withoutGroups(p: string): string | null {
  for (let s = p, i = 0; i < 20; i++) {
    const t = s.replace(GROUPS_G, "");
    if (t === s) return s.includes("(") ? null : s;
    s = t;
  }
  return null;
}
/**
 * 绝 when every absolute_change pattern holds 绝对 outside any group, class, escape or alternative, so that every
 * match holds 绝 (absoluteChange's guard); else "" and every metric is tried
 */
const ABSOLUTE_UNIT = metricEdges.absolute_change.every((p) => {
  const bare = withoutGroups(p);
  return bare !== null && !/[|[\\]/u.test(bare) && bare.includes("绝对");
}) ? "绝" : "";

/**
 * What a metric ending in the absolute amount of a change (data/dictionary/metric_edges.json `absolute_change`)
 * is a change of: the words before it ("" when none), or null when the metric names no such amount.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { absoluteChange } from "./metrics.ts";
 * assert.equal(absoluteChange("粮食增加的绝对数"), "粮食"); // "一九五九年粮食增加的绝对数将达到三千亿斤"
 * assert.equal(absoluteChange("增长的绝对数"), ""); // "…计划增长百分之六十二,增长的绝对数却是六百九十二万吨"
 * assert.equal(absoluteChange("粮食产量"), null);
 * ```
 */
export function absoluteChange(metric: string): string | null {
  // (trimEdges only takes words out, so a metric without the 绝 of 绝对 cannot end in one: no lookup, no regex)
  if (ABSOLUTE_UNIT && !metric.includes(ABSOLUTE_UNIT)) return null;
  metric = trimEdges(metric); // 增长的绝对数却
  const m = ABSOLUTE_CHANGE_END.exec(metric);
  return m ? trimEdges(metric.slice(0, m.index)).replace(/^的|的$/u, "") : null;
}
