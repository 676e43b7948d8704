// Held out, third batch. A what's-on blog copying a gallery's press release: the release's straight
// quotation marks become single or curly ones, one title loses its marks, and the blogger adds her own
// visit.
import type { EvalCase } from '../types'

const release = `The Harbour Gallery in Portwick will open "Salt and Light", an exhibition of paintings by the Cornish artist Mabel Trethewey, on 3 May.

Trethewey, who died in 1961, was known locally as "the painter of weather". She worked for most of her life in a cottage above the harbour and painted the same stretch of sea more than four hundred times, in every season and at every hour of the day.

The exhibition brings together 85 works, many of them never shown before, including the large canvas "Storm Over the Mole" (1938), which was found rolled up in a barn in 2022.

"She painted the sea the way other people keep a diary," said the gallery's director, Tom Penrose. "Every picture is a record of one morning or one evening that will never come again."

The gallery has also borrowed her paintbox, her letters to her sister and a notebook in which she recorded the weather each day for thirty years. Entry to the exhibition costs 8 pounds, and children under 16 go free. "Salt and Light" runs until 28 September.`

const blog = `What's on: 'Salt and Light' at the Harbour Gallery

If you are in Portwick this summer, don't miss this one. The Harbour Gallery in Portwick will open ‘Salt and Light’, an exhibition of paintings by the Cornish artist Mabel Trethewey, on 3 May.

Trethewey, who died in 1961, was known locally as “the painter of weather”. She worked for most of her life in a cottage above the harbour and painted the same stretch of sea more than four hundred times, in every season and at every hour of the day.

The show brings together 85 works, many never shown before, including the large canvas Storm Over the Mole (1938), which was found rolled up in a barn in 2022.

'She painted the sea the way other people keep a diary,' the gallery's director, Tom Penrose, told us. 'Every picture is a record of one morning or one evening that will never come again.'

I went to the preview last week, and the room of small morning sketches is the highlight: thirty little panels, hung close together, that you could look at for an hour. The café downstairs does an excellent crab sandwich.

Tickets are £8, under-16s free. Salt and Light runs until 28 September.`

export const galleryPreview: EvalCase = {
  name: 'gallery-preview (held out, third batch)',
  textA: blog,
  textB: release,
  labels: [
    {
      a: 'The Harbour Gallery in Portwick will open ‘Salt and Light’, an exhibition of paintings by the Cornish artist Mabel Trethewey, on 3 May',
      b: [
        'The Harbour Gallery in Portwick will open "Salt and Light", an exhibition of paintings by the Cornish artist Mabel Trethewey, on 3 May'
      ],
      kind: 'verbatim',
      note: 'single curly quotation marks for double straight ones'
    },
    {
      a: 'Trethewey, who died in 1961, was known locally as “the painter of weather”',
      b: ['Trethewey, who died in 1961, was known locally as "the painter of weather"'],
      kind: 'verbatim',
      note: 'a quoted phrase inside the sentence, curly for straight'
    },
    {
      a: 'She worked for most of her life in a cottage above the harbour and painted the same stretch of sea more than four hundred times, in every season and at every hour of the day',
      b: [
        'She worked for most of her life in a cottage above the harbour and painted the same stretch of sea more than four hundred times, in every season and at every hour of the day'
      ],
      kind: 'verbatim'
    },
    {
      a: 'The show brings together 85 works, many never shown before, including the large canvas Storm Over the Mole (1938), which was found rolled up in a barn in 2022',
      b: [
        'The exhibition brings together 85 works, many of them never shown before, including the large canvas "Storm Over the Mole" (1938), which was found rolled up in a barn in 2022'
      ],
      kind: 'close',
      note: '"exhibition" became "show", "of them" dropped, and the title lost its quotation marks'
    },
    {
      a: 'She painted the sea the way other people keep a diary',
      b: ['She painted the sea the way other people keep a diary'],
      kind: 'verbatim',
      note: 'single straight quotation marks for double ones'
    },
    {
      a: 'Every picture is a record of one morning or one evening that will never come again',
      b: ['Every picture is a record of one morning or one evening that will never come again'],
      kind: 'verbatim'
    },
    {
      a: "the gallery's director, Tom Penrose, told us",
      b: ["said the gallery's director, Tom Penrose"],
      kind: 'close',
      optional: true,
      note: 'the attribution, inside the quote around it'
    },
    {
      a: 'I went to the preview last week, and the room of small morning sketches is the highlight',
      b: [],
      kind: 'none',
      note: 'the blogger’s own visit'
    },
    { a: 'The café downstairs does an excellent crab sandwich', b: [], kind: 'none', note: 'the blogger’s own' },
    {
      a: 'Tickets are £8, under-16s free',
      b: ['Entry to the exhibition costs 8 pounds, and children under 16 go free'],
      kind: 'paraphrase',
      optional: true,
      note: 'too short to tell from a fact that any notice would give'
    },
    {
      a: 'Salt and Light runs until 28 September',
      b: ['"Salt and Light" runs until 28 September'],
      kind: 'verbatim',
      note: 'the title’s quotation marks dropped'
    },
    {
      a: "What's on: 'Salt and Light' at the Harbour Gallery",
      b: [],
      kind: 'none',
      note: 'the blog’s own heading: it names the show and the gallery but copies no sentence'
    }
  ]
}
