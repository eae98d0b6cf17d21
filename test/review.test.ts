import { assert } from "./assert.ts";
import { corpus, sourceText } from "./corpus.ts";
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
