// Held out, third batch. A news site copying a geological survey's bulletin with Unicode look-alikes:
// non-breaking spaces between numbers and units, a non-breaking hyphen, an en dash for a hyphen, curly
// apostrophes and quotation marks, an ellipsis character. It adds a resident's quote of its own.
import type { EvalCase } from '../types'

const bulletin = `An earthquake of magnitude 4.6 struck the Vellan Hills at 03:42 local time on Thursday, the National Geological Survey said. The epicentre was 12 km north-east of the town of Drumlee, at a depth of 8-10 km.

The earthquake was felt across a wide area, from the coast to the city of Arnside, 60 km away. It was the region's strongest since 1994. Some chimneys and roof tiles fell in Drumlee, and a wall collapsed at the town's primary school, which was empty at the time. There are no reports of injuries.

"Earthquakes of this size are unusual here but not unexpected," said the survey's duty seismologist, Dr Ruth O'Malley. "The Vellan fault has produced events of magnitude 4 to 5 every few decades."

Two aftershocks, of magnitude 2.1 and 2.8, were recorded in the following hour. More small aftershocks are possible over the next few days. Residents who felt the earthquake are asked to fill in the survey's online questionnaire, which helps scientists map how strongly it was felt in different places.`

const site = `An earthquake of magnitude 4.6 struck the Vellan Hills at 03:42 local time on Thursday, the National Geological Survey said. The epicentre was 12\u00a0km north\u2011east of the town of Drumlee, at a depth of 8–10\u00a0km.

The earthquake was felt across a wide area, from the coast to the city of Arnside, 60\u00a0km away. It was the region’s strongest since 1994. Some chimneys and roof tiles fell in Drumlee, and a wall collapsed at the town’s primary school, which was empty at the time. There are no reports of injuries.

“Earthquakes of this size are unusual here but not unexpected,” said the survey’s duty seismologist, Dr Ruth O’Malley. “The Vellan fault has produced events of magnitude 4\u00a0to\u00a05 every few decades.”

“The whole house shook and the dog wouldn’t stop barking,” said Jean Fraser, who lives on the edge of Drumlee. “I thought a lorry had hit the wall.”

Two aftershocks, of magnitude 2.1 and 2.8, were recorded in the following hour. More small aftershocks are possible over the next few days…`

const same = (a: string, b: string, note?: string) => ({ a, b: [b], kind: 'verbatim' as const, note })

export const quakeBulletin: EvalCase = {
  name: 'quake-bulletin (held out, third batch)',
  textA: site,
  textB: bulletin,
  labels: [
    same(
      'An earthquake of magnitude 4.6 struck the Vellan Hills at 03:42 local time on Thursday, the National Geological Survey said',
      'An earthquake of magnitude 4.6 struck the Vellan Hills at 03:42 local time on Thursday, the National Geological Survey said'
    ),
    same(
      'The epicentre was 12\u00a0km north\u2011east of the town of Drumlee, at a depth of 8–10\u00a0km',
      'The epicentre was 12 km north-east of the town of Drumlee, at a depth of 8-10 km',
      'non-breaking spaces, a non-breaking hyphen and an en dash'
    ),
    same(
      'The earthquake was felt across a wide area, from the coast to the city of Arnside, 60\u00a0km away',
      'The earthquake was felt across a wide area, from the coast to the city of Arnside, 60 km away',
      'a non-breaking space'
    ),
    same('It was the region’s strongest since 1994', "It was the region's strongest since 1994", 'a curly apostrophe'),
    same(
      'Some chimneys and roof tiles fell in Drumlee, and a wall collapsed at the town’s primary school, which was empty at the time',
      "Some chimneys and roof tiles fell in Drumlee, and a wall collapsed at the town's primary school, which was empty at the time",
      'a curly apostrophe'
    ),
    same('There are no reports of injuries', 'There are no reports of injuries'),
    same(
      'Earthquakes of this size are unusual here but not unexpected,” said the survey’s duty seismologist, Dr Ruth O’Malley',
      "Earthquakes of this size are unusual here but not unexpected,\" said the survey's duty seismologist, Dr Ruth O'Malley",
      'a curly closing quotation mark inside the sentence, curly apostrophes in a name'
    ),
    same(
      'The Vellan fault has produced events of magnitude 4\u00a0to\u00a05 every few decades',
      'The Vellan fault has produced events of magnitude 4 to 5 every few decades',
      'non-breaking spaces between words'
    ),
    same(
      'Two aftershocks, of magnitude 2.1 and 2.8, were recorded in the following hour',
      'Two aftershocks, of magnitude 2.1 and 2.8, were recorded in the following hour'
    ),
    same(
      'More small aftershocks are possible over the next few days…',
      'More small aftershocks are possible over the next few days.',
      'an ellipsis character for the full stop'
    ),
    {
      a: 'The whole house shook and the dog wouldn’t stop barking',
      b: [],
      kind: 'none',
      note: 'said by the resident Jean Fraser, not in the bulletin'
    },
    { a: 'I thought a lorry had hit the wall', b: [], kind: 'none', note: 'said by Jean Fraser, not in the bulletin' }
  ]
}
