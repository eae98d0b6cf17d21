/**
 * Numbers that are no indicator (lib/stages/indicators/exclude.ts): each case of
 * test/cases/indicators/exclude.json is a passage of real report text, a number in it
 * and the rule expected to rule it out (null: an indicator). The quantity is read the
 * way the stage reads it (findQuantities); the paragraph is the case's text.
 */
import { assert } from "./assert.ts";
import { findQuantities } from "../lib/stages/numbers/numbers.ts";
import { exclusionOf, glossarySpan } from "../lib/stages/indicators/exclude.ts";
import cases from "./cases/indicators/exclude.json" with { type: "json" };

function around(text: string, number: string) {
  const q = findQuantities(text, 0, text.length).find((q) => text.slice(q.a, q.b).startsWith(number));
  if (!q) throw new Error(`test/cases/indicators/exclude.json: no quantity "${number}" in "${text}"`);
  const sentA = Math.max(0, ...[...text.slice(0, q.a)].map((ch, i) => /[。!?]/u.test(ch) ? i + 1 : 0));
  return { text, paraA: 0, sentA, a: q.a, b: q.b, unit: q.unit, masked: q.masked, glossary: glossarySpan(text, 0, text.length) };
}

Deno.test("exclude: every rule has a case it rules out and the table has cases it keeps", () => {
  const rules = new Set(cases.map((c) => c.rule));
  for (const r of ["glossary", "masked_word", "package", "visit", "linked", "benchmark", "peers", "slogan", "hypothetical", "alternatives"]) assert.ok(rules.has(r), r);
  assert.ok(cases.filter((c) => c.rule === null).length >= 8);
});

for (const c of cases) {
  Deno.test(`exclude: ${c.number} in ${c.text.slice(0, 30)}`, () => {
    assert.equal(exclusionOf(around(c.text, c.number)), c.rule);
  });
}
