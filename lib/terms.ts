/**
 * Stage 11: terms — how often a document uses its slogans and key phrases.
 *
 * Terms come from two sources: every phrase the document puts in Chinese
 * quotation marks (“六稳”, “放管服”), and the key-phrase dictionary
 * (`data/dictionary/terms.json`). Counting runs over the cleaned text (noise
 * removed) and takes the longest term at each place, so 全面建成小康社会 is not
 * also counted as 小康社会; a count includes quoted and unquoted uses.
 */
import { termDictionary } from "./dictionary.ts";
import type { Document } from "./pipeline.ts";

/** One document × term. */
export interface Term {
  term: string;
  kind: "quoted" | "dictionary" | "both";
  category: string;
  count: number;
  /** cleaned-text span of the first use */
  a: number;
  b: number;
}

const dictCategory = new Map(termDictionary.terms.map((t) => [t.term, t.category]));
const QUOTED = /“([^“”\n,;:。!?、]{2,12})”/gu;

/** Terms grouped by their first UTF-16 unit, longest first (ties in code-unit order). */
type TermIndex = Map<number, string[]>;

function indexTerms(terms: Iterable<string>, into: TermIndex = new Map()): TermIndex {
  for (const t of terms) {
    const c = t.charCodeAt(0);
    const list = into.get(c);
    if (list) list.push(t);
    else into.set(c, [t]);
  }
  for (const list of into.values()) list.sort((x, y) => y.length - x.length || (x < y ? -1 : x > y ? 1 : 0));
  return into;
}

const dictIndex = indexTerms(dictCategory.keys());

/** The longest term of either index that starts at `i` of `text` and ends by `end`, or "". */
function longestAt(text: string, i: number, end: number, c: number, quotedIndex: TermIndex): string {
  const best = longestIn(dictIndex.get(c), text, i, end);
  const q = longestIn(quotedIndex.get(c), text, i, end);
  return q.length > best.length ? q : best;
}

function longestIn(list: string[] | undefined, text: string, i: number, end: number): string {
  if (!list) return "";
  for (const t of list) if (i + t.length <= end && text.startsWith(t, i)) return t; // longest first
  return "";
}

/** First UTF-16 units that start some dictionary term, and first pairs: quick tests before the lookup (every term has two characters or more). */
const dictFirst = new Uint8Array(65536);
for (const c of dictIndex.keys()) dictFirst[c] = 1;
const pairOf = (t: string) => t.charCodeAt(0) * 65536 + t.charCodeAt(1);
const dictPairs = new Set([...dictCategory.keys()].map(pairOf));

/**
 * Terms of one document.
 *
 * @example
 * ```ts
 * const [doc] = readSource("seeds/003_x.txt", bytes);
 * terms(doc).find((t) => t.term === "六稳"); // { kind: "quoted", count: 1, … }
 * ```
 */
export function terms(doc: Document): Term[] {
  const text = doc.clean.text;
  const quoted = new Set<string>();
  QUOTED.lastIndex = 0;
  for (const m of text.slice(doc.a, doc.b).matchAll(QUOTED)) if (!/^[\d.%]+$/u.test(m[1])) quoted.add(m[1]);
  const quotedIndex = indexTerms([...quoted].filter((q) => !dictCategory.has(q)));
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
  const first = quotedIndex.size ? dictFirst.slice() : dictFirst;
  for (const c of quotedIndex.keys()) first[c] = 1;
  const pairs = quotedIndex.size ? new Set([...dictPairs, ...[...quoted].map(pairOf)]) : dictPairs;
  for (let i = doc.a; i < doc.b;) {
    const c = text.charCodeAt(i);
    const t = first[c] && pairs.has(c * 65536 + text.charCodeAt(i + 1)) ? longestAt(text, i, doc.b, c, quotedIndex) : "";
    if (!t) {
      i++;
      continue;
    }
    bump(t, i);
    for (const inner of termDictionary.also_counts[t] ?? []) bump(inner, i + t.indexOf(inner));
    i += t.length;
  }
  return [...found.values()].sort((x, y) => y.count - x.count || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0));
}
