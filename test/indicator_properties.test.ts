/**
 * Properties of the indicator table over the whole default corpus (data/raw):
 * every row, not examples.
 */
import { assert } from "./assert.ts";
import { corpus, sourceText } from "./corpus.ts";
import { indicatorCues as cues } from "../lib/dictionary/dictionary.ts";
import type { IndicatorRow } from "../lib/tables/indicators.ts";
import { describesSituation } from "../lib/stages/indicators/context.ts";
import { goalPatterns } from "../lib/dictionary/goal_cues.ts";

const any = (words: string[]) => new RegExp(words.join("|"), "u");
/** cues in the sentence that make a number in a review a target (力争, 今年计划, 到2025年, 将达到, a target restated: 没有实现年初确定的) */
const TARGET_CUE = new RegExp(
  `${any([...cues.target_clause_review, ...cues.restated_target]).source}|${any(cues.target_sentence).source}|(?:${cues.future_year_before.join("|")})(?:\\d{4}|[〇零一二三四五六七八九]{4})年|\\d{4}年(?:底|末)?(?:${cues.future_year_after.join("|")})`,
  "u",
);
/** cues that make a number in a plan an outcome or estimate (过去一年, 去年, 预计) */
const PAST_CUE = new RegExp(`${any(cues.retrospective).source}|${any(cues.estimate).source}`, "u");
/** how things stand now, before the value in its sentence (我们党有…, 只有): an outcome in a plan section */
const PRESENT_STATE = new RegExp(cues.present_states.join("|"), "u");

/** a level reached between two past years ("由一九七八年的百分之三十七点二下降到一九八二年的百分之二十五点五"): an outcome */
function pastFromTo(r: IndicatorRow): boolean {
  const m = /(?:由|从)(\d{4}|[〇○零一二三四五六七八九]{4})年.*?(?:到|至)(\d{4}|[〇○零一二三四五六七八九]{4})年的?$/u.exec(r.sentence.slice(0, r.sentence.indexOf(r.value_text)));
  const year = (t: string) => Number(/^\d/u.test(t) ? t : [...t].map((c) => "〇一二三四五六七八九".indexOf(c.replace(/[○零]/u, "〇"))).join(""));
  return !!m && year(m[2]) < Number(r.year);
}

/** a past year named as the row's time before its value ("一九五八年工业总产值比一九五七年增长…", 1959 report; classify.ts pastYearStated) */
function pastYearNamed(r: IndicatorRow, before: string): boolean {
  const y = r.period.slice(0, 4);
  if (!/^\d{4}$/u.test(y) || !r.year || Number(y) >= r.year) return false;
  const cn = [...y].map((d) => "[〇○零]一二三四五六七八九".match(/\[[^\]]+\]|./gu)![Number(d)]).join("");
  return new RegExp(`(?:${y}|${cn})年`, "u").test(before);
}

/** more cues of an outcome in a plan section: a part of the year gone by (第一季度, 今年1——5月份), a survey's or inspection's finding (据…的检查) */
const PLAN_OUTCOME_CUE = new RegExp(`${any(cues.year_part_past).source}|(?:本年|今年)\\d{1,2}(?:——|—|-|至|到)\\d{1,2}月|据[^,，;。]{0,16}(?:统计|调查|检查|清查)`, "u");

/** a past year's level a figure is set against, right before the number: "小于1952年所占的比例" (classify.ts pastLevelCompared) */
const PAST_LEVEL_COMPARED = /(?:小于|低于|高于|大于|超过)(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:所占)?的(?:比例|比重|水平)$/u;

/** a sentence opening with now and what is had or reached ("现在全国有100多个城市建立了…"; classify.ts NOW_OPENS) */
const NOW_OPENS = /^\s*(?:现在|目前|到目前为止|迄今)[,，]?[^。!?]*?(?:已|有)/u;

/** a sentence that names only past years before the value ("1980年同…1952年相比", "从一九六六年到一九七六年的十一年中"): a look back, in the task sections of reports whose review part has no heading */
function onlyPastYears(r: IndicatorRow): boolean {
  const before = r.sentence.slice(0, Math.max(0, r.sentence.indexOf(r.value_text)));
  const ys = [...before.matchAll(/(\d{4}|[〇○零一二三四五六七八九]{4})年/gu)].map((m) => Number([...m[1]].map((c) => /\d/u.test(c) ? c : String("〇一二三四五六七八九".indexOf(c === "○" || c === "零" ? "〇" : c))).join("")));
  return ys.length > 0 && !!r.year && ys.every((y) => y < r.year!);
}

/** the end years of the five-year plans named by their ordinal (第一个五年计划 → 1957) */
const PLAN_ENDS: Record<string, number> = { 一: 1957, 二: 1962, 三: 1970, 四: 1975, 五: 1980, 六: 1985, 七: 1990, 八: 1995, 九: 2000, 十: 2005 };

/** a sentence naming a plan ended before the report's year as its time ("以第一个五年计划期间的总投资额计算", 1958; classify.ts endedPlanNamed) */
function endedPlanNamed(r: IndicatorRow): boolean {
  const before = r.sentence.slice(0, Math.max(0, r.sentence.indexOf(r.value_text)));
  const m = /(?<![比同与较])第([一二三四五六七八九十])个五年计划(?:期间|时期|内|中|间)/u.exec(before);
  return !!m && !!r.year && PLAN_ENDS[m[1]] < r.year;
}

function show(rows: IndicatorRow[]): string {
  return rows.slice(0, 60).map((r) => `${r.indicator_id} ${r.metric} ${r.value_text} ${r.status}: ${r.sentence.slice(0, 40)}`).join("\n");
}

Deno.test("indicator property: status agrees with the section role unless a cue in the sentence or paragraph says otherwise", async () => {
  const { tables } = await corpus();
  // a plan section whose heading describes the situation ("认清形势、抢抓机遇…") states outcomes (context.ts)
  const role = new Map(tables.sections.map((s) => [s.section_id, describesSituation(s.heading) ? "other" : s.role]));
  const wrong: IndicatorRow[] = [];
  for (const r of tables.indicators) {
    const rl = role.get(r.section_id);
    const upTo = r.sentence; // the sentence holds the cue, or the paragraph's lead does (checked below)
    if (rl === "review" && r.status === "target" && !TARGET_CUE.test(upTo)) wrong.push(r);
    if ((rl === "plan" || rl === "targets") && r.status === "actual" && !PAST_CUE.test(upTo) && !PLAN_OUTCOME_CUE.test(upTo)) wrong.push(r);
  }
  // documented exceptions: a cue of the paragraph before the row's sentence ("过去一年,…" leading a paragraph
  // of a plan section, a "…目标是:" intro before a review's list), or a past-tense marker in a plan
  // section's sentence ("已组织了57户", "接待了"), or how things stand now ("我们党有…", "只有") say otherwise
  const stillWrong = wrong.filter((r) => {
    const text = sourceText(r.source);
    const para = text.slice(Math.max(0, text.lastIndexOf("\n", r.start) + 1, r.start - 480), r.value_start);
    if (r.status === "target") return !TARGET_CUE.test(para);
    // (or the statistics of a part of the year leading the paragraph: "据国家统计局初步统计,…本年1——5月份…。…钢完成96.4%")
    return !PAST_CUE.test(para) && !PLAN_OUTCOME_CUE.test(para) && !/了|已/u.test(text.slice(Math.max(0, r.start - 60), r.value_start)) && !pastFromTo(r) &&
      !pastYearNamed(r, text.slice(Math.max(0, r.start - 60), r.value_start)) &&
      !PRESENT_STATE.test(r.sentence.slice(0, r.sentence.indexOf(r.value_text))) &&
      !goalPatterns.regionFact.test(r.sentence.slice(0, r.sentence.indexOf(r.value_text))) && // the region opening the sentence (classify.ts statesNow)
      !NOW_OPENS.test(r.sentence.slice(0, r.sentence.indexOf(r.value_text))) && !onlyPastYears(r) && !endedPlanNamed(r) &&
      !/由[^。;；]*(?:到|至)(?:现在|目前)/u.test(r.sentence.slice(0, r.sentence.indexOf(r.value_text))) && // a move up to now (classify.ts fromToNow)
      !PAST_LEVEL_COMPARED.test(r.sentence.slice(0, r.sentence.indexOf(r.value_text))); // a past year's level compared with (classify.ts pastLevelCompared)
  });
  assert.ok(tables.indicators.length > 5000);
  assert.deepEqual(stillWrong.length, 0, `${stillWrong.length} rows\n` + show(stillWrong));
});

Deno.test("indicator property: no metric ends in a number cut in two", async () => {
  const { tables } = await corpus();
  const CUT = /(?<![A-Za-z][\d.]*)[0-9０-９][\s.．]*$|(?<![第之清归唯统])[〇零一二三四五六七八九十百千两][点點]?$/u;
  const wrong = tables.indicators.filter((r) => CUT.test(r.metric) || CUT.test(r.metric_text));
  assert.deepEqual(wrong.length, 0, show(wrong));
});
