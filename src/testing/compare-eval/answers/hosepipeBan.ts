// Tuning. A water company's announcement of a hosepipe ban, and answers written from it (or not).
import type { AnswerSet } from './types'

const source = `Southdown Water will bring in a temporary use ban, often called a hosepipe ban, for its 1.2 million customers from 8 a.m. on Friday 19 July, after the driest spring in the region for more than fifty years.

Rainfall between March and June was less than half of the long-term average, and the company's two main reservoirs, at Hollow Combe and Eastmere, are 58 per cent full, compared with 81 per cent at this time last year.

Under the ban, customers must not use a hosepipe to water gardens, clean cars or fill swimming pools and ponds. Watering cans and buckets may still be used, and businesses that need water for their work, such as garden centres and car washes, are exempt. Customers who break the rules can be fined up to 1,000 pounds.

The company says it is repairing leaks faster than ever, with 150 extra staff working on its pipes, and that it loses less water than it did five years ago. "Nobody wants restrictions, but we have to protect supplies for essential use through the rest of the summer and into the autumn," said the company's director of water resources, Neil Forsyth.`

const cut = `Southdown Water will bring in a temporary use ban, often called a hosepipe ban, for its 1.2 million customers from 8am on Friday 19 July, after the driest spring in the region for more than 50 years.

Rainfall between March and June was less than half of the long-term average, and the company's two main reservoirs, at Hollow Combe and Eastmere, are 58% full, compared with 81% at this time last year.

Under the ban, customers must not use a hosepipe to:
(a) water gardens,
(b) clean cars, or
(c) fill swimming pools and ponds.

Watering cans and buckets may still be used. Customers who break the rules can be fined up to £1,000.

"Nobody wants restrictions, but we have to protect supplies for essential use through the rest of the summer and into the autumn," said Neil Forsyth, Southdown's director of water resources.`

const light = `Southdown Water is introducing a temporary use ban, commonly known as a hosepipe ban, for its 1.2 million customers from 8 a.m. on Friday 19 July, following the region's driest spring in over fifty years.

Between March and June rainfall was below half the long-term average, and the firm's two largest reservoirs, Hollow Combe and Eastmere, are 58 per cent full, against 81 per cent a year ago.

While the ban is in force, customers may not use a hose to water their gardens, wash their cars or fill pools and ponds. Watering cans and buckets are still allowed, and firms that rely on water for their business, like garden centres and car washes, are exempt. Anyone breaking the rules could face a fine of as much as 1,000 pounds.

The company says it is fixing leaks more quickly than before, with 150 additional workers on its network, and that it wastes less water than five years ago.`

const heavy = `Gardeners across the Southdown area will have to put away their hoses from Friday 19 July. After a spring that gave the region less than half its usual rain, the driest in half a century, the water company has declared a ban on using hosepipes, which applies to all of its 1.2 million customers.

The reservoirs tell the story: Hollow Combe and Eastmere hold just 58 per cent of their capacity, down from 81 per cent last summer. Until the ban is lifted, lawns and flower beds may only be watered by can or bucket, and filling a paddling pool or washing the car with a hose is forbidden, with fines of up to 1,000 pounds for those caught. Car washes and garden centres can carry on. Southdown, which has put 150 more people on to repairing leaks, says supplies must be protected into the autumn.`

const nonGardening = `Dry summers are becoming more common, and many gardeners are changing the way they look after their plants. The most important step is to water less often but more deeply: a thorough soaking once a week encourages roots to grow down in search of moisture, while a light sprinkle every evening keeps them near the surface.

Water early in the morning or in the evening, when less is lost to the sun, and aim at the roots rather than the leaves. A watering can wastes far less than a hosepipe or a sprinkler. Collecting rainwater in butts from the roof of a house or a shed can provide hundreds of litres over the year.

Lawns can be left to turn brown in a drought. Grass is tougher than it looks and usually recovers within weeks once the rain returns. Mulching flower beds with compost or bark keeps the soil cool and reduces the need for watering.`

const nonOtherBan = `Customers of Pennine Valley Water in the north of England will face a ban on using hosepipes from next week, the company announced on Monday, after weeks of hot weather left its reservoirs at their lowest level for the time of year since 1995.

The ban, which comes into force on Tuesday, means customers must not use a hose to water their gardens or wash their cars. The company urged people to take shorter showers and to turn off the tap while brushing their teeth.

Pennine Valley has been criticised for losing a fifth of its water through leaking pipes. A spokesman said the company had increased the number of repair teams and was fixing leaks faster than ever. "We know how frustrating restrictions are, and we will lift the ban as soon as it is safe to do so," he said.

Environmental groups said the ban showed that water companies had failed to prepare for drier summers, which scientists expect to become more frequent.`

export const hosepipeBan: AnswerSet = {
  topic: 'hosepipe-ban',
  source,
  answers: [
    { level: 'cut', text: cut, note: 'a sentence made into a lettered list; % and £; speaker moved' },
    { level: 'light', text: light },
    { level: 'heavy', text: heavy },
    { level: 'non', text: nonGardening, note: 'watering advice: hosepipe, watering can, dry spring' },
    { level: 'non', text: nonOtherBan, note: 'another water company: ban, reservoirs, fixing leaks faster than ever' }
  ]
}
