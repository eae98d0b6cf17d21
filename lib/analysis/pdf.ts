/**
 * Figures as PDF for papers: the outline SVG of charts.ts (every text already
 * glyph outlines, so no font is embedded or needed) drawn with PDFKit. Only
 * what Vega's SVG renderer writes is read: <svg>, <g>, <path>, <line>,
 * <rect>, with translate/scale/rotate transforms, fill, stroke, opacity,
 * stroke-width and stroke-dasharray; <title> is skipped. The page is the
 * chart's size in points (1 CSS pixel = 0.75 pt, so a 640 px chart is 6.67 in
 * wide, as in the 300 dpi PNG).
 */
import PDFDocument from "pdfkit";

type Attrs = Record<string, string>;
// deno-lint-ignore no-explicit-any
type Doc = any;

function attrsOf(s: string): Attrs {
  const a: Attrs = {};
  for (const m of s.matchAll(/([\w:-]+)="([^"]*)"/g)) a[m[1]] = m[2];
  return a;
}

function applyTransform(doc: Doc, t: string | undefined): void {
  if (!t) return;
  for (const m of t.matchAll(/(translate|scale|rotate)\(([^)]*)\)/g)) {
    const n = m[2].split(/[\s,]+/).filter(Boolean).map(Number);
    if (m[1] === "translate") doc.translate(n[0] ?? 0, n[1] ?? 0);
    else if (m[1] === "scale") doc.scale(n[0] ?? 1, n[1] ?? n[0] ?? 1);
    else doc.rotate(n[0] ?? 0, { origin: [n[1] ?? 0, n[2] ?? 0] });
  }
}

interface Style {
  fill: string;
  stroke: string;
  opacity: number;
  fillOpacity: number;
  strokeOpacity: number;
  strokeWidth: number;
  dash: string;
}

function styled(parent: Style, a: Attrs): Style {
  return {
    fill: a.fill ?? parent.fill,
    stroke: a.stroke ?? parent.stroke,
    opacity: parent.opacity * (a.opacity !== undefined ? Number(a.opacity) : 1),
    fillOpacity: a["fill-opacity"] !== undefined ? Number(a["fill-opacity"]) : parent.fillOpacity,
    strokeOpacity: a["stroke-opacity"] !== undefined ? Number(a["stroke-opacity"]) : parent.strokeOpacity,
    strokeWidth: a["stroke-width"] !== undefined ? Number(a["stroke-width"]) : parent.strokeWidth,
    dash: a["stroke-dasharray"] ?? parent.dash,
  };
}

function paint(doc: Doc, s: Style): void {
  const fill = s.fill && s.fill !== "none" && s.fill !== "transparent";
  const stroke = s.stroke && s.stroke !== "none" && s.stroke !== "transparent" && s.strokeWidth > 0;
  if (s.opacity <= 0 || (!fill && !stroke)) {
    doc.addContent("n"); // end the path unpainted, or the next fill paints it too
    return;
  }
  if (stroke) {
    doc.lineWidth(s.strokeWidth);
    const dash = s.dash && s.dash !== "none" ? s.dash.split(/[\s,]+/).map(Number).filter((x) => x > 0) : [];
    if (dash.length) doc.dash(dash[0], { space: dash[1] ?? dash[0] });
    else doc.undash();
  }
  if (fill) doc.fillOpacity(s.opacity * s.fillOpacity);
  if (stroke) doc.strokeOpacity(s.opacity * s.strokeOpacity);
  if (fill && stroke) doc.fillAndStroke(s.fill, s.stroke);
  else if (fill) doc.fill(s.fill);
  else doc.stroke(s.stroke);
}

/**
 * An SVG (best: the outline SVG of svgTextAsPaths) as PDF bytes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const pdf = await svgToPdf('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><g transform="translate(10,10)"><path d="M0,0h50v20h-50Z" fill="#0072B2"/></g></svg>');
 * assert.equal(new TextDecoder().decode(pdf.slice(0, 5)), "%PDF-");
 * ```
 */
export function svgToPdf(svg: string): Promise<Uint8Array> {
  const root = attrsOf(/<svg([^>]*)>/.exec(svg)?.[1] ?? "");
  const width = Number(root.width ?? 640), height = Number(root.height ?? 400);
  // deterministic output: fixed dates and no random id
  const doc: Doc = new PDFDocument({ size: [width * 0.75, height * 0.75], margin: 0, info: { CreationDate: new Date(0), ModDate: new Date(0), Producer: "report-tables", Creator: "report-tables" }, compress: true });
  const chunks: Uint8Array[] = [];
  doc.on("data", (c: Uint8Array) => chunks.push(new Uint8Array(c)));
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on("end", () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) (out.set(c, at), at += c.length);
      resolve(out);
    })
  );
  doc.scale(0.75);
  const stack: Style[] = [{ fill: "#000", stroke: "none", opacity: 1, fillOpacity: 1, strokeOpacity: 1, strokeWidth: 1, dash: "" }];
  let skip = 0; // inside <title>
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>/g)) {
    const [, close, tag, rest, selfClose] = m;
    if (tag === "title") {
      skip += close ? -1 : selfClose ? 0 : 1;
      continue;
    }
    if (skip || tag === "svg" || tag === "tspan" || tag === "text") continue;
    if (close) {
      if (tag === "g") {
        doc.restore();
        stack.pop();
      }
      continue;
    }
    const a = attrsOf(rest);
    if (a.display === "none") {
      if (tag === "g" && !selfClose) {
        doc.save();
        stack.push({ ...stack.at(-1)!, opacity: 0 });
      }
      continue;
    }
    const s = styled(stack.at(-1)!, a);
    if (tag === "g") {
      if (selfClose) continue;
      doc.save();
      applyTransform(doc, a.transform);
      stack.push(s);
      continue;
    }
    doc.save();
    applyTransform(doc, a.transform);
    if (tag === "path" && a.d) doc.path(a.d);
    else if (tag === "line") doc.moveTo(Number(a.x1 ?? 0), Number(a.y1 ?? 0)).lineTo(Number(a.x2 ?? 0), Number(a.y2 ?? 0));
    else if (tag === "rect") doc.rect(Number(a.x ?? 0), Number(a.y ?? 0), Number(a.width ?? 0), Number(a.height ?? 0));
    else {
      doc.restore();
      continue;
    }
    paint(doc, tag === "line" ? { ...s, fill: "none" } : s); // a line has no inside
    doc.restore();
  }
  doc.end();
  return done;
}
