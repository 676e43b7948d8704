// Held out, fifth batch. An encyclopedia-style article on the Weimar hyperinflation, and students’ short
// answers to "What caused hyperinflation in Weimar Germany, and how was it ended?" written from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `Hyperinflation in the Weimar Republic was a period of extreme price rises in Germany between 1921 and 1923, during which the value of the German mark collapsed. By November 1923 one United States dollar was worth about 4.2 trillion marks, compared with 4.2 marks before the First World War.

The roots of the crisis lay in the way Germany had paid for the war. Rather than raising taxes, the imperial government borrowed heavily, expecting to recover the cost from the defeated Allies. After the defeat, the Treaty of Versailles required Germany to pay reparations, fixed in 1921 at 132 billion gold marks. Payments had to be made in gold or foreign currency, and the government bought these by printing paper marks and selling them abroad, which drove the exchange rate down.

The crisis became uncontrollable in 1923. When Germany fell behind with deliveries of coal and timber, French and Belgian troops occupied the Ruhr, the country's industrial heartland, in January. The government encouraged workers to resist passively by going on strike and paid their wages by printing even more money. Prices doubled every few days. Workers were paid twice a day and rushed to spend their wages before they lost their value, and banknotes were printed on one side only to save ink.

The effects were uneven. People living on savings, pensions or fixed incomes, much of the middle class, were ruined, while debtors, including the state and many large industrialists, saw their debts wiped out.

The inflation was ended in November 1923 with the introduction of a new currency, the Rentenmark, under the direction of Hjalmar Schacht as currency commissioner. One Rentenmark was exchanged for one trillion old marks. In 1924 the Dawes Plan reduced and rescheduled the reparations payments and provided American loans. Historians continue to debate how far the memory of hyperinflation influenced Germany's later political and economic choices, including its long preference for price stability.`

const cutOwn = 'This was a huge amount that Germany could never really afford.'

const cut = `Hyperinflation in the Weimar Republic was a period of extreme price rises in Germany between 1921 and 1923, during which the value of the German mark collapsed. By November 1923 one United States dollar was worth about 4.2 trillion marks.

The roots of the crisis lay in the way Germany had paid for the war. Rather than raising taxes, the imperial government borrowed heavily. After the defeat, the Treaty of Versailles required Germany to pay reparations, fixed in 1921 at 132 billion gold marks. ${cutOwn} The government bought foreign currency by printing paper marks and selling them abroad, which drove the exchange rate down.

When Germany fell behind with deliveries of coal and timber, French and Belgian troops occupied the Ruhr in January 1923. The government encouraged workers to resist passively by going on strike and paid their wages by printing even more money. Prices doubled every few days.

The inflation was ended in November 1923 with the introduction of a new currency, the Rentenmark. In 1924 the Dawes Plan reduced and rescheduled the reparations payments and provided American loans.`

const light = `Hyperinflation in the Weimar Republic was a period of extreme price rises in Germany from 1921 to 1923, during which the value of the German mark collapsed. By November 1923 one US dollar was worth around 4.2 trillion marks, compared with 4.2 marks before the First World War.

The causes of the crisis lay in the way Germany had financed the war. Instead of raising taxes, the imperial government borrowed heavily, expecting to get the cost back from the defeated Allies. After Germany lost, the Treaty of Versailles required it to pay reparations, set in 1921 at 132 billion gold marks. Payments had to be made in gold or foreign currency, and the government bought these by printing paper marks and selling them abroad, which pushed the exchange rate down.

The crisis got out of control in 1923. When Germany fell behind with deliveries of coal and timber, French and Belgian soldiers occupied the Ruhr, the country's industrial centre, in January. The government encouraged workers to resist passively by going on strike and paid their wages by printing yet more money. Prices doubled every few days. Workers were paid twice a day and hurried to spend their wages before they lost their value.

The inflation was brought to an end in November 1923 with the introduction of a new currency, the Rentenmark, overseen by Hjalmar Schacht.`

const heavyGood = `In 1923 German workers were paid twice a day and rushed to the shops before their wages lost their value. By November a single US dollar cost about 4.2 trillion marks; before the First World War it had cost 4.2.

The roots of the crisis lay in how the war was financed. Rather than raise taxes, the imperial government borrowed heavily, counting on the defeated Allies to pay. Instead Germany lost, and the Treaty of Versailles imposed reparations – fixed in 1921 at 132 billion gold marks, and payable only in gold or foreign currency. To buy that currency the government printed paper marks and sold them abroad, pushing the exchange rate ever lower.

The final blow came in January 1923, when French and Belgian troops occupied the Ruhr, Germany's industrial heartland, because deliveries of coal and timber had fallen behind. Berlin called for passive resistance, a strike, and paid the strikers by printing still more money, until prices were doubling every few days.

Savers, pensioners and anyone on a fixed income were ruined, while debtors – including the state and many big industrialists – saw their debts wiped out. It ended only in November 1923, when Hjalmar Schacht introduced the Rentenmark, worth a trillion old marks, and the Dawes Plan of 1924 rescheduled reparations with American loans.`

const heavyPupil = `There were lots of reasons why Germany got hyperinflation. First of all the war. Germany didn't raise taxes to pay for the war, they borrowed money, because they thought they would win and make the Allies pay. But they lost, and the Treaty of Versailles made them pay reparations of 132 billion gold marks in 1921. They had to pay in gold or foreign money, so they printed more paper money to buy it, and this made the mark worth less and less.

Then in 1923 Germany didn't deliver enough coal and timber, so France and Belgium invaded the Ruhr, where most of Germany's industry was. The workers went on strike (passive resistance) and the government printed even more money to pay them. Prices went up so fast they doubled every few days, and people had to be paid twice a day. A dollar was worth 4.2 trillion marks by November.

People with savings and pensions lost everything but people with debts could pay them off easily.

Gustav Stresemann's government fixed it by bringing in the Rentenmark in November 1923, which Hjalmar Schacht was in charge of, and then the Dawes Plan in 1924 gave Germany loans from America and made the reparations easier.`

const nonTextbook = `The year 1923 is remembered as the year of crisis for the Weimar Republic. The Treaty of Versailles had already made the new government unpopular, because many Germans blamed the "November criminals" who had signed it for the harsh terms, including the loss of territory and the war guilt clause. When Germany failed to pay reparations, French and Belgian troops marched into the Ruhr to take goods instead.

The results of the occupation of the Ruhr were disastrous. Industry came to a standstill, unemployment rose and the government printed money to support the strikers. Famous photographs from this time show people pushing wheelbarrows full of banknotes to buy a loaf of bread, and children using bundles of worthless money as building blocks. A loaf of bread that cost 250 marks in January 1923 cost 200,000 million marks by November.

The crisis also led to political violence. In November 1923 Adolf Hitler and the Nazi Party tried to seize power in Munich in the Beer Hall Putsch. It failed, and Hitler was sent to prison, where he wrote Mein Kampf. Under Gustav Stresemann the Republic recovered, and the years from 1924 to 1929 are often called the Golden Age of Weimar.`

const nonEconomics = `Hyperinflation is usually defined as inflation of more than 50 per cent a month, a threshold proposed by the economist Phillip Cagan in 1956. At that rate prices rise roughly 130 times in a year. Episodes are rare, but they share a common cause: a government that finances its spending by creating money because it cannot raise enough through taxes or borrowing.

Once people expect prices to keep rising, they try to get rid of money as fast as they can, buying goods or foreign currency as soon as they are paid. This makes money circulate faster and pushes prices up even more quickly than the money supply is growing. The currency stops being used for saving and eventually for trade, and shops start pricing goods in dollars or another stable currency.

The worst recorded case was in Hungary in 1946, when prices doubled about every fifteen hours. Zimbabwe experienced hyperinflation in 2007 and 2008 and printed a 100 trillion dollar note before abandoning its own currency. Venezuela suffered a similar crisis after 2016.

Ending hyperinflation requires the government to stop printing money, usually by introducing a new currency backed by a credible commitment, reforming taxes, and often obtaining foreign support.`

const nonFamily = `My great-grandmother lived in Hamburg in 1923 and my grandmother told me many stories about that time. She was a young teacher and her salary came in a big envelope, and she must run to the shop in the lunch break because by evening it was not enough any more for a pound of butter. Her father had saved money all his life for his old age in the savings bank, and in one year it was worth nothing, he could not even buy a tram ticket with it.

In the family we still have some of the notes. One is for 50 million marks and one for 10 billion, they are printed only on one side and the paper is very thin. My grandmother said children played with them in the street and people used them to light the stove because it was cheaper than wood.

She said the worst was not the hunger but that people lost trust. Honest people who saved were poor and speculators became rich. When the new money came everything was suddenly quiet again, but my great-grandfather never trusted banks again and kept his money under the mattress until he died.`

export const weimarHyperinflation: AnswerSet = {
  topic: 'weimar-hyperinflation',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      own: [cutOwn],
      note: 'cut: sentences from paragraphs 1, 2, 3 and 5 copied, clauses dropped (the pre-war rate, "the country’s industrial heartland", Schacht), the effects paragraph left out, one own comment'
    },
    {
      level: 'light',
      text: light,
      note: 'light: paragraphs 1–3 and 5 in order, a few synonyms ("paid for" → "financed", "troops" → "soldiers", "rushed" → "hurried") and small grammar changes'
    },
    {
      level: 'heavy',
      text: heavyGood,
      note: 'heavy, good student: opens with the wages detail, the causes retold in a new order with the source’s clauses kept inside, effects and the end merged'
    },
    {
      level: 'heavy',
      text: heavyPupil,
      note: 'heavy, a weaker native pupil: informal, "they" for the government, Stresemann added from class, all the source’s causes in its order but reworded'
    },
    {
      level: 'non',
      text: nonTextbook,
      note: 'school textbook from general knowledge: Versailles, reparations, the Ruhr, wheelbarrows, the Beer Hall Putsch, Stresemann'
    },
    {
      level: 'non',
      text: nonEconomics,
      note: 'an economics explanation of hyperinflation in general (Cagan, Hungary, Zimbabwe), printing money, new currency'
    },
    {
      level: 'non',
      text: nonFamily,
      note: 'a non-native writer’s family memories of 1923: savings lost, notes printed on one side'
    }
  ]
}
