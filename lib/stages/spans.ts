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
 * import assert from "node:assert/strict";
 * import { outline } from "./outline.ts";
 * const text = "一、2021年主要工作\n（一）全力推动高质量发展。经济运行稳中向好。\n二、2022年重点工作安排\n";
 * const at = sectionIndex(outline(text, 0, text.length, 2022));
 * assert.equal(at(text.indexOf("经济")), 1); // inside （一）, the innermost
 * assert.equal(at(text.indexOf("重点")), 2);
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
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sentences } from "./outline.ts";
 * const text = "经济运行稳中向好。主要经济指标完成全年目标任务。好于预期。";
 * const within = endIndex(sentences(text, 0, text.length));
 * assert.deepEqual(within(9, text.length), [1, 2]); // the sentences ending after the first
 * ```
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
