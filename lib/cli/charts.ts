/**
 * The figures a write-up needs, built from the tables: the export notebook
 * shows them and `deno task charts` writes them to data/charts as SVG, PNG
 * and Vega-Lite JSON. One list, so both always agree.
 */
import type { Spec } from "../analysis/charts.ts";
import { svgToPng, toSvg, withDefaults } from "../analysis/charts.ts";
import * as fig from "../analysis/figures.ts";
import { rows, ROOT } from "../analysis/workspace.ts";

/** Named figures from the built tables. */
export async function exportFigures(): Promise<{ name: string; spec: Spec }[]> {
  const [docs, inds, panel, terms] = await Promise.all([
    rows("documents"),
    rows("indicators", { columns: ["metric_id", "status"] }), // the one long table: only what the figure counts
    rows("panel"),
    rows("terms"),
  ]);
  return [
    { name: "documents_by_year", spec: fig.documentsByYear(docs) },
    { name: "top_metrics", spec: fig.topMetrics(inds) },
    { name: "national_gdp_growth_targets", spec: fig.targetSeries(panel, "全国", "gdp") },
    { name: "provincial_growth_targets_2025", spec: fig.targetsAcrossRegions(panel, 2025) },
    { name: "provincial_target_2025_vs_outcome_2024", spec: fig.targetVsPrevious(panel, 2025) },
    { name: "attainment", spec: fig.attainment(panel) },
    { name: "national_term_trend", spec: fig.termTrend(terms, docs, ["改革开放", "社会主义市场经济", "高质量发展", "科学发展观", "宏观调控"]) },
  ];
}

/**
 * Write each figure as SVG, PNG (2× scale) and Vega-Lite JSON into a folder.
 * The same tables give byte-identical files.
 */
export async function writeFigures(dir = `${ROOT}data/charts`): Promise<string[]> {
  await Deno.mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const { name, spec } of await exportFigures()) {
    const svg = await toSvg(spec);
    const png = await svgToPng(svg);
    for (const [ext, data] of [["svg", svg], ["vl.json", JSON.stringify(withDefaults(spec), null, 1) + "\n"]] as const) {
      const tmp = `${dir}/${name}.${ext}.tmp`;
      await Deno.writeTextFile(tmp, data);
      await Deno.rename(tmp, `${dir}/${name}.${ext}`);
    }
    await Deno.writeFile(`${dir}/${name}.png.tmp`, png);
    await Deno.rename(`${dir}/${name}.png.tmp`, `${dir}/${name}.png`);
    written.push(name);
  }
  return written;
}

if (import.meta.main) {
  const names = await writeFigures();
  console.error(`wrote ${names.length} charts to data/charts: ${names.join(", ")}`);
}
