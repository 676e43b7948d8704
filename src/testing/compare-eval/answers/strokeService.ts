// Held out. A hospital's announcement of a round-the-clock stroke service, and answers written from it (or not).
import type { AnswerSet } from './types'

const source = `St Aldhelm's Hospital will offer mechanical thrombectomy around the clock from next month, making it the first hospital in the region where stroke patients can have the procedure at any hour of the day or night.

Thrombectomy removes a blood clot from a large artery in the brain using a thin tube passed up from the groin. When it is carried out within six hours of the first symptoms, it can prevent severe disability in many patients who would otherwise be unable to walk or speak.

Until now the hospital has offered the treatment only on weekdays between 8 a.m. and 6 p.m. Patients who arrived at night or at weekends had to be transferred to London, a journey of more than two hours.

The hospital has recruited four more interventional radiologists and trained twelve nurses to staff the service. An extra ambulance will be based at the hospital to bring patients from the surrounding towns.

"Every minute that a clot blocks an artery, about two million brain cells die," said Dr Ravi Menon, the consultant neurologist who leads the stroke unit. "Being able to treat people here, at any time, will save lives and keep many more people independent."`

const cut = `St Aldhelm's Hospital will offer mechanical thrombectomy around the clock from next month, making it the first hospital in the region where stroke patients can have the procedure at any hour of the day or night.

Thrombectomy removes a blood clot from a large artery in the brain using a thin tube passed up from the groin. When it is carried out within six hours of the first symptoms, it can prevent severe disability in many patients.

Until now the hospital has offered the treatment only on weekdays between 8am and 6pm. Patients who arrived at night or at weekends had to be transferred to London, a journey of more than two hours.

Dr Ravi Menon, the consultant neurologist who leads the stroke unit, said: 'Every minute that a clot blocks an artery, about two million brain cells die. Being able to treat people here, at any time, will save lives and keep many more people independent.'`

const light = `From next month St Aldhelm's Hospital will provide mechanical thrombectomy twenty-four hours a day, which makes it the first hospital in the area where people who have had a stroke can get the treatment at any time of the day or night.

In a thrombectomy, doctors take out a blood clot from a major artery in the brain with a fine tube inserted through the groin. Done within six hours of the first signs, it can stop serious disability in many patients who would otherwise lose the ability to walk or talk.

So far the hospital has provided the treatment only on weekdays from 8 a.m. to 6 p.m., and patients who came in at night or at weekends had to be moved to London, a trip of over two hours.

The hospital has taken on four extra interventional radiologists and trained twelve nurses to run the service, and an additional ambulance will be stationed there to fetch patients from nearby towns.`

const heavy = `People who suffer a stroke in the area will no longer have to be driven two hours to London if it happens at night or on a weekend. St Aldhelm's, which until now could only remove clots during office hours on weekdays, is to run its service day and night starting next month, the first hospital in the region to do so.

The procedure, known as a thrombectomy, involves threading a tube from the groin up into the brain and pulling the clot out of the blocked vessel. Speed matters: if doctors act within six hours, many patients keep the ability to walk and talk. The stroke unit's lead neurologist, Ravi Menon, points out that millions of brain cells are lost with every minute of delay.

To make the change possible, St Aldhelm's hired four radiologists, gave twelve nurses specialist training and will keep an ambulance of its own on site for the neighbouring towns.`

const nonAwareness = `Would you recognise a stroke? Doctors say many people wait too long before calling for help, hoping that the symptoms will pass. The signs are easy to remember with the word FAST: a face that has dropped on one side, arms that cannot both be raised, speech that is slurred, and time to call an ambulance.

A stroke happens when the blood supply to part of the brain is cut off, most often by a clot. Brain cells begin to die within minutes, which is why treatment must start as quickly as possible. Patients who reach hospital early may be given a clot-busting drug, and some can have the clot removed.

Stroke is one of the main causes of disability in adults. Many survivors need months of physiotherapy and speech therapy to regain their independence. Keeping blood pressure under control, stopping smoking and staying active are the best ways to lower the risk.`

const nonOtherHospital = `Patients in the north of the county will wait longer for emergency care this winter after the Kingsmead Infirmary said it could not find enough staff to keep its stroke unit open at weekends.

From December, patients who have a stroke on a Saturday or Sunday will be taken by ambulance to the city hospital, about an hour away. The infirmary said it had tried for more than a year to recruit consultants and specialist nurses without success.

Campaigners said the change would put lives at risk. "When someone is having a stroke, every minute counts, and an hour in an ambulance is an hour too long," said Margaret Hale, who chairs the local patients' group.

The health board said the move was temporary and that it hoped to restore the full service by the spring. It said ambulance crews had been given extra training and that patients would receive the same treatment at the city hospital as they would at the infirmary.`

export const strokeService: AnswerSet = {
  topic: 'stroke-service',
  source,
  answers: [
    { level: 'cut', text: cut, note: 'single quotation marks, the speaker moved before the quote, 8am for 8 a.m.' },
    { level: 'light', text: light },
    { level: 'heavy', text: heavy },
    { level: 'non', text: nonAwareness, note: 'how to recognise a stroke: clot, brain cells die, disability, independence' },
    { level: 'non', text: nonOtherHospital, note: 'another hospital cutting its weekend stroke service: every minute counts' }
  ]
}
