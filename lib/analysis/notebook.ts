/**
 * Showing things in a Jupyter notebook on the Deno kernel: tables as HTML
 * (shape, head and tail), charts as Vega-Lite with an SVG fallback in the
 * same bundle, and HTML pages inline. Outputs go through
 * `Deno.jupyter.display(bundle, {raw: true})`, which nbconvert never drops;
 * outside Jupyter the text form is printed.
 */
import { escapeHtml } from "../text/escape.ts";
import type * as aq from "arquero";
import { type Spec, toSvg, withDefaults } from "./charts.ts";

type Bundle = Record<string, unknown>;

async function display(bundle: Bundle): Promise<void> {
  // deno-lint-ignore no-explicit-any
  const jupyter = (Deno as any).jupyter;
  if (jupyter?.display) {
    await jupyter.display(bundle, { raw: true });
    // let the kernel send the output before the cell reports it is done;
    // without this pause nbconvert now and then records a cell without output
    await new Promise((r) => setTimeout(r, 25));
  } else console.log(bundle["text/plain"] ?? "");
}

const esc = escapeHtml;

function isTable(x: unknown): x is aq.ColumnTable {
  return !!x && typeof (x as aq.ColumnTable).numRows === "function" && typeof (x as aq.ColumnTable).objects === "function";
}

/**
 * An HTML table of rows (an arquero table or an array of objects): its shape,
 * the first `head` rows and the last `tail` rows.
 *
 * @example
 * ```ts
 * tableHtml([{ 地区: "广东省", 目标: 5 }]); // "<div>1 row × 2 columns</div><table>…"
 * ```
 */
export function tableHtml(data: aq.ColumnTable | Record<string, unknown>[], head = 10, tail = 5): string {
  const rows = isTable(data) ? (data.objects() as Record<string, unknown>[]) : data;
  const cols = isTable(data) ? data.columnNames() : [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const n = rows.length;
  const shown = n <= head + tail ? rows.map((r, i) => [i, r] as const) : [
    ...rows.slice(0, head).map((r, i) => [i, r] as const),
    null,
    ...rows.slice(n - tail).map((r, i) => [n - tail + i, r] as const),
  ];
  const th = cols.map((c) => `<th>${esc(c)}</th>`).join("");
  const body = shown.map((x) =>
    x === null
      ? `<tr><td>…</td>${cols.map(() => "<td>…</td>").join("")}</tr>`
      : `<tr><th>${x[0]}</th>${cols.map((c) => `<td>${esc(x[1][c])}</td>`).join("")}</tr>`
  ).join("");
  return `<div style="font-size:90%;color:#555">${n} row${n === 1 ? "" : "s"} × ${cols.length} column${cols.length === 1 ? "" : "s"}</div>` +
    `<table class="dataframe"><thead><tr><th></th>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

function tableText(data: aq.ColumnTable | Record<string, unknown>[], head = 10): string {
  const rows = isTable(data) ? (data.objects({ limit: head }) as Record<string, unknown>[]) : data.slice(0, head);
  const n = isTable(data) ? data.numRows() : data.length;
  return `${n} rows\n` + rows.map((r) => Object.values(r).join("\t")).join("\n");
}

/**
 * Show a table in the notebook.
 *
 * @example
 * ```ts
 * await showTable(await table("documents"));
 * ```
 */
export async function showTable(data: aq.ColumnTable | Record<string, unknown>[], head = 10, tail = 5): Promise<void> {
  await display({ "text/html": tableHtml(data, head, tail), "text/plain": tableText(data, head) });
}

/**
 * Show a Vega-Lite chart: rendered live where Vega-Lite is supported
 * (JupyterLab, VS Code, exported HTML), as SVG elsewhere.
 *
 * @example
 * ```ts
 * await showChart(gdpTargetSeries(panelRows));
 * ```
 */
export async function showChart(spec: Spec): Promise<void> {
  const full = withDefaults(spec);
  await display({
    "application/vnd.vegalite.v5+json": full,
    "image/svg+xml": await toSvg(spec),
    "text/plain": `chart: ${spec.title?.text ?? spec.title ?? spec.mark?.type ?? spec.mark ?? "vega-lite"}`,
  });
}

/** Show an HTML page inline, isolated in an iframe (review pages). */
export async function showPage(html: string, height = 600): Promise<void> {
  const srcdoc = html.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  await display({
    "text/html": `<iframe srcdoc="${srcdoc}" style="width:100%;height:${height}px;border:1px solid #ddd"></iframe>`,
    "text/plain": "review page",
  });
}

/** Show Markdown text. */
export async function showMarkdown(md: string): Promise<void> {
  await display({ "text/markdown": md, "text/plain": md });
}
