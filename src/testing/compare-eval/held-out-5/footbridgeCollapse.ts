// Held out, fifth batch. A local news report of a footbridge collapse during a charity run, reports written
// from it, and pieces on the same event written without it (a second outlet’s reporting, an editorial).
import type { AnswerSet } from '../answers/types'

const source = `Fourteen people were injured, two of them seriously, when a wooden footbridge collapsed during a charity fun run in Harrowby on Saturday morning.

The bridge, which crosses the River Wendle at Millfield Park, gave way at about 10.40am as a group of runners and spectators crowded onto it to watch the leaders pass. Witnesses said the central span dropped about three metres into shallow water, throwing people onto rocks and into the river.

Wendleshire Fire and Rescue Service said crews from Harrowby and Eastleigh arrived within eight minutes and pulled six people from the water. Station manager Colin Reeve said: "The quick actions of members of the public, who waded in before we got there, undoubtedly prevented this from being much worse."

A man in his sixties and a girl aged nine were taken by air ambulance to the Royal Wendleshire Hospital, where they were described as being in a serious but stable condition. Twelve others were treated for cuts, bruises and suspected fractures, and most were released on Saturday evening.

The run, organised by the Harrowby Hospice, had attracted about 600 entrants. Organisers stopped the race immediately and all remaining runners were directed back to the start.

Harrowby Borough Council, which owns the bridge, said it had last been inspected in June and that no defects requiring urgent repair had been found. Council leader Anita Shah said: "Our thoughts are with everyone who was hurt and their families. We will cooperate fully with the investigation and we will close every bridge of the same design in the borough until it has been checked."

Police have closed the park and the Health and Safety Executive has begun an investigation. The bridge was built in 1998.`

const cutOwn =
  'It is the second time in three years that a bridge in the county has failed; a farm bridge near Oldcastle collapsed under a tractor in 2021.'

const cut = `Fourteen people were injured, two of them seriously, when a wooden footbridge collapsed during a charity fun run in Harrowby on Saturday morning.

The bridge, which crosses the River Wendle at Millfield Park, gave way at about 10.40am as runners and spectators crowded onto it. Witnesses said the central span dropped about three metres into shallow water.

Fire crews pulled six people from the water. Station manager Colin Reeve said: "The quick actions of members of the public, who waded in before we got there, undoubtedly prevented this from being much worse."

A man in his sixties and a girl aged nine were taken by air ambulance to the Royal Wendleshire Hospital, where they were described as being in a serious but stable condition. Twelve others were treated for cuts, bruises and suspected fractures.

${cutOwn}

Harrowby Borough Council, which owns the bridge, said it had last been inspected in June. Council leader Anita Shah said: "Our thoughts are with everyone who was hurt and their families." The Health and Safety Executive has begun an investigation.`

const light = `Fourteen people were hurt, two seriously, when a timber footbridge gave way during a charity fun run in Harrowby on Saturday morning.

The bridge, which spans the River Wendle at Millfield Park, collapsed at around 10.40am as a crowd of runners and spectators gathered on it to see the leaders go past. People who saw it said the middle section fell around three metres into shallow water, sending people onto rocks and into the river.

Wendleshire Fire and Rescue Service said crews from Harrowby and Eastleigh got there within eight minutes and rescued six people from the water. Station manager Colin Reeve said members of the public who went into the water before firefighters arrived had definitely stopped it being much worse.

A man in his sixties and a nine-year-old girl were flown by air ambulance to the Royal Wendleshire Hospital, where their condition was said to be serious but stable. Twelve other people were treated for cuts, bruises and possible fractures, and most went home on Saturday evening.

The run, which was organised by Harrowby Hospice, had around 600 entrants. The organisers halted the race straight away and the other runners were sent back to the start.

Harrowby Borough Council, which owns the bridge, said it was last inspected in June and no defects needing urgent repair were found.`

const heavyNational = `A council has promised to shut every bridge of the same design in the borough after a wooden footbridge gave way beneath a crowd at a charity fun run, injuring fourteen people.

A nine-year-old girl and a man in his sixties were flown by air ambulance to the Royal Wendleshire Hospital, where both are in a serious but stable condition. Twelve more were treated for cuts, bruises and suspected fractures, and most went home on Saturday evening.

The 1998 bridge over the River Wendle at Millfield Park in Harrowby collapsed at about 10.40am, when runners and spectators packed onto it to watch the leaders of the Harrowby Hospice run go by. Its central span fell some three metres into shallow water. The race, which had about 600 entrants, was stopped at once.

Bystanders waded in before fire crews from Harrowby and Eastleigh arrived eight minutes later and pulled six people out of the river. Station manager Colin Reeve said their quick actions "undoubtedly prevented this from being much worse".

Harrowby Borough Council, which owns the bridge, says a June inspection found no defects needing urgent repair. Its leader, Anita Shah, promised full cooperation with the Health and Safety Executive, which is investigating. Police have closed the park.`

const heavyBulletin = `Emergency services were called to Millfield Park in Harrowby on Saturday after a wooden bridge over the river fell down during a fun run for the Harrowby Hospice. Around 600 people were taking part.

Fourteen people are hurt. Two of them, a girl of nine and a man in his sixties, are in a serious but stable condition in the Royal Wendleshire Hospital after they were flown there by air ambulance. The other twelve had cuts, bruises and maybe broken bones and most of them could go home the same evening.

It happened at about twenty to eleven. Lots of people were standing on the bridge to watch the fastest runners and the middle part dropped into the River Wendle, about three metres down. Some landed on the rocks.

The fire service got six people out of the water. They say local people who jumped in to help before the crews came made a big difference.

The bridge is from 1998 and belongs to the borough council, who say it passed an inspection in June. The council is closing all bridges like it until they are checked. The Health and Safety Executive is investigating.`

const nonWitnesses = `Runners at a hospice fundraiser in Harrowby described scenes of panic after a footbridge in Millfield Park gave way on Saturday.

Jenny Marsh, 34, who was running with her sister, said she had just crossed the bridge when she heard "a crack like a gunshot" behind her. "I turned round and half the bridge had gone. There were people in the water, kids screaming, someone's pushchair floating away," she said. "Men just jumped straight in off the bank."

Dave Okafor, a marshal, said he had been asked to keep people moving across the bridge but that the crowd grew as the leading runners approached. "There must have been forty or fifty people on it. You couldn't move," he said.

South Wendleshire Ambulance Service said it sent five ambulances, two rapid response cars and the air ambulance, and treated at least thirteen patients at the scene. A spokesperson confirmed two people had been flown to hospital.

The hospice's chief executive, Mark Pryce, said the charity was "devastated" and that the event's insurers had been informed. Local councillor Tom Hale said residents had complained last year that planks on the bridge were loose and that he would be asking the council to publish its inspection reports.`

const nonExplainer = `Footbridges are designed to carry crowds, but a dense crowd is one of the heaviest loads a small bridge will ever experience. Engineers in the UK usually design pedestrian bridges for a load of about five kilonewtons per square metre, which is roughly equivalent to six or seven adults standing in every square metre. That is more than most bridges ever see.

Crowds can also cause problems through movement rather than weight. When the Millennium Bridge in London opened in 2000 it began to sway from side to side as thousands of people walked across it, because walkers unconsciously fell into step with the movement. The bridge was closed for almost two years while dampers were fitted.

Timber bridges need particular care. Wood can rot where water collects, especially at joints and where the deck meets its supports, and the damage is often hidden inside a beam that looks sound from the outside. Inspectors tap timbers or drill small holes to test them. Most councils carry out a general inspection of their bridges every two years and a more detailed principal inspection every six years, but budgets for maintenance have fallen sharply in the last decade.`

const nonEditorial = `Saturday should have been one of the happiest days in Harrowby's year. The Hospice fun run brings out families, fancy dress and hundreds of people raising money for a charity that almost everyone in this town has reason to thank. Instead it ended with children in hospital and a park sealed off by police tape.

It is too early to say why the bridge at Millfield Park failed, and nobody should jump to conclusions before the investigators have done their work. But residents are entitled to ask questions. How often are the borough's bridges checked, and by whom? What did the inspections find, and were repairs put off because money was short? The council's budget for parks has been cut by almost a third since 2015.

The people who deserve the town's thanks are the ones who did not stop to ask questions: the spectators and runners who went into the cold water to pull out strangers, and the marshals who kept everyone else away from the bank. Their courage should not be forgotten when the reports are written.

The council has promised to cooperate. It should go further and publish every inspection report for every bridge it owns.`

export const footbridgeCollapse: AnswerSet = {
  topic: 'footbridge-collapse',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      own: [cutOwn],
      note: 'cut: a news aggregator’s copy – paragraphs 1–4 and 6–7 with clauses dropped (the crews’ stations, "throwing people onto rocks", the council’s second quote), one sentence of its own background'
    },
    {
      level: 'light',
      text: light,
      note: 'light: a radio website’s version, every sentence in order with synonyms ("injured" → "hurt", "stopped" → "halted"), the fire officer’s quote turned to reported speech'
    },
    {
      level: 'heavy',
      text: heavyNational,
      note: 'heavy: a national paper’s rewrite leading on the council closing bridges, paragraphs reordered and merged, many of the report’s phrases kept inside new sentences, part of a quote kept'
    },
    {
      level: 'heavy',
      text: heavyBulletin,
      note: 'heavy: a plain local TV bulletin, simple spoken sentences, present tense, the order changed'
    },
    {
      level: 'non',
      text: nonWitnesses,
      note: 'second witness: another outlet’s own interviews (a runner, a marshal), ambulance figures and councillor’s complaint; shares names and place'
    },
    {
      level: 'non',
      text: nonExplainer,
      note: 'an explainer on crowd loads and timber footbridges from general knowledge'
    },
    {
      level: 'non',
      text: nonEditorial,
      note: 'an editorial on the same event written without the report: Millfield Park, the hospice run, inspections'
    }
  ]
}
