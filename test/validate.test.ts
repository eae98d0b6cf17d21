/** The compiled row checks (lib/tables/validate.ts) give zod's verdict on real rows and on every kind of broken one. */
import { corpus } from "./corpus.ts";
import { SCHEMAS, type TableName, tableColumns, tableValidator } from "../lib/tables/tables.ts";
import { allRows } from "../lib/run/pipeline.ts";
import { assert_, assertEquals } from "./assert.ts";

const BAD_VALUES: unknown[] = [undefined, null, "", "x", -1, 0, 1.5, NaN, Infinity, 1e300, true, "2025-13", "1999", "target", "level"];

Deno.test("validate: compiled checks and zod agree on every corpus row and on each field of a sample set to each bad value", async () => {
  const rows = allRows((await corpus()).tables);
  let compared = 0, refused = 0;
  for (const name of Object.keys(SCHEMAS) as TableName[]) {
    const check = tableValidator(name);
    const schema = SCHEMAS[name];
    const sample = rows[name].filter((_, i) => i % 97 === 0).slice(0, 20);
    assert_(sample.length > 0, `no ${name} rows`);
    for (const row of rows[name]) assertEquals(check(row), null, `${name} ${JSON.stringify(row).slice(0, 200)}`);
    compared += rows[name].length;
    for (const row of sample) {
      for (const col of tableColumns(name)) {
        for (const bad of BAD_VALUES) {
          const broken = { ...row, [col]: bad };
          const zodOk = schema.safeParse(broken).success;
          const problem = check(broken);
          assertEquals(problem === null, zodOk, `${name}.${col} = ${String(bad)}: zod ${zodOk ? "accepts" : "refuses"}, compiled check says ${problem}`);
          if (problem) {
            refused++;
            assert_(!problem.includes("a bug in validate.ts"), problem);
          }
          compared++;
        }
      }
    }
  }
  assert_(refused > 1000 && compared > 50_000, `${compared} compared, ${refused} refused`);
});

Deno.test("validate: a masked indicator with a value is refused with the schema's own words", async () => {
  const row = (await corpus()).tables.indicators.find((r) => !r.masked)!;
  assertEquals(tableValidator("indicators")({ ...row, masked: true }), "value is empty exactly when masked");
  assertEquals(tableValidator("indicators")({ ...row, unit: undefined }), "unit: Invalid input: expected string, received undefined");
});
