// Held out. A university's release on a coral bleaching study, and answers written from it (or not).
import type { AnswerSet } from './types'

const source = `More than half of the coral on the reefs around the Lantau Islands turned white during last year's marine heatwave, and about a third of it has since died, according to a survey by researchers at the University of Southport.

The team dived at 42 sites between February and October and photographed the same patches of reef each month. Bleaching began in March, when the sea surface was 1.8 degrees warmer than the average for the time of year, and reached its peak in May.

Branching corals such as staghorn were hit hardest: at some sites nine in ten colonies died. Massive corals, which grow slowly into large boulders, mostly recovered their colour within four months.

The researchers found that reefs in deeper, cooler water and reefs close to mangrove forests suffered less damage. They say protecting those areas should now be a priority.

"Reefs can recover from a single bad year, but not if heatwaves like this come back every two or three years," said Professor Anna Lindqvist, who led the study. The findings are published in the journal Marine Ecology.`

const cut = `More than half of the coral on the reefs around the Lantau Islands turned white during last year's marine heatwave, and about a third of it has since died, according to a survey by researchers at the University of Southport.

The team dived at 42 sites between February and October and photographed the same patches of reef each month. Bleaching began in March, when the sea surface was 1.8 degrees warmer than the average for the time of year, and reached its peak in May.

Branching corals (such as staghorn) were hit hardest – at some sites nine in ten colonies died. Massive corals, which grow slowly into large boulders, mostly recovered their colour within four months.

Professor Anna Lindqvist, who led the study, said: "Reefs can recover from a single bad year, but not if heatwaves like this come back every two or three years."`

const light = `Over half the coral on the reefs surrounding the Lantau Islands went white in last year's ocean heatwave, and roughly a third of it has died since then, a study by scientists from the University of Southport has found.

The researchers dived at 42 locations from February to October, taking photographs of the same areas of reef every month. The bleaching started in March, when the surface of the sea was 1.8 degrees above the usual average for that season, and was at its worst in May.

Branching species like staghorn coral suffered most, with as many as nine in ten colonies dying at some locations. Massive corals, which slowly form large boulders, largely regained their colour within four months.

Reefs in deeper and colder water, and those near mangrove forests, were less badly damaged, and the scientists argue that protecting these places must now come first.`

const heavy = `Last year's spell of unusually warm sea water has left lasting scars on the reefs of the Lantau Islands. Scientists from Southport who returned to 42 dive sites month after month watched the coral lose its colour from March onwards, when the water was nearly two degrees above normal, with the worst of it in May. By their count, over 50 per cent of the coral bleached and roughly one part in three is now dead.

Not every coral fared the same. The fragile, branching kinds like staghorn died in huge numbers, while the slow-growing boulder corals mostly came back to life. Depth and nearby mangroves seem to have offered some protection, which is why the authors want those reefs safeguarded first. Their leader, Anna Lindqvist, warns that reefs can bounce back from one heatwave but not from a succession of them.`

const nonExplainer = `Coral bleaching happens when corals are stressed by water that is too warm. A coral is an animal, but it lives together with tiny algae that grow inside its tissue and give it most of its food and its colour. When the sea stays too warm for too long, the coral expels the algae and turns white.

A bleached coral is not dead, but it is starving. If the water cools within a few weeks, the algae can return and the coral recovers its colour. If the heat lasts, the coral dies and is soon covered by seaweed.

Scientists say mass bleaching events have become much more frequent as the oceans warm. The Great Barrier Reef has bleached several times since 2016. Reefs can recover, but recovery takes ten years or more, and marine biologists warn that heatwaves are now coming back too often for many reefs to keep up.`

const nonOtherReef = `Divers in the Red Sea have reported widespread bleaching on reefs off the coast of Egypt this summer, as sea temperatures rose to the highest levels on record for the region.

Volunteers with a local conservation group surveyed twenty reefs near Hurghada in August and found bleached coral at all of them. At the worst affected sites, they said, almost every colony had turned white.

The Red Sea's corals have long been seen as unusually tolerant of heat, and scientists had hoped they might survive warming better than reefs elsewhere. "This year shows that even these corals have a limit," said one of the divers, a marine biology student from Cairo.

The group plans to return to the same reefs in the winter to see how many of the corals have recovered. It has asked dive centres to limit the number of visitors at the most damaged sites.`

export const coralStudy: AnswerSet = {
  topic: 'coral-study',
  source,
  answers: [
    { level: 'cut', text: cut, note: 'brackets and a dash where the source has none; the quote moved after its speaker' },
    { level: 'light', text: light },
    { level: 'heavy', text: heavy },
    { level: 'non', text: nonExplainer, note: 'what bleaching is: warm water, turned white, recover, heatwaves' },
    { level: 'non', text: nonOtherReef, note: 'bleaching elsewhere: surveyed reefs, colonies turned white, recovered' }
  ]
}
