// Held out, third batch. A regional government's contract to bring fibre broadband to remote valleys,
// and answers written from the announcement (or not).
import type { AnswerSet } from '../answers/types'

const source = `About 14,000 homes and businesses in the most remote parts of the Glenarven valleys will be connected to full-fibre broadband by the end of 2027 under a contract signed on Friday between the regional government and the network company Fibreway.

The 48 million pound project is aimed at properties that commercial providers have said are too costly to reach. Many of them currently have download speeds of less than 10 megabits per second, too slow to stream a film or to join a video call reliably. Once connected, they will be able to get speeds of up to 1 gigabit per second.

Fibreway will lay about 1,900 kilometres of new cable, much of it on existing telephone poles to reduce digging. The first villages, in the upper Arven valley, are expected to be connected next summer.

"For too long, people in our rural communities have been treated as second-class citizens online," said the region's digital minister, Catrin Pugh. "Farms, small firms and children doing their homework all need a connection that works."

Households will not pay for the connection itself, but will need to choose an internet provider and a monthly package once the network reaches them. A map on the regional government's website shows when each area is expected to be connected.`

const cut = `About 14,000 homes and businesses in the most remote parts of the Glenarven valleys will be connected to full-fibre broadband by the end of 2027 under a contract signed on Friday between the regional government and the network company Fibreway.

Many of them currently have download speeds of less than 10\u00a0megabits per second – too slow to stream a film or to join a video call reliably. Once connected, they will be able to get speeds of up to 1\u00a0gigabit per second. The £48\u00a0million project is aimed at properties that commercial providers have said are too costly to reach.

Fibreway will lay about 1,900\u00a0kilometres of new cable, much of it on existing telephone poles to reduce digging. The first villages, in the upper Arven valley, are expected to be connected next summer.

“For too long, people in our rural communities have been treated as second-class citizens online,” said the region’s digital minister, Catrin Pugh.

Households will not pay for the connection itself, but will need to choose an internet provider and a monthly package once the network reaches them.`

const light = `Around 14,000 homes and firms in the remotest parts of the Glenarven valleys will be linked to full-fibre broadband by the close of 2027 under a deal signed on Friday by the regional government and the network operator Fibreway.

The 48 million pound scheme targets properties that commercial providers have said are too expensive to reach. Many of them now have download speeds below 10 megabits per second, too slow to stream a film or take part in a video call reliably. After they are connected, they will be able to get speeds of as much as 1 gigabit per second.

Fibreway will install roughly 1,900 kilometres of new cable, much of it on telephone poles that are already there, to cut down on digging. The first villages, in the upper Arven valley, should be connected next summer.

"For too long, people in our rural communities have been treated as second-class citizens online," said Catrin Pugh, the region's digital minister. "Farms, small businesses and children doing homework all need a connection that works."

Households will not be charged for the connection itself, but will have to pick an internet provider and a monthly package when the network arrives. A map on the regional government's website shows when each area should be connected.`

const heavy = `Fibreway has been hired by the regional government to reach the parts of the Glenarven valleys that commercial broadband firms have written off as too expensive. Under a 48 million pound deal signed on Friday, roughly 14,000 properties, homes and businesses alike, should have fibre running all the way to the building before 2027 is out.

At present many of them struggle along at under 10 megabits per second, which is not enough to watch a film online or hold a video call without it breaking up. The new lines will offer up to 1 gigabit per second. Villages in the upper Arven valley come first, next summer. To keep roadworks down, much of the 1,900 kilometres of cable will hang from telephone poles that are already in place.

Catrin Pugh, the digital minister, says country people have been second-class citizens on the internet for too long, and that farmers, small employers and pupils with homework all depend on a reliable line. Installation is free, although each household must then sign up with a provider and pay for a monthly plan; the government's website has a map giving the expected date for every area.`

const nonMobile = `Mobile phone coverage in the hill villages of Carrow district will improve next year after four new masts were approved under a government scheme to tackle rural not-spots, the district council said on Tuesday.

The masts, which will be shared by all the main networks, are designed to bring 4G signal to around 2,300 homes and to stretches of road where drivers currently cannot call for help after a breakdown or an accident.

"In an emergency, having no signal is not an inconvenience, it is a danger," said the council's leader, Councillor Gwyn Roberts.

Some residents had objected to the masts, which will be up to 25 metres tall, saying they would spoil views across the hills. The council said the sites had been chosen to reduce their impact on the landscape.

Rural campaigners welcomed the news but said many farms and small businesses in the area still relied on slow broadband connections and needed faster fixed lines as well as better mobile coverage.`

const nonVillageWifi = `When the broadband in Llanfor finally became fast enough to watch a film, the village held a party. It had taken four years, a community company and more than a hundred volunteers digging trenches across their own fields.

The village was one of thousands across the country left behind by commercial providers, which say that laying fibre to a few scattered houses costs too much for the money it will bring in. Residents were told they would have to wait until at least the end of the decade.

Instead they formed their own company, raised money through shares and a government voucher scheme, and laid the cable themselves, with a contractor doing the connections. Today every home in the village can get speeds of up to a gigabit per second, and the company is helping two neighbouring villages to do the same.

"People thought we were mad," said one of the founders. "Now farms sell online, children do their homework without queuing for the connection, and two families have moved here because they can work from home."`

export const ruralBroadband: AnswerSet = {
  topic: 'rural-broadband',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'non-breaking spaces between numbers and units, an en dash for a comma, curly quotation marks and apostrophe, £48 million; the second paragraph’s sentences reordered'
    },
    { level: 'light', text: light },
    { level: 'heavy', text: heavy },
    {
      level: 'non',
      text: nonMobile,
      note: 'rural mobile masts: rural, homes, farms and small businesses, the council said on Tuesday'
    },
    {
      level: 'non',
      text: nonVillageWifi,
      note: 'a village that laid its own fibre: watch a film, commercial providers, costs too much, up to a gigabit per second, homework'
    }
  ]
}
