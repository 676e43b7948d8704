// Tuning. A city's launch of a bike hire scheme, and answers written from it (or not).
import type { AnswerSet } from './types'

const source = `Cyclists in Larchester will be able to hire electric bikes from 60 docking stations across the city from Monday, when the council's new bike share scheme, Larch Bikes, opens to the public.

The scheme starts with 600 bikes, and the council plans to double that number by the end of next year, with new stations in the suburbs of Fenwick and Moor End. Riders unlock a bike with a smartphone app or a contactless card, and can leave it at any station.

A ride costs 1 pound to unlock and 15 pence a minute, or riders can buy a monthly pass for 20 pounds that includes unlimited rides of up to 45 minutes. Students and people on low incomes will get half-price passes.

The bikes have a top assisted speed of 15.5 miles an hour and a range of about 40 miles on a single charge. Staff will collect flat batteries each night and move bikes from full stations to empty ones.

The council hopes the scheme will cut short car trips in the city centre, where traffic has been blamed for some of the worst air pollution in the region. "We want cycling to be the easy choice for getting around town," said Councillor Amir Haddad, who leads on transport.`

const cut = `Cyclists in Larchester will be able to hire electric bikes from 60 docking stations across the city from Monday, when the council's new bike share scheme, "Larch Bikes", opens to the public.

The scheme starts with 600 bikes, and the council plans to double that number by the end of next year. Riders unlock a bike with a smartphone app or a contactless card, and can leave it at any station.

Prices:
1. A ride costs £1 to unlock and 15p a minute.
2. A monthly pass costs £20 and includes unlimited rides of up to 45 minutes.
3. Students and people on low incomes will get half-price passes.

The bikes have a top assisted speed of 15.5 miles an hour and a range of about 40 miles on a single charge.

"We want cycling to be the easy choice for getting around town," said Councillor Amir Haddad.`

const light = `From Monday, cyclists in Larchester can rent electric bikes from 60 docking points around the city, when Larch Bikes, the council's new bike sharing scheme, opens to the public.

The scheme begins with 600 bikes, and the council intends to double the fleet by the end of next year, adding stations in the suburbs of Fenwick and Moor End. Users unlock a bike with a phone app or a contactless card and can return it to any station.

Unlocking a bike costs 1 pound, plus 15 pence per minute, or users can pay 20 pounds for a monthly pass with unlimited journeys of up to 45 minutes. Half-price passes will be available to students and people on low incomes.

The bikes give assistance up to 15.5 miles an hour and can travel around 40 miles on one charge. Every night staff will swap flat batteries and move bikes from full stations to empty ones.`

const heavy = `Larchester's streets get 600 electric bikes on Monday. The council's Larch Bikes scheme lets anyone with a phone or a contactless card take one from any of 60 stations and drop it at another, and if it works the fleet will grow to 1,200 by the end of next year, reaching out to Fenwick and Moor End.

Casual riders pay a pound to start and 15p for every minute; regulars can pay 20 pounds a month and ride as often as they like, as long as no trip lasts more than three quarters of an hour. Students and those on low incomes pay half. The motor helps up to 15.5 mph and a battery lasts roughly 40 miles, with overnight crews swapping them. The aim, according to transport lead Amir Haddad, is to get people out of their cars for short journeys in a centre choked by some of the region's dirtiest air.`

const nonReview = `I tried the new e-scooter hire in Bristol for a week, and came away mostly impressed. Unlocking a scooter with the app takes a few seconds, and there is nearly always one within a short walk in the city centre. Riding up the hills was easy, and the brakes felt reliable even in the rain.

The cost adds up, though. At 20 pence a minute plus a fee to unlock, a twenty-minute trip across town costs more than the bus. A monthly pass makes more sense for anyone who rides every day.

The biggest problem is parking. Scooters have to be left in marked bays, and at busy times the bays near the station were full, so I had to ride around looking for a space while the meter ran. Still, for short trips across the city centre, it is faster than walking and cheaper than a taxi.`

const nonPollution = `Air pollution in the centre of Larchester has fallen for the third year in a row, according to figures published by the city council on Thursday.

Average levels of nitrogen dioxide, a gas produced mainly by diesel engines, were 12 per cent lower last year than in the year before, although three streets near the bus station still broke the legal limit.

The council said the improvement was largely due to newer, cleaner buses and to the low emission zone introduced two years ago. Campaigners welcomed the figures but said the city was still too dependent on cars. "Most car trips in Larchester are shorter than three miles," said a spokeswoman for the group Clean Air Larchester. "Many of them could be made on foot, by bus or by bike if the council made it safer to do so."`

export const bikeScheme: AnswerSet = {
  topic: 'bike-scheme',
  source,
  answers: [
    { level: 'cut', text: cut, note: 'a name in quotation marks, prices made into a numbered list, £ and p' },
    { level: 'light', text: light },
    { level: 'heavy', text: heavy },
    { level: 'non', text: nonReview, note: 'a scooter hire review: unlock with the app, a minute, monthly pass' },
    { level: 'non', text: nonPollution, note: 'the same city, air pollution and short car trips' }
  ]
}
