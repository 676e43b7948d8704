// Two independent heatwave reports (Spain, Italy): the same topic and its stock phrases ("little relief",
// "red warning", "stay indoors", "as the climate warms"), written apart. Nothing here is reuse.
import type { EvalCase } from './types'

const spain = `Temperatures climbed above 40 degrees Celsius in several southern towns on Tuesday as the heatwave entered its second week, and forecasters said there was little relief in sight.

The national weather service issued a red warning for six regions, its highest level, and advised people to avoid going outside between noon and 5 p.m. Hospitals in Seville reported a rise in admissions for heatstroke, mostly among elderly patients living alone.

"We are seeing more people arrive dehydrated and confused, often after several days in flats without air conditioning," said Dr Elena Marquez, who heads the emergency department at the Virgen del Rocio hospital.

Farmers warned that the heat was damaging olive and grape harvests already weakened by two years of drought. The agriculture ministry said it would consider emergency aid once the scale of the losses was known.

City councils opened libraries and civic centres as cooling rooms, and several extended the opening hours of public swimming pools until midnight. In Cordoba, the council handed out free bottles of water at bus stops.

Scientists say heatwaves in southern Europe have become longer and more frequent as the climate warms. The weather service expects temperatures to ease slightly on Sunday, although it warned that the nights would stay hot.`

const italy = `A heatwave gripped northern Italy for a fifth day on Wednesday, with temperatures reaching 38 degrees Celsius in Milan and Bologna and forecasters predicting little relief before the weekend.

The civil protection department placed sixteen cities on red alert and urged residents, especially the elderly and people with heart conditions, to stay indoors during the hottest hours of the day.

Milan's transport company added extra water points in metro stations after several passengers fainted on crowded trains. "The stations were never designed for this kind of heat," a spokesman said.

Electricity demand hit a record as offices and homes ran air conditioners around the clock, and the grid operator asked factories to shift some work to the night.

In the countryside, rice and maize growers in the Po valley said the river was at its lowest level for this time of year in decades, and some had stopped irrigating their fields.

Climate scientists have warned that heatwaves in Europe are becoming more intense as global temperatures rise. Meteorologists expect a storm front to bring cooler air from the Alps early next week.`

export const heatwaveReports: EvalCase = {
  name: 'heatwave-reports',
  textA: spain,
  textB: italy,
  labels: [
    { a: 'forecasters said there was little relief in sight', b: [], kind: 'none', note: 'stock phrase of weather reports' },
    {
      a: 'Scientists say heatwaves in southern Europe have become longer and more frequent as the climate warms',
      b: [],
      kind: 'none',
      note: 'the same claim, said independently'
    }
  ]
}
