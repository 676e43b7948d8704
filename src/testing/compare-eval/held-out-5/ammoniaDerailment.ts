// Held out, fifth batch. A news report of a freight train derailment and ammonia leak, reports written
// from it, and pieces on the same event written without it (villagers’ accounts, a union, an explainer).
import type { AnswerSet } from '../answers/types'

const source = `Around 1,200 residents were evacuated from their homes overnight after a freight train carrying chemicals derailed near the village of Coldharbour Bridge, releasing a cloud of ammonia.

Eleven of the train's 28 wagons left the track at about 11.15pm on Monday on the line between Carrick Junction and the port of Sandmouth. Three wagons overturned and one of them, carrying liquid ammonia, was punctured.

Police declared a major incident and ordered everyone living within 1.5 kilometres of the site to leave. Residents were taken by bus to a leisure centre in Sandmouth, where the Red Cross provided blankets and hot drinks. Nine people, including two firefighters, were treated in hospital for breathing difficulties and sore eyes. None of the injuries is thought to be serious. The train's two drivers were unhurt.

Chief Fire Officer Dawn Mitchell said specialist crews had stopped the leak by 4am and were pumping the remaining ammonia into another tanker. "The concentration in the air is now falling steadily, but we are asking people to stay away until we are sure it is safe," she said. She expected residents to be able to return home by Wednesday.

The line's operator, Northline Freight, said it was "shocked and deeply sorry" and was working with the Rail Accident Investigation Branch, which has sent inspectors to the site. A spokesperson said the train had been travelling at about 50mph, below the line's speed limit of 60mph.

Local MP Gareth Price said residents had warned for years about the condition of the track near Coldharbour Bridge, where a slower goods train came off the rails in 2019. "People here have been telling anyone who would listen that this stretch is not safe," he said.

The line is expected to remain closed for at least a week, and the environment agency is testing water in the nearby River Coll.`

const cutOwn = 'Ammonia is widely used to make fertiliser and is harmful if breathed in at high concentrations.'

const cut = `Around 1,200 residents were evacuated from their homes overnight after a freight train carrying chemicals derailed near the village of Coldharbour Bridge, releasing a cloud of ammonia.

Eleven of the train's 28 wagons left the track at about 11.15pm on Monday. Three wagons overturned and one of them, carrying liquid ammonia, was punctured.

Police declared a major incident and ordered everyone living within 1.5 kilometres of the site to leave. Nine people, including two firefighters, were treated in hospital for breathing difficulties and sore eyes.

${cutOwn}

Chief Fire Officer Dawn Mitchell said specialist crews had stopped the leak by 4am. "The concentration in the air is now falling steadily, but we are asking people to stay away until we are sure it is safe," she said.

The line's operator, Northline Freight, said it was working with the Rail Accident Investigation Branch. Local MP Gareth Price said residents had warned for years about the condition of the track near Coldharbour Bridge. The line is expected to remain closed for at least a week.`

const light = `About 1,200 people were moved out of their homes overnight after a goods train loaded with chemicals came off the rails near the village of Coldharbour Bridge, giving off a cloud of ammonia.

Eleven of the 28 wagons on the train were derailed at around 11.15pm on Monday on the route between Carrick Junction and the port of Sandmouth. Three of the wagons turned over and one, which was carrying liquid ammonia, was pierced.

Police announced a major incident and told everybody living within 1.5 kilometres of the scene to leave. Residents were driven by bus to a leisure centre in Sandmouth, where the Red Cross handed out blankets and hot drinks. Nine people, two firefighters among them, received hospital treatment for breathing problems and sore eyes. None of the injuries is believed to be serious. The two drivers of the train were not hurt.

Chief Fire Officer Dawn Mitchell said specialist teams had sealed the leak by 4am and were transferring the rest of the ammonia into a different tanker. She said the level in the air was now going down steadily but people were being asked to keep away until it was certain to be safe, and that she expected residents to go back home by Wednesday.

Northline Freight, which runs the line, said it was shocked and very sorry and was cooperating with the Rail Accident Investigation Branch, which has sent inspectors.`

const heavyNational = `About 1,200 people in Coldharbour Bridge were moved out of their homes overnight after eleven wagons of a Northline Freight train came off the track at around 11.15pm on Monday and a cloud of ammonia escaped. Local people say they had warned for years that the line there was unsafe; a slower goods train derailed at the same spot in 2019.

Three wagons overturned on the line between Carrick Junction and Sandmouth port, and one, carrying liquid ammonia, was punctured. Police declared a major incident and cleared everyone within 1.5 km, busing residents to a Sandmouth leisure centre where the Red Cross handed out blankets and hot drinks.

Nine people, two of them firefighters, were treated in hospital for breathing problems and sore eyes; none is thought to be seriously hurt. Both drivers escaped injury.

Specialist crews had stopped the leak by 4am and were pumping what was left into another tanker. Chief Fire Officer Dawn Mitchell said the ammonia in the air was falling steadily and residents should be home by Wednesday.

Northline Freight says the train was doing about 50mph on a 60mph line and is working with rail accident investigators. The line will stay shut for at least a week, and the River Coll is being tested.`

const heavyRadio = `If you live in Coldharbour Bridge, you probably had a knock on the door in the middle of the night. Police moved around 1,200 people out after a train came off the tracks just after quarter past eleven and one of its tanks started leaking ammonia.

The train belongs to Northline Freight and was heading to Sandmouth port. Eleven wagons came off and three turned over. The drivers are fine. Nine people went to hospital with sore eyes and trouble breathing – two of them are firefighters – but we're told nobody is seriously hurt.

The good news is the leak was stopped by four this morning and the ammonia in the air is going down. The fire service still wants everyone to stay away from the area, and if you've been evacuated, you'll most likely be back home on Wednesday. In the meantime there's a rest centre with blankets and hot drinks at Sandmouth leisure centre, run by the Red Cross.

Expect the railway to be closed for at least a week. Northline says it's very sorry, and investigators are looking at what went wrong. Our MP Gareth Price says people have warned about this track for years.`

const nonVillagers = `Residents of Coldharbour Bridge described being woken by "a bang like a bomb" and a smell that burned their throats after a freight train derailed on the edge of the village late on Monday.

Pat Doyle, 71, who lives on Station Road about 300 metres from the line, said she saw wagons "lying on their sides like dominoes" from her bedroom window. "Then the smell came in, sharp, like a bottle of cleaning stuff under your nose. My eyes were streaming," she said. Police arrived about forty minutes later and told her to leave with only her medication and her dog.

Farmer Iain Ross said he had moved 140 cows to higher fields before dawn because he was worried the gas would drift across his land. "Nobody told us anything for hours. We found out more on social media than from the authorities," he said.

The county council said 380 people had spent the night at emergency rest centres and that the rest had stayed with friends or family. A spokesperson for the ambulance service said it had assessed 23 people at the scene.

The parish council will hold a public meeting at the village hall on Thursday evening.`

const nonExplainer = `Railways carry large quantities of dangerous goods every day, including fuel, chlorine, ammonia and other industrial chemicals. Rail is generally considered one of the safest ways to move them, because trains run on fixed routes away from most traffic, and accidents involving a release of hazardous material are rare.

Tank wagons used for such cargoes are built to strict international standards. Those carrying gases under pressure, such as liquid ammonia, have thick steel walls, valves protected against impact, and shields at each end to stop a neighbouring wagon's coupler from puncturing the tank in a derailment. Each wagon carries orange hazard plates with numbers that tell emergency services exactly what is inside and how to deal with it.

When a derailment does occur, firefighters first establish what is being carried and set up a cordon. For a toxic gas leak the choice is usually between evacuation and telling people to shelter indoors with windows and doors shut, depending on the wind and the size of the release. The most serious accidents, such as the Lac-Mégantic disaster in Canada in 2013, in which a runaway oil train exploded and killed 47 people, led to tighter rules on wagon design and train braking.`

const nonUnion = `The rail workers' union has called for an urgent review of freight track maintenance, saying its members have reported faults on lines across the region for more than two years without action.

Speaking at a rally outside the regional headquarters of Network Rail Services on Tuesday, union organiser Bev Carter said inspection teams had been cut from twelve to seven since 2021. "Our people walk these lines. They see cracked sleepers and worn rails and they report them, and then nothing happens for months," she said. "This week we were lucky that nobody died."

The union says it has logged 64 reports of track defects in the county since January, of which 22 remain unrepaired. It wants an independent audit of every line carrying dangerous goods.

Network Rail Services said safety was its highest priority and that inspection frequencies had not been reduced. "It would be wrong to speculate about the cause of the incident while the investigation is under way," a spokesperson said.

The union will meet the transport minister next month.`

export const ammoniaDerailment: AnswerSet = {
  topic: 'ammonia-derailment',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      own: [cutOwn],
      note: 'cut: a regional site’s copy – sentences of paragraphs 1–6 and 7 with clauses and sentences dropped (the route, the rest centre, the drivers, the speed, the MP’s quote), one own background sentence'
    },
    {
      level: 'light',
      text: light,
      note: 'light: paragraphs 1–5 in order, synonyms ("evacuated" → "moved out", "derailed" → "came off the rails", "punctured" → "pierced"), the fire chief’s quote in reported speech'
    },
    {
      level: 'heavy',
      text: heavyNational,
      note: 'heavy: a national paper’s rewrite leading with the track complaints, sentences merged and reordered, the report’s phrases kept inside new sentences, quotes turned to reported speech'
    },
    {
      level: 'heavy',
      text: heavyRadio,
      note: 'heavy: a local radio script addressed to listeners, spoken register, times in words'
    },
    {
      level: 'non',
      text: nonVillagers,
      note: 'second witness: another outlet’s interviews with villagers and a farmer, its own council and ambulance figures; shares the village, the derailment, the smell of ammonia'
    },
    {
      level: 'non',
      text: nonExplainer,
      note: 'an explainer on dangerous goods by rail from general knowledge: tank wagons, liquid ammonia, evacuation'
    },
    {
      level: 'non',
      text: nonUnion,
      note: 'second source: a union rally with its own figures and quotes, a rail company’s reply; written without the report'
    }
  ]
}
