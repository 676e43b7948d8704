// Held out, fifth batch. An encyclopedia-style article on the Tour de France, and short answers to
// "Describe the Tour de France: its history and how it is won" written from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `The Tour de France is a three-week stage race for professional cyclists, held each July and mostly in France. It is the oldest and most famous of the sport's three Grand Tours, the others being the Giro d'Italia and the Vuelta a España, and covers around 3,500 kilometres.

The race was first held in 1903. It was created by the sports newspaper L'Auto, whose editor Henri Desgrange hoped to increase sales and defeat a rival paper, Le Vélo. The first edition had six stages, some of them longer than 400 kilometres and ridden through the night, and was won by Maurice Garin. The race has been held every year since, except during the two world wars.

The route changes every year but usually includes flat stages, time trials and stages in the mountains, in particular the Alps and the Pyrenees, and traditionally finishes on the Champs-Élysées in Paris. Since 1954 the race has often started outside France; the opening stages, known as the Grand Départ, have been held in countries including the Netherlands, Belgium, Britain, Denmark and Spain.

The rider with the lowest total time after all stages wins the general classification and wears the yellow jersey, the maillot jaune, introduced in 1919 so that spectators could pick out the leader. Other classifications reward the best sprinter, who wears the green jersey, the best climber, whose white jersey is covered in red dots, and the best rider aged 25 or under, who wears a white jersey. Riders compete in teams of eight, and most of a team's riders work to support a single leader.

Four riders share the record of five overall victories: Jacques Anquetil, Eddy Merckx, Bernard Hinault and Miguel Induráin. Lance Armstrong won seven consecutive Tours from 1999 to 2005 but was stripped of the titles in 2012 after an investigation found that he had used performance-enhancing drugs. Doping scandals, including the Festina affair of 1998, have repeatedly damaged the race's reputation.`

const cutOwn = 'Today the race is watched by millions of people on television around the world.'

const cutEnd = 'Even with all the doping problems, it is still one of the biggest sporting events in the world every summer.'

const cut = `The Tour de France is a three-week stage race for professional cyclists, held each July and mostly in France. It is the oldest and most famous of the sport's three Grand Tours.

The race was first held in 1903. It was created by the sports newspaper L'Auto, whose editor Henri Desgrange hoped to increase sales. The first edition had six stages and was won by Maurice Garin. ${cutOwn}

The route changes every year but usually includes flat stages, time trials and stages in the mountains, in particular the Alps and the Pyrenees, and traditionally finishes on the Champs-Élysées in Paris.

The rider with the lowest total time after all stages wins the general classification and wears the yellow jersey. Other classifications reward the best sprinter, who wears the green jersey, the best climber, whose white jersey is covered in red dots, and the best young rider, who wears a white jersey.

Four riders share the record of five overall victories: Jacques Anquetil, Eddy Merckx, Bernard Hinault and Miguel Induráin. Lance Armstrong won seven Tours but was stripped of the titles in 2012 after an investigation found that he had used performance-enhancing drugs.

${cutEnd}`

const light = `The Tour de France is a stage race of three weeks for professional cyclists, which is held every July and mainly in France. It is the oldest and best known of the three Grand Tours in cycling, alongside the Giro d'Italia and the Vuelta a España, and covers about 3,500 kilometres.

The first race took place in 1903. It was set up by the sports paper L'Auto, whose editor Henri Desgrange wanted to sell more copies and beat a competing paper, Le Vélo. The first Tour had six stages, some of over 400 kilometres that were ridden through the night, and the winner was Maurice Garin. Apart from during the two world wars it has been held every year since then.

The course is different every year but normally contains flat stages, time trials and mountain stages, especially in the Alps and Pyrenees, and by tradition it ends on the Champs-Élysées in Paris.

The rider who has the lowest overall time at the end of all the stages wins the general classification and wears the yellow jersey, the maillot jaune, which was introduced in 1919 so that the crowd could spot the leader. There are also classifications for the best sprinter, in the green jersey, the best climber, whose white jersey has red dots, and the best rider of 25 or younger, in a white jersey.`

const heavyGood = `Every July the Tour de France covers around 3,500 kilometres in three weeks, mostly in France, although since 1954 it has often started abroad – the Grand Départ has been held in the Netherlands, Belgium, Britain, Denmark and Spain. The route is new each year but normally mixes flat stages, time trials and mountain stages in the Alps and the Pyrenees before the traditional finish on the Champs-Élysées.

The race is won on total time. Whoever has the lowest total time after all the stages wears the yellow jersey, the maillot jaune, created in 1919 so that spectators could pick out the leader. Sprinters chase the green jersey, climbers the white one with red dots, and riders of 25 or under the plain white. Teams have eight riders, most of them working for one leader.

It began as a newspaper's attempt to sell more copies. In 1903 Henri Desgrange, editor of L'Auto, wanted to beat the rival Le Vélo; his first race had six stages, some over 400 km and ridden through the night, and Maurice Garin won. It is now the most prestigious of the three Grand Tours.

Anquetil, Merckx, Hinault and Induráin share the record of five wins. Lance Armstrong's seven, from 1999 to 2005, were taken away in 2012 for doping, which has damaged the race's reputation again and again.`

const heavyWeak = `Tour de France is the biggest cycling race of the world and it exist since 1903. In that time a newspaper, L'Auto, wanted to sell more copies than the other newspaper Le Vélo, so the editor Henri Desgrange organised a race around France. There were only six stages but they were very long, more than 400 km, so the riders had to cycle also in the night. The winner was Maurice Garin.

Today the Tour is three weeks in July, about 3,500 km. Every year there is another route, with flat stages for sprinters, time trials and mountains in the Alps and the Pyrenees, and at the end always Paris, the Champs-Élysées. Sometimes the start is in other country, for example in my country, the Netherlands.

The winner is the rider with the least total time, he has the yellow jersey (since 1919). There is also green jersey for the sprinter, the jersey with red dots for the best climber and white for the best young rider under 26. Each team has eight riders who help their leader.

Record is five victories, by Anquetil, Merckx, Hinault and Induráin. Armstrong won seven times but he lost all because of doping.`

const nonGrandTours = `Road cycling's three Grand Tours are the Giro d'Italia, the Tour de France and the Vuelta a España, each lasting about three weeks. The Giro, held in May, is famous for its pink jersey, the maglia rosa, which comes from the pink paper of the Gazzetta dello Sport, the newspaper that founded the race in 1909. The Vuelta, held in late summer, is the youngest of the three and often includes very steep finishes.

In all three races the overall winner is the rider with the lowest cumulative time, but a Grand Tour is also made up of many smaller contests. Sprinters aim for stage wins on the flat days, breakaway riders hope to escape the peloton on hilly stages, and climbers battle on the mountain summit finishes. Time bonuses, given to the first riders across the line, can make a difference in a close race.

Only a handful of riders have won all three Grand Tours in their career, among them Eddy Merckx, Bernard Hinault, Alberto Contador and Chris Froome. Winning two in the same year is extremely difficult because of the effort and the short recovery time, and the Giro–Tour double has been achieved only rarely. Many riders now target only one Grand Tour each season.`

const nonRoadside = `Last summer my brother and I rode up the Col du Tourmalet the day before the Tour came through, and slept in a tent by the road with hundreds of other fans. By the morning the whole mountain was covered in camper vans, flags from every country and names painted on the tarmac.

First comes the publicity caravan, about an hour before the riders, with floats shaped like giant cheeses and coffee cups, throwing free caps and sweets into the crowd. Then the helicopters appear, and you know the race is close. The leaders came past in a small group, faces completely empty, with a man in the yellow jersey sitting calmly on his teammate's wheel. Then, for the next half an hour, the rest of the peloton dragged itself up in small groups, the sprinters at the back, chatting, saving their legs for the flat stages.

It is strange to wait a whole day for something that lasts a few minutes. But standing that close to the best cyclists in the world, for free, is something no other sport offers. Next year we want to go to Alpe d'Huez, with its 21 hairpin bends.`

const nonFemmes = `For a long time there was no real women's Tour de France. There were some races for women in the 1980s, and Jeannie Longo and Marianne Martin won them, but they stopped because there was not enough money and sponsors. Many women riders complained that they did not have the same chances as men.

In 2022 a new race started, the Tour de France Femmes. It is shorter than the men's race, only eight or nine days, and it starts at the end of the men's race in Paris. The first winner was Annemiek van Vleuten from the Netherlands, who won by attacking on the mountain stages in the Vosges. The winner also gets a yellow jersey like in the men's race.

A lot of people watched it on TV and the crowds on the roads were very big, so the organisers say the race will be longer in future. But the prize money is still much lower than for the men, and some riders say three weeks would be better, like the men have.`

export const tourDeFrance: AnswerSet = {
  topic: 'tour-de-france',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      own: [cutOwn, cutEnd],
      note: 'cut: paragraphs 1–5 trimmed (the other Grand Tours, Le Vélo, night stages, the Grand Départ, the 1919 date, teams, Festina dropped), "aged 25 or under" → "young", an own sentence and an own conclusion'
    },
    {
      level: 'light',
      text: light,
      note: 'light: paragraphs 1–4 in order, synonyms ("created" → "set up", "rival" → "competing", "spectators" → "the crowd"), small reordering inside sentences'
    },
    {
      level: 'heavy',
      text: heavyGood,
      note: 'heavy, a keen fan: the route and the jerseys first, the history after, paragraphs merged, names, terms and several of the source’s phrases kept inside new sentences'
    },
    {
      level: 'heavy',
      text: heavyWeak,
      note: 'heavy, a Dutch student: simple sentences with errors, a personal aside, "under 26" for "25 or under"'
    },
    {
      level: 'non',
      text: nonGrandTours,
      note: 'general knowledge on the three Grand Tours: Giro, Vuelta, lowest cumulative time, jerseys, Merckx and Hinault'
    },
    {
      level: 'non',
      text: nonRoadside,
      note: 'a fan’s account of watching a mountain stage: yellow jersey, peloton, sprinters, Tourmalet'
    },
    {
      level: 'non',
      text: nonFemmes,
      note: 'a weaker student on the women’s Tour from general knowledge: yellow jersey, Paris, mountain stages'
    }
  ]
}
