// A university's press release about a study (B) and a news story on it (A).
import type { EvalCase } from './types'

const release = `Marine heatwaves are bleaching coral reefs faster than they can recover, study finds

A new study led by researchers at the University of Townsville has found that coral reefs across the Indo-Pacific are being hit by marine heatwaves more often than they can recover from them.

The team analysed 40 years of satellite sea-surface temperature records and more than 3,000 reef surveys from 1980 to 2020. They found that the average time between severe bleaching events has fallen from 27 years in the early 1980s to just six years today.

"Coral reefs need at least ten to fifteen years to recover from a severe bleaching event," said lead author Dr. Mei Tanaka. "When heatwaves return every six years, the reefs simply never get the chance to grow back."

The study, published today in the journal Ocean Science, also found that reefs in deeper and cooler water recovered faster, suggesting that some areas could act as refuges for coral species.

"These refuges give us reason for hope, but only if we act on emissions now," Dr. Tanaka said. "Protecting them from fishing pressure and pollution will buy time, but it cannot replace cutting greenhouse gas emissions."

The researchers recommend that reef managers prioritise the protection of cooler, deeper reefs and expand monitoring programmes so that bleaching can be detected earlier.

The research was funded by the National Marine Science Council.`

const story = `Reefs are running out of time to heal, scientists warn

Coral reefs in the Indo-Pacific are now bleached by marine heatwaves so often that they no longer have time to recover, according to a study published on Wednesday.

Researchers at the University of Townsville examined four decades of satellite temperature data together with over 3,000 reef surveys. The gap between severe bleaching events shrank from 27 years in the early 1980s to only six years now, they found.

"Coral reefs need at least 10 to 15 years to recover from a severe bleaching event," lead author Mei Tanaka told reporters. "When heatwaves come back every six years, the reefs simply never get the chance to grow back."

Reef scientists not involved in the study said the findings matched what divers had seen on the Great Barrier Reef. "We used to talk about recovery in decades. Now we talk about whether there will be anything left to recover," said Dr. Liam O'Connor of the Coastal Research Institute.

Reefs in deeper, cooler water bounced back faster, the study found, raising the possibility that they could serve as refuges for coral.

"These refuges give us reason for hope, but only if we act on emissions now," Tanaka said.

Tourism on the reef supports about 64,000 jobs in Queensland alone, and operators fear that visitors will stay away if the coral keeps dying.`

export const studyCoverage: EvalCase = {
  name: 'study-coverage',
  textA: story,
  textB: release,
  labels: [
    {
      a: 'Reefs are running out of time to heal, scientists warn',
      b: ['Marine heatwaves are bleaching coral reefs faster than they can recover, study finds'],
      kind: 'paraphrase',
      optional: true,
      note: 'headline'
    },
    {
      a: 'Coral reefs in the Indo-Pacific are now bleached by marine heatwaves so often that they no longer have time to recover',
      b: [
        'coral reefs across the Indo-Pacific are being hit by marine heatwaves more often than they can recover from them',
        'Marine heatwaves are bleaching coral reefs faster than they can recover, study finds'
      ],
      kind: 'paraphrase'
    },
    {
      a: 'Researchers at the University of Townsville examined four decades of satellite temperature data together with over 3,000 reef surveys',
      b: [
        'The team analysed 40 years of satellite sea-surface temperature records and more than 3,000 reef surveys from 1980 to 2020',
        'A new study led by researchers at the University of Townsville'
      ],
      kind: 'paraphrase'
    },
    {
      a: 'The gap between severe bleaching events shrank from 27 years in the early 1980s to only six years now, they found',
      b: [
        'They found that the average time between severe bleaching events has fallen from 27 years in the early 1980s to just six years today'
      ],
      kind: 'paraphrase'
    },
    {
      a: 'Coral reefs need at least 10 to 15 years to recover from a severe bleaching event',
      b: ['Coral reefs need at least ten to fifteen years to recover from a severe bleaching event'],
      kind: 'close'
    },
    {
      a: 'lead author Mei Tanaka told reporters',
      b: ['said lead author Dr. Mei Tanaka'],
      kind: 'paraphrase',
      optional: true,
      note: 'the attribution, restated: true, and of no interest'
    },
    {
      a: 'When heatwaves come back every six years, the reefs simply never get the chance to grow back',
      b: ['When heatwaves return every six years, the reefs simply never get the chance to grow back'],
      kind: 'close'
    },
    {
      a: 'Reef scientists not involved in the study said the findings matched what divers had seen on the Great Barrier Reef.',
      b: [],
      kind: 'none'
    },
    {
      a: 'We used to talk about recovery in decades. Now we talk about whether there will be anything left to recover',
      b: [],
      kind: 'none'
    },
    { a: "said Dr. Liam O'Connor of the Coastal Research Institute", b: [], kind: 'none' },
    {
      a: 'Reefs in deeper, cooler water bounced back faster, the study found, raising the possibility that they could serve as refuges for coral',
      b: [
        'also found that reefs in deeper and cooler water recovered faster, suggesting that some areas could act as refuges for coral species'
      ],
      kind: 'paraphrase'
    },
    {
      a: 'These refuges give us reason for hope, but only if we act on emissions now',
      b: ['These refuges give us reason for hope, but only if we act on emissions now'],
      kind: 'verbatim'
    },
    {
      a: 'Tourism on the reef supports about 64,000 jobs in Queensland alone, and operators fear that visitors will stay away if the coral keeps dying.',
      b: [],
      kind: 'none'
    }
  ]
}
