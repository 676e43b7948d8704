// A student paper's heavy rewrite of a company's results release: the facts kept, the words and the
// order changed throughout (paraphrase), one sentence kept word for word.
import type { EvalCase } from './types'

const release = `Nordlys Energy reports record third-quarter results

Nordlys Energy reported revenue of 2.4 billion kroner for the third quarter, an increase of 18 percent compared with the same period last year. Operating profit rose to 410 million kroner from 290 million kroner.

The growth was driven mainly by the offshore wind farms that started production in the spring, which delivered more electricity than expected thanks to strong winds in August and September.

Net debt fell to 5.1 billion kroner as the company used part of its cash flow to repay loans taken on to build the wind farms.

The board has decided to raise the dividend to 3.20 kroner per share, and the company expects full-year operating profit of between 1.4 and 1.6 billion kroner.

"We are now harvesting the results of five years of investment in renewable power," said chief executive Ola Brekke.

Nordlys Energy will present its new strategy for hydrogen production at a capital markets day in February.`

const article = `Wind pays off for Nordlys, and for its shareholders

The energy company Nordlys had its best summer quarter ever. Between July and September it took in 2.4 billion kroner, almost a fifth more than a year earlier, and its profit from operations climbed from 290 million kroner to 410 million.

Most of the increase came from wind. The company's offshore turbines, which began producing power in the spring, generated more than the company had planned for, because August and September were unusually windy.

Nordlys also paid back some of the loans it used to build those turbines, bringing its net debt down to 5.1 billion kroner.

Shareholders will get more: the dividend goes up to 3.20 kroner per share. For the whole year, the company now counts on an operating profit somewhere between 1.4 and 1.6 billion kroner.

"We are now harvesting the results of five years of investment in renewable power," said chief executive Ola Brekke.

Not everyone on campus is impressed. The student climate group, which has campaigned for the university pension fund to sell its Nordlys shares because of the company's gas business, said one good quarter of wind power did not change its view. The company says it will set out plans for hydrogen in February.`

export const earningsRewrite: EvalCase = {
  name: 'earnings-rewrite (held out)',
  textA: article,
  textB: release,
  labels: [
    {
      a: 'Between July and September it took in 2.4 billion kroner, almost a fifth more than a year earlier, and its profit from operations climbed from 290 million kroner to 410 million',
      b: [
        'Nordlys Energy reported revenue of 2.4 billion kroner for the third quarter, an increase of 18 percent compared with the same period last year. Operating profit rose to 410 million kroner from 290 million kroner'
      ],
      kind: 'paraphrase'
    },
    {
      a: "The company's offshore turbines, which began producing power in the spring, generated more than the company had planned for, because August and September were unusually windy",
      b: [
        'which delivered more electricity than expected thanks to strong winds in August and September',
        'The growth was driven mainly by the offshore wind farms that started production in the spring, which delivered more electricity than expected thanks to strong winds in August and September'
      ],
      kind: 'paraphrase'
    },
    {
      a: 'Nordlys also paid back some of the loans it used to build those turbines, bringing its net debt down to 5.1 billion kroner',
      b: ['Net debt fell to 5.1 billion kroner as the company used part of its cash flow to repay loans taken on to build the wind farms'],
      kind: 'paraphrase'
    },
    {
      a: 'the dividend goes up to 3.20 kroner per share',
      b: ['The board has decided to raise the dividend to 3.20 kroner per share'],
      kind: 'close'
    },
    {
      a: 'For the whole year, the company now counts on an operating profit somewhere between 1.4 and 1.6 billion kroner',
      b: ['the company expects full-year operating profit of between 1.4 and 1.6 billion kroner'],
      kind: 'paraphrase'
    },
    {
      a: 'We are now harvesting the results of five years of investment in renewable power',
      b: ['We are now harvesting the results of five years of investment in renewable power'],
      kind: 'verbatim'
    },
    {
      a: 'said chief executive Ola Brekke',
      b: ['said chief executive Ola Brekke'],
      kind: 'verbatim',
      optional: true,
      note: 'an attribution'
    },
    {
      a: 'The company says it will set out plans for hydrogen in February',
      b: ['Nordlys Energy will present its new strategy for hydrogen production at a capital markets day in February'],
      kind: 'paraphrase',
      optional: true
    },
    { a: 'said one good quarter of wind power did not change its view', b: [], kind: 'none' }
  ]
}
