import { assert } from "./assert.ts";
import { corpus, RAW, sourceText } from "./corpus.ts";
import { reviewPage } from "../lib/io/review.ts";

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

Deno.test("review: the page of seeds/003 highlights every indicator of that document at its place", async () => {
  const { tables } = await corpus();
  const doc = tables.documents.find((d) => d.source.startsWith("seeds/003_"))!;
  const text = sourceText(doc.source);
  const html = reviewPage(doc, text, tables.indicators, tables.goals);
  const rows = tables.indicators.filter((r) => r.doc_id === doc.doc_id);
  assert.ok(rows.length > 100);
  // the page text, stripped of tags, is the document's source text
  const body = html.slice(html.indexOf('<div id="text">') + 15, html.indexOf('</div>\n<div id="side">'));
  assert.equal(unescape(body.replace(/<[^>]+>/g, "")), text.slice(doc.start, doc.end));
  const seen = new Set<string>();
  for (const r of rows) {
    // one number for several metrics ("A和B均为100%") is one mark, for the first of its rows
    const at = `${r.value_start}-${r.value_end}`;
    if (seen.has(at)) continue;
    seen.add(at);
    const m = new RegExp(`<mark class="ind ${r.status}" id="${r.indicator_id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*>([^<]*)</mark>`).exec(body);
    assert.ok(m, `${r.indicator_id} is not highlighted`);
    assert.equal(unescape(m[1]), text.slice(r.value_start, r.value_end), r.indicator_id);
    // and at the right place: the text before the mark is the source up to the number
    const before = unescape(body.slice(0, m.index).replace(/<[^>]+>/g, ""));
    assert.equal(doc.start + before.length, r.value_start, `${r.indicator_id} at the wrong place`);
  }
});

/** Chromium headless's DOM of a page after its scripts ran (test/chromium.ts). */
import { chromiumDom } from "./chromium.ts";
import { main } from "../lib/run/command.ts";
import { reviewFileName, rowAnchor } from "../lib/io/review.ts";

Deno.test("review: a file name holding markup runs no script in its page, and its row anchor opens the page at the row", async () => {
  const dir = await Deno.makeTempDir();
  const name = `<img src=x onerror=document.title='XSS'>.txt`;
  await Deno.mkdir(`${dir}/in`);
  await Deno.copyFile(`${RAW}seeds/003_4c843e5d37004413.txt`, `${dir}/in/${name}`);
  assert.equal(await main([`${dir}/in`, "--out", `${dir}/out`, "--quiet"]), 0);
  const docId = `${name}#1`;
  const page = `${dir}/out/review/${reviewFileName(docId)}`;
  const html = await Deno.readTextFile(page);
  assert.ok(!html.includes("<img"), "the file name reaches the page only escaped");
  const firstRow = `${docId}/i1`;
  // opening the page at a row shows the row in the side panel (show() puts the id there)
  const dom = await chromiumDom(`file://${encodeURI(page).replace(/#/g, "%23")}${rowAnchor(firstRow)}`);
  assert.ok(dom.includes("<title>"), "chromium returned the page");
  assert.ok(!/<title>XSS<\/title>/.test(dom), "no script from the file name ran");
  assert.ok(!/<img[\s>]/i.test(dom), "no img element made from the file name");
  assert.match(dom, /<div id="fields"><b>&lt;img src=x onerror=document\.title='XSS'&gt;\.txt#1\/i1<\/b><table>/, "the row's fields are shown, its id as text");
  assert.match(dom, new RegExp(`<mark class="ind \\w+ active" id="${firstRow.replace(/[.*+?^${}()|[\]\\<>]/g, (c) => c === "<" ? "&lt;" : c === ">" ? "&gt;" : "\\" + c)}"`), "the row is marked active");
  // the index page lists the document and links to its page
  const index = await Deno.readTextFile(`${dir}/out/review/index.html`);
  assert.ok(index.includes(`href="${encodeURI(reviewFileName(docId)).replace(/'/g, "&#39;")}"`), "index links to the page");
  assert.ok(!index.includes("<img"));
  await Deno.remove(dir, { recursive: true });
});

Deno.test("review: every row of Guangdong 2025 carries its filter fields, every section a jump, and the index counts every document's rows", async () => {
  const { tables } = await corpus();
  const doc = tables.documents.find((d) => d.region === "广东省" && d.year === 2025)!;
  const html = reviewPage(doc, sourceText(doc.source), tables.indicators, tables.goals, tables.sections);
  const rows = tables.indicators.filter((r) => r.doc_id === doc.doc_id);
  const items = [...html.matchAll(/<li data-rid="([^"]*)" data-status="([^"]*)" data-measure="([^"]*)" data-metric="([^"]*)" data-sections="([^"]*)"/g)];
  assert.equal(items.length, rows.length);
  items.forEach((m, k) => {
    assert.equal(m[2], rows[k].status);
    assert.equal(m[3], rows[k].measure);
    if (rows[k].section_id) assert.ok(m[5].split(" ").includes(rows[k].section_id.slice(rows[k].section_id.lastIndexOf("/") + 1)), `${rows[k].indicator_id} is in its section`);
  });
  const secs = tables.sections.filter((s) => s.doc_id === doc.doc_id);
  for (const s of secs) assert.ok(html.includes(`<span class="sec" id="${s.section_id}"></span>`), `${s.section_id} has an anchor`);
  for (const s of secs.filter((s) => s.level <= 2 && s.heading)) assert.ok(html.includes(`data-section="${s.section_id}"`), `${s.section_id} has a jump`);
  for (const st of new Set(rows.map((r) => r.status))) assert.ok(html.includes(`<option value="${st}">`));
  // a CSP that allows only the page's own script
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;[^"]*script-src &#39;sha256-[A-Za-z0-9+/=]+&#39;/);
});

Deno.test("review: a goal is underlined unless it cuts through a number or a goal kept before it (every number of seeds/003, with goals made to cross and to hold each)", async () => {
  const { tables } = await corpus();
  const doc = tables.documents.find((d) => d.source.startsWith("seeds/003_"))!;
  const text = sourceText(doc.source);
  const inds = tables.indicators.filter((r) => r.doc_id === doc.doc_id);
  // for each number: a goal holding it, one that starts inside it, one that ends inside it
  const goals = inds.flatMap((r, i) => [
    [r.value_start - 3, r.value_end + 3],
    [r.value_start + 1, r.value_end + 4],
    [Math.max(doc.start, r.value_start - 4), r.value_end - 1],
  ].filter(([a, b]) => a < b).map(([start, end], k) => ({ ...tables.goals[0], doc_id: doc.doc_id, goal_id: `${doc.doc_id}/x${i}_${k}`, start, end })));
  // the rule, by brute force: marks kept so far, numbers first (one per span), goals in order
  const kept: { start: number; end: number }[] = [];
  const spans = new Set<string>();
  for (const r of inds) if (!spans.has(`${r.value_start}-${r.value_end}`)) spans.add(`${r.value_start}-${r.value_end}`), kept.push({ start: r.value_start, end: r.value_end });
  const crosses = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    (a.start < b.start && b.start < a.end && a.end < b.end) || (b.start < a.start && a.start < b.end && b.end < a.end);
  const expected = new Set<string>();
  for (const g of goals) if (!kept.some((k) => crosses(k, g))) kept.push(g), expected.add(g.goal_id);
  const html = reviewPage(doc, text, inds, goals);
  const underlined = new Set([...html.matchAll(/<span class="goal" id="([^"]+)"/g)].map((m) => unescape(m[1])));
  assert.ok(expected.size > inds.length / 2 && expected.size < goals.length, `${expected.size} of ${goals.length}`);
  assert.deepEqual(underlined, expected);
});
