// Held out, third batch. A university's release on water vapour found on a small exoplanet, and
// answers written from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `Astronomers at the University of Brenmoor have detected water vapour in the atmosphere of a planet orbiting a small red star 97 light years from Earth, using observations from the James Webb Space Telescope.

The planet, known as TOI-2281 b, is about twice the size of Earth and circles its star every 11 days. It is too hot to hold liquid water on its surface, but the team says the finding shows that the telescope can now study the air of planets not much larger than our own.

The researchers watched the planet pass in front of its star four times last year. As it did so, a tiny fraction of the starlight shone through its atmosphere, and the gases there absorbed light at particular wavelengths. The pattern of that absorption matched the signature of water.

"Ten years ago, measuring the atmosphere of a planet this small was a dream," said Dr Meera Castellane, who led the study. "Now we can do it in a few nights of telescope time."

The team also found hints of methane, but say more observations are needed before they can be sure. The results are published today in the Astrophysical Journal Letters.

Red dwarf stars are the most common stars in our galaxy, and many of them are known to have rocky planets. Astronomers hope that studies like this one will eventually show whether any of those planets have atmospheres that could support life.`

const cut = `Astronomers at the University of Brenmoor have detected water vapour in the atmosphere of a planet orbiting a small red star 97 light years from Earth, using observations from the James Webb Space Telescope.

Red dwarf stars are the most common stars in our galaxy, and many of them are known to have rocky planets. The planet, known as TOI-2281 b, is about twice the size of Earth and circles its star every 11 days. It is too hot to hold liquid water on its surface.

How did they do it? The researchers watched the planet pass in front of its star four times last year. As it did so, a tiny fraction of the starlight shone through its atmosphere, and the gases there absorbed light at particular wavelengths. The pattern of that absorption matched the signature of water.

“Ten years ago, measuring the atmosphere of a planet this small was a dream,” said Dr Meera Castellane, who led the study. “Now we can do it in a few nights of telescope time.”

The team also found hints of methane, but say more observations are needed before they can be sure.`

const light = `Scientists at the University of Brenmoor have found water vapour in the atmosphere of a planet that orbits a small red star 97 light years away, with the help of the James Webb Space Telescope.

The planet, named TOI-2281 b, is roughly double the size of Earth and goes round its star once every 11 days. It is far too hot for liquid water to exist on its surface, but the researchers say the discovery proves that the telescope is now able to examine the air of planets only a little bigger than ours.

The team observed the planet crossing in front of its star four times during last year. Each time, a very small part of the star's light passed through its atmosphere, and the gases in it soaked up light at certain wavelengths. The pattern of absorption fitted the fingerprint of water.

"A decade ago, measuring the atmosphere of such a small planet was only a dream," said Dr Meera Castellane, the study's leader. "Today we can do it in a couple of nights of telescope time."

The scientists also saw signs of methane, but say further observations are required to be certain. The findings appear today in the Astrophysical Journal Letters.

Red dwarfs are the commonest stars in the Milky Way, and many are known to have rocky planets. Astronomers hope such studies will one day reveal whether any of those planets have atmospheres able to support life.`

const heavy = `Could the small planets around red dwarfs have air worth breathing? Nobody knows yet, but a team from the University of Brenmoor has taken a step towards finding out. Working with the James Webb Space Telescope, they have picked up water in the atmosphere of TOI-2281 b, a world with roughly twice Earth's diameter.

Its home is a dim red star 97 light years off, and it completes an orbit in just 11 days, which leaves it far too scorched for oceans. What excites the astronomers is less the planet itself than the technique. On four occasions last year the planet drifted across the face of its star; during each crossing some starlight filtered through the planet's gaseous envelope, and certain colours went missing. Water explains exactly which ones.

Meera Castellane, the lead author, recalls that a decade ago such a measurement on so small a planet was out of reach; it now takes only a handful of nights of observing. Methane may be present too, although the group wants more data before claiming it. Their paper appears in the Astrophysical Journal Letters. Because red dwarfs outnumber every other kind of star in the Milky Way and often host rocky planets, the method could eventually be turned on worlds that might be habitable.`

const nonOtherPlanet = `An international team of astronomers has found signs of carbon dioxide in the atmosphere of a gas giant orbiting a star 700 light years from Earth, the European Southern Observatory said on Tuesday.

The planet, WASP-88 c, is slightly larger than Jupiter and orbits so close to its star that a year there lasts less than four days. Its atmosphere was studied as the planet passed in front of its star, when some of the starlight filters through the gas surrounding it.

Different molecules absorb light at different wavelengths, so the light that reaches the telescope carries a kind of fingerprint of the gases in the planet's atmosphere. The team says the carbon dioxide signal is the clearest yet recorded from a planet outside the solar system.

"This tells us how the planet formed and where in its system it was born," said one of the researchers, Dr Tomas Lindqvist of Uppsala University. The results were published in the journal Nature.

Astronomers have now discovered more than 5,000 planets around other stars, but only a few dozen have had their atmospheres measured.`

const nonExplainer = `Red dwarfs are small, cool stars, far fainter than the Sun, and they make up about three quarters of all the stars in our galaxy. Because they are so common, and because many of them have rocky planets, they are among the best places to look for life beyond the solar system.

There is a catch. A planet must orbit very close to a red dwarf to be warm enough for liquid water, and at that distance it is exposed to powerful flares that may strip away its atmosphere. Whether such planets can keep their air at all is one of the big open questions in astronomy.

The James Webb Space Telescope, launched in 2021, is helping to answer it. When a planet passes in front of its star, a little starlight shines through its atmosphere, if it has one, and the telescope can measure which wavelengths are missing. So far the results have been mixed: some rocky planets around red dwarfs seem to be bare rock, while for others the data are not yet clear.

Astronomers say it may take many years of observations before they know whether any of these worlds could support life.`

const nonSameDiscovery = `A planet twice the size of Earth has become one of the smallest worlds outside the solar system to have water detected in its air, in a result that astronomers say marks a turning point for the James Webb Space Telescope.

The planet, TOI-2281 b, orbits a red dwarf star and is thought to be far too hot for oceans. But the detection, reported in the Astrophysical Journal Letters, shows that Webb can analyse the atmospheres of planets that are close to Earth in size, something that earlier telescopes could not do.

Dr Jonas Ekberg, a co-author of the paper at the University of Brenmoor, said the team had at first suspected that the signal came from spots on the star itself. "We spent months trying to make the water go away, and it would not," he said. "That is when we started to believe it."

Other astronomers were cautious. Professor Laura Medina of the Instituto de Astrofísica in Madrid, who was not involved, said the detection looked solid but the methane claim needed confirmation. "Starspots can mimic a lot of things," she said.`

export const exoplanetWater: AnswerSet = {
  topic: 'exoplanet-water',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'paragraphs reordered and trimmed; straight quotation marks turned curly; a question of the writer’s own',
      own: ['How did they do it?']
    },
    { level: 'light', text: light },
    { level: 'heavy', text: heavy },
    {
      level: 'non',
      text: nonOtherPlanet,
      note: 'another atmosphere found: light years from Earth, passed in front of its star, wavelengths, fingerprint'
    },
    {
      level: 'non',
      text: nonExplainer,
      note: 'an explainer on red dwarfs: most common stars, rocky planets, James Webb, starlight through its atmosphere, support life'
    },
    {
      level: 'non',
      text: nonSameDiscovery,
      note: 'the same discovery, reported from the paper and interviews and not from this release: the same names and numbers, none of its sentences'
    }
  ]
}
