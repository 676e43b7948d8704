// Held out, fourth batch. An encyclopedia-style article on herd immunity, and students' short answers
// written from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `Herd immunity is a form of indirect protection from an infectious disease that occurs when a large enough proportion of a population has become immune, either through vaccination or through previous infection. When most people are immune, an infected person is unlikely to meet someone who can catch the disease, so chains of transmission are broken and the disease cannot spread widely.

Herd immunity protects people who cannot be vaccinated, such as newborn babies, people with weakened immune systems and people who are allergic to a vaccine's ingredients.

The proportion of the population that must be immune is called the herd immunity threshold. It depends on the basic reproduction number, or R0, which is the average number of people one infected person would infect in a population with no immunity. The threshold can be estimated as 1 − 1/R0. For measles, which is highly contagious and has an R0 of 12 to 18, about 95% of the population needs to be immune. For polio the figure is about 80%.

Herd immunity through vaccination made it possible to eradicate smallpox, declared in 1980, and has brought other diseases close to elimination in many countries. However, when vaccination rates fall, outbreaks can return. Trying to reach herd immunity by letting a disease spread naturally, without a vaccine, would cause large numbers of severe illnesses and deaths.`

const cut = `Herd immunity is a form of indirect protection from an infectious disease that occurs when a large enough proportion of a population has become immune, either through vaccination or through previous infection. When most people are immune, an infected person is unlikely to meet someone who can catch the disease, so chains of transmission are broken.

Herd immunity protects people who cannot be vaccinated, such as newborn babies, people with weakened immune systems and people who are allergic to a vaccine’s ingredients.

The proportion of the population that must be immune is called the herd immunity threshold. It depends on the basic reproduction number, or R0, which is the average number of people one infected person would infect in a population with no immunity. The threshold can be estimated as 1 - 1/R0. For measles, which is highly contagious and has an R0 of 12 to 18, about 95 % of the population needs to be immune.

Herd immunity through vaccination made it possible to eradicate smallpox, declared in 1980. However, when vaccination rates fall, outbreaks can return.`

const light = `Herd immunity is a kind of indirect protection against an infectious disease which happens when a big enough share of a population has become immune, through vaccination or through having had the infection before. When most people are immune, someone who is infected is unlikely to come into contact with a person who can catch the disease, so chains of transmission are broken and the disease is unable to spread widely.

Herd immunity protects those who cannot be vaccinated, for example newborn babies, people whose immune systems are weak and people who are allergic to ingredients in a vaccine.

The share of the population that needs to be immune is known as the herd immunity threshold. It depends on the basic reproduction number, R0, which is the average number of people one infected person would pass the disease to in a population without any immunity. For measles, which is extremely contagious and has an R0 of 12 to 18, roughly 95% of people need to be immune. For polio it is around 80%.

Herd immunity through vaccination allowed smallpox to be eradicated, which was declared in 1980. But if vaccination rates drop, outbreaks can come back.`

const heavy = `A disease needs new people to infect. If enough of a population is immune to it, whether because they have been vaccinated or because they have already had it, each infected person will rarely come across anyone who can still catch it, and the chains of transmission break. This indirect protection is called herd immunity, and it matters most for those who cannot be vaccinated themselves: newborn babies, people with weak immune systems and those allergic to something in a vaccine.

How many people need to be immune depends on how infectious the disease is. Epidemiologists measure this with the basic reproduction number, R0, the average number of people that one case would infect if nobody were immune, and the threshold is roughly 1 − 1/R0. Measles, with an R0 of 12 to 18, therefore needs about 95% immunity, while polio needs about 80%.

Vaccination has used this effect to wipe out smallpox, which was declared eradicated in 1980, and to bring other diseases close to elimination, but outbreaks return when fewer people are vaccinated. Relying on natural infection instead of a vaccine would mean many severe illnesses and deaths.`

const heavyKeeps = `When a large enough proportion of a population is immune to an infectious disease, either because of vaccination or because of previous infection, the disease cannot spread widely. An infected person is then unlikely to meet anyone who can still catch it, so the chains of transmission are broken. This indirect protection is known as herd immunity.

It is especially important for people who cannot be vaccinated. Newborn babies, people with weakened immune systems and people allergic to a vaccine's ingredients all depend on it.

How large the immune proportion must be, the herd immunity threshold, depends on the basic reproduction number, R0. This is the average number of people that one infected person would infect if nobody in the population were immune. The threshold is estimated as 1 − 1/R0, so highly contagious diseases need a high threshold: for measles, with an R0 of 12 to 18, it is about 95%, while for polio it is about 80%.

Vaccination made it possible to eradicate smallpox (declared in 1980) and has brought other diseases close to elimination in many countries, but outbreaks can return if vaccination rates fall. Reaching herd immunity by letting a disease spread naturally would mean large numbers of severe illnesses and deaths.`

const nonParents = `Should I vaccinate my child? Questions parents ask

Vaccines work by training the immune system to recognise a germ, so that if your child meets the real disease later, their body can fight it off quickly. Most vaccines are given as injections, and some need more than one dose to give full protection.

Like all medicines, vaccines can have side effects. The most common are a sore arm, a slight fever or a grumpy baby for a day or two. Serious reactions are very rare, and the staff at your clinic are trained to deal with them.

Some parents worry that giving several vaccines at once could overload a baby's immune system. It cannot. Babies' immune systems deal with thousands of germs every day, and the vaccines contain only a tiny number of antigens by comparison.

Vaccinating your child also protects others. Some children cannot have certain vaccines because they are having treatment for cancer or have another illness. They depend on the people around them being vaccinated. If you have questions, talk to your health visitor, practice nurse or GP.`

const nonCovidDebate = `In the first months of the Covid-19 pandemic, the phrase herd immunity became the centre of a fierce public argument.

Some scientists and politicians suggested that the virus could be allowed to spread among younger, healthier people, who were less likely to become seriously ill, while older and vulnerable people were shielded. Once enough people had been infected, they argued, the epidemic would die out. Critics replied that it was impossible to shield the vulnerable properly, that hospitals would be overwhelmed, and that nobody knew how long immunity after infection would last.

Sweden, which avoided a strict lockdown, was often described as trying this approach, although its government denied that it had a herd immunity strategy. Its death rate in 2020 was higher than its Nordic neighbours' but lower than that of many other European countries.

When vaccines arrived at the end of 2020, the debate changed. New variants of the virus, and the fact that protection against infection faded over time, meant that Covid-19 was unlikely ever to be stopped completely in the way that smallpox had been.`

export const herdImmunity: AnswerSet = {
  topic: 'herd-immunity',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'copied with cuts; the formula’s minus sign (U+2212) as a hyphen, "95%" with a space before the sign, a curly apostrophe in "vaccine’s"; polio and the last sentence dropped'
    },
    { level: 'light', text: light, note: 'sentences kept in order with synonyms; the formula and the last sentence dropped' },
    {
      level: 'heavy',
      text: heavy,
      note: 'a heavy rewrite: opens with the idea rather than the definition, the vulnerable groups folded into the first paragraph; keeps "chains of transmission", "basic reproduction number", the figures and the formula'
    },
    {
      level: 'heavy',
      text: heavyKeeps,
      note: 'a second heavy rewrite that keeps more: the definition turned round (the condition first), sentences split, the vulnerable groups and the threshold rebuilt, but many phrases kept'
    },
    {
      level: 'non',
      text: nonParents,
      note: 'a vaccination leaflet: immune system, vaccines protect others, some children cannot have certain vaccines'
    },
    {
      level: 'non',
      text: nonCovidDebate,
      note: 'the Covid-19 argument: herd immunity, enough people infected, immunity after infection, smallpox'
    }
  ]
}
