// Held out, fourth batch. A student's essay on Apollo 11 written from an encyclopedia-style article: it
// copies the article's quotes of Kennedy and Armstrong, gives Aldrin's words to Armstrong, and adds two
// quotes from elsewhere (a film line credited to Gene Kranz, and Michael Collins) that the article does
// not have.
import type { EvalCase } from '../types'

const article = `Apollo 11 was the American spaceflight that first landed people on the Moon. Commander Neil Armstrong and lunar module pilot Buzz Aldrin landed the lunar module Eagle on 20 July 1969, while Michael Collins flew the command module Columbia in lunar orbit.

The programme had its origins in the space race with the Soviet Union. In May 1961 President John F. Kennedy set the goal of "landing a man on the Moon and returning him safely to the Earth" before the end of the decade. In a speech at Rice University in September 1962 he said: "We choose to go to the Moon in this decade and do the other things, not because they are easy, but because they are hard."

The descent was tense. Alarms sounded on the lunar module's computer, and Armstrong took manual control to steer past a field of boulders, landing with less than a minute of fuel to spare. "Houston, Tranquility Base here. The Eagle has landed," he reported.

About six and a half hours later Armstrong stepped onto the surface and said: "That's one small step for man, one giant leap for mankind." Aldrin joined him about twenty minutes later and described the view as "magnificent desolation". The two men spent about two and a quarter hours outside, collecting 21.5 kilograms of rock and soil and setting up experiments.

The crew returned to Earth on 24 July, splashing down in the Pacific Ocean. An estimated 650 million people had watched the first steps on television.`

const essay = `Why Apollo 11 mattered

Apollo 11 was the American spaceflight that first landed people on the Moon. It was a product of the Cold War: President Kennedy wanted to beat the Soviet Union, and in 1962 he told an audience at Rice University, ‘We choose to go to the Moon in this decade and do the other things, not because they are easy, but because they are hard.’

On 20 July 1969 Neil Armstrong and Buzz Aldrin landed the lunar module Eagle, while Michael Collins stayed in orbit in Columbia. The landing nearly went wrong: computer alarms went off and Armstrong had to fly past boulders by hand, with under a minute of fuel left. Then came the famous message: "Houston, Tranquility Base here.  The Eagle has landed."

When Armstrong stepped onto the surface he said "That’s one small step for man, one giant leap for mankind". He described the view as "magnificent desolation".

The flight director, Gene Kranz, had told his team before the mission: "Failure is not an option." Collins later wrote, "I am alone now, truly alone, and absolutely isolated from any known life."

For me, Apollo 11 shows what people can do when they have a clear goal. An estimated 650 million people watched the first steps on television, and the mission still inspires scientists and engineers today.`

export const apolloEssay: EvalCase = {
  name: 'apollo-essay (held out, fourth batch)',
  textA: essay,
  textB: article,
  labels: [
    { a: 'Why Apollo 11 mattered', b: [], kind: 'none', note: 'the essay’s title' },
    {
      a: 'Apollo 11 was the American spaceflight that first landed people on the Moon',
      b: ['Apollo 11 was the American spaceflight that first landed people on the Moon'],
      kind: 'verbatim'
    },
    {
      a: 'President Kennedy wanted to beat the Soviet Union',
      b: ['The programme had its origins in the space race with the Soviet Union'],
      kind: 'paraphrase',
      optional: true,
      note: 'a loose summary, close to what anyone would write about the space race'
    },
    {
      a: 'in 1962 he told an audience at Rice University',
      b: ['In a speech at Rice University in September 1962 he said'],
      kind: 'paraphrase',
      optional: true,
      note: 'the attribution, reworded'
    },
    {
      a: 'We choose to go to the Moon in this decade and do the other things, not because they are easy, but because they are hard',
      b: ['We choose to go to the Moon in this decade and do the other things, not because they are easy, but because they are hard'],
      kind: 'verbatim',
      note: 'Kennedy’s words, in single curly quotation marks in the essay'
    },
    {
      a: 'On 20 July 1969 Neil Armstrong and Buzz Aldrin landed the lunar module Eagle, while Michael Collins stayed in orbit in Columbia',
      b: [
        'Commander Neil Armstrong and lunar module pilot Buzz Aldrin landed the lunar module Eagle on 20 July 1969, while Michael Collins flew the command module Columbia in lunar orbit'
      ],
      kind: 'paraphrase'
    },
    {
      a: 'The landing nearly went wrong: computer alarms went off and Armstrong had to fly past boulders by hand, with under a minute of fuel left',
      b: [
        "Alarms sounded on the lunar module's computer, and Armstrong took manual control to steer past a field of boulders, landing with less than a minute of fuel to spare"
      ],
      kind: 'paraphrase'
    },
    {
      a: 'Houston, Tranquility Base here.  The Eagle has landed',
      b: ['Houston, Tranquility Base here. The Eagle has landed'],
      kind: 'verbatim',
      note: 'Armstrong’s words; two spaces after the full stop in the essay'
    },
    {
      a: 'When Armstrong stepped onto the surface he said',
      b: ['Armstrong stepped onto the surface and said'],
      kind: 'paraphrase',
      optional: true,
      note: 'the attribution'
    },
    {
      a: 'That’s one small step for man, one giant leap for mankind',
      b: ["That's one small step for man, one giant leap for mankind"],
      kind: 'verbatim',
      note: 'Armstrong’s words; a curly apostrophe'
    },
    {
      a: 'described the view as "magnificent desolation"',
      b: ['described the view as "magnificent desolation"'],
      kind: 'verbatim',
      note: 'the source’s words, but the essay gives them to Armstrong ("He"): in the source they are Aldrin’s'
    },
    {
      a: 'Failure is not an option',
      b: [],
      kind: 'none',
      note: 'credited to Gene Kranz, not in the article (a line from a film about Apollo 13)'
    },
    {
      a: 'I am alone now, truly alone, and absolutely isolated from any known life',
      b: [],
      kind: 'none',
      note: 'Michael Collins’s words, from his own book, not in the article'
    },
    {
      a: 'For me, Apollo 11 shows what people can do when they have a clear goal',
      b: [],
      kind: 'none',
      note: 'the student’s own'
    },
    {
      a: 'An estimated 650 million people watched the first steps on television',
      b: ['An estimated 650 million people had watched the first steps on television'],
      kind: 'close',
      note: '"had" dropped'
    }
  ]
}
