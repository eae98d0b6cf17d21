/**
 * Provenance review pages: one standalone HTML file per document showing its
 * text with every indicator's number highlighted (coloured by status) and
 * every goal underlined, a side panel with the fields of the row under the
 * pointer, and a list of all rows to click through, with a search box,
 * filters (status, measure, metric, section) and jumps to the sections.
 * Every row has an anchor: `page.html#` + encodeURIComponent(row id) opens
 * the page at it. `reviewIndex` is the page over all of a run's documents.
 *
 * Security: every value from a table or a file name is escaped before it
 * reaches HTML (the script builds its DOM with textContent, never innerHTML
 * with data), and each page carries a Content-Security-Policy that allows
 * only its own inline script (by hash) and style: no network, no other
 * script, no inline event handlers, so even a markup slip cannot run code.
 */
import { createHash } from "node:crypto";
import { escapeHtml } from "../text/escape.ts";
import { TextSink } from "./sink.ts";
import type { DocumentRow } from "../tables/documents.ts";
import type { GoalRow } from "../tables/goals.ts";
import type { IndicatorRow } from "../tables/indicators.ts";
import type { SectionRow } from "../tables/sections.ts";

const COLORS: Record<string, string> = { actual: "#cfe0f3", estimate: "#fde3b5", target: "#f8c9c9" };

const esc = escapeHtml;

/** Longest review-page name, in UTF-8 bytes (file systems allow 255; this leaves room for a copy's suffix). */
const MAX_NAME_BYTES = 160;

/** A 64-bit FNV-1a hash of a string, as 16 hex digits (the same on every machine). */
function hash64(s: string): string {
  let h1 = 0x811c9dc5, h2 = 0x050c5d1f;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 13);
  }
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}

/**
 * File name of a document's review page: "seeds/003_x.txt#1" → "seeds_003_x.txt_1.html".
 *
 * Folder separators and the "#" before the document number become "_".
 * A name that had to change in any other way (characters no file system
 * takes or that a shell or page would read, like `<>:"|?*`, control
 * characters, a leading dot; or cut to {@link MAX_NAME_BYTES} bytes), and
 * any name asked for with `unique` (the run gives it when two documents
 * would share a page, e.g. "a/b.txt" and "a_b.txt"), ends with a hash of
 * the whole id: unique, bounded, safe on every file system.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(reviewFileName("seeds/003_大连.txt#1"), "seeds_003_大连.txt_1.html");
 * assert.match(reviewFileName("<img src=x>.txt#1"), /^_img src=x_\.txt_1-[0-9a-f]{16}\.html$/);
 * assert.ok(new TextEncoder().encode(reviewFileName("长".repeat(300) + ".txt#1")).length <= 200);
 * assert.notEqual(reviewFileName("a_b.txt#1", true), reviewFileName("a/b.txt#1", true));
 * ```
 */
export function reviewFileName(docId: string, unique = false): string {
  let name = docId.replace(/[/\\#]/g, "_");
  // deno-lint-ignore no-control-regex
  const safe = name.replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, "_").replace(/^[.\s]/, "_");
  let changed = unique || safe !== name;
  name = safe;
  const enc = new TextEncoder();
  if (enc.encode(name).length > MAX_NAME_BYTES) {
    changed = true;
    let cut = name.slice(0, MAX_NAME_BYTES);
    while (enc.encode(cut).length > MAX_NAME_BYTES) cut = cut.slice(0, -1);
    if ((cut.charCodeAt(cut.length - 1) & 0xfc00) === 0xd800) cut = cut.slice(0, -1);
    name = cut;
  }
  return (changed ? `${name}-${hash64(docId)}` : name) + ".html";
}

/** A JSON value safe inside a <script> element. */
function scriptJson(v: unknown): string {
  return JSON.stringify(v).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** The page's Content-Security-Policy: nothing but its own inline script (by hash) and styles. */
function csp(script: string): string {
  const hash = createHash("sha256").update(script).digest("base64");
  return `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
}

/**
 * The href of a row's anchor in a page: "#" + the id percent-encoded (ids hold "#" and "/").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(rowAnchor("provincial-2025/provincial_2025_上海市.txt#1/i3"), "#provincial-2025%2Fprovincial_2025_%E4%B8%8A%E6%B5%B7%E5%B8%82.txt%231%2Fi3");
 * ```
 */
export function rowAnchor(id: string): string {
  return "#" + encodeURIComponent(id);
}

/** The fields of an indicator row that its review page shows. */
const INDICATOR_FIELDS = [
  "indicator_id", "doc_id", "section_id", "start", "end", "value_start", "value_end", "metric", "metric_id", "measure", "value",
  "value_max", "unit", "qualifier", "status", "period", "masked", "baseline", "benchmark", "value_text",
] as const;
/** The fields of a goal row that its review page shows. */
const GOAL_FIELDS = ["goal_id", "doc_id", "start", "end", "kind", "horizon", "target_year", "theme", "indicator_ids", "found_by"] as const;

/** What a review page reads of an indicator row. */
export type ReviewIndicator = Pick<IndicatorRow, typeof INDICATOR_FIELDS[number]>;
/** What a review page reads of a goal row. */
export type ReviewGoal = Pick<GoalRow, typeof GOAL_FIELDS[number]>;

/**
 * The part of an indicator or goal row its review page reads: a run keeps
 * these for a document's page while its whole rows go to the tables, about
 * a third of their fields (a 50 MB report has 185,000 indicators).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const goal = { goal_id: "g.txt#1/g1", doc_id: "g.txt#1", section_id: "g.txt#1/s2", source: "g.txt", start: 7, end: 19, text: "地区生产总值增长5%左右",
 *   kind: "target", horizon: "annual", target_year: 2025, theme: "economy", has_number: true, indicator_ids: "g.txt#1/i1", found_by: "list", region: "广东省", year: 2025 };
 * // deno-lint-ignore no-explicit-any
 * const kept = reviewRow("goals", goal as any);
 * assert.equal(kept.theme, "economy");
 * assert.ok(!("text" in kept) && !("region" in kept));
 * ```
 */
export function reviewRow<T extends "indicators" | "goals">(
  table: T,
  row: T extends "indicators" ? ReviewIndicator : ReviewGoal,
): T extends "indicators" ? ReviewIndicator : ReviewGoal {
  // object literals, not properties added one by one: V8 gives them a fixed
  // shape (about 200 bytes each) instead of a dictionary (about three times that)
  type Out = T extends "indicators" ? ReviewIndicator : ReviewGoal;
  if (table === "goals") {
    const g = row as ReviewGoal;
    const out: Record<typeof GOAL_FIELDS[number], unknown> = {
      goal_id: g.goal_id, doc_id: g.doc_id, start: g.start, end: g.end, kind: g.kind, horizon: g.horizon,
      target_year: g.target_year, theme: g.theme, indicator_ids: g.indicator_ids, found_by: g.found_by,
    };
    return out as Out;
  }
  const r = row as ReviewIndicator;
  const out: Record<typeof INDICATOR_FIELDS[number], unknown> = {
    indicator_id: r.indicator_id, doc_id: r.doc_id, section_id: r.section_id, start: r.start, end: r.end,
    value_start: r.value_start, value_end: r.value_end, metric: r.metric, metric_id: r.metric_id, measure: r.measure,
    value: r.value, value_max: r.value_max, unit: r.unit, qualifier: r.qualifier, status: r.status, period: r.period,
    masked: r.masked, baseline: r.baseline, benchmark: r.benchmark, value_text: r.value_text,
  };
  return out as Out;
}

/**
 * The largest (or smallest) value put at each of a fixed set of keys, asked
 * over the keys strictly between two bounds: a segment tree over the keys
 * in sorted order, O(log n) per put and per question.
 */
class Extremes {
  private keys: number[];
  private tree: Float64Array;
  private n: number;
  constructor(keys: number[], private max: boolean) {
    this.keys = [...new Set(keys)].sort((a, b) => a - b);
    this.n = Math.max(1, this.keys.length);
    this.tree = new Float64Array(2 * this.n).fill(max ? -Infinity : Infinity);
  }
  /** index of the first key at least `x` */
  private at(x: number): number {
    let lo = 0, hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keys[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  put(key: number, value: number): void {
    let i = this.at(key) + this.n;
    const t = this.tree;
    t[i] = this.max ? Math.max(t[i], value) : Math.min(t[i], value);
    for (i >>= 1; i >= 1; i >>= 1) t[i] = this.max ? Math.max(t[2 * i], t[2 * i + 1]) : Math.min(t[2 * i], t[2 * i + 1]);
  }
  /** the extreme over keys k with lo < k < hi */
  over(lo: number, hi: number): number {
    let l = this.at(lo + 1) + this.n, r = this.at(hi) + this.n; // [l, r)
    const t = this.tree;
    let best = this.max ? -Infinity : Infinity;
    for (; l < r; l >>= 1, r >>= 1) {
      if (l & 1) best = this.max ? Math.max(best, t[l++]) : Math.min(best, t[l++]);
      if (r & 1) best = this.max ? Math.max(best, t[--r]) : Math.min(best, t[--r]);
    }
    return best;
  }
}

// The page's script. It reads its data from a JSON <script> element and puts
// values into the DOM with textContent only.
const PAGE_SCRIPT = `
const DATA=JSON.parse(document.getElementById("data").textContent);
const $=(s)=>document.querySelector(s), $$=(s)=>[...document.querySelectorAll(s)];
const fields=$("#fields");
function el(tag,text){const e=document.createElement(tag);if(text!==undefined)e.textContent=String(text??"");return e;}
function show(id){const r=DATA.indicators[id]||DATA.goals[id];if(!r)return;
fields.replaceChildren();const b=el("b",id);fields.append(b);const t=el("table");
for(const [k,v] of Object.entries(r)){const tr=el("tr");tr.append(el("td",k),el("td",v));t.append(tr);}
fields.append(t);
$$("mark.active").forEach(m=>m.classList.remove("active"));
const m=document.getElementById(id);if(m)m.classList.add("active");}
function jump(id){const m=document.getElementById(id);if(m){m.scrollIntoView({block:"center"});show(id);try{history.replaceState(null,"","#"+encodeURIComponent(id));}catch(e){}}}
$$("[data-id]").forEach(e=>{e.addEventListener("mouseenter",ev=>{ev.stopPropagation();show(e.dataset.id)});
e.addEventListener("click",ev=>{if(e.tagName==="A"){ev.preventDefault();jump(e.dataset.id);}else show(e.dataset.id);});});
$$("a[data-section]").forEach(a=>a.addEventListener("click",ev=>{ev.preventDefault();const s=document.getElementById(a.dataset.section);if(s)s.scrollIntoView({block:"start"});try{history.replaceState(null,"","#"+encodeURIComponent(a.dataset.section));}catch(e){}}));
const items=$$("#rows li");
function filter(){const q=$("#q").value.trim().toLowerCase(),st=$("#f-status").value,me=$("#f-measure").value,mt=$("#f-metric").value,se=$("#f-section").value;
let n=0;for(const li of items){const d=li.dataset;const ok=(!q||d.text.toLowerCase().includes(q))&&(!st||d.status===st)&&(!me||d.measure===me)&&(!mt||d.metric===mt)&&(!se||d.sections.split(" ").includes(se));
li.hidden=!ok;if(ok)n++;const m=document.getElementById(d.rid);if(m)m.classList.toggle("dim",!ok);}
$("#shown").textContent=n+" / "+items.length;}
$$("#filters input, #filters select").forEach(x=>x.addEventListener("input",filter));
$("#clear").addEventListener("click",()=>{$$("#filters select").forEach(s=>s.value="");$("#q").value="";filter();});
filter();
if(location.hash){const id=decodeURIComponent(location.hash.slice(1));if(DATA.indicators[id]||DATA.goals[id])jump(id);else{const s=document.getElementById(id);if(s)s.scrollIntoView();}}
`;

function options(values: Iterable<string>, label: (v: string) => string = (v) => v): string {
  return [...values].map((v) => `<option value="${esc(v)}">${esc(label(v))}</option>`).join("");
}

/**
 * The review page of one document; with its sections, the page gets section
 * jumps and a section filter.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "今年预期目标:地区生产总值增长5%左右。";
 * const doc = { doc_id: "<img src=x>.txt#1", source: "<img src=x>.txt", start: 0, end: text.length, region: "广东省", year: 2025, kind: "government_work_report" };
 * const ind = { indicator_id: "<img src=x>.txt#1/i1", doc_id: doc.doc_id, section_id: "", start: 7, end: 15, value_start: 13, value_end: 17,
 *   metric: "地区生产总值", metric_id: "gdp", measure: "growth", value: 5, value_max: null, unit: "%", status: "target", period: "2025", value_text: "5%左右" };
 * // deno-lint-ignore no-explicit-any
 * const html = reviewPage(doc as any, text, [ind as any], []);
 * assert.ok(html.includes('id="&lt;img src=x&gt;.txt#1/i1"'));
 * assert.ok(!html.includes("<img"));
 * ```
 */
export function reviewPage(doc: DocumentRow, sourceText: string, indicators: ReviewIndicator[], goals: ReviewGoal[], sections: SectionRow[] = []): string {
  return [...reviewPageParts(doc, sourceText, indicators, goals, sections)].join("");
}

/**
 * Write the review page of one document as UTF-8, in chunks, to `write`
 * (each chunk in a buffer reused for the next): the same bytes as
 * `reviewPage` encoded, without the page ever being one string, so a
 * report of 50 MB on one line (a 220 MB page) costs no more than its rows.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "今年预期目标:地区生产总值增长5%左右。";
 * const doc = { doc_id: "guangdong.txt#1", source: "guangdong.txt", start: 0, end: text.length, region: "广东省", year: 2025, kind: "government_work_report" };
 * const ind = { indicator_id: "guangdong.txt#1/i1", doc_id: doc.doc_id, section_id: "", start: 7, end: 15, value_start: 13, value_end: 17,
 *   metric: "地区生产总值", metric_id: "gdp", measure: "growth", value: 5, value_max: null, unit: "%", status: "target", period: "2025", value_text: "5%左右" };
 * const parts: Uint8Array[] = [];
 * // deno-lint-ignore no-explicit-any
 * writeReviewPage((b) => parts.push(b.slice()), doc as any, text, [ind as any], [], [], 64);
 * const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
 * parts.reduce((at, p) => (bytes.set(p, at), at + p.length), 0);
 * // deno-lint-ignore no-explicit-any
 * assert.equal(new TextDecoder().decode(bytes), reviewPage(doc as any, text, [ind as any], []));
 * ```
 */
export function writeReviewPage(
  write: (bytes: Uint8Array) => void,
  doc: DocumentRow,
  sourceText: string,
  indicators: ReviewIndicator[],
  goals: ReviewGoal[],
  sections: SectionRow[] = [],
  chunk = 1 << 16,
): void {
  const sink = new TextSink(write, chunk);
  for (const s of reviewPageParts(doc, sourceText, indicators, goals, sections)) sink.put(s);
  sink.close();
}

/** Text between marks is escaped this many UTF-16 units at a time. */
const TEXT_PIECE = 1 << 16;

/**
 * The page's text with its marks: pieces of HTML in order. The marks and
 * their events are numbers in typed arrays and each tag is made when it is
 * written: a 50 MB report has 570,000 of them, and objects holding their
 * HTML cost about 200 MB.
 */
function* markedText(doc: DocumentRow, sourceText: string, inds: ReviewIndicator[], gs: ReviewGoal[], secs: SectionRow[]): Generator<string> {
  // numbers first; a goal that would cut through one is left unmarked, so tags nest
  // one number shared by several rows ("A和B均为100%") is marked once, for its first row
  const max = inds.length + gs.length;
  const mStart = new Float64Array(max), mEnd = new Float64Array(max), mRank = new Uint8Array(max), mRef = new Int32Array(max);
  let n = 0;
  const keep = (start: number, end: number, rank: number, ref: number) => {
    mStart[n] = start, mEnd[n] = end, mRank[n] = rank, mRef[n] = ref;
    n++;
  };
  const spans = new Set<string>();
  inds.forEach((r, i) => {
    const key = `${r.value_start}-${r.value_end}`;
    if (!spans.has(key)) keep(r.value_start, r.value_end, 1, i), spans.add(key);
  });
  spans.clear();
  // a goal crosses a kept mark k when k starts inside it and ends after it,
  // or ends inside it and starts before it: a range maximum of the kept
  // marks' ends over their starts, and a range minimum of their starts over
  // their ends, answer that in O(log n) per goal instead of a scan of every
  // mark kept (which made a 50 MB one-line report take minutes)
  const ends = new Extremes([...mStart.subarray(0, n)].concat(gs.map((g) => g.start)), true);
  const starts = new Extremes([...mEnd.subarray(0, n)].concat(gs.map((g) => g.end)), false);
  for (let k = 0; k < n; k++) {
    ends.put(mStart[k], mEnd[k]);
    starts.put(mEnd[k], mStart[k]);
  }
  gs.forEach((g, i) => {
    if (ends.over(g.start, g.end) > g.end || starts.over(g.start, g.end) < g.start) return;
    keep(g.start, g.end, 0, i);
    ends.put(g.start, g.end);
    starts.put(g.end, g.start);
  });
  // by start, goals before numbers, longer first; ties in the order kept
  const order = new Uint32Array(n).map((_, i) => i).sort((a, b) => mStart[a] - mStart[b] || mRank[a] - mRank[b] || mEnd[b] - mEnd[a] || a - b);
  // events: 2i opens the i-th mark in that order, 2i+1 closes it, 2n+j is section j's anchor
  const count = 2 * n + secs.length;
  const evAt = new Float64Array(count), evOrder = new Float64Array(count);
  order.forEach((m, i) => {
    evAt[2 * i] = mStart[m], evOrder[2 * i] = mRank[m] * 1e6 + i + 1;
    evAt[2 * i + 1] = mEnd[m], evOrder[2 * i + 1] = -(mRank[m] * 1e6 + i + 1);
  });
  // section anchors: empty elements after the closing tags and before the opening ones at their place
  secs.forEach((s, j) => (evAt[2 * n + j] = s.heading_start, evOrder[2 * n + j] = 0));
  const events = new Uint32Array(count).map((_, i) => i).sort((a, b) => evAt[a] - evAt[b] || evOrder[a] - evOrder[b] || a - b);
  const tag = (e: number): string => {
    if (e >= 2 * n) return `<span class="sec" id="${esc(secs[e - 2 * n].section_id)}"></span>`;
    const m = order[e >> 1];
    if (e & 1) return mRank[m] ? "</mark>" : "</span>";
    if (mRank[m]) {
      const r = inds[mRef[m]];
      return `<mark class="ind ${esc(r.status)}" id="${esc(r.indicator_id)}" data-id="${esc(r.indicator_id)}">`;
    }
    const g = gs[mRef[m]];
    return `<span class="goal" id="${esc(g.goal_id)}" data-id="${esc(g.goal_id)}">`;
  };
  function* text(from: number, to: number): Generator<string> {
    for (let i = from; i < to; i += TEXT_PIECE) yield esc(sourceText.slice(i, Math.min(to, i + TEXT_PIECE)));
  }
  let pos = doc.start;
  for (const e of events) {
    const at = evAt[e];
    if (at < doc.start || at > doc.end) continue;
    yield* text(pos, at);
    yield tag(e);
    pos = at;
  }
  yield* text(pos, doc.end);
}

/** The page's data as JSON safe in a <script> element, an entry at a time (the same text as scriptJson of the whole object). */
function* pageData(sourceText: string, inds: ReviewIndicator[], gs: ReviewGoal[]): Generator<string> {
  // a Map keeps Object.fromEntries' order and its last-wins for a repeated id
  const indicators = new Map(inds.map((r) => [r.indicator_id, r]));
  yield '{"indicators":{';
  let first = true;
  for (const [id, r] of indicators) {
    yield (first ? "" : ",") + scriptJson(id) + ":" + scriptJson({
      metric: r.metric, metric_id: r.metric_id, measure: r.measure, value: r.value, value_max: r.value_max, unit: r.unit,
      qualifier: r.qualifier, status: r.status, period: r.period, masked: r.masked, baseline: r.baseline,
      benchmark: r.benchmark, span: `${r.start}–${r.end}`, text: sourceText.slice(r.start, r.end),
    });
    first = false;
  }
  yield '},"goals":{';
  first = true;
  for (const [id, g] of new Map(gs.map((g) => [g.goal_id, g]))) {
    yield (first ? "" : ",") + scriptJson(id) + ":" + scriptJson({
      kind: g.kind, horizon: g.horizon, target_year: g.target_year, theme: g.theme, indicators: g.indicator_ids, found_by: g.found_by,
    });
    first = false;
  }
  yield "}}";
}

/** The review page of one document, as pieces of HTML in order (reviewPage joins them, writeReviewPage streams them). */
function* reviewPageParts(doc: DocumentRow, sourceText: string, indicators: ReviewIndicator[], goals: ReviewGoal[], sections: SectionRow[]): Generator<string> {
  const inds = indicators.filter((r) => r.doc_id === doc.doc_id);
  const gs = goals.filter((g) => g.doc_id === doc.doc_id);
  const secs = sections.filter((s) => s.doc_id === doc.doc_id);
  // each row's section and the sections around it, for the section filter
  const secById = new Map(secs.map((s) => [s.section_id, s]));
  const short = (id: string) => id.slice(id.lastIndexOf("/") + 1);
  const chain = (id: string) => {
    const out: string[] = [];
    for (let s = secById.get(id); s && out.length < 20; s = secById.get(s.parent_id)) out.push(short(s.section_id));
    return out.join(" ");
  };
  const used = new Set(inds.flatMap((r) => chain(r.section_id).split(" ")));
  const heading = (s: SectionRow) => `${"\u3000".repeat(s.level - 1)}${s.heading.slice(0, 30) || "(" + s.role + ")"}`;
  const item = (r: ReviewIndicator) =>
    `<li data-rid="${esc(r.indicator_id)}" data-status="${esc(r.status)}" data-measure="${esc(r.measure)}" data-metric="${esc(r.metric_id || r.metric)}" ` +
    `data-sections="${esc(chain(r.section_id))}" data-text="${esc(`${r.metric} ${r.value_text} ${r.metric_id} ${r.period}`)}">` +
    `<a href="${esc(rowAnchor(r.indicator_id))}" data-id="${esc(r.indicator_id)}"><span class="dot ${esc(r.status)}"></span>` +
    `${esc(r.metric)} ${esc(r.value ?? r.value_text)}${esc(r.value_max !== null ? "–" + r.value_max : "")}${esc(r.unit)} ` +
    `<small>${esc(r.measure)} · ${esc(r.status)} · ${esc(r.period)}</small></a></li>`;
  const count = <T>(xs: T[]) => [...new Set(xs)].filter((x) => x !== "" && x !== null).sort() as string[];
  const metrics = new Map<string, string>();
  for (const r of inds) if (!metrics.has(r.metric_id || r.metric)) metrics.set(r.metric_id || r.metric, r.metric);
  const jumps = secs.filter((s) => s.level <= 2 && s.heading).map((s) =>
    `<li class="l${s.level}"><a href="${esc(rowAnchor(s.section_id))}" data-section="${esc(s.section_id)}">${esc(s.heading.slice(0, 40))}</a></li>`
  ).join("");
  const script = PAGE_SCRIPT;
  yield `<!doctype html>
<html lang="zh"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp(script))}">
<title>${esc(doc.doc_id)} — review</title>
<style>
body{margin:0;font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;display:flex;height:100vh}
#text{flex:3;overflow:auto;padding:1em 2em;line-height:1.9;white-space:pre-wrap}
#side{flex:1.3;overflow:auto;border-left:1px solid #ddd;padding:.5em 1em;background:#fafafa;font-size:90%}
mark.ind{border-radius:3px;padding:0 1px;cursor:pointer}
mark.actual{background:${COLORS.actual}} mark.estimate{background:${COLORS.estimate}} mark.target{background:${COLORS.target}}
mark.active{outline:2px solid #333} mark.dim{background:#eee}
.goal{border-bottom:2px solid #9c6ade}
.dot{display:inline-block;width:.7em;height:.7em;border-radius:50%;margin-right:.3em}
.dot.actual{background:#4c78a8}.dot.estimate{background:#f2a541}.dot.target{background:#e45756}
#fields{border:1px solid #ddd;background:white;padding:.5em;min-height:8em;position:sticky;top:0}
#fields td:first-child{color:#666;padding-right:.6em} ul{padding-left:1em} li a{text-decoration:none;color:#222}
#filters{margin:.5em 0} #filters select,#filters input{max-width:100%;margin:.1em 0} #jumps li.l2{margin-left:1em}
details{margin:.4em 0}
</style></head><body>
<div id="text">`;
  yield* markedText(doc, sourceText, inds, gs, secs);
  yield `</div>
<div id="side">
<h3>${esc(doc.region || "—")} ${esc(doc.year ?? "")} ${esc(doc.kind)}</h3>
<div>${esc(doc.source)} · ${inds.length} indicators · ${gs.length} goals ·
<span class="dot actual"></span>actual <span class="dot estimate"></span>estimate <span class="dot target"></span>target ·
<span class="goal">goal</span></div>
${jumps ? `<details><summary>章节 sections (${secs.filter((s) => s.level <= 2 && s.heading).length})</summary><ul id="jumps">${jumps}</ul></details>` : ""}
<div id="fields"><em>Point at a highlighted number or a goal.</em></div>
<div id="filters">
<input id="q" type="search" placeholder="搜索 search" aria-label="search">
<select id="f-status" aria-label="status"><option value="">status: all</option>${options(count(inds.map((r) => r.status)))}</select>
<select id="f-measure" aria-label="measure"><option value="">measure: all</option>${options(count(inds.map((r) => r.measure)))}</select>
<select id="f-metric" aria-label="metric"><option value="">metric: all</option>${options([...metrics.keys()].sort(), (k) => metrics.get(k) === k ? k : `${metrics.get(k)} (${k})`)}</select>
<select id="f-section" aria-label="section"><option value="">section: all</option>${options(secs.filter((s) => used.has(short(s.section_id))).map((s) => short(s.section_id)), (id) => heading(secById.get(`${doc.doc_id}/${id}`)!))}</select>
<button id="clear" type="button">clear</button> <span id="shown"></span>
</div>
<ul id="rows">`;
  for (const r of inds) yield item(r);
  yield `</ul>
</div>
<script type="application/json" id="data">`;
  yield* pageData(sourceText, inds, gs);
  yield `</script>
<script>${script}</script></body></html>
`;
}

/** What the index page shows of each document: its row counts. */
export interface IndexCounts {
  indicators: number;
  goals: number;
  /** the page's file name when the run had to give it another than reviewFileName's */
  name?: string;
}

const INDEX_SCRIPT = `
const rows=[...document.querySelectorAll("tbody tr")];
const q=document.getElementById("q"),k=document.getElementById("f-kind"),l=document.getElementById("f-level");
function filter(){const s=q.value.trim().toLowerCase();let n=0;for(const r of rows){const ok=(!s||r.textContent.toLowerCase().includes(s))&&(!k.value||r.dataset.kind===k.value)&&(!l.value||r.dataset.level===l.value);r.hidden=!ok;if(ok)n++;}
document.getElementById("shown").textContent=n+" / "+rows.length;}
[q,k,l].forEach(x=>x.addEventListener("input",filter));filter();
`;

/**
 * The index page of the review pages: every document with its kind, region,
 * level, year and row counts, linked to its page, with a search box and
 * filters by kind and level.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const doc = { doc_id: "national/national_2025.txt#1", source: "national/national_2025.txt", region: "全国", level: "national", year: 2025, kind: "government_work_report", title: "政府工作报告" };
 * // deno-lint-ignore no-explicit-any
 * const html = reviewIndex([doc as any], new Map([[doc.doc_id, { indicators: 120, goals: 40 }]]));
 * assert.ok(html.includes('href="national_national_2025.txt_1.html"'));
 * ```
 */
export function reviewIndex(docs: DocumentRow[], counts: Map<string, IndexCounts>): string {
  const rank = (l: string) => ["national", "province", "city", "county"].indexOf(l) >>> 0; // unknown levels last
  const sorted = [...docs].sort((a, b) => rank(a.level) - rank(b.level) || (a.region ?? "").localeCompare(b.region ?? "") || (a.year ?? 0) - (b.year ?? 0) || a.doc_id.localeCompare(b.doc_id));
  const body = sorted.map((d) => {
    const c = counts.get(d.doc_id) ?? { indicators: 0, goals: 0 };
    return `<tr data-kind="${esc(d.kind)}" data-level="${esc(d.level)}"><td><a href="${esc(encodeURI(c.name ?? reviewFileName(d.doc_id)))}">${esc(d.doc_id)}</a></td>` +
      `<td>${esc(d.kind)}</td><td>${esc(d.region)}</td><td>${esc(d.level)}</td><td>${esc(d.year ?? "")}</td><td>${esc(d.title ?? "")}</td>` +
      `<td class="n">${c.indicators}</td><td class="n">${c.goals}</td></tr>`;
  }).join("\n");
  const kinds = [...new Set(docs.map((d) => d.kind).filter(Boolean))].sort();
  const levels = [...new Set(docs.map((d) => d.level).filter(Boolean))].sort();
  return `<!doctype html>
<html lang="zh"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp(INDEX_SCRIPT))}">
<title>Review pages — ${docs.length} documents</title>
<style>
body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:1em 2em}
table{border-collapse:collapse;font-size:90%} th,td{border-bottom:1px solid #eee;padding:.2em .6em;text-align:left} td.n{text-align:right}
th{position:sticky;top:0;background:white}
</style></head><body>
<h2>Review pages · ${docs.length} documents</h2>
<div><input id="q" type="search" placeholder="搜索 search" aria-label="search">
<select id="f-kind" aria-label="kind"><option value="">kind: all</option>${options(kinds)}</select>
<select id="f-level" aria-label="level"><option value="">level: all</option>${options(levels)}</select> <span id="shown"></span></div>
<table><thead><tr><th>document</th><th>kind</th><th>region</th><th>level</th><th>year</th><th>title</th><th>indicators</th><th>goals</th></tr></thead>
<tbody>
${body}
</tbody></table>
<script>${INDEX_SCRIPT}</script></body></html>
`;
}
