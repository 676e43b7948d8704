// Held out, fifth batch. A chief executive’s statement on closing bakery shops, reports written from it,
// a column quoting it, and reports of the same closures written without it (the union, a town, background).
import type { AnswerSet } from '../answers/types'

const source = `Statement from Hannah Okoro, Chief Executive, Greenfield Bakeries

Today I have had to tell our colleagues some very difficult news. After a review of every one of our 212 shops, we have decided to close 38 of them by the end of June. Around 610 colleagues work in those shops, and we expect that some 450 roles will be lost after we have offered transfers to nearby stores.

I want to explain why. Over the past two years the cost of flour has risen by 41 per cent, our energy bills have more than doubled, and fewer people are visiting town centres on weekdays. Many of the shops we are closing were opened in the 1990s on high streets that have changed beyond recognition. Eighteen of them lost money in each of the last three years.

This is not a decision we have taken lightly. Greenfield was founded by my grandfather in a single shop in Dunmore in 1961, and many of the people affected have worked with us for more than twenty years. Every colleague whose role is at risk will be offered a meeting with their manager this week, redundancy pay above the legal minimum, and help from an outplacement service to find new work.

At the same time we are investing £12 million in our remaining shops and in our bakery in Dunmore, which will remain the heart of the business. We will open eleven new shops in railway stations and retail parks over the next two years, where our customers increasingly are.

I know that for the towns losing their Greenfield shop this will be sad news. I want to thank our customers in those towns for their loyalty, some of them over several generations. To every colleague affected, I am truly sorry. You have made this company what it is, and we will do everything we can to support you.`

const cutOwn = "The full list of closing shops is expected to be published on the company's website on Friday."

const cut = `Greenfield Bakeries is to close 38 of its 212 shops by the end of June, putting around 450 jobs at risk.

In a statement, chief executive Hannah Okoro said: "Over the past two years the cost of flour has risen by 41 per cent, our energy bills have more than doubled, and fewer people are visiting town centres on weekdays."

Around 610 people work in the shops that will close, and some will be offered transfers to nearby stores. Eighteen of the shops lost money in each of the last three years.

Every colleague whose role is at risk will be offered a meeting with their manager this week, redundancy pay above the legal minimum, and help from an outplacement service to find new work.

The company is investing £12 million in its remaining shops and in its bakery in Dunmore. It will open eleven new shops in railway stations and retail parks over the next two years.

"To every colleague affected, I am truly sorry," Ms Okoro said.

${cutOwn}`

const light = `Hannah Okoro, chief executive of Greenfield Bakeries, said she had had to tell colleagues some very difficult news. After a review of every one of the chain's 212 shops, it has decided to close 38 of them by the end of June. Around 610 colleagues work in those shops, and the company expects that some 450 jobs will be lost after it has offered transfers to nearby stores.

Explaining why, she said that over the past two years the cost of flour had risen by 41 per cent, energy bills had more than doubled, and fewer people were visiting town centres on weekdays. Many of the shops being closed were opened in the 1990s on high streets that have changed beyond recognition, and eighteen of them lost money in each of the last three years.

She said it was not a decision taken lightly. Greenfield was founded by her grandfather in a single shop in Dunmore in 1961, and many of the people affected have worked there for more than twenty years. Every employee whose job is at risk will be offered a meeting with their manager this week, redundancy pay above the legal minimum, and help from an outplacement service to find new work.

At the same time the company is investing £12 million in its remaining shops and in its bakery in Dunmore, which will remain the heart of the business, and will open eleven new shops in railway stations and retail parks over the next two years.`

const heavyBusiness = `Greenfield Bakeries will close 38 of its 212 shops by the end of June, and expects about 450 jobs to go once staff have been offered transfers to nearby branches. Some 610 people work in the shops affected.

Chief executive Hannah Okoro blamed a 41 per cent rise in the cost of flour over two years, energy bills that have more than doubled and fewer weekday shoppers in town centres. Many of the closing shops opened in the 1990s on high streets that have changed beyond recognition, and eighteen have lost money for three years running.

The chain, which Ms Okoro's grandfather started with one shop in Dunmore in 1961, is not only shrinking: it is putting £12 million into its remaining shops and the Dunmore bakery, and will open eleven new shops at railway stations and retail parks in the next two years, "where our customers increasingly are".

Staff at risk will meet their managers this week and will be offered redundancy pay above the legal minimum and help from an outplacement service. "To every colleague affected, I am truly sorry," Ms Okoro said, thanking customers in the towns concerned for their loyalty.`

const heavyCaseStudy = `Case: Greenfield Bakeries closing shops

Greenfield Bakeries is a bakery chain which started in 1961 in Dunmore by the grandfather of the CEO Hannah Okoro. Now they have 212 shops, but they decided to close 38 shops until the end of June. In these shops work about 610 people and about 450 will lose the job, the others can move to other shops.

Reasons (external factors):
- flour is 41% more expensive than two years ago
- energy costs are more than double
- less customers in the town centres during the week
Also many of the shops are old (from 1990s) and 18 shops made loss three years in a row.

What the company does for the workers: meeting with manager, redundancy pay more than legal minimum, outplacement service.

Strategy: they invest £12 million in the other shops and the bakery in Dunmore, and they open 11 new shops in train stations and retail parks in two years, because customers are there now. So it is a strategy of relocation to follow the customers, not only cost cutting.`

const quoteBefore = `When a business closes shops, the statement that follows usually sounds as if it was written by a committee of lawyers. Hannah Okoro's announcement this week contained the usual figures, but it also contained this:`

const quoteAfter = `She is right, and the towns on her list know it. In Carrow, the Greenfield shop sits between a vape shop and two empty units where a bank and a shoe shop used to be. Parking charges have gone up three times in five years, and the bus to the town centre now runs once an hour. A bakery cannot save a high street on its own, but it is often the last reason people have to walk down one in the morning. Councils that want to keep what is left should be asking what they can do about rents, rates and parking before the next announcement comes, because it will.`

const quote = `${quoteBefore} "Many of the shops we are closing were opened in the 1990s on high streets that have changed beyond recognition."

${quoteAfter}`

const nonUnion = `The shop workers' union has accused Greenfield Bakeries of "abandoning the towns that built it" after the company announced the closure of 38 shops.

Union regional officer Liam Doherty said staff had learned about the closures from a video message on Tuesday morning, shortly before the news appeared online. "People who have served these communities for twenty years deserved to be told face to face," he said. "Some of our members found out their shop was closing from a customer."

The union said it would seek urgent talks on redundancy terms and ask the company to delay closures until after the summer. It pointed out that Greenfield reported a pre-tax profit of £9.4 million last year and paid its shareholders a dividend of £3 million.

A Greenfield spokesperson said all affected staff had been invited to meetings this week and that the company would consult fully with employee representatives, as the law requires. "We understand this is upsetting news and we will treat everyone with respect," the spokesperson said.

The union is also collecting signatures for a petition to keep open the shop in Kilbride, the only bakery in the town.`

const nonTown = `Customers queued out of the door of Greenfield's shop on Market Street in Carrow on Tuesday afternoon, many of them to say goodbye.

"I've bought my bread here every Saturday since 1994," said retired postman Frank Ellis, 78. "My wife used to send me for the iced buns. I don't know where I'll go now. The supermarket is two miles away."

Behind the counter, staff were reluctant to talk. One assistant, who did not want to be named, said she had worked there for nineteen years. "We had an idea something was coming, but not this," she said.

Carrow town councillor Jean McBride said the closure was "another nail in the coffin" for the high street, where nine of the 40 shop units are now empty. She said the council would write to the company asking it to reconsider.

Greenfield's shop in Carrow opened in 1996 and employs eleven people. It is one of four in the county on the closure list, along with shops in Kilbride, Ashby and Low Moor.`

const nonHighStreet = `Town centre high streets in Britain have been in decline for more than two decades. The reasons are well known: out-of-town retail parks with free parking, the growth of online shopping, high business rates and rents, and, more recently, the rise of working from home, which has reduced the number of office workers who buy lunch and coffee in town centres on weekdays.

Food retailers have been affected in different ways. Large supermarkets have added in-store bakeries and cafés, while small chains of bakeries and sandwich shops depend heavily on passing trade. When footfall falls, their fixed costs – rent, staff and energy for ovens and fridges – remain the same, and margins disappear quickly.

Some towns have fought back by turning empty shops into homes, health centres or community spaces, or by offering cheap short-term leases to independent businesses. Researchers argue that the high streets that do best are those that give people reasons to visit other than shopping, such as markets, libraries and events.

Retailers, for their part, have moved towards locations where people still pass in large numbers: railway stations, hospitals, motorway services and retail parks.`

export const bakeryClosures: AnswerSet = {
  topic: 'bakery-shop-closures',
  source,
  sourceSpeaker: 'Hannah Okoro',
  answers: [
    {
      level: 'cut',
      text: cut,
      own: [cutOwn],
      note: 'cut: a news report pasting the statement – figures from paragraph 1, one sentence quoted whole, the support and investment sentences copied into the third person, the apology quoted, one own line'
    },
    {
      level: 'light',
      text: light,
      note: 'light: the statement in reported speech, paragraphs 1–4 in order, a few synonyms ("roles" → "jobs", "colleague" → "employee", "explain" → "explaining why")'
    },
    {
      level: 'heavy',
      text: heavyBusiness,
      note: 'heavy: a business desk rewrite in the third person, the founder moved into the investment paragraph, the support and apology at the end, the statement’s clauses kept inside new sentences, two quote fragments'
    },
    {
      level: 'heavy',
      text: heavyCaseStudy,
      own: ['So it is a strategy of relocation to follow the customers, not only cost cutting.'],
      note: 'heavy: a non-native business student’s case notes with a dashed list of reasons and an own conclusion'
    },
    {
      level: 'quote',
      text: quote,
      own: [quoteBefore, quoteAfter],
      note: 'a columnist’s piece of its own quoting one sentence of the statement'
    },
    {
      level: 'non',
      text: nonUnion,
      note: 'second source: the union’s reaction with its own quotes, profit figures and the company spokesperson’s reply; shares the names and figures of the event'
    },
    {
      level: 'non',
      text: nonTown,
      note: 'second witness: another outlet in one of the towns – a customer, staff, a councillor; written without the statement'
    },
    {
      level: 'non',
      text: nonHighStreet,
      note: 'background on high street decline from general knowledge: town centres, weekdays, retail parks, railway stations'
    }
  ]
}
