// Tuning. A research institute's release on a new frog species, and answers written from it (or not).
import type { AnswerSet } from './types'

const source = `Biologists have described a new species of tiny frog from the cloud forests of the Cordillera del Cóndor in southern Ecuador, and say it may already be endangered because of mining in the area.

The frog, named Pristimantis condorensis, is no bigger than a fingernail: adult males measure about 14 millimetres. It is brown with orange spots on its thighs and lives among mosses and bromeliads at heights of 1,800 to 2,100 metres.

Like other frogs of its group, it does not go through a tadpole stage. The females lay their eggs in damp moss, and tiny froglets hatch directly from them.

The team from the Quito Institute of Biodiversity first heard its call, a short series of high clicks, during a survey in 2021. DNA tests showed that it was clearly distinct from its closest relatives.

The researchers found the frog at only three sites, all within a few kilometres of a copper mine that is expanding. They have asked for it to be listed as endangered. "We are describing species that may disappear before we learn anything about them," said the lead author, Dr Lucía Andrade.`

const cut = `Biologists have described a new species of tiny frog from the cloud forests of the Cordillera del Condor in southern Ecuador, and say it may already be endangered because of mining in the area.

The frog, named Pristimantis condorensis, is no bigger than a fingernail: adult males measure about 14 mm. It is brown with orange spots on its thighs and lives among mosses and bromeliads at heights of 1,800 to 2,100 metres.

Like other frogs of its group, it does not go through a tadpole stage. The females lay their eggs in damp moss, and tiny froglets hatch directly from them.

The researchers found the frog at only three sites, all within a few kilometres of a copper mine that is expanding. "We are describing species that may disappear before we learn anything about them," said Dr Lucía Andrade.`

const light = `Scientists have described a new species of very small frog from the cloud forests of the Cordillera del Cóndor in the south of Ecuador, and warn that it could already be threatened by mining nearby.

The frog, called Pristimantis condorensis, is smaller than a fingernail, with adult males around 14 millimetres long. It is brown with orange markings on its thighs and lives among mosses and bromeliads between 1,800 and 2,100 metres above sea level.

As with other frogs in its group, it skips the tadpole stage: females lay eggs in wet moss and miniature froglets emerge straight from them.

Researchers from the Quito Institute of Biodiversity first noticed its call, a brief series of high-pitched clicks, on a survey in 2021, and genetic tests confirmed that it differs clearly from its nearest relatives. They recorded it at just three locations, each a few kilometres from a growing copper mine, and have asked for it to be classed as endangered.`

const heavy = `A frog smaller than a fingernail, whose call sounds like a few sharp clicks, has been given a name by scientists in Quito, who fear it could soon be lost. Pristimantis condorensis lives high in the mossy cloud forest of the Cordillera del Cóndor, between 1,800 and 2,100 metres, and so far has turned up in just three places, every one of them close to a copper mine that keeps getting bigger.

The brown, orange-spotted males reach only 14 millimetres. There are no tadpoles: eggs laid in wet moss hatch straight into little frogs. The team heard the animal before they saw it, in 2021, and genetic analysis confirmed it was something new. They now want it classed as endangered, and Lucía Andrade, who led the work, says species are vanishing before anyone has learned about them.`

const nonAmphibians = `Amphibians are the most threatened group of animals on Earth. About two in five species of frogs, toads and salamanders are at risk of extinction, according to a global assessment published last year, and the situation is worst in the cloud forests of Central and South America.

The main threats are the loss of forest to farming and mining, and a fungal disease, chytrid, which has wiped out frog populations across the tropics. Climate change adds to the pressure, as warmer and drier weather pushes mountain species further up the slopes, until there is nowhere left to go.

At the same time, scientists keep finding new species. Many of them are tiny frogs that live among mosses and bromeliads and are easier to hear than to see. Some are described from only a handful of animals found at one or two sites, and may already be endangered by the time they receive a name.`

const nonOtherSpecies = `Researchers in Madagascar have discovered a new species of chameleon that may be one of the smallest reptiles in the world. Adult males of Brookesia nana measure just 22 millimetres from the nose to the tip of the tail, small enough to sit on a fingertip.

The chameleon was found by a German and Malagasy team in a rainforest in the north of the island. It is brown and lives among the leaves on the forest floor, where it hunts tiny insects. At night it climbs onto low stems to sleep.

The scientists say the forest where it lives is under pressure from farming and logging, although it has recently been protected. They have recommended that the species be listed as critically endangered. "Many of these tiny animals are only known from one small area, which makes them very vulnerable," said one of the authors.`

export const frogSpecies: AnswerSet = {
  topic: 'frog-species',
  source,
  answers: [
    { level: 'cut', text: cut, note: 'an accent dropped (Condor), mm for millimetres' },
    { level: 'light', text: light },
    { level: 'heavy', text: heavy },
    { level: 'non', text: nonAmphibians, note: 'amphibians in danger: cloud forests, mosses and bromeliads, endangered' },
    { level: 'non', text: nonOtherSpecies, note: 'a new chameleon: millimetres, fingertip, listed as endangered' }
  ]
}
