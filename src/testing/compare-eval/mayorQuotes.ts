// A report on a mayor's statement that quotes her, and also quotes an opposition councillor and a
// shop owner: their words are attributed to someone else and have no counterpart in the statement.
import type { EvalCase } from './types'

const statement = `Statement by Mayor Ines Vidal on the new tram line

Today the city council approved the route of the new tram line from the central station to the university hospital. It is the largest investment in public transport in our city for forty years.

The line will be eleven kilometres long with nineteen stops, and trams will run every six minutes at peak hours. Construction will start next autumn and the first passengers will travel in 2029.

I know that the works will be difficult for the people and businesses along the route. We will keep at least one lane open for traffic on every street, and we will compensate shops that lose trade during the construction.

A tram every six minutes will change how this city moves. It will take thousands of cars off our roads and give the neighbourhoods in the east a fast link to the centre for the first time.

The total cost is estimated at 420 million euros, of which the national government will pay sixty percent.`

const report = `The city council on Thursday approved the route of a new tram line linking the central station with the university hospital, a project Mayor Ines Vidal called the largest investment in public transport in the city for forty years.

The eleven-kilometre line will have nineteen stops. Construction is due to start next autumn, and the first passengers are expected to travel in 2029.

"A tram every six minutes will change how this city moves," Vidal said in a statement. "It will take thousands of cars off our roads and give the neighbourhoods in the east a fast link to the centre for the first time."

She acknowledged that the works would be hard on residents and businesses along the route and promised compensation for shops that lose trade.

The opposition was unconvinced. "This is a vanity project that the city cannot afford, and the people in the east will pay for it in higher taxes," said councillor Marc Olsen, who voted against the plan. He said the estimated cost of 420 million euros was certain to rise.

Shop owners on Avenida Sur, where the tracks will run, were divided. "If they really keep one lane open, we can live with it," said Lucia Ferrer, who runs a bakery on the avenue. "But I have heard promises like that before."

The national government has agreed to pay sixty percent of the cost.`

export const mayorQuotes: EvalCase = {
  name: 'mayor-quotes',
  textA: report,
  textB: statement,
  labels: [
    {
      a: 'A tram every six minutes will change how this city moves',
      b: ['A tram every six minutes will change how this city moves'],
      kind: 'verbatim'
    },
    {
      a: 'It will take thousands of cars off our roads and give the neighbourhoods in the east a fast link to the centre for the first time',
      b: [
        'It will take thousands of cars off our roads and give the neighbourhoods in the east a fast link to the centre for the first time'
      ],
      kind: 'verbatim'
    },
    {
      a: 'The city council on Thursday approved the route of a new tram line linking the central station with the university hospital',
      b: ['Today the city council approved the route of the new tram line from the central station to the university hospital'],
      kind: 'paraphrase'
    },
    {
      a: 'the largest investment in public transport in the city for forty years',
      b: ['It is the largest investment in public transport in our city for forty years'],
      kind: 'close'
    },
    {
      a: 'Construction is due to start next autumn, and the first passengers are expected to travel in 2029',
      b: ['Construction will start next autumn and the first passengers will travel in 2029'],
      kind: 'paraphrase'
    },
    {
      a: 'She acknowledged that the works would be hard on residents and businesses along the route and promised compensation for shops that lose trade',
      b: [
        'I know that the works will be difficult for the people and businesses along the route',
        'we will compensate shops that lose trade during the construction',
        'I know that the works will be difficult for the people and businesses along the route. We will keep at least one lane open for traffic on every street, and we will compensate shops that lose trade during the construction'
      ],
      kind: 'paraphrase'
    },
    {
      a: 'The eleven-kilometre line will have nineteen stops',
      b: ['The line will be eleven kilometres long with nineteen stops'],
      kind: 'paraphrase',
      optional: true
    },
    {
      a: 'The national government has agreed to pay sixty percent of the cost',
      b: ['of which the national government will pay sixty percent'],
      kind: 'paraphrase',
      optional: true
    },
    {
      a: 'He said the estimated cost of 420 million euros was certain to rise',
      b: ['The total cost is estimated at 420 million euros'],
      kind: 'paraphrase',
      optional: true,
      note: 'the councillor repeats the figure to dispute it'
    },
    { a: 'This is a vanity project that the city cannot afford', b: [], kind: 'none', note: 'the opposition councillor' },
    {
      a: 'If they really keep one lane open, we can live with it',
      b: [],
      kind: 'none',
      note: "a shop owner echoing the statement's promise in her own words"
    }
  ]
}
