/**
 * No function in lib/stages/ is longer than 60 lines (issue 15: stages read
 * as short chains of small functions). Every function, method-free arrow
 * function assigned to a name, and its body are measured from the source.
 */
import { tsFiles } from "./ts_files.ts";
import { assert } from "./assert.ts";
import { join, relative } from "node:path";

const LIB = new URL("../lib/", import.meta.url).pathname;
const MAX = 60;

/** The functions of a source with their first line and length in lines (a function's body is matched brace to brace, strings and comments skipped). */
export function functionLengths(source: string): { name: string; line: number; lines: number }[] {
  const out: { name: string; line: number; lines: number }[] = [];
  const head = /^[ \t]*(?:export\s+)?(?:async\s+)?function\*?\s+(\w+)\s*(?:<[^>]*>)?\(|^[ \t]*(?:export\s+)?(?:const|let)\s+(\w+)\s*=\s*(?:async\s*)?\([^)]*\)\s*(?::[^=]+)?=>\s*\{/gm;
  for (const m of source.matchAll(head)) {
    let i = m.index! + m[0].length;
    if (m[1]) {
      // skip the parameter list, then find the body's opening brace
      let depth = 1;
      for (; i < source.length && depth; i++) {
        if (source[i] === "(") depth++;
        else if (source[i] === ")") depth--;
      }
      i = source.indexOf("{", i);
    } else i--;
    const end = matchBrace(source, i);
    const line = source.slice(0, m.index!).split("\n").length + (source[m.index!] === "\n" ? 1 : 0);
    out.push({ name: m[1] ?? m[2], line, lines: source.slice(m.index!, end).split("\n").length });
  }
  return out;
}

/** The position after the brace that closes the one at `open`, skipping strings, template literals, regex literals and comments. */
function matchBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === "/" && s[i + 1] === "/") i = s.indexOf("\n", i) >>> 0;
    else if (c === "/" && s[i + 1] === "*") i = s.indexOf("*/", i + 2) + 1;
    else if (c === "/" && regexCanStart(s, i)) i = regexEnd(s, i);
    else if (c === '"' || c === "'" || c === "`") {
      for (i++; i < s.length && s[i] !== c; i++) if (s[i] === "\\") i++;
    } else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i + 1;
  }
  return s.length;
}

/** Whether a `/` at `i` opens a regex literal (after an operator, a bracket, a comma or `return`), not a division. */
function regexCanStart(s: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (s[j] === " " || s[j] === "\t" || s[j] === "\n")) j--;
  if (j < 0) return true;
  if ("(,=:[!&|?{};+-*%<>~^".includes(s[j])) return true;
  return /(?:return|typeof|case)$/.test(s.slice(Math.max(0, j - 6), j + 1));
}

/** The position of the `/` closing the regex literal opened at `i` (a `/` inside a class or escaped does not close it). */
function regexEnd(s: string, i: number): number {
  let cls = false;
  for (let k = i + 1; k < s.length; k++) {
    const c = s[k];
    if (c === "\\") k++;
    else if (c === "[") cls = true;
    else if (c === "]") cls = false;
    else if (c === "/" && !cls) return k;
    else if (c === "\n") return i; // not a regex after all
  }
  return i;
}


Deno.test("function length: the measure counts a function's lines", () => {
  const src = "export function a(x: number): number {\n  const s = \"}\";\n  return x;\n}\nconst b = (y: string) => {\n  if (/[“\"}]$/u.test(y)) return y;\n  return y;\n};\n";
  assert.deepEqual(functionLengths(src), [{ name: "a", line: 1, lines: 4 }, { name: "b", line: 5, lines: 4 }]);
});

Deno.test(`function length: no function in lib/stages/ is longer than ${MAX} lines`, () => {
  const long: string[] = [];
  let n = 0;
  for (const f of tsFiles(join(LIB, "stages"))) {
    for (const fn of functionLengths(Deno.readTextFileSync(f))) {
      n++;
      if (fn.lines > MAX) long.push(`lib/${relative(LIB, f)}:${fn.line} ${fn.name}: ${fn.lines} lines`);
    }
  }
  assert.ok(n > 150, `${n} functions found`);
  assert.deepEqual(long, []);
});
