// Held out, third batch. A tech blog's story from a start-up's funding release: sentences copied, one
// trimmed, the technology chief's words reported rather than quoted, and an analyst quoted who is not in
// the release.
import type { EvalCase } from '../types'

const release = `Lumora raises 18 million euros to bring its battery-free sensors to warehouses

Lisbon, 4 March – Lumora, a start-up that makes wireless sensors powered by indoor light, has raised 18 million euros in a funding round led by the venture capital firm Northgate Partners.

Lumora's sensors, which are the size of a postage stamp, track the temperature, humidity and location of goods as they move through a warehouse. Because they run on the light from ordinary ceiling lamps, they never need a battery change. The company says a single warehouse can use tens of thousands of them.

"Every year, billions of small batteries are thrown away from devices like these," said Lumora's chief executive and co-founder, Inês Carvalho. "We wanted to prove that a sensor could work for ten years without one."

The company will use the money to open an office in Rotterdam and to double its team to 90 people by the end of next year. Its sensors are already used by two of Europe's ten largest logistics companies.

"The hardest part was not the solar cell but the radio," said chief technology officer Rui Matos. "We had to make it use a thousandth of the power of a normal Bluetooth chip."

Lumora was founded in 2020 by Carvalho and Matos, who met as doctoral students at the University of Porto.`

const blog = `Portuguese start-up Lumora has raised €18m for sensors that never need a battery

Lumora, a start-up that makes wireless sensors powered by indoor light, has raised 18 million euros in a funding round led by Northgate Partners.

The sensors, which are the size of a postage stamp, track the temperature, humidity and location of goods as they move through a warehouse. Because they run on the light from ordinary ceiling lamps, they never need a battery change.

"Every year, billions of small batteries are thrown away from devices like these," chief executive Inês Carvalho said. "We wanted to prove that a sensor could work for ten years without one."

Her co-founder Rui Matos, the company's CTO, says the difficult bit was the radio rather than the solar cell: it had to draw a thousandth of the power of a standard Bluetooth chip.

Energy-harvesting sensors are a crowded field, and Lumora is not the only company chasing warehouse customers. "Logistics companies have been burned by pilots that never scaled," said Marta Silva, an analyst at the research firm Ondas Insight. "Lumora's advantage is that it is already deployed at real scale."

The company plans to open a Rotterdam office and grow to 90 staff by the end of next year.`

export const sensorFunding: EvalCase = {
  name: 'sensor-funding (held out, third batch)',
  textA: blog,
  textB: release,
  labels: [
    {
      a: 'Lumora, a start-up that makes wireless sensors powered by indoor light, has raised 18 million euros in a funding round led by Northgate Partners',
      b: [
        'Lumora, a start-up that makes wireless sensors powered by indoor light, has raised 18 million euros in a funding round led by the venture capital firm Northgate Partners'
      ],
      kind: 'close',
      note: '"the venture capital firm" cut'
    },
    {
      a: 'which are the size of a postage stamp, track the temperature, humidity and location of goods as they move through a warehouse',
      b: ['which are the size of a postage stamp, track the temperature, humidity and location of goods as they move through a warehouse'],
      kind: 'verbatim'
    },
    {
      a: 'Because they run on the light from ordinary ceiling lamps, they never need a battery change',
      b: ['Because they run on the light from ordinary ceiling lamps, they never need a battery change'],
      kind: 'verbatim'
    },
    {
      a: 'Every year, billions of small batteries are thrown away from devices like these',
      b: ['Every year, billions of small batteries are thrown away from devices like these'],
      kind: 'verbatim'
    },
    {
      a: 'We wanted to prove that a sensor could work for ten years without one',
      b: ['We wanted to prove that a sensor could work for ten years without one'],
      kind: 'verbatim'
    },
    {
      a: 'says the difficult bit was the radio rather than the solar cell: it had to draw a thousandth of the power of a standard Bluetooth chip',
      b: [
        'The hardest part was not the solar cell but the radio," said chief technology officer Rui Matos. "We had to make it use a thousandth of the power of a normal Bluetooth chip',
        'The hardest part was not the solar cell but the radio',
        'We had to make it use a thousandth of the power of a normal Bluetooth chip'
      ],
      kind: 'paraphrase',
      note: 'his two quoted sentences reported in one'
    },
    {
      a: 'Energy-harvesting sensors are a crowded field, and Lumora is not the only company chasing warehouse customers',
      b: [],
      kind: 'none',
      note: 'the blog’s own'
    },
    {
      a: 'Logistics companies have been burned by pilots that never scaled',
      b: [],
      kind: 'none',
      note: 'said by the analyst Marta Silva, not in the release'
    },
    {
      a: "Lumora's advantage is that it is already deployed at real scale",
      b: [],
      kind: 'none',
      note: 'said by Marta Silva, not in the release'
    },
    {
      a: 'The company plans to open a Rotterdam office and grow to 90 staff by the end of next year',
      b: ['The company will use the money to open an office in Rotterdam and to double its team to 90 people by the end of next year'],
      kind: 'paraphrase'
    },
    {
      a: 'Portuguese start-up Lumora has raised €18m for sensors that never need a battery',
      b: ['Lumora raises 18 million euros to bring its battery-free sensors to warehouses'],
      kind: 'paraphrase',
      optional: true,
      note: 'headline for headline'
    }
  ]
}
