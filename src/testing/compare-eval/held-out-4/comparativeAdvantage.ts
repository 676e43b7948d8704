// Held out, fourth batch. An encyclopedia-style article on comparative advantage, and students' short
// answers written from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `In economics, comparative advantage is the ability of a country, firm or person to produce a good at a lower opportunity cost than others. The opportunity cost of a good is what must be given up to produce it: the other goods that could have been made with the same labour and resources.

The idea is usually credited to David Ricardo, who set it out in his book On the Principles of Political Economy and Taxation in 1817. Ricardo's example used England and Portugal, each producing cloth and wine. Portugal could make both goods with less labour than England, so it had an absolute advantage in both. Even so, Ricardo showed that both countries would gain if Portugal specialised in wine and England in cloth, and they traded with each other.

The key point is that trade depends on differences in relative costs, not absolute costs. A country that is less efficient at making everything can still benefit from trade by specialising in what it is least bad at.

The theory is one of the foundations of the case for free trade. Critics point out that it rests on simplifying assumptions: that workers can move easily between industries, that there is full employment, and that capital does not move between countries. In the real world, the gains from trade are often unevenly shared, and some workers and regions lose out.`

const cut = `Comparative advantage is the ability of a country, firm or person to produce a good at a lower opportunity cost than others. The opportunity cost of a good is what must be given up to produce it.

The idea is usually credited to David Ricardo (On the Principles of Political Economy and Taxation, 1817). Ricardo's example used England and Portugal, each producing cloth and wine. Portugal could make both goods with less labour than England, so it had an absolute advantage in both. Even so, Ricardo showed that both countries would gain if Portugal specialised in wine and England in cloth, and they traded with each other.

The key point is that trade depends on differences in relative costs, not absolute costs. A country that is less efficient at making everything can still benefit from trade by specialising in what it is least bad at.

The theory is one of the foundations of the case for free trade. Critics point out that it rests on simplifying assumptions: 1.workers can move easily between industries, 2.there is full employment, 3.capital does not move between countries. In the real world the gains from trade are often unevenly shared.`

const light = `In economics, comparative advantage means the ability of a country, a business or an individual to make a product at a lower opportunity cost than others can. The opportunity cost of a product is what has to be sacrificed to make it: the other goods that might have been produced with the same labour and resources.

The concept is normally attributed to David Ricardo, who explained it in his 1817 book On the Principles of Political Economy and Taxation. His example was England and Portugal, both making cloth and wine. Portugal was able to produce both goods using less labour than England, so it had an absolute advantage in both of them. Nevertheless, Ricardo demonstrated that each country would be better off if Portugal concentrated on wine and England on cloth, and they then traded.

The central point is that trade rests on differences in relative costs rather than absolute ones. A country which is less productive at everything can still gain from trade by specialising in what it is least bad at.

The theory is one of the foundations of the argument for free trade. Its critics note that it depends on simplifying assumptions, such as workers moving easily between industries, full employment and capital staying inside each country.`

const heavy = `Why should a country that is better at making everything bother to trade with one that is worse? David Ricardo's answer, published in 1817, was the theory of comparative advantage. In his famous example Portugal needed less labour than England to produce both wine and cloth. Yet both nations ended up richer when Portugal concentrated on wine, England on cloth, and they swapped.

What matters is the opportunity cost of each good, meaning the other goods you give up by using labour and resources to make it. Portugal's absolute advantage in both goods does not rule out trade, because trade is driven by relative costs rather than absolute ones, and even the least efficient producer has something it is least bad at.

This reasoning has become a pillar of the argument for free trade. It does, however, rely on assumptions that rarely hold: that workers can switch between industries without difficulty, that everyone who wants a job has one, and that capital stays at home. Because these conditions are not met in practice, the benefits of trade are often shared unevenly, and particular regions and groups of workers can end up worse off.`

const nonTextbook = `Trade allows countries to specialise. Instead of trying to produce everything they need, countries can concentrate on the goods and services they produce best and import the rest. This raises total output and means consumers have a wider choice of products at lower prices.

Economists distinguish between absolute advantage and comparative advantage. A country has an absolute advantage if it can produce more of a good than another country with the same resources. Adam Smith argued in The Wealth of Nations in 1776 that countries should trade goods in which they have an absolute advantage.

However, there are also costs to free trade. Industries that face competition from imports may close, and workers may lose their jobs and find it hard to retrain. Governments sometimes protect industries with tariffs and quotas, especially new industries or ones that are important for national security.

A well-known modern example is the growth of manufacturing in China from the 1990s, when lower labour costs attracted factories from Europe and North America. Consumers gained from cheaper goods, but many manufacturing towns in the West suffered.`

const nonEverydayExample = `The easiest way to understand comparative advantage is with an everyday example. Imagine a lawyer who is also the fastest typist in her office. She can type her letters twice as fast as her assistant. Should she do her own typing?

The answer is no. Every hour she spends typing is an hour she cannot spend on legal work, which earns far more. Her opportunity cost of typing is very high. Her assistant, on the other hand, gives up much less by typing. So even though the lawyer is better at both jobs, it makes sense for her to specialise in law and for the assistant to do the typing.

Countries are in the same position. A rich country may be more productive than a poor one in almost every industry, but it still gains by specialising in the industries where its lead is biggest and importing other goods. The poorer country gains too.

This is why economists generally say that trade is not a zero-sum game. Both sides can gain, even if one is more efficient than the other, although the gains are not always shared equally.`

export const comparativeAdvantage: AnswerSet = {
  topic: 'comparative-advantage',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'copied with cuts; the book’s title put in brackets; three assumptions turned into a list numbered "1." with no space after the number'
    },
    { level: 'light', text: light, note: 'sentences kept in order with synonyms; the last sentence of the source dropped' },
    {
      level: 'heavy',
      text: heavy,
      note: 'a heavy rewrite: opens with a question, Ricardo’s example before the definition, the assumptions paraphrased; keeps "opportunity cost", "absolute advantage", "least bad at"'
    },
    {
      level: 'non',
      text: nonTextbook,
      note: 'a textbook answer on trade: specialise, absolute advantage and comparative advantage, free trade, workers lose'
    },
    {
      level: 'non',
      text: nonEverydayExample,
      note: 'the lawyer and typist example: opportunity cost, specialise, better at both, gains not always shared equally'
    }
  ]
}
