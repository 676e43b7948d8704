// Held out, third batch. Archaeologists name a wreck by its bell, and answers written from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `Divers and archaeologists have identified a wreck off the coast of Gullhaven as the Mary Ellen, a merchant ship that sank in a storm in January 1793 with the loss of all 22 people on board.

The wreck was found in 2019 by a local diving club at a depth of 28 metres, about two miles from the harbour. Since then, the team has raised more than 300 objects, including pottery, glass bottles, a ship's bell and part of a navigation instrument.

The breakthrough came last spring, when the bell was cleaned and the letters "M E" and the date 1788 became visible. Records at the county archive show that the Mary Ellen was built in that year in Whitby and was carrying coal and wine from Newcastle to Bordeaux when she was lost.

"For more than two hundred years, the families of those men did not know where they lay," said the project's leader, maritime archaeologist Dr Owen Pritchard. "Now we can tell their story."

A newspaper of the time reported that the ship was seen firing distress guns during the night, but that the storm was too strong for a lifeboat to reach her.

The wreck is now protected by law, and diving on the site is allowed only with a licence. The objects will be shown at the Gullhaven Maritime Museum from next year.`

const cut = `The wreck was found in 2019 by a local diving club at a depth of 28 metres, about two miles from the harbour. Divers and archaeologists have now identified it as the Mary Ellen, a merchant ship that sank in a storm in January 1793 with the loss of all 22 people on board.

The breakthrough came last spring, when the bell was cleaned and the letters "M E" and the date 1788 became visible. Records at the county archive show that the Mary Ellen was built in that year in Whitby and was carrying coal and wine from Newcastle to Bordeaux when she was lost. A newspaper of the time reported that the ship was seen firing distress guns during the night, but that the storm was too strong for a lifeboat to reach her.

Finds so far – more than 300 objects – include pottery, glass bottles, a ship's bell and part of a navigation instrument. The objects will be shown at the Gullhaven Maritime Museum from next year; the museum has not yet announced an opening date.`

const light = `Divers and archaeologists have named a wreck off the Gullhaven coast as the Mary Ellen, a trading ship that went down in a storm in January 1793, killing all 22 people aboard.

The wreck was discovered in 2019 by a local diving club 28 metres down, some two miles from the harbour. Since then, the team has brought up over 300 items, among them pottery, glass bottles, a ship's bell and a piece of a navigation instrument.

The key moment came last spring, when the bell was cleaned and the letters "M E" and the date 1788 could be seen. Documents in the county archive show that the Mary Ellen was built that year in Whitby and was taking coal and wine from Newcastle to Bordeaux when she sank.

"For over two centuries, the families of those men did not know where they were lying," said Dr Owen Pritchard, the maritime archaeologist leading the project. "Now we can tell their story."

A newspaper from the period said the ship was seen firing distress guns in the night, but the storm was too fierce for a lifeboat to get to her.

The site is now legally protected, and divers may only visit it with a licence. The finds will go on display at the Gullhaven Maritime Museum next year.`

const heavy = `On a January night in 1793, people on the shore near Gullhaven heard guns fired in distress out at sea, but no lifeboat could get through the storm. By morning a merchant vessel and every one of the 22 aboard were gone. Archaeologists now say they know which ship it was.

Members of a diving club came across the remains in 2019, 28 metres under the surface and roughly two miles out. Pottery, bottles and part of a navigational instrument were among the 300-plus finds brought up, but it was the bell that settled the question: once cleaned last spring, it showed the initials M E and the year 1788. The Mary Ellen, built in Whitby in 1788 according to the county archive, was on her way from Newcastle to Bordeaux with coal and wine when she disappeared.

Owen Pritchard, the maritime archaeologist in charge, says the crew's relatives waited more than two centuries without knowing where the men were buried. Anyone wishing to dive on the protected site now needs a licence, and visitors to the Gullhaven Maritime Museum will be able to see the finds from next year.`

const nonOtherWreck = `The remains of a Dutch trading ship that sank in 1744 have been found in the North Sea by a team surveying the seabed for a new wind farm, the Netherlands Cultural Heritage Agency said on Friday.

The ship, believed to be the Zeemeeuw, was carrying silver coins and cloth to the East Indies when it went down in a storm with about 200 people on board. Sonar images show a hull around 40 metres long lying at a depth of 35 metres.

Divers have recovered a cannon, several bottles and a bronze bell, which archaeologists hope will confirm the ship's identity. "A bell often carries a name or a date, and that would settle the question," said the agency's maritime archaeologist, Dr Anke de Vries.

The wreck is protected, and the agency has asked the wind farm developer to move two turbines to avoid damaging it. It said further dives would take place next summer.`

const nonLifeboat = `For as long as ships have sailed past Gullhaven, the sea has taken its share of them. Parish records list more than forty wrecks along this stretch of coast between 1750 and 1850, most of them small merchant ships carrying coal south from the Tyne.

The town's first lifeboat was not stationed here until 1826. Before then, when a ship was seen in trouble, local fishermen would row out in their own boats if the weather allowed, and often it did not. Newspapers of the time describe crowds gathering on the cliffs to watch ships firing distress guns that no one could answer.

The lifeboat station, rebuilt in 1904, now houses a small museum. Its displays include a list of every rescue since 1826 and a collection of objects washed ashore from wrecks, from ship's timbers to a child's shoe.

The station is open on weekend afternoons from Easter to October, and entry is free.`

export const shipwreckBell: AnswerSet = {
  topic: 'shipwreck-bell',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'paragraphs reordered, the first two sentences swapped and joined by "now"; a list of finds set off with en dashes; a clause of the writer’s own',
      own: ['the museum has not yet announced an opening date']
    },
    { level: 'light', text: light, note: 'keeps the quoted letters "M E"' },
    { level: 'heavy', text: heavy, note: 'tells it in time order, from the storm to the museum' },
    {
      level: 'non',
      text: nonOtherWreck,
      note: 'another wreck: went down in a storm, people on board, at a depth of, bell, maritime archaeologist, protected'
    },
    {
      level: 'non',
      text: nonLifeboat,
      note: 'a local history of the same coast: Gullhaven, merchant ships carrying coal, newspapers of the time, firing distress guns'
    }
  ]
}
