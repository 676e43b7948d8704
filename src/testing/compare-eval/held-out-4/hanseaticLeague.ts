// Held out, fourth batch. An encyclopedia-style article on the Hanseatic League, and students' short
// answers written from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `The Hanseatic League was a commercial and defensive confederation of merchant guilds and market towns in northern Europe. It grew from a few North German towns in the late twelfth century and came to dominate trade in the Baltic Sea and the North Sea for about three hundred years.

Lübeck, founded in 1159, became the leading city of the League. Its position on the Baltic, and its links by river and road with Hamburg on the North Sea, allowed goods to move between east and west without the long voyage around Denmark. At its height in the fourteenth century the League included nearly two hundred towns.

The Hanse did not have a permanent army or a single government. Its members met irregularly in an assembly called the Diet, usually held at Lübeck, and decisions were often ignored by towns that disagreed. The League kept trading posts, known as Kontore, in foreign cities, the largest of which were in London, Bruges, Bergen and Novgorod.

Merchants traded furs, wax, timber and grain from the east for cloth, wine and metal goods from the west. Salted herring from the Baltic was one of the most valuable goods.

From the fifteenth century the League declined. The rise of strong territorial states, competition from Dutch and English merchants and the shift of trade to the Atlantic all weakened it. The last Diet met in 1669.`

const cut = `The Hanseatic League was a commercial and defensive confederation of merchant guilds and market towns in northern Europe. It grew from a few North German towns in the late twelfth century and came to dominate trade in the Baltic Sea and the North Sea for about three hundred years. At its height in the fourteenth century the League included nearly two hundred towns.

Lübeck, founded in 1159, became the leading city of the League. Its position on the Baltic, and its links by river and road with Hamburg on the North Sea, allowed goods to move between east and west without the long voyage around Denmark.

The Hanse did not have a permanent army or a single government. Its members met in an assembly called the Diet, usually at Lübeck. The League kept trading posts, known as Kontore, in foreign cities, the largest of which were in London, Bruges, Bergen and Novgorod. Merchants traded furs, wax, timber and grain from the east for cloth, wine and metal goods from the west.

From the fifteenth century the League declined. The rise of strong territorial states, competition from Dutch and English merchants and the shift of trade to the Atlantic all weakened it.`

const light = `The Hanseatic League was a trading and defensive alliance of merchant guilds and market towns in the north of Europe. It developed from a small number of North German towns at the end of the twelfth century and went on to control trade in the Baltic and the North Sea for roughly three centuries.

Lübeck, which was founded in 1159, became the most important city of the League. Its location on the Baltic, together with its river and road connections with Hamburg on the North Sea, let goods travel between east and west without the long journey round Denmark. At its peak in the fourteenth century the League had almost two hundred member towns.

The Hanse had no standing army and no single government. Its members gathered from time to time in an assembly called the Diet, normally at Lübeck, and towns which disagreed frequently ignored its decisions. The League ran trading posts, called Kontore, in foreign cities, the biggest being in London, Bruges, Bergen and Novgorod.

Traders exchanged furs, wax, timber and grain from the east for cloth, wine and metalwork from the west.`

const heavy = `For around three centuries, from the late 1100s, a loose alliance of towns and merchant guilds known as the Hanseatic League controlled most of the trade of northern Europe. It began with a handful of towns in northern Germany and by the 1300s had nearly two hundred members, from the North Sea coast to the eastern Baltic.

The League was never a state. There was no standing army and no central government, only an occasional gathering called the Diet, which normally met in Lübeck and whose decisions members could simply ignore. Lübeck itself, founded in 1159, led the League because of where it lay: its river and road links to Hamburg meant that cargoes could cross from the Baltic to the North Sea by land instead of sailing all the way round Denmark.

Abroad, Hanseatic merchants lived and worked in fortified trading posts, the Kontore, of which London, Bruges, Bergen and Novgorod had the biggest. Eastern furs, wax, timber, grain and herring went west, and cloth, wine and metal goods came back. The League faded after 1400 as powerful territorial states emerged, Dutch and English traders competed, and commerce moved to the Atlantic. Its final Diet was held in 1669.`

const nonEssay = `The Hanseatic League, or Hansa, is a good example of how trade could create power in medieval Europe without a king or an empire. German merchants who travelled abroad found it safer to band together, and over time the towns they came from also formed an alliance to protect their privileges.

The League's ships, called cogs, were broad, slow vessels that could carry large cargoes across the Baltic. Towns such as Lübeck, Hamburg, Danzig and Riga grew rich from this trade, and many of them still have the tall brick churches and warehouses built by Hanseatic merchants.

The League was prepared to fight when its trade was threatened. In the war against King Valdemar IV of Denmark, which ended with the Peace of Stralsund in 1370, the Hanseatic towns forced Denmark to give them control of fortresses on the coast of Sweden for fifteen years.

Historians disagree about when the League ended, because it faded slowly rather than being dissolved. Today several cities, including Hamburg and Bremen, still call themselves Hanseatic cities, and the letters HH on Hamburg number plates stand for Hansestadt Hamburg.`

const nonMuseum = `The European Hansemuseum in Lübeck opened in 2015 and tells the story of the Hanseatic League through a series of reconstructed rooms. Visitors begin in Novgorod around the year 1300, in the dark hall of a trading post where German merchants bought furs and wax, and then move through Bruges, Bergen and London.

The museum explains that the Hansa was not a country but a network of merchants and towns, which met when it needed to and often argued. Its greatest strength was trade between the east and the west of northern Europe: grain, timber, furs and fish one way, and fine cloth and wine the other.

One room shows the herring trade. Each autumn huge shoals of herring appeared off the coast of Scania in southern Sweden, and the fish were salted and packed into barrels with salt from Lüneburg, brought through Lübeck. Another room tells how the Black Death reached the Baltic ports in 1350.

The tour ends with the decline of the League in the sixteenth and seventeenth centuries, and a final room describes how the idea of the Hanse was revived in the twentieth century as a symbol of European cooperation.`

export const hanseaticLeague: AnswerSet = {
  topic: 'hanseatic-league',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'the source’s sentences copied, one moved up, "irregularly" and a clause on ignored decisions cut, the herring sentence and the last Diet dropped'
    },
    { level: 'light', text: light, note: 'sentences kept in order with synonyms; the herring sentence and the decline dropped' },
    {
      level: 'heavy',
      text: heavy,
      note: 'a very heavy rewrite: the points reordered (the Diet before Lübeck), sentences merged, almost no phrase kept beyond names, dates and the list of goods'
    },
    {
      level: 'non',
      text: nonEssay,
      note: 'an essay from general knowledge: merchants, towns, Lübeck and Hamburg, the Baltic, faded slowly'
    },
    {
      level: 'non',
      text: nonMuseum,
      note: 'a museum guide: Novgorod, Bruges, Bergen and London, not a country, east and west, furs, wax, grain, timber, herring, decline'
    }
  ]
}
