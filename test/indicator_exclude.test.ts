/**
 * Numbers that are no indicator (lib/stages/indicators/exclude.ts): each case of
 * test/cases/indicators/exclude.json is a passage of real report text, a number in it
 * and the rule expected to rule it out (null: an indicator). The quantity is read the
 * way the stage reads it (findQuantities); the paragraph is the case's text.
 */
import { assert, assert_, assertEquals } from "./assert.ts";
import { rawFiles } from "./corpus.ts";
import { findQuantities } from "../lib/stages/numbers/numbers.ts";
import { exclusionOf, glossarySpan, lastPlaceLead } from "../lib/stages/indicators/exclude.ts";
import cases from "./cases/indicators/exclude.json" with { type: "json" };

function around(text: string, number: string) {
  const q = findQuantities(text, 0, text.length).find((q) => text.slice(q.a, q.b).startsWith(number));
  if (!q) throw new Error(`test/cases/indicators/exclude.json: no quantity "${number}" in "${text}"`);
  const sentA = Math.max(0, ...[...text.slice(0, q.a)].map((ch, i) => /[。!?]/u.test(ch) ? i + 1 : 0));
  return { text, paraA: 0, sentA, a: q.a, b: q.b, unit: q.unit, masked: q.masked, glossary: glossarySpan(text, 0, text.length) };
}

Deno.test("exclude: every rule has a case it rules out and the table has cases it keeps", () => {
  const rules = new Set(cases.map((c) => c.rule));
  for (const r of ["glossary", "masked_word", "package", "visit", "threshold", "document", "linked", "benchmark", "peers", "slogan", "hypothetical", "alternatives", "example", "addressees", "quoted"]) assert.ok(rules.has(r), r);
  assert.ok(cases.filter((c) => c.rule === null).length >= 8);
});

for (const c of cases) {
  Deno.test(`exclude: ${c.number} in ${c.text.slice(0, 30)}`, () => {
    assert.equal(exclusionOf(around(c.text, c.number)), c.rule);
  });
}

Deno.test("exclude: lastPlaceLead is the last match of the paragraph up to each sentence end, as matchAll reads it, in every report of data/raw", () => {
  const place = /(?:^|[。!?])(?:[\p{Script=Han}]{2,3}|[xX]{2,3})省(?:[\p{Script=Han}]{2,3}|[xX]{2,3})(?:市|县)/gu; // (exclude.ts's OTHER_PLACE)
  let checked = 0, found = 0;
  for (const e of rawFiles()) {
    const text = Deno.readTextFileSync(e);
    for (let paraA = 0; paraA < text.length;) {
      const nl = text.indexOf("\n", paraA);
      const paraB = nl < 0 ? text.length : nl;
      // every prefix of the paragraph ending at a sentence end, and cut one to three characters short of it
      for (let i = text.indexOf("。", paraA); i >= 0 && i < paraB; i = text.indexOf("。", i + 1)) {
        for (const end of [i - 3, i - 2, i - 1, i, i + 1]) {
          if (end < paraA) continue;
          const para = text.slice(paraA, end);
          let want = -1;
          for (const m of para.matchAll(place)) want = m.index;
          assertEquals(lastPlaceLead(text, paraA, para), want, `${e} at ${end}`);
          checked++;
          if (want >= 0) found++;
        }
      }
      paraA = paraB + 1;
    }
  }
  assert_(checked > 10000 && found > 100, `${checked} prefixes, ${found} with a place`);
});

