/**
 * `matches()` (lib/text/hot.ts) against the `matchAll` it replaced in the
 * denoise, goals and terms stages (matchAll copies its regex on every call,
 * and the copy's compiled code is rebuilt once the compilation cache is
 * collected): on every report of data/raw, for every global regex of the
 * noise dictionary and of the goal cues, the same matches at the same
 * places, and the regex left as matchAll leaves it (lastIndex 0).
 */
import { assert_, assertEquals } from "./assert.ts";
import { matches } from "../lib/text/hot.ts";
import { noise } from "../lib/dictionary/dictionary.ts";
import { goalPatterns } from "../lib/dictionary/goal_cues.ts";
import { rawTexts } from "./corpus.ts";

const texts = rawTexts();
const shape = (ms: RegExpMatchArray[]) => ms.map((m) => [m.index, ...m]);

function sameMatches(name: string, re: RegExp, pieces: string[]): number {
  let found = 0;
  for (const s of pieces) {
    const want = shape([...s.matchAll(re)]);
    assertEquals(shape(matches(re, s)), want, `${name} on ${s.slice(0, 60)}…`);
    assertEquals(re.lastIndex, 0, `${name}: lastIndex after matches()`);
    found += want.length;
  }
  return found;
}

Deno.test("regex copies: matches() finds what matchAll finds for every inline noise pattern, on each report of data/raw", () => {
  let found = 0;
  for (const p of noise.patterns.filter((p) => p.scope === "inline")) {
    found += sameMatches(p.name, new RegExp(p.pattern, "gimu"), texts); // denoise's flags for inline patterns
  }
  assert_(found >= 10, `only ${found} inline noise matches in data/raw`);
});

Deno.test("regex copies: matches() finds what matchAll finds for every global goal cue, on each paragraph of data/raw", () => {
  const paragraphs = texts.flatMap((t) => t.split("\n"));
  const global = Object.entries(goalPatterns).filter((e): e is [string, RegExp] => e[1] instanceof RegExp && e[1].global);
  assert_(global.some(([k]) => k === "intro") && global.some(([k]) => k === "inlineItem"), "goalPatterns.intro and inlineItem are global");
  let found = 0;
  for (const [name, re] of global) found += sameMatches(name, re, paragraphs);
  assert_(found > 1000, `only ${found} goal cue matches in data/raw`);
});
