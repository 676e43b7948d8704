// Two independent reports of two different city marathons: race-day vocabulary and stock phrases
// ("crossed the finish line", "ideal conditions", "course record"), no shared passage.
import type { EvalCase } from './types'

const lisbon = `Kenya's Daniel Kiprop won the Lisbon Marathon on Sunday in 2 hours 6 minutes 41 seconds, breaking the course record by almost a minute in cool and windless weather that runners described as ideal conditions.

Kiprop broke away from a group of five leaders after the 30th kilometre, on the long stretch beside the river, and crossed the finish line in Praca do Comercio alone, raising both arms to the crowd.

"I felt strong from the start, and when I saw the others were tired I decided to go," he said after the race. It was his first marathon victory outside Africa.

In the women's race, Ethiopia's Meseret Alemu won in 2 hours 22 minutes, ahead of Portugal's Sara Moreira, who was cheered along the final kilometre by thousands of spectators waving flags.

About 28,000 runners took part in the marathon and the half marathon held on the same morning, a record for the event. Organisers said medical teams treated around sixty runners, most of them for cramps and blisters, and none was seriously hurt.

Several streets in the city centre were closed to traffic until mid-afternoon. The organisers said next year's race would again start in the suburb of Cascais and follow the coast into the city.`

const chicago = `Ruth Chebet of Kenya won the Chicago Marathon on Sunday in 2 hours 18 minutes 3 seconds, pulling clear of the field in the last five miles on a cool, sunny morning.

Chebet ran with the lead pack through the downtown loop and the first half of the race, then pushed the pace as the course turned south towards Chinatown. She crossed the finish line in Grant Park with more than a minute to spare.

"The crowd carried me through the hard part," Chebet said. "I wanted to run fast today, and the weather helped."

The men's race went to Ethiopia's Tadesse Bekele, who outsprinted two rivals in the final 400 meters to win in 2 hours 5 minutes 12 seconds, a few seconds outside the course record.

More than 45,000 runners started the race. Race officials reported a routine day for medical staff, with most treatments for dehydration and muscle cramps.

The marathon, one of the six major races in the world series, brings an estimated 500 million dollars to the city each year, according to organisers.`

export const marathonReports: EvalCase = {
  name: 'marathon-reports (held out)',
  textA: lisbon,
  textB: chicago,
  labels: [
    { a: 'crossed the finish line in Praca do Comercio alone', b: [], kind: 'none', note: 'stock phrase' },
    {
      a: 'Organisers said medical teams treated around sixty runners, most of them for cramps and blisters',
      b: [],
      kind: 'none',
      note: 'same kind of fact, another race'
    }
  ]
}
