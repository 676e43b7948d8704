// Held out. A council's notice that a road bridge closes for repairs, and answers written from it (or not).
import type { AnswerSet } from './types'

const source = `The Millbrook Road bridge over the River Arle will close to all traffic from 3 June for up to fourteen weeks while engineers replace its deck joints and repair corroded steel beams.

Inspections carried out last winter found that rainwater had been seeping through the joints for years and had rusted two of the bridge's five main beams. The bridge was built in 1964 and carries about 18,000 vehicles a day.

The work will take place in three stages:
1. Removal of the road surface and the old expansion joints.
2. Repair and repainting of the steel beams.
3. New joints, waterproofing and resurfacing.

During the closure, drivers will be diverted along Hadley Street and the northern ring road, which is expected to add up to fifteen minutes to journeys at peak times. A free shuttle bus will run every ten minutes between the two ends of the bridge, and a temporary footbridge will stay open for pedestrians and cyclists.

The council has set aside 4.2 million pounds for the repairs. "We know this closure will be disruptive, but the bridge cannot stay open safely without these repairs," said Councillor Dawn Whitaker, the cabinet member for transport.`

const cut = `MILLBROOK ROAD BRIDGE TO CLOSE FOR REPAIRS

The Millbrook Road bridge over the River Arle will close to all traffic from 3 June for up to fourteen weeks while engineers replace its deck joints and repair corroded steel beams.

Inspections carried out last winter found that rainwater had been seeping through the joints for years and had rusted two of the bridge’s five main beams. The bridge was built in 1964 and carries about 18,000 vehicles a day.

The work will be done in three stages:
1.Removal of the road surface and the old expansion joints
2.Repair and repainting of the steel beams
3.New joints, waterproofing and resurfacing

Drivers will be diverted along Hadley Street and the northern ring road, which is expected to add up to fifteen minutes to journeys at peak times. A free shuttle bus will run every ten minutes between the two ends of the bridge.

“We know this closure will be disruptive, but the bridge cannot stay open safely without these repairs”, said Councillor Dawn Whitaker.`

const light = `The Millbrook Road bridge across the River Arle will be shut to all vehicles from 3 June for as long as fourteen weeks while engineers renew its deck joints and mend rusting steel girders.

Checks made last winter showed that rain water had been leaking through the joints for years and had corroded two of the five main girders of the bridge. Built in 1964, the bridge takes around 18,000 cars and lorries a day.

The repairs will happen in three phases: first the road surface and the old expansion joints will be taken off, then the steel girders will be repaired and repainted, and finally new joints will be fitted, waterproofed and resurfaced.

While the bridge is shut, motorists will be sent along Hadley Street and the northern ring road, which could add as much as fifteen minutes to trips at rush hour. A free shuttle bus will run every ten minutes between the two sides of the river, and a temporary footbridge will remain open for people on foot and on bikes.

The council has budgeted 4.2 million pounds for the project.`

const heavy = `Anyone who crosses the Arle on Millbrook Road will need another way round this summer. The bridge, which dates from 1964 and is used by some 18,000 vehicles daily, shuts on 3 June, and it may be more than three months before it reopens.

The reason is rust. Water getting in through the joints in the deck over many years has eaten into two of the five beams that hold the bridge up, as inspectors discovered during the winter. Crews will strip off the surface, fix and repaint the steel, and then put in fresh joints and a waterproof layer before the road is laid again. The bill comes to 4.2 million pounds.

Traffic will go round by Hadley Street and the northern ring road, and the council warns that at busy times this could cost drivers a quarter of an hour. Those walking or cycling can use a temporary footbridge, or take a free shuttle bus that leaves each end every ten minutes.`

const nonDiversion = `Drivers in Norbury face months of delays after the council confirmed that the Castle Street bridge will shut for repairs from the middle of July.

The bridge, which carries the A412 over the railway, was found to have cracked concrete in its supports during a routine inspection in the spring. Engineers say the structure is not in danger of collapse, but that a weight limit alone would not be enough to keep it safe for heavy lorries.

A signed diversion will be in place through the town centre, and drivers are advised to allow extra time for their journeys, especially in the morning. Bus routes 12 and 14 will be rerouted, and some stops will be moved for the duration of the work.

Local businesses on Castle Street fear they will lose customers while the road is closed. "People will simply stop coming this way," said the owner of a cafe near the bridge. The council said it would keep footpaths open and put up signs telling shoppers that businesses remain open as usual.`

const nonExplainer = `Why do steel bridges rust? Most road bridges built in the 1960s have a concrete deck resting on steel beams, with expansion joints that let the deck grow and shrink as the temperature changes. The joints are the weak point. Over the years the rubber seals crack, and rainwater, often carrying road salt in winter, drips through onto the steel underneath.

Once the protective paint is broken, the steel begins to corrode. Rust takes up more space than the metal it replaces, so it pushes paint and concrete apart and lets in still more water. A beam can lose a large part of its strength before the damage is obvious from the road.

This is why engineers inspect bridges at regular intervals and why many councils now spend more on replacing joints and waterproofing decks than on building new bridges. Repairs usually mean closing the bridge to traffic for several weeks, because the road surface has to be removed before the joints and beams can be reached.`

export const bridgeClosure: AnswerSet = {
  topic: 'bridge-closure',
  source,
  answers: [
    { level: 'cut', text: cut, note: 'curly quotation marks, list numbers without a space, a headline in capitals' },
    { level: 'light', text: light },
    { level: 'heavy', text: heavy },
    { level: 'non', text: nonDiversion, note: 'another bridge closing: diversion and inspection stock phrases' },
    { level: 'non', text: nonExplainer, note: 'why bridges rust: joints, beams, corroded steel, closed to traffic' }
  ]
}
