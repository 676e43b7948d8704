// Held out, fifth batch. A news report of a court striking down a city’s ban on holiday lets, reports
// written from it, a column quoting it, and pieces on the same ruling written without it.
import type { AnswerSet } from '../answers/types'

const source = `A judge has struck down a ban on short-term holiday lets in the coastal city of Port Alden, ruling that the city council went beyond its powers when it barred homeowners from renting out whole properties for fewer than 30 nights.

In a 42-page judgment handed down on Thursday at the Regional Administrative Court, Judge Miriam Castell said the council had "every right to be concerned" about the effect of holiday lets on housing, but that the law allowed it only to regulate such lets through licensing, not to prohibit them outright.

The ban, approved by the council in a 9–6 vote last April, came into force in September. It was challenged by the Port Alden Hosts Association, which represents about 350 owners, and by two individual landlords. They argued that the ban had cost them their main source of income and that the council had failed to consult them properly.

Judge Castell rejected the argument about consultation, finding that the council's six-week public consultation had been adequate. But she ruled that the Housing and Tourism Act allowed local authorities to limit the number of lets, set safety standards and charge licence fees, and "nowhere gives a council the power to abolish a lawful use of private property."

The council said it was disappointed and was considering an appeal. Deputy mayor Rafael Moreno said: "Our young people and key workers cannot find homes in this city. We took this decision because the housing crisis is real, and that has not changed."

Marco Ferri, chair of the hosts association, welcomed the ruling. "This is a victory for hundreds of families who have done nothing wrong," he said. "We are ready to work with the council on sensible rules."

The city has about 2,900 registered holiday lets, roughly one in eleven homes in the old town. The ban will not be enforced while the council decides whether to appeal, which it must do within 28 days.`

const cutOwn = 'Similar bans have been introduced in several European cities in recent years.'

const cut = `A judge has struck down a ban on short-term holiday lets in Port Alden, ruling that the city council went beyond its powers when it barred homeowners from renting out whole properties for fewer than 30 nights.

Judge Miriam Castell said the council had "every right to be concerned" about the effect of holiday lets on housing, but that the law allowed it only to regulate such lets through licensing, not to prohibit them outright.

The ban came into force in September. It was challenged by the Port Alden Hosts Association, which represents about 350 owners, and by two individual landlords.

The judge ruled that the Housing and Tourism Act allowed local authorities to limit the number of lets, set safety standards and charge licence fees, and "nowhere gives a council the power to abolish a lawful use of private property."

${cutOwn}

Deputy mayor Rafael Moreno said: "Our young people and key workers cannot find homes in this city. We took this decision because the housing crisis is real, and that has not changed."

The ban will not be enforced while the council decides whether to appeal, which it must do within 28 days.`

const light = `A judge has overturned a ban on short-term holiday rentals in the seaside city of Port Alden, finding that the city council exceeded its powers when it stopped homeowners letting entire properties for less than 30 nights.

In a 42-page ruling issued on Thursday at the Regional Administrative Court, Judge Miriam Castell said the council had every right to worry about the impact of holiday lets on housing, but that the law only permitted it to control such lets through licences, not to forbid them completely.

The ban, passed by the council by nine votes to six last April, took effect in September. It was contested by the Port Alden Hosts Association, which speaks for around 350 owners, and by two landlords acting alone. They said the ban had taken away their main income and that the council had not consulted them properly.

The judge dismissed the complaint about consultation, deciding that the council's six-week public consultation had been sufficient. However, she found that the Housing and Tourism Act lets local authorities cap the number of lets, lay down safety standards and charge licence fees, but nowhere allows a council to abolish a lawful use of private property.

The council said it was disappointed and was thinking about an appeal. Deputy mayor Rafael Moreno said young people and key workers could not find homes in the city, and that the housing crisis was real and had not changed.`

const heavyNational = `Port Alden's council is considering an appeal after a judge ruled that it had no power to stop homeowners renting out whole properties for fewer than 30 nights.

Judge Miriam Castell of the Regional Administrative Court accepted that the council had "every right to be concerned" about what holiday lets do to housing. But the Housing and Tourism Act, her 42-page judgment says, lets local authorities cap the number of lets, set safety standards and charge licence fees, and "nowhere gives a council the power to abolish a lawful use of private property." The ban, passed 9–6 last April and in force since September, therefore falls.

The challenge came from the Port Alden Hosts Association, which speaks for some 350 owners, and two landlords, who said they had lost their main income. Their complaint about consultation failed: six weeks was enough, the judge found.

About 2,900 holiday lets are registered in the city, one in eleven homes in the old town. Deputy mayor Rafael Moreno said the housing crisis "is real, and that has not changed". Marco Ferri, who chairs the hosts' group, called the ruling "a victory for hundreds of families who have done nothing wrong". The ban will not be enforced while the council spends up to 28 days deciding whether to appeal.`

const heavyNewsletter = `Good news for owners in Port Alden: the court cancelled the ban of short holiday rentals that the city introduced in September. The ban said you cannot rent a whole apartment or house for less than 30 nights. Now Judge Miriam Castell decided the council had not the power for this.

According to the judge, the Housing and Tourism Act give to the councils the possibility to make licences, to limit how many lets there are, to ask for safety standards and fees – but not to forbid completely. So the ban is illegal. On the other side, the complaint that the consultation was not correct was refused, six weeks was enough for the judge.

The case was made by the Port Alden Hosts Association (around 350 members) and two private landlords, who lost their principal income.

The council is not happy and maybe will appeal, they have 28 days. Until then the ban is not applied. The deputy mayor Rafael Moreno said that the housing crisis is real. For our readers: if you have a property in the old town (there are about 2,900 holiday lets in the city), you can continue to rent for now, but keep your licence in order.`

const quoteBefore = `The judgment in the Port Alden holiday lets case will be read with relief by owners and with dismay by anyone who has tried to rent a flat in the old town this year. Its central sentence is short. The Housing and Tourism Act, the judge wrote,`

const quoteAfter = `That is a statement about the law, not about housing, and it is probably correct. Parliament wrote the act twelve years ago, when holiday lets were a few spare rooms above cafés, and it gave councils tools for a small problem. Nobody should blame the court for reading the act as it stands. The people to blame are the ministers who have been promising for three years to give cities stronger powers and have done nothing. If they want councils to protect homes for residents, they should say so in law, and quickly, before another summer passes.`

const quote = `${quoteBefore} "nowhere gives a council the power to abolish a lawful use of private property."

${quoteAfter}`

const nonSecondReport = `Holiday let owners in Port Alden were celebrating on Thursday evening after a court threw out the city's controversial ban, but tenants' groups warned that rents would keep rising.

Outside the courthouse, Sofia Lind, who rents out two flats near the harbour, said she had been close to selling. "Since September I have had no bookings at all. My husband and I were paying two mortgages with nothing coming in," she said.

Port Alden Tenants' Union spokesperson Jonas Keel said the ruling was "a disaster for ordinary renters". He said average rents in the old town had risen by 34% in five years and that the union's members were "being pushed out of the city where they were born".

Tourist office figures show that overnight stays in the city fell by 12% in the months after the ban came into force, though hoteliers reported their best autumn in a decade.

The city's lawyers are expected to advise the council next week on whether an appeal to the High Court is likely to succeed. Legal experts said the judgment turned on the wording of national law rather than the merits of the policy, which could put pressure on the government to change it.`

const nonExplainer = `Cities around the world have struggled to decide how to deal with short-term rentals since online platforms made it easy for anyone to let a spare room or an entire flat to tourists. Supporters say the lets bring visitors and money to neighbourhoods that hotels do not reach and help owners pay their mortgages. Critics say they take homes out of the long-term rental market, push up rents and turn residential streets into hotel districts.

Rules vary widely. Some cities allow owners to let their main home for a limited number of nights a year, for example 90 nights in London. Others require a licence and a registration number that must be shown in every advert. A few cities have banned lets of whole apartments in central districts altogether, or stopped issuing new licences.

Enforcement is often the hardest part. Councils have limited staff to check whether a listing is legal, and platforms have resisted sharing data about their hosts. Studies disagree about how large the effect on rents is; most find that short-term lets raise rents most in the small areas where they are concentrated, such as historic centres close to tourist sights.`

const nonLetter = `Sir, I have lived in Port Alden's old town for forty-one years, and I no longer know my neighbours. Of the twelve flats in my building, seven now have key boxes by the door and suitcases rattling up the stairs every Saturday. The baker on our street closed last year because there was nobody left to buy bread on a Tuesday in February.

I do not blame the people who let their flats. Most of them are not rich investors but families who inherited a property and found that tourists pay more than locals. But a city is not a hotel. When my granddaughter, a nurse at the General Hospital, looked for a flat last spring she found nothing she could afford within half an hour of her work.

Whatever the lawyers decide, the council was right to try to do something, and I hope it will not give up. If the law does not allow a ban, then let it use every other power it has: strict licences, a limit on the number of lets in each street and proper inspections. Otherwise the old town will be a beautiful museum with nobody living in it.

Elena Bruni, Via Marina`

export const holidayLetsRuling: AnswerSet = {
  topic: 'holiday-lets-ruling',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      own: [cutOwn],
      note: 'cut: a local site’s copy – paragraphs 1, 2, 3, 4, 5 and 7 trimmed (the vote, the grounds of challenge, the consultation finding, the hosts’ chair dropped), quotation marks kept, one sentence own'
    },
    {
      level: 'light',
      text: light,
      note: 'light: a wire rewrite, paragraphs 1–5 in order, synonyms ("struck down" → "overturned", "prohibit" → "forbid"), quotes turned to reported speech'
    },
    {
      level: 'heavy',
      text: heavyNational,
      note: 'heavy: a national paper’s analysis leading on the appeal, paragraphs merged and reordered, the judgment’s quoted words and several of the report’s clauses kept'
    },
    {
      level: 'heavy',
      text: heavyNewsletter,
      own: ['you can continue to rent for now, but keep your licence in order.'],
      note: 'heavy: an owners’ newsletter by a non-native writer (Italian), advice to readers added, grammar errors'
    },
    {
      level: 'quote',
      text: quote,
      own: [quoteBefore, quoteAfter],
      note: 'an opinion column of its own quoting the judgment’s sentence as the report gives it'
    },
    {
      level: 'non',
      text: nonSecondReport,
      note: 'second witness: another outlet’s reporting outside court – an owner, the tenants’ union, tourism figures; shares the city, the ban, the appeal'
    },
    {
      level: 'non',
      text: nonExplainer,
      note: 'an explainer on short-term rental rules in cities, from general knowledge'
    },
    {
      level: 'non',
      text: nonLetter,
      note: 'a resident’s letter to the editor on holiday lets in the old town, written without the report'
    }
  ]
}
