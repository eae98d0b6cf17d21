/**
 * The cue words of numbers that are no indicator (`data/dictionary/exclusions.json`),
 * validated with zod when loaded; lib/stages/indicators/exclude.ts compiles them.
 */
import { z } from "zod";
import exclusionsJson from "../../data/dictionary/exclusions.json" with { type: "json" };
import { load } from "./load.ts";
import { regexSource } from "./load.ts";

export const ExclusionCues = z.object({
  description: z.string(),
  threshold_nouns: z.array(z.string().min(2)).min(1),
  masked_words: z.array(z.string().min(3)),
  place_prepositions: z.array(z.string().min(1)),
  cited_nouns: z.array(z.string().min(1)),
  package_units: z.array(z.string().min(1)).min(1),
  package_gap: z.number().int().min(0),
  package_nouns: z.array(regexSource).min(1),
  document_leads: z.array(z.string().min(1)).min(1),
  visit_words: z.array(z.string().min(1)).min(1),
  link_verbs: z.array(z.string().min(1)).min(1),
  learn_cues: z.array(regexSource).min(1),
  our_words: z.array(z.string().min(1)).min(1),
  peer_leads: z.array(z.string().min(1)).min(1),
  peer_ends: z.array(z.string().min(1)).min(1),
  saying_verbs: z.array(z.string().min(1)).min(1),
  addressee_nouns: z.array(z.string().min(1)).min(1),
  addressee_duties: z.array(z.string().min(1)).min(1),
  survey_leads: z.array(z.string().min(1)).min(1),
  survey_ends: z.array(z.string().min(1)).min(1),
  other_countries: z.array(z.string().min(1)).min(1),
  glossary_heads: z.array(regexSource).min(1),
  slogan_tails: z.array(z.string().min(1)).min(1),
  condition_cues: z.array(regexSource).min(1),
  consequence_cues: z.array(regexSource).min(1),
  alternative_words: z.array(z.string().min(1)).min(1),
  example_cues: z.array(z.string().min(1)).min(1),
  example_leads: z.array(z.string().min(1)).min(1),
  example_entities: z.array(z.string().min(1)).min(1),
  age_group_nouns: z.array(z.string().min(1)).min(1),
});
export type ExclusionCues = z.infer<typeof ExclusionCues>;

/** The exclusion cues, validated. */
export const exclusionCues: ExclusionCues = load(ExclusionCues, exclusionsJson, "data/dictionary/exclusions.json");
