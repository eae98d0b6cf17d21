/**
 * The lead of a "、" list's item: the verb (or verb and subject) it shares with the item before it, which its own
 * text lacks ("新增义务教育学位2.2万个、普通高中学位8500个": the second item's lead is 新增). A goal's text is its own
 * span and spans never overlap, so the shared words are carried beside it, in the goals table's `lead` column.
 */
import { goalPatterns as P } from "../../dictionary/goal_cues.ts";

/** One item of a list as the lead rule reads it: its text, and where its first number starts in it (-1: none). */
export interface LeadItem {
  text: string;
  /** offset of the item's first number inside its text, -1 when it has none */
  number: number;
}

/**
 * Whether an item says its own verb or predicate before its number ("特殊困难家庭适老化改造1.5万户",
 * "口岸货运量超过1.3亿吨"): then it shares nothing. An item with no number shares nothing either.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ownsVerb } from "./shared_lead.ts";
 * assert.equal(ownsVerb({ text: "口岸货运量超过1.3亿吨", number: 7 }), true);
 * assert.equal(ownsVerb({ text: "普通高中学位8500个", number: 6 }), false);
 * ```
 */
export function ownsVerb(item: LeadItem): boolean {
  return item.number < 0 || P.ownPredicate.test(item.text.slice(0, item.number));
}

/**
 * The words an item lacks that the head of its list (the nearest item before it that says its own verb) says:
 * for an item opening with its number ("2个五千亿级支柱产业集群" after "加快培育1个万亿级主导产业集群"), the head's
 * opening verb (as for an item opening with its object), else its words before its number if they hold a verb
 * ("国家准备重点扶持500个商品粮大县、150个优质棉大县"); for an item opening with its object ("普通高中学位8500个" after
 * "新增义务教育学位2.2万个"), the head's opening verb, with the adverbs before it (`sharedLead`); "" otherwise.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sharedLead } from "./shared_lead.ts";
 * assert.equal(sharedLead({ text: "新增义务教育学位2.2万个", number: 8 }, { text: "普通高中学位8500个", number: 6 }), "新增");
 * assert.equal(sharedLead({ text: "加快培育1个万亿级主导产业集群", number: 4 }, { text: "2个五千亿级支柱产业集群", number: 0 }), "加快培育");
 * assert.equal(sharedLead({ text: "勘探新增石油地质储量3000万吨", number: 10 }, { text: "天然气200亿立方米", number: 3 }), "勘探新增");
 * assert.equal(sharedLead({ text: "开工建设韩江、鉴江干流治理工程和40宗堤防", number: 16 }, { text: "20宗大中型水闸", number: 0 }), "开工建设");
 * assert.equal(sharedLead({ text: "国家准备重点扶持500个商品粮大县", number: 8 }, { text: "150个优质棉大县", number: 0 }), "国家准备重点扶持");
 * assert.equal(sharedLead({ text: "力争到发中欧班列突破500列", number: 10 }, { text: "口岸货运量超过1.3亿吨", number: 7 }), "");
 * assert.equal(sharedLead({ text: "今年再完成林分优化提升200万亩", number: 11 }, { text: "森林抚育提升200万亩任务", number: 6 }), "今年再完成");
 * assert.equal(sharedLead({ text: "全年粮食播种面积1.1亿亩", number: 8 }, { text: "产量825亿斤以上", number: 2 }), "全年粮食");
 * assert.equal(sharedLead({ text: "确保培育高新技术企业不少于xx家", number: 13 }, { text: "xx市级以上企业技术中心不少于x家", number: 15 }), "确保培育");
 * ```
 */
export function sharedLead(head: LeadItem, item: LeadItem): string {
  item = withoutSharedBound(head, item);
  if (ownsVerb(item) || head.number <= 0) return "";
  const before = head.text.slice(0, head.number);
  if (P.facetItem.test(item.text.slice(0, item.number))) return facetSubject(before);
  const verb = P.sharedLead.exec(before)?.[0];
  if (item.number > 0 || verb) return verb ?? "";
  return P.sharedVerb.test(before) && !P.levelEnd.test(before) ? before : "";
}

/** Words before a number with the level or change verb ending them dropped ("航空航天增长" → 航空航天). */
function withoutPredicateEnd(words: string): string {
  return words.replace(P.changeEnd, "").replace(P.levelEnd, "");
}

/**
 * The measure a "、" item naming only its own subject or verb shares with its head, which names the measure after a
 * subject of its own ("新能源汽车140万辆" after "力争整车产量200万辆" → 产量; "航空航天增长20%以上" after "促进先进金属材料和
 * 先进装备制造营业收入增长10%以上" → 营业收入; "新投产600万千瓦" after "力争新开工装机1000万千瓦" → 装机); "" when the item
 * names a measure or statistic of its own, opens a breakdown (其中), or the head ends in no shared measure (`shared_measures`).
 * Whether both count in one unit is the caller's to tell.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { measureLead } from "./shared_lead.ts";
 * assert.equal(measureLead({ text: "力争整车产量200万辆", number: 6 }, { text: "新能源汽车140万辆", number: 5 }), "产量");
 * assert.equal(measureLead({ text: "促进先进金属材料和先进装备制造营业收入增长10%以上", number: 21 }, { text: "航空航天增长20%以上", number: 6 }), "营业收入");
 * assert.equal(measureLead({ text: "力争新开工装机1000万千瓦", number: 7 }, { text: "新投产600万千瓦", number: 3 }), "装机");
 * assert.equal(measureLead({ text: "粮食产量1.4万亿斤左右", number: 4 }, { text: "油料产量300万吨", number: 4 }), "");
 * assert.equal(measureLead({ text: "确保新增电力装机2000万千瓦以上", number: 8 }, { text: "其中绿色能源占比60%以上", number: 8 }), "");
 * ```
 */
export function measureLead(head: LeadItem, item: LeadItem): string {
  if (head.number <= 0 || item.number < 2 || item.text.startsWith("其中")) return "";
  const m = P.sharedMeasureEnd.exec(withoutPredicateEnd(head.text.slice(0, head.number)));
  if (!m || m.index < 2) return ""; // (the head names a subject, or a verb, of its own before the measure)
  const words = withoutPredicateEnd(item.text.slice(0, item.number));
  const bare = words.length >= 2 && words.length <= 8 && /^\p{Script=Han}+$/u.test(words);
  const own = P.sharedMeasure.test(words) || P.facetEnd.test(words) || (P.statisticLead.test(words) && !P.sharedMeasureFlow.test(words));
  return bare && !own ? m[0] : "";
}

/** The subject a head names before its measure ("全年粮食播种面积" → 全年粮食), for an item naming the measure alone; "" when none. */
function facetSubject(before: string): string {
  const facet = P.facetEnd.exec(before);
  const subject = facet ? before.slice(0, facet.index) : "";
  return subject.length >= 2 && !P.ownPredicate.test(subject) ? subject : "";
}

/**
 * An item's words before its number with the bound, level or change word its head's end with too dropped ("新材料产业项目不少于"
 * after "年内引入…项目不少于": 新材料产业项目; "森林抚育提升" after "今年再完成林分优化提升"), so a word both say in parallel is no verb of the item's own.
 */
function withoutSharedBound(head: LeadItem, item: LeadItem): LeadItem {
  if (item.number <= 0 || head.number <= 0) return item;
  const words = item.text.slice(0, item.number);
  const bound = (P.parallelBound.exec(words) ?? P.levelEnd.exec(words) ?? P.changeEnd.exec(words))?.[0];
  if (!bound || !head.text.slice(0, head.number).endsWith(bound)) return item;
  return { text: item.text.slice(0, item.number - bound.length) + item.text.slice(item.number), number: item.number - bound.length };
}

/**
 * The words a breakdown after "," shares with the count it breaks down ("其中农村1万个以上" after
 * "新建新能源汽车公共充电桩2万个以上"): the head's words before its number, when the item opens with 其中 and says
 * no verb of its own before its number and the head's words end in no level or change verb (赤字率下降到); "" otherwise.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { breakdownLead } from "./shared_lead.ts";
 * assert.equal(breakdownLead({ text: "新建新能源汽车公共充电桩2万个以上", number: 12 }, { text: "其中农村1万个以上", number: 4 }), "新建新能源汽车公共充电桩");
 * assert.equal(breakdownLead({ text: "今年拟安排财政赤字10500亿元", number: 9 }, { text: "其中中央财政赤字8500亿元", number: 8 }), "今年拟安排财政赤字");
 * assert.equal(breakdownLead({ text: "赤字率下降到1.5%左右", number: 6 }, { text: "其中中央财政赤字5500亿元", number: 8 }), "");
 * assert.equal(breakdownLead({ text: "受训练的工人在今年将达71万人", number: 13 }, { text: "其中完成培养计划的将达28万人", number: 12 }), "");
 * ```
 */
export function breakdownLead(head: LeadItem, item: LeadItem): string {
  if (!item.text.startsWith("其中") || item.number <= 2 || head.number < 2) return "";
  if (ownsVerb({ text: item.text.slice(2), number: item.number - 2 })) return "";
  return countWords(head.text.slice(0, head.number)); // 赤字率下降到1.5%左右,其中中央财政赤字…: no count broken down
}

/** The words before the number of a count broken down, "" when they end in a level or change verb (赤字率下降到: no count). */
function countWords(before: string): string {
  return P.levelEnd.test(before) || P.changeEnd.test(before) ? "" : before;
}

/** The words before the number of the count a "其中:" list breaks down ("引进留用3600名高层次银龄人才" → 引进留用), none after a level or change verb. */
function breakdownHead(clause: string): string {
  const at = clause.search(/[0-9]/u);
  return countWords(at < 2 ? "" : clause.slice(0, at));
}

/**
 * The subject a colon list's intro gives its items, which lack a predicate of their own ("冶金工业在今年内新增加的生产
 * 能力有:生铁一百八十八万吨,钢…"): the intro's last clause, its copula dropped (`colonLeadEnd`), with the clause before
 * it when it is short ("国家开办的学校,招生人数将为:" → 国家开办的学校,招生人数); for "…,其中:" the words before the count it
 * breaks down (`breakdownHead`); "" for an intro that names none (年度目标:). `intro` is the sentence up to the colon.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { colonLead } from "./shared_lead.ts";
 * assert.equal(colonLead("由于这些项目的建设完工,冶金工业在今年内新增加的生产能力有"), "冶金工业在今年内新增加的生产能力");
 * assert.equal(colonLead("群众自办的学校的招生人数,大致估算为"), "群众自办的学校的招生人数");
 * assert.equal(colonLead("在一九五八年,国家开办的学校,招生人数将为"), "国家开办的学校,招生人数");
 * assert.equal(colonLead("年度目标"), "");
 * assert.equal(colonLead("引进留用3600名高层次银龄人才,其中"), "引进留用");
 * ```
 */
export function colonLead(intro: string): string {
  const clauses = intro.replace(P.colonLeadEnd, "").split(",");
  const last = clauses.pop() ?? "";
  if (last === "其中" && clauses.length) return breakdownHead(clauses.pop() ?? "");
  if (last.length < 2 || P.colonLeadSkip.test(last)) return "";
  return last.length <= 4 && clauses.length ? `${clauses.pop()},${last}` : last;
}

const TIME_OPENING = /^(?:[0-9]{4}|[〇○零一二三四五六七八九]{4})年(?:内|度)?|^(?:今年|本年|年内)/u;

/**
 * The subject a flow of people lacks that opens an item with no subject of its own ("毕业学生17.9万人" after
 * "中等专业学校新招生44.4万人,"): the words of its chain's first clause before the first flow or level there
 * (`flowSubjectEnd`), a time opening it dropped, with where they start in the chain; null when the item opens no
 * flow (`flowHead`). `chain` is the item's sentence up to the item.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { flowLead } from "./shared_lead.ts";
 * assert.deepEqual(flowLead("中等专业学校新招生44.4万人,", "毕业学生17.9万人"), ["中等专业学校", 0]);
 * assert.deepEqual(flowLead("1956年全国高等学校新招生16.3万人,毕业学生6.4万人,", "在校学生将达到38万余人"), ["全国高等学校", 5]);
 * assert.deepEqual(flowLead("全国设立的工人技术学校将达192所,", "招生9.7万人"), ["全国设立的工人技术学校", 0]);
 * assert.equal(flowLead("新建改扩建中小学校11所,", "新增学位1.62万个"), null);
 * ```
 */
export function flowLead(chain: string, item: string): [string, number] | null {
  if (!P.flowHead.test(item)) return null;
  const first = chain.slice(0, chain.indexOf(",") + 1 || undefined);
  const end = P.flowSubjectEnd.exec(first)?.index ?? -1;
  if (end <= 0) return null;
  const time = TIME_OPENING.exec(first)?.[0].length ?? 0;
  const subject = first.slice(time, end);
  return subject.length >= 2 && subject.length <= 16 && !/[0-9,;]/u.test(subject) ? [subject, time] : null;
}

/** a clause's first count, Arabic or Chinese (a Chinese one before its unit: 一百八十八个), not a year (1956年) */
const NUMBER = /(?:[0-9][0-9.,]*|[〇○零一二三四五六七八九十百千两]+)(?=[万亿]?[\p{Script=Han}])(?!年)/u;
/** what follows a clause's number when it says only its count and unit ("693个", "28万人", "一百八十八个") */
const COUNT_ONLY = /^[0-9.,〇○零一二三四五六七八九十百千万亿两余多]+[\p{Script=Han}]{0,2}$/u;
/** a pool named before 中 ("156个重要项目中"): its count, then its noun */
const POOL = /^[0-9.,〇○零一二三四五六七八九十百千万亿两]+[个项所座家]([\p{Script=Han}]{2,12})中$/u;

/** A clause's first count, its years skipped ("1956年施工的…共有964个" → 964). */
function firstCount(clause: string): RegExpExecArray | null {
  const year = /^(?:[0-9]{4}|[〇○零一二三四五六七八九]{4})年/u.exec(clause)?.[0].length ?? 0;
  const m = NUMBER.exec(clause.slice(year));
  if (m) m.index += year;
  return m;
}

/** Whether a clause is a part of a set named by a relative clause with its count alone ("其中本年开始建设的271个"). */
function isPart(clause: string): boolean {
  const m = firstCount(clause);
  return !!m && m.index > 0 && P.subsetItem.test(clause.slice(0, m.index)) && COUNT_ONLY.test(clause.slice(m.index));
}

/**
 * The name of the set a clause counts, and where it starts in the clause: the words before its count, their copula
 * and a time ending them dropped ("1956年施工的限额以上建设单位共有964个" → 1956年施工的限额以上建设单位; "受训练的工人在今年
 * 将达71万人" → 受训练的工人), or a pool named before 中 ("苏联为我国设计的156个重要项目中" → 苏联为我国设计的重要项目); null otherwise.
 */
function setOf(clause: string): [string, number] | null {
  const m = firstCount(clause);
  if (!m || m.index < 2) return null;
  const before = clause.slice(0, m.index), after = clause.slice(m.index);
  const pool = POOL.exec(after);
  if (pool) return [before + pool[1], 0];
  if (!P.setCopula.test(before) || P.subsetItem.test(before) || !COUNT_ONLY.test(after)) return null;
  const name = before.replace(P.setCopula, "").replace(P.setTimeEnd, "");
  return name.length >= 2 ? [name, 0] : null;
}

/**
 * The set a part counted by a relative clause is a part of ("继续建设的693个" after "1956年施工的限额以上建设单位共有964个,
 * 其中本年开始建设的271个,"), and where its name starts in the chain: walking back over the chain's clauses, past other
 * parts and clauses that name them (其中…, 除了…, …以外), the first that counts a set (`setOf`); null when the item names
 * no part (its words before its number end in no 的, or a noun follows its count) or no set is found. `chain` is the
 * item's sentence up to the item.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { subsetLead } from "./shared_lead.ts";
 * assert.deepEqual(subsetLead("1956年施工的限额以上建设单位共有964个,其中本年开始建设的271个,", { text: "继续建设的693个", number: 5 }), ["1956年施工的限额以上建设单位", 0]);
 * assert.deepEqual(subsetLead("按照中央17个部培养熟练工人的计划,受训练的工人在今年将达71万人,", { text: "其中完成培养计划的将达28万人", number: 11 }), ["受训练的工人", 18]);
 * assert.deepEqual(subsetLead("苏联为我国设计的156个重要项目中,除了17个项目已经完工投入生产,12个项目已经部分地投入生产以外,", { text: "本年内开始建设的22个", number: 8 }), ["苏联为我国设计的重要项目", 0]);
 * assert.equal(subsetLead("新建改扩建中小学校11所,", { text: "新增学位1.62万个", number: 4 }), null);
 * assert.equal(subsetLead("", { text: "在今年内可以建设完工的有十四个", number: 12 }), null);
 * ```
 */
export function subsetLead(chain: string, item: LeadItem): [string, number] | null {
  if (item.number <= 0 || !P.subsetItem.test(item.text.slice(0, item.number)) || !COUNT_ONLY.test(item.text.slice(item.number))) return null;
  const clauses = chain.split(",");
  let end = chain.length;
  for (let i = clauses.length - 1; i >= 0; i--) {
    const clause = clauses[i], at = end - clause.length;
    end = at - 1;
    if (!clause) continue;
    const set = setOf(clause);
    if (set) return [set[0], at + set[1]];
    if (!P.setSkip.test(clause) && !isPart(clause)) return null;
  }
  return null;
}

/**
 * The topic a task pointing back to projects told before takes ("这些建设项目,在今年内可以建设完工的有十四个" in the
 * paragraph "冶金工业。冶金工业部有五十七个建设项目,…"): its paragraph's first sentence when that is only a name of two
 * to eight characters (冶金工业); "" otherwise. `paragraph` is the task's paragraph up to the task.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { topicLead } from "./shared_lead.ts";
 * assert.equal(topicLead("冶金工业。冶金工业部有五十七个建设项目,地方有十四个建设项目,共计七十一个。", "这些建设项目,在今年内可以建设完工的有十四个"), "冶金工业");
 * assert.equal(topicLead("冶金工业。冶金工业部有五十七个建设项目。", "在今年内可以建设完工的有十四个"), "");
 * ```
 */
export function topicLead(paragraph: string, item: string): string {
  if (!P.topicPointer.test(item)) return "";
  return /^[\s\u3000]*([\p{Script=Han}]{2,8})。/u.exec(paragraph)?.[1] ?? "";
}

/** the shared verbs anywhere, each match (the last one ends the verb before a project noun: 统筹推进|重大项目) */
const VERBS = new RegExp(P.sharedVerb.source, "gu");

/**
 * The projects a clause counts ("实施省重点项目1000个" → 省重点项目; "加快…等5500个重大项目建设" → 重大项目): for a count
 * after its noun, the words after the last shared verb before the count; for a count before its noun, the noun after its
 * classifier, 建设 dropped; "" when the noun names no projects (`projectNoun`) or the clause counts more than once.
 */
function projectsOf(clause: string): string {
  const counts = [...clause.matchAll(/[0-9][0-9.]*(?:万|千)?/gu)];
  if (counts.length !== 1) return "";
  const at = counts[0].index ?? 0;
  const after = clause.slice(at + counts[0][0].length).replace(/^(?:多|余)?(?:个|项|处)/u, "").replace(/建设$/u, "");
  if (P.projectNoun.test(after) && !/[,、]/u.test(after)) return after;
  const before = clause.slice(0, at);
  // the words after the last verb that leaves more than the bare noun (今年安排省重点建设项目: not 建设|项目)
  const nouns = [...before.matchAll(VERBS)].map((v) => before.slice((v.index ?? 0) + v[0].length));
  const noun = nouns.findLast((n) => n.length > 2) ?? nouns[nouns.length - 1] ?? "";
  return noun.length >= 2 && P.projectNoun.test(noun) ? noun : "";
}

/**
 * The projects a flow of investment with no subject of its own ("完成投资1万亿元") shares with the clause before it
 * that counts them ("实施省重点项目1000个" → 省重点项目), and where they start in that clause; null otherwise.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { investLead } from "./shared_lead.ts";
 * assert.deepEqual(investLead("实施省重点项目1000个", { text: "完成投资1万亿元", number: 4 }), ["省重点项目", 2]);
 * assert.deepEqual(investLead("今年安排省重点建设项目1500个", { text: "年度计划投资1万亿元", number: 6 }), ["省重点建设项目", 4]);
 * assert.deepEqual(investLead("自治区层面统筹推进重大项目2200个以上", { text: "完成投资5000亿元以上", number: 4 }), ["重大项目", 9]);
 * assert.deepEqual(investLead("加快三峡水运新通道、汉江航道整治等3100个重大项目建设", { text: "年度投资5400亿元以上", number: 4 }), ["重大项目", 22]);
 * assert.equal(investLead("加快1600个城市更新、600个医教康育服务项目建设", { text: "年度投资8000亿元以上", number: 4 }), null);
 * assert.equal(investLead("实施省重点项目1000个", { text: "新增产值5000亿元左右", number: 4 }), null);
 * ```
 */
export function investLead(clause: string, item: LeadItem): [string, number] | null {
  if (item.number <= 0 || !P.investFlow.test(item.text.slice(0, item.number))) return null;
  const projects = projectsOf(clause);
  return projects ? [projects, clause.lastIndexOf(projects)] : null;
}

/**
 * The pool a sentence names before a goal, whose parts its goals are ("地方预算支出中,经济建设费为…" → 地方预算支出;
 * "预计在社会商品零售总额中,私营商业的比重将下降到8.9%,而农民贸易将占5.1%" → 社会商品零售总额), and where it starts in the sentence; for a pool named by a pointer ("在这一百一十九个项目中,"), its paragraph's topic (电力工业, as
 * `topicLead`), at -1 when it stands outside the sentence; null for none or no pool (在实际工作中). `sentence` is the
 * goal's sentence up to the goal, `paragraph` its paragraph up to the sentence.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { poolLead } from "./shared_lead.ts";
 * assert.deepEqual(poolLead("地方预算支出中,", ""), ["地方预算支出", 0]);
 * assert.deepEqual(poolLead("在手工业总产值中,", ""), ["手工业总产值", 1]);
 * assert.deepEqual(poolLead("在这一百一十九个项目中,电站有一百个,", "电力工业。电力工业部有一百零一个建设项目。"), ["电力工业", -1]);
 * assert.deepEqual(poolLead("到1956年底,预计在社会商品零售总额中,私营商业的比重将下降到8.9%,", ""), ["社会商品零售总额", 11]);
 * assert.equal(poolLead("在实际工作中,", ""), null);
 * ```
 */
export function poolLead(sentence: string, paragraph: string): [string, number] | null {
  const m = P.poolOpening.exec(sentence);
  const pool = m?.[1] ?? m?.[2];
  if (!m || !pool || P.poolSkip.test(pool)) return null;
  if (/^(?:这|上述)/u.test(pool)) {
    const topic = /^[\s\u3000]*([\p{Script=Han}]{2,8})。/u.exec(paragraph)?.[1];
    return topic ? [topic, -1] : null;
  }
  return [pool, m.index + m[0].indexOf(pool)];
}

/** the longest antecedent a pointer's lead copies */
const ANTECEDENT_MAX = 90;

/**
 * The measure a goal's money is for, when its words before its number point back to it (为此: "中央财政为此将投入120亿元"):
 * the goal's sentence before it ("对义务教育阶段教师实行绩效工资制度,提高1200万中小学教师待遇,"), or the sentence before
 * when the goal opens its own, its list marker (一是) dropped, and where it starts in `text`; null when no pointer or
 * the antecedent is longer than 90 characters. `before` is the goal's sentence up to the goal, `previous` the sentence before.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { purposeLead } from "./shared_lead.ts";
 * const item = { text: "中央财政为此将投入120亿元", number: 9 };
 * assert.deepEqual(purposeLead("对义务教育阶段教师实行绩效工资制度,提高1200万中小学教师待遇,", "", item), ["对义务教育阶段教师实行绩效工资制度,提高1200万中小学教师待遇", 0, true]);
 * assert.deepEqual(purposeLead("", "因减免农(牧)业税而减少的财政收入,主要由中央财政安排专项转移支付予以补助。", { text: "今年中央财政为此新增支出140亿元", number: 12 }), ["因减免农(牧)业税而减少的财政收入,主要由中央财政安排专项转移支付予以补助", 0, false]);
 * assert.deepEqual(purposeLead("一是从今年新学年开始,在普通本科高校建立健全国家奖学金、助学金制度,", "", { text: "为此中央财政支出将由上年18亿元增加到95亿元", number: 11 }), ["从今年新学年开始,在普通本科高校建立健全国家奖学金、助学金制度", 2, true]);
 * assert.equal(purposeLead("今年,", "", { text: "中央财政将投入100亿元", number: 7 }), null);
 * ```
 */
export function purposeLead(before: string, previous: string, item: LeadItem): [string, number, boolean] | null {
  if (item.number <= 0 || !P.purposePointer.test(item.text.slice(0, item.number))) return null;
  const own = before.replace(/[,;:\s]+$/u, "");
  const source = own || previous.replace(/[。;!?\s]+$/u, "");
  const opening = /^[\s\u3000]*(?:[一二三四五六七八九十]+是)?/u.exec(source)?.[0].length ?? 0;
  const lead = source.slice(opening);
  return lead.length >= 4 && lead.length <= ANTECEDENT_MAX ? [lead, opening, !!own] : null;
}

/**
 * The topic a sentence opens with before 要 ("稀土要锚定“两个稀土基地”建设目标,…"), for a later goal of it that opens with
 * what is striven for and says no subject of its own ("力争全产业链产值突破1300亿元" → 稀土; "保持产值市值、营收利润稳居行业第1位"
 * after "北方稀土要聚焦…," → 北方稀土), and where the topic starts in the sentence; null when the words before 要 name a person,
 * a time or a connective (我们, 今年, 一方面), the goal names the topic itself, or opens otherwise. `sentence` is the goal's sentence up to it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { topicSubjectLead } from "./shared_lead.ts";
 * assert.deepEqual(topicSubjectLead("稀土要锚定“两个稀土基地”建设目标,拓展“稀土+”产业耦合发展空间,", "力争全产业链产值突破1300亿元"), ["稀土", 0]);
 * assert.deepEqual(topicSubjectLead("固定资产投资今年要增长10%左右,这个目标是等不来的,", "力争投资突破万亿元大关"), ["固定资产投资", 0]);
 * assert.equal(topicSubjectLead("一方面要加快推进沙戈荒大基地建设,", "力争新增并网4000万千瓦"), null);
 * assert.equal(topicSubjectLead("乳业要提升国际竞争力,", "力争乳业产业链产值突破2500亿元"), null);
 * assert.equal(topicSubjectLead("地方经济建设费主要是农林水利的支出,", "保持增长"), null);
 * ```
 */
export function topicSubjectLead(sentence: string, item: string): [string, number] | null {
  if (!P.subjectlessOpening.test(item)) return null;
  const m = P.topicSubject.exec(sentence);
  const topic = m?.[1];
  if (!m || !topic || m[0].length >= sentence.length || P.topicSubjectSkip.test(topic) || item.includes(topic)) return null;
  return [topic, m.index + m[0].indexOf(topic)];
}
