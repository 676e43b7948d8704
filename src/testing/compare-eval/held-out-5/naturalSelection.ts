// Held out, fifth batch. An encyclopedia-style article on natural selection, and students' short answers
// to "What is natural selection, and how did Darwin arrive at the idea?" written from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `Natural selection is the differential survival and reproduction of individuals due to differences in their heritable traits. It is a key mechanism of evolution, the change in the heritable characteristics of populations over successive generations. Charles Darwin popularised the term, contrasting it with artificial selection, in which breeders deliberately choose which animals or plants will reproduce.

Variation exists within all populations of organisms. It arises partly because random mutations occur in the genome of an individual, and partly because sexual reproduction shuffles existing genes into new combinations. Some variations help an individual to survive and reproduce in its environment; individuals with such traits tend to leave more offspring, and over many generations the advantageous traits become more common in the population. This process can produce adaptations that fit organisms to their particular ecological niches and may eventually give rise to new species.

Darwin developed the idea after his voyage on HMS Beagle between 1831 and 1836, during which he observed the finches, tortoises and mockingbirds of the Galápagos Islands. He was also influenced by Thomas Malthus's essay on population, which argued that populations grow faster than their food supply. Alfred Russel Wallace reached a similar conclusion independently while working in the Malay Archipelago, and papers by both men were presented to the Linnean Society of London in 1858. Darwin's book On the Origin of Species appeared the following year.

Darwin did not know how traits were passed from parents to offspring. The work of Gregor Mendel on inheritance in pea plants, published in 1866, was largely overlooked until 1900. In the 1930s and 1940s the modern synthesis combined Darwin's theory with Mendelian genetics and population genetics, and natural selection is now regarded as the main explanation for adaptation.

Well-studied examples include the peppered moth in industrial England, where dark forms became common when soot blackened tree trunks, and the evolution of resistance to antibiotics in bacteria. Natural selection acts on the phenotype, the observable characteristics of an organism, but only the genetic basis of the phenotype is passed to the next generation.`

const cutLink = 'This is what people mean by survival of the fittest.'

const cutEnd =
  'In conclusion, natural selection explains how species change over time without any designer, and it is still the basis of modern biology.'

const cut = `Natural selection is the differential survival and reproduction of individuals due to differences in their heritable traits. It is a key mechanism of evolution. Variation exists within all populations of organisms, partly because random mutations occur in the genome of an individual. Individuals with traits that help them to survive and reproduce tend to leave more offspring, and over many generations the advantageous traits become more common in the population. ${cutLink}

Darwin developed the idea after his voyage on HMS Beagle between 1831 and 1836, during which he observed the finches, tortoises and mockingbirds of the Galápagos Islands. He was also influenced by Thomas Malthus's essay on population, which argued that populations grow faster than their food supply. Alfred Russel Wallace reached a similar conclusion independently, and papers by both men were presented to the Linnean Society of London in 1858. Darwin's book On the Origin of Species appeared the following year.

Darwin did not know how traits were passed from parents to offspring. In the 1930s and 1940s the modern synthesis combined Darwin's theory with Mendelian genetics, and natural selection is now regarded as the main explanation for adaptation.

${cutEnd}`

const light = `Natural selection is the differential survival and reproduction of individuals because of differences in their inherited traits. It is a key mechanism of evolution, the change in the heritable characteristics of populations over successive generations. Charles Darwin made the term popular, contrasting it with artificial selection, where breeders deliberately choose which animals or plants are allowed to reproduce.

Variation is found within all populations of organisms. It comes about partly because random mutations occur in an individual's genome, and partly because sexual reproduction mixes existing genes into new combinations. Some variations help an individual to survive and reproduce in its environment; individuals with these traits usually leave more offspring, and over many generations the useful traits become more common in the population. This process can produce adaptations that suit organisms to their particular ecological niches and may in the end give rise to new species.

Darwin worked out the idea after his voyage on HMS Beagle from 1831 to 1836, when he observed the finches, tortoises and mockingbirds of the Galápagos Islands. He was also influenced by Thomas Malthus's essay on population, which claimed that populations grow faster than their food supply. Alfred Russel Wallace came to a similar conclusion independently while he was working in the Malay Archipelago, and papers by both men were read to the Linnean Society of London in 1858. Darwin's book On the Origin of Species came out the following year.`

const heavyGood = `Natural selection is, in Darwin's terms, the natural counterpart of artificial selection, in which breeders deliberately choose which animals or plants will reproduce. Nobody chooses in nature, but every population varies – mutations appear at random in the genome, and sexual reproduction reshuffles genes into new combinations – so some individuals are better able to survive and reproduce where they live. They tend to leave more offspring, and over many generations their advantageous traits spread through the population. Adaptations to a particular niche, and eventually new species, are the result.

Darwin came to this after the voyage of HMS Beagle (1831–36). The finches, tortoises and mockingbirds of the Galápagos showed him how species differ from island to island, and Malthus's essay, with its claim that populations outgrow their food supply, gave him the struggle that drives selection. Wallace hit on the same idea independently in the Malay Archipelago; their papers were read together at the Linnean Society in 1858, and the Origin of Species followed a year later.

What Darwin lacked was a theory of heredity. Mendel's pea experiments were ignored until 1900, and only the modern synthesis of the 1930s and 40s joined Darwin's theory to Mendelian genetics. The peppered moth and antibiotic resistance in bacteria are the classic examples today.`

const heavyWeak = `Darwin was on the ship HMS Beagle for five years and he visited the Galápagos Islands, there he saw finches, tortoises and mockingbirds which were different on each island. Later he read Malthus, who said that population grow more fast than the food. From this he make the theory of natural selection. At the same time Wallace had same idea in Malay Archipelago, so in 1858 both papers was presented in Linnean Society in London, and in 1859 Darwin published On the Origin of Species.

The theory say that in every population there is variation, because of mutations and because sexual reproduction mix the genes. When an individual have a trait which help him to survive and reproduce, he will have more offspring, so after many generations this trait is more common. This is how adaptation happen and also new species can appear. Darwin call it natural selection because it is like artificial selection that breeders do, but nobody is choosing.

A problem for Darwin was that he did not know how the traits are inherited. Mendel found it with pea plants but nobody read it until 1900. Later, in 1930s and 1940s, the modern synthesis put together Darwin theory and genetics. Example is peppered moth which became dark in industrial England.`

const nonTextbook = `The theory of evolution by natural selection was put forward by Charles Darwin in On the Origin of Species in 1859. It explains how living things change over time and how new species arise. The theory can be summarised in a few steps. First, organisms produce more offspring than can survive. Second, there is variation between individuals of the same species, and much of this variation is inherited. Third, there is a struggle for existence: individuals compete for food, mates and shelter, and many die before they reproduce. Finally, those individuals best suited to their environment are more likely to survive and pass on their genes. This is often called survival of the fittest, a phrase actually coined by Herbert Spencer.

Over long periods of time these small changes add up. Fossils show that species living today are different from those that lived millions of years ago, and comparative anatomy shows homologous structures, such as the bones in a human arm, a bat's wing and a whale's flipper. Today DNA evidence strongly supports the theory, because closely related species have similar DNA sequences.

Natural selection should not be confused with the idea of Lamarck, who believed that characteristics acquired during life, like a giraffe stretching its neck, could be passed on to offspring.`

const nonFinches = `Many people think Darwin understood evolution the moment he stepped onto the Galápagos Islands, but this is a myth. When the Beagle stopped there in 1835 Darwin collected birds without noting carefully which island each came from, and it was the ornithologist John Gould in London who later told him that the birds were all distinct species of finch. Darwin then had to rely partly on specimens collected by FitzRoy and other members of the crew.

Back in England, Darwin spent more than twenty years gathering evidence. He bred pigeons, corresponded with farmers and naturalists all over the world and spent eight years studying barnacles. He was worried about how his ideas would be received, especially by religious people and by his wife Emma, who was devout. It was only when a letter arrived from Wallace in 1858 describing almost the same theory that Darwin was pushed into publishing.

The finches are still studied today. Peter and Rosemary Grant spent decades on the small island of Daphne Major and measured the beaks of thousands of birds. After a drought in 1977 only finches with large, deep beaks could crack the hard seeds that remained, and the next generation had noticeably bigger beaks. This was evolution that could be observed within a human lifetime.`

const nonResistance = `Antibiotic resistance is a good example of evolution happening today. When a person takes antibiotics, most of the bacteria are killed, but a few bacteria may have a mutation which lets them survive. These bacteria then multiply and soon the whole infection is resistant. That is why doctors say you must finish the whole course of antibiotics and not stop when you feel better.

Resistant bacteria like MRSA are a big problem in hospitals because normal antibiotics do not work on them. Farmers also use a lot of antibiotics in animals, which makes the problem worse. The World Health Organization says antibiotic resistance is one of the biggest threats to global health.

Bacteria can evolve very quickly because they reproduce every twenty minutes or so, so there are thousands of generations in a short time. They can even swap genes with each other using small rings of DNA called plasmids. Scientists are trying to find new antibiotics, but not many new kinds have been discovered since the 1980s.`

export const naturalSelection: AnswerSet = {
  topic: 'natural-selection',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      own: [cutLink, cutEnd],
      note: 'cut: sentences of paragraphs 1–4 copied and stitched, clauses on sexual reproduction, Wallace’s archipelago and population genetics dropped, Mendel and the examples left out, a linking sentence and a conclusion own'
    },
    {
      level: 'light',
      text: light,
      note: 'light: paragraphs 1–3 in order, words swapped for synonyms ("popularised" → "made popular", "argued" → "claimed"), one sentence turned passive'
    },
    {
      level: 'heavy',
      text: heavyGood,
      note: 'heavy, good student: artificial selection first, Beagle and Malthus merged, clauses of the source (variation, offspring, the modern synthesis) kept inside reordered sentences'
    },
    {
      level: 'heavy',
      text: heavyWeak,
      note: 'heavy, non-native writer: starts with the voyage, retold in simple sentences with grammar errors, all of the source’s facts in a new order'
    },
    {
      level: 'non',
      text: nonTextbook,
      note: 'textbook answer from general knowledge: "theory of evolution by natural selection", Origin of Species, variation, offspring, survival of the fittest'
    },
    {
      level: 'non',
      text: nonFinches,
      note: 'essay from general knowledge on the Beagle, the finches, Wallace’s letter and the Grants’ study'
    },
    {
      level: 'non',
      text: nonResistance,
      note: 'weaker student on antibiotic resistance, from general knowledge: mutation, bacteria, evolution'
    }
  ]
}
