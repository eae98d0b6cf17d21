import { assert } from "./assert.ts";
import { runCase } from "./cases.ts";
import cases from "./cases/indicators.json" with { type: "json" };

for (const c of cases) {
  Deno.test(`indicators: ${c.name}`, () => {
    const { text, tables } = runCase(c);
    const rows = tables.indicators;
    const got = rows.map((r) => {
      const o: Record<string, unknown> = {};
      for (const k of ["metric", "metric_id", "measure", "value", "value_max", "unit", "qualifier", "qualifier_text", "status", "period", "masked", "baseline", "benchmark", "per_year"]) {
        o[k] = r[k as keyof typeof r];
      }
      o.span = text.slice(r.start, r.end);
      return o;
    });
    assert.equal(got.length, c.rows.length, `rows: ${JSON.stringify(got, null, 1)}`);
    c.rows.forEach((want, i) => {
      for (const [k, v] of Object.entries(want)) {
        assert.deepEqual(got[i][k], v, `row ${i + 1} ${k}: ${JSON.stringify(got[i])}`);
      }
    });
  });
}
