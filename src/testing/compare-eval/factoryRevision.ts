// A local paper's story built on a company statement: sentences taken over with a word or two
// swapped for a synonym (close), some reworded (paraphrase), and its own reporting around them.
import type { EvalCase } from './types'

const statement = `Harlow Ceramics today announced that it will close its tile factory in Brent Valley at the end of March next year.

The decision follows a long decline in demand for wall tiles and a sharp rise in energy costs, which have made the plant unprofitable for three consecutive years.

About 180 employees work at the site. The company will offer every employee either a transfer to its plant in Castleford or a redundancy package above the statutory minimum.

"This has been the hardest decision in our company's history, and we did not take it lightly," said chief executive Helen Park. "Brent Valley has made tiles for ninety years, and we owe its people our full support in the months ahead."

Production of floor tiles will move to Castleford, where the company has invested twelve million pounds in a new kiln. Harlow Ceramics will work with the local council to find a new use for the Brent Valley site.`

const story = `Harlow Ceramics will shut its tile factory in Brent Valley at the end of March next year, the company said on Tuesday, ending ninety years of tile making in the town.

The decision follows a long fall in demand for wall tiles and a sharp rise in energy costs, which have made the plant unprofitable for three consecutive years, according to the company.

Around 180 people work at the site. Every one of them will be offered a move to the firm's plant in Castleford or a redundancy payment larger than the legal minimum, the company said.

"This has been the hardest decision in our company's history, and we did not take it lightly," chief executive Helen Park said in a statement.

Workers leaving the afternoon shift were angry. "We heard about it from the radio before anyone told us," said Gary Moss, a kiln operator who has worked at the plant for twenty-two years. "They talk about support, but nobody has even asked what we need."

The union said it would ask for talks on keeping part of the factory open. Production of floor tiles will move to Castleford, where the company has invested twelve million pounds in a new kiln.

The council leader, Priya Shah, called the closure "a heavy blow for the whole valley" and said the council would push for new jobs on the site.`

export const factoryRevision: EvalCase = {
  name: 'factory-revision',
  textA: story,
  textB: statement,
  labels: [
    {
      a: 'Harlow Ceramics will shut its tile factory in Brent Valley at the end of March next year',
      b: ['Harlow Ceramics today announced that it will close its tile factory in Brent Valley at the end of March next year'],
      kind: 'close'
    },
    {
      a: 'The decision follows a long fall in demand for wall tiles and a sharp rise in energy costs, which have made the plant unprofitable for three consecutive years',
      b: [
        'The decision follows a long decline in demand for wall tiles and a sharp rise in energy costs, which have made the plant unprofitable for three consecutive years'
      ],
      kind: 'close',
      note: 'one synonym'
    },
    {
      a: "Every one of them will be offered a move to the firm's plant in Castleford or a redundancy payment larger than the legal minimum",
      b: [
        'The company will offer every employee either a transfer to its plant in Castleford or a redundancy package above the statutory minimum'
      ],
      kind: 'paraphrase'
    },
    {
      a: "This has been the hardest decision in our company's history, and we did not take it lightly",
      b: ["This has been the hardest decision in our company's history, and we did not take it lightly"],
      kind: 'verbatim'
    },
    {
      a: 'Production of floor tiles will move to Castleford, where the company has invested twelve million pounds in a new kiln',
      b: ['Production of floor tiles will move to Castleford, where the company has invested twelve million pounds in a new kiln'],
      kind: 'verbatim'
    },
    {
      a: 'Around 180 people work at the site',
      b: ['About 180 employees work at the site'],
      kind: 'paraphrase',
      optional: true,
      note: 'too short to insist on'
    },
    {
      a: 'chief executive Helen Park said in a statement',
      b: ['said chief executive Helen Park'],
      kind: 'paraphrase',
      optional: true,
      note: 'an attribution'
    },
    { a: 'We heard about it from the radio before anyone told us', b: [], kind: 'none', note: 'a worker, not the company' },
    { a: 'a heavy blow for the whole valley', b: [], kind: 'none', note: 'the council leader, not the company' }
  ]
}
