// Tuning. Texts of their own that quote one passage of a tuning source, as a news story quotes one line
// of a long statement: the lone quote is reuse, and nothing else in them is.
import type { Answer } from './types'

function quoting(before: string, quote: string, after: string, note: string): Answer {
  return { level: 'quote', text: `${before}\n\n${quote}\n\n${after}`, own: [before, after], note }
}

export const QUOTING_ANSWERS: Record<string, Answer[]> = {
  'hosepipe-ban': [
    quoting(
      `Gardeners have been queueing at garden centres for water butts and drought-tolerant plants, as a dry summer tests lawns and vegetable patches across the county. Sales of lavender, rosemary and ornamental grasses have doubled since May, one nursery owner said.`,
      `Southdown Water has told its customers that "nobody wants restrictions, but we have to protect supplies for essential use through the rest of the summer and into the autumn."`,
      `Allotment holders say they are watering at dawn and covering the soil with straw to keep it moist. The county's horticultural society has postponed its annual show until September.`,
      'one sentence of the source quoted in a gardening story'
    )
  ],
  'fossil-find': [
    quoting(
      `The Isle of Wight's tourist board expects a record number of visitors this year, helped by a new ferry route and by the island's reputation for fossils. Hotels in Sandown and Shanklin say bookings for the summer are already higher than last year.`,
      `The museum's curator has said that the newly found skull "alone will tell us more about how these animals ate than anything found on the island in the last fifty years".`,
      `Ferry operators have added sailings at weekends, and the council is repairing the coastal footpath between Brook and Compton Bay, which was damaged by storms in the winter.`,
      'a line of the curator quoted in a tourism story'
    )
  ],
  'bike-scheme': [
    quoting(
      `Larchester's council has approved its budget for next year, with more money for road repairs and libraries and a rise of almost five per cent in council tax. Opposition councillors said the rise would hurt families already struggling with bills.`,
      `The budget includes money for the bike scheme that opens on Monday: riders unlock a bike with a smartphone app or a contactless card, and can leave it at any station.`,
      `The council also plans to sell two office buildings in the city centre and to move its staff into the town hall, which it says will save about a million pounds a year.`,
      'a sentence of the source in a budget story'
    )
  ],
  'artefacts-returned': [
    quoting(
      `Visitor numbers at the Calder Museum rose by a fifth last year, according to its annual report, helped by an exhibition of Viking silver and by free entry for children during the school holidays.`,
      `In her foreword, the director writes: "Museums exist to tell the truth about the past, and returning the plaques is part of that."`,
      `The museum plans to open a new gallery of local history next year, and is raising money to restore the roof of its main hall, which has leaked during heavy rain.`,
      'the last line of the statement quoted in an annual report'
    )
  ],
  'frog-species': [
    quoting(
      `Ecuador's government has approved the expansion of a copper mine in the Cordillera del Cóndor, despite protests by indigenous communities and environmental groups who say it will pollute rivers and destroy forest.`,
      `Biologists have warned that a frog described this year lives at only three sites, all within a few kilometres of a copper mine that is expanding.`,
      `The mining company says it will replant forest and monitor water quality, and that the mine will bring jobs and investment to one of the poorest regions of the country.`,
      'a sentence of the source in a story on mining'
    )
  ],
  'school-asbestos': [
    quoting(
      `Redbrook Academy has been rated good by inspectors, who praised its teaching of mathematics and the behaviour of its pupils, but said that attendance in some year groups was still too low.`,
      `The school has also told parents that the science block will be closed from Monday 9 October, after a survey found asbestos in the ceiling tiles of four laboratories.`,
      `The headteacher said she was proud of the report and that the school would work with families to improve attendance over the coming year.`,
      'a sentence of the letter in a story on an inspection'
    )
  ]
}
