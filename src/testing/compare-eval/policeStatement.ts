// A report on a police statement about a warehouse fire: sentences lightly revised with synonyms,
// the police spokeswoman quoted, and a witness and the owner quoted with no counterpart.
import type { EvalCase } from './types'

const statement = `Police statement: fire at Dockside Road warehouse

At about 02:15 on Saturday, officers were called to a fire at a storage warehouse on Dockside Road. Fire crews from three stations brought the fire under control shortly after 05:00.

Nobody was inside the building at the time and no injuries have been reported. Residents of four nearby houses were evacuated as a precaution and were allowed to return home on Saturday morning.

Detectives are treating the fire as suspicious. A man aged 34 has been arrested on suspicion of arson and remains in custody.

"We understand that this was a frightening night for the people living near the warehouse, and we thank them for their patience," said Inspector Karen Doyle. "We would like to hear from anyone who was in the Dockside Road area between midnight and 02:30 and saw anything unusual."

Dockside Road will stay closed between Mill Lane and the harbour while the investigation continues.`

const report = `A storage warehouse on Dockside Road was badly damaged by fire early on Saturday, and police have arrested a man on suspicion of arson.

Officers were called to the blaze at about 02:15, and fire crews from three stations brought it under control shortly after 05:00. Nobody was inside the building at the time and no injuries have been reported, the police said.

Residents of four neighbouring houses were evacuated as a precaution and were allowed to go back home on Saturday morning.

"The flames were higher than the roof of the house, and the whole street smelled of burning plastic," said Sean Whelan, who lives opposite the warehouse and was woken by the sirens. "My children were terrified."

Detectives are treating the fire as suspicious. A 34-year-old man remains in custody.

Inspector Karen Doyle said officers would like to hear from anyone who was in the Dockside Road area between midnight and 02:30 and saw anything unusual. "We understand that this was a frightening night for the people living near the warehouse, and we thank them for their patience," she said.

The owner of the warehouse, Mark Tully, said it held furniture for several shops in the town. "Everything we had in there is gone," he said. "We will have to start again from nothing."

Dockside Road will remain closed between Mill Lane and the harbour while the investigation continues.`

export const policeStatement: EvalCase = {
  name: 'police-statement (held out)',
  textA: report,
  textB: statement,
  labels: [
    {
      a: 'fire crews from three stations brought it under control shortly after 05:00',
      b: [
        'Fire crews from three stations brought the fire under control shortly after 05:00',
        'At about 02:15 on Saturday, officers were called to a fire at a storage warehouse on Dockside Road. Fire crews from three stations brought the fire under control shortly after 05:00'
      ],
      kind: 'close'
    },
    {
      a: 'Nobody was inside the building at the time and no injuries have been reported',
      b: ['Nobody was inside the building at the time and no injuries have been reported'],
      kind: 'verbatim'
    },
    {
      a: 'Residents of four neighbouring houses were evacuated as a precaution and were allowed to go back home on Saturday morning',
      b: ['Residents of four nearby houses were evacuated as a precaution and were allowed to return home on Saturday morning'],
      kind: 'close',
      note: 'two synonyms'
    },
    { a: 'Detectives are treating the fire as suspicious', b: ['Detectives are treating the fire as suspicious'], kind: 'verbatim' },
    {
      a: 'officers would like to hear from anyone who was in the Dockside Road area between midnight and 02:30 and saw anything unusual',
      b: ['We would like to hear from anyone who was in the Dockside Road area between midnight and 02:30 and saw anything unusual'],
      kind: 'close',
      note: 'reported speech: "we" became "officers"'
    },
    {
      a: 'We understand that this was a frightening night for the people living near the warehouse, and we thank them for their patience',
      b: ['We understand that this was a frightening night for the people living near the warehouse, and we thank them for their patience'],
      kind: 'verbatim'
    },
    {
      a: 'Dockside Road will remain closed between Mill Lane and the harbour while the investigation continues',
      b: ['Dockside Road will stay closed between Mill Lane and the harbour while the investigation continues'],
      kind: 'close'
    },
    {
      a: 'Officers were called to the blaze at about 02:15',
      b: ['At about 02:15 on Saturday, officers were called to a fire at a storage warehouse on Dockside Road'],
      kind: 'paraphrase',
      optional: true
    },
    {
      a: 'A 34-year-old man remains in custody',
      b: ['A man aged 34 has been arrested on suspicion of arson and remains in custody'],
      kind: 'paraphrase',
      optional: true
    },
    {
      a: 'police have arrested a man on suspicion of arson',
      b: ['A man aged 34 has been arrested on suspicion of arson'],
      kind: 'paraphrase',
      optional: true
    },
    { a: 'The flames were higher than the roof of the house', b: [], kind: 'none', note: 'a witness' },
    { a: 'Everything we had in there is gone', b: [], kind: 'none', note: 'the owner' }
  ]
}
