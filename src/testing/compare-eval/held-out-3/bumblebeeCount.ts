// Held out, third batch. A conservation charity's bee count results, and answers written from them (or not).
import type { AnswerSet } from '../answers/types'

const source = `The number of bumblebees seen in gardens across the country fell by 19 per cent last year compared with the average of the previous ten years, according to the annual Garden Bee Count run by the Pollinator Trust.

More than 24,000 volunteers took part in the count, spending fifteen minutes watching a patch of flowers and recording every bee that landed on it. Together they logged 412,000 bees of 26 species.

The steepest falls were in the buff-tailed bumblebee and the red-tailed bumblebee, two of the most common species. The trust believes that a wet, cold spring, which kept queens in their nests when they should have been feeding, was the main cause. The tree bumblebee, which first arrived in Britain in 2001, was the only species to increase.

"One bad year is not a disaster, but bees are facing a long list of pressures, and a poor spring makes every one of them worse," said the trust's head of science, Dr Callum Reid. "Gardens can make a real difference."

The trust recommends that gardeners leave some of their lawn uncut, avoid using pesticides and grow plants that flower early in spring, in what beekeepers call the "hungry gap", and late in autumn, such as crocuses, lungwort and ivy. This year's count will take place from 12 to 28 July, and anyone can join by downloading the trust's free app.`

const cut = `The number of bumblebees seen in gardens across the country fell by 19% last year compared with the average of the previous ten years, according to the annual Garden Bee Count run by the Pollinator Trust.

The steepest falls were in the buff-tailed bumblebee and the red-tailed bumblebee, two of the most common species. The trust believes that a wet, cold spring, which kept queens in their nests when they should have been feeding, was the main cause.

"One bad year is not a disaster, but bees are facing a long list of pressures, and a poor spring makes every one of them worse," said the trust's head of science, Dr Callum Reid.

So what can you do? The trust recommends that gardeners:
1) leave some of their lawn uncut,
2) avoid using pesticides and
3) grow plants that flower early in spring, in what beekeepers call the “hungry gap”, and late in autumn, such as crocuses, lungwort and ivy.

More than 24,000 volunteers took part in the count, spending fifteen minutes watching a patch of flowers and recording every bee that landed on it. This year's count will take place from 12 to 28 July, and anyone can join by downloading the trust's free app.`

const light = `The number of bumblebees spotted in gardens around the country dropped by 19 per cent last year against the average for the preceding ten years, according to the yearly Garden Bee Count organised by the Pollinator Trust.

Over 24,000 volunteers joined in, each spending a quarter of an hour watching a patch of flowers and noting every bee that settled on it. Between them they recorded 412,000 bees belonging to 26 species.

The sharpest declines were in the buff-tailed bumblebee and the red-tailed bumblebee, two of the commonest species. The trust thinks a wet, chilly spring, which kept queens inside their nests when they ought to have been feeding, was chiefly to blame. The tree bumblebee, which first reached Britain in 2001, was the only species to grow in number.

"A single bad year is not a catastrophe, but bees face a long list of pressures, and a poor spring makes each of them worse," said Dr Callum Reid, the trust's head of science. "Gardens can really make a difference."

The trust advises gardeners to leave part of their lawn unmown, to avoid pesticides and to grow plants that bloom early in spring, during what beekeepers call the "hungry gap", and late in autumn, for example crocuses, lungwort and ivy. This year's count runs from 12 to 28 July, and anyone can take part by downloading the trust's free app.`

const heavy = `Cold, wet weather last spring appears to have hit Britain's garden bumblebees hard. Queens that should have been out gathering food stayed indoors, the Pollinator Trust thinks, and the result showed up in its Garden Bee Count: sightings were 19 per cent lower than the ten-year average.

The count depends on ordinary people. Over 24,000 of them each gave a quarter of an hour to watching a single flower patch, and between them they noted 412,000 bees from 26 species. Two familiar species, the buff-tailed and the red-tailed bumblebee, fell furthest. Only the tree bumblebee, a newcomer that reached Britain in 2001, did better than before.

Callum Reid, who leads the trust's science work, does not see one poor season as a catastrophe, but he warns that bees already contend with many threats, each of which a bad spring aggravates, and he believes gardens matter. Gardeners can help by letting part of the lawn grow long, giving up pesticides, and planting for the "hungry gap" at the start of spring and for late autumn: crocuses, lungwort and ivy are suggested. The next count runs from 12 to 28 July through the trust's free app.`

const nonButterflies = `Butterflies had one of their worst summers on record last year, according to the results of the Big Wing Survey, which asks members of the public to count butterflies for fifteen minutes in a garden, park or field.

More than 30,000 people took part and recorded an average of just nine butterflies per count, the lowest figure since the survey began in 2010. Numbers of the small tortoiseshell and the peacock, once among the most common garden species, were down by more than a third.

Scientists blamed a cold, wet spring followed by a summer of sudden heatwaves, which made it hard for caterpillars to find the plants they feed on. Habitat loss and pesticides are also thought to play a part.

"These are species that people have grown up with, and they are disappearing from our gardens," said the survey's organiser, Dr Ruth Penhale.

Gardeners are encouraged to grow nectar-rich flowers and to leave areas of long grass and nettles, where many butterflies lay their eggs.`

const nonBeekeeping = `Honeybees and bumblebees are often confused, but they live very different lives. A honeybee colony can contain 50,000 workers and survives the winter as a group, living on the honey it has stored. A bumblebee nest is much smaller, rarely more than a few hundred bees, and only the new queens survive the winter, hibernating alone in the soil.

That makes spring the most dangerous time for bumblebees. A queen that wakes in February or March must find nectar and pollen quickly, and there are few flowers about. Beekeepers call this period the hungry gap. Crocuses, willow, lungwort and early fruit blossom are all valuable sources of food.

Britain has 24 species of bumblebee, and several have declined sharply in the past century as meadows and hedgerows have disappeared. Two have become extinct. Gardens now cover a larger area of the country than all its nature reserves put together, which is why many conservationists say that what people plant at home can make a real difference.`

export const bumblebeeCount: AnswerSet = {
  topic: 'bumblebee-count',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'a sentence cut into a list numbered "1)"; the quoted "hungry gap" copied with curly marks; 19%; paragraphs reordered; a question of the writer’s own',
      own: ['So what can you do?']
    },
    { level: 'light', text: light },
    { level: 'heavy', text: heavy },
    {
      level: 'non',
      text: nonButterflies,
      note: 'a butterfly survey: members of the public count for fifteen minutes, a cold, wet spring, pesticides'
    },
    {
      level: 'non',
      text: nonBeekeeping,
      note: 'how bumblebees live: queens, the hungry gap, crocuses and lungwort, gardens make a real difference'
    }
  ]
}
