/**
 * The whole extraction chain, written down once.
 *
 * For each source file:
 *   1. decode      bytes → text (UTF-8 ± BOM, UTF-16 with BOM, GB18030)   decode.ts
 *   2. html        saved web pages → visible text, offsets kept           html.ts
 *   3. normalize   fold full-width forms, drop zero-width characters,
 *                  join lines broken mid-sentence                         normalize.ts
 *      simplify    traditional characters read as simplified, same map    simplify.ts
 *   4. denoise     remove page furniture, ads, spam words, headlines      denoise.ts
 *   5. split       one source → its documents                             split.ts
 *   6. facts       kind, region, level, year, masked, title …             facts.ts
 *   7. outline     sections with roles; sentences                         outline.ts
 *   8. indicators  numbers with metric, measure, status, period           indicators.ts (numbers.ts, metrics.ts)
 *   9. goals       target lists, dated aims, quantified tasks             goals.ts
 *  10. terms       quoted phrases and key phrases, counted                terms.ts
 * Across documents, panel.ts joins targets with later outcomes.
 * Every stage keeps the offset map (mapped.ts), so each row's start/end
 * point into the decoded source: source.slice(start, end) is its text.
 */
import { decodeBytes, type Encoding } from "../stages/decode.ts";
import { htmlToText, isHtmlName, looksLikeHtml } from "../stages/html.ts";
import { identity, type MappedText, sourceSpan } from "../text/mapped.ts";
import { normalize } from "../stages/normalize.ts";
import { keepWritten, simplify, writtenForm, writtenSlice } from "../stages/simplify.ts";
import { denoise } from "../stages/denoise.ts";
import { MIN_DOCUMENT_CHARS, splitDocuments } from "../stages/split.ts";
import { documentFacts, type Facts } from "../stages/facts.ts";
import { outline, type Section, type Sentence, sentences } from "../stages/outline.ts";
import type { DocumentRow, GoalRow, IndicatorRow, SectionRow, SentenceRow, TermRow } from "../tables/schema.ts";
import type { TableName, Tables } from "../tables/tables.ts";
import { panel } from "../stages/panel.ts";
import type { Document } from "../stages/document.ts";
export type { Document } from "../stages/document.ts";
export type { Tables } from "../tables/tables.ts";
import { indicators } from "../stages/indicators/indicators.ts";
import { goals } from "../stages/goals/goals.ts";
import { terms } from "../stages/terms.ts";
import { InputError } from "../text/errors.ts";
import { sectionIndex } from "../stages/spans.ts";



/** Document id of the n-th (1-based) document of a source: "seeds/003_x.txt#1". */
export function docId(source: string, n: number): string {
  return `${source}#${n}`;
}

/**
 * Run stages 1–7 on one source file.
 *
 * @example
 * ```ts
 * const bytes = await Deno.readFile("data/raw/seeds/003_4c843e5d37004413.txt");
 * const docs = readSource("seeds/003_4c843e5d37004413.txt", bytes);
 * docs[0].facts.region; // "大连市"
 * ```
 */
export function readSource(source: string, bytes: Uint8Array): Document[] {
  const { text, encoding } = decodeBytes(bytes, source); // 1
  return readText(source, text, encoding);
}

/** Options for {@link readText}: facts to use instead of the ones read from the text. */
export interface TextOptions {
  facts?: Partial<Facts>;
  /** minimum characters for a piece to count as a document (default 200) */
  minChars?: number;
}

/**
 * Run stages 2–7 on text already decoded, e.g. a passage pasted into a notebook.
 *
 * @example
 * ```ts
 * import { indicators } from "../stages/indicators/indicators.ts";
 * const [doc] = readText("passage", "全市经济社会发展的主要预期目标是:地区生产总值增长8%左右。", "utf-8",
 *   { facts: { year: 2022 }, minChars: 1 });
 * indicators(doc)[0].value; // 8
 * ```
 */
export function readText(source: string, text: string, encoding: Encoding = "utf-8", opts: TextOptions = {}): Document[] {
  const { dn, converted } = cleaned(source, text);
  const clean = dn.text;
  const pieces = splitDocuments(clean.text, dn.boundaries, opts.minChars); // 5
  if (pieces.length === 0) {
    throw new InputError(source, `no report text in it (under ${opts.minChars ?? MIN_DOCUMENT_CHARS} characters once page furniture is removed)`);
  }
  const docs: Document[] = pieces.map((p, i) => {
    const body = clean.text.slice(p.a, p.b);
    const facts = { ...documentFacts(body, source, pieces.length === 1), script: converted ? "traditional" : "simplified", ...opts.facts } as Facts; // 6
    const sections = outline(clean.text, p.a, p.b, facts.year); // 7
    const at = sectionIndex(sections);
    const sents = sentences(clean.text, p.a, p.b).map((s) => ({ ...s, section: at(s.a) }));
    return {
      id: docId(source, i + 1),
      source,
      sourceText: text,
      clean,
      a: p.a,
      b: p.b,
      facts,
      sections,
      sentences: sents,
      noiseChars: 0,
      encoding,
    };
  });
  // Noise belongs to the document it falls in, or the one before it
  // (leading noise to the first document).
  const starts = docs.map((d) => sourceSpan(d.clean, d.a, d.b)[0]);
  for (const [s, e] of dn.removed) {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1] <= s) k++;
    docs[k].noiseChars += e - s;
  }
  return docs;
}

/**
 * Stages 2–4. A function of its own so that the offset maps of the stages
 * before the last (8 bytes per character each) are garbage once it returns,
 * instead of held by readText's locals while the document is outlined: on a
 * 50 MB report that is several hundred MB.
 */
function cleaned(source: string, text: string) {
  const base = isHtmlName(source) || looksLikeHtml(text) ? htmlToText(text) : identity(text); // 2
  const norm = normalize(base); // 3 (every stage carries source offsets along)
  release(base, norm);
  const simp = simplify(norm);
  const dn = denoise(simp.text); // 4
  if (!simp.converted) release(norm, dn.text); // (a converted text's map is kept for writtenSlice)
  keepWritten(dn.text, simp); // rows give back what was written
  return { dn, converted: simp.converted };
}

/**
 * Give back at once the memory of a stage's offset maps that the next
 * stage's output does not share: V8 frees an array's memory only after a
 * collection it runs when it sees fit, and a 50 MB report's maps (8 bytes a
 * character) would otherwise all be held at once, near 1 GB.
 * `ArrayBuffer.prototype.transfer(0)` detaches the buffer and frees it.
 */
function release(done: MappedText, next: MappedText): void {
  const kept = new Set([next.start.buffer, next.end.buffer]);
  for (const b of new Set([done.start.buffer, done.end.buffer])) {
    if (!kept.has(b) && b.byteLength >= 1 << 20 && b instanceof ArrayBuffer && !b.detached) b.transfer(0);
  }
}

/** Longest `sentence` an indicator row carries; longer sentences are cut to a window of this many characters. */
export const SENTENCE_CONTEXT = 400;

/**
 * The `sentence` cell of an indicator row: the sentence [a, b) of `text`
 * when it has at most {@link SENTENCE_CONTEXT} characters (every sentence of
 * the corpus: the longest holding a number has 386), else a window of that
 * many characters around the indicator's span [ia, ib), with "…" at each
 * end that was cut. A row's cost is then bounded whatever the input: a
 * target list written as one 1 MB sentence no longer repeats the megabyte
 * in each of its thousands of rows (the output grew with the square of the
 * sentence). The whole sentence is in sentences.csv, by `sentence_id`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const s = "全市主要预期目标是:地区生产总值增长6%左右。";
 * assert.equal(sentenceContext(s, 0, s.length, 18, 20), s);
 * const long = "主要预期目标是:" + "地区生产总值增长5%左右、".repeat(100);
 * const cut = sentenceContext(long, 0, long.length, 608, 610);
 * assert.ok(cut.startsWith("…") && cut.endsWith("…") && cut.length === 402);
 * assert.ok(cut.includes(long.slice(600, 620)));
 * ```
 */
export function sentenceContext(
  text: string,
  a: number,
  b: number,
  ia: number,
  ib: number,
  max = SENTENCE_CONTEXT,
  slice: (from: number, to: number) => string = (x, y) => text.slice(x, y),
): string {
  if (b - a <= max) return slice(a, b);
  const mid = Math.max(a, Math.min(b, (ia + Math.min(ib, ia + max)) >> 1));
  let from = Math.max(a, Math.min(mid - (max >> 1), b - max));
  let to = from + max;
  // no cut through a surrogate pair
  const low = (i: number) => i > a && i < b && (text.charCodeAt(i) & 0xfc00) === 0xdc00;
  if (low(from)) from++;
  if (low(to)) to--;
  return (from > a ? "…" : "") + slice(from, to) + (to < b ? "…" : "");
}

export function sectionId(doc: Document, index: number): string {
  return index < 0 ? "" : `${doc.id}/s${index + 1}`;
}

/**
 * Called by {@link baseRows} when a table named in `tables` holds at least
 * `rows` rows: it takes them (renders them, say) and leaves `t[name]` empty,
 * so a big document's rows are never all held at once.
 */
export interface Spill {
  tables: (keyof Tables)[];
  rows: number;
  take: (t: Tables, name: keyof Tables) => void;
}

/** The rows of every table for some documents (with `spill`, the rows it did not take). */
export function baseRows(docs: Document[], spill?: Spill): Tables {
  const t: Tables = { documents: [], sections: [], sentences: [], indicators: [], goals: [], terms: [] };
  const spilled = new Set(spill?.tables ?? []);
  const full = (name: keyof Tables) => {
    if (spill && spilled.has(name) && t[name].length >= spill.rows) spill.take(t, name);
  };
  for (const d of docs) {
    const [start, end] = sourceSpan(d.clean, d.a, d.b);
    t.documents.push({
      doc_id: d.id,
      source: d.source,
      start,
      end,
      kind: d.facts.kind,
      region: d.facts.region,
      region_code: d.facts.regionCode ?? "",
      level: d.facts.level,
      parent_region: d.facts.parentRegion ?? "",
      parent_region_code: d.facts.parentRegionCode ?? "",
      year: d.facts.year,
      masked: d.facts.masked,
      title: writtenForm(d.clean, d.facts.title, d.a, Math.min(d.b, d.a + 3000)),
      speaker: d.facts.speaker,
      meeting: writtenForm(d.clean, d.facts.meeting, d.a, Math.min(d.b, d.a + 3000)),
      date: d.facts.date,
      encoding: d.encoding,
      script: d.facts.script ?? "simplified",
      chars: d.b - d.a,
      noise_chars: d.noiseChars,
    });
    for (const s of d.sections) {
      const [ss, se] = sourceSpan(d.clean, s.a, s.b);
      const [hs, he] = sourceSpan(d.clean, s.headA, s.headB);
      t.sections.push({
        doc_id: d.id,
        section_id: sectionId(d, s.index),
        parent_id: sectionId(d, s.parent),
        level: s.level,
        ordinal: s.ordinal,
        heading: writtenForm(d.clean, s.heading, s.headA, s.headB),
        role: s.role,
        source: d.source,
        start: ss,
        end: se,
        heading_start: hs,
        heading_end: he,
      });
      full("sections");
    }
    d.sentences.forEach((s, i) => {
      const [ss, se] = sourceSpan(d.clean, s.a, s.b);
      t.sentences.push({
        doc_id: d.id,
        sentence_id: `${d.id}/t${i + 1}`,
        section_id: sectionId(d, s.section),
        source: d.source,
        start: ss,
        end: se,
        text: writtenSlice(d.clean, s.a, s.b),
      });
      full("sentences");
    });
    const inds = indicators(d); // 8
    const indicatorId = (i: number) => `${d.id}/i${i + 1}`;
    inds.forEach((r, i) => {
      const [is, ie] = sourceSpan(d.clean, r.a, r.b);
      const [vs, ve] = sourceSpan(d.clean, r.valueA, r.valueB);
      const sent = d.sentences[r.sentence];
      t.indicators.push({
        indicator_id: indicatorId(i),
        doc_id: d.id,
        section_id: sectionId(d, r.section),
        sentence_id: `${d.id}/t${r.sentence + 1}`,
        source: d.source,
        start: is,
        end: ie,
        value_start: vs,
        value_end: ve,
        metric: writtenForm(d.clean, r.metric, sent.a, sent.b),
        metric_text: writtenForm(d.clean, r.metricText, r.a, r.b),
        metric_id: r.metricId,
        measure: r.measure,
        value: r.value,
        value_max: r.valueMax,
        unit: r.unit,
        unit_base: r.unitBase,
        unit_factor: r.unitFactor,
        qualifier: r.qualifier,
        qualifier_text: writtenForm(d.clean, r.qualifierText, sent.a, sent.b),
        status: r.status,
        period: r.period,
        per_year: r.perYear,
        masked: r.masked,
        value_text: writtenForm(d.clean, r.valueText, r.valueA, r.valueB),
        baseline: r.baseline,
        benchmark: r.benchmark,
        region: d.facts.region,
        year: d.facts.year,
        sentence: sentenceContext(d.clean.text, sent.a, sent.b, r.a, r.b, SENTENCE_CONTEXT, (x, y) => writtenSlice(d.clean, x, y)),
      });
      full("indicators");
    });
    goals(d, inds).forEach((g, i) => { // 9
      const [gs, ge] = sourceSpan(d.clean, g.a, g.b);
      t.goals.push({
        goal_id: `${d.id}/g${i + 1}`,
        doc_id: d.id,
        section_id: sectionId(d, g.section),
        source: d.source,
        start: gs,
        end: ge,
        text: writtenForm(d.clean, g.text, g.a, g.b),
        kind: g.kind,
        horizon: g.horizon,
        target_year: g.targetYear,
        theme: g.theme,
        has_number: g.hasNumber,
        indicator_ids: g.indicators.map(indicatorId).join(";"),
        found_by: g.source,
        region: d.facts.region,
        year: d.facts.year,
      });
      full("goals");
    });
    for (const x of terms(d)) { // 10
      const [fs, fe] = sourceSpan(d.clean, x.a, x.b);
      t.terms.push({
        doc_id: d.id,
        term: x.term,
        kind: x.kind,
        category: x.category,
        count: x.count,
        per_10k_chars: Number(((x.count / Math.max(1, d.b - d.a)) * 10000).toFixed(3)),
        first_start: fs,
        first_end: fe,
        source: d.source,
        region: d.facts.region,
        level: d.facts.level,
        year: d.facts.year,
      });
      full("terms");
    }
  }
  return t;
}

/** All rows of a run, the cross-document panel included. */
export function allRows(t: Tables): Record<TableName, Record<string, unknown>[]> {
  return { ...t, panel: panel(t) } as unknown as Record<TableName, Record<string, unknown>[]>;
}
