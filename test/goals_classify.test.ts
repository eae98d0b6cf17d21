/** The goal classifiers against their case tables (lib/stages/goals/cases/*.json). */
import { assert } from "./assert.ts";
import { horizonOf, type KindInput, kindOf, targetYearOf, type When } from "../lib/stages/goals/classify.ts";
import kindCases from "../lib/stages/goals/cases/kind.json" with { type: "json" };
import horizonCases from "../lib/stages/goals/cases/horizon.json" with { type: "json" };
import yearCases from "../lib/stages/goals/cases/target_year.json" with { type: "json" };

Deno.test("case tables hold at least 15 cases each", () => {
  for (const t of [kindCases, horizonCases, yearCases]) assert.ok(t.length >= 15, `${t.length} cases`);
});
for (const c of kindCases) {
  Deno.test(`kindOf: ${c.name}`, () => assert.equal(kindOf(c.input as KindInput), c.want, c.input.text));
}
for (const c of horizonCases) {
  Deno.test(`horizonOf: ${c.name}`, () => assert.equal(horizonOf(c.when as When), c.want));
}
for (const c of yearCases) {
  Deno.test(`targetYearOf: ${c.name}`, () => assert.equal(targetYearOf(c.when as When), c.want));
}
