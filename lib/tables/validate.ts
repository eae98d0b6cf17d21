/**
 * Checking rows against the table schemas, fast enough to run on every row
 * of every file.
 *
 * The zod schemas of the table files (documents.ts … terms.ts) stay the one definition of a valid row. Each
 * is compiled once, through its JSON Schema (`z.toJSONSchema`), into one
 * generated function of plain tests per column (type, null allowed, integer,
 * bounds, length, enum, pattern), run with the schema's cross-field rules;
 * a row that fails them is then
 * handed to zod itself, so the message a user sees is zod's. Compiled checks
 * run about five times faster than zod's parser, which matters at hundreds of
 * thousands of rows per run (test/validate.test.ts holds both to the same
 * verdicts).
 */
import { z } from "zod";
import type { RowRule } from "./columns.ts";

/** A column's JSON Schema, as zod writes it. */
interface JsonField {
  type?: "string" | "number" | "integer" | "boolean" | "null";
  anyOf?: JsonField[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

/**
 * The test of one column as a JavaScript expression over `v`; regexes and
 * enum sets go into `consts` and are referred to as `c[i]`.
 */
function fieldExpression(f: JsonField, consts: unknown[]): string {
  const ref = (x: unknown) => `c[${consts.push(x) - 1}]`;
  if (f.anyOf) {
    const nullable = f.anyOf.some((x) => x.type === "null");
    const others = f.anyOf.filter((x) => x.type !== "null").map((x) => `(${fieldExpression(x, consts)})`);
    return [...(nullable ? ["v === null"] : []), ...others].join(" || ") || "false";
  }
  const parts: string[] = [];
  switch (f.type) {
    case "string":
      parts.push(`typeof v === "string"`);
      if (f.minLength !== undefined) parts.push(`v.length >= ${f.minLength}`);
      if (f.maxLength !== undefined) parts.push(`v.length <= ${f.maxLength}`);
      if (f.pattern !== undefined) parts.push(`${ref(new RegExp(f.pattern, "u"))}.test(v)`);
      if (f.enum) parts.push(`${ref(new Set(f.enum))}.has(v)`);
      break;
    case "number":
    case "integer":
      parts.push(f.type === "integer" ? "Number.isSafeInteger(v)" : `typeof v === "number" && Number.isFinite(v)`);
      if (f.minimum !== undefined) parts.push(`v >= ${f.minimum}`);
      if (f.maximum !== undefined) parts.push(`v <= ${f.maximum}`);
      if (f.exclusiveMinimum !== undefined) parts.push(`v > ${f.exclusiveMinimum}`);
      if (f.exclusiveMaximum !== undefined) parts.push(`v < ${f.exclusiveMaximum}`);
      break;
    case "boolean":
      parts.push(`typeof v === "boolean"`);
      break;
    case "null":
      parts.push("v === null");
      break;
    default:
      throw new Error(`validate.ts cannot compile the column schema ${JSON.stringify(f)}`);
  }
  return parts.join(" && ");
}

/**
 * A validator for rows of one table: returns null for a valid row, else the
 * problem as zod words it ("unit: Invalid input: expected string, received undefined").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { TermRow } from "./terms.ts";
 * const check = rowValidator(TermRow);
 * const row = { doc_id: "seeds/003_x.txt#1", source: "seeds/003_x.txt", term: "六稳", kind: "quoted", category: "", count: 2,
 *   per_10k_chars: 0.5, first_start: 10, first_end: 12, region: "大连市", level: "city", year: 2022 };
 * assert.equal(check(row), null);
 * assert.equal(check({ ...row, term: "" }), "term: Too small: expected string to have >=1 characters");
 * ```
 */
// deno-lint-ignore no-explicit-any
export function rowValidator(schema: z.ZodType, rules: RowRule<any>[] = []): (row: unknown) => string | null {
  const json = z.toJSONSchema(schema, { unrepresentable: "throw" }) as { properties: Record<string, JsonField>; required?: string[] };
  // one function checks a whole row, each column read by name in its code
  const consts: unknown[] = [];
  const body = Object.entries(json.properties).map(([name, f]) => {
    const optional = !(json.required ?? []).includes(name);
    const test = fieldExpression(f, consts);
    return `v = r[${JSON.stringify(name)}]; if (!(${optional ? `v === undefined || ` : ""}${test})) return false;`;
  }).join("\n");
  const columnsOk = new Function("c", `return (r) => { let v;\n${body}\nreturn true; };`)(consts) as (row: unknown) => boolean;
  const zodVerdict = (row: unknown): string | null => {
    const r = schema.safeParse(row);
    if (r.success) return null;
    const issue = r.error.issues[0];
    return `${issue.path.join(".")}${issue.path.length ? ": " : ""}${issue.message}`;
  };
  return (row) => {
    const ok = typeof row === "object" && row !== null && columnsOk(row) && rules.every((rule) => rule.check(row));
    if (ok) return null;
    return zodVerdict(row) ?? "the row breaks a check that zod does not make (a bug in validate.ts)";
  };
}
