/**
 * The project's dictionaries (`data/dictionary/*.json`), validated with zod
 * when loaded. Cue words, noise patterns, regions, indicators and units are
 * data; the stages compile them into patterns.
 */
import { z } from "zod";
import noiseJson from "../../data/dictionary/noise.json" with { type: "json" };
import documentsJson from "../../data/dictionary/documents.json" with { type: "json" };
import sectionsJson from "../../data/dictionary/sections.json" with { type: "json" };
import unitsJson from "../../data/dictionary/units.json" with { type: "json" };
import cuesJson from "../../data/dictionary/indicator_cues.json" with { type: "json" };
import indicatorsJson from "../../data/dictionary/indicators.json" with { type: "json" };
import themesJson from "../../data/dictionary/themes.json" with { type: "json" };
import termsJson from "../../data/dictionary/terms.json" with { type: "json" };
import scriptsJson from "../../data/dictionary/scripts.json" with { type: "json" };
import metricEdgesJson from "../../data/dictionary/metric_edges.json" with { type: "json" };
import metricSubjectsJson from "../../data/dictionary/metric_subjects.json" with { type: "json" };
import { load, regexSource } from "./load.ts";
import { provincesWithCities, regionAdditions } from "./regions.ts";

const regex = regexSource;

export const NoiseDictionary = z.object({
  description: z.string(),
  patterns: z.array(z.object({
    name: z.string().regex(/^[a-z_]+$/),
    scope: z.enum(["inline", "line", "tail"]),
    pattern: regex,
    boundary: z.boolean().optional(),
    example: z.string(),
    leaves: z.string(),
  })),
});
export type NoiseDictionary = z.infer<typeof NoiseDictionary>;

/**
 * The regions in the shape the scanners use: the nation, and each province
 * with its short forms and prefecture-level cities (short names). Built
 * from the division list in regions.ts.
 */
export const regions = {
  national: regionAdditions.national,
  provinces: provincesWithCities,
};

const cue = z.object({ value: z.string(), patterns: z.array(regex).min(1) });
const headCue = cue.extend({ within: z.number().int().positive(), self: z.boolean().optional() });

export const DocumentDictionary = z.object({
  description: z.string(),
  kinds: z.array(headCue),
  era: z.array(z.object({ year: z.number().int(), pattern: regex, note: z.string() })),
  sessions: z.object({
    description: z.string(),
    party_congress: z.record(z.string(), z.number().int()),
    npc: z.record(z.string(), z.number().int()),
  }),
});
export type DocumentDictionary = z.infer<typeof DocumentDictionary>;

export const SectionDictionary = z.object({
  description: z.string(),
  roles: z.array(cue),
  taskOpenings: z.array(z.string().min(1)).default([]),
});
export type SectionDictionary = z.infer<typeof SectionDictionary>;

export { load };

export const noise = load(NoiseDictionary, noiseJson, "data/dictionary/noise.json");
export const documentCues = load(DocumentDictionary, documentsJson, "data/dictionary/documents.json");
export const sectionCues = load(SectionDictionary, sectionsJson, "data/dictionary/sections.json");

export const UnitDictionary = z.object({
  description: z.string(),
  prefixes: z.record(z.string(), z.number().positive()),
  not_after: z.array(z.string()),
  unit_words: z.array(z.string()),
  per: z.array(z.string()),
  bare_magnitude: z.object({ after: z.array(z.string().min(1)), before_words: z.array(z.string().min(1)) }),
  doubling: z.object({ not_after: z.array(z.string().min(1)), not_before: z.array(z.string().min(1)) }),
  rank_scopes: z.array(z.string().min(1)),
  break_only: z.array(z.string().min(1)),
  ratio_after: z.record(z.string().min(1), z.enum(["min", "max", "approx"])),
  units: z.array(z.object({
    unit: z.string().min(1),
    quantity: z.string(),
    base: z.string(),
    factor: z.number().positive(),
    prefixes: z.array(z.string()),
  })),
}).refine((d) => d.units.every((u) => u.prefixes.every((p) => p in d.prefixes)), "a unit names an unknown prefix");
export type UnitDictionary = z.infer<typeof UnitDictionary>;

const qualifier = z.enum(["approx", "min", "max"]);
export const IndicatorCues = z.object({
  description: z.string(),
  scope: z.array(regex),
  trailing: z.array(z.string()),
  keep_trailing_after: z.array(z.string()),
  growth: z.array(z.string()),
  decline: z.array(z.string()),
  growth_nouns: z.array(z.string()),
  decline_nouns: z.array(z.string()),
  level_after: z.array(z.string()),
  qualifiers_before: z.record(z.string(), qualifier),
  qualifiers_after: z.record(z.string(), qualifier),
  estimate: z.array(z.string()),
  estimate_paragraph: z.array(z.string()),
  estimate_leads: z.array(z.string()).min(1),
  target_sentence: z.array(z.string()),
  target_clause: z.array(z.string()),
  years_back: z.array(z.string()),
  years_back_ten: z.array(z.string()).min(1),
  retrospective: z.array(z.string()),
  present_states: z.array(z.string()),
  /** words opening a sentence that restates the one before (这就是说): its figures share that one's estimate */
  restatement_leads: z.array(z.string().min(1)).min(1),
  present_heads: z.array(z.string().min(1)).min(1),
  owner_ends: z.array(z.string().min(1)).min(1),
  undated_after: z.array(z.string().min(1)).min(1),
  conditionals: z.array(z.string().min(1)).min(1),
  conditional_not: z.array(z.string().min(1)),
  descriptions: z.array(z.string()),
  share_verbs: z.array(z.string()).min(1),
  share_moves: z.array(z.string()).min(1),
  class_nouns: z.array(z.string()).min(1),
  place_ends: z.array(z.string().min(1)).min(1),
  programme_ends: z.array(z.string().min(1)).min(1),
  attribute_nouns: z.array(z.string().min(1)).min(1),
  years_ahead: z.array(z.string()),
  plans: z.record(z.string(), z.number().int()),
  benchmarks: z.array(z.string()),
  actions: z.array(z.string()),
  /** nouns that end in an action word, kept whole at a clause's end (外汇储备 is no 外汇 储备-ed) */
  action_nouns: z.array(z.string()).min(1),
  /** the only words between values and as many rows before them whose metrics they take in turn (…5153元,实际增长9.8%和8.5%) */
  rows_before_leads: z.array(z.string()).min(1),
  /** measure words a 分别 list's last item ends in, shared by the items before (鄱阳湖、洞庭湖还湖面积 → 鄱阳湖还湖面积) */
  list_shared_tails: z.array(z.string()).min(1),
  list_head_measures: z.array(z.string()).min(1),
  /** words ending a 分别 list's first item's head, shared by the items after (中央财政用于科技、教育… → 中央财政用于教育…) */
  list_shared_head_ends: z.array(z.string()).min(1),
  /** who pays, alone a metric that names nothing (中央财政安排219亿元…): the purpose after the amount joins it */
  payer_subjects: z.array(z.string()).min(1),
  /** verbs that open what an amount is for, after it (…亿元资金支持再就业, …亿元,解决…问题) */
  purpose_verbs: z.array(z.string()).min(1),
  lead_verbs: z.array(z.string()),
  rank_verbs: z.array(z.string()),
  policy_names: z.array(z.string()),
  parallel_heads: z.array(z.string()),
  time_words: z.array(z.string()),
  gap_verbs: z.record(z.string(), z.union([z.literal(1), z.literal(-1)])),
  target_intro_verbs: z.array(z.string()),
  target_intro_short: regex,
  target_clause_review: z.array(regex),
  future_heads: z.array(regex).min(1),
  zone_parts: z.array(z.string()).min(1),
  limit_nouns: z.array(z.string()).min(1),
  future_year_before: z.array(z.string()).min(1),
  future_year_after: z.array(z.string()).min(1),
  last_year: z.array(z.string()).min(1),
  per_year: z.array(z.string()).min(1),
  reach_verbs: z.array(z.string()).min(1),
  years_back_loose: z.array(z.string()).min(1),
  plan_period: z.array(z.string()).min(1),
  plan_end: z.array(z.string()).min(1),
  compared_to: z.array(z.string()).min(1),
  compared_refs: z.array(z.string()).min(1),
  years_back_headings: z.array(z.string()).min(1),
  flow_words: z.array(z.string()).min(1),
  flow_verbs_kept: z.array(z.string()).min(1),
  new_nouns: z.array(z.string()).min(1),
  raise_verbs: z.array(z.string()).min(1),
  raised_standards: z.array(z.string()).min(1),
  compound_heads: z.array(z.string()).min(1),
  object_verbs: z.array(z.string()).min(1),
  lead_verbs_of_object: z.array(z.string()).min(1),
  list_shared_heads: z.array(z.string()).min(1),
  paired_compounds: z.record(z.string(), z.array(z.string()).min(2)),
  share_nouns: z.array(z.string()).min(1),
  stock_words: z.array(z.string()).min(1),
  stock_qualifiers: z.array(z.string()).min(1),
  added: z.array(z.string()).min(1),
  spec_nouns: z.array(z.string()).min(1),
  spec_before: z.array(z.string()).min(1),
  spec_facilities: z.array(z.string()).min(1),
  /** verbs that set a figure against a plan's or a target's, before it: 超年度计划目标13.9%, 优于国家考核目标19.8个百分点 */
  plan_gap_verbs: z.record(z.string(), z.union([z.literal(1), z.literal(-1)])),
  /** the nouns a plan's or a target's figure ends with, the benchmark of such a gap */
  plan_nouns: z.array(z.string()).min(1),
  name_tails: z.array(z.string()).min(1),
  rank_pool: z.array(regex).min(1),
  threshold_nouns: z.array(z.string()).min(1),
  over_class_nouns: z.array(z.string()).min(1),
  head_adverbs: z.array(z.string()).min(1),
  verb_adverbs: z.array(z.string()).min(1),
  peer_words: z.array(z.string()).min(1),
  bare_time: z.array(regex).min(1),
  bare_heads: z.array(z.string()).min(1),
  /** bare_heads that measure the whole stock of the units a count before counts, not the ones it adds (主营业务收入) */
  bare_heads_stock: z.array(z.string()).min(1),
  set_before: z.array(z.string()).min(1),
  target_benchmark_after: z.array(z.string()).min(1),
  /** words that make a number in a review a target restated, the target of the year reviewed, set at its start
   * (没有实现年初确定的单位国内生产总值能耗降低4%左右…的目标 in 2007 → target 2006); patterns */
  restated_target: z.array(regex).min(1),
  /** this year's months counted up to autumn (今年1至9月, 从今年一月到九月, 根据前十一个月的实绩): the report was given late
   * in its year and reviews that year itself, its outcomes are of the report's year (这两年 in 1982 → 1981-1982); patterns */
  late_year: z.array(regex).min(1),
  /** a part of the year named bare, no year before it (第一季度, 一二两月份, 三月份, 上半年; not 比一季度, 1980年上半年,
   * 去年一季度): outside a review the part of this year gone by, its figures outcomes of this year; patterns */
  year_part_past: z.array(regex).min(1),
  situation_headings: z.array(z.string()).min(1),
  situation_not: z.array(z.string()).min(1),
  next_year: z.array(z.string()).min(1),
  rate_ends: z.array(z.string()).min(1),
  century_years: z.record(regex, z.number().int()),
  /** a start value's lead, 由…至 (patterns.ts BASELINE_LEAD): the words that open it (由, 从), the times and scopes that
   * may follow (由上年的…, 从全国的…), the per-person bases before its number (从每人每月2295元) */
  baseline_from: z.array(z.string().min(1)).min(1),
  baseline_times: z.array(z.string().min(1)).min(1),
  baseline_scopes: z.array(z.string().min(1)).min(1),
  baseline_bases: z.array(z.string().min(1)).min(1),
  /** what stands between a start and its end (BASELINE_TO): verbs before 为 (减少为, 调整为), the times after 至/到
   * (到去年的…), and moves after those (到一九五七年上升为) */
  baseline_to_verbs: z.array(z.string().min(1)).min(1),
  baseline_to_times: z.array(z.string().min(1)).min(1),
  baseline_to_moves: z.array(z.string().min(1)).min(1),
  /** a verdict on counted things after their noun, cut off it (find.ts COUNTED_TAIL: 重点产业链带动作用持续显现) */
  counted_tails: z.array(regex).min(1),
});
export type IndicatorCues = z.infer<typeof IndicatorCues>;

export const IndicatorDictionary = z.object({
  description: z.string(),
  indicators: z.array(z.object({
    id: z.string().regex(/^[a-z0-9_]+$/),
    name: z.string(),
    english: z.string(),
    category: z.enum([
      "output", "industry", "investment", "consumption", "trade", "fiscal", "prices", "employment", "income",
      "agriculture", "innovation", "environment", "energy", "social", "population", "finance", "economy", "infrastructure",
    ]),
    aliases: z.array(z.string()).min(1),
    measures: z.array(z.enum(["level", "growth", "change", "change_pp", "gap", "multiple", "rank"])).optional(),
    direction: z.enum(["up", "down"]).optional(),
  })),
});
export type IndicatorDictionary = z.infer<typeof IndicatorDictionary>;

/** Words at a metric's edges that say how or when, not what (data/dictionary/metric_edges.json). */
export const MetricEdges = z.object({
  description: z.string(),
  head: z.array(regex).min(1),
  tail: z.array(regex).min(1),
  absolute_change: z.array(regex).min(1),
  inner: z.array(regex).min(1),
  bare: z.array(regex).min(1),
  output: z.array(z.string()).min(1),
  not_product: z.array(z.string()).min(1),
  output_by_amount: z.array(z.string()).min(1),
  not_product_units: z.array(z.string()).min(1),
  not_qualifier: z.array(z.string()).min(1),
  other_measures: z.array(z.string()).min(1),
  place_set_kinds: z.array(z.string()).min(1),
  list_tails: z.array(z.string()).min(1),
  list_end_nouns: z.array(z.string()).min(1),
});
export type MetricEdges = z.infer<typeof MetricEdges>;

export const units = load(UnitDictionary, unitsJson, "data/dictionary/units.json");
export const indicatorCues = load(IndicatorCues, cuesJson, "data/dictionary/indicator_cues.json");
export const indicatorDictionary = load(IndicatorDictionary, indicatorsJson, "data/dictionary/indicators.json");
export const metricEdges = load(MetricEdges, metricEdgesJson, "data/dictionary/metric_edges.json");

/** Metrics that lost their subject, and metrics that name nothing (data/dictionary/metric_subjects.json). */
export const MetricSubjects = z.object({
  description: z.string(),
  bare: z.array(regex).min(1),
  list_head_not: z.array(z.string()).min(1),
  list_head_not_start: z.array(z.string()).min(1),
  lead_heads: z.array(z.string()).min(1),
  share_adverbs: z.array(z.string()).min(1),
  anaphors: z.array(z.string()).min(1),
  mode_measures: z.array(z.string().min(1)).min(1),
  products: z.array(z.string().length(1)).min(1),
  generic: z.array(z.string()).min(1),
  nothing: z.array(regex).min(1),
  pronoun_heads: z.array(regex).min(1),
  student_words: z.array(z.string()).min(1),
  school_words: z.array(z.string()).min(1),
  chain_verbs: z.array(z.string()).min(1),
  output_products: z.array(z.string().min(1)).min(1),
  supply_words: z.array(z.string().min(1)).min(1),
  output_heads: z.array(z.string().min(1)).min(1),
  award_nouns: z.array(z.string().min(1)).min(1),
  prize_nouns: z.array(z.string().min(1)).min(1),
  win_verbs: z.array(z.string().min(1)).min(1),
  contest_ends: z.array(z.string().min(1)).min(1),
  /** parts of the year, beside the indicator cues' year_part_past, that stay in a metric after them (1到10月); patterns */
  year_parts: z.array(regex).min(1),
  /** parts of one amount named alone after a row or clause naming the thing measured (实际投资, 存款余额) */
  amount_parts: z.array(z.string().min(1)).min(1),
  /** the people of an organisation (职工, 社员) counted alone after a count of organisations, whose owner they take */
  member_nouns: z.array(z.string().min(1)).min(1),
});
export type MetricSubjects = z.infer<typeof MetricSubjects>;
export const metricSubjects = load(MetricSubjects, metricSubjectsJson, "data/dictionary/metric_subjects.json");

export const THEMES = [
  "economy", "innovation", "reform_opening", "livelihood", "ecology", "urban_rural", "security_governance", "party_building",
] as const;
export const ThemeDictionary = z.object({
  description: z.string(),
  themes: z.array(z.object({ theme: z.enum(THEMES), cues: z.array(z.string()), metric_ids: z.array(z.string()) })),
  carriers: z.array(z.string()),
  not_cues: z.array(z.string().min(1)),
});
export const themes = load(ThemeDictionary, themesJson, "data/dictionary/themes.json");

export const TermDictionary = z.object({
  description: z.string(),
  terms: z.array(z.object({ term: z.string().min(2), category: z.string() })),
  also_counts: z.record(z.string(), z.array(z.string())),
});
export const termDictionary = load(TermDictionary, termsJson, "data/dictionary/terms.json");

export const ScriptDictionary = z.object({
  description: z.string(),
  min_count: z.number().int().positive(),
  traditional_only: z.string().regex(/^[\u4e00-\u9fff]+$/u, "one string of CJK characters"),
});
export const scriptCues = load(ScriptDictionary, scriptsJson, "data/dictionary/scripts.json");
