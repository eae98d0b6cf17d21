/**
 * Hostile inputs for checking that no stage's running time blows up: long
 * runs of digits, of "x", of "、", of spaces, deeply repeated list markers,
 * and a report squeezed onto one line. Used by the tests (linear growth) and
 * the benchmark (seconds per megabyte).
 */

/**
 * Each hostile text, built to about `size` UTF-16 units.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const texts = hostileTexts(1000);
 * assert.ok(texts.target_list.startsWith("2025年某市政府工作报告\n"));
 * assert.ok(texts.target_list.includes("主要预期目标是:地区生产总值增长5%左右、"));
 * for (const t of Object.values(texts)) assert.ok(t.length >= 1000 && t.length < 1100);
 * ```
 */
export function hostileTexts(size: number, report = ""): Record<string, string> {
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const head = "2025年某市政府工作报告\n各位代表:\n现在,我代表市人民政府向大会报告工作。\n";
  return {
    digits: head + fill("1234567890"),
    x_runs: head + fill("x"),
    masked_units: head + fill("xx%、x.xx万元,"),
    enumeration_commas: head + fill("、"),
    spaces: head + fill(" "),
    ideographic_spaces: head + fill("\u3000"),
    list_markers: head + fill("一、(一)1.一是——"),
    percent_runs: head + fill("1%"),
    target_list: head + "主要预期目标是:" + fill("地区生产总值增长5%左右、"),
    dated_aims: head + fill("到2025年,地区生产总值突破1万亿元。"),
    quotes: head + fill("“六稳”"),
    braces: head + fill("}"),
    one_line_report: report ? head + fill(report.replace(/\s+/g, "")) : head + fill("地区生产总值增长8%左右,城镇新增就业110万人以上。"),
  };
}
