// Held out, third batch. A carmaker's announcement of job cuts at an engine plant, and answers written
// from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `Carvell Motors will cut 850 jobs at its engine plant in Redbridge Vale and move the production of petrol engines to its factory in Poland, the company said on Wednesday.

The plant, which employs 2,300 people, will stop making engines at the end of next year. Around 1,450 workers will stay on to build battery packs for the company's electric cars, a line that Carvell will expand with an investment of 120 million pounds.

The company blamed falling demand for petrol cars in Europe and the high cost of energy in the UK, which it said was nearly twice as high as in Poland. Sales of its petrol models fell by 23 per cent last year.

"These are painful decisions, and we do not take them lightly," said the company's European chief executive, Anders Holm. "Our aim is to give Redbridge Vale a long future in the electric age."

The Engineering and Motor Workers' Union said it was "devastated" by the news and would fight for every job. The company said it hoped most of the cuts would come through voluntary redundancy and early retirement, and that it would offer retraining to workers who wanted to move to battery production.

The plant opened in 1976 and at its peak in the 1990s employed more than 6,000 people.`

const cut = `Carvell Motors will cut 850 jobs at its engine plant in Redbridge Vale and move the production of petrol engines to its factory in Poland, the company said on Wednesday. The plant opened in 1976 and at its peak in the 1990s employed more than 6,000 people.

The company blamed:
(a) falling demand for petrol cars in Europe, and
(b) the high cost of energy in the UK, which it said was nearly twice as high as in Poland.

Sales of its petrol models fell by 23% last year. Around 1,450 workers will stay on to build battery packs for the company's electric cars, a line that Carvell will expand with an investment of £120m.

The Engineering and Motor Workers' Union said it was "devastated" by the news and would fight for every job. "These are painful decisions, and we do not take them lightly," said the company's European chief executive, Anders Holm.`

const light = `Carvell Motors is to axe 850 jobs at its engine factory in Redbridge Vale and shift the manufacture of petrol engines to its plant in Poland, the firm announced on Wednesday.

The site, which has 2,300 staff, will stop producing engines at the end of next year. About 1,450 employees will remain to assemble battery packs for the firm's electric vehicles, a line Carvell will enlarge with a 120 million pound investment.

The carmaker pointed to weaker demand for petrol cars across Europe and the high price of energy in the UK, which it said was almost double that in Poland. Sales of its petrol models dropped by 23 per cent last year.

"These are painful choices, and we do not make them lightly," said Anders Holm, the company's European chief executive. "Our goal is to give Redbridge Vale a long future in the electric era."

The Engineering and Motor Workers' Union said it was "devastated" by the announcement and vowed to fight for every job. The company said it hoped most of the losses would be through voluntary redundancy and early retirement, and it would offer retraining to staff wishing to move to battery production.

The factory opened in 1976 and employed over 6,000 people at its height in the 1990s.`

const heavy = `Petrol engines will no longer be made in Redbridge Vale after the end of next year. Carvell Motors is transferring that work to Poland, and 850 of the 2,300 people at the plant will lose their jobs, the company confirmed on Wednesday.

Those who remain, about 1,450, will assemble batteries for electric models; Carvell is putting 120 million pounds into enlarging that side of the site. Anders Holm, who runs the company's European business, called the choices painful and said he wanted the plant to survive long after cars go electric.

Two pressures drove the move, according to Carvell. Europeans are buying fewer petrol cars, and its own petrol sales dropped 23 per cent in a year; and electricity and gas in Britain cost close to double what they cost in Poland. Managers hope to avoid compulsory redundancies, relying on volunteers and early retirements, and to retrain staff for battery work.

The Engineering and Motor Workers' Union, which said it was devastated, has promised to resist the cuts. It is a further decline for a factory that had more than 6,000 workers in the 1990s, twenty years after it opened in 1976.`

const nonOtherClosure = `Halden Appliances will close its washing machine factory in Coldmoor next year with the loss of 410 jobs, the company said on Monday, and move production to a plant in Turkey.

The company said demand for its machines had fallen sharply and that the cost of energy and materials in the UK had made the factory uncompetitive. It said it would offer redundancy packages to all staff and would work with the local council to help workers find new jobs.

"This is a dark day for Coldmoor," said the town's MP, Sarah Bright. "Many of these families have worked at the factory for generations."

The union representing the workers said it was shocked by the decision and would be seeking urgent talks with management to save as many jobs as possible.

The factory opened in 1958 and once employed more than 3,000 people. Its closure will leave the town without a major manufacturing employer for the first time in more than sixty years.`

const nonIndustry = `Britain's car industry is in the middle of the biggest change in its history. Factories that have made petrol and diesel engines for decades must either switch to electric vehicles or close, and the switch needs fewer workers: an electric motor has a fraction of the moving parts of a combustion engine.

Battery production is the industry's great hope. Several carmakers have announced plans to build battery packs in the UK, and a large battery cell plant is under construction in the north of England. But industry groups warn that high energy prices make Britain an expensive place to build batteries, which need huge amounts of power.

Unions say workers must be retrained rather than laid off. Many engine workers have skills that can be used in battery assembly, they argue, but only if companies invest in training before the old lines close.

Sales of new petrol cars in Europe have fallen in each of the last three years, while sales of electric cars have grown, although more slowly than many in the industry expected.`

export const enginePlant: AnswerSet = {
  topic: 'engine-plant',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'a sentence cut into a list lettered "(a)" and "(b)"; £120m and 23%; the last paragraph moved first; a quoted word inside a copied sentence'
    },
    { level: 'light', text: light },
    { level: 'heavy', text: heavy },
    {
      level: 'non',
      text: nonOtherClosure,
      note: 'another factory closing: the company said on Monday, move production, cost of energy, the factory opened in'
    },
    {
      level: 'non',
      text: nonIndustry,
      note: 'the industry’s move to electric: petrol, battery packs, energy prices, retrained, sales of petrol cars in Europe'
    }
  ]
}
