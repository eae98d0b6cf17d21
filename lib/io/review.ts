/**
 * Provenance review pages: one standalone HTML file per document showing its
 * text with every indicator's number highlighted (coloured by status) and
 * every goal underlined, a side panel with the fields of the row under the
 * pointer, and a list of all rows to click through. This is how a reviewer
 * checks extractions against the text they came from.
 */
import { escapeHtml } from "../text/escape.ts";
import type { DocumentRow, GoalRow, IndicatorRow } from "../tables/schema.ts";

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

interface Mark {
  start: number;
  end: number;
  open: string;
  close: string;
  rank: number; // goals outside, indicators inside
}

/**
 * The review page of one document.
 *
 * @example
 * ```ts
 * const html = reviewPage(doc, sourceText, indicatorRows, goalRows);
 * await Deno.writeTextFile("review.html", html);
 * ```
 */
export function reviewPage(doc: DocumentRow, sourceText: string, indicators: IndicatorRow[], goals: GoalRow[]): string {
  const inds = indicators.filter((r) => r.doc_id === doc.doc_id);
  const gs = goals.filter((g) => g.doc_id === doc.doc_id);
  // numbers first; a goal that would cut through one is left unmarked, so tags nest
  // one number shared by several rows ("A和B均为100%") is marked once, for its first row
  const spans = new Set<string>();
  const kept: Mark[] = inds.filter((r) => !spans.has(`${r.value_start}-${r.value_end}`) && !!spans.add(`${r.value_start}-${r.value_end}`)).map((r) => ({
    start: r.value_start, end: r.value_end, rank: 1, close: "</mark>",
    open: `<mark class="ind ${r.status}" id="${esc(r.indicator_id)}" data-id="${esc(r.indicator_id)}">`,
  }));
  const crosses = (a: Mark, b: Mark) => (a.start < b.start && b.start < a.end && a.end < b.end) || (b.start < a.start && a.start < b.end && b.end < a.end);
  for (const g of gs) {
    const m = { start: g.start, end: g.end, open: `<span class="goal" data-id="${esc(g.goal_id)}">`, close: "</span>", rank: 0 };
    if (!kept.some((k) => crosses(k, m))) kept.push(m);
  }
  kept.sort((a, b) => a.start - b.start || a.rank - b.rank || b.end - a.end);
  const events: { at: number; html: string; order: number }[] = [];
  kept.forEach((m, i) => {
    events.push({ at: m.start, html: m.open, order: m.rank * 1e6 + i });
    events.push({ at: m.end, html: m.close, order: -(m.rank * 1e6 + i) });
  });
  events.sort((a, b) => a.at - b.at || a.order - b.order);
  let body = "";
  let pos = doc.start;
  for (const e of events) {
    if (e.at < doc.start || e.at > doc.end) continue;
    body += esc(sourceText.slice(pos, e.at)) + e.html;
    pos = e.at;
  }
  body += esc(sourceText.slice(pos, doc.end));

  const data = {
    indicators: Object.fromEntries(inds.map((r) => [r.indicator_id, {
      metric: r.metric, metric_id: r.metric_id, measure: r.measure, value: r.value, value_max: r.value_max, unit: r.unit,
      qualifier: r.qualifier, status: r.status, period: r.period, masked: r.masked, baseline: r.baseline,
      benchmark: r.benchmark, span: `${r.start}–${r.end}`, text: sourceText.slice(r.start, r.end),
    }])),
    goals: Object.fromEntries(gs.map((g) => [g.goal_id, {
      kind: g.kind, horizon: g.horizon, target_year: g.target_year, theme: g.theme, indicators: g.indicator_ids, found_by: g.found_by,
    }])),
  };
  const list = inds.map((r) =>
    `<li><a href="#${esc(r.indicator_id)}" data-id="${esc(r.indicator_id)}"><span class="dot ${r.status}"></span>` +
    `${esc(r.metric)} ${esc(r.value ?? r.value_text)}${esc(r.value_max !== null ? "–" + r.value_max : "")}${esc(r.unit)} ` +
    `<small>${esc(r.measure)} · ${esc(r.status)} · ${esc(r.period)}</small></a></li>`
  ).join("");
  return `<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>${esc(doc.doc_id)} — review</title>
<style>
body{margin:0;font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;display:flex;height:100vh}
#text{flex:3;overflow:auto;padding:1em 2em;line-height:1.9;white-space:pre-wrap}
#side{flex:1.3;overflow:auto;border-left:1px solid #ddd;padding:.5em 1em;background:#fafafa;font-size:90%}
mark.ind{border-radius:3px;padding:0 1px;cursor:pointer}
mark.actual{background:${COLORS.actual}} mark.estimate{background:${COLORS.estimate}} mark.target{background:${COLORS.target}}
mark.active{outline:2px solid #333}
.goal{border-bottom:2px solid #9c6ade}
.dot{display:inline-block;width:.7em;height:.7em;border-radius:50%;margin-right:.3em}
.dot.actual{background:#4c78a8}.dot.estimate{background:#f2a541}.dot.target{background:#e45756}
#fields{border:1px solid #ddd;background:white;padding:.5em;min-height:8em;position:sticky;top:0}
#fields td:first-child{color:#666;padding-right:.6em} ul{padding-left:1em} li a{text-decoration:none;color:#222}
</style></head><body>
<div id="text">${body}</div>
<div id="side">
<h3>${esc(doc.region || "—")} ${esc(doc.year ?? "")} ${esc(doc.kind)}</h3>
<div>${esc(doc.source)} · ${inds.length} indicators · ${gs.length} goals ·
<span class="dot actual"></span>actual <span class="dot estimate"></span>estimate <span class="dot target"></span>target ·
<span class="goal">goal</span></div>
<div id="fields"><em>Point at a highlighted number or a goal.</em></div>
<ul id="rows">${list}</ul>
</div>
<script>
const DATA=${JSON.stringify(data).replace(/</g, "\\u003c")};
const fields=document.getElementById("fields");
function show(id){const r=DATA.indicators[id]||DATA.goals[id];if(!r)return;
fields.innerHTML="<b>"+id+"</b><table>"+Object.entries(r).map(([k,v])=>"<tr><td>"+k+"</td><td>"+String(v??"").replace(/[&<>]/g,c=>({"&":"&amp;","<":"&lt;",">":"&gt;"})[c])+"</td></tr>").join("")+"</table>";
document.querySelectorAll("mark.active").forEach(m=>m.classList.remove("active"));
const m=document.getElementById(id);if(m)m.classList.add("active");}
document.querySelectorAll("[data-id]").forEach(el=>{el.addEventListener("mouseenter",e=>{e.stopPropagation();show(el.dataset.id)});
el.addEventListener("click",e=>{show(el.dataset.id);const m=document.getElementById(el.dataset.id);if(m&&el.tagName==="A"){e.preventDefault();m.scrollIntoView({block:"center"});}});});
</script></body></html>
`;
}
