// Held out. A fire service's update on a wildfire and its evacuation, and answers written from it (or not).
import type { AnswerSet } from './types'

const source = `About 3,000 residents of the villages of Kato Aetos and Platania were evacuated overnight as a wildfire driven by strong winds spread across the hills east of the town of Pyrgos, the fire service said on Sunday.

The fire broke out on Saturday afternoon in dry scrubland near a rubbish dump and was pushed south by winds of up to 70 kilometres an hour. By the morning it had burned about 4,500 hectares of pine forest and olive groves, and destroyed at least twelve houses and several farm buildings.

More than 250 firefighters, supported by 60 fire engines, eight water-dropping planes and five helicopters, were battling the flames. Two firefighters were treated in hospital for burns, and an elderly man was rescued from his home by a patrol of the coastguard.

Residents were told by text message to leave for the coast, where schools and a sports hall were opened as shelters. Officials said it was too early to say when they could return.

The cause of the fire is under investigation. Firefighting planes will resume work at first light on Monday, when the wind is forecast to weaken.`

const cut = `About 3,000 residents of the villages of Kato Aetos and Platania were evacuated overnight as a wildfire driven by strong winds spread across the hills east of the town of Pyrgos, the fire service said on Sunday.

The fire broke out on Saturday afternoon in dry scrubland near a rubbish dump and was pushed south by winds of up to 70 km/h. By the morning it had burned about 4,500 hectares of pine forest and olive groves, and destroyed at least 12 houses and several farm buildings.

More than 250 firefighters, supported by 60 fire engines, 8 water-dropping planes and 5 helicopters, were battling the flames.

Residents were told by text message to leave for the coast, where schools and a sports hall were opened as shelters. Officials said it was too early to say when they could return. The cause of the fire is under investigation.`

const light = `Around 3,000 people living in the villages of Kato Aetos and Platania were moved out during the night as a wildfire fanned by strong winds swept over the hills to the east of Pyrgos, firefighters said on Sunday.

The blaze started on Saturday afternoon in parched scrub close to a rubbish tip and was driven southwards by gusts reaching 70 kilometres an hour. By morning it had destroyed roughly 4,500 hectares of pine woods and olive groves, along with at least twelve homes and a number of farm buildings.

Over 250 firefighters, backed by 60 engines, eight water-bombing aircraft and five helicopters, were fighting the blaze. Two firefighters were taken to hospital with burns, and coastguard officers rescued an old man from his house.

Villagers received text messages telling them to head for the coast, where schools and a sports hall had been turned into shelters. Officials said they could not yet say when people would be able to go home.`

const heavy = `Two hill villages near Pyrgos stood empty on Sunday morning. Overnight, text messages had told their 3,000 or so inhabitants to get out and make for the coast, where they spent the night in schools and a sports hall, not knowing when they would be allowed back.

The fire that drove them out started on Saturday afternoon near a dump, in scrub dried out by the summer, and winds gusting at 70 kilometres an hour carried it south across pine and olive country. Some 4,500 hectares had burned by daybreak, along with a dozen houses or more.

Around 250 firefighters were on the ground with 60 engines, while eight planes and five helicopters dropped water from above. Two of the firefighters suffered burns, and the coastguard had to pull an elderly man out of his house. Nobody yet knows how the fire began. The planes go up again at dawn on Monday, when the wind should drop.`

const nonOtherFire = `Hundreds of people were forced to leave their homes on the island of Evia on Tuesday as a forest fire fanned by strong winds burned towards several villages in the north of the island.

The civil protection agency sent messages to residents' mobile phones telling them to move to the coast, and ferries stood by in case people had to be taken off by sea. Several houses were damaged, but there were no reports of injuries.

Firefighters, helped by water-dropping planes and helicopters, worked through the day to stop the flames from reaching the village of Limni. Officials said the hot, dry weather and winds of up to 60 kilometres an hour made the work difficult.

Greece has suffered a series of large wildfires in recent summers. Scientists say longer and hotter dry seasons are making fires more frequent and harder to control across southern Europe.`

const nonAdvice = `What should you do if a wildfire threatens your home? Fire services say the most important rule is to leave early. Roads can be blocked by smoke and flames within minutes, and many of those who die in wildfires are caught in their cars while trying to escape at the last moment.

Keep a bag ready with documents, medicines, water and a torch, and make sure you know more than one way out of your area. If you receive an evacuation order, by text message or from the police, follow it at once and go where officials tell you to go, usually a school, a sports hall or another public building.

If you are trapped, stay inside a house rather than in a car or in the open, close all doors and windows, and keep away from the walls facing the fire. Call the emergency services and tell them exactly where you are.`

export const wildfireEvacuation: AnswerSet = {
  topic: 'wildfire-evacuation',
  source,
  answers: [
    { level: 'cut', text: cut, note: 'figures for numbers (12, 8, 5) and km/h for kilometres an hour' },
    { level: 'light', text: light },
    { level: 'heavy', text: heavy },
    {
      level: 'non',
      text: nonOtherFire,
      note: 'another island fire: evacuated, fanned by strong winds, text messages, planes and helicopters'
    },
    { level: 'non', text: nonAdvice, note: 'wildfire advice: text message, school or sports hall' }
  ]
}
