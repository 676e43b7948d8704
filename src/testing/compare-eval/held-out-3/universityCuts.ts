// Held out, third batch. A report on a vice-chancellor's statement announcing cuts: it quotes him, and
// also quotes a union official and a student, whose words are not in his statement.
import type { EvalCase } from '../types'

const statement = `Statement by Professor Alan Whitby, Vice-Chancellor of the University of Castlemere

Today I have told staff that the university must reduce its spending by 24 million pounds over the next two years. This is the hardest announcement I have had to make in my time as Vice-Chancellor.

The number of international students coming to Castlemere has fallen by a third since 2023, and the fee paid by students from this country has not kept pace with inflation for more than a decade. We cannot go on spending more than we earn.

We expect to reduce the number of staff by around 300, out of 4,100, mostly through voluntary severance. We will close the departments of music and modern languages to new students from next September. Students already on those courses will be able to finish their degrees.

I know how much these departments mean to the people who work and study in them, and to the city. These decisions were not taken lightly, and I am sorry for the uncertainty they will cause.

We will protect teaching in every subject we continue to offer, and we will keep our promise to invest in the new medical school, which opens in 2027.`

const report = `The University of Castlemere is to cut around 300 jobs and stop taking new students in music and modern languages, as it tries to save 24 million pounds over the next two years.

The vice-chancellor, Professor Alan Whitby, told staff on Wednesday that it was "the hardest announcement I have had to make in my time as Vice-Chancellor". He blamed a fall of a third in the number of international students since 2023 and a domestic tuition fee that, he said, had not kept pace with inflation for more than a decade.

"We cannot go on spending more than we earn," he said in a statement.

Most of the job losses, out of a workforce of 4,100, are expected to come through voluntary severance. Students already on the two courses will be able to finish their degrees.

The University and College Union said it would ballot its members for strike action. "Management are making staff pay for years of bad decisions," said the union's branch secretary, Dr Helen Marsh. "Closing music in a city with two orchestras is an act of vandalism."

Students were also angry. "I chose Castlemere because of its languages department, and now my younger sister can't come here to study the same thing," said Priya Shah, a second-year French student.

Professor Whitby said the decisions had not been taken lightly. "I know how much these departments mean to the people who work and study in them, and to the city," he said.

The university says it will continue to invest in its new medical school, which is due to open in 2027.`

export const universityCuts: EvalCase = {
  name: 'university-cuts (held out, third batch)',
  textA: report,
  textB: statement,
  labels: [
    {
      a: 'The University of Castlemere is to cut around 300 jobs and stop taking new students in music and modern languages, as it tries to save 24 million pounds over the next two years',
      b: [
        'Today I have told staff that the university must reduce its spending by 24 million pounds over the next two years',
        'We expect to reduce the number of staff by around 300, out of 4,100, mostly through voluntary severance',
        'We will close the departments of music and modern languages to new students from next September'
      ],
      kind: 'paraphrase',
      note: 'a lead that sums up three sentences of the statement'
    },
    {
      a: 'the hardest announcement I have had to make in my time as Vice-Chancellor',
      b: [
        'the hardest announcement I have had to make in my time as Vice-Chancellor',
        'This is the hardest announcement I have had to make in my time as Vice-Chancellor'
      ],
      kind: 'verbatim'
    },
    {
      a: 'He blamed a fall of a third in the number of international students since 2023 and a domestic tuition fee that, he said, had not kept pace with inflation for more than a decade',
      b: [
        'The number of international students coming to Castlemere has fallen by a third since 2023, and the fee paid by students from this country has not kept pace with inflation for more than a decade'
      ],
      kind: 'paraphrase'
    },
    { a: 'We cannot go on spending more than we earn', b: ['We cannot go on spending more than we earn'], kind: 'verbatim' },
    {
      a: 'Most of the job losses, out of a workforce of 4,100, are expected to come through voluntary severance',
      b: ['We expect to reduce the number of staff by around 300, out of 4,100, mostly through voluntary severance'],
      kind: 'paraphrase'
    },
    {
      a: 'Students already on the two courses will be able to finish their degrees',
      b: ['Students already on those courses will be able to finish their degrees'],
      kind: 'close',
      note: '"those" became "the two"'
    },
    {
      a: 'The University and College Union said it would ballot its members for strike action',
      b: [],
      kind: 'none',
      note: 'the reporter’s own'
    },
    {
      a: 'Management are making staff pay for years of bad decisions',
      b: [],
      kind: 'none',
      note: 'said by the union’s branch secretary, Dr Helen Marsh, not in the statement'
    },
    {
      a: 'Closing music in a city with two orchestras is an act of vandalism',
      b: [],
      kind: 'none',
      note: 'said by Dr Helen Marsh of the union, not in the statement'
    },
    {
      a: "I chose Castlemere because of its languages department, and now my younger sister can't come here to study the same thing",
      b: [],
      kind: 'none',
      note: 'said by the student Priya Shah, not in the statement'
    },
    {
      a: 'Professor Whitby said the decisions had not been taken lightly',
      b: ['These decisions were not taken lightly'],
      kind: 'paraphrase',
      note: 'reported speech'
    },
    {
      a: 'I know how much these departments mean to the people who work and study in them, and to the city',
      b: ['I know how much these departments mean to the people who work and study in them, and to the city'],
      kind: 'verbatim'
    },
    {
      a: 'The university says it will continue to invest in its new medical school, which is due to open in 2027',
      b: ['we will keep our promise to invest in the new medical school, which opens in 2027'],
      kind: 'paraphrase'
    }
  ]
}
