// A regional site that runs a news agency's story nearly whole: its own quotation marks (guillemets and
// curly ones for the agency's straight ones), a bracketed aside, a sentence split in two, and a
// paragraph of its own at the end.
import type { EvalCase } from './types'

const wire = `GENEVA (Agency) - Negotiators from 40 countries agreed on Friday to a new treaty protecting migratory fish in the high seas, after two weeks of talks that several times came close to collapse.

The treaty sets catch limits for tuna, swordfish and sharks in waters beyond national control, and creates a committee of scientists to review the limits every three years.

"This is the first time that the high seas will have rules for these species that every fishing nation has signed," said conference chair Amara Diallo. "It is not perfect, but it is a beginning."

Environmental groups welcomed the agreement but said the limits were too high for several shark species, which they described as "already on the edge of collapse" after decades of overfishing.

The treaty will enter into force once 30 countries have ratified it, which diplomats said could take two years.

Japan and South Korea, which have the largest fleets in the region, signed the text but said they would seek changes to the rules on inspections at sea.`

const site = `Negotiators from 40 countries agreed on Friday to a new treaty protecting migratory fish in the high seas, after two weeks of talks that several times came close to collapse.

The treaty sets catch limits for tuna, swordfish and sharks in waters beyond national control (the so-called high seas), and creates a committee of scientists to review the limits every three years.

«This is the first time that the high seas will have rules for these species that every fishing nation has signed», said conference chair Amara Diallo. «It is not perfect, but it is a beginning.»

Environmental groups welcomed the agreement. But they said the limits were too high for several shark species, which they described as “already on the edge of collapse” after decades of overfishing.

The treaty will enter into force once 30 countries have ratified it, which diplomats said could take two years.

Japan and South Korea, which have the largest fleets in the region, signed the text but said they would seek changes to the rules on inspections at sea.

For fishermen in our port, the treaty will change little at first: the boats that sail from here fish within the national zone, where the existing quotas still apply. The harbour master said he expected questions from skippers who sometimes follow the tuna further out, and that the association of fishermen would hold a meeting about the new rules next month. Local fish merchants said prices were unlikely to move before the limits take effect.`

const same = (text: string, note?: string): { a: string; b: string[]; kind: 'verbatim'; note?: string } => ({
  a: text,
  b: [text],
  kind: 'verbatim',
  note
})

export const wireCopy: EvalCase = {
  name: 'wire-copy (held out)',
  textA: site,
  textB: wire,
  labels: [
    same(
      'Negotiators from 40 countries agreed on Friday to a new treaty protecting migratory fish in the high seas, after two weeks of talks that several times came close to collapse'
    ),
    {
      a: 'The treaty sets catch limits for tuna, swordfish and sharks in waters beyond national control (the so-called high seas), and creates a committee of scientists to review the limits every three years',
      b: [
        'The treaty sets catch limits for tuna, swordfish and sharks in waters beyond national control, and creates a committee of scientists to review the limits every three years'
      ],
      kind: 'close',
      note: 'a bracketed aside added'
    },
    same(
      'This is the first time that the high seas will have rules for these species that every fishing nation has signed',
      'guillemets for straight marks'
    ),
    same('It is not perfect, but it is a beginning'),
    { ...same('said conference chair Amara Diallo'), optional: true, note: 'inside the verbatim pair of the quote around it' },
    {
      a: 'Environmental groups welcomed the agreement. But they said the limits were too high for several shark species, which they described as “already on the edge of collapse” after decades of overfishing',
      b: [
        'Environmental groups welcomed the agreement but said the limits were too high for several shark species, which they described as "already on the edge of collapse" after decades of overfishing'
      ],
      kind: 'verbatim',
      note: 'one sentence cut in two and one word added in thirty: verbatim by the rule of classify.ts'
    },
    same('The treaty will enter into force once 30 countries have ratified it, which diplomats said could take two years'),
    same(
      'Japan and South Korea, which have the largest fleets in the region, signed the text but said they would seek changes to the rules on inspections at sea'
    ),
    { a: 'For fishermen in our port, the treaty will change little at first', b: [], kind: 'none' }
  ]
}
