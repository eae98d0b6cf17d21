/**
 * Stage 11: terms — how often a document uses its slogans and key phrases.
 *
 * Terms come from two sources: every phrase the document puts in Chinese
 * quotation marks (“六稳”, “放管服”), and the key-phrase dictionary
 * (`data/dictionary/terms.json`). Counting runs over the cleaned text (noise
 * removed) and takes the longest term at each place, so 全面建成小康社会 is not
 * also counted as 小康社会; a count includes quoted and unquoted uses.
 */
import { termDictionary } from "../dictionary/dictionary.ts";
import { matches, PhraseIndex } from "../text/hot.ts";
import type { Document } from "./document.ts";
import type { TermKind } from "../tables/terms.ts";

/** One document × term. */
export interface Term {
  term: string;
  kind: TermKind;
  category: string;
  count: number;
  /** cleaned-text span of the first use */
  a: number;
  b: number;
}

const dictCategory = new Map(termDictionary.terms.map((t) => [t.term, t.category]));
const QUOTED = /“([^“”\n,;:。!?、]{2,12})”/gu;

/**
 * Terms of one document.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readText } from "../run/pipeline.ts";
 * const text = "2022年政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2021年主要工作\n扎实做好“六稳”工作，全面落实“六保”任务。坚持“六稳”。\n";
 * const [doc] = readText("x.txt", text, "utf-8", { minChars: 1 });
 * const t = terms(doc).find((t) => t.term === "六稳")!;
 * assert.deepEqual([t.kind, t.category, t.count], ["both", "social", 2]);
 * ```
 */
export function terms(doc: Document): Term[] {
  const text = doc.clean.text;
  const quoted = new Set<string>();
  for (const m of matches(QUOTED, text.slice(doc.a, doc.b))) if (!/^[\d.%]+$/u.test(m[1])) quoted.add(m[1]);
  const found = new Map<string, Term>();
  const bump = (term: string, at: number) => {
    const t = found.get(term);
    if (t) t.count++;
    else {
      const inDict = dictCategory.has(term);
      const kind = quoted.has(term) ? (inDict ? "both" : "quoted") : "dictionary";
      found.set(term, { term, kind, category: dictCategory.get(term) ?? "", count: 1, a: at, b: at + term.length });
    }
  };
  // leftmost-longest, non-overlapping: at each place the longest term that starts there
  const index = new PhraseIndex(new Set([...dictCategory.keys(), ...quoted]));
  for (const { index: i, phrase: t } of index.scan(text, doc.a, doc.b)) {
    bump(t, i);
    for (const inner of termDictionary.also_counts[t] ?? []) bump(inner, i + t.indexOf(inner));
  }
  return [...found.values()].sort((x, y) => y.count - x.count || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0));
}
