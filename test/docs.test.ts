/**
 * Docs that run: every exported function, class and exported arrow-function
 * const of lib/ carries a JSDoc block with a one-line summary and an
 * `@example` whose ```ts block asserts (the examples themselves are run by
 * `deno test --doc lib/`). Folders still being written have their missing
 * examples listed in test/cases/docs_pending.json: the list must match what
 * is missing exactly, so an entry that gains its example must leave the list
 * and a new export without one fails.
 */
import { tsFiles } from "./ts_files.ts";
import { assert, assertEquals } from "./assert.ts";
import { join } from "node:path";

const ROOT = new URL("../", import.meta.url).pathname;
const LIB = join(ROOT, "lib");
const PENDING_FILE = "test/cases/docs_pending.json";
const pending: { folders: string[]; missing: Record<string, string[]> } = JSON.parse(
  Deno.readTextFileSync(join(ROOT, PENDING_FILE)),
);


/** An export with what its JSDoc lacks ("" when nothing). */
export interface DocFinding {
  name: string;
  line: number;
  problem: "" | "no JSDoc" | "no one-line summary" | "no @example" | "no ```ts example" | "example does not assert";
}

const EXPORT =
  /^export\s+(?:default\s+)?(?:async\s+)?function\*?\s*([\w$]+)|^export\s+(?:abstract\s+)?class\s+([\w$]+)|^export\s+const\s+([\w$]+)\s*(?::[^=\n]+)?=\s*(?:async\s+)?(?:function\b|(?:<[^>\n]*>\s*)?\([^)]*\)\s*(?::\s*[^=\n]+)?=>|[\w$]+\s*=>)/gm;

/** The JSDoc block just before `at` (only blank lines and `// deno-lint-ignore` lines between), or null. */
function docBefore(source: string, at: number): string | null {
  const lines = source.slice(0, at).split("\n");
  lines.pop(); // the export's own line, up to the keyword
  while (lines.length && (lines[lines.length - 1].trim() === "" || /^\s*\/\/\s*deno-lint-ignore/.test(lines[lines.length - 1]))) lines.pop();
  const before = lines.join("\n");
  if (!before.trimEnd().endsWith("*/")) return null;
  const open = before.lastIndexOf("/**");
  return open < 0 ? null : before.slice(open);
}

/** What the JSDoc of a block lacks, "" when it has a summary and an asserting ```ts example. */
function docProblem(doc: string | null): DocFinding["problem"] {
  if (doc === null) return "no JSDoc";
  const body = doc.replace(/^\/\*\*/, "").replace(/\*\/$/, "").split("\n").map((l) => l.replace(/^\s*\* ?/, ""));
  const first = body.map((l) => l.trim()).find((l) => l !== "");
  if (!first || first.startsWith("@")) return "no one-line summary";
  const at = body.findIndex((l) => /^\s*@example\b/.test(l));
  if (at < 0) return "no @example";
  const example = body.slice(at).join("\n");
  const block = /```(?:ts|typescript)\b[^\n]*\n([\s\S]*?)```/.exec(example);
  if (!block) return "no ```ts example";
  if (!/\bassert(?:\.\w+)?\s*\(/.test(block[1])) return "example does not assert";
  return "";
}

/** Every export of a module's source that the rule covers, with its problem. */
export function docFindings(source: string): DocFinding[] {
  const out: DocFinding[] = [];
  for (const m of source.matchAll(EXPORT)) {
    const name = m[1] ?? m[2] ?? m[3];
    out.push({ name, line: source.slice(0, m.index).split("\n").length, problem: docProblem(docBefore(source, m.index!)) });
  }
  return out;
}

const inPendingFolder = (file: string) => pending.folders.some((f) => (f.endsWith("/") ? file.startsWith(f) : file === f));

/** Every export lacking its docs, by module. */
function lacking(): Map<string, DocFinding[]> {
  const out = new Map<string, DocFinding[]>();
  for (const file of tsFiles(LIB, ROOT)) {
    const bad = docFindings(Deno.readTextFileSync(join(ROOT, file))).filter((f) => f.problem);
    if (bad.length) out.set(file, bad);
  }
  return out;
}

Deno.test("the doc rule reads exports and their JSDoc as meant", () => {
  const src = [
    "/** Summary.\n *\n * @example\n * ```ts\n * import assert from \"node:assert/strict\";\n * assert.equal(f(), 1);\n * ```\n */",
    "export function f(): number {\n  return 1;\n}",
    "export async function g() {}",
    "/** Only a summary. */\nexport class H {}",
    "/**\n * @example\n * ```ts\n * assert.ok(i);\n * ```\n */\nexport const i = (x: number) => x;",
    "/**\n * Text only.\n *\n * @example\n * ```ts\n * j(); // 2\n * ```\n */\n// deno-lint-ignore require-await\nexport const j = async () => 2;",
    "/** Not a function. */\nexport const K = 3;",
    "/** A type. */\nexport interface L {}",
  ].join("\n");
  assertEquals(docFindings(src).map((f) => [f.name, f.problem]), [
    ["f", ""],
    ["g", "no JSDoc"],
    ["H", "no @example"],
    ["i", "no one-line summary"],
    ["j", "example does not assert"],
  ]);
});

Deno.test("every exported function and class of lib/ has a summary and an asserting example", () => {
  const all = tsFiles(LIB, ROOT).flatMap((file) => docFindings(Deno.readTextFileSync(join(ROOT, file))));
  assert.ok(all.length > 150, `only ${all.length} exports found in lib/: is the export pattern still right?`);
  const bad: string[] = [];
  for (const [file, findings] of lacking()) {
    if (inPendingFolder(file)) continue;
    for (const f of findings) bad.push(`${file}:${f.line} ${f.name}: ${f.problem}`);
  }
  assertEquals(bad, [], `exports without a summary or an asserting @example (see ${PENDING_FILE} for the folders still pending):\n${bad.join("\n")}`);
});

Deno.test(`the exports still lacking examples are exactly those listed in ${PENDING_FILE}`, () => {
  const listedElsewhere = Object.keys(pending.missing).filter((file) => !inPendingFolder(file));
  assertEquals(listedElsewhere, [], `${PENDING_FILE} lists files outside its folders: ${listedElsewhere.join(", ")}`);
  const actual = new Set<string>();
  for (const [file, findings] of lacking()) if (inPendingFolder(file)) for (const f of findings) actual.add(`${file} ${f.name}`);
  const listed = new Set(Object.entries(pending.missing).flatMap(([file, names]) => names.map((n) => `${file} ${n}`)));
  const fresh = [...actual].filter((x) => !listed.has(x)).sort();
  const done = [...listed].filter((x) => !actual.has(x)).sort();
  assertEquals(
    { fresh, done },
    { fresh: [], done: [] },
    `fresh: exports without a summary or an asserting @example, not in ${PENDING_FILE} (write their examples):\n${fresh.join("\n")}\n` +
      `done: listed in ${PENDING_FILE} but no longer lacking (remove them from the list):\n${done.join("\n")}`,
  );
});
