// Held out, second batch (written after tuning ended, run once). An airport's announcement of a night
// flight limit, and answers written from it (or not).
import type { AnswerSet } from './types'

const source = `Kelsey Airport will stop scheduling flights between 11.30 p.m. and 6 a.m. from the start of the winter timetable in October, ending more than twenty years of night operations at the airport.

The decision follows a two-year study of aircraft noise, which found that around 42,000 people living under the flight paths were woken at least once a week by night flights. Most of the flights affected are holiday charters and early morning cargo services.

Airlines will be allowed up to 300 late arrivals a year in exceptional circumstances, such as bad weather or air traffic control delays, but the airport will fine any airline that lands after midnight without a good reason. The money will go into a fund for insulating homes near the runway.

The airport expects to lose about 4 per cent of its passengers and says that some cargo services may move to other airports. "We have listened to our neighbours, and we believe a quieter night is worth the cost," said the airport's chief executive, Martin Hale. Residents' groups, which have campaigned for a ban since 2009, welcomed the decision.`

const cut = `Kelsey Airport will stop scheduling flights between 11.30pm and 6am from the start of the winter timetable in October, ending more than 20 years of night operations at the airport.

The decision follows a two-year study of aircraft noise, which found that around 42,000 people living under the flight paths were woken at least once a week by night flights. Most of the flights affected are holiday charters and early morning cargo services.

Airlines will be allowed up to 300 late arrivals a year in "exceptional circumstances", such as bad weather or air traffic control delays, but the airport will fine any airline that lands after midnight without a good reason.

"We have listened to our neighbours, and we believe a quieter night is worth the cost," said chief executive Martin Hale.`

const light = `From the beginning of the winter schedule in October, Kelsey Airport will no longer plan flights between 11.30 p.m. and 6 a.m., bringing to an end over two decades of night flying there.

The move comes after a two-year investigation into aircraft noise found that some 42,000 people who live below the flight paths were woken up at least once a week by flights at night. Most of the services concerned are holiday charter flights and early cargo flights.

Airlines may still have as many as 300 late landings a year in exceptional cases, for example because of poor weather or delays in air traffic control, but any airline landing after midnight without good reason will be fined, and the money will pay for insulation in homes close to the runway.

The airport thinks it will lose roughly 4 per cent of its passengers, and warns that some cargo flights could go elsewhere.`

const heavy = `People living under Kelsey's flight paths can look forward to quieter nights. When the winter timetable begins in October, nothing will be scheduled to take off or land between half past eleven at night and six in the morning, after more than twenty years in which the airport operated around the clock.

A study lasting two years had shown that 42,000 or so residents were being woken every week by night flights, mostly charter holidays and cargo. There will still be some leeway, with up to 300 delayed arrivals a year allowed when weather or air traffic control holds planes up, but unexplained landings after midnight will cost airlines a fine, paid into a scheme to insulate nearby houses.

The airport admits the change will cost it around one passenger in twenty-five and perhaps some of its freight business. Campaigners, who have fought for a ban since 2009, are delighted.`

const nonOtherAirport = `Residents living near Farnley Airport say they are losing sleep after the number of night flights rose sharply this summer, and have called on the government to impose a ban.

The airport handled more than 2,000 flights between midnight and 6 a.m. in July and August, almost twice as many as last year, as airlines added holiday flights to meet demand. Many of the flights were delayed arrivals that had been due to land before midnight.

"We are woken at two, at four, at five in the morning. People cannot live like this," said the chair of the local residents' association. The group has collected more than 8,000 signatures.

The airport said it understood residents' concerns and offered grants for insulating homes near the runway. It said a ban on night flights would cost jobs and would move flights to other airports rather than reduce them.`

const nonHealth = `Aircraft noise at night does more than disturb sleep. Studies in Europe have found that people who live near busy airports and are woken regularly by night flights are more likely to suffer from high blood pressure and heart disease, and that children's reading can suffer when schools are under flight paths.

The World Health Organization recommends that night-time aircraft noise should be kept below 40 decibels outside homes, a level exceeded in large areas around most major airports. Many airports limit night flights, either with a ban between certain hours or with a quota of noise that airlines may not exceed.

Insulating homes helps, but only when windows are kept shut, which many people do not want in summer. Researchers say the most effective measure is simply to have fewer flights during the hours when most people are asleep.`

export const nightFlights: AnswerSet = {
  topic: 'night-flights',
  source,
  answers: [
    { level: 'cut', text: cut, note: 'pm and am for p.m. and a.m., 20 for twenty, quotation marks added around a phrase' },
    { level: 'light', text: light },
    { level: 'heavy', text: heavy },
    { level: 'non', text: nonOtherAirport, note: 'another airport: night flights, insulating homes near the runway, woken' },
    { level: 'non', text: nonHealth, note: 'night noise and health: woken by night flights, flight paths, insulating homes' }
  ]
}
