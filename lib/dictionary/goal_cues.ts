/**
 * The goal stage's cue words (`data/dictionary/goal_cues.json`), validated
 * with zod when loaded and compiled once into the patterns the goal finders
 * and classifiers use.
 */
import { z } from "zod";
import goalCuesJson from "../../data/dictionary/goal_cues.json" with { type: "json" };
import { indicatorCues, load } from "./dictionary.ts";
import { regexSource } from "./load.ts";
import { alternation as alt } from "../text/regex.ts";

const regex = regexSource;

export const GoalCues = z.object({
  description: z.string(),
  intro_heads: z.array(z.string()).min(1),
  intro_verbs: z.array(z.string()).min(1),
  intro_copulas: z.array(z.string()).min(1),
  list_intro: z.array(regex).min(1),
  item_marks: z.array(regex).min(1),
  inline_item: regex,
  dash: z.string().min(1),
  condition_end: z.array(z.string()).min(1),
  continues: z.array(z.string()).min(1),
  continues_anywhere: z.array(z.string()),
  explains: z.array(z.string()).min(1),
  long_term: z.array(z.string()).min(1),
  span_words: z.array(z.string()),
  plan_goal_words: z.array(z.string()).min(1),
  dated_leads: z.array(z.string()).min(1),
  dated_to: z.string().min(1),
  dated_from: regex,
  mid_century: z.object({ words: z.array(z.string().min(1)).min(1), year: z.number().int() }),
  plan_suffix: z.string().min(1),
  plan_ends: z.array(z.string()).min(1),
  plan_name: regex,
  chinese_decade_years: regex,
  chinese_long_term_year: regex,
  statistic_heads: z.array(z.string().min(1)).min(1),
  statistic_units: z.array(z.string().min(1)),
  action_leads: z.array(z.string().min(1)).min(1),
  removal_leads: z.array(z.string().min(1)).min(1),
  output_list_heads: z.array(z.string().min(1)).min(1),
  time_only_leads: z.array(regex).min(1),
  fact_sources: z.array(regex).min(1),
  sorting_numbers: z.array(regex).min(1),
  change_verbs: z.array(z.string().min(1)).min(1),
  band_heads: z.array(z.string().min(1)).min(1),
  band_places: z.array(regex).min(1),
  recipient_grants: z.array(regex).min(1),
  antecedent_leads: z.array(regex).min(1),
  added_capacity_intros: z.array(regex).min(1),
  added_capacity_leads: z.array(regex).min(1),
  beneficiary_leads: z.array(regex),
  lead_adverbs: z.array(z.string().min(1)),
  task_joiners: z.array(z.string().min(1)).min(1),
  continuation_leads: z.array(z.string().min(1)).min(1),
  comparison_leads: z.array(regex).min(1),
  fact_marks: z.array(z.string().min(1)).min(1),
  region_facts: z.array(regex).min(1),
  fact_patterns: z.array(regex),
  fact_after: z.array(regex),
  pool_taken_after: z.array(regex).min(1),
  plan_words: z.array(z.string().min(1)).min(1),
  shared_noun_items: z.array(regex),
  shared_project_items: z.array(regex).min(1),
  steering_items: z.array(regex).min(1),
  stock_heads: z.array(z.string().min(1)).min(1),
  standing_leads: z.array(regex).min(1),
  standing_sets: z.array(regex).min(1),
  restated_set_leads: z.array(regex).min(1),
  restated_set_wholes: z.array(regex).min(1),
  purpose_leads: z.array(regex).min(1),
  per_head: z.array(regex).min(1),
  restatement_leads: z.array(z.string().min(1)).min(1),
  will_be: z.array(regex).min(1),
  since_marks: z.array(regex).min(1),
  state_descriptions: z.array(regex).min(1),
  restated_set_tails: z.array(regex).min(1),
  past_paragraph_leads: z.array(regex).min(1),
  year_end_aims: z.array(regex).min(1),
  vague_targets: z.array(regex).min(1),
  unread_items: z.array(regex).min(1),
  year_ranges: z.array(regex).min(1),
  per_year_increments: z.array(regex).min(1),
  project_starts: z.array(regex).min(1),
  floor_lines: z.array(regex).min(1),
  example_lists: z.array(regex).min(1),
  reference_clauses: z.array(regex).min(1),
  stock_verbs: z.array(z.string().min(1)).min(1),
  time_words: z.object({
    this_year: z.array(z.string().min(1)).min(1),
    next_year: z.array(z.string().min(1)).min(1),
    two_years: z.array(z.string().min(1)).min(1),
    three_years: z.array(z.string().min(1)).min(1),
    century_end: z.array(z.string().min(1)).min(1),
    century_end_spans: z.array(regex).min(1),
    /** a span of N years from now, N read from the group "n" ("力争3年内", "用4年时间") */
    n_years: z.array(regex).min(1),
    /** a plan of N years a task carries out, ending its text after its number ("实施总额4万亿元的两年投资计划"), N read from the group "n" */
    plan_spans: z.array(regex).min(1),
    base_marks: z.array(z.string().min(1)).min(1),
    base_after: z.array(z.string().min(1)).min(1),
  }),
  not_quantities: z.array(regex).min(1),
  lead_trailing: z.array(z.string().min(1)),
  programme_after_multiplier: z.array(z.string().min(1)).min(1),
  list_summary_units: z.array(z.string().min(1)).min(1),
  fulfilment_ends: z.array(z.string().min(1)).min(1),
  condition_leads: z.array(regex).min(1),
  item_verbs: z.array(z.string().min(1)).min(1),
  level_verbs: z.array(z.string().min(1)).min(1),
  level_blockers: z.array(z.string().min(1)).min(1),
  level_marks: z.array(z.string().min(1)).min(1),
  completion_verbs: z.array(z.string().min(1)).min(1),
  standing_policies: z.array(regex).min(1),
  aim_verbs: z.array(z.string().min(1)).min(1),
  project_counts: z.array(regex).min(1),
  named_target_after: z.array(z.string().min(1)).min(1),
  span_subjects: z.array(z.string().min(1)).min(1),
  set_levels: z.array(regex).min(1),
  bare_leads: z.array(regex).min(1),
  unread_joined_items: z.array(regex).min(1),
  product_list_leads: z.array(regex).min(1),
  moved_to_verbs: z.array(z.string().min(1)).min(1),
  sector_topics: z.array(regex).min(1),
  bare_measures: z.array(z.string().min(1)).min(1),
  topic_pieces: z.array(regex).min(1),
  firm_subjects: z.array(regex).min(1),
  /** words before the verb a "、" list's items share (加快培育1个…、2个…) */
  shared_lead_adverbs: z.array(z.string().min(1)),
  /** the verbs a "、" list's items share when only the first says it (新增义务教育学位2.2万个、普通高中学位8500个) */
  shared_lead_verbs: z.array(z.string().min(1)).min(1),
  /** words that make an item's words before its number a predicate of its own (口岸货运量超过1.3亿吨) */
  own_predicates: z.array(z.string().min(1)).min(1),
  /** the copula a colon list's intro ends with, dropped from the lead it gives its items (…新增加的生产能力有:) */
  colon_lead_ends: z.array(regex).min(1),
  /** a connective opening a clause, no part of the goal it opens (而私营工业则只占0.4%, 就能够实现…) */
  leading_connectives: z.array(regex).min(1),
  /** bounds an item and its head both say right before their numbers, no verb of the item's own (…项目不少于x个、新材料产业项目不少于x个) */
  parallel_bounds: z.array(z.string().min(1)).min(1),
  /** a flow of people that opens an item with no subject of its own (招生9.7万人, 毕业学生17.9万人, 在校学生达到38万余人) */
  flow_heads: z.array(regex).min(1),
  /** where the subject of a chain of such flows ends in its first clause (中等专业学校|新招生, 工人技术学校|将达192所) */
  flow_subject_ends: z.array(regex).min(1),
  /** a colon list's intro that names no subject its items share (其中:, 年度目标:) */
  colon_lead_skips: z.array(regex).min(1),
  /** an item's words before its number naming a part of a set by a relative clause (继续建设的693个) */
  subset_items: z.array(regex).min(1),
  /** the verb ending the words before the count of the set parts are counted from (…建设单位共有964个) */
  set_copulas: z.array(regex).min(1),
  /** clauses between a part and its set that name other parts (其中…, 除了…, …以外) */
  set_skips: z.array(regex).min(1),
  /** a time ending a set's name, dropped from it (受训练的工人在今年) */
  set_time_ends: z.array(regex).min(1),
  /** a task opening with a pointer to projects told before (这些建设项目,) */
  topic_pointers: z.array(regex).min(1),
  /** a flow of investment with no subject of its own, before its number (完成投资, 年度投资) */
  invest_flows: z.array(regex).min(1),
  /** the end of a noun naming projects (省重点项目, 水利工程) */
  project_nouns: z.array(regex).min(1),
  /** the measures of one crop a 、 item names alone, its head naming the crop (全年粮食播种面积…、产量…) */
  facet_metrics: z.array(z.string().min(1)).min(1),
  /** the measure a head names after its subject, which a 、 item naming only its own subject shares (整车产量200万辆、新能源汽车140万辆) */
  shared_measures: z.array(z.string().min(1)).min(1),
  /** an item's words naming only a flow of the shared measure (新投产), though a statistic head ends them */
  shared_measure_flows: z.array(z.string().min(1)).min(1),
  /** a sentence opening with its topic before 要 (稀土要锚定…), the topic the first group */
  topic_subjects: z.array(regex).min(1),
  /** words before 要 that name no topic: a person, a time, a connective (我们, 今年, 一方面) */
  topic_subject_skips: z.array(regex).min(1),
  /** the opening of a goal saying no subject of its own, only what is striven for (力争, 保证, 保持) */
  subjectless_openings: z.array(z.string().min(1)).min(1),
  /** a sentence opening with the pool its goals are parts of (地方预算支出中,): the pool is the first group */
  pool_openings: z.array(regex).min(1),
  /** words ending what is no pool before 中 (在实际工作中) */
  pool_skips: z.array(regex).min(1),
  /** a word before a goal's number pointing back to the measure its money is for (为此) */
  purpose_pointers: z.array(z.string().min(1)).min(1),
});
export type GoalCues = z.infer<typeof GoalCues>;

export const goalCues = load(GoalCues, goalCuesJson, "data/dictionary/goal_cues.json");

const c = goalCues;
const any = (xs: string[]) => xs.join("|"); // regular-expression entries, order kept
const item = c.inline_item;

/** The goal stage's patterns, compiled once from the goal and indicator cues. */
export const goalPatterns = {
  /** a goal list's intro up to its colon: "主要预期目标建议为:" */
  intro: new RegExp(
    `(?:${alt(indicatorCues.target_sentence)}|${alt(c.intro_heads)})(?:${alt(c.intro_verbs)})?(?:${alt(c.intro_copulas)})?:`,
    "gu",
  ),
  yearsAhead: new RegExp(alt(indicatorCues.years_ahead), "u"),
  planName: new RegExp(`[“"]?(${alt(Object.keys(indicatorCues.plans))})[”"]?`, "u"),
  itemMark: new RegExp(`^(${any(c.item_marks)})`, "u"),
  inlineItem: new RegExp(`(?:^|(?<=。))(${item})`, "gu"),
  inlineItemHead: new RegExp(`^${item}`, "u"),
  inlineListStart: new RegExp(`^(${item}|${alt([c.dash])})`, "u"),
  listIntro: new RegExp(any(c.list_intro), "u"),
  conditionEnd: new RegExp(`(${alt(c.condition_end)})$`, "u"),
  continues: new RegExp(`^(${alt(c.continues)})|${alt(c.continues_anywhere)}`, "u"),
  explains: new RegExp(`^(${alt(c.explains)})`, "u"),
  longTerm: new RegExp(alt(c.long_term), "u"),
  span: new RegExp(alt(c.span_words), "u"),
  /** a span word opening a clause, perhaps after whose money it is: "五年淘汰落后炼铁产能", "省级财政五年统筹投入" */
  spanHead: new RegExp(`^(?:${alt(c.span_subjects)})?(?:${alt(c.span_words)})`, "u"),
  planGoal: new RegExp(alt(c.plan_goal_words), "u"),
  /** the words before a number end in a statistic's name, once verbs and qualifier words are stripped */
  statisticLead: new RegExp(`(?:${alt(c.statistic_heads)})(?:${alt(c.lead_trailing)})*$`, "u"),
  statisticUnit: new RegExp(`(?:${alt(c.statistic_units)})$`, "u"),
  /** the words before a number open with a planned action, perhaps after whom it serves: "开展职业技能培训", "为农民工…开展免费体检" */
  actionLead: new RegExp(`^(?:${any(c.beneficiary_leads)})?(?:${alt(c.lead_adverbs)})*(?:${alt(c.action_leads)})`, "u"),
  /** the words before a number complete an action named as a noun: "完成职业技能培训", "完成老旧小区改造" (a task) */
  completedAction: new RegExp(`^(?:${alt(c.lead_adverbs)})*(?:${alt(c.completion_verbs)})[^,;:。]{0,12}(?:${alt(c.action_leads)})$`, "u"),
  /** the words before a number open with completing (a task's quantity): "今年再完成林分优化提升" */
  completionLead: new RegExp(`^(?:${alt(c.lead_adverbs)})*(?:${alt(c.completion_verbs)})`, "u"),
  /** the words before a number hold an action that removes capacity: "五年淘汰落后炼铁产能" (a task, though 产能 names a statistic) */
  removalLead: new RegExp(alt(c.removal_leads), "u"),
  /** a sentence whose list, up to the number, is the capacity its projects add: "新增加的生产能力有:…原盐六十五万吨" (a task) */
  addedCapacity: new RegExp(any(c.added_capacity_intros), "u"),
  /** capacity a plan adds named before the number: "新增加的采煤能力将达…" */
  addedCapacityLead: new RegExp(any(c.added_capacity_leads), "u"),
  /** a task clause that points back to the words before it: "这将使…" */
  antecedentLead: new RegExp(`^(?:${any(c.antecedent_leads)})`, "u"),
  /** the words before a count name units in a band of a statistic: "年内总收入xxx万元以上的村达" (a target) */
  bandCount: new RegExp(`(?:${alt(c.band_heads)})[^,;:。]*(?:以上|以下)的?[^,;:。、0-9x]{1,6}(?:达到|达|超过|超|突破)$`, "u"),
  /** a grant the government gives each recipient: "一次性补助", "每人补贴" */
  recipientGrant: new RegExp(any(c.recipient_grants), "u"),
  /** the count of places or clusters in a band of output: "地区生产总值超百亿县增至", "百亿级产业集群数量超" (not projects: "亿元以上项目达到") */
  bandPlaces: new RegExp(`(?:${any(c.band_places)})(?:数量|数)?(?:增至|增加到|达到|达|超过|超|突破)$`, "u"),
  /** the words before a number move a level from one value to it: "由18小时缩短到", "由一九八二年的三十一万五千人,增加到一九八七年的", "由85个减为" (a target) */
  levelChange: new RegExp(`[由从][^,;:。]{0,20}?[\\d〇○零一二三四五六七八九十两][^,;:。]{0,10}?,?(?:${alt(c.change_verbs)}|减|增)(?:到|至|为)(?:(?:\\d{4}|[一二][〇○零一二三四五六七八九]{3})年(?:底|末)?的?)?$`, "u"),
  /** the piece before a plan clause names a fact's source: "据对…项目的检查" */
  factSource: new RegExp(any(c.fact_sources), "u"),
  /** a number that sorts people or units, read from the number on: "65岁及以上" */
  sortingNumber: new RegExp(any(c.sorting_numbers), "u"),
  /** a 、 item's words before its number name only a time: "年底超过" */
  timeOnlyLead: new RegExp(any(c.time_only_leads), "u"),
  /** a sentence listing products' output: "…棉纱产量286.5万吨,…,自行车1,484万辆" */
  outputList: new RegExp(alt(c.output_list_heads), "u"),
  /** a separator between two quantified items of one task clause */
  taskJoiner: new RegExp(alt(c.task_joiners), "u"),
  /** a task clause opening with no metric of its own: "受益200万人" */
  continuationLead: new RegExp(`^(?:${alt(c.continuation_leads)})`, "u"),
  /** a task clause comparing the number before with another time: "比“六五”期间增加" */
  comparisonLead: new RegExp(`^(?:${any(c.comparison_leads)})`, "u"),
  /**
   * a time named in a text; groups: year (digits or Chinese numerals, "1980、1981年" too), thisYear,
   * nextYear, twoYears, threeYears, fiveYears, centuryEnd, nYears (with n, the count of years)
   */
  time: new RegExp(
    `(?<![\\d〇○零一二三四五六七八九])(?<year>\\d{4}|一九[〇○零一二三四五六七八九]{2}|二〇[〇一二三四五六七八九]{2})(?:年|(?=、(?:\\d{4}|[一二][九〇][〇○零一二三四五六七八九]{2})年))` +
      `|(?<thisYear>${alt(c.time_words.this_year)})|(?<nextYear>${alt(c.time_words.next_year)})` +
      `|(?<twoYears>${alt(c.time_words.two_years)})` +
      `|(?<threeYears>${alt(c.time_words.three_years)})|(?<fiveYears>${alt(indicatorCues.years_ahead)})` +
      `|(?<centuryEnd>${alt(c.time_words.century_end)}|${any(c.time_words.century_end_spans)})` +
      `|(?<nYears>${any(c.time_words.n_years)})`,
    "gu",
  ),
  /** the words before a year that make it a comparison's base: "比五年计划原定" (tested on the eight characters before it, within its clause) */
  baseYear: new RegExp(`(?:${alt(c.time_words.base_marks)})[^,;:。]{0,7}$`, "u"),
  /** a fact or a condition stated before a plan clause's number: "已经达到", "只要" */
  factMark: new RegExp([alt(c.fact_marks), ...c.region_facts, ...c.fact_patterns].join("|"), "u"),
  /** a clause opening with the region itself and no plan word states the present: "我区每年接待游客近3亿人次" (the indicator stage reads it too) */
  regionFact: new RegExp(c.region_facts.join("|"), "u"),
  /** the words right after a plan clause's number state a fact: "个项目已经完工", "多个城市建立了" */
  factAfter: new RegExp(any(c.fact_after), "u"),
  /** the next clause tells the part of the set served already: ",去年已经对其中近300户" */
  poolTakenAfter: new RegExp(any(c.pool_taken_after), "u"),
  /** a verb right before a dated aim's 到 that moves an event to the date: "推迟到1981年寒假毕业" */
  /** a sector alone opening a sentence (轻工业,) and the bare measure of it a task opens with (总产值比1980年预计增长8%) */
  sectorTopic: new RegExp(any(c.sector_topics), "u"),
  bareMeasure: new RegExp(`^(?:${alt(c.bare_measures)})`, "u"),
  /** a sentence's opening piece naming the field what follows is in: "在交通运输业的基本建设方面" */
  topicPiece: new RegExp(any(c.topic_pieces), "u"),
  /** a sentence opening on a firm that the aims after it are set for: "蒙能集团要当好…" */
  firmSubject: new RegExp(`^(?:${any(c.firm_subjects)})`, "u"),
  /** the verb a "、" list's first item says for all (加快培育, 新增, 勘探新增) */
  sharedLead: new RegExp(`^(?:${alt(c.shared_lead_adverbs)}|${alt(c.lead_adverbs)})*(?:${alt(c.shared_lead_verbs)})+`, "u"),
  /** the copula ending a colon list's intro (…生产能力有, …招生人数,大致估算为) */
  colonLeadEnd: new RegExp(any(c.colon_lead_ends), "u"),
  /** words ending in a change verb, perhaps with 到 (赤字率下降到) */
  changeEnd: new RegExp(`(?:${alt(c.change_verbs)})(?:到|至)?$`, "u"),
  /** a connective opening a goal's clause (而, 就能够) */
  leadingConnective: new RegExp(`^(?:${any(c.leading_connectives)})`, "u"),
  /** a bound ending an item's words before its number (新材料产业项目不少于) */
  parallelBound: new RegExp(`(?:${alt(c.parallel_bounds)})$`, "u"),
  /** a flow of people opening an item, no subject before it (毕业学生17.9万人) */
  flowHead: new RegExp(any(c.flow_heads), "u"),
  /** the end of the subject in a flow chain's first clause (…学校|新招生) */
  flowSubjectEnd: new RegExp(any(c.flow_subject_ends), "u"),
  /** a colon list's intro naming no shared subject (其中, 年度目标) */
  colonLeadSkip: new RegExp(any(c.colon_lead_skips), "u"),
  /** a part of a set named by a relative clause (继续建设的) */
  subsetItem: new RegExp(any(c.subset_items), "u"),
  /** the verb before the set's count (共有) */
  setCopula: new RegExp(any(c.set_copulas), "u"),
  /** a clause naming other parts of the set (其中…, 除了…) */
  setSkip: new RegExp(any(c.set_skips), "u"),
  /** a time ending a set's name (在今年) */
  setTimeEnd: new RegExp(any(c.set_time_ends), "u"),
  /** a pointer to projects told before opening a task (这些建设项目,) */
  topicPointer: new RegExp(any(c.topic_pointers), "u"),
  /** a flow of investment naming no subject (完成投资) */
  investFlow: new RegExp(any(c.invest_flows), "u"),
  /** a noun naming projects, at the end (…重点项目) */
  projectNoun: new RegExp(any(c.project_nouns), "u"),
  /** an item's words before its number that are only a measure (产量) */
  /** a sentence's opening pool (…收入中,) */
  poolOpening: new RegExp(any(c.pool_openings), "u"),
  /** no pool before 中 (实际工作) */
  poolSkip: new RegExp(any(c.pool_skips), "u"),
  /** a pointer to the measure a goal's money is for (为此) */
  purposePointer: new RegExp(alt(c.purpose_pointers), "u"),
  facetItem: new RegExp(`^(?:${alt(c.facet_metrics)})$`, "u"),
  /** words ending in a measure (全年粮食播种面积) */
  facetEnd: new RegExp(`(?:${alt(c.facet_metrics)})$`, "u"),
  /** words ending in a measure a 、 item may share (力争整车产量) */
  sharedMeasureEnd: new RegExp(`(?:${alt(c.shared_measures)})$`, "u"),
  /** a measure a 、 item may share, anywhere in its words (营业收入) */
  sharedMeasure: new RegExp(alt(c.shared_measures), "u"),
  /** words naming only a flow of a shared measure (新投产) */
  sharedMeasureFlow: new RegExp(`^(?:${alt(c.shared_measure_flows)})$`, "u"),
  /** a sentence's topic before 要 (稀土要锚定…) */
  topicSubject: new RegExp(any(c.topic_subjects), "u"),
  /** no topic before 要 (我们, 今年) */
  topicSubjectSkip: new RegExp(any(c.topic_subject_skips), "u"),
  /** a goal opening with no subject of its own (力争…) */
  subjectlessOpening: new RegExp(`^(?:${alt(c.subjectless_openings)})`, "u"),
  /** a shared verb anywhere (国家准备重点扶持) */
  sharedVerb: new RegExp(alt(c.shared_lead_verbs), "u"),
  /** words ending in a level verb: a statistic's own predicate (力争高新技术企业突破) */
  levelEnd: new RegExp(`(?:${alt([...c.level_verbs, ...c.stock_verbs])})$`, "u"),
  /** a verb or predicate anywhere in an item's words before its number */
  ownPredicate: new RegExp(`${alt(c.shared_lead_verbs)}|${alt(c.own_predicates)}|${alt(c.level_verbs)}|${alt(c.change_verbs)}`, "u"),
  movedTo: new RegExp(`(?:${alt(c.moved_to_verbs)})$`, "u"),
  /** a word that makes a clause a plan, not a fact: "将", "力争" */
  planWord: new RegExp(alt(c.plan_words), "u"),
  /** a 、 item's words after its number only qualify the noun the next item names: "个国家级" (新建8个国家级、36个省级临床重点专科) */
  sharedNounItem: new RegExp(any(c.shared_noun_items), "u"),
  /** a 、 item naming an activity whose count the last item's 项目 shares, from its number to the clause end: "个城市更新、600个医教康育服务项目建设" */
  sharedProjectItem: new RegExp(any(c.shared_project_items), "u"),
  /** a 、 item after a task's last number that opens an action of its own and holds no number: "推进专门学校设区市全覆盖" */
  steeringItem: new RegExp(any(c.steering_items), "u"),
  /** the words before a plan task's number work on a set that already stands: "壮大", "加大对" */
  standingLead: new RegExp(any(c.standing_leads), "u"),
  /** a whole clause steering every member of a set that stands, no planned quantity: "支持55个产粮大县提升粮食生产能力", "14列市州“动车组”节节发力" */
  standingSet: new RegExp(any(c.standing_sets), "u"),
  /** the words before a count the review already named that carry its set on: "深入实施", "扎实推进" */
  restatedSetLead: new RegExp(any(c.restated_set_leads), "u"),
  /** the words right after the review's naming of a count that take its set as a whole: "22个重点产业集群中," */
  restatedSetWhole: new RegExp(any(c.restated_set_wholes), "u"),
  /** the words before a number make it a level per head: "每千人口护士数力争达到", "配置AED达每10万人" */
  perHead: new RegExp(any(c.per_head), "u"),
  /** the words right after a figure naming it a target already set: "棉花产量三千五百万担的指标" */
  namedTargetAfter: new RegExp(`^(?:${alt(c.named_target_after)})`, "u"),
  /** a plan sentence restating a target already set: "中央提出今年经济增长预期目标为" */
  restatement: new RegExp(alt(c.restatement_leads), "u"),
  /** a sentence telling what will be: "将" (国民生产总值将超过…), not 将近 or 将来 */
  willBe: new RegExp(any(c.will_be), "u"),
  /** a sentence telling what was done since a past time: "从一九五五年以来" */
  since: new RegExp(any(c.since_marks), "u"),
  /** a sentence opening that describes what the region has now, as a strength: "活力足主要是我省…" */
  stateDescription: new RegExp(any(c.state_descriptions), "u"),
  /** what a plan adds after a count's noun, which the review's naming of the set may lack: the work on it, another set after 和, a programme's name ("倍增计划") */
  restatedSetTail: new RegExp(`(?:建设|和[^和]*|${any(c.restated_set_tails)})$`, "u"),
  /** a plan clause whose quantity is vague but clearly quantitative: "均保持两位数增长", "达到千亿级规模" (NOTES) */
  vagueTarget: new RegExp(any(c.vague_targets), "u"),
  /** a plan clause with no number due this year-end, its own deadline: "争取和龙通用机场年底竣工" */
  yearEndAim: new RegExp(any(c.year_end_aims), "u"),
  /** a paragraph opening on a year, telling what happened in it: "在一九五八年," (group 1 the year) */
  pastParagraph: new RegExp(`^(?:${any(c.past_paragraph_leads)})`, "u"),
  /** the last 、 item before a number counts things of its own: "…新建20公里健身步道" */
  unreadItem: new RegExp(any(c.unread_items), "u"),
  /** a count joined by 和/及 right before a task's number: "其中包括十个水泥厂和" */
  unreadJoinedItem: new RegExp(any(c.unread_joined_items), "u"),
  /** the lead of a list of kinds of products, whose numbers before 的 are specs: "其中包括以下一些重要产品" */
  productListLead: new RegExp(any(c.product_list_leads), "u"),
  /** a span of years given as a range: "用3—5年时间" */
  yearRange: new RegExp(any(c.year_ranges), "u"),
  /** a plan of N years ending a task's text after its number: "…的两年投资计划" */
  planSpan: new RegExp(any(c.time_words.plan_spans), "u"),
  /** a clause naming only the plan the next one follows: "按照中央17个部培养熟练工人的计划" */
  referenceClause: new RegExp(any(c.reference_clauses), "u"),
  /** a whole clause carrying on a policy or mechanism that stands, its number a term of it: "执行好20%的刚性增长机制", "延续15%企业和个人所得税…等一系列到期政策" */
  standingPolicy: new RegExp(any(c.standing_policies), "u"),
  /** a verb stating what a dated aim achieves: "使西部地区基本普及九年义务教育" (not a circumstance: "到1981年寒假毕业,校舍腾不出来") */
  aimVerb: new RegExp(alt(c.aim_verbs), "u"),
  /** a list of examples ending in 等 before a task's number: "…、中石化对位芳纶、平煤神马尼龙等总投资" */
  exampleList: new RegExp(any(c.example_lists), "u"),
  /** a red line a task guards: "守住…18亿亩这条红线" */
  floorLine: new RegExp(any(c.floor_lines), "u"),
  /** a price or standard the government sets, raised: "最低收购价每50公斤提高5到7元", "低保标准提高到…" */
  setLevel: new RegExp(any(c.set_levels), "u"),
  /** the words before a task's number naming a bare flow with no subject: "完成投资", "招生" */
  bareLead: new RegExp(any(c.bare_leads), "u"),
  /** a verb that starts projects: "开工建设" */
  projectStart: new RegExp(any(c.project_starts), "u"),
  /** a plan clause ending in a count of projects: "…总投资1.78万亿元的289个省重点项目" */
  projectCount: new RegExp(any(c.project_counts), "u"),
  /** a plan clause ending in the projects it counts: "…总投资500亿元以上的新材料项目" */
  projectsEnd: /(?:项目|工程)$/u,
  /** a per-year increment in a task's clause: "保证每年增加运力" */
  perYearIncrement: new RegExp(any(c.per_year_increments), "u"),
  /** the clause after a task's amount of money says what it is for: "用于补助…", "实施…计划" */
  purposeLead: new RegExp(`^(?:${any(c.purpose_leads)})`, "u"),
  /** the words before a number end in a stock of firms or people and a verb of level: "科技型中小企业超" (a target) */
  stockLead: new RegExp(`(?:${alt(c.stock_heads)})[^,;:。、]{0,3}(?:${alt(c.stock_verbs)})$`, "u"),
  /**
   * the words before a number name a thing and the level it will reach or its total, no action or project before
   * it: "邮路总长度将达到", "全国耕地总面积计划达到", "外送能力达到" (a target); "新增护理型床位超过" is an
   * action's output, "亿元以上项目达到" projects reserved (NOTES)
   */
  levelLead: new RegExp(
    `^(?![^。;]*(?:${alt(c.action_leads)}|${alt(c.level_blockers)}))[^。;]*(?:${alt(c.level_marks)})[^。;]*(?:${alt(c.level_verbs)})$`,
    "u",
  ),
  /** the words right after a year that make it a comparison's base: "今年预计的" (由今年预计的44%) */
  baseAfter: new RegExp(`^(?:${alt(c.time_words.base_after)})`, "u"),
  /** the words right before a percentage of a plan fulfilled so far: "钢完成" (96.4%) */
  fulfilment: new RegExp(`(?:${alt(c.fulfilment_ends)})$`, "u"),
  /** a piece before a task clause stating whom or per what its number applies to: "之后每连续参保1年" */
  conditionLead: new RegExp(`^(?:${any(c.condition_leads)})`, "u"),
  /** a metric opening with its own verb, glued to the item before: "新增规上工业企业" */
  itemVerb: new RegExp(`^(?:${alt(c.item_verbs)})`, "u"),
  /** a number that is no planned quantity, with four characters before and six after: "党委十届十二次全会", "15分钟便民生活圈" */
  notQuantity: new RegExp(any(c.not_quantities), "u"),
  /** 倍增 as part of a programme's name: "倍增计划" */
  programme: new RegExp(`^(?:${alt(c.programme_after_multiplier)})`, "u"),
  /** a count right after a list of names, summing it up: "吉光3个省实验室" after "长白山、三江、" */
  listSummaryUnit: new RegExp(`^(?:${alt(c.list_summary_units)})`, "u"),
  /** a span's start before a dated aim's year: "从二〇二〇年到" (tested on the words right before it) */
  datedFromEnd: new RegExp(`(?:${c.dated_from})$`, "u"),
  /** a clause opening a span of its own: "从二〇三五年到本世纪中叶…"; group 1 what follows 到 */
  datedFromStart: new RegExp(`^(?:${c.dated_from})(.{0,8})`, "u"),
  /** the middle of the century, and the year it stands for */
  midCentury: new RegExp(alt(c.mid_century.words), "u"),
  midCenturyYear: c.mid_century.year,
  /** a dated aim; groups: 1 a year in digits (or xxxx), 2 a plan name, 3 a Chinese-numeral year */
  dated: new RegExp(
    `(?:${alt(c.dated_leads)})\\s?(\\d{4}|[xX]{4})年` +
      `|${alt([c.dated_to])}[“"]?(${c.plan_name})[”"]?(?:${alt([c.plan_suffix])})?(?:${alt(c.plan_ends)})` +
      `|${alt([c.dated_to])}\\s?(${c.chinese_decade_years})年|(${c.chinese_long_term_year})年`,
    "u",
  ),
};
