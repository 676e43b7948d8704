// Synonyms for paraphrase: groups of stems from WordNet (synonym-groups.ts, generated), given to align()
// by the caller that wants them (options.synonyms), so that the table is loaded only where it is used.

/** Stem → group number. */
export type SynonymTable = ReadonlyMap<string, number>

/** The table from its text: one group of stems a line, separated by spaces. */
export function parseSynonyms(groups: string): SynonymTable {
  const table = new Map<string, number>()
  groups.split('\n').forEach((line, group) => {
    for (const stem of line.split(' ')) if (stem) table.set(stem, group)
  })
  return table
}

let loaded: Promise<SynonymTable> | null = null

/** WordNet's synonym groups, loaded on first use (a separate chunk of some 16 KB). */
export function loadSynonyms(): Promise<SynonymTable> {
  loaded ??= import('./synonym-groups').then((m) => parseSynonyms(m.SYNONYM_GROUPS))
  return loaded
}
