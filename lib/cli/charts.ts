/**
 * The figures a write-up needs, built from the tables: the export notebook
 * shows them and `deno task charts` writes them to data/charts for a paper:
 * `<name>.png` at 300 dpi (resolution stored in the file), `<name>.svg` with
 * every text drawn as glyph outlines (shows the same without the font),
 * `<name>.pdf` drawn from that SVG with PDFKit (vector, no font needed),
 * `<name>.vl.json` (Vega-Lite, data inline). One list, so both always agree;
 * the same tables give byte-identical files. `--labels zh|en|both` chooses
 * the labels' language (default both). Vega's warnings are never printed:
 * a figure with any fails the command, naming it.
 */
import { parseArgs } from "node:util";
import type { Spec } from "../analysis/charts.ts";
import { chartWarnings, svgTextAsPaths, toPrintPng, toSvg, withDefaults } from "../analysis/charts.ts";
import * as fig from "../analysis/figures.ts";
import { rows, ROOT } from "../analysis/workspace.ts";
import { svgToPdf } from "../analysis/pdf.ts";

/**
 * Named figures from the built tables, static (no dropdown), in the labels' language.
 * Reads data/tables (built from data/raw once when missing).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const figures = await exportFigures("zh");
 * assert.equal(figures[0].name, "documents_by_year");
 * const gdp = figures.find((f) => f.name === "national_gdp_growth_targets")!;
 * assert.equal(gdp.spec.title.text, "国内生产总值增长：目标与实际（全国）");
 * ```
 */
export async function exportFigures(labels: fig.Labels = "both"): Promise<{ name: string; spec: Spec }[]> {
  const [docs, inds, panel, terms] = await Promise.all([
    rows("documents"),
    rows("indicators", { columns: ["metric_id", "status"] }), // the one long table: only what the figure counts
    rows("panel"),
    rows("terms"),
  ]);
  return [
    { name: "documents_by_year", spec: fig.documentsByYear(docs, labels) },
    { name: "top_metrics", spec: fig.topMetrics(inds, 20, labels) },
    { name: "national_gdp_growth_targets", spec: fig.targetSeries(panel, "全国", "gdp", { labels }) },
    { name: "provincial_growth_targets_2025", spec: fig.targetsAcrossRegions(panel, 2025, { interactive: false, metric: "gdp", labels }) },
    { name: "provincial_target_2025_vs_outcome_2024", spec: fig.targetVsPrevious(panel, 2025, "gdp", "growth", "province", labels) },
    { name: "attainment", spec: fig.attainment(panel, 3, labels) },
    { name: "national_term_trend", spec: fig.termTrend(terms, docs, ["改革开放", "社会主义市场经济", "高质量发展", "科学发展观", "宏观调控"], "national", "government_work_report", labels) },
  ];
}

async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${path}.tmp`;
  if (typeof data === "string") await Deno.writeTextFile(tmp, data);
  else await Deno.writeFile(tmp, data);
  await Deno.rename(tmp, path);
}

/**
 * Write each figure as PNG (300 dpi), SVG (text as outlines), PDF and
 * Vega-Lite JSON into a folder; refuses a figure Vega warns about.
 * Reads data/tables (built from data/raw once when missing).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * const written = await writeFigures(dir, "zh");
 * assert.ok(written.includes("national_gdp_growth_targets"));
 * const png = await Deno.readFile(`${dir}/national_gdp_growth_targets.png`);
 * assert.equal(new TextDecoder().decode(png.slice(1, 4)), "PNG");
 * assert.ok((await Deno.readTextFile(`${dir}/national_gdp_growth_targets.svg`)).includes("<path"));
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function writeFigures(dir = `${ROOT}data/charts`, labels: fig.Labels = "both"): Promise<string[]> {
  await Deno.mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const { name, spec } of await exportFigures(labels)) {
    const warnings = await chartWarnings(spec);
    if (warnings.length) throw new Error(`Figure "${name}": Vega warns: ${warnings.join("; ")}`);
    if (spec.usermeta?.empty) throw new Error(`Figure "${name}" has nothing to draw: ${spec.usermeta.empty}`);
    const outlines = await svgTextAsPaths(await toSvg(spec));
    await writeAtomic(`${dir}/${name}.svg`, outlines);
    await writeAtomic(`${dir}/${name}.pdf`, await svgToPdf(outlines));
    await writeAtomic(`${dir}/${name}.png`, await toPrintPng(spec, 300));
    await writeAtomic(`${dir}/${name}.vl.json`, JSON.stringify(withDefaults(spec), null, 1) + "\n");
    written.push(name);
  }
  return written;
}

if (import.meta.main) {
  const { values } = parseArgs({ args: Deno.args, options: { labels: { type: "string", default: "both" } } });
  if (!["zh", "en", "both"].includes(values.labels!)) {
    console.error(`--labels must be zh, en or both, not "${values.labels}"`);
    Deno.exit(2);
  }
  const names = await writeFigures(undefined, values.labels as fig.Labels);
  console.error(`wrote ${names.length} figures to data/charts (PNG 300 dpi, SVG with text as outlines, PDF, Vega-Lite JSON): ${names.join(", ")}`);
}
