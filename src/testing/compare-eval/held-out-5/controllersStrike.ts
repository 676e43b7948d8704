// Held out, fifth batch. A news report of an air traffic controllers’ strike called off after a deal,
// reports written from it, and pieces on the same dispute written without it.
import type { AnswerSet } from '../answers/types'

const source = `A strike by air traffic controllers that threatened to ground hundreds of flights over the Easter holiday has been called off after the union and the national air navigation service reached a deal on pay and working hours.

The Air Traffic Controllers' Guild had planned a 48-hour walkout starting on Thursday, which airlines warned would have affected about 1,900 flights and more than 250,000 passengers at the country's four busiest airports.

Under the agreement, reached after 19 hours of talks at the conciliation service in the early hours of Tuesday, controllers will receive a pay rise of 6.5% this year and 4% next year. The air navigation service, SkyNav, has also agreed to recruit 120 additional controllers over three years and to limit night shifts to three in a row.

Guild president Tomas Reyes said the deal recognised "the enormous pressure our members have been under". "Controllers have been working overtime for years to cover for staff shortages. Nobody wanted to disrupt people's holidays, but something had to change," he said. Members will vote on the offer next week, and the union executive is recommending that they accept it.

SkyNav's chief executive, Ingrid Vogel, said the agreement was "fair and affordable" and would make the system more resilient. She apologised to passengers who had cancelled or changed their plans because of the threatened strike.

Airlines welcomed the news but said the uncertainty had already cost them bookings. The airline association said it would ask SkyNav for compensation for the costs of preparing for the strike, estimated at €14 million.

All flights are expected to operate normally over the holiday weekend. Passengers who rebooked their flights free of charge will not be able to switch back to their original flights, several airlines said.`

const cutOwn = 'It is the third time in five years that controllers have threatened to strike over staffing.'

const cut = `A strike by air traffic controllers that threatened to ground hundreds of flights over the Easter holiday has been called off after the union and the national air navigation service reached a deal on pay and working hours.

The Air Traffic Controllers' Guild had planned a 48-hour walkout starting on Thursday, which airlines warned would have affected about 1,900 flights and more than 250,000 passengers.

Under the agreement, controllers will receive a pay rise of 6.5% this year and 4% next year. SkyNav has also agreed to recruit 120 additional controllers over three years and to limit night shifts to three in a row.

Guild president Tomas Reyes said: "Controllers have been working overtime for years to cover for staff shortages. Nobody wanted to disrupt people's holidays, but something had to change."

${cutOwn}

All flights are expected to operate normally over the holiday weekend.`

const light = `A walkout by air traffic controllers that risked grounding hundreds of flights over Easter has been cancelled after the union and the national air navigation service agreed a deal on pay and hours.

The Air Traffic Controllers' Guild had intended to stage a 48-hour strike from Thursday, which airlines said would have hit around 1,900 flights and over 250,000 passengers at the country's four largest airports.

Under the deal, struck after 19 hours of negotiations at the conciliation service early on Tuesday, controllers will get a 6.5% pay increase this year and 4% next year. The air navigation service, SkyNav, has also promised to hire 120 extra controllers over three years and to cap night shifts at three in a row.

Guild president Tomas Reyes said the agreement acknowledged the huge pressure members had been under. He said controllers had worked overtime for years to make up for staff shortages, and that although no one wanted to disrupt holidays, something had to change. Members will vote on the offer next week, with the union executive recommending that they accept.

SkyNav's chief executive, Ingrid Vogel, called the deal fair and affordable and said it would make the system more robust. She apologised to travellers who had cancelled or altered their plans because of the planned strike.

Airlines were pleased but said the uncertainty had already lost them bookings.`

const heavyTravel = `Flights should run normally over the Easter weekend after air traffic controllers called off a 48-hour strike that would have hit about 1,900 flights and more than 250,000 passengers at the four busiest airports.

The Air Traffic Controllers' Guild and SkyNav, the national air navigation service, settled on pay and hours early on Tuesday after 19 hours at the conciliation service. Controllers get 6.5% this year and 4% next; SkyNav will take on 120 extra controllers over three years, and nobody will work more than three night shifts in a row.

Guild president Tomas Reyes said controllers had spent years doing overtime to cover for staff shortages. "Nobody wanted to disrupt people's holidays, but something had to change," he said. Members vote next week, and the executive is recommending a yes.

SkyNav chief executive Ingrid Vogel called the deal fair and affordable and said sorry to passengers who had changed their plans.

Airlines say the uncertainty has already cost them bookings, and their association will ask SkyNav for the €14 million it spent preparing for the strike. Several carriers warned that anyone who rebooked free of charge cannot now switch back to the original flight.`

const heavyQuestions = `Is the air traffic control strike still happening?
No. The controllers' union and SkyNav made an agreement on Tuesday morning, after talking for 19 hours, so the 48-hour strike from Thursday is cancelled.

Will my Easter flight go?
Yes, all flights should run normally over the holiday weekend. Around 1,900 flights and 250,000 passengers would have been hit.

I already moved my flight. Can I change back?
Probably not. Several airlines say free rebookings can't be reversed, so check with yours.

What did the controllers get?
A 6.5% pay rise this year, 4% next year, 120 new colleagues over three years and no more than three night shifts in a row. The union says its members have been covering staff shortages with overtime for years. They still have to vote on it next week, but their leaders recommend a yes.

Who pays for all this?
SkyNav's boss Ingrid Vogel says the deal is affordable. Airlines aren't thrilled – they say they lost bookings and want SkyNav to pay back the €14 million they spent getting ready for the strike.`

const nonAirport = `Travellers at Central Airport greeted news of the cancelled strike with relief on Tuesday, though many had already changed their plans.

Ana Ribeiro, who had moved her family's flight to Lisbon forward by two days, said she had paid €600 for extra hotel nights. "We rebooked because we were frightened of being stuck. Now the strike is off and we are out of pocket," she said.

At the check-in desks, queues were normal by mid-morning. An airport spokesperson said operations were "running to schedule" and that it expected 92,000 passengers over the Easter weekend, close to a record.

Low-cost carrier FlyNorth said it had cancelled 140 flights in advance and would not be able to reinstate all of them. "Aircraft and crews have already been moved to other routes," its commercial director Pieter Jansen said. "We will add seats where we can."

Consumer group Travel Fair said passengers whose flights were cancelled in advance of the strike should be entitled to refunds, and urged airlines to pay back extra costs for people who rebooked. The transport ministry said it had not been involved in the negotiations but welcomed the outcome.`

const nonExplainer = `Air traffic controllers keep aircraft safely separated from one another, both on the ground and in the air. At an airport, tower controllers handle take-offs and landings, while approach controllers guide aircraft in the busy airspace around the airport. Area controllers, working in large centres often far from any runway, manage aircraft at cruising altitude, each responsible for a sector of sky.

The job requires intense concentration, and in most countries controllers must take regular breaks and may work only a limited number of hours in a row. Training takes up to three years, and many trainees fail to qualify. Because controllers cannot be replaced at short notice, a shortage in one centre can force restrictions on the number of flights that can pass through its airspace, causing delays across a whole continent.

In Europe, the network manager Eurocontrol coordinates traffic flows between national air navigation service providers. Strikes by controllers in one country can disrupt flights that do not even land there, because aircraft crossing the country's airspace must be rerouted. For this reason airlines have long campaigned for rules that would protect overflights during strikes.`

const nonVeteran = `I worked as an air traffic controller for thirty-one years, and I have never met a colleague who wanted to strike. When you spend your days keeping strangers alive, the last thing you want is to be blamed for ruining their holidays.

But the public should understand what has happened to this job. When I started, a busy summer evening meant twenty aircraft on my screen. By the time I retired it was often forty, with fewer people in the room and no one to take over when you needed a break. Sick colleagues were not replaced; overtime became normal; young controllers left for better-paid jobs abroad within a few years of qualifying. Management promised more recruitment every year, and every year the training places were cut.

A pay rise is welcome, but it is not the main issue. What matters is whether there will be enough trained people in the operations room at three o'clock in the morning, and whether those people are rested. Any deal that does not answer that question will only buy a year or two of peace before the next dispute.`

export const controllersStrike: AnswerSet = {
  topic: 'controllers-strike-called-off',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      own: [cutOwn],
      note: 'cut: paragraphs 1–4 and 7 trimmed (the airports, the talks, SkyNav’s chief, the airlines dropped), the second quote kept with its marks, one own sentence of background'
    },
    {
      level: 'light',
      text: light,
      note: 'light: paragraphs 1–6 in order, synonyms ("called off" → "cancelled", "recruit" → "hire", "resilient" → "robust"), quotes turned to reported speech'
    },
    {
      level: 'heavy',
      text: heavyTravel,
      note: 'heavy: a travel desk rewrite leading on flights running, paragraphs merged and reordered, the deal’s terms and part of a quote kept in the report’s words'
    },
    {
      level: 'heavy',
      text: heavyQuestions,
      note: 'heavy: a questions-and-answers explainer for passengers, the facts regrouped under readers’ questions'
    },
    {
      level: 'non',
      text: nonAirport,
      note: 'second witness: another outlet at the airport – a passenger, the airport, an airline and a consumer group with their own figures and quotes'
    },
    {
      level: 'non',
      text: nonExplainer,
      note: 'an explainer on air traffic control from general knowledge: controllers, shortages, strikes, air navigation service'
    },
    {
      level: 'non',
      text: nonVeteran,
      note: 'a retired controller’s opinion piece on staffing and overtime, written without the report'
    }
  ]
}
