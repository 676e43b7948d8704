// Tuning. A museum's release on a fossil discovery, and answers written from it (or not).
import type { AnswerSet } from './types'

const source = `A nearly complete skeleton of a plant-eating dinosaur, about 125 million years old, has been found in a quarry on the Isle of Wight, palaeontologists at the Dinosaur Isle Museum announced on Wednesday.

The animal, an iguanodontian about eight metres long, was found by a quarry worker, Mark Eldridge, who noticed bones sticking out of a block of clay last September. Over the following four months a team of volunteers and museum staff removed more than 200 bones, including most of the backbone, both hind legs and a skull in unusually good condition.

The dinosaur lived in the early Cretaceous period, when the island was part of a wide river plain with a warm climate. Its teeth suggest that it fed on ferns and horsetails. Scientists believe it may belong to a species not known before, but say that the bones must first be cleaned and compared with other finds.

The skeleton will go on display at the museum in Sandown next summer. "A find like this happens once in a generation," said the museum's curator, Dr Helen Pryce. "The skull alone will tell us more about how these animals ate than anything found on the island in the last fifty years."`

const cut = `A nearly complete skeleton of a plant-eating dinosaur, about 125 million years old, has been found in a quarry on the Isle of Wight, palaeontologists at the Dinosaur Isle Museum announced on Wednesday.

The animal, an iguanodontian about 8 metres long, was found by a quarry worker, Mark Eldridge, who noticed bones sticking out of a block of clay last September. Over the following four months a team of volunteers and museum staff removed more than 200 bones, including most of the backbone, both hind legs and a skull in unusually good condition.

The dinosaur lived in the early Cretaceous period, when the island was part of a wide river plain with a warm climate. Its teeth suggest that it fed on ferns and horsetails.

'A find like this happens once in a generation,' said the museum's curator, Dr Helen Pryce.`

const light = `An almost complete skeleton of a herbivorous dinosaur, roughly 125 million years old, has been discovered in a quarry on the Isle of Wight, fossil experts at the Dinosaur Isle Museum said on Wednesday.

The creature, an iguanodontian around eight metres in length, was spotted by quarry worker Mark Eldridge, who saw bones poking out of a lump of clay last September. During the next four months museum staff and volunteers dug out over 200 bones, among them most of the spine, both back legs and a remarkably well preserved skull.

The dinosaur lived in the early Cretaceous, when the island lay on a broad river plain with a warm climate, and its teeth indicate that it ate ferns and horsetails. Scientists think it could be a new species, but say the bones have to be cleaned and compared with other fossils first.

The skeleton is due to be shown at the museum in Sandown next summer.`

const heavy = `When Mark Eldridge saw bones jutting from a lump of clay in the quarry where he works, he could not have known what he had found. Four months of digging later, museum staff and volunteers have lifted out over two hundred of them, making up most of an eight-metre dinosaur that walked the Isle of Wight some 125 million years ago.

It was a plant eater, an iguanodontian, living on a warm river plain and, judging from its teeth, eating ferns and horsetails. Its backbone and both legs survive, but the prize is the skull, which is remarkably well preserved. It may even turn out to be a new species, although the team at Dinosaur Isle wants to clean the bones and compare them before saying so. Visitors to Sandown will be able to see it next summer; curator Helen Pryce calls it a once-in-a-generation discovery.`

const nonTourism = `The Isle of Wight is often called Dinosaur Island, and for good reason: more dinosaur remains have been found there than anywhere else in Europe. The cliffs of the south-west coast are made of clay and sandstone laid down in the early Cretaceous, when this corner of England was a plain crossed by rivers under a warm sky.

Every winter storms wash away parts of the cliffs and uncover new bones. Visitors can join guided fossil walks on the beaches at Compton Bay and Brook, where at low tide the footprints of large plant-eating dinosaurs can be seen in the rocks.

Collectors are asked to take only loose fossils from the beach, never to dig into the cliffs, which are dangerous and protected, and to report any important finds to the museum in Sandown. Many of the best specimens in the museum's collection were found by members of the public.`

const nonOtherFind = `Palaeontologists in Portugal have uncovered the remains of one of the largest dinosaurs ever found in Europe, in the garden of a house in the town of Pombal.

The bones belong to a sauropod, a long-necked plant eater that lived about 150 million years ago and may have been 25 metres long. The owner of the house found the first pieces of bone in 2017 while building an extension and called in scientists from the University of Lisbon.

Since then, excavations have revealed ribs, parts of the backbone and pieces of the legs, which lay in the position they would have had in the living animal. "It is not usual to find all the ribs of an animal like this," said one of the researchers. The team will return to the site next summer to continue digging, and hopes the bones will eventually be shown in a museum.`

export const fossilFind: AnswerSet = {
  topic: 'fossil-find',
  source,
  answers: [
    { level: 'cut', text: cut, note: 'single quotation marks, a figure for eight, the quote cut short' },
    { level: 'light', text: light },
    { level: 'heavy', text: heavy },
    { level: 'non', text: nonTourism, note: 'the island as Dinosaur Island: early Cretaceous, wide river plain, warm climate' },
    { level: 'non', text: nonOtherFind, note: 'another dinosaur dig: plant eater, backbone, volunteers' }
  ]
}
