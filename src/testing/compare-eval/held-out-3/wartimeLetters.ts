// Held out, third batch. A soldier's letters from the First World War given to a town museum, and
// answers written from the report (or not).
import type { AnswerSet } from '../answers/types'

const source = `More than 600 letters written by a soldier from Kettering Cross to his wife during the First World War have been given to the town museum by his granddaughter, who found them in a suitcase in her attic.

Private Arthur Holloway wrote to his wife, Edith, almost every day from the time he joined the army in 1915 until he was wounded at Passchendaele in October 1917. The letters describe life in the trenches, the food, the mud and the deaths of his friends, but also ask about the couple's two young children and the vegetables in the garden.

Edith kept every letter, and many of her replies survive too, because Arthur carried them home in his kit bag when he was sent back to England to recover. He returned to work as a printer and died in 1962.

"They are the most complete record of one family's war that we have ever been offered," said the museum's curator, Dr Lucy Fenn. "You can follow a whole marriage through them."

Volunteers have begun to transcribe the letters, and the museum plans to publish them online, one each day, a hundred and ten years after they were written. A selection will go on display in November, alongside Arthur's medals and the battered suitcase.

His granddaughter, Margaret Cole, 79, said she had known the suitcase was there for years but had never opened it. "I sat on the attic floor and read until it got dark," she said.`

const cut = `More than 600 letters written by a soldier from Kettering Cross to his wife during the First World War have been given to the town museum by his granddaughter, who found them in a suitcase in her attic.

Private Arthur Holloway wrote to his wife, Edith, almost every day from the time he joined the army in 1915 until he was wounded at Passchendaele in October 1917 (more than two years of letters). The letters describe life in the trenches, the food, the mud and the deaths of his friends, but also ask about the couple’s two young children and the vegetables in the garden.

His granddaughter, Margaret Cole, 79, said she had known the suitcase was there for years but had never opened it. “I sat on the attic floor and read until it got dark,” she said.

“They are the most complete record of one family’s war that we have ever been offered,” said the museum’s curator, Dr Lucy Fenn. “You can follow a whole marriage through them.”

Volunteers have begun to transcribe the letters, and the museum plans to publish them online, one each day, 110 years after they were written.`

const light = `Over 600 letters that a soldier from Kettering Cross wrote to his wife in the First World War have been donated to the town museum by his granddaughter, who came across them in a suitcase in her loft.

Private Arthur Holloway wrote to his wife, Edith, nearly every day from when he enlisted in 1915 until he was wounded at Passchendaele in October 1917. The letters tell of life in the trenches, the food, the mud and the deaths of his friends, but they also ask about the couple's two small children and the vegetables in the garden.

Edith kept all of the letters, and many of her replies have survived as well, because Arthur brought them home in his kit bag when he was sent back to England to get better. He went back to his job as a printer and died in 1962.

"They are the fullest record of one family's war that we have ever been offered," said Dr Lucy Fenn, the museum's curator. "You can follow an entire marriage through them."

Volunteers have started transcribing the letters, and the museum intends to put them online, one a day, a hundred and ten years after they were written. A selection will be exhibited in November, together with Arthur's medals and the battered suitcase.

His granddaughter, Margaret Cole, 79, said she had known for years that the suitcase was there but had never opened it. "I sat on the attic floor and read until it got dark," she said.`

const heavy = `For years Margaret Cole left an old suitcase in her attic unopened. When she finally looked inside, she found the war of her grandfather, Arthur Holloway, told in over six hundred letters to his wife, and she sat reading them on the floor until the light went. She is 79, and she has now handed the whole collection to the museum in Kettering Cross.

Arthur enlisted in 1915 and wrote to Edith nearly every day until October 1917, when he was wounded at Passchendaele. He wrote about trench life, the rations, the mud and friends who were killed, and he asked after their two small children and how the vegetable patch was doing. Her side of the correspondence is there too: he kept her replies in his kit bag and brought them back to England when he was invalided home. He went on to work as a printer until his death in 1962.

Lucy Fenn, the curator, says the museum has never been offered so full an account of how one household lived through the war, and that a marriage can be traced from letter to letter. Volunteers are typing them up so that each can appear online exactly 110 years to the day after Arthur wrote it. In November some will be exhibited together with his medals and the suitcase itself.`

const nonDiary = `A diary kept by a nurse who served in France during the First World War has been bought by the county record office after it came up for sale at auction.

Sister Agnes Marlow, from Fenbury, worked in a field hospital behind the front line from 1916 to 1918. Her diary records the arrival of wounded soldiers after the battles of the Somme and Passchendaele, the long hours in the operating tent and the letters she wrote to the families of men who died in her care.

The record office paid 4,200 pounds for the diary, with help from a local history society. "Accounts by nurses are much rarer than letters from soldiers, and this one is remarkably detailed," said the county archivist.

The diary will be digitised and made available to researchers, and extracts will be read at a remembrance event in the town in November. The record office is also appealing for information about Sister Marlow's life after the war, about which little is known.`

const nonResearch = `If you have an ancestor who fought in the First World War, there are more ways than ever to find out about his service. Start with what the family already has: letters, photographs, medals and postcards often survive in attics and drawers, and a medal will usually carry the soldier's name, number and regiment.

With a name and a number you can search the medal index cards, which survive for almost every soldier who served overseas. Around 60 per cent of service records were destroyed by bombing in 1940, but it is always worth looking for the ones that survive. Battalion war diaries, kept by officers, describe where a unit was and what it did day by day.

Local museums and record offices often hold collections of letters from soldiers of the area, and many are being transcribed by volunteers and published online. Regimental museums can help too.

Finally, don't forget the local newspaper, which in 1914 to 1918 printed lists of the wounded and the dead, and sometimes letters home.`

export const wartimeLetters: AnswerSet = {
  topic: 'wartime-letters',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'paragraphs reordered; curly quotation marks and apostrophes; a bracketed aside of the writer’s own; "a hundred and ten" as 110',
      own: ['(more than two years of letters)']
    },
    { level: 'light', text: light },
    { level: 'heavy', text: heavy, note: 'begins with the granddaughter and tells the rest in time order' },
    {
      level: 'non',
      text: nonDiary,
      note: 'a nurse’s diary bought by a record office: First World War, Passchendaele, letters, digitised, November'
    },
    {
      level: 'non',
      text: nonResearch,
      note: 'a guide to researching a soldier: letters in attics, medals, transcribed by volunteers and published online'
    }
  ]
}
