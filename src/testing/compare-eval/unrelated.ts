// Two council stories from the same town on different subjects: same vocabulary, no shared passage.
import type { EvalCase } from './types'

const roads = `The city council on Monday approved a $3.1 million plan to repair roads on the east side, after residents complained for years about potholes on Fairview Avenue and Lincoln Street.

Public works director Sam Okafor told the council that the worst stretches would be repaved first, starting in May. "Some of these roads have not been resurfaced since the 1980s," he said. "We have been patching them every spring, and the patches do not last."

The money comes from the state transportation fund and from a bond approved by voters in 2022. Council members voted 6 to 1 for the plan. Councillor Ruth Adler voted against it, saying the east side had been favoured over older neighbourhoods in the north.

Work crews will close one lane at a time, and the city will post detours online each week. Okafor said the project should be finished by the end of October if the weather holds.

Business owners on Fairview Avenue asked the council to keep the street open on weekends, when most of their customers arrive by car. Okafor promised to meet them before the schedule is final. "Nobody wants to lose a summer of trade to a construction site," said Marta Ruiz, who runs a hardware store near the corner of Lincoln Street.

The city last carried out a repair program of this size in 2011, when it rebuilt the bridges over the canal. Residents can report potholes through the city's website or by calling the public works office.`

const schools = `The school board voted on Thursday to keep all three elementary schools in the north of the city open for at least two more years, reversing a plan to merge them into one new building.

Superintendent Laura Chen said enrollment had fallen less than expected and that parents had made a strong case at a public meeting last month. "We heard clearly that families want to keep their schools close to home," she said.

The board will instead spend $1.4 million on new roofs and heating systems, paid for from the district's capital reserve. Board members voted 5 to 2, with two members warning that the repairs would only delay a hard decision.

A review of school buildings across the district will be presented to the board in the spring, Chen said, and the question of a merger could return after that.

Parents who had organised against the merger filled the meeting room and cheered when the result was read out. "Our children can still walk to school, and that matters more than any savings on paper," said Tom Becker, whose two daughters attend Westfield Elementary.

The merger plan had been drawn up in 2021, when enrollment projections showed a steep drop in the number of young families in the north of the city. New housing built since then has brought more children into the area than the projections had assumed. The district will also hire two more teachers for the autumn term.`

export const unrelated: EvalCase = {
  name: 'unrelated',
  textA: schools,
  textB: roads,
  labels: []
}
