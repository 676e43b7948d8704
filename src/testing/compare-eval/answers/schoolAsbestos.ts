// Tuning. A school trust's letter about closing a building over asbestos, and answers written from it (or not).
import type { AnswerSet } from './types'

const source = `Dear parents and carers,

I am writing to let you know that the science block at Redbrook Academy will be closed from Monday 9 October, after a survey found asbestos in the ceiling tiles of four laboratories.

The asbestos was found during routine checks before planned building work. The specialists who carried out the survey have told us that the tiles are in good condition and that there is no evidence that any fibres have been released. However, we have decided to close the block while the tiles are removed, because we will not take any risk with the health of our pupils and staff.

Science lessons will move to the main building and to four temporary classrooms on the lower playground, which will arrive over the weekend. Practical work for Year 11 and the sixth form will be taught at Hollins Park School, and we will provide a minibus.

We expect the work to take about six weeks. Air tests will be carried out before any pupil or member of staff returns to the block.

Yours sincerely,
Mrs Joanne Carter, Headteacher`

const cut = `The science block at Redbrook Academy will be closed from Monday 9 October, after a survey found asbestos in the ceiling tiles of four laboratories, the school has told parents.

In a letter, the headteacher, Joanne Carter, said: "The specialists who carried out the survey have told us that the tiles are in good condition and that there is no evidence that any fibres have been released. However, we have decided to close the block while the tiles are removed, because we will not take any risk with the health of our pupils and staff."

Science lessons will move to the main building and to 4 temporary classrooms on the lower playground. Practical work for Year 11 and the sixth form will be taught at Hollins Park School.

The work is expected to take about six weeks, and air tests will be carried out before anyone returns to the block.`

const light = `Redbrook Academy is shutting its science block from Monday 9 October after an inspection discovered asbestos in the ceiling tiles of four labs.

The asbestos came to light during routine checks ahead of planned building work. According to the experts who did the survey, the tiles are in good condition and there is no sign that any fibres have escaped, but the school has decided to close the block while the tiles are taken out, saying it will not take any risk with the health of pupils and staff.

Science classes will be moved to the main building and to four temporary classrooms on the lower playground, to be delivered over the weekend, and Year 11 and sixth-form practical lessons will be held at Hollins Park School, with a minibus provided.

The work should last around six weeks, and the air will be tested before pupils or staff go back into the block.`

const heavy = `For the next six weeks or so, pupils at Redbrook Academy will do their science somewhere other than the science block. Checks ahead of building work turned up asbestos above four of its laboratories, in the ceiling tiles, and headteacher Joanne Carter has written to families to say the building will be empty from 9 October until the tiles are gone.

The experts say the tiles are intact and nothing suggests fibres have got into the air, but the school is not prepared to gamble. Lessons will take place in the main building and in four portable classrooms being put on the lower playground, while older students needing lab time, in Year 11 and the sixth form, will be driven by minibus to Hollins Park School. No one will go back in until the air has been tested.`

const nonGuide = `Many schools built between the 1950s and the 1980s contain asbestos, in ceiling tiles, pipe lagging, wall panels and floors. Asbestos is safe as long as it is in good condition and left alone; it becomes dangerous when it is damaged and releases fibres that can be breathed in.

Schools are required by law to keep a record of where asbestos is found in their buildings, to check its condition regularly and to tell anyone carrying out building work. If you are worried, you can ask your child's school to see its asbestos management plan.

When asbestos has to be removed, the work must be carried out by licensed specialists, usually during the holidays or in a part of the building that has been closed. Air tests are carried out afterwards, and the area cannot be used again until it has been declared safe.`

const nonOtherSchool = `Pupils at St Wilfrid's Primary School have been moved into temporary classrooms after cracks were found in the concrete roof of the school hall.

The local authority said engineers had found the problem during an inspection during the summer holidays, and that the hall and two classrooms next to it would be closed until further notice as a precaution. The rest of the school opened as usual at the start of term.

In a letter to parents, the headteacher said the safety of the children was her first priority. "We know this is not ideal, and we are grateful to parents for their patience," she wrote. Assemblies and PE lessons will take place in a marquee on the playing field, and school lunches will be served in the classrooms.

The council said it expected to decide within a month whether the roof could be repaired or would have to be replaced.`

export const schoolAsbestos: AnswerSet = {
  topic: 'school-asbestos',
  source,
  sourceSpeaker: 'Joanne Carter',
  answers: [
    { level: 'cut', text: cut, note: 'two sentences of the letter quoted whole; a figure for four' },
    { level: 'light', text: light },
    { level: 'heavy', text: heavy },
    { level: 'non', text: nonGuide, note: 'asbestos in schools: ceiling tiles, good condition, fibres, air tests' },
    { level: 'non', text: nonOtherSchool, note: 'another school closing part of its building: temporary classrooms, letter to parents' }
  ]
}
