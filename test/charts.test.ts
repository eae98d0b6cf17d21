import { assert } from "./assert.ts";
import { svgToPng, toSvg } from "../lib/analysis/charts.ts";
import * as fig from "../lib/analysis/figures.ts";
import { corpus } from "./corpus.ts";
import { panel } from "../lib/stages/panel.ts";

Deno.test("charts: CJK labels are measured wide enough and PNG rendering is reproducible", async () => {
  const { tables } = await corpus();
  const spec = fig.targetVsPrevious(panel(tables) as unknown as Record<string, unknown>[], 2025);
  const svg = await toSvg(spec);
  assert.ok(svg.includes("宁夏回族自治区"), "the longest province name is drawn whole");
  assert.ok(!/宁夏回族自治…/.test(svg));
  const a = await svgToPng(svg);
  const b = await svgToPng(await toSvg(spec));
  assert.ok(a.length > 10000);
  assert.deepEqual(a, b, "the same spec gives the same PNG bytes");
  assert.equal(svg, await toSvg(spec), "the same spec gives the same SVG");
});

import { writeFigures } from "../lib/cli/charts.ts";

Deno.test("deno task charts: figures for print — SVG with no text element left (glyph outlines), PNG at 300 dpi with its resolution stored, the same bytes twice", async () => {
  const a = await Deno.makeTempDir(), b = await Deno.makeTempDir();
  const names = await writeFigures(a);
  await writeFigures(b);
  assert.ok(names.length >= 7);
  for (const name of names) {
    const svg = await Deno.readTextFile(`${a}/${name}.svg`);
    assert.ok(!svg.includes("<text"), `${name}.svg has no <text>: every label is drawn as outlines`);
    assert.ok(svg.includes("<title>"), `${name}.svg keeps its labels as titles`);
    const png = await Deno.readFile(`${a}/${name}.png`);
    const v = new DataView(png.buffer);
    assert.equal(String.fromCharCode(...png.slice(37, 41)), "pHYs", `${name}.png has its resolution after the header`);
    assert.equal(v.getUint32(41), 11811, "300 dpi = 11811 pixels per metre");
    const svgWidth = Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)![1]);
    assert.ok(Math.abs(v.getUint32(16) - svgWidth * 300 / 96) <= 2, `${name}.png is drawn at 300/96 of its CSS pixels`);
    const pdf = await Deno.readFile(`${a}/${name}.pdf`);
    assert.equal(new TextDecoder().decode(pdf.slice(0, 5)), "%PDF-", `${name}.pdf is a PDF`);
    assert.ok(!new TextDecoder("latin1").decode(pdf).includes("/FontFile"), `${name}.pdf embeds no font: its text is outlines`);
    for (const ext of ["svg", "png", "pdf", "vl.json"]) {
      assert.deepEqual(await Deno.readFile(`${a}/${name}.${ext}`), await Deno.readFile(`${b}/${name}.${ext}`), `${name}.${ext} is reproducible`);
    }
  }
  const national = JSON.parse(await Deno.readTextFile(`${a}/national_gdp_growth_targets.vl.json`));
  assert.equal(national.title.text[0], "国内生产总值增长：目标与实际（全国）");
  await Deno.remove(a, { recursive: true });
  await Deno.remove(b, { recursive: true });
});
