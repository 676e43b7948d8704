// Held out, fourth batch. An encyclopedia-style article on plate tectonics, and students' short answers
// written from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `Plate tectonics is the scientific theory that the Earth's outer shell, the lithosphere, is divided into a number of large plates that move slowly over the hotter, softer layer beneath, the asthenosphere. There are seven or eight major plates and many smaller ones. They move at speeds of a few centimetres a year, about as fast as fingernails grow.

The theory grew out of Alfred Wegener's idea of continental drift, proposed in 1912. Wegener noticed that the coastlines of South America and Africa fit together and that the same fossils are found on both continents, but he could not explain what moved the continents, and most geologists rejected his idea. In the 1950s and 1960s, maps of the ocean floor revealed long mid-ocean ridges and a pattern of magnetic stripes in the rocks on either side of them, showing that new crust is formed at the ridges and spreads outwards.

Plates meet at three kinds of boundary. At divergent boundaries they move apart; at convergent boundaries one plate is often forced beneath another in a process called subduction; and at transform boundaries they slide past each other, as along the San Andreas Fault in California.

Most earthquakes and volcanoes occur along plate boundaries. Collisions between continents have built the highest mountain ranges, including the Himalayas, which are still rising as India pushes into Asia.`

const cut = `Plate tectonics is the scientific theory that the Earth’s outer shell, the lithosphere, is divided into a number of large plates that move slowly over the hotter, softer layer beneath, the asthenosphere. They move at speeds of a few centimetres a year, about as fast as fingernails grow.

The theory grew out of Alfred Wegener's idea of continental drift, proposed in 1912. Wegener noticed that the coastlines of South America and Africa fit together and that the same fossils are found on both continents, but he could not explain what moved the continents. In the 1950s and 1960s, maps of the ocean floor revealed long mid-ocean ridges and a pattern of magnetic stripes in the rocks on either side of them, showing that new crust is formed at the ridges and spreads outwards.

Plates meet at three kinds of boundary:
(a) divergent boundaries, where they move apart;
(b) convergent boundaries, where one plate is often forced beneath another (subduction);
(c) transform boundaries, where they slide past each other, as along the San Andreas Fault in California.

Most earthquakes and volcanoes occur along plate boundaries.`

const light = `Plate tectonics is the scientific theory that the outer shell of the Earth, called the lithosphere, is broken into several large plates which move slowly over the hotter and softer layer underneath, the asthenosphere. There are seven or eight main plates and lots of smaller ones. They travel a few centimetres each year, roughly the speed at which fingernails grow.

The theory developed from Alfred Wegener's idea of continental drift, which he put forward in 1912. Wegener saw that the coasts of South America and Africa fitted together and that the same fossils appear on both continents, but he was unable to explain what made the continents move, and most geologists did not accept his idea. In the 1950s and 1960s, maps of the sea floor showed long mid-ocean ridges and a pattern of magnetic stripes in the rocks on each side, proving that new crust is made at the ridges and spreads out.

Plates meet at three types of boundary. At divergent boundaries they separate; at convergent boundaries one plate is frequently pushed under another in a process called subduction; and at transform boundaries they slide past one another, for example along the San Andreas Fault in California.`

const heavy = `The ground beneath us is moving. Geologists now agree that the rigid outer layer of the planet is cracked into plates, seven or eight of them large, which creep over a softer, hotter zone of rock at about the pace that our nails grow.

This view took decades to win acceptance. In 1912 Alfred Wegener argued that the continents had drifted apart, pointing to the way South America and Africa fit like puzzle pieces and to fossils shared between them. Because he had no mechanism, he was largely ignored. Proof came only after the Second World War, when surveys of the sea bed found underwater mountain chains with bands of magnetised rock running parallel on both sides: fresh crust was being made at these ridges and pushed away from them.

Where plates pull apart, new crust forms; where they collide, one may dive under the other; and in some places, such as California's San Andreas Fault, they grind sideways. Most earthquakes and volcanoes occur along plate boundaries. When two continents collide the result can be a great mountain range, and the Himalayas are still growing as India presses north into Asia.`

const nonVolcanoAnswer = `Volcanoes form where magma, which is molten rock, rises from deep inside the Earth and erupts at the surface as lava, ash and gas. Most of the world's active volcanoes lie in a horseshoe-shaped zone around the Pacific Ocean known as the Ring of Fire.

Around the Pacific, oceanic plates are sinking beneath the plates next to them. As the sinking plate goes down into the mantle it heats up, and water released from it helps the rock above to melt. The magma rises and forms chains of volcanoes, such as the Andes in South America and the volcanoes of Japan. These volcanoes often erupt explosively because their magma is thick and full of gas.

Other volcanoes, such as those of Hawaii, are far from any plate boundary. They sit above a hot spot, a plume of hot rock rising from deep in the mantle. As the Pacific plate moves over the hot spot, a line of islands is formed, with the oldest furthest away.

Volcanoes can be very dangerous, but the soil around them is fertile, which is why millions of people live near them.`

const nonIceland = `Iceland is one of the few places in the world where you can see the Mid-Atlantic Ridge above sea level. The island sits on the boundary between the North American and Eurasian plates, which are moving apart by about two centimetres every year.

At Thingvellir National Park, visitors can walk along a rift valley between two lines of cliffs, and divers can swim in the Silfra fissure, a crack filled with very clear water from a glacier. Guides like to tell tourists that they can touch two continents at once, although strictly speaking the gap between the plates is a wide zone rather than a single crack.

Because of its position, Iceland has many volcanoes and frequent small earthquakes. The eruption of Eyjafjallajökull in 2010 sent a cloud of ash across Europe and closed airspace for several days. Since 2021 there have been a series of eruptions on the Reykjanes peninsula, close to the capital.

The heat under the ground is also useful. Geothermal power stations produce much of Iceland's electricity, and almost all homes are heated with hot water from underground.`

const nonReference = `The Earth's surface is made of rigid slabs of rock called tectonic plates, which fit together like the pieces of a cracked eggshell. The largest is the Pacific Plate, which lies almost entirely under the ocean. Others, such as the Eurasian and African plates, carry whole continents.

Scientists still debate exactly what makes the plates move. Heat from the Earth's core sets up slow convection currents in the mantle, and these were once thought to drag the plates along. Today most geologists think that the main force is slab pull: an old, cold, dense plate sinks into the mantle at a subduction zone and pulls the rest of the plate after it.

Oceanic crust is young compared with the continents. Because it is constantly created at ridges and destroyed at subduction zones, almost none of it is more than 200 million years old, while some continental rocks are four billion years old.

About 250 million years ago all the continents were joined in a single supercontinent called Pangaea, which later broke apart to form the continents we know today.`

export const plateTectonics: AnswerSet = {
  topic: 'plate-tectonics',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'copied with cuts; a curly apostrophe in "Earth’s"; the boundaries turned into a list lettered "(a)" to "(c)"; the Himalayas dropped'
    },
    { level: 'light', text: light, note: 'sentences kept in order with synonyms; the last paragraph dropped' },
    {
      level: 'heavy',
      text: heavy,
      note: 'a very heavy rewrite, few phrases kept, except that one sentence is kept exactly: "Most earthquakes and volcanoes occur along plate boundaries."'
    },
    {
      level: 'non',
      text: nonVolcanoAnswer,
      note: 'an answer on volcanoes: magma, Ring of Fire, plates sinking beneath, mantle, plate boundary'
    },
    {
      level: 'non',
      text: nonIceland,
      note: 'Iceland on the Mid-Atlantic Ridge: plates moving apart by centimetres a year, rift, volcanoes and earthquakes'
    },
    {
      level: 'non',
      text: nonReference,
      note: 'another reference entry written without the source: plates, mantle, subduction, ridges, continents, in sentences of its own'
    }
  ]
}
