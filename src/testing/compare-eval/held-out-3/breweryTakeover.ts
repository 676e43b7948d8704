// Held out, third batch. A family brewery sold to a foreign group, and answers written from the report
// (or not).
import type { AnswerSet } from '../answers/types'

const source = `Hollins & Vane, the family brewery that has made beer in Stowford since 1839, has agreed to be bought by the Danish brewing group Nordkilde for 62 million pounds, the two companies announced on Monday.

Nordkilde said it would keep the brewery in Stowford open, along with its 84 pubs and its 310 staff, and would continue to brew Hollins Bitter, the town's best-known beer, to the same recipe. The brewery's chairman, Robert Vane, the sixth generation of his family to run the business, will stay on as managing director for at least three years.

The sale must still be approved by shareholders, most of whom are members of the Hollins and Vane families. The deal is expected to be completed in the autumn.

"We have been approached many times over the years, and we have always said no," said Mr Vane. "This time we found a buyer who understands that a brewery like ours is part of a town, not just a factory."

Sales of beer in British pubs have fallen by almost a fifth in the past decade, and several regional brewers have closed or been sold since 2020. Nordkilde, which owns breweries in six countries, said it wanted to sell Hollins beers in Scandinavia and Germany.

The Campaign for Local Ale said it was "deeply worried" about the sale. Similar promises made by other buyers had not always been kept, a spokesman said.`

const cut = `Hollins and Vane, the family brewery that has made beer in Stowford since 1839, has agreed to be bought by the Danish brewing group Nordkilde for 62 million pounds, the two companies announced on Monday.

What Nordkilde has promised:
– to keep the brewery in Stowford open, along with its 84 pubs and its 310 staff;
– to continue to brew Hollins Bitter, the town's best-known beer, to the same recipe.

"We have been approached many times over the years, and we have always said no," said Mr Vane. "This time we found a buyer who understands that a brewery like ours is part of a town, not just a factory."

The brewery's chairman, Robert Vane, the sixth generation of his family to run the business, will stay on as managing director for at least three years. The sale must still be approved by shareholders, most of whom are members of the Hollins and Vane families.

The Campaign for Local Ale said it was "deeply worried" about the sale. Similar promises made by other buyers had not always been kept, a spokesman said. Sales of beer in British pubs have fallen by almost a fifth in the past decade.`

const light = `Hollins & Vane, the family-owned brewery that has produced beer in Stowford since 1839, has agreed to a takeover by the Danish brewer Nordkilde for 62 million pounds, the two firms said on Monday.

Nordkilde said it would keep the Stowford brewery running, together with its 84 pubs and 310 employees, and would go on brewing Hollins Bitter, the town's most famous beer, to the same recipe. The chairman, Robert Vane, the sixth generation of his family to lead the firm, will remain as managing director for a minimum of three years.

The sale still needs the approval of shareholders, most of them members of the Hollins and Vane families. The deal should be completed in the autumn.

"We have been approached lots of times over the years, and we have always turned them down," said Mr Vane. "This time we found a buyer who understands that a brewery like ours is part of a town, not simply a factory."

Beer sales in British pubs have dropped by nearly a fifth over the last decade, and a number of regional brewers have shut or been sold since 2020. Nordkilde, which has breweries in six countries, said it hoped to sell Hollins beers in Scandinavia and Germany.

The Campaign for Local Ale said it was "deeply worried" by the sale. Comparable promises by other buyers had not always been honoured, a spokesman said.`

const heavy = `For the first time since 1839, the brewery in Stowford will not be owned by the two families whose names it carries. Nordkilde, a Danish group with breweries in six countries, is paying 62 million pounds for Hollins & Vane, a deal announced on Monday that shareholders, mostly relatives, have yet to approve. Completion is planned for the autumn.

Robert Vane, whose family has run the business for six generations, says earlier suitors were always rejected, but that Nordkilde sees the brewery as belonging to the town rather than as just another plant. He will manage it for three more years at least.

The new owner has pledged that nothing will close: the brewery, the 84 pubs and all 310 jobs stay, and the recipe of Hollins Bitter, the beer Stowford is known for, will not change. What Nordkilde gains is a route into the British market, and it hopes to take the beers to Germany and Scandinavia in return.

The timing reflects a shrinking trade. Pubs sell nearly 20 per cent less beer than they did ten years ago, and since 2020 a string of regional brewers have gone under or been bought up. The Campaign for Local Ale is deeply worried, pointing out that other buyers have broken similar pledges.`

const nonClosure = `The Old Mill Brewery in Harwood will close at the end of the year after 140 years, its owners said on Thursday, blaming rising costs and falling sales in pubs.

The brewery, which employs 46 people, was bought by the national pub group Crownfield in 2016. Crownfield said production of Old Mill's best-known beers would move to its larger brewery in the Midlands, and that it would try to find jobs there for staff who wanted to move.

"This was a difficult decision, but the site is no longer viable," a Crownfield spokesman said in a statement. "The Old Mill name and its beers will continue."

Local drinkers and the town's MP criticised the decision. When Crownfield bought the brewery, it said it had no plans to close it, and many in the town feel that promise has been broken.

The closure is the latest in a series of regional brewery closures. Industry figures say that the number of pints sold in pubs has fallen sharply since 2019, while energy and ingredient costs have risen.`

const nonPubs = `Britain's pubs are closing at a rate of around one a day, according to figures from the trade body that represents them, and the brewers who supply them are feeling the squeeze.

The reasons are well known. People drink less than they did, and more of what they drink is bought in supermarkets and drunk at home. Business rates, energy bills and staff costs have all risen. Many pubs in small towns and villages have become homes or shops.

For regional brewers, many of them family businesses that own a few dozen pubs, the pressure is doubled. Some have merged with neighbours; others have sold to larger groups, often from abroad, that promise to keep local beers alive and use them to reach new markets. Campaigners say such promises should be written into the sale, because a brand can easily outlive the brewery it came from.

Some small brewers are thriving, however, selling strong, unusual beers directly to drinkers in taprooms and online.`

export const breweryTakeover: AnswerSet = {
  topic: 'brewery-takeover',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'a sentence cut into a list with en-dash bullets; "&" written "and"; paragraphs reordered; a quoted word inside a copied sentence; a heading line of the writer’s own',
      own: ['What Nordkilde has promised:']
    },
    { level: 'light', text: light },
    { level: 'heavy', text: heavy },
    {
      level: 'non',
      text: nonClosure,
      note: 'another brewery closing: its owners said on Thursday, sales in pubs, said in a statement, a promise broken'
    },
    {
      level: 'non',
      text: nonPubs,
      note: 'an essay on pubs and regional brewers: family businesses, sold to larger groups from abroad, promises'
    }
  ]
}
