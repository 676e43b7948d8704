// Held out, third batch. A football association's ban on heading in youth matches, and answers written
// from it (or not). The light answer also quotes a coach: words not from this release.
import type { AnswerSet } from '../answers/types'

const source = `Children under 12 will no longer be allowed to head the ball in matches played in the Northern Counties Football Association's youth leagues from the start of next season, the association announced on Thursday.

The rule will apply to more than 4,200 teams. If a player deliberately heads the ball, the referee will stop play and award an indirect free kick to the other side. Heading was already banned in training for under-12s in 2020.

The association said the decision followed research linking repeated heading to a higher risk of brain disease later in life. A study of former professional players published in 2019 found that they were three and a half times more likely to die of dementia and other neurodegenerative diseases than people of the same age in the general population.

"We are not saying that heading the ball will harm every child," said the association's medical officer, Dr Fiona Hale. "But young brains are still developing, and we would rather be careful than sorry."

The change will be trialled for one season and reviewed with the clubs. Some coaches have called the rule "over the top", saying it will make the game less attractive and that children will have to learn to head the ball later, when they are taller and the ball is heavier. The association said it would publish guidance for coaches before the season starts.`

const cut = `No more headers for under-12s. Children under 12 will no longer be allowed to head the ball in matches played in the Northern Counties Football Association's youth leagues from the start of next season.

If a player deliberately heads the ball, the referee will stop play and award an indirect free kick to the other side. The rule will apply to more than 4,200 teams.

A study of former professional players published in 2019 found that they were 3.5 times more likely to die of dementia and other neurodegenerative diseases than people of the same age in the general population. "We are not saying that heading the ball will harm every child," said the association's medical officer, Dr Fiona Hale. "But young brains are still developing, and we would rather be careful than sorry."

Some coaches have called the rule “over the top”, saying it will make the game less attractive and that children will have to learn to head the ball later, when they are taller and the ball is heavier.`

const light = `Players under the age of 12 will not be permitted to head the ball in games in the Northern Counties Football Association's youth leagues from the beginning of next season, the association said on Thursday.

The rule covers over 4,200 teams. When a player heads the ball on purpose, the referee will halt the game and give an indirect free kick to the opposing team. Heading had already been banned in training for under-12s in 2020.

The association said the move came after research connecting repeated heading with a greater risk of brain disease in later life. A 2019 study of former professional footballers showed they were three and a half times more likely to die of dementia and other neurodegenerative illnesses than people of the same age in the wider population.

"We are not claiming that heading the ball will hurt every child," said Dr Fiona Hale, the association's medical officer. "But young brains are still growing, and we would rather be safe than sorry."

"My players love heading the ball and they will miss it," said Gary Pike, who coaches an under-11 team in Hexley.

The change will be tested for one season and reviewed with clubs. Some coaches have called the rule "over the top", arguing it will make football less appealing and that children will have to learn heading later, when they are taller and the ball is heavier.`

const heavy = `From next season, a young footballer in the Northern Counties who nods the ball on purpose will give away an indirect free kick. The regional association has extended to matches a restriction that, since 2020, has applied only on the training ground, and it covers every player under 12 in its youth leagues, more than 4,200 teams in all.

Behind the decision is the growing evidence about dementia in football. Research published in 2019 looked at former professionals and found their chance of dying from a neurodegenerative condition was three and a half times that of the general population of their age. Dr Fiona Hale, the medical officer, stresses that no one claims every child who heads a ball will be damaged; her argument is that a brain still forming deserves caution.

Not everyone is convinced. Coaches critical of the change think it is "over the top", complaining that it takes something away from the game and merely postpones the moment when children must master heading, by which time they will be bigger and playing with a heavier ball. The association will run the ban as a one-season trial, review it with clubs, and send coaches guidance before the first matches.`

const nonProfessional = `Professional footballers in the Western League will be limited to ten high-force headers a week in training from the start of the new season, under guidance agreed by the league, the players' union and club doctors.

The guidance defines a high-force header as one from a long pass, a cross or a goal kick. Clubs will be asked to record heading drills and to keep them to one session a week.

The move follows several years of research into the link between football and dementia. Families of former players who died with brain disease have campaigned for more protection, and some have taken legal action against the sport's authorities.

"Players want to keep heading the ball, but they also want to know that the game is taking their health seriously," said the union's chief executive, Paul Dempsey, in a statement.

The league said the limits would be reviewed at the end of the season. There are no plans to restrict heading in matches.`

const nonConcussion = `Concussion is one of the most common injuries in children's sport, and it is not only a problem in rugby. Footballers, hockey players and cyclists can all suffer a blow to the head that affects the brain, even without losing consciousness.

Signs to look for include headache, dizziness, confusion, feeling sick and problems with balance or memory. A child with any of these after a knock to the head should stop playing straight away and should not return that day, whatever the score. "If in doubt, sit them out" is the advice given by most sports bodies.

Recovery usually takes one to four weeks. Children should rest for a day or two, then return gradually to school and, later, to sport. Young brains are still developing, and a second blow before the first injury has healed can be more serious.

Parents should tell coaches about any head injury, even one that happened outside sport, and ask the club what its concussion policy is.`

export const youthHeading: AnswerSet = {
  topic: 'youth-heading',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'a quoted phrase inside a copied sentence, its straight marks turned curly; "three and a half" as 3.5; a headline line of the writer’s own',
      own: ['No more headers for under-12s.']
    },
    {
      level: 'light',
      text: light,
      note: 'a coach quoted who is not in the release',
      own: ['"My players love heading the ball and they will miss it," said Gary Pike, who coaches an under-11 team in Hexley.']
    },
    { level: 'heavy', text: heavy, note: 'keeps the quoted "over the top", as a reviser keeps a quoted phrase' },
    {
      level: 'non',
      text: nonProfessional,
      note: 'heading limits for professionals: heading the ball, dementia, brain disease, start of the new season'
    },
    {
      level: 'non',
      text: nonConcussion,
      note: 'a parents’ guide to concussion; "Young brains are still developing" written independently'
    }
  ]
}
