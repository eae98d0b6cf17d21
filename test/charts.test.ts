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
