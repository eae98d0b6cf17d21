/**
 * Showing things in a Jupyter notebook on the Deno kernel: tables as HTML
 * (shape, head and tail), charts, HTML pages inline. Outputs go through the
 * kernel's display messages, which nbconvert never drops; outside Jupyter
 * the text form is printed.
 *
 * A chart output carries Vega-Lite (live, with its dropdowns, in JupyterLab
 * and VS Code) and a PNG drawn by resvg with the CJK font (the classic
 * Notebook, exported HTML, GitHub's viewer), shown at the chart's own size.
 * It deliberately carries no `image/svg+xml`: nbconvert (6.5, Debian's)
 * prefers SVG to PNG and then sanitises inline SVG to an empty box. SVG files
 * come from `deno task charts` or `toSvg`.
 *
 * Importing this module makes arquero tables display themselves as HTML when
 * they are a cell's last value (`Symbol.for("Jupyter.display")`).
 */
import { escapeHtml } from "../text/escape.ts";
import * as aq from "arquero";
import { type Spec, svgToPng, toSvg, withDefaults } from "./charts.ts";

type Bundle = Record<string, unknown>;

/** Deno.jupyter inside the kernel; outside it the getter throws, and there is none. */
// deno-lint-ignore no-explicit-any
const jupyter = (): any => {
  try {
    // deno-lint-ignore no-explicit-any
    return (Deno as any).jupyter;
  } catch {
    return undefined;
  }
};

async function display(bundle: Bundle, metadata: Record<string, unknown> = {}): Promise<void> {
  const j = jupyter();
  if (j?.broadcast) {
    await j.broadcast("display_data", { data: bundle, metadata, transient: {} });
  } else if (j?.display) {
    await j.display(bundle, { raw: true });
  } else {
    console.log(bundle["text/plain"] ?? "");
    return;
  }
  // let the kernel send the output before the cell reports it is done;
  // without this pause nbconvert now and then records a cell without output
  await new Promise((r) => setTimeout(r, 25));
}

const esc = escapeHtml;

/** Base64 of bytes, in chunks (String.fromCharCode of a whole PNG at once overflows the stack). */
function encodeBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function isTable(x: unknown): x is aq.ColumnTable {
  return !!x && typeof (x as aq.ColumnTable).numRows === "function" && typeof (x as aq.ColumnTable).objects === "function";
}

/**
 * An HTML table of rows (an arquero table or an array of objects): its shape,
 * the first `head` rows and the last `tail` rows; every value escaped.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const html = tableHtml([{ 地区: "<b>广东省</b>", 目标: 5 }]);
 * assert.ok(html.startsWith('<div style="font-size:90%;color:#555">1 row × 2 columns</div>'));
 * assert.ok(html.includes("<td>&lt;b&gt;广东省&lt;/b&gt;</td>"));
 * ```
 */
export function tableHtml(data: aq.ColumnTable | Record<string, unknown>[], head = 10, tail = 5): string {
  const n = isTable(data) ? data.numRows() : data.length;
  const cols = isTable(data) ? data.columnNames() : [...new Set(data.flatMap((r) => Object.keys(r)))];
  const pick = (offset: number, limit: number): Record<string, unknown>[] =>
    isTable(data) ? (data.objects({ offset, limit }) as Record<string, unknown>[]) : data.slice(offset, offset + limit);
  const shown = n <= head + tail ? pick(0, n).map((r, i) => [i, r] as const) : [
    ...pick(0, head).map((r, i) => [i, r] as const),
    null,
    ...pick(n - tail, tail).map((r, i) => [n - tail + i, r] as const),
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

// an arquero table as a cell's last value shows as HTML, not as its internals
const JUPYTER_DISPLAY = Symbol.for("Jupyter.display");
// deno-lint-ignore no-explicit-any
(aq.ColumnTable.prototype as any)[JUPYTER_DISPLAY] = function (this: aq.ColumnTable) {
  return { "text/html": tableHtml(this), "text/plain": tableText(this) };
};

/**
 * Show a table in the notebook.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const printed: unknown[] = [];
 * const log = console.log;
 * console.log = (x: unknown) => printed.push(x); // outside Jupyter the text form is printed
 * try {
 *   await showTable([{ 地区: "广东省", 目标: 5 }]);
 * } finally {
 *   console.log = log;
 * }
 * assert.deepEqual(printed, ["1 rows\n广东省\t5"]);
 * ```
 */
export async function showTable(data: aq.ColumnTable | Record<string, unknown>[], head = 10, tail = 5): Promise<void> {
  await display({ "text/html": tableHtml(data, head, tail), "text/plain": tableText(data, head) });
}

function chartTitle(spec: Spec): string {
  const t = spec.title?.text ?? spec.title;
  if (Array.isArray(t)) return t.join(" / ");
  if (t && typeof t === "object" && "expr" in t) return String(spec.params?.[0]?.value ?? "chart");
  return String(t ?? spec.mark?.type ?? spec.mark ?? "chart");
}

/**
 * A chart's display bundle: Vega-Lite, a PNG (base64, drawn at `scale`:
 * 1.5× is sharp on most screens and half the time of 2× to encode) and the
 * title as text; with the PNG's size at 1× for its metadata.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const { data, metadata } = await chartBundle({ title: "各省2025年经济增长目标", data: { values: [{ 地区: "广东省", 目标: 5 }] }, mark: "bar",
 *   encoding: { x: { field: "地区" }, y: { field: "目标", type: "quantitative" } } });
 * assert.deepEqual(Object.keys(data), ["application/vnd.vegalite.v5+json", "image/png", "text/plain"]);
 * assert.equal(data["text/plain"], "chart: 各省2025年经济增长目标");
 * assert.ok(String(data["image/png"]).startsWith("iVBORw0KGgo")); // base64 of a PNG signature
 * assert.ok((metadata["image/png"] as { width: number }).width > 0);
 * ```
 */
export async function chartBundle(spec: Spec, scale = 1.5): Promise<{ data: Bundle; metadata: Record<string, unknown> }> {
  const svg = await toSvg(spec);
  const png = await svgToPng(svg, scale);
  const view = new DataView(png.buffer, png.byteOffset);
  const width = Math.round(view.getUint32(16) / scale), height = Math.round(view.getUint32(20) / scale);
  return {
    data: {
      "application/vnd.vegalite.v5+json": withDefaults(spec),
      "image/png": encodeBase64(png),
      "text/plain": `chart: ${chartTitle(spec)}`,
    },
    metadata: { "image/png": { width, height } },
  };
}

/**
 * Show a Vega-Lite chart (see the module note for what each front-end
 * shows). A chart with nothing to draw is not drawn: its reason is said; a
 * region name read through the dictionary is noted above the chart.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const printed: unknown[] = [];
 * const log = console.log;
 * console.log = (x: unknown) => printed.push(x); // outside Jupyter the text form is printed
 * try {
 *   await showChart({ title: "各省2025年经济增长目标", data: { values: [{ 地区: "广东省", 目标: 5 }] }, mark: "bar",
 *     encoding: { x: { field: "地区" }, y: { field: "目标", type: "quantitative" } } });
 *   await showChart({ mark: "bar", usermeta: { empty: "没有西藏自治区的目标" } });
 * } finally {
 *   console.log = log;
 * }
 * assert.deepEqual(printed, ["chart: 各省2025年经济增长目标", "**Nothing to draw:** 没有西藏自治区的目标"]);
 * ```
 */
export async function showChart(spec: Spec): Promise<void> {
  if (spec.usermeta?.note) await showMarkdown(`*${spec.usermeta.note}*`);
  if (spec.usermeta?.empty) {
    await showMarkdown(`**Nothing to draw:** ${spec.usermeta.empty}`);
    return;
  }
  const { data, metadata } = await chartBundle(spec);
  await display(data, metadata);
}

/**
 * Show an HTML page inline (review pages), in an iframe `sandbox`ed to
 * scripts only: the page runs in an opaque origin, so nothing in it can
 * reach the notebook, its cookies or its kernel; review pages also carry
 * their own Content-Security-Policy (no network, no script but their own).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const printed: unknown[] = [];
 * const log = console.log;
 * console.log = (x: unknown) => printed.push(x); // outside Jupyter the text form is printed
 * try {
 *   await showPage("<!doctype html><html><head><title>政府工作报告</title></head><body>各位代表</body></html>");
 * } finally {
 *   console.log = log;
 * }
 * assert.deepEqual(printed, ["review page"]); // the page itself goes to Jupyter only (see pageFrame)
 * ```
 */
export async function showPage(html: string, height = 600): Promise<void> {
  await display({ "text/html": pageFrame(html, height), "text/plain": "review page" });
}

/** The policy every inline page gets on top of its own: no network, nothing but inline script and style, data: images. */
export const FRAME_CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * The iframe that shows a page inline: `sandbox="allow-scripts"` (an opaque
 * origin: no access to the notebook, its cookies or storage, no forms, no
 * pop-ups, no top navigation) and FRAME_CSP added to the page's head, so a
 * page that has no policy of its own still loads nothing from the network.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const frame = pageFrame('<!doctype html><html><head><title>x</title></head><body><img src="http://example.org/x.png"></body></html>');
 * assert.ok(frame.startsWith('<iframe sandbox="allow-scripts" '));
 * assert.ok(!frame.includes("allow-same-origin"));
 * assert.ok(frame.includes("&lt;head&gt;&lt;meta http-equiv=&quot;Content-Security-Policy&quot;"));
 * ```
 */
export function pageFrame(html: string, height = 600): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${FRAME_CSP}">`;
  const page = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (h) => h + meta) : meta + html;
  const srcdoc = page.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<iframe sandbox="allow-scripts" referrerpolicy="no-referrer" srcdoc="${srcdoc}" style="width:100%;height:${height}px;border:1px solid #ddd"></iframe>`;
}

/**
 * Show Markdown text.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const printed: unknown[] = [];
 * const log = console.log;
 * console.log = (x: unknown) => printed.push(x); // outside Jupyter the text form is printed
 * try {
 *   await showMarkdown("**2025年**主要预期目标");
 * } finally {
 *   console.log = log;
 * }
 * assert.deepEqual(printed, ["**2025年**主要预期目标"]);
 * ```
 */
export async function showMarkdown(md: string): Promise<void> {
  await display({ "text/markdown": md, "text/plain": md });
}
