/**
 * The indicator stage's cue patterns, compiled once from
 * `data/dictionary/indicator_cues.json` (the words are data; the grammar
 * around them — 由…至, 比…年, 是…的 — is written here).
 */
import { indicatorCues as cues, metricEdges, metricSubjects } from "../../dictionary/dictionary.ts";
import { alternation as alt, endAnchored, escapeRegex, needing, patternAlternation } from "../../text/regex.ts";
import { charClass } from "../../text/hot.ts";

export { cues };

/** a year in Chinese numerals (一九五七, 二〇二五), as a pattern's source */
export const CN_YEAR = "[〇○零一二三四五六七八九]{4}";

/** a qualifier word before a number, not the end of a word that holds it (节约 is no 约; metric_edges.json) */
const qualWord = (q: string) => {
  const heads = metricEdges.not_qualifier.filter((w) => w.endsWith(q) && w.length > q.length).map((w) => w.slice(0, -q.length));
  return (heads.length ? `(?<!${alt(heads)})` : "") + escapeRegex(q);
};
export const QUAL_BEFORE = endAnchored(
  `(?:${Object.keys(cues.qualifiers_before).sort((a, b) => b.length - a.length).map(qualWord).join("|")})`,
);
// trailing entries may be patterns ("比\\d{4}年"), so they are not escaped; a qualifier word among them keeps the words ending in it (节约)
export const TRAILING = endAnchored(
  `(?:${[...cues.trailing].sort((a, b) => b.length - a.length).map((w) => w in cues.qualifiers_before ? qualWord(w) : w).join("|")})`,
);
export const ADDED_END = endAnchored(`(?:${alt(cues.added)})`);
export const GROWTH_END = endAnchored(`(?:${alt(cues.growth)})`);
export const DECLINE_END = endAnchored(`(?:${alt(cues.decline)})`);
export const GROWTH_NOUN_END = endAnchored(`(?:${alt(cues.growth_nouns)})`); // (classify.ts replaces with it)
export const DECLINE_NOUN_END = endAnchored(`(?:${alt(cues.decline_nouns)})`); // (classify.ts replaces with it)
export const LEVEL_AFTER_END = endAnchored(`(?:${alt(cues.growth)}|${alt(cues.decline)})(?:${alt(cues.level_after)})`);
export const GAP = endAnchored(`(${alt(Object.keys(cues.gap_verbs))})(${alt(cues.benchmarks)})?(?:平均水平|平均)?`);
export const SCOPE = new RegExp(`^(?:${cues.scope.join("|")})`, "u");
export const TIME_WORD = new RegExp(alt(cues.time_words), "u");
/** a base year: "比1995年", "同1978年相比", "同完成经济恢复的1952年相比" (a modifier between 同 and its year) */
export const BASE_YEAR_G = /(?:比|从|由|与|较|同|(?:同|与)[^,，;；。\d]{1,10}的(?=\d{4}年(?:末|底)?相比))(\d{4})年(?:末|底)?(?:相比|相较)?/gu;
export const COMPARE_BASE = endAnchored(`比((?:\\d{4}|${CN_YEAR})年(?:末|底)?)`);
export const LEAD_VERB = new RegExp(`^(?:${alt(cues.lead_verbs)})(?=.{2,})`, "u");
/**
 * lead verbs that name the flow a count measures and stay in its metric (guide: 新建学校15所 is a level of
 * 新建学校; gold NOTES, "Verbs: kept"): the 新… verbs, 累计…, and those of `flow_verbs_kept`, whose object
 * alone would misstate the count (改造农村公路, 关停矿山, 认定高新技术企业, 解决…问题, 建设高标准农田).
 */
const FLOW_KEPT_WORDS = new Set(cues.flow_verbs_kept);
const FLOW_KEPT = [...new Set([...cues.lead_verbs, ...cues.actions, ...cues.added, ...cues.flow_verbs_kept])].filter((v) =>
  /^(?:新|累计)/u.test(v) || FLOW_KEPT_WORDS.has(v)
);
export const FLOW_VERB_KEPT = new Set(FLOW_KEPT);
/** such verbs right before a count (its metric following the number): "新增10家…企业", "新建改造50个…", joined: "新建、改建16万户…", "取消和停征100项…", "制定或修订了30件…" */
const FLOW_ONE = alt(FLOW_KEPT.filter((v) => !v.startsWith("累计")));
export const FLOW_VERB_END = endAnchored(`(?:${FLOW_ONE})(?:(?:[、和及]|或者?)?(?:${FLOW_ONE}))*了?`);
/**
 * a list's shared flow verb and level word at a metric's head: "新增国家级" (制造业单项冠军14家、专精特新企业38家),
 * with the 累计 a one-year review keeps before it (累计创建国家级绿色园区16个、绿色工厂…: row.ts)
 */
export const FLOW_HEAD_SHARED = new RegExp(
  `^((?:累计)?(?:${FLOW_ONE})(?:[、和及]?(?:${FLOW_ONE}))*)(${alt(cues.list_shared_heads)})?`,
  "u",
);
/** a raise verb at a metric's head before a standard or limit: "次年提高大病保险最高支付限额" (`raise_verbs`, `raised_standards`) */
export const RAISED_STANDARD = new RegExp(
  `^[^,，;；。]{0,4}?(?:${alt(cues.raise_verbs)})(\\p{Script=Han}{2,}?(?:${alt(cues.raised_standards)}))$`,
  "u",
);
/** a metric that is a rate or a share, which a list's flow verb does not go onto */
export const RATE_OR_SHARE_END = endAnchored("率|比重|占比|比例|指数|强度|水平|增速|涨幅|增幅|降幅");
export const PAIRED = cues.paired_compounds;
/** a 分别 list's shared measure words (`list_shared_tails`), longest first */
export const LIST_TAILS = [...cues.list_shared_tails].sort((a, b) => b.length - a.length);
/** measure words that a 分别 list's later items may be alone, taking the first item's head (`list_head_measures`), longest first */
export const HEAD_MEASURES = [...cues.list_head_measures].sort((a, b) => b.length - a.length);
/** a 分别 list's first item whose head the items after share: "中央财政用于" + 科技 (`list_shared_head_ends`) */
export const LIST_HEAD = new RegExp(`^(\\p{Script=Han}{2,}?(?:${alt(cues.list_shared_head_ends)}))(.{2,})$`, "u");
/** a percentage whose metric ends in one of these counts their share: "公办园在园幼儿超过50%" */
export const SHARE_NOUN_END = endAnchored(alt(cues.share_nouns));
export const RANK_TAIL = new RegExp(`(?:${alt(cues.rank_verbs)})((?:${alt(cues.benchmarks)}|全球|世界|全国同类城市|(?:(?!分别|上升|升至|升到|跃居|提升)[^,;。第]){0,8}))?$`, "u");
/** what a rank without a rank verb leaves at the metric's end: "总数全国第一", "连续10年全国第一", "连续33个榨季排全国" */
export const RANK_SCOPE_END = endAnchored("(?:连续[\\d一二三四五六七八九十]+个?(?:年|榨季|季度|届)?)?(?:全国同类城市|全国|全省|全市|全区|全球|世界)");
export const RANK_STREAK_END = endAnchored("连续[\\d一二三四五六七八九十]+个?(?:年|榨季|季度|届)");
export const POLICY_AFTER = new RegExp(`^(?:${alt(cues.policy_names)})`, "u");
export const ACTION_END = endAnchored(`(?:${alt(cues.actions)})`);
/** action words that end in a growth verb (改造提升): no growth, whatever their last word */
export const ACTION_GROWTH_END = endAnchored(
  `(?:${alt(cues.actions.filter((a) => cues.growth.some((g) => g.length >= 2 && a.length > g.length && a.endsWith(g))))})`,
);
/** who pays, then a time word: "中央财政全年用于…" keeps its payer and drops the time (`payer_subjects`, `time_words`) */
export const PAYER_TIME = new RegExp(`^((?:${alt(cues.payer_subjects)}))(?:${alt(cues.time_words)})(?:就|再|还)?`, "u");
/** nouns ending in an action word, which the clause keeps whole: 国家外汇储备达到… (`action_nouns`) */
export const ACTION_NOUN_END = endAnchored(`(?:${alt(cues.action_nouns)})`);
export const KEEP_AFTER = endAnchored(`(?:${alt(cues.keep_trailing_after)})`);
export const ESTIMATE = new RegExp(alt(cues.estimate), "u");
export const ESTIMATE_PARA = new RegExp(alt(cues.estimate_paragraph), "u");
/** a paragraph opening with the word that its figures are estimates: "根据预计数字(…)," (estimate_leads) */
export const ESTIMATE_LEAD = new RegExp(`^\\s*(?:${alt(cues.estimate_leads)})`, "u");
const TARGET_INTRO_SRC = `(?:${alt(cues.target_sentence)})(?:${alt(cues.target_intro_verbs)})?(?:是|为)?:|${cues.target_intro_short}`;
/** "…目标是:", global: for walking every intro of a look-back */
export const TARGET_INTRO_G = needing(["目标"], TARGET_INTRO_SRC, "gu"); // (every intro holds 目标: the regex runs only where it is)
/** the same, for .test: no lastIndex to carry over */
export const TARGET_INTRO = needing(["目标"], TARGET_INTRO_SRC);
export const TARGET_CLAUSE = new RegExp(alt(cues.target_clause), "u");
export const TARGET_CLAUSE_REVIEW = new RegExp([...cues.target_clause_review, ...cues.restated_target].join("|"), "u");
/** a target of the year reviewed restated in its review: "没有实现年初确定的…降低4%左右…的目标" */
export const RESTATED_TARGET = new RegExp(cues.restated_target.join("|"), "u");
export const YEARS_BACK = new RegExp(alt(cues.years_back), "u");
export const YEARS_BACK_LOOSE = new RegExp(alt(cues.years_back_loose), "u");
export const RETRO = new RegExp(alt(cues.retrospective), "u");
/** how things stand now, opening the sentence or right before the number: "我们党有…", "女黨員只有" */
/** a sentence opening with what the speaker will do: "我们将努力…推动粮食综合生产能力达到***亿斤" */
export const FUTURE_HEAD = new RegExp(cues.future_heads.join("|"), "u");
export const PRESENT_STATE = new RegExp(cues.present_states.join("|"), "u");
/** a count that describes the country or party: "十三亿多人的社会主义大国", "九百六十多万平方公里的广袤土地" */
export const DESCRIPTION = new RegExp(cues.descriptions.join("|"), "u");
/** after an amount with 以上/以下: the units it sorts ("的工會", "的企业") */
export const SIZE_CLASS_OF = new RegExp(`^的(?!有)[^,;:。!?、\\d零〇一二两三四五六七八九十百千万亿]{0,6}?(?:${alt(cues.class_nouns)})`, "u");
/** the words before a share of the noun after it: "规模化供水工程覆盖" (94%的农村人口), "在川高校承担了全省" (近80%的基础研究项目), "坚持将" (76%的财力用于民生事业) */
export const SHARE_VERB_END = new RegExp(`^(.*?)(?:(${alt(cues.share_verbs)})了?(全国|全省|全市|全区)?|(?:${alt(cues.share_moves)}))$`, "u");
export const YEARS_AHEAD = new RegExp(alt(cues.years_ahead), "u");
export const LAST_YEAR = new RegExp(alt(cues.last_year), "u");
const PLANS = alt(Object.keys(cues.plans));
export const PLAN_NAMED = new RegExp(`[“"](${PLANS})[”"](?:计划|规划)?(?:${alt(cues.plan_period)})`, "u");
/** a comparison with last year, which is no look-back: "比去年增加520亿元" */
export const COMPARED_LAST_YEAR = needing(["比去年", "比上年", "比上一年"], "比(?:去年|上年|上一年)", "gu");
/** a sum over five years: "五年累计", "五年新增" */
export const FIVE_YEARS_SUM = /五年(?:累计|新增|共|间|中|来|内)/u;
export const PLAN_NAMED_G = new RegExp(PLAN_NAMED.source, "gu");
/** a plan named with its document: "“七五”计划草案规定" */
export const PLAN_DOC = new RegExp(`[“"](${PLANS})[”"’](?:计划|规划)`, "u");
export const PLAN_END = new RegExp(`[“"]?(${PLANS})[”"]?(?:规划)?(?:${alt(cues.plan_end)})`, "u");
export const PLAN_END_G = new RegExp(PLAN_END.source, "gu");
export const YEAR_G = /(\d{4})年/gu;
export const YEAR_1 = /(\d{4})年/u;
export const CN_YEAR_G = needing(["年"], `(${CN_YEAR})年`, "gu");
export const MASKED_YEAR = needing(["x", "X", "*"], "(?:^|[^A-Za-z])(?:[xX]{4}|\\*{4})年");
export const FUTURE_YEAR_G = new RegExp(
  `(?:${alt(cues.future_year_before)})(\\d{4})年|(\\d{4})年(?:底|末)?(?:${alt(cues.future_year_after)})`,
  "gu",
);
/** a future year in Chinese numerals: "到一九五七年" */
export const FUTURE_CN_YEAR_G = new RegExp(`(?:${alt(cues.future_year_before)})(${CN_YEAR})年`, "gu");
/** a span named at the head of a statement: "从1949年到1956年," */
export const HEAD_SPAN = /^(?:从|自)?(\d{4})年(?:到|至|—|-)(\d{4})年/u;
export const COMPARED_TO = endAnchored(
  `(?:${alt(cues.compared_to)})((?:\\d{4}|[xX*]{4}|${CN_YEAR})年(?:末|底)?|${alt(cues.compared_refs)})的`,
);
/**
 * a start value's lead before its number: "由", "从2020年的", "由上年末的", "从全国的", "标准从每人每月" (the words are
 * the baseline_* cues; the years, 五十年代 and 三年前 are written here)
 */
export const BASELINE_LEAD = new RegExp(
  `(?:${alt(cues.baseline_from)})(?:(?:[\\d〇○零一二三四五六七八九]{4}年|[五六七八九]十年代|[\\d一二三四五六七八九十两]+年前|${alt(cues.baseline_times)})` +
    `(?:末|底)?(?:预计)?的?|的)?(?:(?:居)?(?:${alt(cues.baseline_scopes)}))?(?:${alt(cues.baseline_bases)})?$`,
  "u",
);
/** what stands between a start and its end: "至", "提高到", ",降低到", "到一九五七年上升为", "减少为", and the end's qualifier ("增加到近") */
export const BASELINE_TO = new RegExp(
  `^(?:[^,;。]{0,4}?|[^,;。\\d]{0,2}[,，](?:[^,;。]{0,4}?))(?:至|到|(?:${alt(cues.baseline_to_verbs)})为)了?` +
    `(?:[\\d〇○零一二三四五六七八九]{4}年(?:末|底)?(?:预算|預算)?的?|(?:${alt(cues.baseline_to_times)})的?)?` +
    `(?:(?:${alt(cues.baseline_to_moves)})(?:为|到|至))?(?:${alt(Object.keys(cues.qualifiers_before))})?$`,
  "u",
);
export const YEARS_BACK_HEADINGS = new RegExp(alt(cues.years_back_headings), "u");
export const FLOW_WORD = new RegExp(alt(cues.flow_words), "u");
export const STOCK_END = endAnchored(`(?:${alt(cues.stock_words)})`);
export const STOCK_QUALIFIER = new Set(cues.stock_qualifiers);
/** a base year that is masked: "比xxxx年提高", "是xxxx年的" (the value's own year is not masked) */
export const MASKED_BASE_YEAR = /(?:比|较|是|为|相当于|由|从)[xX*]{4}年(?:末|底)?的?/gu;
/** a duration between two years, "1950年到2002年", "在1979到1983年平均每年递增7.9%的基础上": neither is the value's year */
export const YEAR_RANGE = /\d{4}年?(?:到|至)\d{4}年/gu;
export const PER_YEAR = new Set(cues.per_year);
/** a metric that names its value per year: 平均每年城镇新增就业, 每年减轻农民负担 */
export const PER_YEAR_HEAD = new RegExp(`^(?:${alt([...cues.per_year, "每年"])})`, "u");
export const REACH = new Set(cues.reach_verbs);
export const PARALLEL = new Set(cues.parallel_heads);
export const CLAUSE_BREAK = /[,;:。!?\n、]/u;
export const BREAK_CHAR = charClass(CLAUSE_BREAK);
export const COMMA_CHAR = charClass(/[,;:。!?\n]/u);
/** 均 before a verb: "A、B均增长20%" gives each metric the value (均超千列 too; not 均超额完成) */
export const LIST_EACH = new RegExp(`(?<![平年人户亩日月])均(?=${alt([...cues.growth, ...cues.decline, ...cues.reach_verbs, "保持", "超过", "突破", "实现", "居", "位居"])}|超(?!额))`, "u");
/**
 * A metric that ends in part of a number: the number was cut in two ("总里程1 1 3 4" before "4公里",
 * "比一九五二" before "年"), so its value is wrong too. Identifiers (PM2.5) and words (第一, 之一, 清零) are not.
 */
export const CUT_NUMBER = /(?<![A-Za-z][\d.]*)[0-9０-９][\s.．]*$|(?<![第之清归唯统])[〇零一二三四五六七八九十百千两][点點]?$/u;
/**
 * one product's or facility's specification: "吉化120万吨乙烯项目", "年产15万吨", "时速250公里"; over short
 * attributes listed with 、 before the noun: "335吨智能、绿色、高效型鱼雷车"
 */
export const SPEC_AFTER = new RegExp(`^(?:[^,;:。!?、\\d]{2,3}、){0,3}[^,;:。!?、]{0,6}?(?:${alt(cues.spec_nouns)})`, "u");
export const SPEC_BEFORE = endAnchored(`(?:${alt(cues.spec_before)})`);
/** a facility's size before a 、 and the next facility's size, whose name ends in a spec noun: "(肥城300兆瓦)压缩空气储能、东营津辉500兆瓦电化学储能项目" */
export const SPEC_NEXT = new RegExp(`^[^,;:。!?、\\d]{2,8}、[^,;:。!?、\\d]{0,6}\\d+(?:\\.\\d+)?[^,;:。!?、\\d]{1,12}?(?:${alt(cues.spec_nouns)})`, "u");
export const SPEC_QUANTITIES = new Set(["mass", "power", "energy", "length"]);
/** one facility sized by the amount right before it, no 以上/以下 between: "(一百万千瓦)的水电站", "(三十万千瓦)的核电站一个" (indicator_cues spec_facilities) */
export const SPEC_FACILITY_AFTER = new RegExp(`^的\\p{Script=Han}{0,3}?(?:${alt(cues.spec_facilities)})`, "u");
/** an area sizing one part of a zone, inside its name: "大型产业集聚区82平方公里起步区建设" */
export const ZONE_PART_AFTER = new RegExp(`^的?(?:${alt(cues.zone_parts)})`, "u");
/** a limit named right after its amount, the amount is the limit's: "十八亿亩耕地红线" (indicator_cues limit_nouns) */
export const LIMIT_AFTER = new RegExp(`^(?![这那此该])(\\p{Script=Han}{0,6}?(?:${alt(cues.limit_nouns)}))(?=[,;:。!?、，；：]|不|$)`, "u");
/** a time or distance inside a name: "15分钟便民生活圈" */
export const NAME_AFTER = new RegExp(`^[^,;:。!?、]{0,10}?(?:${alt(cues.name_tails)})`, "u");
/** a count followed by a rank threshold is the ranking pool: "168个重点城市前20位" */
export const RANK_POOL = new RegExp(`^[^,;:。!?、]{0,10}?(?:${cues.rank_pool.join("|")})`, "u");
/** a count of a pool the subject is one of: "45个先进制造业集群之一" */
export const POOL_ONE_OF = /^[^,;:。!?、]{0,14}?之一/u;
/**
 * a count of a pool the next count takes its part of, in the same unit (captured): "45种主要工业产品中,有37种完成了…计划",
 * "46种主要工业产品中,预计可以有28种达到…", "在这119个项目中,电站有100个"
 */
export const POOL_PART_AFTER = /^[^,;:。!?、\d０-９]{0,16}?中,?(?:[^,;:。!?、\d０-９]{0,6}?有)(?:[\d０-９][\d０-９.．]*|[〇零一二三四五六七八九十百千两]+)(?:多|余)?(\p{Script=Han})/u;
/**
 * a count of a pool that the clause after it speaks of a part of, ending with 中 and a break: "在三十二种主要工业产品中,产量将增长
 * 百分之五十以上的有…十七种", "22个重点产业集群中,战略性新兴产业营业收入占比…" (not 高中, 初中, 集中, 其中)
 */
export const POOL_AMONG_AFTER = /^[^,;:。!?、\d０-９]{0,16}?(?<![高初集其空城途心手])(?:之)?中[,，]/u;
/**
 * a count of the works or indicators said to lead, a rhetorical count: "xx多项工作已经走在了全省前列", "8项主要经济指标增速居全国
 * 前3位", "5个指标全国领先" (not of things ranked one by one with their own figures)
 */
export const LEADING_COUNT_AFTER = /^(?:多|余)?[^,;:。!?、\d０-９]{0,12}?(?:工作|指标)[^,;:。!?\d０-９]{0,10}?(?:前列|领先|前茅|前[\d一二三四五六七八九十]+位)/u;
/** a count after entering a batch: "入围国家首批20个", "入选第三批15个" (the batch's size) */
export const POOL_ENTERED = endAnchored("(?:入围|入选|列入|纳入)(?:国家|全国|全省)?(?:首批|第[一二三四五六七八九十\\d]+批)?");
/** an amount that is a size class: "超5000万元项目100个" */
export const THRESHOLD_AFTER = new RegExp(`^(?:以上|及以上)?的?(?:${alt(cues.threshold_nouns)})|^(?:以上|及以上|以下)的(?![,;:。!?、目])`, "u");
/** a size class with a modifier before its noun, ending the clause or before its count: "(年产值xx亿元)以上创新型领军企业,", "(10亿元)以上重大产业项目26个" */
export const THRESHOLD_CLASS = new RegExp(`^(?:以上|及以上)?(?:(?!的)\\p{Script=Han}){1,8}?(?:${alt(cues.threshold_nouns)})(?=[,;:。!?、]|$|(?:超|达|超过|达到)?[\\d〇零一二三四五六七八九十两])`, "u");
/** a bound after 超 (or a second one, 超N元、超) right before the measure: "生产总值超200亿元县", "年收益超10万元、超30万元村集体" */
export const OVER_BEFORE = /(?:超过?|(?<![经通不])过)(?:[\d.]+[万亿千百]*元?、超?过?)?$/u;
/** the units such a bound sorts, right after it (`over_class_nouns`): "县（区）达26个", "、超30万元村集体占比", "重点企业在线监测" */
export const OVER_CLASS = new RegExp(`^(?:、超?过?[\\d.]+[万亿千百]*元?)?的?(?:\\p{Script=Han}{0,6}?(?:产业集群|增长点)|${alt(cues.over_class_nouns)})`, "u");
/** conjunctions and adverbs at a metric's head: "虽然略低于" */
export const HEAD_ADVERB = new RegExp(`^(?:${alt(cues.head_adverbs)})`, "u");
/** an adverb or time word going with the lead verb after it: "精准开展职业技能培训", "年度开展…" (both dropped) */
export const VERB_ADVERB = new RegExp(`^(?:${alt(cues.verb_adverbs)}){1,2}(?=(?:${alt(cues.lead_verbs)}).{2})`, "u");
/** a comparison with peers at a metric's head: "比周边同类城市利润率" (peers 周边同类城市, metric 利润率) */
export const PEER_COMPARED = new RegExp(
  `^(?:或|并|且|还|均|都)?比((?:${alt(cues.peer_words)})\\p{Script=Han}{0,6}?(?:城市|地区|省份|省市|企业|县区|国家|行业|平均水平|平均))的?(\\p{Script=Han}{2,})$`,
  "u",
);
/** a list marker at a metric's head: "②组织职业技能和创业培训", "(3)" */
export const LIST_MARK_HEAD = /^(?:[①-⑳]|[(（][\d一二三四五六七八九十]{1,2}[)）])/u;
/** a metric that is only a time word ("年", "每年", "十年"), an adverb ("就", "只") or a modifier ("第四季度") */
export const BARE_TIME = new RegExp(`^(?:${patternAlternation([...cues.bare_time, ...metricEdges.bare, ...metricSubjects.bare])})$`, "u");
/** a metric that is only a generic head, "总规模", "总投资": the subject is the row's just before */
export const BARE_HEAD = new RegExp(`^(?:${alt(cues.bare_heads)})$`, "u");
/** a count naming a set it focuses on: "聚焦28条重点产业链", "深度对接省20个战略性产业集群" (a scope word between) */
export const SET_BEFORE = endAnchored(`(?:${alt(cues.set_before)})(?:全国|全省|国家|省|市)?`);
/** a restated target as a comparison's benchmark: "低于8%的预定目标" */
export const TARGET_BENCHMARK = new RegExp(`^(?:${alt(cues.target_benchmark_after)})`, "u");
/** a comparison word right before such a benchmark */
export const COMPARE_BEFORE = endAnchored(`(?:${alt(Object.keys(cues.gap_verbs))}|略?低于|略?高于)`);
/** an investment that sizes one named project: "投资260亿元的恒力聚酯园" (not "…的目标") */
export const PROJECT_INVEST_BEFORE = endAnchored("(?<![等总])(?:总投资|投资总额|总投资额|投资)(?:为|达)?(?:超过|超|近|约|逾)?"); // (总投资为164亿元的…体系建设, 投资超过550亿元的…基地)
export const PROJECT_INVEST_AFTER = /^(?:以上|左右|多|余)?的(?!目标|任务|计划|要求|水平|规模|基础|投资|增长|[,;:。!?、\d〇零一二三四五六七八九十百千两])/u;
/** another attribute of the same project between the amount and its 的: "投资近千亿元、全长1.3万公里的三个一号旅游公路" */
export const PROJECT_ATTRIBUTE_AFTER = /^(?:以上|左右|多|余)?、(?:全长|总长|长|建设|历时|总投资|投资)[^,;:。!?、的]{1,12}?的(?!目标|任务|计划|要求|水平|规模|基础|投资|增长|[,;:。!?、\d])/u;
/** the name right after a length's 的 (a numeral may open it: "的三个一号旅游公路"), not a comparison or a share */
export const PROJECT_LENGTH_AFTER = /^(?:以上|左右|多|余)?的(?!目标|任务|计划|要求|水平|规模|基础|增长|[,;:。!?、\d])/u;
/** a length that sizes one road, line or project: "全长1.3万公里的三个一号旅游公路", "长120公里的…" */
export const PROJECT_LENGTH_BEFORE = endAnchored("(?:全长|总长)(?:为|达)?(?:超过|超|近|约)?");
/** a multiple of a benchmark quantity: "是计划任务的2.1倍", "是正常消纳能力的10倍" */
export const MULTIPLE_OF = endAnchored("(?:是|为|相当于|等于)([^,;:。!?、是为的]{2,30})的"); // (a span and a noun: "是1950年到1997年全国公路建设投资总和的")
/** a per-capita base standing alone as a metric: "每人平均" */
export const BARE_BASE = /^(?:又|再|还|也)?(?:每人|人均|每户|户均|每人平均|平均每人|每亩|亩均)(?:每年|每月)?$/u;
/** a rank threshold: "前5位" */
export const RANK_TOP = endAnchored("前");
export const LIST_SEP = /^\s*(?:[、,]|和|及|与|以及|、和)\s*$/u;
/** How far back from a number its clause, sentence and paragraph cues are read. */
export const WINDOW = 240;

// ---- status and period context (issue 16)
/** a base of comparison that is itself an estimate, not the value's: "比1980年预计增加", "由今年预计的3%提高到",
 * "比原来预计的高一些", "比一九五七年的预计数增加了" */
export const BASE_ESTIMATE_G = needing(
  cues.estimate,
  `(?:比|由|从|较)(?:\\d{4}年|${CN_YEAR}年|今年|本年|上年|去年|原来|原先)的?(?:${alt(cues.estimate)})(?!的?$)的?`,
  "gu",
);
/** a year that is a base of comparison, not the value's: "比1980年", "比一九八○年", "由2020年的" */
export const BASE_ANY_YEAR_G = needing(["年"], `(?:比|从|由|与|较)(?:\\d{4}|${CN_YEAR})年(?:末|底)?`, "gu"); // (a look-back without 年 is not searched)
/** a span named at the head of a statement, in Chinese numerals: "从一九七九年到一九八二年的四年内," */
export const HEAD_SPAN_CN = new RegExp(`^(?:从|自)?(${CN_YEAR})年(?:到|至|—|-)(${CN_YEAR})年`, "u");
/** such a span opening a sentence earlier in the paragraph, over the years it names: "…。从一九七九年到一九八二年的四年内," */
export const PARA_SPAN_G = needing(
  ["从", "自"],
  `(?:^|[。!?])(?:从|自)((?:\\d{4}|${CN_YEAR}))年(?:到|至)((?:\\d{4}|${CN_YEAR}))年的?[两三四五六七八九十\\d]+年(?:内|间|中|里)`,
  "gu",
);
/** the next few years as a horizon: "三年内", "今后三年内", "今后三年" (not a duration after 的: "到本世纪末的二十年内") */
export const YEARS_AHEAD_N = /(?:(?:今后|未来)([两三四五六七八九十])年(?:内|之内|时间|里)?|(?<![的到至\d一二三四五六七八九十])([两三四五六七八九十])年(?:内|之内))/u;
/** a past year's level compared with: "小于1952年所占的比例", "低于1985年的水平" (group 1: the year) */
const PAST_LEVEL = `(?:小于|低于|高于|大于|超过)(\\d{4}|${CN_YEAR})年(?:所占)?的(?:比例|比重|水平)`;
/** a past year's level the figure before is set against, right before its number (classify) */
export const PAST_LEVEL_COMPARED = new RegExp(`${PAST_LEVEL}$`, "u");
/** a past year's level compared with, alone as a metric (find) */
export const PAST_LEVEL_ALONE = new RegExp(`^${PAST_LEVEL}$`, "u");
/**
 * a horizon given as the time a task takes: "用两年时间", "争取用三年时间", "用两到三年时间", "用3—5年时间" (the upper bound
 * when a range; callers test for 时间 first)
 */
export const YEARS_USED = /用(?:[一二三四五六七八九\d](?:到|至|—{1,2}|-|－))?([两二三四五六七八九十]|[2-9])年(?:左右)?(?:的)?时间/u;
/** a plan's first years: "“十一五”前四年" */
export const PLAN_FIRST_YEARS = new RegExp(`[“"](${PLANS})[”"](?:计划|规划)?(?:的|时期|期间)?前([两三四五六七八九])年`, "u");
/** next year's plan in a paragraph: "1982年的计划", "明年…的主要任务是", "明年计划" */
export const NEXT_PLAN = needing(
  ["计划", ...cues.next_year], // (each match holds 计划 or a next_year word: the regex runs only where one is)
  `(\\d{4}|${CN_YEAR})年的?(?:国民经济)?计划|(?:${alt(cues.next_year)})(?:[^。,;]{0,10}?(?:任务|计划|要求|目标|安排)|的)`,
);
export const NEXT_YEAR = new RegExp(alt(cues.next_year), "u");
/** a section heading describing the situation: "认清形势、抢抓机遇…" (but not "形势和今年的任务") */
export const SITUATION = new RegExp(alt(cues.situation_headings), "u");
export const SITUATION_NOT = new RegExp(alt(cues.situation_not), "u");
/** a metric naming a rate or ratio: "研发经费投入强度", "城镇化率" */
export const RATE_END = endAnchored(alt(cues.rate_ends));
/** a per-year word before a verb of change in the clause: "“十五”期间年均经济增长速度", "以每年递增百分之七点二的速度" (not a
 * level reached: "PM2.5年均浓度降至"; not an annual mean's name: "PM2.5年均浓度同比下降8%") */
export const PER_YEAR_ANY = new RegExp(
  `(?:(?<![比较同][上去])(?:${alt(cues.per_year)})(?!浓度)[^,;。]{0,8}?(?:${alt([...cues.growth, ...cues.decline, "递增", "递减"])})|每年(?:递增|递减))(?![到至为])`,
  "u",
);

