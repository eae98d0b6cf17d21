/**
 * Metrics that lost their subject, completed from the sentence around them, and metrics that name nothing,
 * dropped (data/dictionary/metric_subjects.json; README "Subjects lost and metrics that name nothing"):
 * a sentence-head list item ("原煤:…五年内增加的年产能力为…" → 原煤增加的年产能力), the quantity a colon lead
 * names for its items ("新增加的生产能力有:…磷肥五十四万八千吨" → 磷肥新增生产能力), a share's base and
 * numerator ("在工业基本建设投资中,制造生产资料工业的投资占…"), a topic clause before a generic head
 * ("煤炭工业建设,五年投资…" → 煤炭工业建设投资) and an anaphor's antecedent (这些农场 → 国营机械化农场).
 */
import { metricSubjects as dict } from "../../dictionary/dictionary.ts";
import { outputOf, productOutput, trimEdges } from "../../dictionary/metrics.ts";
import { alternation as alt, needing, patternAlternation } from "../../text/regex.ts";
import { afterLast, charClass, lastWithin, matches } from "../../text/hot.ts";
import { type Clause, metricAfter, readClause } from "./clause.ts";
import { metricWords } from "./classify.ts";
import type { SentenceContext } from "./context.ts";
import { BARE_TIME, cues, FLOW_VERB_KEPT, RATE_OR_SHARE_END } from "./patterns.ts";
import type { Quantity } from "../numbers/numbers.ts";
import type { Indicator } from "./row.ts";

/** a sentence's head naming what its figures are about: "原煤:", "冶金机械和矿山机械:" */
const LIST_HEAD = needing([":", "："], "^((?:\\p{Script=Han}|[()（）]){1,16})[:：]"); // (run only on a head holding a colon)
const HEAD_NOT = new RegExp(`(?:${alt(dict.list_head_not)})$|^(?:${alt(dict.list_head_not_start)})`, "u");
/** a topic announced before a colon: "工农业总产值的情况也是这样", "在工业农业总产值方面" */
const TOPIC_HEAD = /^(?:在)?(\p{Script=Han}{2,12}?)(?:方面|的情况(?:也是这样|是这样|如下)?)$/u;
/** a colon lead naming the quantity of each item after it: "…新增加的生产能力有:", "…招生人数,大致估算为:" */
// (over a note and who holds it: "新增加的工业生产能力(按年产量计算),仅中央各部所属的企业就有:"; not a share of the
// head: "在工业总产值中所占的比重将变化如下:")
const LEAD_HEAD = new RegExp(`(${alt(dict.lead_heads)})[^:：;。\\d占]{0,24}$`, "u");
const ADVERBS = alt(dict.share_adverbs);
/** a share written without its base: "制造生产资料工业的投资占", "用于国家建设事业的约占" */
const SHARE_END = needing(["占"], `^(.{2,}?|(?:${ADVERBS})*)(?:${ADVERBS})*占(?:到)?$`); // (the share patterns run only on a metric holding 占)
/** a share written without its numerator: "共占本年支出", "占五年投资总额" */
const SHARE_HEAD = needing(["占"], `^(?:${ADVERBS})*占(.{2,})$`);
/** the whole of which a share is a part, before it: "在工业基本建设投资中,", "在社会零售总额中", "新增加的产值中," */
const SHARE_BASE = /(?:^|[,，:：在])([^,，;:：。在\d]{2,24}?)中(?:所占的比重[^,;。]*?)?[,，:：]/gu;

/** The last whole "在X中," named in the look-back before a metric (SHARE_BASE), or "" when none is. */
function lastBase(ctx: SentenceContext, at: number): string {
  return matches(SHARE_BASE, ctx.text.slice(Math.max(ctx.sentA, at - LOOK_BACK), at)).at(-1)?.[1] ?? "";
}
const ANAPHOR = new RegExp(`^(?:${alt([...dict.anaphors].sort((a, b) => b.length - a.length))})`, "u");
const SHARE_ADVERB_END = new RegExp(`(?:${ADVERBS})+$`, "u");
const SHARE_ADVERB_ONLY = new RegExp(`^(?:${ADVERBS})+$`, "u");
/** a base that names a quantity: 财政支出, 社会零售总额, 基本建设投资 */
const QUANTITY_END = /(?:额|值|量|数|支出|收入|投资|经费|资金)$/u;
/** a year or span at a base's head, or the country: "一九五四年全国的基本建设投资", "五年内的工业基本建设的投资" */
const BASE_TIME = /^(?:(?:[〇○零一二三四五六七八九十\d]{1,4}年(?:内|中|来)?)?(?:全国)?的?)/u;
/** a topic a generic head names the sector of: "煤炭工业建设", "交通运输和邮电通信建设" */
const TOPIC_END = /(?:建设|工业|工程|事业|农业|部门)$/u;
const GENERIC = new RegExp(`^(?:${alt(dict.generic)})$`, "u");
const NOTHING = new RegExp(`^(?:${patternAlternation(dict.nothing)})$`, "u");
const PRODUCT = new Set(dict.products);
/** how far back the rules here look for a lead, a base or an antecedent (a one-line report has sentences of megabytes) */
const LOOK_BACK = 200;

/** the one-character classes lastOf is given, each as a table by UTF-16 unit (charClass), by source (a regex
 * literal in a function is a new object on every call) */
const CLASS_TABLES = new Map<string, Uint8Array>();

/** The last position in `text[a, b)` of a character matching `re` (one character class), or -1: a bounded look-back. */
function lastOf(text: string, re: RegExp, a: number, b: number): number {
  let table = CLASS_TABLES.get(re.source);
  if (!table) CLASS_TABLES.set(re.source, table = charClass(re));
  for (let k = b - 1; k >= a; k--) if (table[text.charCodeAt(k)]) return k;
  return -1;
}

/** a closing bracket: the rules reading a note cut by a comma look for one first */
const CLOSES = needing([")", "）"], "[)）]");
/** a number in a clause, digits or written */
const HAS_NUMBER = /\d|[〇零一二三四五六七八九十两百千][〇零一二三四五六七八九十百千万亿]/u;
const YEAR_G = /(?:\d{4}|[〇○零一二三四五六七八九]{4})年/gu;
/** where a clause that only names a subject ends: a domain after 是/为 ("…的重点是能源、交通建设") */
const DOMAIN_AFTER = /(?:是|为|在于)([^,;:。是为]{2,16})$/u;

/**
 * Whether a metric, as the row gets it, names nothing: a character that is no product, a locative (项目中,
 * 在这些企业中), a verb alone (出), an anaphor left unresolved (这方面的招生人数).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { namesNothing } from "./subject.ts";
 * assert.equal(namesNothing("经"), true);
 * assert.equal(namesNothing("项目中"), true);
 * assert.equal(namesNothing("这方面的招生人数"), true);
 * assert.equal(namesNothing("钢"), false);
 * assert.equal(namesNothing("工业总产值"), false);
 * ```
 */
export function namesNothing(metric: string): boolean {
  const known = NOTHING_MEMO.get(metric);
  if (known !== undefined) return known;
  const nothing = [...metric].length === 1 ? !PRODUCT.has(metric) : NOTHING.test(metric) || ANAPHOR.test(metric);
  // (the same few thousand metrics come back row after row; the two alternations are long)
  if (NOTHING_MEMO.size >= 50_000) NOTHING_MEMO.clear();
  NOTHING_MEMO.set(metric, nothing);
  return nothing;
}
const NOTHING_MEMO = new Map<string, boolean>();

/** The clause before a comma just before `at`, when it holds no number: "五年的财政支出,", "煤炭工业建设,". */
function namingBefore(ctx: SentenceContext, at: number, longest = 20): Clause | null {
  const { text } = ctx;
  let end = at;
  while (end > ctx.sentA && /[\s“"]/u.test(text[end - 1])) end--;
  if (end <= ctx.sentA || !/[,，]/u.test(text[end - 1])) return null;
  // (over a bracketed note: "我国的工业总产值(不包括手工业产值,下同),", "能源消耗总量(按…7,000大卡的标准煤计算),")
  let close = end - 1;
  if (/[)）]/u.test(text[close - 1] ?? "")) {
    const k = lastOf(text, /[(（]/u, Math.max(ctx.sentA, close - 40), close);
    if (k > ctx.sentA) close = k;
  }
  const start = Math.max(ctx.sentA, ctx.commaBefore(close));
  const said = text.slice(start, close === end - 1 ? end - 1 : close);
  end = start + said.length + 1;
  // (a year names when, not how much: "1955年国家决算用于社会文教事业的支出,共占…")
  if (HAS_NUMBER.test(said.replace(YEAR_G, "")) || said.length > 30) return null;
  const c = readClause(text, start, end - 1);
  return c.metric.length >= 2 && c.metric.length <= longest ? c : null;
}

/** an example's marker at a metric's head (not 如期, 如实, 如果, 如何, 如此) */
const EXAMPLE_HEAD = /^(?:例如|比如|如)(?![期实果何此今下同])(?=\p{Script=Han})/u;
const SPEAKER = new RegExp(`^(?:${patternAlternation(dict.pronoun_heads)})(?=\\p{Script=Han}{2})`, "u");
/** a year at a metric's head, which dates the figure and is no part of what it measures: "一九九○年工农业总产值" */
const YEAR_HEAD = /^(?:[〇○零一二三四五六七八九]{4}|\d{4})年(?:底|末)?的?(?=\p{Script=Han}{2})(?!以来|以前|前|到|至|底)/u;

/**
 * A metric that is only a time word once its edges are trimmed ("到了一九五七年已经", "在一九五四年将") takes the
 * subject of the row before in the sentence, or of the clause before it that names one.
 */
function bareLeft(ctx: SentenceContext, span: Clause, rows: Indicator[]): Clause {
  // (the tail of a bracketed note a comma cut, "我国的工业总产值(不包括手工业产值,下同)", is the noun before the note)
  if (CLOSES.held(span.metric) && /^[^(（]{1,12}[)）]$/u.test(span.metric)) {
    const open = lastOf(ctx.text, /[(（]/u, Math.max(ctx.sentA, span.metricA - 40), span.metricA);
    const noun = open > ctx.sentA ? readClause(ctx.text, Math.max(ctx.sentA, ctx.commaBefore(open)), open) : null;
    if (noun && noun.metric.length >= 2 && !HAS_NUMBER.test(noun.metric)) return { ...span, metric: noun.metric, metricA: noun.metricA, metricB: noun.metricB };
  }
  if (!span.metric || !BARE_TIME.test(metricWords(span.metric, false, false).metric)) return span;
  const prev = rows.findLast((r) => !r.metricAfterNumber);
  if (prev) return { ...span, metric: prev.metric, metricA: prev.metricA, metricB: prev.metricB };
  const named = namingBefore(ctx, span.metricA);
  return named ? { ...span, metric: named.metric, metricA: named.metricA, metricB: named.metricB } : span;
}

/**
 * "钢产量比上年增加270万吨,而能源消耗总量(按…7,000大卡的标准煤计算),比上年降低了100万吨": a subject carried from
 * the row before gives way to a clause after that row naming an amount of its own (over a bracketed note); a list of
 * items may run to 30 characters ("生铁、钢、煤炭、发电设备、机车、汽车、动力机械等产品的产量,都比一九五七年增长一倍以上", 1959).
 */
function newSubject(ctx: SentenceContext, q: Quantity, span: Clause, rows: Indicator[]): Clause {
  const prev = rows[rows.length - 1];
  if (!prev || span.metric !== prev.metric || span.metricA !== prev.metricA) return span;
  const named = namingBefore(ctx, ctx.breakBefore(q.a), 30);
  // (not the last addend of a sum: "…,加上减免农村税收、增加进口商品价格补贴等方面的支出,共达一千四百多亿元")
  if (!named || named.metricA <= prev.valueB || ANAPHOR.test(named.metric) || named.metric.startsWith("加上")) return span;
  // (as written up to its note or comma: the clause reader peels 总量 off "能源消耗总量")
  const end = named.metricA + ctx.text.slice(named.metricA, Math.min(ctx.sentB, named.metricA + 24)).search(/[(（,，]|$/u);
  // (or a share: "…支出等于一九五〇年的六倍半;经济建设费占整个财政支出的比重,也从…增加到…")
  const metric = [ctx.text.slice(named.metricA, end), named.metric].map((x) => x.replace(/^而/u, "")).find((x) => (QUANTITY_END.test(x) || /(?:比重|比例)$/u.test(x)) && x.length <= (x.includes("、") ? 30 : 24));
  return metric ? { ...span, metric, metricA: named.metricA, metricB: named.metricA + metric.length } : span;
}

const STUDENTS = new RegExp(`^(?:${alt(dict.student_words)})$`, "u");
const SCHOOL = alt([...dict.school_words].sort((a, b) => b.length - a.length));
/** the school a clause names last, as the run of characters ending in a school word: "三万多所农业中学" → 农业中学 */
const SCHOOL_LAST = new RegExp(`(\\p{Script=Han}{0,10}?(?:${SCHOOL}))(?!.*(?:${SCHOOL}))`, "u");

/**
 * "1956年全国高等学校新招生16.3万人,毕业学生6.4万人,在校学生将达到38万余人;中等专业学校新招生…,在校学生达到…":
 * students counted without their school take the school named last before them in the sentence (bracketed
 * notes aside: "普通中学(包括高中和初中)", "成人高等学校,包括电视大学、函授大学…").
 */
function schoolOf(ctx: SentenceContext, span: Clause): Clause {
  if (!STUDENTS.test(metricWords(span.metric, false, false).metric)) return span;
  const before = ctx.text.slice(Math.max(ctx.sentA, span.metricA - LOOK_BACK), span.metricA).replace(/[(（][^)）]*[)）]/gu, "").replace(/包括[^,;。]*$|包括[^,;。]*[,;]/gu, "");
  const m = SCHOOL_LAST.exec(before);
  // (not a named school of a list: "新疆和田学院、新疆天山职业技术大学…挂牌招生,…学生净增")
  if (!m || /、$/u.test(before.slice(0, m.index).replace(/\p{Script=Han}+$/u, ""))) return span;
  const school = m[1].replace(/^.*[的所办有在由了年]/u, "").replace(/^(?:全国|我国|各地)/u, "");
  return school.length >= 2 ? { ...span, metric: school + metricWords(span.metric, false, false).metric } : span;
}

/**
 * "有百分之二十四的国营工业企业存在着程度不同的亏损": a share of the things after it, and what is said of them; one character
 * or a short bracket may name them ("90%的县达到…", "90%以上的村(社区)配备…", audit p5 round 19).
 */
const SHARE_OF_AFTER = /^(?:以上|左右|多)?的((?:(?!的)\p{Script=Han}|\([^(),;。]{1,4}\)){1,12}?)((?:存在|不同程度|已经|已|都|均|也|没有|未|出现|实现|达到|增加|提高|完成|超额|参加|加入|享受|拥有|建有|配备|开通|纳入|建成|建立|开展|用于|投向|由|有)(?:[^,;:。!?、]|、(?![\d〇一二三四五六七八九十百])){1,14})(?=[,;:。!?]|$|、[\d〇一二三四五六七八九十百])/u;

/** what the share of a group does, right after its number: "(有百分之二十到三十)过着略有积余的生活;", "(67.5%)留辽就业" */
const DONE_BY_SHARE = /^(?:左右|以上|多)?((?:过着|过上|留|从事|参加|加入|住在|生活在|属于|享受|获得|使用|提供)[^,，;；:。!?、\d]{1,14})(?=[,，;；。!?]|$)/u;
/** words that hedge a group's share, off its name: "我国农民大体上", "农户中" */
const SHARE_HEDGE = /(?:大体上|大约|大致|约|中|里|当中)$/u;

/**
 * A share of a group told by what that part does, after the number: "目前我国农民大体上有百分之二十到三十过着略有积余的生活;
 * 有60%左右过着有吃有穿的生活" (1957) → 过着略有积余的生活的农民占比, 过着有吃有穿的生活的农民占比 (not 我国农民大体上).
 */
function shareByVerbAfter(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  const t = ctx.text, k = q.b + (t.startsWith("左右", q.b) || t.startsWith("以上", q.b) ? 2 : t[q.b] === "多" ? 1 : 0);
  if (q.unit !== "%" || !span.metric || !DONE_BY_SHARE_FIRST.has(t[k])) return span;
  const m = DONE_BY_SHARE.exec(ctx.text.slice(q.b, Math.min(ctx.sentB, q.b + 24)) + (q.b + 24 >= ctx.sentB ? "。" : ""));
  // (a share carried from the row before names its group last: "过着略有积余的生活的农民占比" → 农民)
  const carried = span.metric.endsWith("占比") ? span.metric.slice(span.metric.lastIndexOf("的") + 1, -2) : "";
  const group = (carried || metricWords(span.metric, false, false).metric.replace(SHARE_HEDGE, "").replace(/^(?:我国|全国|我省|全省|我市|全市|为)/u, "")).replace(AIM_HEAD, "");
  if (!m || group.length < 2 || /[\d%]/u.test(group)) return span;
  return { ...span, metric: `${m[1]}的${group}占比`, verb: "", growthNoun: false, declineNoun: false };
}
/** an aim before the group a share is of, not the group: "尽快实现(制造业企业)" (100%使用清洁和绿色电力) */
const AIM_HEAD = /^(?:尽快|逐步|全面|基本)?(?:实现|推动|确保|力争)/u;
/** the first characters DONE_BY_SHARE's verbs open with (a cheap guard) */
const DONE_BY_SHARE_FIRST = new Set(["过", "留", "从", "参", "加", "住", "生", "属", "享", "获", "使", "提"]);

/** a share's clause up to its number naming the whole it is of: "占全国人口", "覆盖中西部地区", "惠及" */
const WHOLE_HEAD = /^(?:已经|已|并|可|共)?(占|覆盖|惠及)(\p{Script=Han}{0,10}?)$/u;
/** what a share of a whole is of, after it, and (after 占) what is said of it: "的地区基本普及九年义务教育," */
const PART_AFTER_SHARE = /^(?:以上|左右|多)?的(\p{Script=Han}{2,6}?)(\p{Script=Han}{2,16})(?=[,，;；:。!?]|$)/u;
const COVERED_AFTER = /^(?:以上|左右|多)?的(\p{Script=Han}{2,12})(?=[,，;；:。!?]|$)/u;

/**
 * A percentage between the whole it is of and the part it measures, "N%的X": "占全国人口65%的地区基本普及九年义务教育"
 * (1998) → 基本普及九年义务教育的地区占全国人口比重; "覆盖中西部地区80%以上的农村中小学" → 覆盖中西部地区农村中小学比例;
 * "…提供助学金,每人每年1500元,惠及90%的在校生" → 惠及在校生比例 (not the row before's subject).
 */
function shareOfWholeBefore(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  if (q.unit !== "%" || (ctx.text[q.b] !== "的" && !/^(?:以上|左右|多)的/u.test(ctx.text.slice(q.b, q.b + 3)))) return span;
  const head = WHOLE_HEAD.exec(ctx.text.slice(Math.max(ctx.sentA, ctx.breakBefore(q.a)), q.a));
  if (!head) return span;
  const after = ctx.text.slice(q.b, Math.min(ctx.sentB, q.b + 30)) + (q.b + 30 >= ctx.sentB ? "。" : "");
  const m = head[1] === "占" ? PART_AFTER_SHARE.exec(after) : COVERED_AFTER.exec(after);
  if (!m || (head[1] === "占" && !head[2])) return span;
  const metric = head[1] === "占" ? `${m[2]}的${m[1]}占${head[2]}比重` : `${head[1]}${head[2]}${m[1]}比例`;
  return { ...span, metric, verb: "", growthNoun: false, declineNoun: false };
}

/** places or bodies right after a share with no 的, and what they do: "(50%以上)村卫生室实现与乡镇卫生院一体化管理", "(90%以上)村庄达到…" */
const BARE_PLACES_AFTER = /^(?:以上|左右|多)?(\p{Script=Han}{0,6}(?:村|村庄|村卫生室|县|县区|县(?:\(市、区\))|乡镇|学校|医院|企业))((?:基本|全部|全面)?(?:实现|达到|建成|配备|开通|纳入|建有)(?:[^,;:。!?、]|、(?![\d〇一二三四五六七八九十百])){1,14})(?=[,;:。!?]|$|、[\d〇一二三四五六七八九十百])/u;

/**
 * "全国农民从集体分得的平均收入增加了百分之十七点七;全国百分之六十的职工不同程度地增加了工资": a percentage before
 * "的X" and what is said of X is the share of X it says that of, not the subject carried from the row before
 * (→ 不同程度地增加了工资的职工占比).
 */
function shareOfWhatFollows(ctx: SentenceContext, q: Quantity, span: Clause, rows: Indicator[]): Clause {
  const prev = rows[rows.length - 1];
  if (q.unit !== "%" || !prev || span.metric !== prev.metric) return span;
  const after = ctx.text.slice(q.b, Math.min(ctx.sentB, q.b + 30)) + (q.b + 30 >= ctx.sentB ? "。" : "");
  const m = SHARE_OF_AFTER.exec(after) ?? BARE_PLACES_AFTER.exec(after);
  if (!m) return span;
  const metric = `${m[2].replace(/^(?:已经|已|都|均|也)/u, "")}的${m[1]}占比`;
  // (a level: the change carried with the subject was the row before's)
  return metric.length <= 30 ? { ...span, metric, metricA: q.b, metricB: q.b + m[0].length, verb: "", growthNoun: false, declineNoun: false } : span;
}

/**
 * "一九五七年的在校学生人数,比一九五六年,高等学校增长百分之九点七,普通中学增长百分之十五,小学增长百分之五点五": a
 * sentence led by a count of people names it for every short item after it (小学 → 小学在校学生人数).
 */
function leadPeople(ctx: SentenceContext, span: Clause): Clause {
  if (span.metric.length > 6) return span; // (a short item only, below: the lead is not read for another)
  const lead = /^([^,;:。\d]{2,24}?)[,，]/u.exec(ctx.text.slice(ctx.sentA, span.metricA));
  // (a short noun item with its verb right after it, not one that already names people: 高中招生人数)
  if (!lead || span.metric.length > 6 || span.metricA < ctx.sentA + lead[0].length || HAS_NUMBER.test(span.metric) || /(?:人数|学生|生)$/u.test(span.metric)) return span;
  if (!/^(?:增长|增加|减少|下降|降低|提高|为|有|达到|是)/u.test(ctx.text.slice(span.metricB, span.metricB + 3))) return span;
  const noun = readClause(ctx.text, ctx.sentA, ctx.sentA + lead[1].length).metric.replace(BASE_TIME, "");
  if (!/(?:人数|学生)$/u.test(noun) || HAS_NUMBER.test(noun.replace(YEAR_G, "")) || span.metric.includes(noun)) return span;
  return { ...span, metric: span.metric + noun };
}

/** "我们派出留学生" → 派出留学生, "一九九○年工农业总产值" → 工农业总产值: the speaker and a year at the head are dropped. */
function withoutSpeaker(ctx: SentenceContext, q: Quantity, span: Clause, rows: Indicator[]): Clause {
  // (an example's marker, "如铁增长…" → 铁产量 in a sentence about output, "如一九五七年钢材的自给率"; 有 after 还/已/共,
  // "还有限额以下的建设单位")
  const example = EXAMPLE_HEAD.exec(span.metric);
  let metric = (example ? span.metric.slice(example[0].length) : span.metric).replace(SPEAKER, "").replace(YEAR_HEAD, ""); // (the marker found, not sought again)
  if (example) metric = productOutput(metric, `${ctx.intro ?? ""}${ctx.text.slice(Math.max(ctx.sentA, span.metricA - LOOK_BACK), span.metricA)},${metric}`, q.unit);
  if (/[还已共也都就另]$/u.test(ctx.text[span.metricA - 1] ?? "") && /^有(?=\p{Script=Han}{3})/u.test(metric)) metric = metric.slice(1);
  // (a completion written after the amount: "…支出1,497,616,000元,为预算数的114.13%" → …支出为预算数)
  const prev = rows[rows.length - 1];
  if (prev && !prev.metric.includes(metric) && /^(?:为|相当于)(?:预算数|预算|原计划|原定计划|计划)$/u.test(metric) && /^[,，]/u.test(ctx.text.slice(prev.valueB, span.metricA))) {
    metric = prev.metric + metric;
  }
  // (a topic framed "以…来说": "以钢的产量来说,第一个五年合计将达到…" → 钢的产量)
  metric = metric.replace(/^以(.{2,}?)(?:来说|而言)$/u, "$1");
  return metric === span.metric ? span : { ...span, metric };
}

const CHAIN_VERB = alt([...dict.chain_verbs].sort((a, b) => b.length - a.length));
const CHAIN_HEAD = new RegExp(`^(?:${CHAIN_VERB})`, "u");
/** the verbs a chain shares before the metric's own, after a time word at most: "两年来新建、改建、", "一九五四年新建、" */
const VERB_CHAIN = new RegExp(`^[^、]{0,8}?((?:(?:${CHAIN_VERB})[、和及])+)$`, "u");

/** "两年来新建、改建、扩建农村寄宿制学校2400多所": the count covers every verb of the chain, so they join the metric. */
function verbChain(ctx: SentenceContext, span: Clause): Clause {
  const { text } = ctx;
  if (!"、和及".includes(text[span.metricA - 1] ?? "x") || !CHAIN_HEAD.test(span.metric)) return span;
  const c0 = Math.max(ctx.sentA, ctx.commaBefore(span.metricA), span.metricA - LOOK_BACK);
  const m = VERB_CHAIN.exec(text.slice(c0, span.metricA));
  return m ? { ...span, metric: m[1] + span.metric, metricA: span.metricA - m[1].length } : span;
}

/** the verb a modifier list follows, or its list marker, cut off its first item: "安排教育、", "(四)逮捕后宽大处理、" */
const LIST_LEAD = /^.*(?:安排|用于|用於|包括|支付的|在|将|將|把|对|對|为|爲)|^[(（][一二三四五六七八九十]+[)）]/u;
/** an item that is a count, a year or an adverb, not a modifier: "二十五個省", "一九八一", "主动地" */
const ITEM_NOT = /[\d０-９]|[〇○零一二三四五六七八九十两百千][个個项項所条條家种種年]|^[〇○零一二三四五六七八九十两百千万]+$|地$|[,，;；:：。“”]/u;

/**
 * "第六个五年计划安排教育、科学、文化、卫生、体育事业的经费占…" → 教育、科学、文化、卫生、体育事业的经费: a metric
 * that opens right after 、 with a short modifier and 的 shares its head with the plain items before it (no number,
 * no count of their own), back to the clause's start or the verb the list follows.
 */
function modifierList(ctx: SentenceContext, span: Clause, rows: Indicator[]): Clause {
  const { text } = ctx;
  if (text[span.metricA - 1] !== "、" || !/^[^、的]{1,10}的/u.test(span.metric) || !text.startsWith(span.metric.slice(0, 2), span.metricA)) return span;
  const c0 = Math.max(ctx.sentA, ctx.commaBefore(span.metricA), span.metricA - 60);
  const prev = rows[rows.length - 1];
  if (prev && prev.valueB > c0) return span;
  const items = text.slice(c0, span.metricA - 1).replace(/^[,，;；:：。]/u, "").split("、");
  items[0] = items[0].replace(LIST_LEAD, "");
  if (items[0].length > 14 || items.some((x, i) => !x || (i > 0 && x.length > 10) || ITEM_NOT.test(x))) return span;
  const head = items.join("、") + "、";
  return { ...span, metric: head + span.metric, metricA: span.metricA - head.length };
}

/** "原煤:全部建成后增加的年产能力将为…": a short sentence head before a colon is what the figures after it are about. */
function listHead(ctx: SentenceContext, span: Clause): Clause {
  const m = LIST_HEAD.exec(ctx.text.slice(ctx.sentA, ctx.sentA + 20));
  // (a topic announced, "工农业总产值的情况也是这样:", "在工业农业总产值方面:", is the whole of a metric cut to its tail)
  const topic = m && TOPIC_HEAD.exec(m[1]);
  const tail = metricWords(span.metric, false, false).metric;
  if (topic && topic[1].endsWith(tail)) {
    return { ...span, metric: topic[1] };
  }
  if (!m || HEAD_NOT.test(m[1]) || span.metricA < ctx.sentA + m[0].length || span.metric.includes(m[1])) return span;
  if (/[一二三四五六七八九十两〇]/u.test(m[1])) return span;
  return { ...span, metric: m[1] + metricWords(span.metric, false, false).metric };
}

/** "新增加的生产能力有:合成氨四万七千吨,磷肥五十四万八千吨" → 磷肥新增生产能力: the lead's quantity goes after each short item. */
function leadHead(ctx: SentenceContext, span: Clause): Clause {
  const { text } = ctx;
  const colon = lastOf(text, /[:：]/u, Math.max(ctx.sentA, span.metricA - LOOK_BACK), span.metricA);
  if (colon < ctx.sentA || span.metric.length > 12 || HAS_NUMBER.test(span.metric)) return span;
  const lead = text.slice(ctx.sentA, colon);
  const m = LEAD_HEAD.exec(lead);
  // (a longer item only after a list announced: "…将达到的年产能力如下:抚顺矿务局所属煤矿为…")
  if (!m || (span.metric.length > 6 && !/如下$/u.test(lead)) || span.metric.includes(m[1]) || /[量值额率数]$|能力$/u.test(span.metric)) return span;
  // (新增加的/增加的 is the flow verb of the capacity, written in front as the gold writes 新增)
  return { ...span, metric: ownerOfLead(lead.slice(0, m.index)) + span.metric + m[1].replace(/^(?:新增加的|增加的)/u, "新增") };
}

/** the body a lead names before its quantity with 的, opening the sentence: "群众自办的学校的(招生人数)" (not the goods it lists: "有几项重要产品的产量") */
const LEAD_OWNER = /^(\p{Script=Han}[^,，;；:：\d有]{0,12}(?:学校|單位|单位|企业|機構|机构|部门|工厂|合作社))的$/u;

/** "群众自办的学校的招生人数,大致估算为:高中一万人" → 群众自办的学校高中招生人数: whose the items' quantity is (audit sc round 20). */
function ownerOfLead(before: string): string {
  return before.endsWith("的") ? LEAD_OWNER.exec(before)?.[1] ?? "" : "";
}

/**
 * The numerator of a share written alone (占…), from the row right before it across a comma: its amount's metric
 * ("其中国外借款收入三十一亿元,只占国家预算收入的2.3%" → 国外借款收入), or the numerator of its own share
 * ("…经费将近四十九亿元,占全部文教经费的24%强,占全部普通教育经费的54%强" → …经费).
 */
function numeratorRow(ctx: SentenceContext, span: Clause, rows: Indicator[]): Pick<Clause, "metric" | "metricA"> | null {
  const prev = rows[rows.length - 1];
  if (!prev || prev.valueB < ctx.sentA || !/^[,，][^,，;；。:：\d]{0,4}$/u.test(ctx.text.slice(prev.valueB, span.metricA))) return null;
  if (prev.unit !== "%") return prev.metric.length >= 2 && !prev.metric.includes("占") ? { metric: prev.metric, metricA: span.metricA } : null;
  const m = /^(.{2,}?)占.{2,}比重$/u.exec(prev.metric);
  return m ? { metric: m[1], metricA: span.metricA } : null;
}

/** A share with its base and numerator: "在工业基本建设投资中,制造生产资料工业的投资占" → …的投资占工业基本建设投资比重. */
function shareWhole(ctx: SentenceContext, span: Clause, rows: Indicator[]): Clause {
  const end = SHARE_END.exec(span.metric);
  if (end) {
    const num = end[1].replace(SHARE_ADVERB_END, "");
    const before = namingBefore(ctx, span.metricA)?.metric ?? "";
    // (the numerator named before alone: "非生产性建设的投资比重,仍然占…"; a share named whole may be long:
    // "没有转为公私合营的资本主义工业在工业总产值中的比重,将只占…")
    if (!num || SHARE_ADVERB_ONLY.test(num)) {
      const share = before || (namingBefore(ctx, span.metricA, 30)?.metric ?? "");
      return /(?:比重|比例)$/u.test(share) ? { ...span, metric: share } : span;
    }
    // (a share named before 占 is the share itself: "…商业在社会商品零售总额中的比重占…,在批发总额中的比重占…")
    if (/(?:比重|比例)$/u.test(num)) {
      const holder = /^在/u.test(num) ? /^(.{2,}?)在/u.exec(rows[rows.length - 1]?.metric ?? "")?.[1] ?? "" : "";
      return { ...span, metric: holder + num };
    }
    const named = lastBase(ctx, span.metricA);
    // (or the row a 其中 after it divides: "中央政府公共投资9243亿元,…其中,…社会事业投资占44%")
    const whole = rows.find((r) => ctx.text.slice(r.valueB, span.metricA).includes("其中"))?.metric ?? "";
    const base = (named || (QUANTITY_END.test(before) ? before : whole)).replace(BASE_TIME, "");
    const metric = !base ? `${num}占比` : /^用于/u.test(num) ? `${base}${num.replace(/的$/u, "")}比重` : `${num}占${base}比重`;
    return { ...span, metric: metric.length <= 40 ? metric : `${num}占比` };
  }
  const head = SHARE_HEAD.exec(span.metric);
  const numerator = head ? namingBefore(ctx, span.metricA) ?? numeratorRow(ctx, span, rows) : null;
  if (!head || !numerator) return span;
  return { ...span, metric: `${numerator.metric}占${head[1].replace(/的$/u, "")}比重`, metricA: numerator.metricA };
}

/** a share written with both its parts but not as one: "文盲大约占人口", "参加农业生产合作社的农户已经占总农户" */
const SHARE_NAMED = needing(["占"], `^(.{2,}?)(?:${ADVERBS})*占(?:到)?(?![有用领地据])(.{2,})$`);

/**
 * "文盲大约占人口的70%以上" → 文盲占人口比重: a share naming its numerator and base is written as the gold writes
 * shares (X占Y比重), the adverbs before 占 dropped; a count held (平均每人占有) and other verbs of 占 are no share.
 */
function shareNamed(q: Quantity, span: Clause): Clause {
  if (!/^(?:%|‰|成)$/u.test(q.unit) || /(?:比重|比例|份额|水平)$|占比/u.test(span.metric)) return span;
  const m = SHARE_NAMED.exec(span.metric);
  if (!m || /[的之]$/u.test(m[1]) || /^[的了]/u.test(m[2])) return span;
  const num = m[1].replace(SHARE_ADVERB_END, "");
  const base = m[2].replace(/的$/u, "");
  // (a share of the budget or plan is its completion: "经济建设费支出…,占预算数的96.99%" → …完成预算数)
  if (num.length < 2) return span;
  return { ...span, metric: /^(?:预算数?|计划数?|原定计划)$/u.test(base) ? `${num}完成${base}` : `${num}占${base}比重` };
}

/** "煤炭工业建设,五年投资一百七十九亿元" → 煤炭工业建设投资: a generic head alone takes the topic clause before it. */
function genericTopic(ctx: SentenceContext, span: Clause): Clause {
  if (!GENERIC.test(metricWords(span.metric, false, false).metric)) return span;
  const topic = namingBefore(ctx, ctx.breakBefore(span.metricA));
  return topic && TOPIC_END.test(topic.metric) && !/不|力度/u.test(topic.metric) && !ANAPHOR.test(topic.metric) ? { ...span, metric: topic.metric + span.metric, metricA: topic.metricA } : span;
}

/** a size class of projects or firms, named without the kind: "投资超3000万元项目", "亿元以上项目" */
const SIZE_CLASS = /^((?:总?投资|产值|营收|年产值)?(?:超过?|达)?(?:[\d.]+|[xX]+)?(?:千万|万|亿)元(?:以上|及以上)?)(项目|企业)$/u;

/**
 * "力争实施增资扩产项目200个以上,其中投资超3000万元项目50个以上" → 增资扩产项目中投资超3000万元项目: a size class
 * after 其中 is of the kind the row before counts (its metric ends in the same head and names no size of its own);
 * the class stays whole after the kind, as the gold writes it (亿元以上项目).
 */
function classOfWhole(ctx: SentenceContext, span: Clause, rows: Indicator[]): Clause {
  const m = SIZE_CLASS.exec(span.metric);
  const prev = rows[rows.length - 1];
  if (!m || !prev || !/其中[,，]?$/u.test(ctx.text.slice(Math.max(ctx.sentA, span.metricA - 3), span.metricA))) return span;
  const kind = prev.metric.replace(/^(?:实施|建设|推进|签约|引进|开工)/u, "");
  if (!kind.endsWith(m[2]) || kind === m[2] || /[\dxX]|以上|超/u.test(kind)) return span;
  return { ...span, metric: `${kind}中${span.metric}` };
}

/**
 * "国民收入中,用于积累的部分为1,120亿元" → 国民收入用于积累的部分: a part names the whole it is of, from "X中," or
 * "在X中" before it, or from a clause before naming an amount ("基本建设投资总额,通过国家预算的部分").
 */
function partOf(ctx: SentenceContext, span: Clause): Clause {
  if (/^(?:属于|屬於)/u.test(span.metric)) return ownedPart(ctx, span);
  if (!/部分$/u.test(span.metric) || span.metric.length > 12) return span;
  const named = lastBase(ctx, span.metricA);
  const before = namingBefore(ctx, span.metricA)?.metric ?? "";
  const whole = (named || (QUANTITY_END.test(before) ? before : "")).replace(BASE_TIME, "");
  const part = span.metric.replace(/^(?:要求|通过)/u, "");
  return whole && !part.startsWith(whole) ? { ...span, metric: whole + part } : span;
}

/**
 * "在工业建设项目中,属于中央各部的是五百六十七个,属于地方的是一百四十九个" → 地方的工业建设项目: the part that
 * belongs to someone names the whole "在X中" before it; a part that is an amount itself names it alone
 * ("在…支出总数中,属于基本建设投资的是四百二十七亿四千万元" → 基本建设投资).
 */
function ownedPart(ctx: SentenceContext, span: Clause): Clause {
  const owner = span.metric.replace(/^(?:属于|屬於)/u, "").replace(/的$/u, "");
  if (owner.length < 2) return span;
  if (QUANTITY_END.test(owner)) return { ...span, metric: owner };
  const whole = lastBase(ctx, span.metricA).replace(BASE_TIME, "").replace(/^在/u, "");
  return whole ? { ...span, metric: `${owner}的${whole}` } : span;
}

/** a sentence's topic that is a region: "对于少数民族地区," */
const TOPIC_PLACE = /^(?:对于|對於|对|對)([^,，;:。\d]{2,12}?(?:地区|地區|地方))[,，]/u;

/**
 * "对于少数民族地区,本年预算共支出791,459,000元,比1955年增长32.56%" → 少数民族地区本年预算共支出: the region a
 * sentence opens with as its topic is the scope of what follows, and stays in the metric (not the whole budget).
 */
function placeOfTopic(ctx: SentenceContext, span: Clause): Clause {
  if (ctx.text[ctx.sentA] !== "对" && ctx.text[ctx.sentA] !== "對") return span;
  const m = TOPIC_PLACE.exec(ctx.text.slice(ctx.sentA, ctx.sentA + 20));
  return m && !span.metric.includes(m[1]) && span.metricA > ctx.sentA + m[0].length - 1 ? { ...span, metric: m[1] + span.metric } : span;
}

/** a row's payer and scope before its kind of money: "国家财政对少数民族地区" + 公路投资 */
const PAYER_SCOPE = /^(\p{Script=Han}{2,8}?对\p{Script=Han}{0,10}?(?:地区|地方|灾区|农村|农业|城市|企业|学校))(?:的)?\p{Script=Han}{0,6}?(?:投资|支出|经费|拨款|补助)$/u;
const MONEY_ITEM = /^\p{Script=Han}{0,6}(?:投资|支出|经费|拨款|补助)$/u;

/**
 * "国家财政对少数民族地区公路投资5,250多万元,教育支出8,400多万元" → 国家财政对少数民族地区教育支出: a kind of money
 * alone, right after a comma and a row naming who pays for whom, is paid by the same payer for the same scope.
 */
function scopeOfPrevious(ctx: SentenceContext, span: Clause, rows: Indicator[]): Clause {
  const prev = rows[rows.length - 1];
  if (!prev || !MONEY_ITEM.test(span.metric) || span.metric.includes("对")) return span;
  const m = PAYER_SCOPE.exec(prev.metric);
  if (!m || !/^[,，]$/u.test(ctx.text.slice(prev.valueB, span.metricA))) return span;
  return { ...span, metric: m[1] + span.metric };
}

/** a share in a whole, its owner before it: "国营商业和合作社营商业" + 在国内商业批发中所占的比重 */
const SHARE_IN = /^(\p{Script=Han}{2,16}?)在\p{Script=Han}{2,12}中(?:所占)?的?比重$/u;

/**
 * "国营商业和合作社营商业在国内商业批发中的比重达到百分之六十三,在社会零售中的比重达到百分之三十四" → 国营商业和
 * 合作社营商业在社会零售中的比重: a share in a whole with no owner (在…中的比重), right after a row of the same
 * owner's share in another whole, is that owner's.
 */
function ownerOfShare(ctx: SentenceContext, span: Clause, rows: Indicator[]): Clause {
  const prev = rows[rows.length - 1];
  if (!prev || !span.metric.startsWith("在") || !span.metric.endsWith("比重") || !SHARE_IN.test("某某" + span.metric)) return span;
  const m = SHARE_IN.exec(prev.metric);
  if (!m || prev.valueB > span.metricA || !/^[,，;；]$/u.test(ctx.text.slice(prev.valueB, span.metricA))) return span;
  return { ...span, metric: m[1] + span.metric };
}

/** a share's word at a metric's end: 比重, 比例, 占比, 份额 (also 所佔的比重 in traditional characters) */
const SHARE_WORD_END = /(?:比重|比例|占比|份额)$/u;

/**
 * "…国家机构经费…所占的比重,已从…降低到…百分之三十点七,其中国防费从百分之四十一点五降低到百分之二十一点一" → 国防费所占
 * 的比重: a part named alone after 其中, with a percentage, right after a row of a share, is the part's share.
 */
function shareOfPart(ctx: SentenceContext, q: Quantity, span: Clause, rows: Indicator[]): Clause {
  const prev = rows[rows.length - 1];
  if (q.unit !== "%" || !prev || prev.unit !== "%" || !SHARE_WORD_END.test(prev.metric) || /比重|比例|占|率|份额|增|降|费用率/u.test(span.metric)) return span;
  const between = prev.valueB <= span.metricA ? ctx.text.slice(prev.valueB, span.metricA) : "";
  // (and the parts listed after it: "…,行政管理费从百分之十九点三降低到百分之九点六")
  const listed = /^[,，、]$/u.test(between) && /所[占佔]的比重$/u.test(prev.metric);
  if (!(listed || /^[,，;；]其中$/u.test(between)) || span.metric.length < 2 || span.metric.length > 10) return span;
  return { ...span, metric: `${span.metric}所占的比重` };
}

const OUTPUT_PRODUCTS = new Set(dict.output_products);
const SUPPLY_WORDS = new RegExp(alt(dict.supply_words), "u");

/**
 * "一九五八年比一九五七年,钢增加了五百七十三万吨,…,机床增加了二万二千台" → 钢产量, 机床产量: a product named
 * alone (output_products) that grows or falls names its output, unless the sentence speaks of supply or
 * consumption (supply_words: 棉布供应增加了两倍,胶鞋增加了1.9倍).
 */
function outputOfProduct(ctx: SentenceContext, span: Clause, rows: Indicator[]): Clause {
  const name = productNamed(span.metric);
  if (!name) return span;
  const flow = flowOfGoods(ctx, span);
  if (flow) return { ...span, metric: name + flow };
  // (a level, only as an item after a row of output: "计划生产氮肥九十万六千吨,磷肥十九万六千吨", "…化肥产量…,拖拉机9.75万台")
  if (span.verb !== "growth" && span.verb !== "decline" && !afterOutputRow(ctx, span, rows)) return span;
  return speaksOfSupply(ctx) ? span : { ...span, metric: outputOf(name) };
}

/** The output product a name is, as it stands or with its edge words off ("大豆要求", "粮食两年"), or "". */
function productNamed(name: string): string {
  if (OUTPUT_PRODUCTS.has(name)) return name;
  const bare = trimEdges(name);
  return OUTPUT_PRODUCTS.has(bare) ? bare : "";
}

/** Whether the sentence, or the example it gives, speaks of a flow of goods (supply_words), not of output. */
function speaksOfSupply(ctx: SentenceContext): boolean {
  return SUPPLY_WORDS.test(ctx.text.slice(ctx.sentA, ctx.sentB)) || exampleOfSupply(ctx);
}

/**
 * "甘蔗和甜菜要求分别增长百分之二十七点五和百分之二十九点五" → 甘蔗产量, 甜菜产量: a product named alone as an item
 * of a list that grows or falls names its output, as a product alone does (outputOfProduct), unless the sentence
 * speaks of a flow of goods (supply_words).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readText } from "../../run/pipeline.ts";
 * import { paragraphIndex, sentenceContext } from "./context.ts";
 * import { listItemOutput } from "./subject.ts";
 * const text = "一、一九五八年的计划\n甘蔗和甜菜要求分别增长百分之二十七点五和百分之二十九点五。\n";
 * const [doc] = readText("passage", text, "utf-8", { facts: { year: 1958, kind: "government_work_report" }, minChars: 1 });
 * const si = doc.sentences.findIndex((x) => doc.clean.text.slice(x.a, x.b).includes("甘蔗"));
 * const ctx = sentenceContext(doc, si, paragraphIndex(doc.clean.text, doc.a, doc.b), 1958);
 * assert.equal(listItemOutput(ctx, "甘蔗", "growth"), "甘蔗产量");
 * assert.equal(listItemOutput(ctx, "甘蔗", "level"), "甘蔗"); // a level of an item names what the list says
 * ```
 */
export function listItemOutput(ctx: SentenceContext, name: string, verb: string): string {
  if (verb !== "growth" && verb !== "decline") return name;
  const product = productNamed(name);
  return !product || speaksOfSupply(ctx) ? name : outputOf(product);
}

/**
 * "1979年在能源增长不到3%的情况下,工业总产值比上年增长了8.5%" → 能源: a number that ends a circumstance (在…的情况下)
 * is a figure of the metric after 在, which is no part of it.
 */
function circumstanceOf(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  if (span.metric.length < 3 || span.metric[0] !== "在" || !ctx.text.startsWith("的情况下", q.b)) return span;
  return { ...span, metric: span.metric.slice(1) };
}

/** a generic unit of construction counted after its number */
const BUILT_UNIT = /^(?:单位|單位|项目|項目)$/u;
/** who built or designed it, with 的, right before the number (and a batch): "苏联帮助我国建设的第一批" */
const BUILT_BY = /([^,，;；:：。、在以\d]{2,12}?(?:建设|建設|设计|設計)的)(?:第[一二三四五六七八九十]批)?$/u;

/**
 * "苏联帮助我国建设的第一批五十个单位" → 苏联帮助我国建设的单位, "地方建设的三十二个项目" → 地方建设的项目: a generic
 * unit of construction counted after its number keeps who built or designed it, written before the number with 的;
 * 单位 alone reads as any unit of any kind.
 */
function builtByBefore(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  if (span.metricA < q.b || !BUILT_UNIT.test(span.metric)) return span;
  const m = BUILT_BY.exec(ctx.text.slice(Math.max(ctx.sentA, q.a - 16), q.a));
  return m && !HAS_NUMBER.test(m[1]) ? { ...span, metric: m[1].replace(/^(?:包括|其中)/u, "") + span.metric } : span;
}

/** a verb of making alone, with its adverbs (只生产, 将生产, 计划生产) */
const MAKING_ONLY = /^(?:我国|我们)?(?:只|将|要|计划|可以|能够|已经|还|就)?(?:生产|出产)$/u;
/** an output product (output_products, longest first) right after a number */
const PRODUCT_AFTER = new RegExp(`^(?:${alt([...OUTPUT_PRODUCTS].sort((a, b) => b.length - a.length))})(?!\\p{Script=Han})`, "u");
/** a sentence's topic: "如发电设备," */
const TOPIC_OPEN = /^(?:如|例如|比如|以)(\p{Script=Han}{2,6}?)(?:来说)?[,，]/u;

/**
 * "生产一千八百万吨钢" → 钢产量; "如发电设备,一九五八年我国只生产八十万千瓦,一九五九年将生产二百八十万到三百万千瓦" →
 * 发电设备产量: a verb of making alone names the output of the product named right after its number or, else,
 * of the topic its sentence opens with (如X,).
 */
function productOfVerb(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  if (!span.metric.endsWith("产") || !MAKING_ONLY.test(span.metric)) return span;
  const after = PRODUCT_AFTER.exec(ctx.text.slice(q.b, q.b + 8));
  if (after) return { ...span, metric: outputOf(after[0]) };
  const topic = TOPIC_OPEN.exec(ctx.text.slice(ctx.sentA, ctx.sentA + 12));
  return topic && !HAS_NUMBER.test(topic[1]) ? { ...span, metric: outputOf(topic[1]) } : span;
}

/** the flows of goods a sentence may name before a product, and the word each gives the metric */
const FLOW_WORDS = /供应|出售|销售|零售|收购/gu;
const FLOW_NAME: Record<string, string> = { 供应: "供应", 出售: "销售", 销售: "销售", 零售: "销售", 收购: "收购" };

/**
 * "公私商业出售给人民日常消费的各种主要商品,将有…增长。就几种主要的日常消费品来看,…:粮食增长…,食糖增长百分之一百二十二点九"
 * → 食糖销售; "一九五八年供应社会需要的主要商品,…都将有所增加。例如:…毛线将增加约二百万斤" → 毛线供应: a product
 * named alone in a sentence about one flow of goods (供应, 出售/销售/零售, 收购), before it in the sentence or, for
 * an example or a list of consumer goods, in the sentence before, measures that flow, not the output.
 */
function flowOfGoods(ctx: SentenceContext, span: Clause): string {
  const own = ctx.text.slice(ctx.sentA, span.metricA);
  let found = matches(FLOW_WORDS, own);
  if (!found.length && (EXAMPLE_OPEN.test(own.slice(0, 2)) || SUPPLY_WORDS.test(own))) found = matches(FLOW_WORDS, ctx.text.slice(Math.max(ctx.paraA, ctx.sentA - 60), ctx.sentA));
  const kinds = new Set(found.map((m) => FLOW_NAME[m[0]]));
  return kinds.size === 1 ? [...kinds][0] : "";
}

/** an example sentence ("例如:猪肉将增加约六亿二千万斤,…") after one about supply: "一九五八年供应社会需要的主要商品,…都将有所增加。" */
const EXAMPLE_OPEN = /^(?:例如|比如|譬如)/u;
function exampleOfSupply(ctx: SentenceContext): boolean {
  return EXAMPLE_OPEN.test(ctx.text.slice(ctx.sentA, ctx.sentA + 2)) && SUPPLY_WORDS.test(ctx.text.slice(Math.max(ctx.paraA, ctx.sentA - 60), ctx.sentA));
}

/** an output head alone (output_heads), longest first */
const OUTPUT_HEAD = new RegExp(`^(?:${alt(dict.output_heads)})$`, "u");
/** an output product (output_products; one of one character only at a word's start), not inside a list (、 or 等 beside it) */
const NAMED_PRODUCT = new RegExp(`(?<!、)(${alt([...OUTPUT_PRODUCTS].filter((p) => p.length > 1))}|(?<!\\p{Script=Han})(?:${alt([...OUTPUT_PRODUCTS].filter((p) => p.length === 1))}))(?![、等])`, "gu");

/**
 * "粮食连续五年增产,总产量10570亿斤" → 粮食总产量: an output head alone (总产量, 总产, 产量) is of the product named
 * last before it in its sentence, at a word's start and outside a list ("钢、石油、…卷烟等主要工业产品,…产量" names none).
 */
function productOfOutput(ctx: SentenceContext, span: Clause): Clause {
  if (!OUTPUT_HEAD.test(span.metric) || span.metricA <= ctx.sentA) return span;
  const before = ctx.text.slice(ctx.sentA, span.metricA);
  const last = matches(NAMED_PRODUCT, before).pop();
  return last ? { ...span, metric: last[1] + span.metric } : span;
}

/** an award counted alone (award_nouns) */
const AWARD_ONLY = new RegExp(`^(?:${alt(dict.award_nouns)})$`, "u");
/** the contest named before it in its clause, with a verb of winning: "在国家科学技术奖评选中荣获" */
const CONTEST_BEFORE = new RegExp(`在(\\p{Script=Han}{2,16}?)(?:${alt(dict.contest_ends)})中(?:荣获|获得|获)$`, "u");

/** "在国家科学技术奖评选中荣获53个奖项" → 国家科学技术奖获奖: an award counted alone is an award of the contest before it. */
function awardOfContest(ctx: SentenceContext, q: Quantity, span: Clause, rows: Indicator[]): Clause {
  if (PRIZE_ONLY.test(span.metric)) return prizeOfEvent(ctx, q, span, rows);
  if (!AWARD_ONLY.test(span.metric)) return span;
  const m = CONTEST_BEFORE.exec(ctx.text.slice(Math.max(ctx.sentA, ctx.commaBefore(q.a)), q.a));
  return m ? { ...span, metric: m[1] + "获奖" } : span;
}

/** a prize or medal counted alone (prize_nouns) */
const PRIZE_ONLY = new RegExp(`^(?:${alt(dict.prize_nouns)})$`, "u");
/** the prize noun a metric ends with */
const PRIZE_END = new RegExp(`(?:${alt(dict.prize_nouns)})$`, "u");
const WIN = alt(dict.win_verbs);
/** the event before a verb of winning, after 在 or 、 ("在全国第十四届冬运会上获得", "、残奥会获得"), or after the verb ("获得世界职业院校技能大赛") */
const EVENT_BEFORE_WIN = new RegExp(`(?:^|在|、)([^在、,，;；]{2,20}?)(?:上|中)?(?:${WIN})$`, "u");
const EVENT_AFTER_WIN = new RegExp(`(?:${WIN})([^在、,，;；\d]{2,20})$`, "u");

/**
 * "吉林健儿在全国第十四届冬运会上获得62枚金牌" → 全国第十四届冬运会金牌: a prize counted alone is one of the event
 * named before it in its clause; an item right after a prize row across 、 takes that row's event
 * ("国家科学技术奖获评2个一等奖、3个二等奖" → 国家科学技术奖二等奖).
 */
function prizeOfEvent(ctx: SentenceContext, q: Quantity, span: Clause, rows: Indicator[]): Clause {
  const before = ctx.text.slice(Math.max(ctx.sentA, ctx.commaBefore(q.a)), q.a);
  const m = EVENT_BEFORE_WIN.exec(before) ?? EVENT_AFTER_WIN.exec(before);
  if (m) return { ...span, metric: m[1] + span.metric };
  const prev = rows[rows.length - 1];
  const head = prev && prev.metricB <= q.a && ctx.text.slice(prev.metricB, q.a).startsWith("、") ? prev.metric.replace(PRIZE_END, "") : "";
  return head.length >= 2 && head !== prev.metric ? { ...span, metric: head + span.metric } : span;
}

/** Whether the row right before, across a comma, is a product's output (…产量, 生产氮肥, 出产生铁), not a capacity (年产). */
function afterOutputRow(ctx: SentenceContext, span: Clause, rows: Indicator[]): boolean {
  const prev = rows[rows.length - 1];
  if (!prev || prev.valueB < ctx.sentA || !/^[,，、]$/u.test(ctx.text.slice(prev.valueB, span.metricA))) return false;
  return /产量$/u.test(prev.metric) || /^(?:计划)?(?:生产|出产)\p{Script=Han}{1,4}$/u.test(prev.metric);
}

/** a flow of goods a list's first item names after its product: "棉布供应" */
const GOODS_FLOW = /^\p{Script=Han}{1,4}(供应|收购|销售)$/u;

/**
 * "棉布供应增加了两倍,胶鞋增加了1.9倍,食盐增加了将近一倍" → 胶鞋供应, 食盐供应: a product named alone right after
 * a comma and a row of another product's supply (收购, 销售) measures the same flow.
 */
function flowOfPrevious(ctx: SentenceContext, span: Clause, rows: Indicator[]): Clause {
  const prev = rows[rows.length - 1];
  if (!prev || span.metric.length > 4 || !/^\p{Script=Han}+$/u.test(span.metric)) return span;
  const flow = GOODS_FLOW.exec(prev.metric);
  if (!flow || span.metric.endsWith(flow[1]) || !/^[,，、]$/u.test(ctx.text.slice(prev.valueB, span.metricA))) return span;
  return { ...span, metric: span.metric + flow[1] };
}

/** the verb of loss heading the row before (损失), shared by the list items after it */
const LOSS_HEAD = /^损失(?=\p{Script=Han}{2})/u;

/**
 * "全国大约损失工业总产值一千亿元,钢产量二千八百万吨,财政收入四百亿元" → 损失钢产量, 损失财政收入: a noun alone right
 * after a comma and a row whose metric opens with a verb of loss is a further item lost, not a level of its own.
 */
function lossOfPrevious(ctx: SentenceContext, span: Clause, rows: Indicator[]): Clause {
  const prev = rows[rows.length - 1];
  if (!prev || span.verb || span.metric.length > 8 || !/^\p{Script=Han}{2,}$/u.test(span.metric)) return span;
  const loss = LOSS_HEAD.exec(prev.metric)?.[0];
  return loss && !span.metric.startsWith(loss) ? ledByPrevious(ctx, span, prev, loss, /^[,，、]$/u) : span;
}

/** The span's metric after `lead` (read off the row before), when that row ends in the sentence with only a separator (`seps`) between it and the span; else the span. */
function ledByPrevious(ctx: SentenceContext, span: Clause, prev: Indicator, lead: string | undefined, seps: RegExp): Clause {
  if (!lead || prev.valueB < ctx.sentA || !seps.test(ctx.text.slice(prev.valueB, span.metricA))) return span;
  return { ...span, metric: lead + span.metric };
}

/** 新增 heading the row before, before a capacity or an asset: "新增大中型发电机组容量" */
const ADDED_HEAD = /^新增(?=\p{Script=Han}{2})/u;
/** the units of a capacity or an asset added (not a flow's: 亿千瓦时, 亿元; not a rate's) */
const ADDED_UNIT = /^(?:万|亿)?(?:公里|千米|千瓦|吨|门|户|座|所|张|个|亩|公顷|平方米|立方米)$/u;
/** an item that is no further addition: a stock, a total, a flow, a rate, or one with a verb of its own (总装机, 发电量, 建成…) */
const NOT_ADDED = /^(?:累计|全|共|其中)|总|建成|建设|新造|修复|投产|改造|完成|开工|通车|(?:量|额|值|率|数|比重|比例|收入)$/u;

/**
 * "全年新增大中型发电机组容量1500多万千瓦,铁路新线和复线3300多公里,高等级公路1900公里" → 新增铁路新线和复线, 新增高等级
 * 公路: a noun alone right after a comma and a row whose metric opens with 新增, counted in a capacity's or an asset's
 * unit, is a further item added, not a stock.
 */
function addedOfPrevious(ctx: SentenceContext, q: Quantity, span: Clause, rows: Indicator[]): Clause {
  const prev = rows[rows.length - 1];
  if (!prev || span.verb || span.metric.length > 8 || !/^\p{Script=Han}{3,}$/u.test(span.metric) || prev.valueB < ctx.sentA) return span;
  if (!ADDED_HEAD.test(prev.metric) || !ADDED_UNIT.test(q.unit) || !ADDED_UNIT.test(prev.unit) || NOT_ADDED.test(span.metric)) return span;
  if (span.metric.startsWith("新") || !/^[,，、]$/u.test(ctx.text.slice(prev.valueB, span.metricA))) return span;
  return { ...span, metric: "新增" + span.metric };
}

/** a measure named alone that belongs to some body, and a row before naming such a body (单位, 企业, 机构) */
const BODY_MEASURE = /^(?:工业产值|工业总产值|产值|总产值|利润|利税|营业收入|研究人员|职工人数|从业人员|亏损|亏损额)$/u;
const BODY_OWNER = /^(\p{Script=Han}{2,16}?(?:单位|企业|机构))(?=\p{Script=Han}|$)/u;
/** a body counted: a plant, unit or firm and its count's unit */
const BODY_COUNTED = /^(\p{Script=Han}{2,16}?(?:厂|单位|企业|机构))$/u;

/**
 * "四年中城镇集体所有制单位就业职工增加六百零三万人,工业产值增长百分之四十九" → 城镇集体所有制单位工业产值: a body's measure
 * named alone right after a comma and a row whose metric opens with a body (…单位, …企业, …机构) is that body's.
 */
function bodyOfPrevious(ctx: SentenceContext, span: Clause, rows: Indicator[]): Clause {
  const prev = rows[rows.length - 1];
  if (!prev || !BODY_MEASURE.test(span.metric)) return span;
  const owner = BODY_OWNER.exec(prev.metric)?.[1];
  return owner ? ledByPrevious(ctx, span, prev, owner, /^[,，]$/u) : bodyCountedBefore(ctx, span, rows);
}

/**
 * "全国地县小铁厂由四百六十六个减少到现在的二百七十六个,…,生铁成本由…降到…,亏损由六亿三千万元减少到一亿元" → 地县小铁厂亏损:
 * a body's measure alone, the rows between it and the sentence's first row naming none, is of the bodies that row counts.
 */
function bodyCountedBefore(ctx: SentenceContext, span: Clause, rows: Indicator[]): Clause {
  const first = rows.findIndex((r) => r.valueB >= ctx.sentA);
  const counted = first >= 0 && BODY_COUNT_UNIT.test(rows[first].unit) ? BODY_COUNTED.exec(rows[first].metric)?.[1] : undefined;
  if (!counted || rows.slice(first + 1).some((r) => BODY_OWNER.test(r.metric) || BODY_MEASURE.test(r.metric))) return span;
  return { ...span, metric: counted + span.metric };
}
/** the unit of a count of bodies */
const BODY_COUNT_UNIT = /^(?:个|家|户|所)$/u;

const AMOUNT_PARTS = [...dict.amount_parts].sort((a, b) => b.length - a.length);
/** a sentence's first clause naming the thing that grew, no number in it: "城乡居民储蓄大幅度增加," */
const GREW_FIRST = /^(\p{Script=Han}{2,16}?)(?:经济效益|效益)?(?:保持|大幅度|大幅|明显|显著|稳步|持续|快速|较快)?(?:增长势头|增加|增长|提高)[,，](?:实现|完成)?$/u;
/** a thing that grew which is a quality, not an amount's owner */
const QUALITY_END = /(?:能力|水平|质量|作用|地位|结构|不断|进一步)$/u;

/**
 * "外商直接投资协议金额120亿美元,实际投资43.7亿美元" → 外商直接投资实际投资; "城乡居民储蓄大幅度增加,存款余额达到46280
 * 亿元" → 城乡居民储蓄存款余额: a part of one amount named alone (amount_parts) takes the thing measured from the row
 * right before (across a comma or 、, its own part off) or from the sentence's first clause saying it grew.
 */
function amountOfSubject(ctx: SentenceContext, span: Clause, rows: Indicator[]): Clause {
  if (!AMOUNT_PARTS.includes(span.metric)) return span;
  const prev = rows[rows.length - 1];
  if (prev && prev.valueB <= span.metricA && /^[,，、](?:实现|完成)?$/u.test(ctx.text.slice(prev.valueB, span.metricA))) {
    const own = AMOUNT_PARTS.find((p) => prev.metric.endsWith(p) && p !== span.metric);
    const thing = own ? prev.metric.slice(0, -own.length) : "";
    return thing.length >= 2 && !HAS_NUMBER.test(thing) ? { ...span, metric: thing + span.metric } : span;
  }
  if (rows.length || span.metricA - ctx.sentA > 30) return span;
  const m = GREW_FIRST.exec(ctx.text.slice(ctx.sentA, span.metricA));
  return m && !QUALITY_END.test(m[1]) ? { ...span, metric: m[1] + span.metric } : span;
}

const MEMBERS = new Set(dict.member_nouns);
/** a count of organisations, its unit */
const ORG_UNIT = /^(?:万|萬|亿|億)?(?:个|個|户|戶|家|所)$/u;
/** the owner that has the organisations counted: "供销合作社和消费合作社在今年上半年已有基层社" */
const OWNER_HAS = /^(?:其中)?([^,，;；:：。\d在有]{2,16}?)(?:在[^,，;；:：。\d有]{1,10})?(?:已经|已)?有\p{Script=Han}{1,8}$/u;

/**
 * "供销合作社和消费合作社在今年上半年已有基层社三万一千余个,社员一亿…人" → 供销合作社和消费合作社社员: the people of an
 * organisation named alone (member_nouns) right after a count of organisations are those of the owner that has them,
 * else of the organisations counted ("资本主义工业企业有四万五千多户,职工一百五十多万人").
 */
function membersOfCount(ctx: SentenceContext, span: Clause, rows: Indicator[]): Clause {
  if (!MEMBERS.has(span.metric)) return span;
  const prev = rows[rows.length - 1];
  if (!prev || !/^[,，、]$/u.test(ctx.text.slice(prev.valueB, span.metricA))) return span;
  if (!ORG_UNIT.test(prev.unit)) return membersAcrossMeasure(span, rows);
  const m = OWNER_HAS.exec(ctx.text.slice(Math.max(ctx.sentA, ctx.commaBefore(prev.valueA)), prev.valueA));
  const owner = m ? m[1] : prev.metric.replace(/^(?:其中)?(?:已经|已)?有/u, "");
  return owner.length >= 2 && !HAS_NUMBER.test(owner.replace(/^[一二三四五六七八九十]+[个個]/u, "")) ? { ...span, metric: owner + span.metric } : span;
}

/** a flow verb at a count's head, which the people of the units counted do not share */
const COUNT_FLOW = /^(?:新增|新建|新设|新引进|新培育|新认定)/u;

/**
 * "新增软件企业超过6400家、(软件企业)主营业务收入预计达到4200亿元、从业人员达到43.8万人" → 软件企业从业人员: people
 * named alone after a measure of the organisations the count right before it counts (its metric opens with their
 * noun) are theirs too.
 */
function membersAcrossMeasure(span: Clause, rows: Indicator[]): Clause {
  const [count, measure] = rows.slice(-2);
  if (rows.length < 2 || !ORG_UNIT.test(count.unit) || count.sentence !== measure.sentence) return span;
  const noun = count.metric.replace(COUNT_FLOW, "");
  return noun.length >= 2 && measure.metric.startsWith(noun) && measure.metric.length > noun.length ? { ...span, metric: noun + span.metric } : span;
}

/** a sentence opening with the units a survey counted: "据四川省试点的84个地方企业的统计," */
const SURVEY_OF = /^(?:根据|据)([^,，;；:：。据]{2,24}?(企业|合作社|工业部|工厂|农场))的(?:不完全)?统计[,，]/u;

/**
 * "据四川省试点的84个地方企业的统计,1979年比上年产值增长14.9%,利润增长33%" → 四川省试点的84个地方企业利润: the
 * units a survey opening the sentence counted are the scope of each figure after it, not the whole country's.
 */
function scopeOfSurvey(ctx: SentenceContext, span: Clause): Clause {
  if (ctx.text[ctx.sentA] !== "据" && ctx.text[ctx.sentA + 1] !== "据") return span;
  const m = SURVEY_OF.exec(ctx.text.slice(ctx.sentA, ctx.sentA + 40));
  if (!m || span.metricA < ctx.sentA + m[0].length || span.metric.includes(m[2])) return span;
  // (the metric as the row gets it, its comparison off: "比上年产值" → 产值)
  const words = metricWords(span.metric, span.growthNoun, span.declineNoun).metric;
  return words.length >= 2 ? { ...span, metric: m[1] + words } : span;
}

const MODE_MEASURES = [...dict.mode_measures].sort((a, b) => b.length - a.length);

/**
 * "铁路货物周转量将达到一千二百一十亿吨公里,…;旅客周转量将达到三百二十亿人公里" → 铁路旅客周转量: a transport
 * measure alone after a row of another measure of one mode takes that mode (mode_measures).
 */
function modeOfPrevious(span: Clause, rows: Indicator[]): Clause {
  if (!span.metric.endsWith("量") || !MODE_MEASURES.includes(span.metric)) return span;
  const prev = rows.findLast((r) => !r.metricAfterNumber);
  const other = prev && MODE_MEASURES.find((m) => prev.metric.endsWith(m));
  // (a mode written with 的, "两年铁路的货物周转量增长55%,旅客周转量增长45%", gives it without: 铁路旅客周转量)
  const mode = other ? prev.metric.slice(0, -other.length).replace(/的$/u, "") : "";
  return mode.length >= 2 && !/的$/u.test(mode) ? { ...span, metric: mode + span.metric } : span;
}

/**
 * "工业支出为8,544,082,000元,占经济建设费总数的53.22%,比上年实际增长46.02%": a change carried from a share
 * row before it is the change of the share's numerator (工业支出), not of the share.
 */
function numeratorOfShare(span: Clause, rows: Indicator[]): Clause {
  const prev = rows[rows.length - 1];
  if (!prev || (span.verb !== "growth" && span.verb !== "decline") || span.metric !== prev.metric || prev.unit !== "%") return span;
  // (only after the amount the share is of: "X为N元,占Y的P%,比上年增长G%"; a share raised, 由44%提高到45%, stays)
  const amount = rows[rows.length - 2];
  const m = /^(.{2,}?)占(?!比$).{2,}$/u.exec(prev.metric);
  return m && prev.measure === "level" && amount?.unit !== "%" && amount?.metric === m[1] ? { ...span, metric: m[1] } : span;
}

/**
 * An anaphor at the metric's head resolved: "这些农场的耕地面积" after a row of 国营机械化农场 → 国营机械化农场的
 * 耕地面积 (a row or an earlier phrase of the paragraph ending in the words after the anaphor); "…的重点是能源、
 * 交通建设,这方面的投资占…" → 能源、交通建设的投资 (a domain after 是 in the clause before). Unresolved: null.
 */
function resolveAnaphor(ctx: SentenceContext, span: Clause, rows: Indicator[]): Clause | null {
  const m = ANAPHOR.exec(span.metric);
  if (!m) return span;
  const rest = span.metric.slice(m[0].length).replace(/^的/u, "");
  // (parts counted again name what they add up to: "这两部分共计减收增支" → 共计减收增支)
  const parts = /^这[两三四五几](?:部分|项|个方面|方面)/u.exec(span.metric);
  if (parts) return span.metric.length - parts[0].length >= 2 ? { ...span, metric: span.metric.slice(parts[0].length) } : null;
  // (a time named again is no anaphor of a thing: "这一年继续施工…的工矿企业" → …的工矿企业)
  const time = /^(?:这|此)[一两二三四五六七八九十几]{0,2}(?:年|个时期|时期)(?:中|内|来)?的?/u.exec(span.metric);
  if (time) return span.metric.length - time[0].length >= 2 ? { ...span, metric: span.metric.slice(time[0].length) } : null;
  if (/方面/u.test(m[0])) {
    const clause = ctx.text.slice(Math.max(ctx.sentA, ctx.commaBefore(ctx.breakBefore(span.metricA) - 1)), ctx.breakBefore(span.metricA) - 1);
    const domain = DOMAIN_AFTER.exec(clause);
    return domain && rest ? { ...span, metric: `${domain[1]}的${rest}` } : null;
  }
  for (let k = Math.min(rest.length, 6); k >= 2; k--) {
    const noun = rest.slice(0, k);
    const row = rows.findLast((r) => r.metric.endsWith(noun) && r.metric.length > k);
    if (row) return { ...span, metric: row.metric + rest.slice(k) };
    const from = Math.max(ctx.paraA, span.metricA - LOOK_BACK);
    const k0 = ctx.text.slice(from, span.metricA).lastIndexOf(noun);
    const at = k0 < 0 ? -1 : from + k0;
    if (at >= ctx.paraA && at + k <= span.metricA) {
      // (the phrase ending there, from its own clause's start: the sentence before may hold it)
      const start = lastOf(ctx.text, /[,;:。!?，；：\n]/u, Math.max(ctx.paraA, at - 40), at) + 1 || Math.max(ctx.paraA, at - 40);
      const before = readClause(ctx.text, start, at + k).metric.replace(/^第[一二三四五六七八九十]是|^(?:提高|增加|降低|扩大|减少|加大)了?/u, "");
      if (before.length >= k && !ANAPHOR.test(before) && !HAS_NUMBER.test(before)) return { ...span, metric: before.slice(0, -k) + rest };
    }
  }
  return null;
}

/** a count's unit: things or people counted, whose noun follows the number */
const COUNT_UNIT = /^(?:万|亿)?(?:个|家|件|户|人|名|所|座|项|处|套|台|辆|条|种)$/u;

/**
 * A metric that names nothing, last chances before the row is dropped: a count's noun after it, read long
 * ("对10万名适龄女童进行HPV疫苗补助接种" → 适龄女童进行HPV疫苗补助接种), or a change right after a count taking
 * that count's noun ("培养近五百万高级专门人才,比“六五”期间增长一倍"). Else null.
 */
function countedAfter(ctx: SentenceContext, q: Quantity, span: Clause, rows: Indicator[], empty: boolean): Clause | null {
  // (a share of what follows: "确保今年底95%以上的学生都能在永久性校舍中学习")
  const share = q.unit === "%" ? shareOfWhatFollows(ctx, q, span, [{ metric: span.metric } as Indicator]) : span;
  if (share !== span) return share;
  const noun = COUNT_UNIT.test(q.unit) && !empty ? metricAfter(ctx.text, q.b, ctx.sentB, 30) : null;
  if (noun && noun[1] - noun[0] >= 2) return { ...span, metric: ctx.text.slice(noun[0], noun[1]), metricA: noun[0], metricB: noun[1] };
  const prev = rows[rows.length - 1];
  const change = span.verb === "growth" || span.verb === "decline";
  if (!change || !prev?.metricAfterNumber || !/^[,，]/u.test(ctx.text.slice(Math.max(prev.valueB, prev.metricB), span.metricA + 1))) return null;
  return { ...span, metric: prev.metric, metricA: prev.metricA, metricB: prev.metricB };
}

/** a note of what a figure includes or leaves out: "包括村办工业", "不包括上年结余在内" */
const NOTE = /^(不?包括)([^()（）]{2,16}?)(?:在内)?$(?<!比重|比例|的)/u;

/**
 * A note read as the metric, given the thing it is a note on: a bracketed alternative after a row ("农业总产值平均
 * 每年增长百分之四(包括村办工业为百分之六)" → 农业总产值(包括村办工业), as the row's change), a clause-long note
 * after the quantity it qualifies ("一九五四年国家预算中的收入,不包括上年结余在内,等于…" → 国家预算中的收入(不包括
 * 上年结余)), and a metric a comma inside a bracket cut ("国营、合作社营(包括…,不包括手工业生产合作社)和公私合营的
 * 工业产值所占的比重", read from before the bracket).
 */
function noteOn(ctx: SentenceContext, span: Clause, rows: Indicator[]): Clause {
  const { text } = ctx;
  if (CLOSES.held(span.metric) && /^[^(（]*[)）]\p{Script=Han}{2}/u.test(span.metric)) {
    const open = lastOf(text, /[(（]/u, Math.max(ctx.sentA, span.metricA - 60), span.metricA);
    if (open <= ctx.sentA) return span;
    const head = readClause(text, Math.max(ctx.sentA, ctx.commaBefore(open)), open);
    if (head.metric.length < 2) return span;
    // (without the note when it makes the metric too long to be one)
    const whole = head.metric + text.slice(open, span.metricB);
    return { ...span, metric: whole.length <= 40 ? whole : head.metric + span.metric.replace(/^[^)）]*[)）]/u, ""), metricA: head.metricA };
  }
  const m = NOTE.exec(span.metric);
  if (!m) return span;
  const note = `(${m[1]}${m[2]})`;
  if (/[(（]/u.test(text[span.metricA - 1] ?? "")) {
    const prev = rows.findLast((r) => r.valueB <= span.metricA && r.valueB >= span.metricA - 4);
    if (!prev) return span;
    const verb = prev.measure === "growth" ? "growth" : span.verb;
    return { ...span, metric: prev.metric + note, verb, annual: span.annual || prev.perYear };
  }
  const named = namingBefore(ctx, span.metricA);
  return named ? { ...span, metric: named.metric + note, metricA: named.metricA } : span;
}

/** a sector named without what is counted in it: "加上农业、林业、水利方面的", "其中工业方面约有" */
const SECTOR = /^(?:加上|其中|另有)?(\p{Script=Han}[^,;:。\d]{0,14}?方面)(?:的|约有|有|共有)?$/u;
/** a total after the sectors naming what they count: "…,全部限额以上的基本建设单位共有一千六百个" */
const TOTAL_AFTER = /^[^;。]*?[,，](?:全部|总共|合计)?([^,，;:。\d]{2,20}?)(?:共有|共计|合计|总共)/u;

/**
 * "…在限额以上的有六百九十四个,加上农业、林业、水利方面的二百五十二个,…,全部限额以上的基本建设单位共有一千六百个":
 * a count of a sector ("…方面") takes the noun of what is counted from the whole it is part of: the row a 其中 divides,
 * the total named after it, or the clause opening its ;-clause ("限额以上的建设单位,能够在五年内建设完成的,工业方面有…").
 */
function sectorCount(ctx: SentenceContext, q: Quantity, span: Clause, rows: Indicator[]): Clause {
  const m = COUNT_UNIT.test(q.unit) ? SECTOR.exec(span.metric) : null;
  if (!m) return span;
  const { text } = ctx;
  const prev = rows[rows.length - 1];
  let noun = "";
  const part = /^其中/u.test(span.metric) || text.slice(Math.max(ctx.sentA, span.metricA - 3), span.metricA).includes("其中");
  if (part && prev?.unit === q.unit && !SECTOR.test(prev.metric)) noun = prev.metric;
  const total = noun ? null : TOTAL_AFTER.exec(text.slice(q.b, Math.min(ctx.sentB, q.b + LOOK_BACK)));
  if (total && !SECTOR.test(total[1]) && !/(?:加上|其他)/u.test(total[1])) noun = total[1];
  if (!noun) {
    const semi = lastOf(text, /[;；]/u, Math.max(ctx.sentA, q.a - LOOK_BACK), q.a) + 1 || ctx.sentA;
    // (with the clause after it that says which of them: "限额以上的建设单位,能够在五年内建设完成的,")
    const first = /^([^,，;:。\d]{2,20}?)[,，](?:([^,，;:。\d]{2,16}的)[,，])?/u.exec(text.slice(Math.max(semi, ctx.sentA), span.metricA));
    noun = first && !SECTOR.test(first[1]) && !/除了|以外|包括/u.test(first[1]) ? first[1] + (first[2] ? `中${first[2]}` : "") : "";
  }
  noun = noun.replace(/^(?:全部|所有|还有|而)/u, "");
  return noun.length >= 2 ? { ...span, metric: `${m[1]}${noun}` } : span;
}

/** a stage of works alone, before 的 and a count: "本年开始建设", "继续建设", "在本年内可以完工", "一九八五年底以前全部建成" */
const STAGE_ONLY = /^\p{Script=Han}{0,10}?(?:开始建设|继续建设|开始施工|继续施工|全部建成|建成投产|建成|完工|竣工|投入生产|开工)$/u;
/** a pool the counts after it are taken from: "苏联为我国设计的156个重要项目中," */
const POOL_IN_G = /[\d〇零一二三四五六七八九十百千万]+个(\p{Script=Han}{2,12}?)中[,，]/gu;

/**
 * "1956年施工的限额以上建设单位共有964个,其中本年开始建设的271个,继续建设的693个" → 继续建设的限额以上建设单位;
 * "苏联为我国设计的156个重要项目中,…,本年内开始建设的22个" → 开始建设的重要项目: a count of the works at one stage
 * (VERB的N个) takes what is counted from the pool its statement opens with, else from the row it divides (the
 * nearest count of the same unit before it in the sentence, its own stage word dropped).
 */
function stageCount(ctx: SentenceContext, q: Quantity, span: Clause, rows: Indicator[]): Clause {
  // (the count ends its clause: "已动工的30所公办中小学校项目全部建成" names its works after it)
  if (!COUNT_UNIT.test(q.unit) || ctx.text[q.a - 1] !== "的" || !/^[,，;；。]?$/u.test(ctx.text[q.b] ?? "") || !STAGE_ONLY.test(span.metric)) return span;
  const from = Math.max(ctx.sentA, q.a - LOOK_BACK);
  let noun = ctx.text.indexOf("中", from) < q.a ? matches(POOL_IN_G, ctx.text.slice(from, q.a)).at(-1)?.[1] ?? "" : "";
  if (!noun) {
    const whole = rows.findLast((r) => r.valueB >= ctx.sentA && r.valueB <= q.a && r.unit === q.unit && !STAGE_ONLY.test(r.metric));
    noun = whole ? whole.metric.replace(/^\p{Script=Han}{0,4}?(?:施工|建设|开工|动工|在建)的(?=\p{Script=Han}{2})/u, "") : "";
  }
  return noun.length >= 2 ? { ...span, metric: `${span.metric}的${noun}` } : span;
}

/** a class and 的有 before the counts of its members: "亩产皮棉达到一百斤以上的有" (四十五个县、七百六十一万三千亩棉田) */
const CLASS_HAS = /([^,，;；:：。]{2,24}?)的有(?:[^,，;；:：。]*、)?$/u;
/** a class that is bounds alone, its measure named by an earlier class: "八十斤到九十九斤" */
const BOUNDS_ONLY = /^[\d〇零一二三四五六七八九十百千万.]/u;
/** the measure heading a class, before its bound: "亩产皮棉" of "亩产皮棉达到一百斤以上" */
const CLASS_MEASURE = /([^,，;；:：。\d〇零一二三四五六七八九十百千万]{2,10}?)(?:达到|在)?[\d〇零一二三四五六七八九十百千]+(?:斤|公斤|吨|元|%)/u;

/**
 * "亩产皮棉达到一百斤以上的有四十五个县、七百六十一万三千亩棉田;八十斤到九十九斤的有五十五个县、…" → 亩产皮棉达到一百斤
 * 以上的县, …的棉田, 亩产皮棉八十斤到九十九斤的县: a count after a class and 的有, its noun after it, counts the
 * members of that class (a class of bounds alone takes the measure of the class before it in the sentence).
 */
function classMembers(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  const before = ctx.text.slice(Math.max(ctx.sentA, q.a - LOOK_BACK), q.a);
  if (!before.includes("的有") || !(COUNT_UNIT.test(q.unit) || /亩|公顷/u.test(q.unit))) return span;
  const m = CLASS_HAS.exec(before);
  const noun = /^(\p{Script=Han}{1,4}?)(?=[、,，;；。])/u.exec(ctx.text.slice(q.b, q.b + 6))?.[1];
  if (!m || !noun || /^[的以]|[是为]$/u.test(noun)) return span;
  let cls = m[1];
  if (BOUNDS_ONLY.test(cls)) cls = (CLASS_MEASURE.exec(ctx.text.slice(ctx.sentA, q.a))?.[1] ?? "") + cls;
  return { ...span, metric: `${cls}的${noun}` };
}

/** a plan's completion right before a percentage: "完成预算数的", "完成了原定计划的", "计划完成", "钢完成" */
const COMPLETED = /(?:(计划|预算)完成|完成了?(?:((?:原定|年度|全年|年)?(?:计划|预算)数?)的?)?)$/u;
/** a metric that carried a completion ("钢产量完成原定计划"), run only on a metric holding 完成 */
const COMPLETION_CARRIED = needing(["完成"], "^(.{2,})完成(?:原定|年度|全年)?(?:计划|预算数?)$");
/** what a completion metric says besides its subject: the plan and the verb ("预算数", "年度", "完成了原定") */
const PLAN_WORDS = /(?:只|就|才|则)?(?:完成了?)?(?:原定|年度|全年|年)?(?:计划|预算)?数?$/u;

/**
 * "农业税收入为…元,完成预算数的92.49%", "钢完成96.4%" (after "…产量没有完成计划:"): a percentage of a plan done is
 * the subject's completion of that plan (农业税收入完成预算数, 钢产量完成计划), not a level of the subject or of the
 * plan; a subject cut to the plan's words takes the amount of the row before.
 */
function planCompletion(ctx: SentenceContext, q: Quantity, span: Clause, rows: Indicator[]): Clause {
  if (q.unit !== "%") return span;
  const { text } = ctx;
  const before = text.slice(Math.max(ctx.sentA, q.a - 12), q.a);
  const m = COMPLETED.exec(before);
  const inSentence = /完成了?(?:年度|全年)?计划/u.test(text.slice(Math.max(ctx.sentA, q.a - LOOK_BACK), q.a));
  const prev = rows[rows.length - 1];
  if (!m || (!m[1] && !m[2] && !inSentence)) {
    // (a change after a completion carried its metric: "…完成了原定计划的101%,比1954年增长8%" is the subject's growth)
    const carried = COMPLETION_CARRIED.exec(span.metric);
    return carried && prev?.metric === span.metric ? { ...span, metric: carried[1] } : span;
  }
  const plan = (m[2] ?? m[1] ?? "计划").replace(/^年(?=计划)/u, "年度");
  let subject = span.metric.replace(PLAN_WORDS, "").replace(/(?:计划|预算)(?:完成)?$/u, "");
  if (subject.length < 2 || /^(?:同期|年度|本年|全年)$/u.test(subject)) {
    // (with no row before, the amount the sentence names before, over a clause of cause: "但是全国社会商品零售总额,由于…,只完成原定计划的94%")
    const named = prev ? null : namingOverCause(ctx, span.metricA);
    if (named && QUANTITY_END.test(named.metric) && !HAS_NUMBER.test(named.metric)) return { ...span, metric: `${named.metric}完成${plan}`, verb: "level" };
    if (!prev || prev.unit === "%" || !/^[,，]/u.test(text.slice(prev.valueB, span.metricA + 1))) return span;
    subject = prev.metric;
  }
  return { ...span, metric: `${subject}完成${plan}`, verb: "level" };
}

/** a clause of cause: "由于前面所已经说过的原因," */
const CAUSE_OPEN = /^(?:由于|因为)/u;

/** The clause naming an amount before `at`, over one clause of cause between ("…总额,由于…的原因,只完成…"). */
function namingOverCause(ctx: SentenceContext, at: number): Clause | null {
  const start = Math.max(ctx.sentA, ctx.commaBefore(at - 1));
  if (!CAUSE_OPEN.test(ctx.text.slice(start, start + 2))) return namingBefore(ctx, at);
  return start > ctx.sentA ? namingBefore(ctx, start) : null;
}

/** a payer spending "for this": "中央财政将为此投入", "中央财政为此将增加支出", "为此中央财政支出" */
const FOR_THIS = /^(?:为此)?(\p{Script=Han}{2,8}?)(?:将)?(?:为此)?(?:将)?((?:新增|增加|安排)?(?:投入|支出)|安排)$/u;
/** the purpose a sentence opens with: "为保证基层政权正常运转和农村义务教育的需要,", or its first clause of work */
const PURPOSE_LEAD = /^(?:为了|为保证|为)([^,，;:。]{4,30}?)(?:的需要)?[,，]/u;
const FIRST_CLAUSE = /^(?:今年|明年)?(?:要|将)?([^,，;:。]{4,30})[,，]/u;

/**
 * "对义务教育阶段教师实行绩效工资制度,提高1200万中小学教师待遇,中央财政为此将投入120亿元" → 中央财政用于对义务教育
 * 阶段教师实行绩效工资制度投入: an amount a payer spends "for this" names the work it pays for, the purpose the
 * sentence opens with (为保证…) or its first clause; a sentence that opens with the amount keeps its metric.
 */
function forThis(ctx: SentenceContext, span: Clause): Clause {
  if (!span.metric.includes("为此")) return span;
  const m = FOR_THIS.exec(span.metric);
  if (!m) return span;
  const head = ctx.text.slice(ctx.sentA, span.metricA);
  const p = PURPOSE_LEAD.exec(head) ?? FIRST_CLAUSE.exec(head);
  if (!p || HAS_NUMBER.test(p[1].replace(YEAR_G, ""))) return span;
  const metric = `${m[1]}用于${p[1]}${m[2]}`;
  return metric.length <= 40 ? { ...span, metric } : span;
}

/** a lead announcing how an amount is divided: "五年基本建设的投资四百二十七亿四千万元,是这样分配的:" */
const SHARE_LEAD = /([^,，;:。\n]{2,20}?)[〇○零一二三四五六七八九十百千万亿两\d.,]*(?:亿元|万元|元)?[,，]?(?:是这样分配的|的分配如下|分配如下|分配是)[:：]\s*$/u;

/**
 * "五年基本建设的投资四百二十七亿四千万元,是这样分配的:\n工业部门为二百四十八亿五千万元,占百分之五十八点二;\n农业、
 * 林业和水利部门为…": items in lines after a lead dividing an amount are parts of it: each amount is the item's
 * (工业部门投资), each share the item's share of the whole (工业部门投资占五年基本建设投资比重).
 */
function dividedAmount(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  const { text } = ctx;
  const from = Math.max(0, ctx.sentA - 2 * LOOK_BACK);
  const before = text.slice(from, ctx.sentA);
  // (every lead SHARE_LEAD reads holds 分配, and cutting lines out leaves a \n at each cut, so it makes none: a look-back
  // without it is not searched)
  if (!before.includes("分配")) return span;
  const cut = Math.max(before.lastIndexOf("。"), before.lastIndexOf("!"));
  const lead = SHARE_LEAD.exec(before.slice(cut + 1).replace(/\n[^\n]*;\s*(?=\n|$)/gu, "").trimEnd() + "\n");
  if (!lead || !/[:：]\s*\n[^。]*$/u.test(before) || span.metric.length > 16) return span;
  const whole = readClause(lead[1], 0, lead[1].length).metric.replace(/^(?:的)/u, "");
  const noun = /(?:投资|支出|收入|资金|经费)$/u.exec(whole)?.[0];
  // (a share carried the amount's metric: "工业部门投资占比")
  const item = span.metric.replace(/占比$/u, "").replace(new RegExp(`${noun}$`, "u"), "");
  if (!noun || whole.length < 3 || item.includes(noun)) return span;
  const metric = q.unit === "%" ? `${item}${noun}占${whole.replace(/的(?=投资|支出|收入|资金|经费)/u, "")}比重` : `${item}${noun}`;
  return item.length >= 2 ? { ...span, metric } : span;
}

/** "X有A、B等": the noun a count of examples after 有 is of */
const HAS_EXAMPLES = /([^,，;:。\d有]{2,16}?)有[^,，;:。有\d]{2,60}?、[^,，;:。有\d]*$/u;

/**
 * "1956年施工线路有包头——兰州线、内江——昆明线等25条" → 施工线路: a count after examples ending in 等 counts the
 * noun before 有 that the examples are of, not the last example.
 */
function examplesOf(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  if (!/等$/u.test(span.metric) || !COUNT_UNIT.test(q.unit)) return span;
  const m = HAS_EXAMPLES.exec(ctx.text.slice(Math.max(ctx.sentA, span.metricA - LOOK_BACK / 2), span.metricA));
  const noun = m ? m[1].replace(YEAR_HEAD, "").replace(/^(?:年|月底|月)?(?:其中|全国|我国)?/u, "") : "";
  return noun.length >= 2 && !HAS_NUMBER.test(noun) ? { ...span, metric: noun } : span;
}

/**
 * "这些工业建设项目,在今年内可以建设完工的有一百八十八个" → 建设完工的工业建设项目: a count of "those that…" (…的有N个)
 * counts the things the clause before names (an anaphor at its head dropped).
 */
function thoseThat(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  if (!COUNT_UNIT.test(q.unit) || !/的(?:共|还|已|只|约)?有$/u.test(ctx.text.slice(Math.max(ctx.sentA, q.a - 3), q.a))) return span;
  const named = namingBefore(ctx, ctx.breakBefore(span.metricA));
  const noun = named?.metric.replace(ANAPHOR, "").replace(/^的/u, "") ?? "";
  if (noun.length < 2 || HAS_NUMBER.test(noun) || span.metric.includes(noun) || !/(?:项目|单位|企业|工厂|厂|矿|站|学校|医院|工程)$/u.test(noun)) return span;
  return { ...span, metric: `${span.metric.replace(/的$/u, "")}的${noun}` };
}

/** a metric that carried a plan ("工业总产值超过年度计划"), run only on a metric holding 计划 */
const PLAN_CARRIED = needing(["计划"], "^(.{2,}?)(超过)?((?:原定|年度|全年|五年)?计划)$");
/** a plan exceeded right before a number: "超过年度计划", "超过原定计划" */
const PLAN_DONE_END = /完成了?(?:原定|年度|全年|年)?(?:计划|预算)数?$/u;
const EXCEEDED = needing(["超过"], "超过了?((?:原定|年度|全年|五年)?计划|第[一二三四五六七八九十]个五年计划所?规定的?(?:[〇○一二三四五六七八九]{4}年的?)?指标)(?:数)?$");

/**
 * "一九五七年的工业总产值…预计达到六百二十八亿一千万元,超过年度计划百分之四点一,比上一年增长百分之六点九": a number
 * right after 超过…计划 is by how much the subject exceeded its plan (工业总产值, a gap, benchmark 年度计划), or, followed
 * by 的 and a percentage, the plan's own figure ("超过原定计划四百二十七亿四千万元的百分之十五点三" → …原定计划, and the
 * 15.3% a gap against 原定计划); a change after it keeps the subject.
 */
function planExceeded(ctx: SentenceContext, q: Quantity, span: Clause, rows: Indicator[]): Clause {
  const { text } = ctx;
  const prev = rows[rows.length - 1];
  // (or a plan's target for a year: "超过了第一个五年计划所规定的一九五七年的指标百分之一点二")
  const m = EXCEEDED.exec(text.slice(Math.max(ctx.sentA, q.a - 30), q.a));
  const carried = PLAN_CARRIED.exec(span.metric);
  if (!m) {
    // (the share by which it was exceeded, after the plan's figure and 的: "…原定计划四百二十七亿四千万元的百分之十五点三")
    if (carried && prev?.metric === span.metric && !carried[2] && /^的$/u.test(text.slice(prev.valueB, q.a))) {
      return { ...span, metric: carried[1], verb: "gap", gapSign: 1, benchmark: carried[3] };
    }
    return carried && carried[2] && prev?.metric === span.metric ? { ...span, metric: carried[1] } : span;
  }
  let subject = span.metric.replace(/超过了?(?:原定|年度|全年|五年)?(?:计划)?$|超过了?第.{0,24}指标$/u, "");
  const after = rows.findLast((r) => r.metric && !/超过|计划$/u.test(r.metric) && r.valueB <= span.metricA);
  // (or the quantity the sentence opens with: "一九五七年的工业总产值(不包括手工业产值,下同),…")
  const head = /^([^,，(（;:。]{2,24}?)[(（,，]/u.exec(text.slice(ctx.sentA, span.metricA))?.[1].replace(YEAR_HEAD, "").replace(/^的/u, "") ?? "";
  // (or the subject of a plan's completion before: "农业和农副业总产值只完成年度计划的百分之九十八点七,但是还超过了…")
  const done = rows.findLast((r) => r.valueB <= span.metricA && PLAN_DONE_END.test(r.metric))?.metric.replace(PLAN_DONE_END, "");
  if (subject.length < 2) subject = after?.metric ?? (done && done.length >= 2 ? done : QUANTITY_END.test(head) && !HAS_NUMBER.test(head) ? head : "");
  if (subject.length < 2) return span;
  const planFigure = /^的(?:百分之|\d)/u.test(text.slice(q.b, q.b + 5)) && q.unit !== "%";
  // (the excess a gap of the subject, the plan its benchmark: guide, section 3)
  if (!planFigure) return { ...span, metric: subject, verb: "gap", gapSign: 1, benchmark: span.benchmark || m[1] };
  return { ...span, metric: `${subject}${m[1]}`, verb: "level" };
}

/** Nothing left of the clause: a clause before naming an amount, over a year ("一九五四年社会零售总额,比一九五二年…"). */
function amountNamedBefore(ctx: SentenceContext, span: Clause): Clause {
  const named = span.metric ? null : namingBefore(ctx, span.metricA);
  return named && QUANTITY_END.test(named.metric) ? { ...span, metric: named.metric, metricA: named.metricA, metricB: named.metricB } : span;
}

/** Steps 1–5 of `completedSubject`: the subject from the clause itself, the rows before it, its list, an amount named before, and shares. */
function subjectAround(ctx: SentenceContext, q: Quantity, span: Clause, rows: Indicator[]): Clause {
  let c = span;
  // 1. the clause's own words: its circumstance, the product of its verb, who built it
  c = circumstanceOf(ctx, q, c);
  c = productOfVerb(ctx, q, c);
  c = builtByBefore(ctx, q, c);
  // 2. what the rows before in the sentence give it: their mode, amount, members, scope, owner, part
  c = modeOfPrevious(c, rows);
  c = amountOfSubject(ctx, c, rows);
  c = membersOfCount(ctx, c, rows);
  c = scopeOfPrevious(ctx, c, rows);
  c = ownerOfShare(ctx, c, rows);
  c = shareOfPart(ctx, q, c, rows);
  // 3. the items of the same list: a body's measure, things lost or added, flows, products and outputs, awards
  c = bodyOfPrevious(ctx, c, rows);
  c = lossOfPrevious(ctx, c, rows);
  c = addedOfPrevious(ctx, q, c, rows);
  c = flowOfPrevious(ctx, c, rows);
  c = outputOfProduct(ctx, c, rows);
  c = productOfOutput(ctx, c);
  c = awardOfContest(ctx, q, c, rows);
  // 4. nothing of the clause left: an amount a clause before names
  c = amountNamedBefore(ctx, c);
  // 5. notes, bare leftovers, a new subject; shares of what follows, of a whole before, by a verb after
  c = noteOn(ctx, c, rows);
  c = bareLeft(ctx, c, rows);
  c = newSubject(ctx, q, c, rows);
  c = shareOfWhatFollows(ctx, q, c, rows);
  c = shareOfWholeBefore(ctx, q, c);
  c = shareByVerbAfter(ctx, q, c);
  return c;
}

/** Step 6 of `completedSubject`: the speaker dropped, sectors, stages and classes counted, 此/这, examples, "those that", an anaphor resolved (null when it cannot be: the row is dropped). */
function subjectResolved(ctx: SentenceContext, q: Quantity, span: Clause, rows: Indicator[]): Clause | null {
  let c = span;
  c = withoutSpeaker(ctx, q, c, rows);
  c = sectorCount(ctx, q, c, rows);
  c = stageCount(ctx, q, c, rows);
  c = classMembers(ctx, q, c);
  c = forThis(ctx, c);
  c = examplesOf(ctx, q, c);
  c = thoseThat(ctx, q, c);
  return resolveAnaphor(ctx, c, rows);
}

/** Step 7 of `completedSubject`: verb chains, modifier lists, list and lead heads, wholes and parts, a share's numerator, schools, people, a plan's completion or excess, an amount divided. */
function subjectHeads(ctx: SentenceContext, q: Quantity, span: Clause, rows: Indicator[]): Clause {
  let c = span;
  c = verbChain(ctx, c);
  c = modifierList(ctx, c, rows);
  c = listHead(ctx, c);
  c = leadHead(ctx, c);
  c = shareWhole(ctx, c, rows);
  c = genericTopic(ctx, c);
  c = classOfWhole(ctx, c, rows);
  c = partOf(ctx, c);
  c = numeratorOfShare(c, rows);
  c = schoolOf(ctx, c);
  c = leadPeople(ctx, c);
  c = shareNamed(q, c);
  c = planCompletion(ctx, q, c, rows);
  c = planExceeded(ctx, q, c, rows);
  c = dividedAmount(ctx, q, c);
  return c;
}

/** Step 8 of `completedSubject`, for a metric that names something: the topic of its sentence or paragraph (a framed topic, a survey's scope, a place, a programme, funds, a crop, a list's sum, a part of the year, a pool, a relative clause, the verb of examples, a pool's member, a sector, a timed subject). */
function subjectTopic(ctx: SentenceContext, q: Quantity, span: Clause, rows: Indicator[]): Clause {
  let c = span;
  c = framedTopic(ctx, c);
  c = scopeOfSurvey(ctx, c);
  c = placeOfTopic(ctx, c);
  c = programmeOf(ctx, c);
  c = fundsTopic(ctx, c);
  c = cropOfTopic(ctx, c);
  c = sumOfList(ctx, q, c);
  c = yearPartOf(ctx, q, c);
  c = poolOfCount(ctx, q, c);
  c = relativeOfCount(ctx, q, c);
  c = verbOfExamples(ctx, q, c);
  c = memberOfPool(ctx, q, c, rows);
  c = sectorOfLead(ctx, c);
  c = subjectOfTimed(ctx, c, rows);
  return c;
}

/** Step 8 of `completedSubject`, for a metric completed by what follows its count (`countedAfter`): the same few topics. */
function countedTopic(ctx: SentenceContext, q: Quantity, span: Clause, rows: Indicator[]): Clause {
  let c = span;
  c = poolOfCount(ctx, q, c);
  c = fundsTopic(ctx, c);
  c = relativeOfCount(ctx, q, c);
  c = verbOfExamples(ctx, q, c);
  c = memberOfPool(ctx, q, c, rows);
  c = sectorOfLead(ctx, c);
  return c;
}

/**
 * The metric completed where it lost its subject, or null when it names nothing even then (the row is dropped):
 * a sentence-head list item, a colon lead's quantity, a share's base or numerator, a generic head's topic, an
 * anaphor's antecedent.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readText } from "../../run/pipeline.ts";
 * import { findQuantities } from "../numbers/numbers.ts";
 * import { readClause } from "./clause.ts";
 * import { paragraphIndex, sentenceContext } from "./context.ts";
 * import { completedSubject } from "./subject.ts";
 * const text = "一、第一个五年计划的任务\n原煤:全部建成后增加的年产能力将为九千三百一十万吨,五年内增加的年产能力为五千三百八十五万吨。\n";
 * const [doc] = readText("passage", text, "utf-8", { facts: { year: 1955, kind: "government_work_report" }, minChars: 1 });
 * const si = doc.sentences.findIndex((x) => doc.clean.text.slice(x.a, x.b).includes("原煤"));
 * const ctx = sentenceContext(doc, si, paragraphIndex(doc.clean.text, doc.a, doc.b), 1957);
 * const qs = findQuantities(ctx.text, ctx.sentA, ctx.sentB);
 * const cs = ctx.breakBefore(qs[1].a);
 * const span = completedSubject(ctx, qs[1], readClause(ctx.text, cs, qs[1].a), []);
 * assert.equal(span?.metric.endsWith("增加的年产能力"), true);
 * assert.equal(span?.metric.startsWith("原煤"), true);
 * ```
 */
export function completedSubject(ctx: SentenceContext, q: Quantity, span: Clause, rows: Indicator[]): Clause | null {
  const resolved = subjectResolved(ctx, q, subjectAround(ctx, q, span, rows), rows);
  if (!resolved) return null;
  const c = subjectHeads(ctx, q, resolved, rows);
  const words = metricWords(c.metric, c.growthNoun, c.declineNoun).metric;
  if (words && !namesNothing(words)) return subjectTopic(ctx, q, c, rows);
  // (an empty metric is no row unless a share of what follows or a change after a count names it)
  const after = countedAfter(ctx, q, c, rows, !words);
  return after && countedTopic(ctx, q, after, rows);
}

/** a clause opening with a flow verb (a modal before it) and running to 等 before a count: "将要新建安徽响洪甸水库、…等" */
const EXAMPLES_VERB = /^(?:将要|将|要|还要|并)?(\p{Script=Han}{2,3}?)(?=[^,，;；:：。!?]{2,80}等$)/u;

/**
 * "将要新建安徽响洪甸水库、江苏新洋港水闸等24个大型水利工程,续建…等18个大型水利工程" → 新建大型水利工程, 续建大型水利
 * 工程: a count after examples ending in 等 counts what the clause's flow verb does to them (a kept flow verb: 新建, 续建,
 * 改造 …); its noun alone would not tell the two counts apart.
 */
function verbOfExamples(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  if (span.metricA < q.b || ctx.text[q.a - 1] !== "等") return span;
  const c0 = Math.max(ctx.sentA, ctx.commaBefore(q.a));
  const m = EXAMPLES_VERB.exec(ctx.text.slice(c0, q.a).replace(/^[,，;；:：。]/u, ""));
  const verb = m && FLOW_VERB_KEPT.has(m[1]) ? m[1] : "";
  return verb && !span.metric.startsWith(verb) ? { ...span, metric: verb + span.metric } : span;
}

/** a relative clause and 的(,)有 right before a count: "在今年内可以建设完工的,有", "苏联帮助设计和供应设备的共有" */
const RELATIVE_HAS = /([^,，;；:：。!?、]{2,24}?)的[,，]?(?:共有|就有|有)$/u;
/** words opening a relative clause that are no part of what it tells: 在, 由, 我们 … */
const RELATIVE_OPEN = /^(?:在|由|对|對|我们|我們|其中)/u;

/**
 * "在今年内可以建设完工的,有二十一个大型水利工程" → 今年内可以建设完工的大型水利工程: the noun after a count that a
 * relative clause and 的有 introduce is that part of it ("苏联帮助设计和供应设备的共有一百五十六个建设项目").
 */
function relativeOfCount(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  if (span.metricA < q.b || !ctx.text.slice(Math.max(ctx.sentA, q.a - 3), q.a).includes("有")) return span;
  const m = RELATIVE_HAS.exec(ctx.text.slice(Math.max(ctx.sentA, q.a - 40), q.a));
  const rel = m?.[1].replace(RELATIVE_OPEN, "");
  if (!rel || rel.length < 2 || HAS_NUMBER.test(rel) || span.metric.includes(rel)) return span;
  return { ...span, metric: `${rel}的${span.metric}` };
}

/** a metric opening with a part of the year: "三月份的平均日产量" */
const TIMED_HEAD = /^(?:[一二三四五六七八九十]{1,3}|\d{1,2})月份?的?|^(?:上半年|下半年|第[一二三四]季度|[一二三四]季度)的?/u;
/** a subject, then 在 and the time of its measure: "全国煤矿在一二两月份平均的日产量" → 全国煤矿 */
const SUBJECT_AT_TIME = /^(\p{Script=Han}{2,10}?)在(?:[一二三四五六七八九十两、]{1,6}|\d{1,2})月份?/u;

/**
 * "全国煤矿在一二两月份平均的日产量是九十六万吨,…,三月份的平均日产量迅速上升到一百一十三万吨" → 煤矿三月份的平均
 * 日产量: a metric opening with a month or a part of the year is of the subject an earlier row of its sentence names
 * before 在 and its own month, when both measure the same (their last two characters).
 */
function subjectOfTimed(ctx: SentenceContext, span: Clause, rows: Indicator[]): Clause {
  if (!TIMED_HEAD.test(span.metric)) return span;
  const prev = rows.findLast((r) => r.valueB >= ctx.sentA && r.valueB <= span.metricA && SUBJECT_AT_TIME.test(r.metric));
  if (!prev || prev.metric.slice(-2) !== span.metric.slice(-2)) return span;
  const subject = SUBJECT_AT_TIME.exec(prev.metric)![1];
  return span.metric.startsWith(subject) ? span : { ...span, metric: subject + span.metric };
}

/** a paragraph opening with an industry named alone: "冶金工业。" (its lead, the stop off) */
const SECTOR_LEAD = /^\s*((?!.*(?:发展|主攻|振兴|推进|加快|做强|壮大))\p{Script=Han}{1,4}(?:工业|工業))$/u;
/** this year's time and a modal opening a metric, or what is left of them (内可以), which the industry goes before */
const THIS_YEAR_HEAD = /^(?:在?(?:今年|本年|当年)内?|内(?=可以))?(?:可以)?/u;

/**
 * "冶金工业。冶金工业部有五十七个建设项目,…这些建设项目,在今年内可以建设完工的有十四个" → 冶金工业建设完工的建设项目:
 * in a paragraph opening with an industry named alone, projects counted without any industry of their own are that
 * industry's.
 */
function sectorOfLead(ctx: SentenceContext, span: Clause): Clause {
  if (!span.metric.endsWith("项目") || span.metric.includes("工业") || span.metric.includes("工業")) return span; // (cheap guard)
  const sector = SECTOR_LEAD.exec(ctx.lead)?.[1];
  return sector && ctx.sentA > ctx.paraA ? { ...span, metric: sector + span.metric.replace(THIS_YEAR_HEAD, "") } : span;
}

/** the last 其中 at or before a place and not before a floor */
const LAST_AMONG = lastWithin("其中");

/** what a pool's count says of its members before its head noun: "在今年进行建设的限额以上的" (项目) */
const POOL_MODIFIER = /^(?:在|对|對)?(.{2,30}的)[^的]{1,6}$/u;

/**
 * "在今年进行建设的限额以上的项目共有一千零九十二个,其中包括五十一个钢铁企业,三十三个有色金属企业" → 今年进行建设的
 * 限额以上的有色金属企业: a plain noun counted after 其中 is a member of the pool counted right before it, and takes
 * what the pool's metric says of it before its head noun (the pool's metric holding a 的; not a part told with its own 的).
 */
function memberOfPool(ctx: SentenceContext, q: Quantity, span: Clause, rows: Indicator[]): Clause {
  // (searched back within the sentence, from the places of 其中 found once: a long sentence stays linear)
  const k = LAST_AMONG(ctx.text, q.a, ctx.sentA);
  const between = ctx.text.slice(k, q.a);
  // (not a part told with its own relative clause: "其中全部建成和部分建成而投入生产的约有七百个")
  if (k < ctx.sentA || span.metric.includes("的") || /[;；。]|的[约近共]?有$/u.test(between)) return span;
  const pool = rows.findLast((r) => r.valueB <= k && r.valueB >= k - 3 && r.unit === q.unit && r.metric.includes("的"));
  if (!pool || !/^[个個项項]$/u.test(q.unit) || !/^[个個项項]?[,，]$/u.test(ctx.text.slice(pool.valueB, k))) return span;
  const mod = POOL_MODIFIER.exec(pool.metric)?.[1];
  if (!mod || span.metric.startsWith(mod)) return span;
  return { ...span, metric: mod + span.metric };
}

/** a generic noun of projects or units, alone or opening a metric: 单位, 工业单位, 项目, 重要项目 */
const POOL_NOUN = /^(?:(?:工业|工業|重要|重大)?(?:单位|單位|项目|項目))/u;
/** a set of projects or units a relative clause names, counted: "苏联帮助我国建设的一百五十六个工业单位" (its clause's head off) */
const POOL_COUNTED = /([^,，;；:：。、\d０-９的]{3,16}的)[\d０-９〇○零一二三四五六七八九十百千两]+(?:个|個|项|項)((?:工业|工業|重要|重大)?(?:单位|單位|项目|項目))/u;
/** what a clause before the count tells of the pool's part it counts: "在第一个五年计划期间开始施工的是", "已全部或者部分完工並投入生産的有" */
const PART_TOLD = /^(?:已经?)?(.{2,24}?)的(?:是|有)$/u;

/**
 * "苏联帮助我国建设的一百五十六个工业单位,在第一个五年计划期间开始施工的是一百四十五个单位" → 苏联帮助我国建设的工业单位
 * 在第一个五年计划期间开始施工的: a count of projects or units whose metric is the generic noun alone, or a part told of
 * them (…的有十七项), is of the set a relative clause names earlier in its sentence (or right before it: "在蘇聯協助我國建設的
 * 一百四十一個項目中" → 蘇聯協助我國建設的項目); alone 单位 or 項目 names nothing (round 14 n1c's left class).
 */
function poolOfCount(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  const noun = POOL_NOUN.exec(span.metric)?.[0];
  const told = ctx.text.slice(Math.max(ctx.sentA, ctx.commaBefore(q.a)), q.a).replace(/^[,，;；]/u, "");
  const part = told.endsWith("的有") || told.endsWith("的是") ? PART_TOLD.exec(told)?.[1] : undefined;
  if (!noun && !part) return span;
  const before = ctx.text.slice(ctx.sentA, q.a);
  // (the pool right before the number: its relative clause, 在 off)
  if (noun === span.metric.replace(/中$/u, "") && told.endsWith("的") && !HAS_NUMBER.test(told) && told.length <= 18) {
    return { ...span, metric: told.replace(/^(?:在|对|對)/u, "") + noun };
  }
  const pool = before.includes("的") ? POOL_COUNTED.exec(before) : null;
  // (not a pool the count includes: "包括苏联帮助我国建设的一百五十六个单位在内,在限额以上的有六百九十四个")
  if (!pool || pool[1].startsWith("包括") || before.length - pool.index - pool[0].length < 1) return span;
  const owner = pool[1].replace(/^(?:在|对|對|而且|而|其中)/u, "");
  const rest = noun ? span.metric.slice(noun.length).replace(/以外$/u, "") : span.metric;
  return { ...span, metric: owner + pool[2] + (part && noun ? part : "") + rest };
}

/** classes of regions alone, a 分别 list's places: "全国三类地区" (分别达到四百斤、五百斤、八百斤) */
const REGION_CLASSES = /^在?(?:全国)?[一二三四五六七八九十两]类地区$/u;
/**
 * "规定粮食的单位面积产量,到一九六七年在全国三类地区分别达到四百斤、…" → 全国三类地区粮食的单位面积产量: classes of
 * regions (a list item's metric, starting at `at`) are where the values hold, not what they measure; the measure is the
 * clause before, naming it alone.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import type { SentenceContext } from "./context.ts";
 * import { regionClassMetric } from "./subject.ts";
 * assert.equal(regionClassMetric({} as SentenceContext, 0, "粮食产量"), "粮食产量");
 * ```
 */
export function regionClassMetric(ctx: SentenceContext, at: number, metric: string): string {
  if (!metric.endsWith("类地区") || !REGION_CLASSES.test(metric)) return metric;
  const comma = Math.max(ctx.text.lastIndexOf(",", at), ctx.text.lastIndexOf("，", at));
  const named = comma > ctx.sentA ? namingBefore(ctx, comma + 1) : null;
  // (what the clause before says is set: "规定粮食的单位面积产量,")
  return named ? metric + named.metric.replace(/^(?:规定|要求)/u, "") : metric;
}


/** a statement framed by its topic at its head: "以油料作物来说,", "在手工业方面," (cheap guards: 来说, 方面) */
const FRAMED_TOPIC = /^\s*(?:以(\p{Script=Han}{2,8}?)来说|在(\p{Script=Han}{2,8}?)方面)[,，]/u;
/** a measure alone, after a flow verb, naming no crop or good: 扩大播种面积, 增加产量 (the 内 a time word left: 五年内) */
const BARE_MEASURE = /^(?:内|中|全国)?(?:扩大|增加|新增|减少|提高)?的?(?:播种面积|种植面积|面积|产量|总产量|亩产|单产|总产值|产值)$/u;

/**
 * "以油料作物来说,如果…动手种植,五年内扩大播种面积三千二百多万亩" → 油料作物扩大播种面积: a measure alone in a
 * statement framed by its topic (以X来说, 在X方面,) is the topic's; alone it reads as the whole country's (audit a1 A70;
 * "在手工业方面,1956年的全国总产值将比1955年增长16.2%" → 手工业总产值, round 15 na).
 */
function framedTopic(ctx: SentenceContext, span: Clause): Clause {
  if (!BARE_MEASURE.test(span.metric)) return span;
  const head = ctx.text.slice(ctx.sentA, span.metricA);
  if (!head.includes("来说") && !head.includes("方面")) return span;
  const m = FRAMED_TOPIC.exec(afterLast(head, ";；"));
  const topic = m?.[1] ?? m?.[2];
  return topic && !HAS_NUMBER.test(topic) ? { ...span, metric: topic + span.metric.replace(/^(?:[内中]|全国)/u, "") } : span;
}

/** a programme's generic word standing alone for its metric: 试点 (扩大到…), 试点范围, 覆盖面, 参保人数 */
const PROGRAMME_WORD = /^(?:试点(?:的)?(?:范围|城市|地区|县|省份)?|覆盖面|覆盖范围|参保人数|参保率)$/u;
/**
 * the programme an earlier clause of the sentence names, after its verb or at a clause's head, with its 制度 or
 * 试点: "开展新型农村社会养老保险试点", "城镇职工基本养老保险制度不断完善", "进行了企业优化资本结构的试点"
 */
const PROGRAMME_NAME = /(?:^|[,，;；:：]|开展|推进|进行了?|启动|完善)((?:(?!开展|推进|进行|启动|完善)\p{Script=Han}){2,18}?(?:保险|医疗|改革|资本结构))的?(?:制度|试点)/gu;

/**
 * "2343个县(市、区)开展新型农村社会养老保险试点,…,覆盖面扩大到60%以上" → 新型农村社会养老保险试点覆盖面: a
 * programme's generic word alone (试点, 试点范围, 覆盖面, 参保人数) is of the programme an earlier clause of the
 * sentence names, the nearest (audit s6 a2 #53); no programme named, the word stays.
 */
function programmeOf(ctx: SentenceContext, span: Clause): Clause {
  if (!PROGRAMME_WORD.test(span.metric) || span.metricA <= ctx.sentA) return span;
  const before = ctx.text.slice(ctx.sentA, span.metricA);
  if (before.indexOf("试点") < 0 && before.indexOf("制度") < 0) return span;
  const name = matches(PROGRAMME_NAME, before).at(-1)?.[1];
  if (!name) return span;
  return { ...span, metric: name + (!span.metric.startsWith("覆盖") ? "" : PROGRAMME_TRIAL.test(before.slice(before.lastIndexOf(name))) ? "试点" : "") + span.metric };
}
/** the programme named as a trial, whose coverage a 覆盖面 is: "…保险试点", "…改革的试点" */
const PROGRAMME_TRIAL = /^\p{Script=Han}+?的?试点/u;

/** a payer's money named by its kind alone: 中央财政补贴资金, 中央财政补助资金, 中央财政资金 */
const GENERIC_FUNDS = /^((?:中央|国家|地方|各级)?财政)(?:拟|将)?(?:安排|投入)?(补贴资金|补助资金|资金)$/u;
/** a task the paragraph announces before, in a sentence of its own (one sentence without numbers between at most): "三要进一步增加农业补贴。", "一是积极推行…制度。" */
const TASK_SENTENCE = /(?:^|[。:：])(?:[一二三四五六七八九十]+(?:是|要)|首先|其次)(?:要)?(?:进一步|积极|继续|大力|加快)*(?:推行|增加|加大|推进|实施|完善|落实|提高)?((?:(?![要是])[^。:：,，;；\d、]){4,16})。(?:[^。]{0,50}。)?$/u;
/** a sum said of what comes before, right before the number: "将共达", "共为", "共增加大约", "合计" */
const SUM_VERB = /^[^,，;；。、]{0,4}?(?:共|合计|合計|总共|總共)/u;
/** the head of a list's first item, before what it names: "国营企业和国家机关所支付的", "1956年国家预算规定" */
const ITEM_LEAD = /^.*(?:的|规定|規定)/u;
/** modals and adverbs at the head of a list's first item: "要再开工建设…" */
const MODAL_HEAD = /^(?:要|将|將|还|還|再|又|也)+(?=\p{Script=Han}{2})/u;

/**
 * "国营企业和国家机关所支付的劳动保险基金、医药费、福利费和文化教育费将共达五十亿元以上" → the whole list: a metric
 * that is the last item of a 、 list, the amount said to be their sum (共达, 共为, 合计), is of all the items, not the last.
 */
function sumOfList(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  const { text } = ctx;
  // (a list the finder already took whole, find.ts SUM_LIST: its first item's lead verbs and modals off, its owner kept)
  if (span.metric.includes("、") && SUM_VERB.test(text.slice(span.metricB, q.a))) return { ...span, metric: withoutItemLead(span.metric, false) };
  if (text[span.metricA - 1] !== "、" || !SUM_VERB.test(text.slice(span.metricB, q.a)) || text.slice(span.metricA, span.metricB) !== span.metric) return span;
  const start = Math.max(ctx.sentA, ctx.commaBefore(span.metricA), span.metricA - 50);
  const items = text.slice(start, span.metricA - 1).split("、");
  if (items.some((x) => x.length < 1 || x.length > 24 || HAS_NUMBER.test(x.replace(YEAR_G, "")))) return span;
  const metric = withoutItemLead([...items, span.metric].join("、"), true);
  return { ...span, metric, metricA: span.metricA - 1 - items.join("、").length };
}

/**
 * A 、 list read as a clause of its own: its first item's lead verbs and modals off ("要再开工建设保障性住房" →
 * 保障性住房), and its owner or rule (`owner`: "国营企业和国家机关所支付的", "1956年国家预算规定"); the list as it
 * was when that leaves the first item empty ("新建、改建和续建的…").
 */
function withoutItemLead(list: string, owner: boolean): string {
  const items = list.split("、");
  const lead = readClause(items[0], 0, items[0].length).metric;
  const first = (lead.length < items[0].length ? lead : items[0]);
  items[0] = (owner ? first.replace(ITEM_LEAD, "") : first).replace(YEAR_HEAD, "").replace(MODAL_HEAD, "");
  return items[0] ? items.join("、") : list;
}

/** a crop or product taken up at a sentence's head: "以油料作物来说," (以/拿/就 … 来说/而言) */
const TOPIC_CROP = /^(?:以|拿|就)((?:(?![的在])\p{Script=Han}){2,6}?)(?:来说|來說|而言)[,，]/u;
/** a measure of land or output that names no crop: "扩大播种面积", "增加的产量" */
const CROPLESS = /^(?:扩大|擴大|增加|新增)?的?(?:播种面积|播種面積|面积|面積|产量|産量|总产量|總産量|单位面积产量|亩产|畝産)$/u;

/**
 * "以油料作物来说,…五年内扩大播种面积三千二百多万亩" → 油料作物扩大播种面积: a measure of land or output naming no crop
 * is of the crop the sentence takes up at its head (a restricting subject, not the whole of the country's sown area).
 */
function cropOfTopic(ctx: SentenceContext, span: Clause): Clause {
  if (!span.metric.includes("面") && !span.metric.includes("产") && !span.metric.includes("産")) return span;
  // (the sentence's head first: 产 is in most metrics, a topic at the head in few)
  const head = ctx.text.slice(ctx.sentA, Math.min(ctx.sentA + 14, span.metricA));
  if (!head.includes("来说") && !head.includes("來說") && !head.includes("而言")) return span;
  const words = metricWords(span.metric, false, false).metric;
  if (!CROPLESS.test(words)) return span;
  const m = TOPIC_CROP.exec(head);
  return m ? { ...span, metric: m[1] + words } : span;
}

/** a scheme an earlier clause of the sentence opens with, whose money the amount is: "农机具购置补贴覆盖到…," */
const SCHEME_OPENING = /(?:^|[,，;；])((?:(?![对的])\p{Script=Han}){3,10}?补贴)(?=覆盖|范围|标准)/u;

/**
 * "三要进一步增加农业补贴。中央财政拟安排补贴资金1230亿元" → 中央财政农业补贴资金: money a payer sets aside named by
 * its kind alone is for the task the paragraph announced in the sentence before (一是/三要…, with no number), or
 * for the one scheme an earlier clause of its sentence opens with ("农机具购置补贴覆盖到…,中央财政拟安排资金130亿元").
 */
function fundsTopic(ctx: SentenceContext, span: Clause): Clause {
  const m = GENERIC_FUNDS.exec(span.metric);
  if (!m) return span;
  const scheme = SCHEME_OPENING.exec(ctx.text.slice(ctx.sentA, Math.max(ctx.sentA, span.metricA)))?.[1] ??
    TASK_SENTENCE.exec(ctx.text.slice(Math.max(ctx.paraA, ctx.sentA - 90), ctx.sentA))?.[1]?.replace(/制度$/u, "");
  if (!scheme) return span;
  return { ...span, metric: m[1] + scheme + (scheme.endsWith("补贴") && m[2].startsWith("补贴") ? m[2].slice(2) : m[2]) };
}

/** a part of the year named before a metric's number (第一季度, 上半年, 一二两月份, 1到10月; not 比一季度), the last one */
const METRIC_YEAR_PART = needing(["季度", "半年", "月"], `(?<![比较同与])(?:${[...cues.year_part_past, ...dict.year_parts].join("|")})`, "gu");
/** what, between that part and the metric, gives the number a time of its own or makes it a plan */
const OTHER_TIME = /\d{4}年|[〇○零一二三四五六七八九十]{2,4}年|[今明本全]年|[去上]年(?!同期)|[季月]|计划|将|要|预计/u;

/**
 * "今年第一季度,工业生产又比去年同期增长12%" → 第一季度工业生产: a part of the year named before a metric in its
 * sentence, after the last ; (a list after it shares it: "上半年产值比去年同期增长14.1%,上缴国家的利润增长16.3%"),
 * stays in the metric, which would read as the whole year's with its period a year (audit s6 a1 B61).
 */
function yearPartOf(ctx: SentenceContext, q: Quantity, span: Clause): Clause {
  const b = q.a, from = Math.max(ctx.sentA, Math.min(span.metricA, b) - 40);
  const a = Math.max(from, lastOf(ctx.text, /[;；]/u, from, b) + 1);
  const before = ctx.text.slice(a, b);
  if (/[季月]|半年/u.test(span.metric)) return span;
  const m = matches(METRIC_YEAR_PART, before).at(-1);
  if (!m || OTHER_TIME.test(before.slice(m.index + m[0].length))) return span;
  // (the words the metric is read as, with what its head drops: 由于含硫过多… → 含硫过多…)
  const words = metricWords(span.metric, span.growthNoun, span.declineNoun).metric;
  return { ...span, metric: m[0] + (words && span.metric.endsWith(words) ? words : span.metric) };
}

/** a kept flow verb (新增, 新建, 新改建…), longest first */
const FLOW_VERB_HEAD = [...FLOW_VERB_KEPT].filter((v) => !v.startsWith("累计")).sort((a, b) => b.length - a.length).join("|");
/** 、 items without numbers after a kept flow verb, which the count after them covers too: "新增电子病历共享应用、" */
const FLOW_ITEMS = new RegExp(`^(?:${FLOW_VERB_HEAD})(?:[^,，;；:：。、\\dx]{2,16}、)+$`, "u"); // (x: a masked digit)
/** verbs alone, before the verb of a count's object: "制定、" (修订和废止省政府规章9件) */
const VERB_ITEMS = new RegExp(`^(?:(?:${alt(cues.lead_verbs)}|${alt(cues.actions)})、)+$`, "u");
const VERB_HEAD = new RegExp(`^(?:${alt(cues.lead_verbs)}|${alt(cues.actions)})`, "u");

/**
 * A count after 、 items without numbers that a flow verb leads counts them all: "新增电子病历共享应用、检查检验结果
 * 互认医院60家" → the metric is the whole list with its verb (新增 shared over the 、 list; audit s4 B119), and so
 * is "制定、修订和废止省政府规章9件" (verbs joined by 、 before the one the metric starts with).
 * Not a rate or share, which a flow verb does not go onto.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readClause } from "./clause.ts";
 * import { countedItems } from "./subject.ts";
 * const text = "深化医疗大数据应用,新增电子病历共享应用、检查检验结果互认医院60家";
 * const span = readClause(text, text.indexOf("检查"), text.indexOf("60"));
 * const ctx = { text, sentA: 0, commaBefore: (p: number) => text.lastIndexOf(",", p - 1) };
 * assert.equal(countedItems(ctx, span).metric, "新增电子病历共享应用、检查检验结果互认医院");
 * ```
 */
export function countedItems(ctx: Pick<SentenceContext, "text" | "sentA" | "commaBefore">, span: Clause): Clause {
  const text = ctx.text;
  if (text[span.metricA - 1] !== "、" || span.metric.length < 2 || RATE_OR_SHARE_END.test(span.metric)) return span;
  const itemsA = Math.max(ctx.sentA, ctx.commaBefore(span.metricA - 1));
  // (not a metric after its number, 新增A、B等4个…集群, whose list is read as names; nor one holding the items already)
  if (/[\dx]/u.test(text.slice(span.metricA, span.metricB))) return span;
  const items = text.slice(itemsA, span.metricA).replace(/^[,，;；:：]/u, "");
  if (!FLOW_ITEMS.test(items) && !(VERB_ITEMS.test(items) && VERB_HEAD.test(span.metric))) return span;
  // (nor examples before a noun, 信用就医等特色应用场景, nor a 各 list: examplesWhole and the 各 split read those)
  if (span.metric.includes(items.slice(-4)) || /等\p{Script=Han}|各$/u.test(span.metric)) return span;
  return { ...span, metric: items + span.metric };
}

/** a level word alone, a count's metric after it: "2个国家级" (、3个省级文化生态保护区) */
const LEVEL_ONLY = /^(?:国家|省|市|县|区|乡镇|村)级$/u;
/** the noun the next level word goes with: "、3个省级文化生态保护区", "和250个省、市(地)级疾病预防控制中心", "和国家级绿色工厂" */
const NEXT_LEVEL_NOUN = /^[、和及](?:[\d.]+|[一二两三四五六七八九十百]+)?[个家所处座项]?[^,，;；。\d]{0,8}?级([^,，;；:：。!?、\d和及]{2,14}?)(?=[,，;；:：。!?、]|$|基本|全部|均|已|陆续|建成|开工|投用)/u;

/**
 * A count whose metric is only a level word takes the noun of the level word after it: "建好2个国家级、3个省级
 * 文化生态保护区" → 国家级文化生态保护区; "培育30个省级和国家级绿色工厂" → 省级和国家级绿色工厂 (one count of both).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { levelWordNoun } from "./subject.ts";
 * const text = "建好2个国家级、3个省级文化生态保护区,积极开展“闽学”研究";
 * const span = { metricA: text.indexOf("国家级"), metricB: text.indexOf("、"), metric: "国家级" };
 * assert.equal(levelWordNoun({ text, sentB: text.length }, span).metric, "国家级文化生态保护区");
 * ```
 */
export function levelWordNoun<C extends Pick<Clause, "metric" | "metricA" | "metricB">>(ctx: Pick<SentenceContext, "text" | "sentB">, span: C): C {
  if (!LEVEL_ONLY.test(span.metric)) return span;
  const after = ctx.text.slice(span.metricB, Math.min(ctx.sentB, span.metricB + 30));
  const m = NEXT_LEVEL_NOUN.exec(after);
  if (!m) return span;
  // (no count between: the one count is of both levels)
  return { ...span, metric: /^和[^\d一二两三四五六七八九十]/u.test(after) ? `${span.metric}${after.slice(0, m[0].length)}` : span.metric + m[1] };
}

/** where the scheme a clause names ends: at a verb of its reach (试点已扩大到671个县) or its appeal (…体育赛事热度空前); a number before it is another row's */
const SCHEME_END = /[\d０-９〇零一二三四五六七八九十百千万亿%]|已|扩大|达到|覆盖|增加|提高|热度/u;
/** verbs and adverbs opening the scheme's clause, no part of its name ("全面建立", "积极稳妥推进") */
const SCHEME_LEAD = /^(?:全面|进一步|继续|积极|逐步|普遍|大力|稳妥)*(?:建立|实施|推行|推进|落实|提供|发放|完善|开展|设立)?了?/u;

/** The scheme the clause ending at the separator at or before `cs` names, its lead verbs dropped; "" unless it is 2 to 24 characters. */
function schemeBefore(ctx: Pick<SentenceContext, "text" | "sentA">, cs: number): string {
  const { text } = ctx;
  const sep = /[,，;；]/u.test(text[cs] ?? "") ? cs : cs - 1;
  let a = sep;
  while (a > ctx.sentA && !/[,，;；:：。]/u.test(text[a - 1])) a--;
  const clause = text.slice(a, sep);
  const end = SCHEME_END.exec(clause);
  // (a number first is a figure of the clause's own, 化解率达94%, 筹措30.5亿元: no scheme named)
  if (end && /^[\d０-９〇零一二三四五六七八九十百千万亿%]/u.test(end[0])) return "";
  const name = clause.slice(0, end?.index ?? clause.length).replace(SCHEME_LEAD, "");
  return name.length >= 2 && name.length <= 24 && /\p{Script=Han}$/u.test(name) ? name : "";
}

/** a metric led by the verb of those a scheme reached or drew in: 惠及…, 受益群众, 参与群众 */
const BENEFIT_LED = /^(?:惠及|受益(?=群众|人口|居民|农户|学生)|参与(?=群众|人数|居民))/u;

/**
 * "国家奖助学金提标扩面、助学贷款提额降息,惠及学生3400多万人次": a metric led by 惠及 opening its clause is of the scheme before;
 * so are those who gained or took part (开展清洁能源集中供暖试点,受益群众超20万人 → 清洁能源集中供暖试点受益群众).
 */
function schemeLed<C extends Pick<Clause, "metric" | "metricA">>(ctx: Pick<SentenceContext, "text" | "sentA" | "commaBefore">, span: C): C {
  const cs = Math.max(ctx.sentA, ctx.commaBefore(span.metricA));
  const scheme = /^[,，;；]?$/u.test(ctx.text.slice(cs, span.metricA)) ? schemeBefore(ctx, cs) : "";
  return scheme ? { ...span, metric: scheme + span.metric } : span;
}

/**
 * The people or homes a count after 惠及 counts are those the clause's subject reached: "长期护理保险制度试点惠及
 * 1.7万个家庭" → 长期护理保险制度试点惠及家庭 (not 家庭, which reads as all households); with no subject in the
 * clause, 惠及 alone (…,惠及1.77亿农民 → 惠及农民).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { beneficiaries } from "./subject.ts";
 * const text = "建成610个乡镇养老服务中心,长期护理保险制度试点惠及1.7万个家庭。";
 * const a = text.indexOf("1.7"), b = text.indexOf("家庭");
 * const ctx = { text, sentA: 0, commaBefore: (p: number) => text.lastIndexOf(",", p - 1) };
 * const span = { metric: "家庭", metricA: b, metricB: b + 2 };
 * assert.equal(beneficiaries(ctx, { a, b }, span).metric, "长期护理保险制度试点惠及家庭");
 * ```
 */
export function beneficiaries<C extends Pick<Clause, "metric" | "metricA" | "metricB">>(
  ctx: Pick<SentenceContext, "text" | "sentA" | "commaBefore">, q: Pick<Quantity, "a" | "b">, span: C,
): C {
  if (span.metricA < q.b) return BENEFIT_LED.test(span.metric) ? schemeLed(ctx, span) : span;
  if (ctx.text.slice(q.a - 2, q.a) !== "惠及") return span;
  const cs = Math.max(ctx.sentA, ctx.commaBefore(q.a - 2));
  const subject = ctx.text.slice(cs, q.a - 2).replace(/^[,，;；:：、]/u, "");
  // (惠及 alone opening its clause: the scheme the clause before names, 新型农村合作医疗制度试点已扩大到671个县,惠及…)
  const scheme = subject ? "" : schemeBefore(ctx, cs);
  if (span.metric.startsWith("惠及")) return scheme ? { ...span, metric: scheme + span.metric } : span;
  // (a subject with a number of its own is another row's: 改造老旧小区2622个,惠及…)
  if (subject.length > 24 || /[\d%]/u.test(subject || scheme)) return { ...span, metric: `惠及${span.metric}` };
  return { ...span, metric: `${subject || scheme}惠及${span.metric}` };
}

/** the patterns here run only on a text holding one of their words (test/needing_guards.test.ts checks them on data/raw) */
export const SUBJECT_GUARDED = { LIST_HEAD, SHARE_END, SHARE_HEAD, SHARE_NAMED, PLAN_CARRIED, COMPLETION_CARRIED, EXCEEDED, CLOSES };
