// Held out, fourth batch. An encyclopedia-style article on photosynthesis, and students' short answers
// written from it (or not), after the short-answer corpus of Clough and Stevenson.
import type { AnswerSet } from '../answers/types'

const source = `Photosynthesis is the process by which green plants, algae and some bacteria convert light energy into chemical energy that is stored in sugars. It takes place mainly in the leaves, inside organelles called chloroplasts, which contain the green pigment chlorophyll. The overall reaction can be summarised as carbon dioxide plus water, in the presence of light, giving glucose and oxygen.

The process has two main stages. In the light-dependent reactions, which occur in the thylakoid membranes, chlorophyll absorbs light and the energy is used to split water molecules. This releases oxygen as a by-product and produces two energy carriers, ATP and NADPH. In the second stage, the Calvin cycle, which takes place in the stroma, the plant uses ATP and NADPH to fix carbon dioxide from the air into three-carbon sugars. These are later built into glucose, starch and cellulose.

The rate of photosynthesis depends on light intensity, the concentration of carbon dioxide and temperature. When one of these is in short supply it becomes the "limiting factor", and increasing the others has little effect. This is why growers sometimes add carbon dioxide to greenhouses.

Photosynthesis is the source of almost all the oxygen in the atmosphere and of the energy in nearly every food chain on Earth. Fossil fuels such as coal and oil are the remains of organisms that captured sunlight millions of years ago.`

const cut = `Photosynthesis is the process by which green plants, algae and some bacteria convert light energy into chemical energy that is stored in sugars. It takes place mainly in the leaves, inside organelles called chloroplasts, which contain the green pigment chlorophyll.

The process has two main stages. In the light-dependent reactions, which occur in the thylakoid membranes, chlorophyll absorbs light and the energy is used to split water molecules. This releases oxygen as a by-product and produces two energy carriers, ATP and NADPH. In the second stage, the Calvin cycle, the plant uses ATP and NADPH to fix carbon dioxide from the air into three-carbon sugars, which are later built into glucose, starch and cellulose.

The overall reaction can be summarised as carbon dioxide plus water, in the presence of light, giving glucose and oxygen. The rate of photosynthesis depends on light intensity, the concentration of carbon dioxide and temperature. When one of these is in short supply it becomes the “limiting factor”, and increasing the others has little effect.

Photosynthesis is the source of almost all the oxygen in the atmosphere and of the energy in nearly every food chain on Earth.`

const light = `Photosynthesis is the process in which green plants, algae and certain bacteria turn light energy into chemical energy, which is stored in sugars. It happens mostly in the leaves, inside structures called chloroplasts, which hold the green pigment chlorophyll. The whole reaction can be summed up as carbon dioxide and water, when light is present, producing glucose and oxygen.

There are two main stages to the process. In the light-dependent reactions, which happen in the thylakoid membranes, chlorophyll takes in light and this energy is used to break apart water molecules. This gives off oxygen as a by-product and makes two energy carriers, ATP and NADPH. In the second stage, called the Calvin cycle, which is located in the stroma, the plant uses the ATP and NADPH to fix carbon dioxide from the air into sugars with three carbons. These are afterwards made into glucose, starch and cellulose.

How fast photosynthesis goes depends on the light intensity, the carbon dioxide concentration and the temperature. If one of them is scarce it becomes the "limiting factor", and raising the others makes little difference. For this reason growers sometimes add carbon dioxide to their greenhouses.`

const heavy = `Almost every food chain on Earth, and nearly all the oxygen we breathe, can be traced back to photosynthesis. In this process plants, algae and a few kinds of bacteria capture the energy of light and lock it away as chemical energy in sugar. The work is done in the chloroplasts of leaf cells, whose chlorophyll gives plants their green colour. Put simply, carbon dioxide and water go in, and with the help of light, glucose and oxygen come out.

Biologists split photosynthesis into two stages. First come the light-dependent reactions on the thylakoid membranes: chlorophyll soaks up light, and that energy breaks water apart. Oxygen escapes as a waste product, while the energy is kept in ATP and NADPH. These two molecules then power the Calvin cycle in the stroma, where carbon dioxide taken from the air is fixed into small three-carbon sugars that the plant can turn into glucose, starch or cellulose.

Light, carbon dioxide and temperature all control how quickly this happens, and whichever is scarcest acts as the limiting factor. Greenhouse growers therefore sometimes pump in extra carbon dioxide. Even coal and oil are stored sunlight from ancient photosynthesis.`

const nonStudent = `Plants are autotrophs, which means they make their own food instead of eating other organisms. They do this by photosynthesis. The plant takes in carbon dioxide through small pores on the underside of its leaves called stomata, and it takes in water from the soil through its roots. Using the energy of sunlight, it turns these into glucose, and oxygen is released into the air as a waste product.

The word equation that we learned is: carbon dioxide + water → glucose + oxygen, with light and chlorophyll written above the arrow. Chlorophyll is the green chemical in the leaves that absorbs the light, mainly red and blue light, which is why leaves look green to us.

The glucose made in photosynthesis is used by the plant for respiration, to release energy, and it can be turned into starch for storage or cellulose for building cell walls. We tested leaves for starch with iodine in class, and leaves that had been kept in the dark did not turn blue-black.

Without photosynthesis there would be no food for animals and people, because all food chains start with plants.`

const nonHistory = `The discovery of photosynthesis took more than two hundred years. In the 1640s the Flemish scientist Jan van Helmont grew a willow tree in a pot of weighed soil for five years. The tree gained a great deal of weight while the soil lost almost none, and he concluded, wrongly, that the plant was made only from water.

In 1771 Joseph Priestley showed that a sprig of mint could restore air in which a candle had burned out, so that a mouse could live in it again. A few years later Jan Ingenhousz found that plants only did this in light, and only with their green parts. Later scientists showed that plants take in carbon dioxide, and in the nineteenth century it was understood that light energy is turned into chemical energy stored in sugar.

The detailed chemistry came much later. In the 1950s Melvin Calvin and his colleagues used radioactive carbon to trace how carbon dioxide is fixed into sugars, and the Calvin cycle is named after him. He received the Nobel Prize in Chemistry in 1961.`

const nonReference = `Photosynthesis (from the Greek for "putting together with light") is the means by which plants, algae and cyanobacteria make organic compounds from inorganic ones, using sunlight as their source of energy. Nearly all life depends on it, directly or indirectly.

In plants the reactions happen in chloroplasts, small green bodies found mostly in the cells of the leaf. Chlorophyll a and chlorophyll b absorb red and blue light most strongly and reflect green light. Other pigments, the carotenoids, collect extra light and protect the cell from damage.

Biochemists divide the process into light-dependent reactions and light-independent reactions. In the first, energy from absorbed photons drives the splitting of water and the release of oxygen gas, and is stored briefly in ATP and NADPH. In the second, the enzyme RuBisCO attaches carbon dioxide to a five-carbon sugar, and the products are turned into sugars by the Calvin cycle.

Some plants of hot, dry places, such as maize and sugar cane, use a variant called C4 photosynthesis, which concentrates carbon dioxide and wastes less water.`

export const photosynthesis: AnswerSet = {
  topic: 'photosynthesis',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'copied sentences joined and reordered (the summary reaction moved down, "which takes place in the stroma" cut); the straight quotation marks around "limiting factor" turned curly in an otherwise identical sentence'
    },
    { level: 'light', text: light, note: 'every sentence kept in order, words swapped for synonyms; the last paragraph dropped' },
    {
      level: 'heavy',
      text: heavy,
      note: 'a fairly heavy rewrite: the closing point moved to the start, sentences merged and split, but keeps the technical terms (thylakoid membranes, ATP and NADPH, Calvin cycle, stroma, limiting factor)'
    },
    {
      level: 'non',
      text: nonStudent,
      note: 'a school answer from memory: carbon dioxide, water, glucose, oxygen, chlorophyll, starch, cellulose, food chains'
    },
    {
      level: 'non',
      text: nonHistory,
      note: 'the history of the discovery: light energy into chemical energy stored in sugar, carbon dioxide fixed into sugars, the Calvin cycle'
    },
    {
      level: 'non',
      text: nonReference,
      note: 'another reference entry written without the source: the same terms (chloroplasts, chlorophyll, light-dependent reactions, ATP and NADPH, Calvin cycle) in sentences of its own'
    }
  ]
}
