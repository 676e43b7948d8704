// The whole labelled set, in its two parts: span-labelled cases (the bundled seed pair and the written
// pairs) and answer sets. Node only: the seed pair's texts are read from resources/.
import { readFileSync } from 'node:fs'
import { canonicalText, type Block } from '../../shared/model'
import { HELD_OUT_ANSWER_SETS, HELD_OUT_SECOND_BATCH } from './answers/heldOut'
import { HELD_OUT_THIRD_ANSWER_SETS, HELD_OUT_THIRD_CASES } from './held-out-3'
import { HELD_OUT_FOURTH_ANSWER_SETS, HELD_OUT_FOURTH_CASES } from './held-out-4'
import { HELD_OUT_FIFTH_ANSWER_SETS, HELD_OUT_FIFTH_CASES } from './held-out-5'
import { TUNING_ANSWER_SETS } from './answers/tuning'
import type { AnswerSet } from './answers/types'
import { HELD_OUT_CASES, WRITTEN_CASES } from './cases'
import { SEED_ARTICLES, seedPairLabels } from './seedPair'
import type { EvalCase } from './types'

export function bundledArticle(id: string): string {
  const file = new URL(`../../../resources/articles/${id}.json`, import.meta.url)
  return canonicalText((JSON.parse(readFileSync(file, 'utf8')) as { blocks: Block[] }).blocks)
}

export function seedCase(): EvalCase {
  return { name: 'seed-pair', textA: bundledArticle(SEED_ARTICLES.a), textB: bundledArticle(SEED_ARTICLES.b), labels: seedPairLabels }
}

export interface Part {
  name: 'tuning' | 'held out' | 'held out, second batch' | 'held out, third batch' | 'held out, fourth batch' | 'held out, fifth batch'
  cases: readonly EvalCase[]
  answerSets: readonly AnswerSet[]
}

export function parts(): Part[] {
  return [
    { name: 'tuning', cases: [seedCase(), ...WRITTEN_CASES], answerSets: TUNING_ANSWER_SETS },
    { name: 'held out', cases: HELD_OUT_CASES, answerSets: HELD_OUT_ANSWER_SETS },
    { name: 'held out, second batch', cases: [], answerSets: HELD_OUT_SECOND_BATCH },
    // Written blind (the writer never ran the aligner) and run once, after this round's tuning ended.
    { name: 'held out, third batch', cases: HELD_OUT_THIRD_CASES, answerSets: HELD_OUT_THIRD_ANSWER_SETS },
    // Written blind like the third, after the short-answer corpus of Clough and Stevenson; run once, after tuning ends.
    { name: 'held out, fourth batch', cases: HELD_OUT_FOURTH_CASES, answerSets: HELD_OUT_FOURTH_ANSWER_SETS },
    // Written blind like the fourth, closer to real answers (heavy rewrites that keep terms and short
    // phrases, cuts with a sentence of their own, second reports of news events); run once.
    { name: 'held out, fifth batch', cases: HELD_OUT_FIFTH_CASES, answerSets: HELD_OUT_FIFTH_ANSWER_SETS }
  ]
}
