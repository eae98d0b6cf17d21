/**
 * Finding quantified tasks in plan sections ("实施50项重点科技项目"): the
 * clause around each target row that no goal list or dated aim took.
 *
 * Clauses that overlap or follow each other in one sentence are read together
 * and cut at commas into goals, so no two goals overlap: a piece whose number
 * has its own metric or action starts a goal, one that compares or extends the
 * number before (比上年增长…, 比“六五”期间…, 占…, 受益…) joins it; then "、"/"和"
 * cut a piece's items (not one naming only another time: "…、年底超过260个"). A clause
 * pointing back ("这将使…") keeps the pieces before it that say what 这 is, or is no
 * goal when another goal or the sentence start comes first; a topic piece before a clause
 * ("这些建设项目,") and a condition ("之后每连续参保1年,") join it. Rows that are facts
 * (also under a source: "据对…的检查,"), conditions, past levels, thresholds, ages, names or
 * descriptions are skipped (`notATask`), and so are facts told after the number or continued
 * from a fact before in the sentence (`factNextTo`) and counts of a set that already stands
 * (壮大19个省级先进制造业集群; one the review named before, `namedBefore`: 深入实施15项重大工程), or of one whose every member is steered with no quantity
 * (支持55个产粮大县提升粮食生产能力, 14列市州“动车组”节节发力: `standing_sets`), and rows in a paragraph
 * that opens on a past year ("在一九五八年,…" in the 1959 report: `inPastParagraph`). A clause after an amount of money that says what it is for
 * (用于…, 实施…计划) joins it (`withPurpose`). Each task carries its sentence, its
 * headings and the nearest paragraph lead naming a time, which the classifier
 * reads before the row's period (`classify.ts`, TASK_TIME_RULES).
 */
import { charClass, lastIndexWithin, matches } from "../../text/hot.ts";
import { goalPatterns as P } from "../../dictionary/goal_cues.ts";
import { yearNumber } from "../numbers/numbers.ts";
import type { Indicator } from "../indicators/indicators.ts";
import type { When } from "./classify.ts";
import { chainHeadings, type Found, type Scan } from "./scan.ts";
import { pastSpanIn } from "./find_dated.ts";
import { indicatorCues } from "../../dictionary/dictionary.ts";

/** A five-year plan's period named by its short name or ordinal ("“十三五”时期", "第一个五年计划期间"). */
const BASE_MARK = /[比较同与和][“"]?$/u;
const PLAN_PERIOD = /(?:第([一二三四五六七八九十]{1,2})个五年计划|[“"]?(十[一二三四五六]?五|[一二三四五六七八九]五)[”"]?)(?:期间|时期)/gu;

/**
 * Whether a text names the period of a plan that ended before the report's year ("以第一个五年计划期间的总投资额
 * 计算" in 1958): the figures told of it are the past plan's, no aim. A period compared with ("比“六五”期间增加…") is a base, not the time.
 */
function pastPlanPeriodIn(text: string, docYear: number | null): boolean {
  if (docYear === null || (!text.includes("期间") && !text.includes("时期"))) return false;
  for (const m of matches(PLAN_PERIOD, text)) {
    if (BASE_MARK.test(text.slice(Math.max(0, m.index - 2), m.index))) continue; // a comparison's base: "比“六五”期间增加百分之四十九"
    const end = indicatorCues.plans[m[2] ?? m[1] + "五"];
    if (end !== undefined && end < docYear) return true;
  }
  return false;
}

const CLAUSE_START_CHAR = charClass(/[,;:。!?\n]/u);
const CLAUSE_END_CHAR = charClass(/[,;。!?\n]/u);
const SENTENCE_END_CHAR = charClass(/[。!?\n]/u);
const PIECE_END_CHAR = charClass(/[,;]/u);
const DIGIT_CHAR = charClass(/[0-9]/u);

/** A thousands separator, not a clause break: the "," of "3,856亿斤". */
function inNumber(text: string, i: number): boolean {
  return text[i] === "," && DIGIT_CHAR[text.charCodeAt(i - 1)] === 1 && DIGIT_CHAR[text.charCodeAt(i + 1)] === 1;
}

/** The clause [a, b) around an indicator row, at most 200 characters beyond it either way, not reaching back past a ";" before its number. */
function clauseAround(s: Scan, i: number): [number, number] {
  const r = s.inds[i], text = s.text;
  let a = Math.min(r.a, r.metricA);
  const semi = lastIndexWithin(s.text, ";", r.valueA, a);
  if (semi >= a) a = semi + 1; // a metric read back across ";" stays out ("适当提高…补助标准;今年拟安排430亿元")
  a = pastOtherNumbers(s, r, a);
  const aFloor = Math.max(s.doc.a, a - 200);
  while (a > aFloor && (!CLAUSE_START_CHAR[text.charCodeAt(a - 1)] || inNumber(text, a - 1))) a--;
  let b = Math.max(r.b, r.metricB);
  const bCeil = Math.min(s.doc.b, b + 200);
  while (b < bCeil && (!CLAUSE_END_CHAR[text.charCodeAt(b)] || inNumber(text, b))) b++;
  return [a, b];
}

/**
 * A metric read back past other rows' numbers and a "," after them ("国家决定首先集中力量抓好1000户,去年已经对其中近300户…,今年要扩大到511户"):
 * the clause starts after the last "," or ";" that follows them, so the pieces holding them, and their facts, stay out.
 */
function pastOtherNumbers(s: Scan, r: Indicator, a: number): number {
  const last = lastValueEnd(s.inds, r, a);
  if (last < 0) return a;
  for (let c = r.valueA - 1; c >= last; c--) {
    const ch = s.text.charCodeAt(c);
    if (ch === 44 || ch === 59) return inNumber(s.text, c) ? a : c + 1; // "," or ";"
  }
  return a;
}

/** The rows' value ends sorted, made once per document: a binary search per row instead of a pass over every row. */
const valueEnds = new WeakMap<Indicator[], Int32Array>();

/** The last end of another row's number after a and at or before r's number starts, or -1. */
function lastValueEnd(inds: Indicator[], r: Indicator, a: number): number {
  if (r.valueB <= r.valueA) { // (a row whose own end is not after its start: the pass that leaves it out)
    let last = -1;
    for (const o of inds) if (o !== r && o.valueB > a && o.valueB <= r.valueA) last = Math.max(last, o.valueB);
    return last;
  }
  let ends = valueEnds.get(inds);
  if (!ends) valueEnds.set(inds, ends = Int32Array.from(inds, (o) => o.valueB).sort());
  let lo = 0, hi = ends.length; // lo: the first end after r.valueA (r's own end is one)
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] <= r.valueA) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && ends[lo - 1] > a ? ends[lo - 1] : -1;
}

const END_YEAR = /到(\d{4}|一九[〇○零一二三四五六七八九]{2})年/gu;

/** The lead of the list a clause belongs to: the words before the nearest colon earlier in its sentence ("已建成的主要有"), or "". */
function listLead(s: Scan, clauseA: number): string {
  const floor = Math.max(s.doc.a, clauseA - 300);
  let c = clauseA - 1;
  while (c > floor && s.text[c] !== ":" && !SENTENCE_END_CHAR[s.text.charCodeAt(c)]) c--;
  if (s.text[c] !== ":") return "";
  return s.text.slice(clauseStartBefore(s.text, c, floor), c);
}

/** The start of the clause ending at `at`: right after the last clause break (,;:。!?, line end) before it, not before `floor`. */
function clauseStartBefore(text: string, at: number, floor: number): number {
  let a = at;
  while (a > floor && !CLAUSE_START_CHAR[text.charCodeAt(a - 1)]) a--;
  return a;
}

/** The piece of the sentence right before a clause that opens after a ",", or "". */
function pieceBefore(s: Scan, clauseA: number): string {
  if (s.text[clauseA - 1] !== ",") return "";
  return s.text.slice(clauseStartBefore(s.text, clauseA - 1, s.doc.a), clauseA - 1);
}

/**
 * A row that names no planned quantity: 倍增 in a programme's name ("生态渔业倍增计划"),
 * a count that sums up the names listed just before it ("长白山、三江、吉光3个省实验室"),
 * a number that is a name or a description ("十届十二次全会", "公园24小时开放"), a fact
 * or condition ("建交的国家已经达到135个", "只要…保持百分之八", "其中已开工建设的…有九十三个",
 * "据国家统计局初步统计", "1——5月份", a source in the piece before: "据对…项目的检查,"), a number that
 * sorts people ("65岁及以上老年人"), the plan the next clause follows ("按照中央17个部培养熟练工人的计划"), a policy that
 * stands, carried on ("执行好20%的刚性增长机制"), a product's spec in a list of products ("载重量一万三千多吨的远洋货轮"), a plan fulfilled so far ("钢完成96.4%"), or a past level
 * ("由一九七八年的…增加到一九八二年的六百五十亿元" in the 1983 report).
 */
function notATask(s: Scan, r: Indicator, clauseA: number, clauseB: number): boolean {
  if (/倍增$/u.test(r.valueText) && P.programme.test(s.text.slice(r.valueB, r.valueB + 4))) return true;
  if (P.notQuantity.test(s.text.slice(Math.max(s.doc.a, r.valueA - 4), r.valueB + 6))) return true;
  if (P.sortingNumber.test(s.text.slice(r.valueA, r.valueB + 6))) return true; // "65岁及以上老年人"
  // a product named by its spec in a list of kinds of products: "其中包括以下一些重要产品:…,载重量一万三千多吨的远洋货轮"
  if (s.text[r.valueB] === "的" && P.productListLead.test(listLead(s, clauseA))) return true;
  // a fact's source, or a clause under it: "据对一百七十六个在建的大中型项目的检查,现在要花的投资…"
  if (P.factSource.test(s.text.slice(clauseA, clauseB)) || P.factSource.test(pieceBefore(s, clauseA))) return true;
  const lead = s.text.slice(clauseA, r.valueA);
  const piece = lead.slice(Math.max(lead.lastIndexOf(","), lead.lastIndexOf(";")) + 1);
  // a comparison's verb ("比上年…减少了5.52%") is no fact
  // (but a fact in the piece it compares still counts: "本年1——5月份…计划完成102.6%,比上年同期增长33.3%")
  const compared = lead.slice(0, Math.max(0, lead.length - piece.length - 1));
  const factText = P.comparisonLead.test(piece) ? compared.slice(Math.max(compared.lastIndexOf(","), compared.lastIndexOf(";")) + 1) : lead;
  if (P.factMark.test(factText) || (!P.comparisonLead.test(piece) && P.factMark.test(listLead(s, clauseA)))) return true;
  if (factNextTo(s, r, clauseA, clauseB)) return true;
  // a set that already stands, before this number or an earlier one of its piece: "壮大19个省级先进制造业集群"
  if (P.standingLead.test(piece) || (/\d/u.test(piece) && P.standingLead.test(piece.slice(0, piece.search(/\d/u))))) return true;
  // every member of a set that stands, steered with no quantity: "推动151家国家级创新平台提质增效", "14列市州“动车组”节节发力"
  if (P.standingSet.test(s.text.slice(clauseA, clauseB).replace(/^[\s,;:]+/u, "").replace(/[“”]/gu, ""))) return true;
  // the plan the next clause follows: "按照中央17个部培养熟练工人的计划,"
  const whole = s.text.slice(clauseA, clauseB).replace(/^[\s,;:]+/u, "");
  if (P.referenceClause.test(whole)) return true;
  // a policy or mechanism that stands, carried on: "执行好20%的刚性增长机制"
  if (P.standingPolicy.test(whole)) return true;
  // a plan fulfilled so far: "钢完成96.4%"
  if (r.unit === "%" && P.fulfilment.test(piece)) return true;
  if (s.year !== null) {
    for (const m of matches(END_YEAR, s.text.slice(clauseA, clauseB))) {
      const y = yearNumber(m[1].replace(/[○零]/gu, "〇"));
      if (y !== null && y < s.year) return true;
    }
  }
  if (!P.listSummaryUnit.test(r.unit)) return false;
  // a count after 等 closing a list of names with no number: "钢、原油、…、糖等十七种"
  // the count of what an earlier number of its clause holds for: "产量将增长百分之五十以上的有生铁、钢、…、糖等十七种"
  // (not a task's own kinds: "新建城市艺术综合体、城乡书房等300个以上")
  if (/等$/u.test(lead)) {
    const ends = s.endingIn(clauseA, r.valueA).map((i) => s.inds[i].b);
    if (ends.length && /^的?有[^,;:。0-9]*、/u.test(s.text.slice(Math.max(...ends), r.valueA))) return true;
  }
  if (!r.metricAfterNumber) return false;
  // the names summed up hold no number ("每个乡镇至少办好1所优质初中、每个县至少办好1所…" is a list of tasks),
  // unless a total word opens the count ("每个领域遴选10个项目、共80个项目")
  const last = lead.lastIndexOf("、");
  return last >= 0 && last < lead.length - 1 && (!/\d/u.test(lead) || /^(?:共|合计|总计)/u.test(lead.slice(last + 1)));
}

const COUNT_KEY_END = /[,;:、。!?\n]/u;
/**
 * A count with its noun that the report named before ("全力实施15项重大工程" in the review) and the task only
 * carries on ("深入实施15项重大工程"), or that the earlier naming takes as a whole ("22个重点产业集群中,战略性新兴
 *产业营业收入占比…", then "加快建设…、22个重点产业集群"): a set that stands, no planned quantity.
 */
function namedBefore(s: Scan, r: Indicator, clauseA: number): boolean {
  if (!P.listSummaryUnit.test(r.unit)) return false;
  const lead = s.text.slice(clauseA, r.valueA);
  const piece = lead.slice(Math.max(lead.lastIndexOf(","), lead.lastIndexOf(";")) + 1);
  const rest = s.text.slice(r.valueA, r.valueA + 16);
  const end = rest.search(COUNT_KEY_END);
  // "2个国家重大产业备份项目建设", "6个重大科技专项和重点研发计划", "13条重点产业链倍增计划"
  const key = (end < 0 ? rest : rest.slice(0, end)).replace(P.restatedSetTail, "");
  if (key.length < r.valueB - r.valueA + 4) return false; // the noun must say what the set is
  const at = s.text.lastIndexOf(key, r.valueA - 1);
  if (at < s.doc.a) return false;
  return P.restatedSetLead.test(piece.replace(/^[\s“]+/u, "")) || P.restatedSetWhole.test(s.text.slice(at + key.length, at + key.length + 2));
}

/**
 * A count taken up again as the topic of a breakdown ("地方有三十二个建设项目,…。地方建设的三十二个项目,有三十一个是煤矿";
 * "地方有十四个建设项目,…。今年地方新建和扩建的十四个冶金企业,有乌鲁木齐八一钢铁厂,…"): its clause ends on the counted
 * noun, the next opens with 有, and the same count stands just before (this paragraph or the one before) — the set
 * named before, no second goal.
 */
const TOPIC_LOOKBACK = 400;
function topicRestated(s: Scan, r: Indicator, clauseA: number, clauseB: number): boolean {
  if (s.text[clauseB] !== "," || s.text[clauseB + 1] !== "有" || !r.unit) return false; // cheap guard
  const tail = s.text.slice(r.valueB, clauseB);
  if (tail.length > 12 || /[0-9一二三四五六七八九十百千万亿]/u.test(tail)) return false;
  const from = Math.max(s.doc.a, clauseA - TOPIC_LOOKBACK);
  const count = s.text.slice(r.valueA, r.valueB); // "三十二个": the number with its unit
  return count.endsWith(r.unit) && s.text.slice(from, clauseA).includes(count);
}

/**
 * A fact told right after the number ("除了17个项目已经完工投入生产", "现在全国有100多个城市建立了…"),
 * or continued from the piece before in its sentence, a fact with a number, by a clause with no plan word
 * ("现在,同我国建交的国家已经达到135个,有经济贸易关系的国家和地区178个") or naming the whole that stands
 * which the clause takes its share from ("我区近万亿元的重大项目投资中,产业投资占比近七成"), or told since a past time
 * ("我们从一九五五年以来,…,使非生产性建设投资…降低到百分之二十左右"), or in a sentence that describes the region's
 * present strengths ("活力足主要是我省市场化程度高、…,实时人口1.5亿左右,新出生人口数量居全国第一,…").
 */
function factNextTo(s: Scan, r: Indicator, clauseA: number, clauseB: number): boolean {
  if (P.factAfter.test(s.text.slice(r.valueB, clauseB))) return true;
  const next = s.text.slice(clauseB, clauseB + 24); // the pool a next clause takes part of: "抓好1000户,去年已经对其中…"
  // or makes do more than now: "抓好十二个大面积商品粮基地…,八年内使它们提供的商品粮比现在增加两、三倍"
  if ((next.includes("其中") || next.includes("比现在")) && P.poolTakenAfter.test(s.text.slice(r.valueB, clauseB) + next)) return true;
  if (pastSpanIn(s.text.slice(sentenceStart(s, clauseA), r.valueA), s.year)) return true; // "从1951年到1957年,国家用于…的经费将近四十九亿元"
  if (reckoningGoesOn(s, clauseA)) return true; // "如果…扣除…,则本年收入实际增长15.83%,本年支出实际增长22.77%"
  if (P.planWord.test(s.text.slice(clauseA, clauseB))) return false;
  const opening = s.text.slice(sentenceStart(s, clauseA), clauseA);
  if (P.since.test(opening)) return true; // "我们从一九五五年以来,…,使…降低到…"
  if (conditional(opening)) return true; // "如果再把一、二千万亩粮田改种薯类,则虽然…,但能增产薯类一百多亿斤"
  if (pastPlanPeriodIn(opening, s.year)) return true; // "以第一个五年计划期间的总投资额计算,…;全部…房屋建筑面积…,共用投资一百一十亿元"
  if (opening.includes("主要") && P.stateDescription.test(opening)) return true; // "活力足主要是我省市场化程度高、…,实时人口1.5亿左右"
  if (inPastParagraph(s, clauseA)) return true; // "在一九五八年,少数民族的经济和文化,也有了巨大的跃进。…学生总数达到三百五十一万人"
  const before = pieceBefore(s, clauseA);
  if (!before || !P.factMark.test(before)) return false;
  if (before.endsWith("中")) return true; // a share of a whole that stands: "我区近万亿元的重大项目投资中,产业投资占比近七成"
  return s.endingIn(clauseA - 1 - before.length, clauseA - 1).length > 0;
}

/** A clause right after the 则 clause of a 如果 sentence ("…,则本年收入实际增长15.83%,本年支出实际增长22.77%"): the same reckoning, though 本年 reads as a plan word. */
function reckoningGoesOn(s: Scan, clauseA: number): boolean {
  const before = pieceBefore(s, clauseA);
  return before.startsWith("则") && !/^则(?:要|应|须|必须|将)/u.test(before) && conditional(s.text.slice(sentenceStart(s, clauseA), clauseA));
}

/** A sentence opening on a condition and its consequence ("如果…,则…"): a reckoning of what would follow, no goal. */
function conditional(opening: string): boolean {
  const at = Math.max(opening.indexOf("如果"), opening.indexOf("假如"));
  return at >= 0 && /[,;]则/u.test(opening.slice(at));
}

const spanA = (r: Indicator) => Math.min(r.a, r.metricA);
const spanB = (r: Indicator) => Math.max(r.b, r.metricB);

/** 均 inside a word (亩均, 人均, 平均, 均衡, 均等), which shares no number out */
const WORD_JUN = /[人亩户平地日年月生]均|均[衡等值价匀]/gu;

/**
 * Whether a clause shares its numbers out with 分别 or 均 ("…分别增长22.9%和17.4%", "…均增长10%以上"), 均 inside a word
 * not counting ("园区规模工业占比达到75%以上、亩均税收增长10%以上" is two goals).
 */
function sharesOut(clause: string): boolean {
  if (clause.includes("分别")) return true;
  return clause.includes("均") && clause.replace(WORD_JUN, "").includes("均");
}

/**
 * A piece's rows cut into goals: a "、" or "和" between one row's metric and number
 * and the next row's starts a new goal ("启动城中村改造3万户、城市危旧房改造8600套"),
 * unless a 分别 or 均 clause shares its numbers out. Breaks at "," were decided before
 * (`goalsOfGroup`), so a joiner only counts inside one piece.
 */
function splitClause(s: Scan, a: number, b: number, idx: number[], standing: number[] = []): [number, number, number[]][] {
  const rows = [...idx].sort((x, y) => s.inds[x].valueA - s.inds[y].valueA);
  if (sharesOut(s.text.slice(a, b))) return [[a, b, rows]];
  const standsIn = standing.some((p) => p > s.inds[rows[rows.length - 1]].b && p < b); // "加快建设4个万亿级产业基地、22个重点产业集群"
  if (rows.length < 2) return [[a, trailingItemCut(s, s.inds[rows[0]], b, standsIn), rows]]; // one number: a later number may share its noun (建设1500万亩小麦、2000万亩玉米高产示范区)
  const out: [number, number, number[]][] = [];
  let start = a, group: number[] = [rows[0]];
  for (let k = 1; k < rows.length; k++) {
    const prev = s.inds[rows[k - 1]], next = s.inds[rows[k]];
    let prevEnd = spanB(prev), nextStart = spanA(next);
    // a metric read back past the previous number ("供水管网" for "实施180公里管道清淤、175公里河道疏浚"):
    // the gap runs between the two numbers, and needs words after the first before the joiner
    const back = nextStart < prevEnd;
    if (back) [prevEnd, nextStart] = [prev.b, next.valueA];
    const gap = prevEnd <= nextStart ? s.text.slice(prevEnd, nextStart) : "";
    let m = /[,;]/u.test(gap) ? null : P.taskJoiner.exec(gap);
    if (back && m && m.index === 0) m = null;
    // an item naming only another time ("…超过200个、年底超过260个") has no metric of its own
    if (m && P.timeOnlyLead.test(s.text.slice(prevEnd + m.index + m[0].length, next.valueA))) m = null;
    // an item qualifying the noun the next one names shares it ("新建8个国家级、36个省级临床重点专科")
    if (m && P.sharedNounItem.test(s.text.slice(prev.valueB, prevEnd + m.index))) m = null;
    // or an activity the last item's 项目 counts ("加快1600个城市更新、600个医教康育服务项目建设")
    if (m && P.sharedProjectItem.test(pieceAfter(s.text, prev.valueB, b))) m = null;
    // or one more example of what the next number counts ("国能宁煤70万吨煤制烯烃…示范、中石化对位芳纶、平煤神马尼龙等总投资500亿元")
    if (m && P.exampleList.test(s.text.slice(prevEnd + m.index + m[0].length, next.valueA))) m = null;
    // or a bare flow of the item before ("实施省重点项目1550个、年度计划投资7150亿元")
    if (m && P.bareLead.test(s.text.slice(prevEnd + m.index + m[0].length, next.valueA))) m = null;
    // or a predicate the next item ends with, which the indicator stage gave the item before too
    // ("保持2300万省外劳动力和240万省外脱贫劳动力在浙稳定就业": both rows 在浙稳定就业)
    if (m && predicateShared(s, prev, next, b)) m = null;
    // no separator, the next metric opening with its own verb: "…中小企业1000家新增规上工业企业2500家"
    const gluedAt = back ? prev.valueB : prevEnd;
    const glued = back || gap === "" ? s.text.slice(gluedAt, Math.max(gluedAt, next.valueA)) : "";
    if (!m && glued && !/[,;、]/u.test(glued) && P.itemVerb.test(glued)) {
      out.push([start, gluedAt, group]);
      start = gluedAt;
      group = [rows[k]];
      continue;
    }
    if (!m) {
      group.push(rows[k]);
      continue;
    }
    out.push([start, prevEnd + m.index, group]);
    start = prevEnd + m.index + m[0].length;
    group = [rows[k]];
  }
  out.push([start, trailingItemCut(s, s.inds[rows[rows.length - 1]], b), group]);
  return out;
}

/**
 * Whether the row before a joiner took its metric's end from words that follow the next row's number only
 * ("2300万省外劳动力和240万省外脱贫劳动力在浙稳定就业": 省外劳动力在浙稳定就业; "建设1500万亩小麦、2000万亩玉米高产示范区":
 * 建设小麦高产示范区): the items share that predicate or noun.
 */
function predicateShared(s: Scan, prev: Indicator, next: Indicator, b: number): boolean {
  const at = prev.metricText ? prev.metric.indexOf(prev.metricText) : -1; // after a shared verb: 建设小麦高产示范区 for 小麦
  if (at < 0 || prev.metric.length <= at + prev.metricText.length + 1) return false;
  const tail = prev.metric.slice(at + prev.metricText.length);
  return !s.text.slice(prev.valueB, next.valueA).includes(tail) && s.text.slice(next.valueB, b).includes(tail);
}

/**
 * The end of a task clause before a "、" item after its last row that holds a number of its own but no
 * row ("新建…50处乡村健身广场、15公里“海河蓝丝带”自行车骑行道", the 15 left unread), or that opens an action
 * of its own with no number ("新增专门学校学位700个、推进专门学校设区市全覆盖"): that item stays out.
 */
function trailingItemCut(s: Scan, last: Indicator, b: number, numbered = true): number {
  const from = Math.max(last.b, last.metricB);
  const tail = s.text.slice(from, b);
  const k = tail.indexOf("、");
  return k >= 0 && ((numbered && /[0-9]/u.test(tail.slice(k + 1))) || P.steeringItem.test(tail.slice(k + 1))) ? from + k : b;
}

/** The text from `at` to the first "," or ";" before `b` (a clause may hold a bare flow joined after it: "…项目建设,年度投资8000亿元以上"). */
function pieceAfter(text: string, at: number, b: number): string {
  const tail = text.slice(at, b);
  const cut = tail.search(/[,;]/u);
  return cut < 0 ? tail : tail.slice(0, cut);
}

type Group = { a: number; b: number; rows: number[] };

/** Pieces of [a, b) between "," and ";" outside quotes and brackets (not the "," inside "3,856"). */
function piecesOf(text: string, a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  let c = a, depth = 0;
  for (let i = a; i <= b; i++) {
    const ch = text[i];
    if (ch === "“" || ch === "(" || ch === "《") depth++;
    else if (ch === "”" || ch === ")" || ch === "》") depth = Math.max(0, depth - 1);
    if (i === b || (depth === 0 && PIECE_END_CHAR[text.charCodeAt(i)] && !inNumber(text, i))) {
      if (i > c) out.push([c, i]);
      c = i + 1;
    }
  }
  return out;
}

/** the words right after a piece's opening number name what it counts: "的铁路新干线" */
const NAMED_AFTER = /^的[\p{Script=Han}“]/u;
/** a share opening a piece and the units it counts right after it, its own subject: "50%县区基本达到…" (not "5%以上", "5%左右") */
const SHARE_OF_UNITS = /^(?![以左之上下和及或至到])\p{Script=Han}/u;

/**
 * The goals of a group of task clauses that overlap or follow each other in one
 * sentence: each piece between commas whose first number has a metric or an
 * action of its own starts a goal; a piece that only compares or extends the
 * number before ("比上年增长31.27%", "受益200万人", "增加到一九八七年的五十五万人") or names a bare flow of its subject ("完成投资1.2万亿元"), not one naming what its
 * number counts ("…,五千五百公里的铁路新干线"), joins that goal, one that points back to it ("这样就可以…") states its effect and is
 * dropped, and a piece with no number joins the piece after it.
 */
function goalsOfGroup(s: Scan, g: Group): Group[] {
  const out: Group[] = [];
  let pending = -1; // start of pieces with no number, waiting for one
  for (const [a, b] of piecesOf(s.text, g.a, g.b)) {
    const rows = g.rows.filter((i) => s.inds[i].valueA >= a && s.inds[i].valueA < b);
    if (!rows.length) {
      if (pending < 0) pending = a;
      continue;
    }
    const r = s.inds[rows.reduce((x, y) => s.inds[x].valueA <= s.inds[y].valueA ? x : y)];
    const lead = s.text.slice(a, r.valueA).replace(/^\s+/u, "");
    const prev = out[out.length - 1];
    if (prev && pending < 0 && P.antecedentLead.test(lead)) continue; // the effect of the goal before: "这样就可以…"
    if (!prev && pending < 0 && P.comparisonLead.test(lead)) continue; // a comparison whose figure is no goal: "比五年计划中规定的1957年的水平498亿元只差38亿元"
    const ownMetric = r.metricA >= a && lead.replace(P.continuationLead, "").length > 2; // "增加工商业贷款23亿元"
    const namesAfter = NAMED_AFTER.test(s.text.slice(r.valueB, r.valueB + 2)) || // "五千五百公里的铁路新干线", its metric read back past the ","
      (r.unit === "%" && SHARE_OF_UNITS.test(s.text.slice(r.valueB, r.valueB + 1))); // "…覆盖92%乡镇,50%县区基本达到…"
    const joins = prev && pending < 0 && !r.metricAfterNumber &&
      (P.comparisonLead.test(lead) || (P.continuationLead.test(lead) && !ownMetric) || (lead === "" && r.metricA < a && !namesAfter) ||
        P.bareLead.test(lead)); // a bare flow counts the subject before it: "实施省大中型项目4600个以上,完成投资1.2万亿元左右"
    if (joins) {
      prev.b = b;
      prev.rows.push(...rows);
    } else out.push({ a: pending >= 0 ? pending : a, b, rows });
    pending = -1;
  }
  if (pending >= 0 && out.length) out[out.length - 1].b = g.b;
  return out;
}

/**
 * Plan tasks: one per clause (or "、" piece of it) holding target rows in a plan section, not taken by earlier goals; clauses that overlap or follow each other are read together, so no two goals overlap.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readText } from "../../run/pipeline.ts";
 * import { indicators } from "../indicators/indicators.ts";
 * import { scanOf } from "./scan.ts";
 * const text = "二、2025年工作安排\n今年经济社会发展的主要预期目标是:地区生产总值增长5%左右;城镇新增就业60万人以上。\n(一)扩大有效投资。实施重大项目2500个以上,建设高标准农田6万亩。到2027年,全省研发投入强度达到3%。\n";
 * const [doc] = readText("passage", text, "utf-8", { facts: { year: 2025, kind: "government_work_report" }, minChars: 1 });
 * const s = scanOf(doc, indicators(doc));
 * const show = (f: { a: number; b: number }[]) => f.map((x) => doc.clean.text.slice(x.a, x.b));
 * // every target row is a task unless an earlier goal took it: here none did
 * assert.deepEqual(show(findTasks(s, new Set())), ["地区生产总值增长5%左右", "城镇新增就业60万人以上", "实施重大项目2500个以上", "建设高标准农田6万亩", "全省研发投入强度达到3%"]);
 * // the list's and the dated aim's rows (0, 1 and 4) taken, the plan's two tasks are left
 * assert.deepEqual(show(findTasks(s, new Set([0, 1, 4]))), ["实施重大项目2500个以上", "建设高标准农田6万亩"]);
 * ```
 */
export function findTasks(s: Scan, taken: Set<number>, dated: [number, number][] = []): Found[] {
  const clauses: Group[] = [], standing: number[] = []; // standing: where counts of sets the review named stand
  s.inds.forEach((r, i) => {
    if (taken.has(i) || r.status !== "target" || s.roleAt(r.a) !== "plan" || s.isCovered(r.a, r.b)) return;
    const [a, b] = clauseAround(s, i);
    if (namedBefore(s, r, a)) standing.push(r.valueA);
    else if (notATask(s, r, a, b) || topicRestated(s, r, a, b)) return;
    else clauses.push({ a, b, rows: [i] });
  });
  clauses.sort((x, y) => x.a - y.a || x.b - y.b);
  const groups: Group[] = [];
  for (const c of clauses) {
    const last = groups[groups.length - 1];
    if (last && (c.a < last.b || (c.a - last.b < 4 && /^[\s,;]*$/u.test(s.text.slice(last.b, c.a))))) {
      last.b = Math.max(last.b, c.b);
      last.rows.push(...c.rows);
    } else groups.push({ ...c, rows: [...c.rows] });
  }
  // a comparison right after a group, in its sentence, belongs to it even when its row is no target
  // ("今年中央财政安排社会保障支出2019亿元,比去年增加247亿元", the 247 read as last year's actual)
  groups.forEach((g, k) => {
    const limit = Math.min(k + 1 < groups.length ? groups[k + 1].a : s.doc.b, g.b + 80);
    while (s.text[g.b] === "," || s.text[g.b] === ";") {
      let e = g.b + 1;
      const open = (i: number) => !CLAUSE_END_CHAR[s.text.charCodeAt(i)] || inNumber(s.text, i);
      while (e < limit && open(e)) e++;
      if (e < s.doc.b && open(e)) break; // the comparison runs past the limit
      if (!P.comparisonLead.test(s.text.slice(g.b + 1, e))) break;
      g.b = e;
    }
  });
  for (const g of groups) {
    g.a = withTopic(s, withSector(s, withCondition(s, g.a)));
    g.b = withPurpose(s, g);
  }
  const out: Found[] = [];
  const leadAt = leadsOf(s);
  for (const g of withAntecedents(s, withFirms(s, withSubjects(s, groups)))) {
    for (const goal of goalsOfGroup(s, g)) {
      for (const [a0, b, rows] of splitClause(s, goal.a, goal.b, goal.rows, standing)) {
        const r = s.inds[rows[0]];
        const a = pastUnquantified(s, a0, r.valueA);
        const y = /^(?:\d{4}-)?(\d{4})$/.exec(r.period); // a year, or a span's end year
        const year = y ? Number(y[1]) : s.year;
        const when: When = {
          source: "task", docYear: s.year, late: s.late, year,
          sentence: s.text.slice(sentenceStart(s, a), r.valueA),
          after: s.text.slice(r.valueA, b),
          before: sentenceBefore(s, sentenceStart(s, a)),
          headings: chainHeadings(s.doc.sections, s.sectionOf(a)),
          lead: leadAt(a),
          congress: s.doc.facts.kind === "party_congress_report",
        };
        if (when.congress) when.aimYear = datedYearBefore(s, dated, a);
        out.push({ a, b, source: "task", row: r, when });
      }
    }
  }
  return out;
}

/**
 * The start of a task goal past a piece with no number joined by "、" to a clause that
 * opens with 力争/确保… ("做实打响“旅居云南”新品牌、力争旅居人数达600万"), or past an item whose
 * number no row read, after "、" or joined by 和/及 ("其中包括十个水泥厂和二十三个…"): that piece stays out.
 */
function pastUnquantified(s: Scan, a: number, valueA: number): number {
  const lead = s.text.slice(a, valueA);
  const joined = lead.endsWith("和") || lead.endsWith("及") ? P.unreadJoinedItem.exec(lead) : null; // "其中包括十个水泥厂和"
  if (joined && !s.endingIn(a, valueA - 1).some((i) => s.inds[i].valueA >= a + joined.index)) return valueA;
  const k = lead.lastIndexOf("、");
  if (k < 0) return a;
  // an item with a number the indicator stage left unread ("新建20公里健身步道、100处户外微场地"): it stays out too
  if (/[0-9]/u.test(lead.slice(0, k))) return P.unreadItem.test(lead.slice(0, k)) && !sharesOut(lead) && !s.endingIn(a, a + k).length ? a + k + 1 : a;
  return P.continues.test(lead.slice(k + 1)) ? a + k + 1 : a;
}

/**
 * Groups whose clause points back ("这将使农村1.5亿中小学生的家庭…") with the pieces before it in
 * its sentence, up to a ";", that say what 这 is ("今年,要在全国农村全部免除义务教育阶段的学杂费,");
 * such a clause opening its sentence, or right after another goal, states an effect: no goal.
 */
function withAntecedents(s: Scan, groups: Group[]): Group[] {
  return groups.filter((g, k) => {
    if (!P.antecedentLead.test(s.text.slice(g.a, g.a + 4))) return true;
    const floor = Math.max(sentenceStart(s, g.a), k > 0 ? groups[k - 1].b : s.doc.a);
    let a = g.a;
    while (a > floor && s.text[a - 1] !== ";") a--;
    // the words before it, without the separators after the goal before
    const lead = s.text.slice(a, g.a).replace(/^[\s,;:]+/u, "");
    if (!/[^\s,;:]/u.test(lead)) return false;
    g.a -= lead.length;
    return true;
  });
}

/**
 * Groups opening with a bare flow ("年度投资5400亿元以上", `bareLead`) with the clause right before it in its
 * sentence, after a "," and outside any other group, that names what the flow is of ("加快…等3100个重大项目建设,";
 * "推进重大工程建设,全年完成投资2400亿元").
 */
function withSubjects(s: Scan, groups: Group[]): Group[] {
  groups.forEach((g, k) => {
    const r = s.inds[g.rows.reduce((x, y) => s.inds[x].valueA <= s.inds[y].valueA ? x : y)];
    if (s.text[g.a - 1] !== "," || !P.bareLead.test(s.text.slice(g.a, r.valueA).replace(/^\s+/u, ""))) return;
    const floor = Math.max(sentenceStart(s, g.a), k > 0 ? groups[k - 1].b : s.doc.a);
    const a = clauseStartBefore(s.text, g.a - 1, floor);
    if (a > floor || a === sentenceStart(s, g.a)) g.a = a;
  });
  return groups;
}

/**
 * The start of a task clause with the pieces right before it, in its sentence, that state
 * whom or per what its number applies to ("对连续参加居民医保满4年的参保人员,之后每连续参保1年,").
 */
function withCondition(s: Scan, a: number): number {
  const floor = sentenceStart(s, a);
  let start = a;
  for (let k = 0; k < 2 && start > floor && /[,;]/u.test(s.text[start - 1]); k++) {
    const p = clauseStartBefore(s.text, start - 1, floor);
    if (!P.conditionLead.test(s.text.slice(p, start - 1))) break;
    start = p;
  }
  return start;
}

/**
 * The start of a task clause that opens with a bare measure ("总产值比1980年预计增长8%", "增长的速度都将达到…") with the
 * sector alone ("轻工业,") or the list of products ending in 等 ("机械产品中的发电设备、电动机、…和蒸气机车等,") opening its
 * sentence right before it: the measure's subject, the goal's metric.
 */
function withSector(s: Scan, a: number): number {
  const floor = sentenceStart(s, a);
  if (a <= floor || s.text[a - 1] !== "," || !P.bareMeasure.test(s.text.slice(a, a + 5))) return a;
  const piece = s.text.slice(floor, a - 1);
  return P.sectorTopic.test(piece.trim()) ? floor + (piece.length - piece.trimStart().length) : a;
}

/**
 * The start of a task clause with the piece alone opening its sentence right before it that names the field it is in
 * ("在交通运输业的基本建设方面,一九五八年国家投资共二十二亿元"; "在手工业方面,1956年的全国总产值将比1955年增长16.2%"): the goal's topic.
 */
function withTopic(s: Scan, a: number): number {
  if (s.text[a - 1] !== ",") return a; // cheap guard
  const floor = sentenceStart(s, a);
  const piece = s.text.slice(floor, a - 1);
  if (!piece.endsWith("方面") && !piece.endsWith("领域")) return a;
  return P.topicPiece.test(piece.trim()) ? floor + (piece.length - piece.trimStart().length) : a;
}

/**
 * Groups in a sentence that opens on a firm set the aims after it ("蒙能集团要当好我区能源企业的“顶梁柱”,力争电力总装机超过
 * 4500万千瓦"), with no number and no other group before them in it: they start at the firm, whose figure the goal is, not the region's.
 */
function withFirms(s: Scan, groups: Group[]): Group[] {
  groups.forEach((g, k) => {
    if (s.text[g.a - 1] !== ",") return; // cheap guard
    const floor = sentenceStart(s, g.a);
    if ((k > 0 && groups[k - 1].b > floor) || !P.firmSubject.test(s.text.slice(floor, floor + 24))) return;
    if (!/[0-9]/u.test(s.text.slice(floor, g.a))) g.a = floor;
  });
  return groups;
}

/**
 * The end of a task group with the clause right after it, in its sentence, that holds no number and says
 * what the group's amount of money is for ("今年拟安排430亿元,用于补助低保住房困难家庭的实物廉租房建设").
 */
function withPurpose(s: Scan, g: Group): number {
  const last = s.inds[g.rows.reduce((x, y) => s.inds[x].valueA >= s.inds[y].valueA ? x : y)];
  if (s.text[g.b] !== "," || !last.unit.endsWith("元")) return g.b;
  let e = g.b + 1;
  while (e < s.doc.b && e - g.b < 80 && !CLAUSE_END_CHAR[s.text.charCodeAt(e)]) e++;
  if (!CLAUSE_END_CHAR[s.text.charCodeAt(e)] || /[0-9]/u.test(s.text.slice(g.b + 1, e)) || s.endingIn(g.b, e).length) return g.b;
  return P.purposeLead.test(s.text.slice(g.b + 1, e)) ? e : g.b;
}

const PARAGRAPH_LOOKBACK = 3000;

/** Whether position a lies in a paragraph that opens on a year before the report's ("在一九五八年,…" in the 1959 report) and tells what happened then. */
function inPastParagraph(s: Scan, a: number): boolean {
  if (s.year === null) return false;
  const floor = Math.max(s.doc.a, a - PARAGRAPH_LOOKBACK); // bounded: a report on one line has no paragraph start to find
  let p = a;
  if (p > floor) { // back to the paragraph's start, by one search rather than a character string apiece
    const nl = lastIndexWithin(s.text, "\n", p - 1, floor);
    p = nl >= 0 ? nl + 1 : floor;
  }
  if (p > s.doc.a && s.text[p - 1] !== "\n") return false;
  const m = P.pastParagraph.exec(s.text.slice(p, p + 24));
  const y = m ? yearNumber(m[1].replace(/[○零]/gu, "〇")) : null;
  return y !== null && y < s.year;
}

/** The sentence ending right before position a, in its paragraph ("" when a opens a paragraph). */
function sentenceBefore(s: Scan, a: number): string {
  return a > s.doc.a && s.text[a - 1] !== "\n" ? s.text.slice(sentenceStart(s, a - 1), a) : "";
}

/** The start of the sentence holding position a. */
function sentenceStart(s: Scan, a: number): number {
  const floor = Math.max(s.doc.a, a - 300);
  while (a > floor && !SENTENCE_END_CHAR[s.text.charCodeAt(a - 1)]) a--;
  return a;
}

/** The start of the top-level section holding a position (the document's start outside any). */
function topSectionStart(s: Scan, pos: number): number {
  let i = s.sectionOf(pos);
  while (i >= 0 && s.doc.sections[i].parent >= 0) i = s.doc.sections[i].parent;
  return i < 0 ? s.doc.a : s.doc.sections[i].a;
}

/** The year of the last dated aim before a position in its top-level section ("确保到二〇二〇年实现全面建成小康社会宏伟目标"), if any. */
function datedYearBefore(s: Scan, dated: [number, number][], pos: number): number | undefined {
  const floor = topSectionStart(s, pos);
  let year: number | undefined;
  for (const [at, y] of dated) if (at >= floor && at < pos) year = y;
  return year;
}

const LEAD_CHARS = 60;

/**
 * The paragraph lead naming a time nearest before a position, inside its top-level
 * section ("各位代表!未来五年是…", "2023年全市经济社会发展的主要预期目标是:"): the first
 * 60 characters of each paragraph, kept when they name a time.
 */
function leadsOf(s: Scan): (pos: number) => string {
  const leads: [number, string][] = [];
  for (let p = s.doc.a; p < s.doc.b;) {
    let e = s.text.indexOf("\n", p);
    if (e < 0 || e > s.doc.b) e = s.doc.b;
    const head = s.text.slice(p, Math.min(e, p + LEAD_CHARS));
    P.time.lastIndex = 0;
    if (P.time.test(head)) leads.push([p, head]);
    p = e + 1;
  }
  return (pos) => {
    const floor = topSectionStart(s, pos);
    let lo = 0, hi = leads.length; // the last lead before pos
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (leads[mid][0] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && leads[lo - 1][0] >= floor ? leads[lo - 1][1] : "";
  };
}
