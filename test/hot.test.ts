/** The hot-loop helpers give what the idioms they replace give, on real report text. */
import { charClass, fieldReader, matches, PhraseIndex } from "../lib/text/hot.ts";
import { regions } from "../lib/dictionary/dictionary.ts";
import { regionForms } from "../lib/dictionary/regions.ts";
import { sourceText } from "./corpus.ts";
import { assert_, assertEquals } from "./assert.ts";

const TEXT = sourceText("provincial-2025/provincial_2025_广东省.txt");

Deno.test("hot: matches() finds what matchAll finds, empty matches included", () => {
  for (const re of [/(\d+(?:\.\d+)?)%/gu, /(?:“[^”]{2,12}”)/gu, /(?=省)/gu, /\d{4}年/g]) {
    const want = [...TEXT.matchAll(re)].map((m) => [m.index, m[0]]);
    const got = [...matches(re, TEXT)].map((m) => [m.index, m[0]]);
    assertEquals(got, want, String(re));
  }
});

Deno.test("hot: charClass() agrees with its regex on every character of a report", () => {
  const re = /[,;:。!?\n、]/u;
  const table = charClass(re);
  for (const ch of new Set(TEXT.normalize("NFKC"))) assertEquals(!!table[ch.charCodeAt(0)], re.test(ch), ch);
});

Deno.test("hot: PhraseIndex finds the place names a longest-first alternation finds", () => {
  const names = regions.provinces.flatMap((p) => [p.name, ...p.short, ...p.cities, ...p.cities.map((c) => c + "市")]);
  const re = new RegExp([...new Set(names)].sort((a, b) => b.length - a.length).join("|"), "gu");
  const want = [...TEXT.matchAll(re)].map((m) => [m.index, m[0]]);
  const got = [...new PhraseIndex(names).scan(TEXT)].map((m) => [m.index, m.phrase]);
  assert_(want.length > 50, `${want.length} places`);
  assertEquals(got, want);
});

Deno.test("hot: PhraseIndex with every county-level name form and one-character phrases finds what the alternation finds (the pair filter skips nothing it should find)", () => {
  const phrases = [...regionForms().keys(), "省", "市", "县", "新", "大"];
  const re = new RegExp([...new Set(phrases)].sort((a, b) => b.length - a.length).join("|"), "gu");
  const index = new PhraseIndex(phrases);
  for (const text of [TEXT, TEXT.slice(0, 2001)]) {
    const want = [...text.matchAll(re)].map((m) => [m.index, m[0]]);
    assert_(want.length > 50, `${want.length} places`);
    assertEquals([...index.scan(text)].map((m) => [m.index, m.phrase]), want);
    assertEquals(index.held(text), new Set(phrases.filter((p) => text.includes(p))));
  }
});

Deno.test("hot: fieldReader() reads fields in the order given, missing ones as undefined", () => {
  const read = fieldReader(["metric", "value", "unit", "period"]);
  assertEquals(read({ unit: "%", metric: "地区生产总值", value: 5 }), ["地区生产总值", 5, "%", undefined]);
});

Deno.test("hot: PhraseIndex.held() finds every phrase that occurs, overlapping ones included", () => {
  const phrases = ["就业", "新增就业", "城镇新增就业", "居民收入", "收入", "不在文中"];
  const want = new Set(phrases.filter((p) => TEXT.includes(p)));
  assert_(want.size >= 4, [...want].join());
  assertEquals(new PhraseIndex(phrases).held(TEXT), want);
});
