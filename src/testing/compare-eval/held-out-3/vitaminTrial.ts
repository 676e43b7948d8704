// Held out, third batch. A health story rewriting a university's release on a vitamin D trial: a
// sentence lightly revised, others reworded, the lead author's words quoted, background of the writer's
// own, and a doctor quoted who is not in the release.
import type { EvalCase } from '../types'

const release = `A daily dose of vitamin D did not reduce the number of falls among older people living at home, according to a three-year trial led by researchers at the University of Elmsford.

The trial followed 2,150 people aged 70 and over in four regions. Half were given a daily vitamin D tablet and half a dummy pill, known as a placebo. Neither the participants nor the researchers knew who was taking which.

Over the three years, 38 per cent of those taking vitamin D had at least one fall, compared with 37 per cent of those taking the placebo. There was also no difference in the number of broken bones.

"Many older people take vitamin D in the hope of preventing falls, and our results suggest that for most of them it will not help," said the trial's lead author, Professor Janet Morrow. "Exercise that improves strength and balance remains the best way to prevent falls."

The researchers stress that the results do not apply to people with a diagnosed vitamin D deficiency, who should continue to take the supplements their doctor prescribes. The study is published in the journal BMJ Medicine.`

const story = `Vitamin D pills do not prevent falls in older people, study finds

Taking vitamin D every day does not cut the risk of falling for older people who live at home, a large three-year trial has found.

The researchers followed 2,150 people aged 70 and over in four regions. Half were given a daily vitamin D tablet and half a dummy pill, or placebo, and neither the volunteers nor the researchers knew who was taking which.

By the end of the trial, 38 per cent of the vitamin D group had fallen at least once, against 37 per cent of those on the dummy pill. Broken bones were no less common either.

"Many older people take vitamin D in the hope of preventing falls, and our results suggest that for most of them it will not help," said Professor Janet Morrow of the University of Elmsford, who led the trial.

Falls are the most common reason for older people to be admitted to hospital as an emergency, and around one in three people over 65 falls at least once a year.

Dr Colin Baptiste, a geriatrician who was not involved in the study, said the findings matched his experience. "Patients often ask me which supplement to take, and I tell them to join a balance class instead," he said.

People who have been told by their doctor that they lack vitamin D should keep taking their supplements, the researchers said.`

export const vitaminTrial: EvalCase = {
  name: 'vitamin-trial (held out, third batch)',
  textA: story,
  textB: release,
  labels: [
    {
      a: 'Taking vitamin D every day does not cut the risk of falling for older people who live at home, a large three-year trial has found',
      b: [
        'A daily dose of vitamin D did not reduce the number of falls among older people living at home, according to a three-year trial led by researchers at the University of Elmsford'
      ],
      kind: 'paraphrase'
    },
    {
      a: 'Vitamin D pills do not prevent falls in older people, study finds',
      b: [
        'A daily dose of vitamin D did not reduce the number of falls among older people living at home, according to a three-year trial led by researchers at the University of Elmsford'
      ],
      kind: 'paraphrase',
      optional: true,
      note: 'the headline, a short summary of the first sentence'
    },
    {
      a: 'The researchers followed 2,150 people aged 70 and over in four regions',
      b: ['The trial followed 2,150 people aged 70 and over in four regions'],
      kind: 'close',
      note: 'one word changed'
    },
    {
      a: 'Half were given a daily vitamin D tablet and half a dummy pill, or placebo, and neither the volunteers nor the researchers knew who was taking which',
      b: [
        'Half were given a daily vitamin D tablet and half a dummy pill, known as a placebo. Neither the participants nor the researchers knew who was taking which'
      ],
      kind: 'close',
      note: 'two sentences joined, "known as a" became "or", "participants" became "volunteers"'
    },
    {
      a: 'By the end of the trial, 38 per cent of the vitamin D group had fallen at least once, against 37 per cent of those on the dummy pill',
      b: [
        'Over the three years, 38 per cent of those taking vitamin D had at least one fall, compared with 37 per cent of those taking the placebo'
      ],
      kind: 'paraphrase'
    },
    {
      a: 'Broken bones were no less common either',
      b: ['There was also no difference in the number of broken bones'],
      kind: 'paraphrase'
    },
    {
      a: 'Many older people take vitamin D in the hope of preventing falls, and our results suggest that for most of them it will not help',
      b: [
        'Many older people take vitamin D in the hope of preventing falls, and our results suggest that for most of them it will not help'
      ],
      kind: 'verbatim'
    },
    {
      a: 'said Professor Janet Morrow of the University of Elmsford, who led the trial',
      b: ["said the trial's lead author, Professor Janet Morrow"],
      kind: 'paraphrase',
      optional: true,
      note: 'the attribution, beside the quote'
    },
    {
      a: 'Falls are the most common reason for older people to be admitted to hospital as an emergency, and around one in three people over 65 falls at least once a year',
      b: [],
      kind: 'none',
      note: 'background of the writer’s own, on the same subject'
    },
    {
      a: 'Patients often ask me which supplement to take, and I tell them to join a balance class instead',
      b: [],
      kind: 'none',
      note: 'said by Dr Colin Baptiste, who is not in the release; it echoes the release’s point on balance exercise'
    },
    {
      a: 'People who have been told by their doctor that they lack vitamin D should keep taking their supplements, the researchers said',
      b: [
        'The researchers stress that the results do not apply to people with a diagnosed vitamin D deficiency, who should continue to take the supplements their doctor prescribes'
      ],
      kind: 'paraphrase'
    }
  ]
}
