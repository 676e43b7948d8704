// Held out, fifth batch. An encyclopedia-style article on black holes, and students’ short answers to
// "What is a black hole, and how are black holes formed and found?" written from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `A black hole is a region of spacetime where gravity is so strong that nothing, not even light, can escape once it has crossed a boundary called the event horizon. The existence of such objects is predicted by Albert Einstein's general theory of relativity, published in 1915. The first exact solution of Einstein's equations describing a black hole was found by Karl Schwarzschild in 1916, and the radius of the event horizon of a non-rotating black hole is still called the Schwarzschild radius. For an object with the mass of the Sun it would be about three kilometres.

For decades many physicists, including Einstein himself, doubted that black holes could exist in nature. The term "black hole" became popular only in 1967, after it was used by the American physicist John Wheeler. Theoretical work by Roger Penrose and Stephen Hawking in the 1960s showed that, under general relativity, the collapse of a sufficiently massive object must produce a singularity.

Stellar black holes form when a very massive star, more than about twenty times the mass of the Sun, runs out of nuclear fuel and its core collapses, often in a supernova explosion. Supermassive black holes, millions or billions of times the mass of the Sun, lie at the centres of most large galaxies, including the Milky Way, whose central black hole is known as Sagittarius A*. How they grew so large is not fully understood.

Because black holes emit no light of their own, they are detected by their effect on their surroundings. Gas falling towards a black hole forms a hot accretion disc that can shine brightly in X-rays, and stars orbiting an unseen companion reveal its mass. In 2015 the LIGO detectors recorded gravitational waves from the merger of two black holes, and in 2019 the Event Horizon Telescope collaboration published the first image of the shadow of a black hole, in the galaxy M87.

In 1974 Hawking showed that quantum effects should cause black holes to emit faint radiation, now called Hawking radiation, and so slowly lose mass.`

const cutOwn = 'So how can we find something that is invisible?'

const cutEnd = 'There is still a lot that scientists do not know about black holes.'

const cut = `A black hole is a region of spacetime where gravity is so strong that nothing, not even light, can escape once it has crossed a boundary called the event horizon. The existence of such objects is predicted by Albert Einstein's general theory of relativity, published in 1915. The term "black hole" became popular only in 1967, after it was used by the American physicist John Wheeler.

Stellar black holes form when a very massive star runs out of nuclear fuel and its core collapses, often in a supernova explosion. Supermassive black holes, millions or billions of times the mass of the Sun, lie at the centres of most large galaxies, including the Milky Way.

${cutOwn}

Because black holes emit no light of their own, they are detected by their effect on their surroundings. Gas falling towards a black hole forms a hot accretion disc that can shine brightly in X-rays. In 2015 the LIGO detectors recorded gravitational waves from the merger of two black holes, and in 2019 the Event Horizon Telescope collaboration published the first image of the shadow of a black hole, in the galaxy M87.

${cutEnd}`

const light = `A black hole is a region of spacetime where gravity is so strong that nothing, not even light, can get out once it has crossed a boundary known as the event horizon. The existence of such objects is predicted by Albert Einstein's general theory of relativity, which was published in 1915. The first exact solution of Einstein's equations describing a black hole was found by Karl Schwarzschild in 1916, and the radius of the event horizon of a black hole that does not rotate is still called the Schwarzschild radius. For an object with the Sun's mass it would be about three kilometres.

For decades many physicists, Einstein included, doubted that black holes could really exist. The name "black hole" only became popular in 1967, after the American physicist John Wheeler used it.

Stellar black holes are formed when a very massive star, more than roughly twenty times the mass of the Sun, runs out of nuclear fuel and its core collapses, frequently in a supernova explosion. Supermassive black holes, millions or billions of times the mass of the Sun, are found at the centres of most large galaxies, including the Milky Way, whose central black hole is called Sagittarius A*.

Because black holes give out no light of their own, they are detected through their effect on their surroundings. Gas falling towards a black hole forms a hot accretion disc that can glow brightly in X-rays, and stars orbiting an invisible companion reveal its mass.`

const lightGrammar = `Black hole is a region in spacetime where the gravity is so strong that nothing can escape, not even the light, after it crosses the border which is called event horizon. Einstein's general theory of relativity from 1915 predicts that such objects exist. In 1916 Karl Schwarzschild found first exact solution of the Einstein equations which describe a black hole, and until now the radius of the event horizon of non-rotating black hole is called Schwarzschild radius. For object with the mass of the Sun it is about three kilometres.

Many physicists, also Einstein, doubted for decades that black holes can exist in nature. The name "black hole" became popular just in 1967 when American physicist John Wheeler used it. In the 1960s Roger Penrose and Stephen Hawking showed in theoretical work that the collapse of a massive enough object must produce a singularity according to general relativity.

Stellar black holes are formed when a very massive star, more than about twenty times the Sun, has no more nuclear fuel and its core collapses, often in supernova explosion. Supermassive black holes have millions or billions times the mass of the Sun and they are in the centre of most large galaxies, also in Milky Way, where it is called Sagittarius A*.`

const heavyGood = `A black hole is a region of spacetime from which nothing, not even light, can get back out once it has crossed the event horizon. Einstein's general relativity (1915) allows such objects, and in 1916 Karl Schwarzschild found the first exact solution describing one; the horizon radius of a non-rotating black hole still bears his name and would be about three kilometres for a mass equal to the Sun's. Einstein himself doubted nature would make them, and the term "black hole" only caught on after John Wheeler used it in 1967.

There are two main kinds. Stellar black holes are left when a star of more than about twenty solar masses runs out of fuel and its core collapses, usually in a supernova. Supermassive ones, millions or billions of solar masses, sit at the centres of most big galaxies – ours is Sagittarius A* – and nobody fully understands how they grew so large.

Since they give off no light, astronomers detect them by what they do to their surroundings: X-rays from a hot accretion disc of infalling gas, or stars orbiting an unseen companion. LIGO picked up gravitational waves from two merging black holes in 2015, and in 2019 the Event Horizon Telescope published the first image of one's shadow, in M87. Hawking predicted in 1974 that they slowly lose mass through what is now called Hawking radiation.`

const heavyPupil = `In 2019 scientists took the first ever picture of a black hole. It was in a galaxy called M87 and they used the Event Horizon Telescope. It looks like an orange ring with a dark middle, which is the shadow.

A black hole is where gravity is so strong that not even light can get out. The edge is called the event horizon and if you go past it you can never escape. They come from really big stars, more than twenty times bigger than the Sun, which run out of fuel and collapse, usually with a supernova. There are also supermassive black holes in the middle of galaxies, and our galaxy the Milky Way has one called Sagittarius A*.

You can't see black holes because they don't give off light, so scientists find them from the stuff around them, like hot gas that gives off X-rays, or stars that orbit something invisible. In 2015 LIGO also detected gravitational waves when two black holes crashed into each other.

Einstein's theory of relativity predicted black holes in 1915 but even he didn't think they were real. Stephen Hawking said they give off Hawking radiation.`

const nonStars = `Stars are born in huge clouds of gas and dust called nebulae. Gravity pulls the gas together until the centre becomes hot and dense enough for nuclear fusion to begin, turning hydrogen into helium and releasing enormous amounts of energy. The star is then on the main sequence, where it will spend most of its life, balanced between the inward pull of gravity and the outward pressure of radiation.

What happens next depends on the star's mass. A star like the Sun swells into a red giant when the hydrogen in its core runs out, then throws off its outer layers as a planetary nebula, leaving a small, hot white dwarf that slowly cools. A star much more massive than the Sun becomes a red supergiant and ends its life in a supernova, one of the most violent explosions in the universe, which can briefly outshine a whole galaxy.

The core left behind by a supernova becomes either a neutron star, so dense that a teaspoon of its material would weigh billions of tonnes, or, if it is massive enough, a black hole, from which not even light can escape. Supernovae also spread heavy elements such as iron and gold through space, so the atoms in our bodies were made inside stars.`

const nonWaves = `On 14 September 2015 the two detectors of the Laser Interferometer Gravitational-Wave Observatory, in Louisiana and Washington State, picked up a tiny signal lasting less than a second. It was the first direct detection of gravitational waves, ripples in spacetime that Einstein had predicted a century earlier but believed would be too weak ever to measure.

Each detector has two arms four kilometres long, at right angles to each other. Laser beams travel along the arms and are reflected back by mirrors. When a gravitational wave passes, it stretches one arm and squeezes the other by less than a thousandth of the width of a proton, and the change shows up in the way the returning beams combine.

The signal came from two black holes, about 29 and 36 times the mass of the Sun, spiralling into each other 1.3 billion light years away. In the last fraction of a second they released more power than all the stars in the observable universe put together. Rainer Weiss, Kip Thorne and Barry Barish received the Nobel Prize in Physics in 2017 for the discovery. Since then dozens of mergers have been recorded, including collisions of neutron stars.`

const nonFalling = `If you fell into a black hole, something very strange would happen. Because the gravity near a black hole is much stronger on your feet than on your head, you would be stretched out like a piece of spaghetti. Scientists really call this spaghettification. For a small black hole this would happen before you even reached the event horizon.

Time also behaves strangely near a black hole. According to Einstein's theory, time goes slower where gravity is strong, so a friend watching from far away would see you moving slower and slower as you got closer to the edge, and you would look more and more red, until you seem to freeze. But for you, time would feel completely normal.

The film Interstellar shows this. The astronauts land on a planet near a giant black hole called Gargantua, and every hour on the planet is seven years on Earth. The physicist Kip Thorne helped the film makers to make the black hole look scientifically correct. Some people think black holes could be used for time travel or as wormholes to other parts of the universe, but nobody knows if this is possible.`

export const blackHoles: AnswerSet = {
  topic: 'black-holes',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      own: [cutOwn, cutEnd],
      note: 'cut: sentences of paragraphs 1–4 copied (Schwarzschild, Penrose and Hawking, the twenty solar masses, Sagittarius A*, the orbiting stars dropped), an own question as a link and an own closing sentence'
    },
    {
      level: 'light',
      text: light,
      note: 'light: paragraphs 1–4 in order with a few synonyms ("escape" → "get out", "emit" → "give out", "unseen" → "invisible"), some sentences turned passive'
    },
    {
      level: 'light',
      text: lightGrammar,
      note: 'light, non-native writer: paragraphs 1–3 in order with articles dropped and small grammar changes, few synonyms ("boundary" → "border", "only" → "just")'
    },
    {
      level: 'heavy',
      text: heavyGood,
      note: 'heavy, good student: sentences merged and split, the history compressed, "two main kinds", the source’s defining clauses and terms kept inside new sentences'
    },
    {
      level: 'heavy',
      text: heavyPupil,
      own: ['It looks like an orange ring with a dark middle, which is the shadow.'],
      note: 'heavy, a weaker pupil: starts from the 2019 image (with a detail of its own), plain words, the history moved to the end'
    },
    {
      level: 'non',
      text: nonStars,
      note: 'textbook on the life cycle of stars from general knowledge: supernova, massive star, core, "not even light can escape"'
    },
    {
      level: 'non',
      text: nonWaves,
      note: 'popular science on LIGO’s first detection from general knowledge: gravitational waves, merger of two black holes, Einstein'
    },
    {
      level: 'non',
      text: nonFalling,
      note: 'a weaker student on falling into a black hole: event horizon, Einstein’s theory, Interstellar'
    }
  ]
}
