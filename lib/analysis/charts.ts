/**
 * Rendering Vega-Lite charts without a browser: SVG through vega's headless
 * view, PNG through resvg (WebAssembly) with a CJK font, so Chinese labels
 * are measured and drawn right. Chart builders live in figures.ts.
 */
import * as vl from "vega-lite";
import * as vega from "vega";
import { initWasm, Resvg } from "@resvg/resvg-wasm";

/** A Vega-Lite spec (loosely typed: builders produce plain JSON). */
// deno-lint-ignore no-explicit-any
export type Spec = Record<string, any>;

export const FONT_FAMILY = "Noto Sans CJK SC";
const FONT_DIRS = ["/usr/share/fonts/opentype/noto", "/usr/share/fonts/noto-cjk", "/usr/share/fonts/truetype/noto"];

// vega guesses text width at ~0.8 em a character without a canvas, which
// clips CJK labels; count wide characters as 1 em and the rest as 0.6 em.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
// deno-lint-ignore no-explicit-any
(vega as any).textMetrics.width = (item: { fontSize?: number }, text: unknown) => {
  const size = item.fontSize ?? 11;
  let w = 0;
  for (const ch of String(text ?? "")) w += WIDE.test(ch) ? 1 : 0.6;
  return w * size;
};

/** The defaults every chart gets: the CJK font and a white background. */
export function withDefaults(spec: Spec): Spec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    background: "white",
    ...spec,
    config: {
      font: FONT_FAMILY,
      axis: { labelFont: FONT_FAMILY, titleFont: FONT_FAMILY },
      legend: { labelFont: FONT_FAMILY, titleFont: FONT_FAMILY },
      title: { font: FONT_FAMILY },
      ...(spec.config ?? {}),
    },
  };
}

/**
 * Render a Vega-Lite spec to SVG text.
 *
 * @example
 * ```ts
 * const svg = await toSvg({ data: { values: [{ 省份: "广东省", 目标: 5 }] }, mark: "bar",
 *   encoding: { x: { field: "省份" }, y: { field: "目标", type: "quantitative" } } });
 * ```
 */
export async function toSvg(spec: Spec): Promise<string> {
  const compiled = vl.compile(withDefaults(spec) as vl.TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

let fonts: Uint8Array[] | null = null;
let wasmReady: Promise<void> | null = null;

/** The CJK font files resvg needs (apt's fonts-noto-cjk). */
export function cjkFonts(): Uint8Array[] {
  if (fonts) return fonts;
  for (const dir of FONT_DIRS) {
    try {
      const regular = Deno.readFileSync(`${dir}/NotoSansCJK-Regular.ttc`);
      let bold: Uint8Array[] = [];
      try {
        bold = [Deno.readFileSync(`${dir}/NotoSansCJK-Bold.ttc`)];
      } catch { /* regular alone is enough */ }
      fonts = [regular, ...bold];
      return fonts;
    } catch { /* try the next folder */ }
  }
  throw new Error(
    `Cannot draw Chinese text in PNG charts: NotoSansCJK-Regular.ttc not found in ${FONT_DIRS.join(", ")} ` +
      `(install Debian's fonts-noto-cjk; sh lib/cli/setup.sh does)`,
  );
}

/**
 * Render SVG text to PNG bytes at the given scale, with the CJK font.
 *
 * @example
 * ```ts
 * const png = await svgToPng(await toSvg(spec), 2);
 * await Deno.writeFile("chart.png", png);
 * ```
 */
export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  wasmReady ??= (async () => {
    const wasm = await Deno.readFile(new URL(import.meta.resolve("@resvg/resvg-wasm/index_bg.wasm")));
    await initWasm(wasm);
  })();
  await wasmReady;
  const r = new Resvg(svg, {
    font: { fontBuffers: cjkFonts(), defaultFontFamily: FONT_FAMILY, loadSystemFonts: false },
    fitTo: { mode: "zoom", value: scale },
    background: "white",
  });
  const png = r.render().asPng();
  r.free();
  return png;
}
