// Tuning. More texts written without the tuning sources, on their topics: the stock phrases and shared
// vocabulary that independent reports of one kind of event have (a second round of "non" answers,
// written after the first calibration showed that twelve were too few to learn from).
import type { Answer } from './types'

const non = (text: string, note: string): Answer => ({ level: 'non', text, note })

export const MORE_SAME_TOPIC: Record<string, Answer[]> = {
  'hosepipe-ban': [
    non(
      `Reservoir levels across the south of England have fallen sharply after one of the driest springs on record, and several water companies say restrictions may be needed if the weather stays dry.

The Environment Agency said rainfall between March and June was well below the long-term average in most of the region, and that river flows were at their lowest for the time of year since 1976. Farmers have been told that they may have to stop taking water from rivers for irrigation.

Water companies have urged their customers to use water wisely: to take shorter showers, to turn off the tap while brushing their teeth and to use a watering can rather than a hosepipe in the garden. One company said demand had risen to more than 2,000 million litres a day during the hot weather, far more than it could treat.

A temporary use ban, often known as a hosepipe ban, has not been imposed in the region since 2012.`,
      'a drought report: driest spring, long-term average, hosepipe ban, watering can'
    ),
    non(
      `Letters: Sir, once again my neighbours are fined if they water their roses with a hosepipe, while the water company loses a fifth of its water through leaking pipes. It is customers who are asked to save water, and customers who pay for the repairs, while shareholders are paid millions. If the company wants to protect supplies for essential use, let it fix its own pipes first. I have collected rainwater in butts for years and my garden has never looked better, but that is no excuse for the way the company has been run.`,
      'a letter: fined, hosepipe, protect supplies for essential use, leaks'
    )
  ],
  'fossil-find': [
    non(
      `A retired teacher walking her dog on a beach in Dorset has found the fossil of an ichthyosaur, a marine reptile that lived about 190 million years ago, after a storm washed away part of the cliff.

Sally Brooks noticed a row of vertebrae sticking out of a block of clay at the foot of the cliff near Charmouth and called the local heritage centre. Over the next two weeks volunteers and museum staff removed the skeleton, which is about three metres long and includes most of the backbone and part of the skull.

"A find like this is every collector's dream," said a curator at the heritage centre. Scientists will now clean and study the bones, which will go on display next year.`,
      'another fossil: found by a walker, block of clay, volunteers and museum staff, most of the backbone, on display next year'
    ),
    non(
      `Iguanodon was one of the first dinosaurs ever to be named. Its teeth, found in Sussex in the 1820s, looked like those of a modern iguana, only far larger, which is how it got its name.

It was a large plant eater, up to ten metres long, which lived in the early Cretaceous period, about 125 million years ago. It could walk on two legs or on four, and it had a large spike on each thumb, which may have been used for defence or for breaking open fruit and seeds. Its teeth were well suited to grinding tough plants such as ferns and horsetails.

Complete skeletons are rare. The best known come from a coal mine in Belgium, where more than thirty animals were found together in 1878.`,
      'an encyclopaedia entry: plant eater, early Cretaceous, 125 million years, ferns and horsetails, teeth'
    )
  ],
  'bike-scheme': [
    non(
      `A bike share scheme in Walsby has been suspended after a year, with the council saying that too many of its bikes were stolen or damaged.

The scheme began last spring with 300 bikes at 30 docking stations across the city, and riders could unlock a bike with a smartphone app and leave it at any station. But the operator said it had lost more than a third of the bikes, and that repairs cost more than the scheme earned.

Councillors said they still hoped to get more people cycling, and that they would look for another operator. Cycling groups said the scheme had been popular with students and commuters, and that the council should have done more to protect the bikes.`,
      'a failed bike share: docking stations, unlock with an app, leave it at any station, easy choice'
    ),
    non(
      `How to choose an electric bike. Most electric bikes sold in the UK are limited by law to an assisted speed of 15.5 miles an hour: above that, the motor stops helping and you pedal on your own. The range on a single charge depends on the battery, the hills and how much you pedal, but 30 to 60 miles is typical.

Think about where you will ride. For short trips in a city, a light bike with a small battery may be all you need; for commuting over longer distances, a bigger battery is worth the extra weight. Try several bikes before you buy, and ask how much a new battery costs: after a few years, it will need replacing.`,
      'a buyer’s guide: 15.5 miles an hour, range on a single charge'
    )
  ],
  'artefacts-returned': [
    non(
      `A German museum has handed back twenty bronze sculptures to Nigeria at a ceremony in Abuja, more than a century after they were taken by British soldiers in 1897.

The sculptures, part of the collection known as the Benin Bronzes, were bought by German museums from dealers in the years after the British military expedition. The museum's director said there was no doubt that the objects had been looted and that they belonged to the people of Nigeria.

Some of the sculptures will remain in Germany on loan for several years, so that visitors can continue to learn about the art of the kingdom of Benin. Nigeria's culture minister thanked the museum and said the return was a day of joy.`,
      'the Benin bronzes: taken by British soldiers in 1897, no doubt looted, on loan, a day of joy'
    ),
    non(
      `Museums in Britain are governed by laws that make it difficult to give objects away. The trustees of many national museums are forbidden to remove objects from their collections, even when they believe that the objects were looted, unless the objects are damaged or duplicates.

Smaller museums, owned by universities or by local councils, are not bound by the same rules, and several of them have returned objects in recent years after studying the history of how they were acquired. Campaigners argue that the law should be changed so that national museums can make the same decisions.`,
      'museum law: trustees, looted, returned objects after studying their history'
    )
  ],
  'frog-species': [
    non(
      `Scientists have rediscovered a frog that had not been seen for more than thirty years and was feared to be extinct. The harlequin toad, a brightly coloured species from the cloud forests of Ecuador, was found by a team surveying a remote valley at a height of about 2,000 metres.

The researchers heard the toads before they saw them, and found a small population living along a stream. They say the species is critically endangered, and that the valley is threatened by mining and by the fungal disease chytrid, which has wiped out many frog populations in the Andes.

"We are lucky to have found it, but we may lose it again if we do not protect this forest," said the leader of the survey.`,
      'a rediscovered toad: cloud forests of Ecuador, heard before seen, mining, endangered'
    ),
    non(
      `Most frogs lay their eggs in water, where they hatch into tadpoles that later change into frogs. But hundreds of species, especially in the tropics, skip the tadpole stage altogether. Their eggs are laid on land, in damp moss or leaf litter, and tiny froglets hatch directly from them.

This is called direct development, and it allows frogs to live far from ponds and streams, high in mountains and in forests where standing water is rare. The largest group of such frogs, the rain frogs of the genus Pristimantis, has more than 500 species, and new ones are described every year.`,
      'direct development explained: damp moss, tiny froglets hatch directly, Pristimantis'
    )
  ],
  'school-asbestos': [
    non(
      `Dear parents and carers,

I am writing to let you know that the school will be closed to pupils on Friday 13 October because of a problem with the heating system, which engineers have not been able to repair. We have decided that we cannot keep the school open safely without heating in the current weather.

Work will be set for all pupils on the school's website, and teachers will be available by email. We expect the school to reopen as normal on Monday, and we will write to you again if this changes.

Yours sincerely,
Headteacher`,
      'another letter home: I am writing to let you know, closed, safely, Yours sincerely'
    ),
    non(
      `Hundreds of schools in England still contain asbestos that could put pupils and staff at risk, according to a report by MPs published on Thursday.

The report said that many buildings put up between the 1950s and the 1970s had asbestos in their ceiling tiles, walls and pipes, and that the government did not know how much of it was in poor condition. Teachers' unions called for all asbestos to be removed from schools within the next twenty years.

The Department for Education said asbestos was safe if it was in good condition and left undisturbed, and that schools were required to keep a record of where it was found and to check its condition regularly.`,
      'a report on asbestos in schools: ceiling tiles, good condition, check its condition'
    )
  ]
}
