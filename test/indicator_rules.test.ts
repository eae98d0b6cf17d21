/**
 * The indicator classifiers' case tables (test/cases/indicators/*.json):
 * each case is a clause or paragraph of real report text, its context, and
 * the field expected. The clause is read the way the stage reads it
 * (findQuantities, readClause), then the pure function is called.
 */
import { assert } from "./assert.ts";
import { findQuantities, type Quantity } from "../lib/stages/numbers/numbers.ts";
import { readClause } from "../lib/stages/indicators/clause.ts";
import { measureOf, metricWords, periodOf, qualifierOf, statusOf } from "../lib/stages/indicators/classify.ts";
import { fiveYearEnd, placeOf, type SentenceContext } from "../lib/stages/indicators/context.ts";
import type { Document } from "../lib/stages/document.ts";
import type { Role } from "../lib/stages/outline.ts";
import measureCases from "./cases/indicators/measure.json" with { type: "json" };
import qualifierCases from "./cases/indicators/qualifier.json" with { type: "json" };
import statusCases from "./cases/indicators/status.json" with { type: "json" };
import periodCases from "./cases/indicators/period.json" with { type: "json" };
import metricCases from "./cases/indicators/metric.json" with { type: "json" };
import metricWordCases from "./cases/indicators/metric_words.json" with { type: "json" };
import { productOutput } from "../lib/dictionary/metrics.ts";
import { runCase } from "./cases.ts";

/** The quantity written as `number` (the last one when none is named), and the clause before it. */
function mention(text: string, number?: string) {
  const qs = findQuantities(text, 0, text.length);
  const q: Quantity | undefined = number ? qs.find((q) => text.slice(q.a, q.b).startsWith(number)) : qs[qs.length - 1];
  if (!q) throw new Error(`no quantity "${number ?? ""}" in "${text}"`);
  const cs = Math.max(0, ...[...text.slice(0, q.a)].map((ch, i) => /[,;:。!?、]/u.test(ch) ? i + 1 : 0));
  return { q, qs, clause: readClause(text, cs, q.a) };
}

interface PlaceCase { text: string; number: string; role: string; headings: string; year: number; kind?: string; title?: string }

/** The place of a case's number, cut the way the stage cuts it (the paragraph is the case's text). */
function place(c: PlaceCase) {
  const { q, clause } = mention(c.text, c.number);
  const sentA = Math.max(0, ...[...c.text.slice(0, q.a)].map((ch, i) => /[。!?]/u.test(ch) ? i + 1 : 0));
  const ctx = {
    doc: { a: 0, b: c.text.length, clean: { text: c.text }, facts: { kind: c.kind ?? "government_work_report", title: c.title ?? "" } } as unknown as Document, text: c.text, si: 0, section: 0, topA: 0, sentA, sentB: c.text.length, role: c.role as Role,
    headings: c.headings, paraA: 0, lead: c.text.slice(0, (c.text.indexOf("。") + 1 || c.text.length + 1) - 1), year: c.year,
    planEnd: fiveYearEnd({ year: c.year, kind: (c.kind ?? "government_work_report") as never, date: "" }),
    breakBefore: (pos: number) => Math.max(sentA, ...[...c.text.slice(0, pos)].map((ch, i) => /[,;:。!?、]/u.test(ch) ? i + 1 : 0)),
    commaBefore: () => sentA,
  } satisfies SentenceContext;
  return { q, clause, place: placeOf(ctx, q.a, q.b, clause.metricA) };
}

Deno.test("indicator rules: at least 15 cases each", () => {
  for (const t of [measureCases, qualifierCases, statusCases, periodCases, metricCases, metricWordCases]) assert.ok(t.length >= 15);
});

for (const c of measureCases) {
  Deno.test(`measureOf: ${c.clause}`, () => {
    const { q, clause } = mention(c.clause);
    const w = metricWords(clause.metric, clause.growthNoun, clause.declineNoun);
    assert.deepEqual(measureOf(q, { ...clause, ...w, after: (c as { after?: boolean }).after }), { measure: c.measure, sign: c.sign });
  });
}

for (const c of qualifierCases) {
  Deno.test(`qualifierOf: ${c.clause}`, () => {
    const { q, qs, clause } = mention(c.clause, c.number);
    const last = c.list ? qs[qs.length - 1] : null;
    const got = qualifierOf(q, c.clause.slice(q.a, q.b), clause.qualBefore, last);
    assert.deepEqual(got, { qualifier: c.qualifier, qualifierText: c.text });
  });
}

for (const c of statusCases as (PlaceCase & { status: string; section?: string; period?: string })[]) {
  Deno.test(`statusOf: ${c.text} (${c.number}, ${c.role})`, () => {
    if (!c.section) return assert.equal(statusOf(place(c).place), c.status);
    // a case with a section runs through the stage: its context spans paragraphs (a list's intro)
    const { text, tables } = runCase({ section: c.section, year: c.year, text: c.text });
    const row = tables.indicators.find((r) => r.value_start === text.lastIndexOf(c.number));
    assert.ok(row, `no row at ${c.number}`);
    assert.deepEqual([row.status, row.period], [c.status, c.period]);
  });
}

for (const c of periodCases) {
  Deno.test(`periodOf: ${c.text} (${c.number}, ${c.role}, ${c.year})`, () => {
    const { q, clause, place: p } = place(c);
    const status = statusOf(p);
    const w = metricWords(clause.metric, clause.growthNoun, clause.declineNoun);
    const { measure } = measureOf(q, { ...clause, ...w });
    assert.equal(periodOf(p, status, measure, clause), c.period);
  });
}

// the metric as the row gets it: edges trimmed (metricWords), a bare product in an output list as its 产量
for (const c of metricWordCases) {
  Deno.test(`metricWords: ${c.clause}`, () => {
    const { q, clause } = mention(c.clause);
    const w = metricWords(clause.metric, clause.growthNoun, clause.declineNoun);
    assert.equal(productOutput(w.metric, c.clause.slice(0, q.a), q.unit), c.metric);
  });
}

interface MetricCase { rule: string; section: string; year: number; text: string; at: string; metric?: string; measure?: string; qualifier?: string; baseline?: number; per_year?: boolean; unit?: string; none?: boolean; benchmark?: string; nth?: number }

// whole-sentence cases: the metric depends on the clauses and rows around the number (find.ts), so the text is
// run through the stage and the row of the number at `at` is read
for (const c of metricCases as MetricCase[]) {
  Deno.test(`metric: ${c.rule}: ${c.at} in ${c.text}`, () => {
    const { text, tables } = runCase(c);
    const at = text.indexOf(c.at);
    assert.ok(at >= 0, `"${c.at}" is not in the case's text`);
    // (nth: the row of that number in a list with one value, 均: 0 the first item's, 1 the second's)
    const row = tables.indicators.filter((r) => r.value_start === at)[c.nth ?? 0];
    if (c.none) return assert.equal(row, undefined, `no row wanted at ${c.at}: ${JSON.stringify(row)}`);
    assert.ok(row, `no row at ${c.at}: ${JSON.stringify(tables.indicators.map((r) => [r.metric, r.value_text]))}`);
    assert.equal(row.metric, c.metric);
    if (c.measure) assert.equal(row.measure, c.measure);
    if (c.qualifier) assert.equal(row.qualifier, c.qualifier);
    if (c.baseline !== undefined) assert.equal(row.baseline, c.baseline);
    if (c.per_year !== undefined) assert.equal(row.per_year, c.per_year);
    if (c.unit) assert.equal(row.unit, c.unit);
    if (c.benchmark !== undefined) assert.equal(row.benchmark, c.benchmark);
  });
}
