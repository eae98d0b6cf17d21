/**
 * Position look-ups that stay fast on long documents: the innermost section
 * at a position, and the items whose end falls in a range.
 */
import type { Section } from "./outline.ts";

/**
 * Innermost section containing a cleaned-text position, in O(log n + depth).
 *
 * @example
 * ```ts
 * const at = sectionIndex(doc.sections);
 * at(doc.sentences[10].a); // index of the section, or -1
 * ```
 */
export function sectionIndex(sections: Section[]): (pos: number) => number {
  // sections are in document order, nested, each within its parent
  const starts = sections.map((s) => s.a);
  return (pos: number) => {
    let lo = 0, hi = starts.length - 1, k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= pos) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    while (k >= 0 && !(pos < Math.max(sections[k].b, sections[k].a + 1))) k = sections[k].parent;
    return k;
  };
}

/**
 * Items sorted by their end `b`; `within(a, b)` lists the indices of items
 * whose end lies in (a, b].
 */
export function endIndex<T extends { b: number }>(items: T[]): (a: number, b: number) => number[] {
  const order = items.map((_, i) => i).sort((x, y) => items[x].b - items[y].b);
  const ends = order.map((i) => items[i].b);
  const first = (v: number) => {
    let lo = 0, hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (a: number, b: number) => {
    const out: number[] = [];
    for (let k = first(a); k < ends.length && ends[k] <= b; k++) out.push(order[k]);
    return out.sort((x, y) => x - y);
  };
}
