/**
 * The table files of a run, in one place: which tables exist, their column
 * order and schema, rendered as CSV text ready to be written atomically.
 */
import type { z } from "zod";
import { columns, type RowRule } from "./columns.ts";
import { DocumentRow } from "./documents.ts";
import { SectionRow } from "./sections.ts";
import { SentenceRow } from "./sentences.ts";
import { IndicatorRow, maskedExactlyWhenEmpty, unitUnlessRank } from "./indicators.ts";
import { GoalRow } from "./goals.ts";
import { PanelRow } from "./panel.ts";
import { TermRow } from "./terms.ts";
import { rowValidator } from "./validate.ts";

/** All tables' rows from one or more sources. */
export interface Tables {
  documents: DocumentRow[];
  sections: SectionRow[];
  sentences: SentenceRow[];
  indicators: IndicatorRow[];
  goals: GoalRow[];
  terms: TermRow[];
}

/** Every table the workspace writes, with its row schema, in writing order. */
export const SCHEMAS = {
  documents: DocumentRow,
  sections: SectionRow,
  sentences: SentenceRow,
  indicators: IndicatorRow,
  goals: GoalRow,
  panel: PanelRow,
  terms: TermRow,
} as const;
export type TableName = keyof typeof SCHEMAS;

/**
 * Column names of a table, in order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(tableColumns("terms").slice(0, 4), ["doc_id", "term", "kind", "category"]);
 * ```
 */
export function tableColumns(name: TableName): string[] {
  return columns(SCHEMAS[name] as unknown as z.ZodObject<z.ZodRawShape>);
}


// deno-lint-ignore no-explicit-any
function fieldKind(schema: any, col: string): "number" | "boolean" | "string" {
  const shape = schema.shape ?? schema.def?.in?.shape;
  let f = shape?.[col];
  for (let i = 0; i < 4 && f; i++) {
    const t = f.def?.type;
    if (t === "number") return "number";
    if (t === "boolean") return "boolean";
    if (t === "nullable" || t === "optional") {
      f = f.def.innerType;
      continue;
    }
    break;
  }
  return "string";
}

/**
 * The type of each column of a table ("number", "boolean" or "string"), read
 * from its row schema: for typed outputs (Parquet) and for reading CSV back.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const kinds = columnKinds("indicators");
 * assert.deepEqual([kinds.metric, kinds.value, kinds.masked], ["string", "number", "boolean"]);
 * ```
 */
export function columnKinds(name: TableName): Record<string, "number" | "boolean" | "string"> {
  return Object.fromEntries(tableColumns(name).map((c) => [c, fieldKind(SCHEMAS[name], c)]));
}

/**
 * The storage type of each column, for typed outputs: like columnKinds, with
 * whole-number columns (offsets, years, counts: `z.number().int()`) told
 * apart as "integer", so Parquet stores them as integers, not doubles.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(columnTypes("indicators").start, "integer");
 * assert.equal(columnTypes("indicators").value, "number");
 * ```
 */
export function columnTypes(name: TableName): Record<string, "integer" | "number" | "boolean" | "string"> {
  // deno-lint-ignore no-explicit-any
  const schema: any = SCHEMAS[name];
  const shape = schema.shape ?? schema.def?.in?.shape;
  return Object.fromEntries(tableColumns(name).map((c) => {
    const kind = fieldKind(SCHEMAS[name], c);
    let f = shape?.[c];
    while (f && (f.def?.type === "nullable" || f.def?.type === "optional")) f = f.def.innerType;
    return [c, kind === "number" && f?.isInt ? "integer" : kind];
  }));
}

/** The cross-field rules each schema is refined with (validate.ts runs them beside the column checks). */
// deno-lint-ignore no-explicit-any
const RULES: Partial<Record<TableName, RowRule<any>[]>> = { indicators: [maskedExactlyWhenEmpty, unitUnlessRank] };

const validators = new Map<TableName, (row: unknown) => string | null>();

/**
 * The compiled row validator of a table (see validate.ts): null for a good row, else the problem.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.match(tableValidator("documents")({ doc_id: "seeds/003_x.txt#1" }) ?? "", /^source: /);
 * ```
 */
export function tableValidator(name: TableName): (row: unknown) => string | null {
  let v = validators.get(name);
  if (!v) validators.set(name, v = rowValidator(SCHEMAS[name], RULES[name]));
  return v;
}

/**
 * Check every row of a file's tables against its schema; throws with the
 * table, row and field at fault. Run where rows are made (per file, in the
 * workers), so a bad row refuses its file instead of failing the whole run.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import type { Tables } from "./tables.ts";
 * const empty: Tables = { documents: [], sections: [], sentences: [], indicators: [], goals: [], terms: [] };
 * validateTables(empty); // nothing to refuse
 * const bad = { term: "六稳" } as unknown as (typeof empty.terms)[number];
 * assert.throws(() => validateTables({ ...empty, terms: [bad] }), /row 1 of terms is invalid: doc_id: /);
 * ```
 */
export function validateTables(t: Tables): void {
  for (const name of Object.keys(t) as (keyof Tables)[]) validateRows(name, t[name] as unknown[]);
}

/**
 * Check the rows of one table against its schema; throws with the table, row and field at fault.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.throws(() => validateRows("sections", [{ doc_id: "seeds/003_x.txt#1", level: 0 }]), /row 1 of sections is invalid/);
 * ```
 */
export function validateRows(name: TableName, rows: unknown[]): void {
  const check = tableValidator(name);
  for (let i = 0; i < rows.length; i++) {
    const problem = check(rows[i]);
    if (problem) throw new Error(`row ${i + 1} of ${name} is invalid: ${problem}`);
  }
}
