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
import { identity, isSharedTable, type MappedText, sourceSpan } from "../text/mapped.ts";
import { normalize } from "../stages/normalize.ts";
import { keepWritten, simplify } from "../stages/simplify.ts";
import { denoise } from "../stages/denoise.ts";
import { MIN_DOCUMENT_CHARS, splitDocuments } from "../stages/split.ts";
import { documentFacts, type Facts } from "../stages/facts.ts";
import { outline, sentences } from "../stages/outline.ts";
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
import { documentRow } from "./rows/documents.ts";
import { sectionRow } from "./rows/sections.ts";
import { sentenceRow } from "./rows/sentences.ts";
import { indicatorRow } from "./rows/indicators.ts";
import { goalRow } from "./rows/goals.ts";
import { termRow } from "./rows/terms.ts";
export { sentenceContext, SENTENCE_CONTEXT } from "./rows/indicators.ts";
export { sectionId } from "./rows/ids.ts";



/**
 * Document id of the n-th (1-based) document of a source: "seeds/003_x.txt#1".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(docId("seeds/004_97f8a95c989aeb02.txt", 2), "seeds/004_97f8a95c989aeb02.txt#2"); // 肇庆 2022, the second report of the page
 * ```
 */
export function docId(source: string, n: number): string {
  return `${source}#${n}`;
}

/**
 * Run stages 1–7 on one source file.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readSource } from "./pipeline.ts";
 * const bytes = await Deno.readFile(new URL("../../data/raw/seeds/003_4c843e5d37004413.txt", import.meta.url));
 * const docs = readSource("seeds/003_4c843e5d37004413.txt", bytes);
 * assert.equal(docs[0].facts.region, "大连市");
 * assert.equal(docs[0].id, "seeds/003_4c843e5d37004413.txt#1");
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
 * import assert from "node:assert/strict";
 * import { indicators } from "../stages/indicators/indicators.ts";
 * import { readText } from "./pipeline.ts";
 * const [doc] = readText("passage", "全市经济社会发展的主要预期目标是:地区生产总值增长8%左右。", "utf-8",
 *   { facts: { year: 2022 }, minChars: 1 });
 * assert.equal(indicators(doc)[0].value, 8);
 * assert.equal(doc.facts.year, 2022);
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
    if (!kept.has(b) && !isSharedTable(b) && b.byteLength >= 1 << 20 && b instanceof ArrayBuffer && !b.detached) b.transfer(0);
  }
}

/**
 * The rows of every table for some documents: stages 8–10 run on each, and
 * each row is made by its table's row function (lib/run/rows/).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { baseRows, readText } from "./pipeline.ts";
 * const text = "一、2021年工作回顾\n过去一年,全市地区生产总值增长8.2%,城镇新增就业13.1万人。\n二、2022年主要目标\n全市经济社会发展的主要预期目标是:地区生产总值增长6%左右,城镇新增就业12万人以上。坚持“两个毫不动摇”。";
 * const docs = readText("passage", text, "utf-8", { facts: { year: 2022, region: "大连市" }, minChars: 1 });
 * const t = baseRows(docs);
 * assert.deepEqual([t.documents.length, t.sections.length, t.sentences.length, t.indicators.length, t.goals.length, t.terms.length], [1, 2, 5, 4, 2, 1]);
 * assert.equal(t.goals[0].indicator_ids, t.indicators[2].indicator_id); // 地区生产总值增长6%左右
 * ```
 */
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

/**
 * The rows of every table for some documents: stages 8–10 run on each, and
 * each row is made by its table's row function (lib/run/rows/); with `spill`,
 * the rows it did not take.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "一、2021年工作回顾\n过去一年,全市地区生产总值增长8.2%,城镇新增就业13.1万人。\n二、2022年主要目标\n全市经济社会发展的主要预期目标是:地区生产总值增长6%左右,城镇新增就业12万人以上。坚持“两个毫不动摇”。";
 * const docs = readText("passage", text, "utf-8", { facts: { year: 2022, region: "大连市" }, minChars: 1 });
 * const t = baseRows(docs);
 * assert.deepEqual([t.documents.length, t.indicators.length, t.goals.length], [1, 4, 2]);
 * assert.equal(t.goals[0].indicator_ids, t.indicators[2].indicator_id); // 地区生产总值增长6%左右
 * // rows handed over two at a time as they are made
 * let taken = 0;
 * const rest = baseRows(readText("passage", text, "utf-8", { facts: { year: 2022 }, minChars: 1 }), {
 *   tables: ["indicators"], rows: 2, take: (t, name) => { taken += t[name].length; t[name] = []; } });
 * assert.equal(taken + rest.indicators.length, 4);
 * ```
 */
export function baseRows(docs: Document[], spill?: Spill): Tables {
  const t: Tables = { documents: [], sections: [], sentences: [], indicators: [], goals: [], terms: [] };
  const spilled = new Set(spill?.tables ?? []);
  const full = (name: keyof Tables) => {
    if (spill && spilled.has(name) && t[name].length >= spill.rows) spill.take(t, name);
  };
  for (const d of docs) {
    t.documents.push(documentRow(d));
    for (const s of d.sections) {
      t.sections.push(sectionRow(d, s));
      full("sections");
    }
    for (let i = 0; i < d.sentences.length; i++) {
      t.sentences.push(sentenceRow(d, i));
      full("sentences");
    }
    const inds = indicators(d); // 8
    inds.forEach((r, i) => {
      t.indicators.push(indicatorRow(d, r, i));
      full("indicators");
    });
    goals(d, inds).forEach((g, i) => { // 9
      t.goals.push(goalRow(d, g, i));
      full("goals");
    });
    for (const x of terms(d)) { // 10
      t.terms.push(termRow(d, x));
      full("terms");
    }
  }
  return t;
}

/**
 * All rows of a run, the cross-document panel included.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { allRows, baseRows, readText } from "./pipeline.ts";
 * const text = "一、2021年工作回顾\n过去一年,全市地区生产总值增长8.2%,城镇新增就业13.1万人。\n二、2022年主要目标\n全市经济社会发展的主要预期目标是:地区生产总值增长6%左右,城镇新增就业12万人以上。坚持“两个毫不动摇”。";
 * const docs = readText("passage", text, "utf-8", { facts: { year: 2022, region: "大连市" }, minChars: 1 });
 * const all = allRows(baseRows(docs));
 * assert.deepEqual(Object.keys(all), ["documents", "sections", "sentences", "indicators", "goals", "terms", "panel"]);
 * const gdp = all.panel.find((r) => r.metric_id === "gdp" && r.year === 2022)!;
 * assert.deepEqual([gdp.region, gdp.target_value, gdp.target_status], ["大连市", 6, "stated"]);
 * ```
 */
export function allRows(t: Tables): Record<TableName, Record<string, unknown>[]> {
  return { ...t, panel: panel(t) } as unknown as Record<TableName, Record<string, unknown>[]>;
}
