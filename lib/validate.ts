/**
 * Checking rows against the table schemas, fast enough to run on every row
 * of every file.
 *
 * The zod schemas of schema.ts stay the one definition of a valid row. Each
 * is compiled once, through its JSON Schema (`z.toJSONSchema`), into plain
 * checks per column (type, null allowed, integer, bounds, length, enum,
 * pattern) plus the schema's cross-field rules; a row that fails them is then
 * handed to zod itself, so the message a user sees is zod's. Compiled checks
 * run about ten times faster than zod's parser, which matters at hundreds of
 * thousands of rows per run (test/validate.test.ts holds both to the same
 * verdicts).
 */
import { z } from "zod";
import type { RowRule } from "./schema.ts";
import { fieldReader } from "./hot.ts";

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

type Check = (v: unknown) => boolean;

function compileField(f: JsonField): Check {
  if (f.anyOf) {
    const nullable = f.anyOf.some((x) => x.type === "null");
    const others = f.anyOf.filter((x) => x.type !== "null").map(compileField);
    return (v) => (v === null && nullable) || others.some((c) => c(v));
  }
  const checks: Check[] = [];
  switch (f.type) {
    case "string":
      checks.push((v) => typeof v === "string");
      if (f.minLength !== undefined) checks.push((v) => (v as string).length >= f.minLength!);
      if (f.maxLength !== undefined) checks.push((v) => (v as string).length <= f.maxLength!);
      if (f.pattern !== undefined) {
        const re = new RegExp(f.pattern, "u");
        checks.push((v) => re.test(v as string));
      }
      if (f.enum) {
        const allowed = new Set(f.enum);
        checks.push((v) => allowed.has(v));
      }
      break;
    case "number":
    case "integer":
      checks.push(f.type === "integer" ? (v) => Number.isSafeInteger(v) : (v) => typeof v === "number" && Number.isFinite(v));
      if (f.minimum !== undefined) checks.push((v) => (v as number) >= f.minimum!);
      if (f.maximum !== undefined) checks.push((v) => (v as number) <= f.maximum!);
      if (f.exclusiveMinimum !== undefined) checks.push((v) => (v as number) > f.exclusiveMinimum!);
      if (f.exclusiveMaximum !== undefined) checks.push((v) => (v as number) < f.exclusiveMaximum!);
      break;
    case "boolean":
      checks.push((v) => typeof v === "boolean");
      break;
    case "null":
      checks.push((v) => v === null);
      break;
    default:
      throw new Error(`validate.ts cannot compile the column schema ${JSON.stringify(f)}`);
  }
  if (checks.length === 1) return checks[0];
  return (v) => {
    for (const c of checks) if (!c(v)) return false;
    return true;
  };
}

/**
 * A validator for rows of one table: returns null for a valid row, else the
 * problem as zod words it ("unit: Invalid input: expected string, received undefined").
 *
 * @example
 * ```ts
 * const check = rowValidator(TermRow);
 * check({ doc_id: "seeds/003_x.txt#1", term: "六稳", kind: "quoted", … }); // null
 * check({ …, term: "" }); // "term: Too small: expected string to have >=1 characters"
 * ```
 */
// deno-lint-ignore no-explicit-any
export function rowValidator(schema: z.ZodType, rules: RowRule<any>[] = []): (row: unknown) => string | null {
  const json = z.toJSONSchema(schema, { unrepresentable: "throw" }) as { properties: Record<string, JsonField>; required?: string[] };
  const fields = Object.entries(json.properties).map(([name, f]) => {
    const check = compileField(f);
    const optional = !(json.required ?? []).includes(name);
    return { name, check: optional ? (v: unknown) => v === undefined || check(v) : check };
  });
  const zodVerdict = (row: unknown): string | null => {
    const r = schema.safeParse(row);
    if (r.success) return null;
    const issue = r.error.issues[0];
    return `${issue.path.join(".")}${issue.path.length ? ": " : ""}${issue.message}`;
  };
  const read = fieldReader(fields.map((f) => f.name));
  const checks = fields.map((f) => f.check);
  return (row) => {
    let ok = typeof row === "object" && row !== null;
    if (ok) {
      const values = read(row);
      for (let i = 0; i < checks.length; i++) {
        if (!checks[i](values[i])) {
          ok = false;
          break;
        }
      }
      if (ok) for (const rule of rules) if (!rule.check(row)) ok = false;
    }
    if (ok) return null;
    return zodVerdict(row) ?? "the row breaks a check that zod does not make (a bug in validate.ts)";
  };
}
