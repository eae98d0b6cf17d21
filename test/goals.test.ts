import { assert } from "./assert.ts";
import { runCase } from "./cases.ts";
import cases from "./cases/goals.json" with { type: "json" };

for (const c of cases) {
  Deno.test(`goals: ${c.name}`, () => {
    const { text, tables: t } = runCase(c);
    const got = t.goals.map((g) => ({ text: g.text, lead: g.lead, kind: g.kind, horizon: g.horizon, target_year: g.target_year, theme: g.theme }));
    assert.equal(got.length, c.goals.length, JSON.stringify(got, null, 1));
    c.goals.forEach((want, i) => {
      for (const [k, v] of Object.entries(want)) assert.deepEqual(got[i][k as keyof typeof got[number]], v, `goal ${i + 1} ${k}: ${JSON.stringify(got[i])}`);
      // the span is the text, without marker or separator
      const g = t.goals[i];
      assert.equal(text.slice(g.start, g.end), g.text);
    });
  });
}
