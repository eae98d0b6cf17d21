import { assert } from "./assert.ts";
import { readText } from "../lib/pipeline.ts";
import { baseRows } from "../lib/pipeline.ts";
import cases from "./cases/indicators.json" with { type: "json" };

const HEADINGS: Record<string, (y: number) => string> = {
  review: (y) => `一、${y - 1}年主要工作`,
  plan: (y) => `二、${y}年重点工作安排`,
};

for (const c of cases) {
  Deno.test(`indicators: ${c.name}`, () => {
    const text = `${HEADINGS[c.section](c.year)}\n${c.text}\n`;
    const docs = readText("case.txt", text, "utf-8", { facts: { year: c.year, kind: "government_work_report" }, minChars: 1 });
    const rows = baseRows(docs).indicators;
    const got = rows.map((r) => {
      const o: Record<string, unknown> = {};
      for (const k of ["metric", "metric_id", "measure", "value", "value_max", "unit", "qualifier", "qualifier_text", "status", "period", "masked", "baseline", "benchmark"]) {
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
