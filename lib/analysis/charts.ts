/**
 * Rendering Vega-Lite charts without a browser: SVG through vega's headless
 * view, PNG through resvg (WebAssembly) with the Noto CJK font, so Chinese
 * labels are measured and drawn right; for papers, SVG with every text drawn
 * as glyph outlines (fontkit), which shows the same everywhere without the
 * font, and PNG at 300 dpi with its resolution stored. Vega's and Vega-Lite's
 * warnings are collected, never printed: `chartWarnings(spec)` returns them
 * and the tests require none. Chart builders live in figures.ts.
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

/** A vega logger that keeps messages instead of printing them. */
function collectingLogger(into: string[]) {
  let lvl = vega.Warn;
  const logger = {
    level(l?: number) {
      if (l === undefined) return lvl;
      lvl = l;
      return logger;
    },
    error(...args: unknown[]) {
      into.push("error: " + args.map(String).join(" "));
      return logger;
    },
    warn(...args: unknown[]) {
      into.push("warn: " + args.map(String).join(" "));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger;
}

/**
 * The defaults every chart gets: the CJK font, a white background, a colour-blind-safe palette.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const spec = withDefaults({ title: "各省2025年经济增长目标", mark: "bar", config: { axis: { labelAngle: 0 } } });
 * assert.equal(spec.background, "white");
 * assert.equal(spec.config.font, "Noto Sans CJK SC");
 * assert.deepEqual(spec.config.range.category, OKABE_ITO);
 * assert.deepEqual(spec.config.axis, { labelAngle: 0 }); // the spec's own config wins
 * ```
 */
export function withDefaults(spec: Spec): Spec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    background: "white",
    ...spec,
    config: {
      font: FONT_FAMILY,
      axis: { labelFont: FONT_FAMILY, titleFont: FONT_FAMILY },
      legend: { labelFont: FONT_FAMILY, titleFont: FONT_FAMILY },
      title: { font: FONT_FAMILY, anchor: "start", subtitleColor: "#555" },
      range: { category: OKABE_ITO },
      ...(spec.config ?? {}),
    },
  };
}

/** The Okabe–Ito palette, distinguishable with every common colour-vision deficiency. */
export const OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

/** Compile and render a spec to SVG, with every warning collected in `warnings`. */
async function render(spec: Spec, warnings: string[]): Promise<string> {
  const logger = collectingLogger(warnings);
  // deno-lint-ignore no-explicit-any
  const compiled = vl.compile(withDefaults(spec) as vl.TopLevelSpec, { logger: logger as any }).spec;
  // deno-lint-ignore no-explicit-any
  const view = new vega.View(vega.parse(compiled), { renderer: "none", logger: logger as any });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

/**
 * Render a Vega-Lite spec to SVG text (warnings are not printed; see chartWarnings).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const svg = await toSvg({ data: { values: [{ 省份: "广东省", 目标: 5 }] }, mark: "bar",
 *   encoding: { x: { field: "省份" }, y: { field: "目标", type: "quantitative" } } });
 * assert.ok(svg.includes(">广东省</text>"));
 * ```
 */
export function toSvg(spec: Spec): Promise<string> {
  return render(spec, []);
}

/**
 * The warnings Vega-Lite and Vega give for a spec (none for a sound spec).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(await chartWarnings({ data: { values: [{ 年份: 2024, 增长: 5 }] }, mark: "line",
 *   encoding: { x: { field: "年份", type: "quantitative" }, y: { field: "增长", type: "quantitative" } } }), []);
 * ```
 */
export async function chartWarnings(spec: Spec): Promise<string[]> {
  const warnings: string[] = [];
  await render(spec, warnings);
  return warnings;
}

let fonts: Uint8Array[] | null = null;
let fontPaths: { regular: string; bold: string | null } | null = null;
let wasmReady: Promise<void> | null = null;

/** Where the CJK font files are (apt's fonts-noto-cjk). */
function cjkFontPaths(): { regular: string; bold: string | null } {
  if (fontPaths) return fontPaths;
  for (const dir of FONT_DIRS) {
    try {
      Deno.statSync(`${dir}/NotoSansCJK-Regular.ttc`);
      let bold: string | null = `${dir}/NotoSansCJK-Bold.ttc`;
      try {
        Deno.statSync(bold);
      } catch {
        bold = null;
      }
      return fontPaths = { regular: `${dir}/NotoSansCJK-Regular.ttc`, bold };
    } catch { /* try the next folder */ }
  }
  throw new Error(
    `Cannot draw Chinese text in PNG charts: NotoSansCJK-Regular.ttc not found in ${FONT_DIRS.join(", ")} ` +
      `(install Debian's fonts-noto-cjk; sh lib/cli/setup.sh does)`,
  );
}

/**
 * The CJK font files resvg needs (apt's fonts-noto-cjk).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const fonts = cjkFonts();
 * assert.ok(fonts.length >= 1);
 * assert.equal(new TextDecoder().decode(fonts[0].slice(0, 4)), "ttcf"); // a font collection
 * assert.equal(cjkFonts(), fonts); // read once
 * ```
 */
export function cjkFonts(): Uint8Array[] {
  if (fonts) return fonts;
  const p = cjkFontPaths();
  fonts = [Deno.readFileSync(p.regular), ...(p.bold ? [Deno.readFileSync(p.bold)] : [])];
  return fonts;
}

/**
 * Render SVG text to PNG bytes at the given scale, with the CJK font.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const png = await svgToPng(await toSvg({ data: { values: [{ 省份: "广东省", 目标: 5 }] }, mark: "bar",
 *   encoding: { x: { field: "省份" }, y: { field: "目标", type: "quantitative" } } }), 2);
 * assert.deepEqual([...png.slice(1, 4)], [0x50, 0x4e, 0x47]); // "PNG"
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

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A PNG with its resolution stored (a pHYs chunk after the header), so a
 * word processor places a 300 dpi figure at its intended size.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const png = await svgToPng(await toSvg({ data: { values: [{ 省份: "广东省", 目标: 5 }] }, mark: "bar",
 *   encoding: { x: { field: "省份" }, y: { field: "目标", type: "quantitative" } } }), 1);
 * const print = withDpi(png, 300);
 * assert.equal(print.length, png.length + 21);
 * assert.equal(new TextDecoder().decode(print.slice(37, 41)), "pHYs");
 * assert.equal(new DataView(print.buffer).getUint32(41), 11811); // dots per metre
 * ```
 */
export function withDpi(png: Uint8Array, dpi: number): Uint8Array {
  const ppm = Math.round(dpi / 0.0254);
  const chunk = new Uint8Array(21);
  const v = new DataView(chunk.buffer);
  v.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  v.setUint32(8, ppm);
  v.setUint32(12, ppm);
  chunk[16] = 1; // unit: metre
  v.setUint32(17, crc32(chunk.subarray(4, 17)));
  const ihdrEnd = 8 + 25; // signature, then the 13-byte IHDR chunk with length, type and CRC
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, ihdrEnd));
  out.set(chunk, ihdrEnd);
  out.set(png.subarray(ihdrEnd), ihdrEnd + chunk.length);
  return out;
}

/**
 * A PNG for print: `dpi` dots per inch for the chart's CSS pixels (96 to the
 * inch), the resolution stored in the file.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const spec = { width: 96, height: 48, data: { values: [{ 省份: "广东省", 目标: 5 }] }, mark: "bar",
 *   encoding: { x: { field: "省份" }, y: { field: "目标", type: "quantitative" } } };
 * const png = await toPrintPng(spec, 300);
 * assert.ok(new DataView(png.buffer).getUint32(16) > 300); // wider than the 96-pixel plot at 1×
 * ```
 */
export async function toPrintPng(spec: Spec, dpi = 300): Promise<Uint8Array> {
  return withDpi(await svgToPng(await toSvg(spec), dpi / 96), dpi);
}

// deno-lint-ignore no-explicit-any
type Font = any;
let outlineFonts: Promise<{ regular: Font; bold: Font }> | null = null;

function loadOutlineFonts() {
  outlineFonts ??= (async () => {
    const fontkit = await import("fontkit");
    const p = cjkFontPaths();
    // deno-lint-ignore no-explicit-any
    const pick = (path: string, name: string): Font => (fontkit.openSync(path) as any).getFont(name);
    const regular = pick(p.regular, "NotoSansCJKsc-Regular");
    return { regular, bold: p.bold ? pick(p.bold, "NotoSansCJKsc-Bold") : regular };
  })();
  return outlineFonts;
}

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, "&");
}

/**
 * The SVG with every `<text>` replaced by its glyph outlines in Noto Sans CJK
 * (fontkit's shaping, so widths and kerning are the font's): the figure looks
 * the same in any viewer or journal system, with or without the font.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const svg = await svgTextAsPaths(await toSvg({ title: "国内生产总值", data: { values: [{ 年份: 2024, 增长: 5 }] }, mark: "point",
 *   encoding: { x: { field: "年份", type: "ordinal" }, y: { field: "增长", type: "quantitative" } } }));
 * assert.ok(!svg.includes("<text") && svg.includes("<path"));
 * ```
 */
export async function svgTextAsPaths(svg: string): Promise<string> {
  const { regular, bold } = await loadOutlineFonts();
  return svg.replace(/<text([^>]*)>([\s\S]*?)<\/text>/g, (_, attrs: string, inner: string) => {
    const attr = (n: string, from = attrs) => new RegExp(`\\b${n}="([^"]*)"`).exec(from)?.[1];
    const size = parseFloat(attr("font-size") ?? "11");
    const w = attr("font-weight");
    const font = w === "bold" || Number(w) >= 600 ? bold : regular;
    const scale = size / font.unitsPerEm;
    const anchor = attr("text-anchor");
    // lines: the text itself, or its <tspan>s (multi-line titles), each dy below the one before
    const lines: { raw: string; dy: number }[] = [];
    if (inner.includes("<tspan")) {
      for (const m of inner.matchAll(/<tspan([^>]*)>([^<]*)<\/tspan>/g)) lines.push({ raw: m[2], dy: parseFloat(attr("dy", m[1]) ?? "0") || 0 });
    } else lines.push({ raw: inner, dy: 0 });
    let y = parseFloat(attr("dy") ?? "0") || 0;
    let out = "";
    for (const line of lines) {
      y += line.dy;
      const run = font.layout(unescapeXml(line.raw));
      const width = run.advanceWidth * scale;
      const dx = anchor === "middle" ? -width / 2 : anchor === "end" ? -width : 0;
      let x = 0;
      let d = "";
      for (let i = 0; i < run.glyphs.length; i++) {
        const g = run.glyphs[i], p = run.positions[i];
        const path = g.path.toSVG();
        if (path) d += `<path transform="translate(${(x + p.xOffset).toFixed(1)},${(p.yOffset).toFixed(1)})" d="${path}"/>`;
        x += p.xAdvance;
      }
      out += `<g transform="translate(${dx.toFixed(2)},${y}) scale(${scale.toFixed(5)},${(-scale).toFixed(5)})">${d}</g>`;
    }
    const keep = ["transform", "fill", "opacity", "fill-opacity"].map((n) => attr(n) !== undefined ? ` ${n}="${attr(n)}"` : "").join("");
    return `<g${keep}><title>${lines.map((l) => l.raw).join(" ")}</title>${out}</g>`;
  });
}
