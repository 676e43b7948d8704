// A company's recall notice (B) and a business desk's story about it (A).
import type { EvalCase } from './types'

const release = `Northwind Foods recalls frozen spinach over possible listeria contamination

PORTLAND, Ore., March 3 — Northwind Foods Inc. today announced a voluntary recall of 1.2 million bags of its Green Valley frozen chopped spinach because the product may be contaminated with Listeria monocytogenes.

The recall covers 12-ounce and 16-ounce bags with best-by dates between June 1 and August 30 of next year, sold at grocery stores in 14 states. No illnesses have been reported to date.

The potential contamination was discovered during routine testing by the company at its Salem processing plant. Production at the plant has been suspended while the company and the Food and Drug Administration investigate the source of the problem.

“The safety of our customers comes before everything else,” said Dana Whitfield, chief executive of Northwind Foods. “We are taking this step out of an abundance of caution, and we will not resume production until we are certain that every line at the Salem plant meets our standards.”

Consumers who have purchased the affected products should not eat them and should throw them away or return them to the place of purchase for a full refund. Consumers with questions may call the company's customer line at 1-800-555-0142, Monday through Friday, from 8 a.m. to 6 p.m. Eastern time.

Listeria can cause serious and sometimes fatal infections in young children, frail or elderly people, and others with weakened immune systems. Pregnant women are at particular risk.

About Northwind Foods

Northwind Foods is a family-owned producer of frozen vegetables based in Portland, Oregon. Founded in 1962, the company employs more than 2,000 people at four plants in Oregon and Washington.`

const story = `Northwind recalls 1.2 million bags of frozen spinach

Northwind Foods is pulling 1.2 million bags of frozen spinach from shelves in 14 states after its own tests found possible listeria contamination at its plant in Salem, Oregon.

The company said no one had fallen ill. It has halted production at the Salem plant while it works with the Food and Drug Administration to find the source of the problem.

“The safety of our customers comes before everything,” chief executive Dana Whitfield said in a statement. “We are taking this step out of caution, and we will not restart production until we are certain that every line at the Salem plant meets our standards.”

The recall affects 12-ounce and 16-ounce bags of Green Valley frozen chopped spinach with best-by dates from June 1 to August 30 next year. Customers should not eat the spinach and can return it to the store for a full refund, the company said.

It is the second recall in the frozen vegetable industry this year. In January, a Midwest supplier withdrew frozen corn after a salmonella outbreak that sickened 31 people.

Northwind, which is privately held, does not publish its sales. "A recall of this size is painful for a private company, but Northwind caught it early and nobody got sick, which is what matters most," said Priya Raman, a food industry analyst at Halvorsen Securities.

Listeria infections can be serious and sometimes fatal in young children, frail or elderly people, and others with weakened immune systems, the company noted.`

export const pressRelease: EvalCase = {
  name: 'press-release',
  textA: story,
  textB: release,
  labels: [
    {
      a: 'Northwind recalls 1.2 million bags of frozen spinach',
      b: [
        'Northwind Foods recalls frozen spinach over possible listeria contamination',
        'announced a voluntary recall of 1.2 million bags of its Green Valley frozen chopped spinach'
      ],
      kind: 'paraphrase',
      optional: true,
      note: 'headline'
    },
    {
      a: 'Northwind Foods is pulling 1.2 million bags of frozen spinach from shelves in 14 states after its own tests found possible listeria contamination at its plant in Salem, Oregon',
      b: [
        'Northwind Foods Inc. today announced a voluntary recall of 1.2 million bags of its Green Valley frozen chopped spinach because the product may be contaminated with Listeria monocytogenes',
        'The potential contamination was discovered during routine testing by the company at its Salem processing plant',
        'Northwind Foods recalls frozen spinach over possible listeria contamination'
      ],
      kind: 'paraphrase'
    },
    {
      a: 'The company said no one had fallen ill.',
      b: ['No illnesses have been reported to date.'],
      kind: 'paraphrase',
      note: 'no shared content word: out of reach of a lexical method'
    },
    {
      a: 'It has halted production at the Salem plant while it works with the Food and Drug Administration to find the source of the problem',
      b: [
        'Production at the plant has been suspended while the company and the Food and Drug Administration investigate the source of the problem'
      ],
      kind: 'paraphrase'
    },
    {
      a: 'The safety of our customers comes before everything',
      b: ['The safety of our customers comes before everything else'],
      kind: 'close'
    },
    {
      a: 'chief executive Dana Whitfield said in a statement',
      b: ['said Dana Whitfield, chief executive of Northwind Foods'],
      kind: 'paraphrase',
      optional: true,
      note: 'the attribution, restated: true, and of no interest'
    },
    {
      a: 'We are taking this step out of caution, and we will not restart production until we are certain that every line at the Salem plant meets our standards',
      b: [
        'We are taking this step out of an abundance of caution, and we will not resume production until we are certain that every line at the Salem plant meets our standards'
      ],
      kind: 'close'
    },
    {
      a: 'The recall affects 12-ounce and 16-ounce bags of Green Valley frozen chopped spinach with best-by dates from June 1 to August 30 next year',
      b: ['The recall covers 12-ounce and 16-ounce bags with best-by dates between June 1 and August 30 of next year'],
      kind: 'paraphrase'
    },
    {
      a: 'Customers should not eat the spinach and can return it to the store for a full refund',
      b: [
        'Consumers who have purchased the affected products should not eat them and should throw them away or return them to the place of purchase for a full refund'
      ],
      kind: 'paraphrase'
    },
    {
      a: 'It is the second recall in the frozen vegetable industry this year. In January, a Midwest supplier withdrew frozen corn after a salmonella outbreak that sickened 31 people.',
      b: [],
      kind: 'none'
    },
    { a: 'Northwind, which is privately held, does not publish its sales.', b: [], kind: 'none' },
    {
      a: 'A recall of this size is painful for a private company, but Northwind caught it early and nobody got sick, which is what matters most',
      b: [],
      kind: 'none'
    },
    {
      a: 'Listeria infections can be serious and sometimes fatal in young children, frail or elderly people, and others with weakened immune systems',
      b: [
        'Listeria can cause serious and sometimes fatal infections in young children, frail or elderly people, and others with weakened immune systems'
      ],
      kind: 'close'
    }
  ]
}
