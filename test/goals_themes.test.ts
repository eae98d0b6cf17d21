/**
 * Theme properties of the goal table over the whole default corpus (data/raw): the guide
 * (section 4) gives every goal one of eight themes, from the dictionary's cue words.
 */
import { assert } from "./assert.ts";
import { corpus } from "./corpus.ts";
import { themes } from "../lib/dictionary/dictionary.ts";

const names = new Set<string>(themes.themes.map((t) => t.theme));

Deno.test("goal themes: every goal has one of the guide's themes, bar a handful that name nothing", async () => {
  const { tables } = await corpus();
  const bad = tables.goals.filter((g) => g.theme !== "" && !names.has(g.theme));
  assert.deepEqual(bad.map((g) => g.theme), []);
  const empty = tables.goals.filter((g) => g.theme === "");
  assert.ok(tables.goals.length > 1000, `only ${tables.goals.length} goals`);
  assert.ok(empty.length <= tables.goals.length / 100, `${empty.length} goals without a theme: ${empty.slice(0, 20).map((g) => g.text).join(" / ")}`);
});

Deno.test("goal themes: a goal whose own words hold the cues of one theme only has that theme", async () => {
  const { tables } = await corpus();
  const wrong: string[] = [];
  // a carrier (财政, 资金, 项目 …) names no theme of its own: its goal takes its field's from the sentence or heading
  const carriers = new Set(themes.carriers);
  for (const g of tables.goals) {
    const hit = themes.themes.filter((t) => t.cues.some((c) => !carriers.has(c) && g.text.includes(c)));
    if (hit.length === 1 && g.theme !== hit[0].theme) wrong.push(`${g.goal_id} «${g.text}»: ${g.theme}, cues say ${hit[0].theme}`);
  }
  // metric ids may outvote one cue (a goal quantified by an indicator row of another theme)
  assert.ok(wrong.length <= tables.goals.length / 50, `${wrong.length} goals: ${wrong.slice(0, 15).join("\n")}`);
});
