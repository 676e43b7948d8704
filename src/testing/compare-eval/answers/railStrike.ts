// Held out. A union leader's statement announcing a rail strike, and answers written from it (or not).
// Two answers quote the rail company's spokeswoman too: words not from this statement.
import type { AnswerSet } from './types'

const source = `Statement by Tom Aldridge, general secretary of the Rail and Signal Workers' Union

Our members at Western Lines have voted by 87 per cent to take strike action, on a turnout of 71 per cent. There will be a 48-hour strike starting at midnight on Thursday 14 March, and a further strike on Monday 25 March if the company does not return to talks.

This dispute is about safety as much as pay. Western Lines wants to remove guards from two thirds of its trains and leave drivers alone in charge of the doors. Our members see every day what happens on a crowded platform when there is no second member of staff on the train, and they will not accept it.

Our members have had one pay rise in four years, while the company has paid out 120 million pounds to its shareholders. A worker on a platform wage cannot be asked to carry the cost of the company's mistakes.

We regret the disruption this will cause to passengers, and we have not taken this decision lightly. The company can end this dispute tomorrow by withdrawing its plans and making a fair offer. Our door remains open.`

const cut = `Rail workers at Western Lines will strike for 48 hours from midnight on Thursday 14 March, their union said.

Members of the Rail and Signal Workers' Union voted by 87% to take strike action, on a turnout of 71%, and a further strike will follow on Monday 25 March if the company does not return to talks.

"This dispute is about safety as much as pay," said Tom Aldridge, the union's general secretary. "Western Lines wants to remove guards from two thirds of its trains and leave drivers alone in charge of the doors."

"Our members have had one pay rise in four years, while the company has paid out £120 million to its shareholders," he added.

A spokeswoman for Western Lines, Claire Benson, said: "We are disappointed that the union has chosen to strike rather than talk. Our plans will make the railway more reliable for passengers."`

const light = `Staff at Western Lines have backed a strike by 87 per cent, on a 71 per cent turnout, and will walk out for two days from midnight on Thursday 14 March, with another stoppage on Monday 25 March unless the company comes back to the negotiating table.

Tom Aldridge, who leads the Rail and Signal Workers' Union, said the row was as much about safety as about wages. The operator plans to take guards off two in every three trains and make drivers solely responsible for the doors, which members say is unsafe on busy platforms.

He said workers had received just one pay increase in four years while Western Lines had handed 120 million pounds to shareholders.

"We regret the disruption this will cause to passengers," Mr Aldridge said. "Our door remains open."

Western Lines said in a statement that most of its trains already ran safely without guards. "We urge the union to call off this needless strike," said Claire Benson, the company's spokeswoman.`

const heavy = `Passengers on Western Lines face two days without trains next month, and possibly a third, after guards and other staff voted to walk out in a row over pay and over who opens the doors.

The company wants most of its trains to run with a driver only. The union representing the workers argues that a second person on board is needed to keep crowded platforms safe, and its members rejected the plan overwhelmingly: 87 per cent of those voting, with nearly three quarters of members taking part.

The first strike begins at midnight on 14 March and lasts 48 hours. A second is set for 25 March unless talks resume. Union leader Tom Aldridge pointed to the 120 million pounds shareholders have received, contrasting it with a single pay rise for staff in four years, and said the company could settle the dispute at once by dropping its plans.`

const nonOtherStrike = `Bus drivers in Eastfield will strike for three days next week after talks over pay broke down, their union said on Tuesday.

The drivers, who work for City Coaches, voted by a large majority to take industrial action after the company offered a pay rise of 3 per cent, well below the rate of inflation. The union said its members had not had a real-terms pay rise for five years.

"Nobody wants to strike, and our members regret the disruption this will cause to passengers," said the union's regional organiser, Sandra Kerr. "But the company has left them no choice. Our door remains open, and we are ready to talk at any time."

City Coaches said it was disappointed by the decision and urged the union to return to talks. It said it would try to run a limited service on the busiest routes and advised passengers to check before they travel.`

const nonGuards = `The question of whether trains need guards has divided Britain's railways for more than a decade. Train companies argue that modern trains, with cameras and screens in the cab, allow the driver to close the doors safely, and that guards can be moved to other work on board.

Unions reply that the guard is the only member of staff trained to deal with an emergency, to help disabled passengers and to keep order on crowded trains late at night. They point to incidents in which passengers were caught in doors on driver-only trains.

Several disputes over the issue have ended with compromises: companies have kept a second member of staff on every train, while giving control of the doors to the driver. Passenger groups say that what matters most to travellers is having someone on board to help, whatever that person's title.`

export const railStrike: AnswerSet = {
  topic: 'rail-strike',
  source,
  sourceSpeaker: 'Tom Aldridge',
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'per cent as %, pounds as £; a quote of the company spokeswoman (not this statement)',
      own: [
        'A spokeswoman for Western Lines, Claire Benson, said: "We are disappointed that the union has chosen to strike rather than talk. Our plans will make the railway more reliable for passengers."'
      ]
    },
    {
      level: 'light',
      text: light,
      note: 'a quote of the company spokeswoman (not this statement)',
      own: [
        'Western Lines said in a statement that most of its trains already ran safely without guards. "We urge the union to call off this needless strike," said Claire Benson, the company\'s spokeswoman.'
      ]
    },
    { level: 'heavy', text: heavy },
    { level: 'non', text: nonOtherStrike, note: 'a bus strike: the same stock phrases of a union statement' },
    { level: 'non', text: nonGuards, note: 'the guards debate in general' }
  ]
}
