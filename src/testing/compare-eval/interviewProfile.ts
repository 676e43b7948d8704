// An interview transcript (B) and a magazine profile built on it (A), quoting with guillemets and
// with a quotation that runs over two paragraphs in the news style.
import type { EvalCase } from './types'

const transcript = `Q: When did you decide to leave the orchestra?

A: It was not one moment. For two years I had been playing the same twelve symphonies, and I felt that I was becoming a machine. I loved my colleagues, but I needed to hear my own voice again.

Q: And the first year on your own?

A: Terrible, honestly. I had no money, no agent and no idea how to sell a concert. I played in churches, in schools, once in a car park. But every time someone came up to me afterwards and said they had never heard the cello like that before, I knew I had made the right choice.

Q: What are you working on now?

A: A cycle of six suites, one for each region of the country where my grandparents lived. I recorded old songs from villagers who are in their eighties and nineties, and I try to keep the way they breathe between the phrases. That is the part that is always lost when you write music down.

Q: Do you miss the orchestra?

A: I miss the sound of a hundred people tuning at the same moment. Nothing else in the world sounds like that. But I do not miss the schedule.`

const profile = `The cellist who walked away

Ana Vidal spent nine years in the back row of the National Symphony's cello section before she quit in 2019. « It was not one moment, » she says. « For two years I had been playing the same twelve symphonies, and I felt I was turning into a machine. »

The first year alone was hard. Vidal had no agent and no savings, and she took any stage she could find: churches, schools, even a car park.

« Every time someone came up to me after a concert and said they had never heard the cello like that, I knew I had made the right choice, » she recalls.

Her new project is a cycle of six suites, each devoted to a region where her grandparents lived. She has recorded villagers in their eighties and nineties singing old songs, and she tries to preserve the way they breathe between phrases.

"That is the part that is always lost when you write music down.

"Nothing else sounds like a hundred people tuning at the same moment," she says, then laughs. "But I do not miss the schedule."

Vidal's first album of the suites will be released in the spring by a small label in Lisbon.`

export const interviewProfile: EvalCase = {
  name: 'interview-profile',
  textA: profile,
  textB: transcript,
  labels: [
    {
      a: "Ana Vidal spent nine years in the back row of the National Symphony's cello section before she quit in 2019.",
      b: ['When did you decide to leave the orchestra?'],
      kind: 'none'
    },
    {
      a: 'It was not one moment',
      b: ['It was not one moment'],
      kind: 'verbatim',
      optional: true,
      note: 'four words: below what align pairs'
    },
    {
      a: 'For two years I had been playing the same twelve symphonies, and I felt I was turning into a machine',
      b: ['For two years I had been playing the same twelve symphonies, and I felt that I was becoming a machine'],
      kind: 'close'
    },
    { a: 'The first year alone was hard.', b: ['And the first year on your own?'], kind: 'paraphrase', optional: true },
    {
      a: 'Vidal had no agent and no savings, and she took any stage she could find: churches, schools, even a car park',
      b: ['I had no money, no agent and no idea how to sell a concert. I played in churches, in schools, once in a car park'],
      kind: 'paraphrase'
    },
    {
      a: 'Every time someone came up to me after a concert and said they had never heard the cello like that, I knew I had made the right choice',
      b: [
        'But every time someone came up to me afterwards and said they had never heard the cello like that before, I knew I had made the right choice'
      ],
      kind: 'close'
    },
    {
      a: 'Her new project is a cycle of six suites, each devoted to a region where her grandparents lived',
      b: ['A cycle of six suites, one for each region of the country where my grandparents lived'],
      kind: 'paraphrase'
    },
    {
      a: 'She has recorded villagers in their eighties and nineties singing old songs, and she tries to preserve the way they breathe between phrases',
      b: [
        'I recorded old songs from villagers who are in their eighties and nineties, and I try to keep the way they breathe between the phrases'
      ],
      kind: 'paraphrase'
    },
    {
      a: 'That is the part that is always lost when you write music down',
      b: ['That is the part that is always lost when you write music down'],
      kind: 'verbatim'
    },
    {
      a: 'Nothing else sounds like a hundred people tuning at the same moment',
      b: ['I miss the sound of a hundred people tuning at the same moment. Nothing else in the world sounds like that'],
      kind: 'paraphrase'
    },
    { a: 'But I do not miss the schedule', b: ['But I do not miss the schedule'], kind: 'verbatim' },
    { a: "Vidal's first album of the suites will be released in the spring by a small label in Lisbon.", b: [], kind: 'none' }
  ]
}
