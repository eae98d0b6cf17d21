import { assert } from "./assert.ts";
import * as OpenCC from "opencc-js/t2cn";
import { corpus, sourceText } from "./corpus.ts";
import { scriptCues } from "../lib/dictionary/dictionary.ts";
import { traditionalCount } from "../lib/stages/simplify.ts";

Deno.test("simplify: every cue character of scripts.json is one OpenCC changes, and no simplified report of the corpus holds enough to count as traditional", async () => {
  const convert = OpenCC.Converter({ from: "t", to: "cn" });
  for (const ch of scriptCues.traditional_only) assert.notEqual(convert(ch), ch, `${ch} is not traditional-only`);
  const { tables } = await corpus();
  for (const d of tables.documents) {
    const n = traditionalCount(sourceText(d.source).slice(d.start, d.end));
    const converted = d.script === "traditional";
    if (!converted) assert.ok(n < scriptCues.min_count, `${d.doc_id}: ${n} traditional characters, not converted`);
  }
  const trad = tables.documents.filter((d) => d.script === "traditional").map((d) => d.source);
  assert.ok(trad.includes("national/national_1954.txt") && trad.includes("national/national_1957.txt"), trad.join());
  assert.ok(!trad.some((s) => /20\d\d|provincial|seeds/.test(s)), trad.join());
});

Deno.test("simplify: a traditional report is matched through its simplified form; rows point into the original and keep what was written", async () => {
  const { tables } = await corpus();
  const doc = tables.documents.find((d) => d.source === "national/national_1957.txt")!;
  // matched: the meeting and the national region were read from 會議/大會
  assert.equal(doc.region, "全国");
  assert.equal(doc.meeting, "第一届全国人民代表大会第四次会議"); // as the source writes it (会 simplified, 議 traditional)
  assert.ok(sourceText("national/national_1957.txt").includes(doc.meeting));
  const text = sourceText("national/national_1957.txt");
  const sents = tables.sentences.filter((s) => s.doc_id === doc.doc_id);
  let written = 0;
  for (const s of sents) {
    // the sentence is the source's own characters: every traditional character of the span is kept
    const src = text.slice(s.start, s.end);
    for (const ch of s.text) if (scriptCues.traditional_only.includes(ch)) assert.ok(src.includes(ch), `${s.sentence_id}: ${ch}`);
    assert.equal(traditionalCount(s.text), traditionalCount(src.normalize("NFKC")), `${s.sentence_id} keeps its traditional characters`);
    if (traditionalCount(s.text) > 0) written++;
  }
  assert.ok(written > 20, `${written} sentences with traditional characters`);
  const inds = tables.indicators.filter((r) => r.doc_id === doc.doc_id);
  assert.ok(inds.length > 0);
  for (const r of inds) {
    const span = text.slice(r.value_start, r.value_end);
    assert.ok(span.length > 0, r.indicator_id);
  }
  // the 1954 report, almost all traditional, yields indicator rows with metric ids through the simplified form
  const y1954 = tables.indicators.filter((r) => r.source === "national/national_1954.txt");
  assert.ok(y1954.length >= 20, `${y1954.length} indicators in 1954`);
  assert.ok(y1954.some((r) => traditionalCount(r.sentence) > 0), "1954 sentences as written");
});

Deno.test("simplify: a metric of a traditional report is written as the report writes it, also when its words come from a sentence before", async () => {
  const toTraditional = (await import("opencc-js/cn2t")).Converter({ from: "cn", to: "t" });
  const { tables } = await corpus();
  const trad = new Set(tables.documents.filter((d) => d.script === "traditional").map((d) => d.doc_id));
  const bad: string[] = [];
  let rows = 0;
  for (const r of tables.indicators) {
    if (!trad.has(r.doc_id)) continue;
    rows++;
    const text = sourceText(r.source);
    // a simplified character the report never writes, whose traditional form it writes, is one left unmapped
    for (const ch of r.metric) {
      const t = toTraditional(ch);
      if (t !== ch && !text.includes(ch) && text.includes(t)) bad.push(`${r.indicator_id}: ${r.metric} (${ch})`);
    }
  }
  assert.ok(rows > 100, `${rows} rows of traditional reports`);
  assert.deepEqual(bad, []);
});
