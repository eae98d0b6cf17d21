/**
 * One source of truth per table: a column is declared once, in its zod
 * schema (lib/tables/<table>.ts), and everything else follows from it. The
 * row functions make exactly the schema's columns, in its order, for every
 * row of the corpus; the README's data dictionary lists exactly those
 * columns, and names every value of each enum column; and no module outside
 * lib/tables types an enum's values again by hand.
 */
import { tsFiles } from "./ts_files.ts";
import { assert, assertEquals } from "./assert.ts";
import { join, relative } from "node:path";
import { corpus } from "./corpus.ts";
import { panel } from "../lib/stages/panel.ts";
import { SCHEMAS, type TableName, tableColumns } from "../lib/tables/tables.ts";
import { MEASURES } from "../lib/tables/indicators.ts";
import { PANEL_MEASURES } from "../lib/tables/panel.ts";

const ROOT = new URL("../", import.meta.url).pathname;
const NAMES = Object.keys(SCHEMAS) as TableName[];
/** Unions outside lib/tables allowed to spell an enum's values, each with its reason (cases as data). */
const ALLOWED = JSON.parse(Deno.readTextFileSync(new URL("./cases/tables/hand_typed_unions.json", import.meta.url))) as
  { file: string; values: string[]; why: string }[];

/** Every enum column of a table: its name and values. */
function enums(name: TableName): [string, string[]][] {
  // deno-lint-ignore no-explicit-any
  const shape = (SCHEMAS[name] as any).shape as Record<string, { options?: string[] }>;
  return Object.entries(shape).filter(([, f]) => Array.isArray(f.options)).map(([c, f]) => [c, f.options as string[]]);
}

/** The data dictionary of the README: for each table, its rows as [columns, meaning]. */
function dictionary(): Map<string, [string[], string][]> {
  const out = new Map<string, [string[], string][]>();
  let table = "";
  for (const line of Deno.readTextFileSync(join(ROOT, "README.md")).split("\n")) {
    const h = /^### (\w+)\.csv\b/.exec(line);
    if (h) table = h[1];
    else if (/^##? /.test(line)) table = "";
    const row = /^\| ([^|]+) \| (.*) \|$/.exec(line);
    if (!table || !row || row[1] === "column" || row[1].startsWith("---")) continue;
    const rows = out.get(table) ?? [];
    rows.push([row[1].split(",").map((c) => c.trim()), row[2]]);
    out.set(table, rows);
  }
  return out;
}

Deno.test("tables: every row of every table of the corpus has exactly its schema's columns, in order", async () => {
  const { tables } = await corpus();
  const all: Record<TableName, object[]> = { ...tables, panel: panel(tables) };
  for (const name of NAMES) {
    const cols = tableColumns(name);
    assert.ok(all[name].length > 0, `the corpus has no ${name} rows to check`);
    const bad = all[name].findIndex((r) => Object.keys(r).join(",") !== cols.join(","));
    assert.equal(bad, -1, bad < 0 ? "" : `${name} row ${bad + 1} has columns ${Object.keys(all[name][bad])}, its schema ${cols}`);
  }
});

Deno.test("tables: the README's data dictionary lists exactly each table's schema columns", () => {
  const dict = dictionary();
  assertEquals([...dict.keys()].sort(), [...NAMES].sort());
  for (const name of NAMES) {
    const listed = dict.get(name)!.flatMap(([cols]) => cols);
    const twice = listed.filter((c, i) => listed.indexOf(c) !== i);
    assertEquals(twice, [], `README.md lists ${name}.csv columns twice: ${twice}`);
    const cols = tableColumns(name);
    assertEquals(
      { missing: cols.filter((c) => !listed.includes(c)), extra: listed.filter((c) => !cols.includes(c)) },
      { missing: [], extra: [] },
      `README.md's ${name}.csv table and lib/tables/${name}.ts disagree`,
    );
  }
});

Deno.test("tables: the README names every value of every enum column", () => {
  const dict = dictionary();
  for (const name of NAMES) {
    for (const [col, values] of enums(name)) {
      const meaning = dict.get(name)!.find(([cols]) => cols.includes(col))![1];
      const unnamed = values.filter((v) => v !== "" && !meaning.includes("`" + v + "`"));
      assertEquals(unnamed, [], `README.md's ${name}.csv row of ${col} does not name ${unnamed.map((v) => "`" + v + "`")}`);
    }
  }
});

Deno.test("tables: the panel compares indicator measures only", () => {
  assertEquals(PANEL_MEASURES.filter((m) => !(MEASURES as readonly string[]).includes(m)), []);
});


/** The unions of string literals in a module's source that spell an enum column's values, unless allowed. */
function handTyped(rel: string, source: string): string[] {
  const sets = NAMES.flatMap((n) => enums(n).map(([c, v]) => ({ at: `${n}.${c}`, values: new Set(v.filter((x) => x !== "")) })));
  const found: string[] = [];
  // a union of two or more string literals: "review" | "targets" | …
  for (const m of source.matchAll(/"\w*"(?:\s*\|\s*"\w*")+/g)) {
    const values = new Set([...m[0].matchAll(/"(\w*)"/g)].map((x) => x[1]).filter((x) => x !== ""));
    const same = sets.find((s) => s.values.size === values.size && [...values].every((v) => s.values.has(v)));
    if (!same) continue;
    const allowed = ALLOWED.some((a) => a.file === rel && a.values.length === values.size && a.values.every((v) => values.has(v)));
    if (!allowed) found.push(`${rel}: ${m[0]} (derive it from ${same.at} in lib/tables)`);
  }
  return found;
}

Deno.test("tables: no module outside lib/tables types an enum column's values again by hand", () => {
  const files = tsFiles(join(ROOT, "lib")).map((f) => relative(ROOT, f)).filter((f) => !f.startsWith("lib/tables/"));
  assert.ok(files.length > 40);
  assertEquals(files.flatMap((f) => handTyped(f, Deno.readTextFileSync(join(ROOT, f)))), []);
});

Deno.test("tables: the hand-typed union check catches the unions the stages used to declare", () => {
  assertEquals(handTyped("lib/stages/outline.ts", `export type Role = "review" | "targets" | "plan" | "other";`).length, 1);
  assertEquals(handTyped("lib/stages/goals/classify.ts", `export type Horizon = "annual" | "multi_year" | "long_term";`).length, 1);
  assertEquals(handTyped("lib/stages/facts.ts", `export type Level = "national" | "province" | "city" | "county" | "";`).length, 1);
  // the allowed one, and a union that is no column's values
  assertEquals(handTyped("lib/dictionary/regions.ts", `export type RegionLevel = "national" | "province" | "city" | "county";`), []);
  assertEquals(handTyped("lib/stages/numbers/numbers.ts", `after: "" | "approx" | "min" | "max";`), []);
});
