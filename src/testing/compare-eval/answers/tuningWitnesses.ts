// Tuning. Two witnesses of one event: a report, a second report written without it by another outlet
// (the same facts in the same order: who, what, when, in the order it happened), and a light and a
// heavy rewrite of the first for contrast. The second report must not pair; the rewrites must.
import type { AnswerSet } from './types'

const witness = (text: string, note: string) => ({ level: 'non' as const, text, note })

const cupTie: AnswerSet = {
  topic: 'cup-tie',
  source: `Kelsey Rovers reached the quarter-finals of the county cup with a 2-1 win at Ashford Town on Saturday, despite playing the last twenty minutes with ten men.

Rovers went ahead in the 12th minute when Danny Oduya curled a free kick over the wall and into the top corner. Ashford equalised just before half-time, Liam Pryce heading in a corner from Josh Keane.

The winner came on the hour. Oduya's low cross was turned in at the near post by Marcus Bell, his fifth goal in four games. Rovers' captain, Tom Harker, was sent off in the 71st minute for a second yellow card after a late tackle on Keane, and Ashford pressed for the rest of the game, but goalkeeper Sam Whitlow saved well from Pryce in stoppage time.

"We had to dig in after the red card, and the lads were magnificent," said the Rovers manager, Gary Stokes.`,
  answers: [
    {
      level: 'light',
      text: `Kelsey Rovers made it into the county cup quarter-finals with a 2-1 victory at Ashford Town on Saturday, even though they played the final twenty minutes with ten men.

Rovers took the lead in the 12th minute when Danny Oduya curled a free kick over the wall into the top corner. Ashford drew level just before the break, Liam Pryce heading home a corner from Josh Keane.

The winning goal came on the hour, when Marcus Bell turned in Oduya's low cross at the near post, his fifth goal in four matches. Rovers' captain Tom Harker was shown a red card in the 71st minute for a second booking following a late tackle on Keane, and Ashford pushed for the rest of the match, but goalkeeper Sam Whitlow made a good save from Pryce in stoppage time.

"We had to dig in after the red card, and the lads were magnificent," said Rovers manager Gary Stokes.`
    },
    {
      level: 'heavy',
      text: `Playing with ten men for the final twenty minutes did not stop Kelsey Rovers from winning 2-1 away at Ashford Town on Saturday to go through to the county cup quarter-finals. Their captain Tom Harker was dismissed after 71 minutes, shown a second yellow for a late challenge on Josh Keane, and Ashford attacked until the end; Sam Whitlow in the Rovers goal had to make a fine save from Liam Pryce in stoppage time. Pryce had earlier scored Ashford's equaliser, heading Keane's corner home shortly before the interval, cancelling out the 12th-minute free kick that Danny Oduya curled over the wall into the top corner. Marcus Bell got the winner on the hour, turning in Oduya's low cross at the near post for his fifth goal in four games. Manager Gary Stokes said his side had needed to dig in after the red card and called his players magnificent.`
    },
    witness(
      `Ten-man Kelsey Rovers held on to beat Ashford Town 2-1 and book a place in the last eight of the county cup.

Danny Oduya gave the visitors a 12th-minute lead, bending a free kick from 20 yards past the Ashford keeper. The home side were level before the break when Liam Pryce rose highest to meet Josh Keane's corner.

Marcus Bell restored Rovers' advantage after an hour, sliding in to finish Oduya's cross from the left. It was the striker's fifth goal in four matches. The game turned again in the 71st minute, when Rovers skipper Tom Harker picked up a second booking for a foul on Keane. Ashford threw everything forward and Pryce should have equalised deep into added time, but Sam Whitlow got down to keep his header out.

Rovers boss Gary Stokes praised his players' character: "After the sending-off it was backs to the wall, and they stood up to it."`,
      'another reporter at the match: the same goals, minutes and sending-off in the same order, in his own words'
    )
  ]
}

const warehouseFire: AnswerSet = {
  topic: 'warehouse-fire',
  source: `More than sixty firefighters were called to a fire at a furniture warehouse on the Brackley industrial estate in Northfield early on Tuesday morning.

The alarm was raised at about 2.40 a.m. by a lorry driver who saw smoke coming from the roof of the building on Mill Lane. Twelve fire engines and an aerial ladder platform attended, and at the height of the fire flames could be seen from several miles away.

Residents of about forty homes on nearby Canal Street were asked to keep their windows and doors closed because of the smoke, and Mill Lane was closed to traffic for most of the day.

Nobody was injured. The fire service said the roof had partly collapsed and that an investigation into the cause would begin once the building was safe. Station manager Priya Nair said crews had stopped the fire spreading to a neighbouring paint store.`,
  answers: [
    {
      level: 'light',
      text: `Over sixty firefighters were sent to a blaze at a furniture warehouse on the Brackley industrial estate in Northfield in the early hours of Tuesday.

The alarm was raised at around 2.40 a.m. by a lorry driver who spotted smoke coming from the roof of the building on Mill Lane. Twelve fire engines and an aerial ladder platform attended, and at the height of the blaze flames could be seen from miles away.

People living in about forty homes on nearby Canal Street were asked to keep their doors and windows shut because of the smoke, and Mill Lane was closed to traffic for much of the day.

No one was hurt. The fire service said the roof had partly fallen in and that an investigation into the cause would start once the building was safe. Station manager Priya Nair said crews had prevented the fire from spreading to a neighbouring paint store.`
    },
    {
      level: 'heavy',
      text: `A lorry driver who noticed smoke pouring from the roof of a furniture warehouse on Mill Lane, Northfield, raised the alarm at around 2.40 on Tuesday morning. Twelve engines, an aerial ladder platform and over sixty firefighters went to the Brackley industrial estate, and the flames were visible for miles. Crews kept the fire from reaching the paint store next door, according to station manager Priya Nair, although part of the roof gave way. Nobody was hurt. Around forty households on Canal Street had to keep their doors and windows shut against the smoke, and Mill Lane stayed closed to vehicles for much of the day. The cause will be investigated once the building is judged safe.`
    },
    witness(
      `A large fire has destroyed part of a furniture warehouse in Northfield, with crews working through the night to bring it under control.

A passing lorry driver spotted smoke rising from the warehouse, on Mill Lane on the Brackley industrial estate, shortly before 2.45 a.m. on Tuesday and dialled 999. Sixty firefighters in twelve engines were sent, along with an aerial ladder platform, and the blaze lit up the sky across the town.

People living in around forty houses in Canal Street were told to shut their windows as thick smoke drifted across the area. Mill Lane remained shut until the evening.

No one was hurt. Part of the roof has fallen in, and fire investigators will examine the site when it is safe to do so. According to station manager Priya Nair, firefighters managed to keep the flames away from a paint store next door.`,
      'a television newsroom’s report of the same fire: the same times, numbers and streets in the same order'
    )
  ]
}

const fraudHearing: AnswerSet = {
  topic: 'fraud-hearing',
  source: `A former council treasurer has admitted stealing more than £180,000 from Hatherley Parish Council over seven years.

Graham Pell, 63, of Orchard Rise, Hatherley, pleaded guilty at Lindon Crown Court on Wednesday to one count of fraud by abuse of position. The court heard that he had transferred money from the council's accounts into his own between 2015 and 2022, and had hidden the payments by altering bank statements before they were shown to councillors.

The theft came to light when a new clerk asked the bank for copies of the statements. Prosecutor Helen Marsh said Pell had spent the money on holidays, a caravan and gambling.

Judge Andrew Coyle adjourned the case for reports and released Pell on bail, warning him that he faced "an inevitable prison sentence". He will be sentenced on 14 March.`,
  answers: [
    {
      level: 'light',
      text: `A former council treasurer has confessed to stealing over £180,000 from Hatherley Parish Council across seven years.

Graham Pell, 63, of Orchard Rise, Hatherley, pleaded guilty at Lindon Crown Court on Wednesday to a single count of fraud by abuse of position. The court was told that he had moved money from the council's accounts into his own between 2015 and 2022, and had concealed the payments by altering bank statements before councillors saw them.

The theft was discovered when a new clerk asked the bank for copies of the statements. Prosecutor Helen Marsh said Pell had spent the money on holidays, a caravan and gambling.

Judge Andrew Coyle adjourned the case for reports and granted Pell bail, warning him that he faced "an inevitable prison sentence". He will be sentenced on 14 March.`
    },
    {
      level: 'heavy',
      text: `Graham Pell, who was treasurer of Hatherley Parish Council, will be sentenced on 14 March after pleading guilty to fraud by abuse of position. The 63-year-old, of Orchard Rise, siphoned off over £180,000 between 2015 and 2022, Lindon Crown Court heard on Wednesday, moving it from the council's accounts to his own and changing the bank statements councillors were shown. Prosecutor Helen Marsh told the court the money had paid for holidays, a caravan and gambling. It was only when a new clerk went to the bank for copies of statements that the theft was uncovered. Pell was bailed by Judge Andrew Coyle while reports are prepared, but warned that prison was inevitable.`
    },
    witness(
      `Hatherley's former parish council treasurer faces jail after admitting he took more than £180,000 of public money.

At Lindon Crown Court on Wednesday, Graham Pell, 63, who lives on Orchard Rise in the village, admitted fraud by abuse of position. Between 2015 and 2022 he moved council funds into his personal account, the court was told, and doctored the bank statements that councillors saw so nobody would notice.

He was caught after a newly appointed clerk requested duplicate statements directly from the bank. According to prosecutor Helen Marsh, the money went on foreign trips, a caravan and betting.

Pell was granted bail while reports are prepared. Judge Andrew Coyle told him that custody was "inevitable". Sentencing will take place on 14 March.`,
      'another court reporter at the same hearing: the same names, sums, dates and order'
    )
  ]
}

const phoneLaunch: AnswerSet = {
  topic: 'phone-launch',
  source: `Lumo, the Finnish phone maker, has unveiled its first folding phone, the Lumo Fold, at an event in Helsinki.

The phone opens like a book to reveal an 8-inch screen, and folds to the size of an ordinary phone with a 6.2-inch screen on the outside. It has three rear cameras and a battery that the company says will last two days.

The Fold will go on sale in Europe on 3 October, priced at 1,499 euros, about 300 euros less than its main rivals. Lumo's chief executive, Anna Virtanen, said the company had spent four years on the hinge, which it says will survive 400,000 folds.

Analysts said the price could help Lumo win customers, but that folding phones remain a small part of the market, less than two per cent of phones sold last year.`,
  answers: [
    {
      level: 'light',
      text: `Lumo, the phone maker from Finland, has launched its first folding phone, the Lumo Fold, at an event in Helsinki.

The phone opens like a book to show an 8-inch screen, and folds down to the size of a normal phone with a 6.2-inch screen on the outside. It has three rear cameras and a battery the company says will last for two days.

The Fold goes on sale in Europe on 3 October, priced at 1,499 euros, roughly 300 euros cheaper than its main rivals. Lumo's chief executive, Anna Virtanen, said the firm had spent four years on the hinge, which it says can survive 400,000 folds.

Analysts said the price might help Lumo win customers, but that folding phones remain a small part of the market, under two per cent of phones sold last year.`
    },
    {
      level: 'heavy',
      text: `At 1,499 euros, roughly 300 euros below competing models, the Lumo Fold, the first folding phone from Finland's Lumo, will reach European shops on 3 October, the company announced in Helsinki. Chief executive Anna Virtanen said four years had gone into the hinge, which is meant to survive 400,000 folds. Opened out like a book, the phone gives an 8-inch screen; shut, it is the size of an ordinary phone, with a 6.2-inch screen on the outside. Three cameras sit on the back, and Lumo promises two days from its battery. The price might win customers, analysts believe, though folding models made up less than two per cent of phones sold last year.`
    },
    witness(
      `Finnish handset maker Lumo showed off the Lumo Fold, its first foldable smartphone, in Helsinki on Thursday.

Unfolded, the device has an 8-inch display; closed, it is the size of a regular handset, with a 6.2-inch cover screen. On the back are three cameras, and Lumo claims the battery lasts for two days of use.

It goes on sale across Europe from 3 October for 1,499 euros, undercutting rival foldables by around 300 euros. Chief executive Anna Virtanen told the audience that engineers had worked on the hinge for four years and that it had been tested to 400,000 folds.

Industry watchers say the lower price is an attraction, but foldables still account for under two per cent of global smartphone sales.`,
      'a technology site at the same launch: the same specifications, price and date in the same order'
    )
  ]
}

const byElection: AnswerSet = {
  topic: 'by-election',
  source: `The Green Party has won the Fenwick by-election, taking the seat from Labour with a majority of 2,341 votes.

Rachel Okonjo received 14,208 votes, against 11,867 for Labour's Peter Dunn. The Conservative candidate, Simon Hale, came third with 6,412. Turnout was 41 per cent, down from 63 per cent at the general election.

The result was declared at Fenwick Leisure Centre shortly after 3 a.m. on Friday. In her speech, Ms Okonjo thanked volunteers and said voters had sent a message about the state of local bus services and the closure of the town's hospital ward.

The by-election was called after the Labour MP, David Kerr, resigned in June to become mayor of the region.`,
  answers: [
    {
      level: 'light',
      text: `The Green Party has won the Fenwick by-election, gaining the seat from Labour with a majority of 2,341.

Rachel Okonjo got 14,208 votes, against 11,867 for Labour's Peter Dunn. The Conservative candidate, Simon Hale, finished third with 6,412. Turnout was 41 per cent, down from 63 per cent at the last general election.

The result was announced at Fenwick Leisure Centre just after 3 a.m. on Friday. In her speech, Ms Okonjo thanked her volunteers and said voters had sent a message about the state of local bus services and the closing of the town's hospital ward.

The by-election was held after the Labour MP, David Kerr, stepped down in June to become the region's mayor.`
    },
    {
      level: 'heavy',
      text: `Labour lost Fenwick to the Greens at the by-election called when David Kerr gave up the seat in June on becoming mayor of the region. The Green candidate, Rachel Okonjo, won 14,208 votes to Peter Dunn's 11,867, a majority of 2,341, while the Conservative, Simon Hale, was third on 6,412. Just 41 per cent turned out, against 63 per cent at the general election. After the declaration, at Fenwick Leisure Centre a little after 3 a.m. on Friday, Ms Okonjo thanked her volunteers and said the town had sent a message about its bus services and the closure of its hospital ward.`
    },
    witness(
      `Rachel Okonjo of the Green Party is the new MP for Fenwick after overturning Labour in Thursday's by-election by 2,341 votes.

She polled 14,208 to 11,867 for Labour candidate Peter Dunn, with Simon Hale of the Conservatives third on 6,412. Only 41 per cent of voters took part, compared with 63 per cent at last year's general election.

The returning officer announced the count at Fenwick Leisure Centre at about ten past three in the morning. Okonjo told supporters the town had voted for better buses and against the loss of its hospital ward.

The contest was triggered when David Kerr stood down as Labour MP in June after being elected regional mayor.`,
      'a second outlet at the count: the same votes, names and order'
    )
  ]
}

export const WITNESS_ANSWER_SETS: readonly AnswerSet[] = [cupTie, warehouseFire, fraudHearing, phoneLaunch, byElection]
