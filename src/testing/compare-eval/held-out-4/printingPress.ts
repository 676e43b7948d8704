// Held out, fourth batch. An encyclopedia-style article on Gutenberg's printing press, and students'
// short answers written from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `The printing press with movable metal type was developed by Johannes Gutenberg in Mainz, Germany, around 1440. Printing from carved wooden blocks had been known for centuries, and movable type made of ceramic and later metal had been used in China and Korea, but Gutenberg's system was the first to make the mass production of books practical in Europe.

His invention combined several elements. A hand mould allowed individual letters to be cast quickly and accurately from an alloy of lead, tin and antimony. An oil-based ink stuck to metal type better than the water-based inks used before. The press itself was adapted from the screw presses used to make wine and olive oil.

Gutenberg's best-known work is the Bible he printed around 1455, of which about 180 copies were made and 49 survive, in whole or in part. It is famous for the quality of its printing.

The new technology spread rapidly. By 1500 there were printing presses in more than 250 European towns, and they had produced an estimated 20 million volumes. Books became cheaper and more widely available, which helped the spread of literacy and of new ideas. Historians link the printing press with the Renaissance, the Protestant Reformation and the Scientific Revolution, because it allowed texts to be copied exactly and shared widely. Martin Luther's writings were printed in hundreds of thousands of copies within a few years.`

const cut = `The printing press with movable metal type was developed by Johannes Gutenberg in Mainz, Germany, around 1440. Movable type made of ceramic and later metal had been used in China and Korea, but Gutenberg's system was the first to make the mass production of books practical in Europe.

His invention combined several elements. A hand mould allowed individual letters to be cast quickly and accurately from an alloy of lead, tin and antimony. An oil-based ink stuck to metal type better than the water-based inks used before. The press itself was adapted from the screw presses used to make wine and olive oil.

Gutenberg's best-known work is the Bible he printed around 1455. About 180 copies were made and 49 survive.

The new technology spread rapidly. By 1500 there were printing presses in more than 250 European towns, and they had produced an estimated 20 million volumes. Books became cheaper and more widely available, which helped the spread of literacy and of new ideas. Historians link the printing press with the Renaissance, the Protestant Reformation and the Scientific Revolution, because it allowed texts to be copied exactly and shared widely.`

const light = `The printing press using movable metal type was created by Johannes Gutenberg in Mainz, in Germany, in about 1440. Printing with carved wooden blocks had existed for centuries, and movable type of ceramic and then metal had been used in China and Korea, but Gutenberg's system was the first that made it practical to mass-produce books in Europe.

His invention brought together a number of elements. A hand mould meant that single letters could be cast fast and precisely from a mixture of lead, tin and antimony. An ink based on oil stuck to the metal type better than the water-based inks used earlier. The press was adapted from the screw presses that were used for making wine and olive oil.

Gutenberg's most famous work is the Bible printed in about 1455, of which around 180 copies were produced and 49 still exist, whole or in part.

The technology spread quickly. By 1500 printing presses were working in over 250 towns in Europe and had turned out around 20 million volumes. Books became cheaper and easier to get, which helped literacy and new ideas to spread.`

const heavy = `Around 1440, in the German city of Mainz, Johannes Gutenberg developed a printing press that used movable metal type. He was not the first to print: Europeans had printed from carved wooden blocks for centuries, and movable type had already been used in China and Korea. But his system was the first in Europe to make the mass production of books practical.

It depended on three things. Individual letters were cast quickly and accurately in a hand mould, from an alloy of lead, tin and antimony; an oil-based ink was used, because it stuck to metal better than water-based inks; and the press was adapted from the screw presses of wine and olive oil makers.

His Bible of about 1455 is still admired for the quality of its printing. Around 180 copies were printed, and 49 survive in whole or in part.

The technology spread rapidly: within fifty years there were presses in more than 250 European towns, which had printed some 20 million volumes. Because books became cheaper and texts could be copied exactly and shared widely, historians connect printing with the spread of literacy, the Renaissance, the Reformation, when Luther's writings sold in huge numbers, and the Scientific Revolution.`

const nonScribes = `Before printing, every book in Europe had to be copied by hand. Much of this work was done by monks in monasteries, in a room called the scriptorium, and later by professional scribes in towns, especially near universities.

Copying a book was slow and expensive. A scribe might take months to copy a single Bible, writing with a quill on parchment made from animal skin. Mistakes crept in with every copy, and a text could change a great deal after it had been copied many times. Many books were decorated with coloured initials and pictures, known as illuminations, some of them painted with gold leaf.

Because books were so rare, only churches, universities and wealthy people owned them. Most people could not read, and they learned about religion from sermons, paintings and stained glass windows.

Paper arrived in Europe from the Islamic world in the twelfth century and was much cheaper than parchment. By the fifteenth century the demand for books was growing fast, and this helps to explain why printing became so successful so quickly once it was invented.`

const nonReformation = `The Protestant Reformation is often said to have begun in 1517, when Martin Luther, a monk and professor at the University of Wittenberg, wrote his Ninety-five Theses criticising the sale of indulgences by the Catholic Church.

What made Luther different from earlier critics of the Church, such as Jan Hus a century before, was that his ideas could be printed. Within weeks copies of the theses were circulating across Germany. Luther wrote short pamphlets in German rather than Latin, so that ordinary people could read them or hear them read aloud, and printers were happy to publish them because they sold well.

Luther's translation of the New Testament into German, published in 1522, was a best-seller. His opponents also used the press, and both sides printed woodcut pictures mocking the other.

Some historians argue that the Reformation would not have spread so quickly, or perhaps at all, without the printing press. Others warn that printing alone does not explain it, pointing to the political support Luther received from German princes.`

const nonReference = `Johannes Gutenberg (around 1400 to 1468) was a goldsmith and inventor from Mainz, in what is now Germany, who introduced printing with movable type to Europe.

Little is known about his early life. He seems to have learned metalworking as a young man, and in the late 1430s he was living in Strasbourg, where he was involved in a business making mirrors for pilgrims. By about 1450 he was back in Mainz and had borrowed money from a wealthy merchant, Johann Fust, to set up a printing workshop.

The workshop's most famous product was a Latin Bible in two volumes, with 42 lines on most pages, completed by about 1455. Some copies were printed on paper and some on vellum. In the same year Fust sued Gutenberg to recover his loans, and took over much of the equipment.

Gutenberg died in 1468 and was buried in Mainz. Surviving Gutenberg Bibles are among the most valuable books in the world, and the Gutenberg Museum in Mainz shows copies of its own.`

export const printingPress: AnswerSet = {
  topic: 'printing-press',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'copied with cuts (the wooden blocks, Luther); one sentence split in two at "of which"'
    },
    { level: 'light', text: light, note: 'sentences kept in order with synonyms; the last two sentences dropped' },
    {
      level: 'heavy',
      text: heavy,
      note: 'a light-ish heavy rewrite, as a student who keeps much of the source: sentences split, merged and reordered, the three elements made into one sentence, the historians’ list rebuilt; several phrases kept ("make the mass production of books practical", "cast quickly and accurately", "copied exactly and shared widely")'
    },
    {
      level: 'non',
      text: nonScribes,
      note: 'books before printing: copied by hand, Bible, parchment, paper, demand for books'
    },
    {
      level: 'non',
      text: nonReformation,
      note: 'Luther and printing: printed, spread so quickly, printing press, historians'
    },
    {
      level: 'non',
      text: nonReference,
      note: 'a biography of Gutenberg written without the source: Mainz, movable type, Bible, about 1455, printed'
    }
  ]
}
