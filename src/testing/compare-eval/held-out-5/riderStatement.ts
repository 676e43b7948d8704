// Held out, fifth batch. A cyclist's statement on a positive doping test, reports written from it, and
// reports of the same case written without it (the agency's notice, the team's statement, a feature).
import type { AnswerSet } from '../answers/types'

const source = `Statement from Marta Lindqvist

On 14 March I was informed by the International Cycling Integrity Agency that a urine sample I provided at the Tour of the Basque Hills on 2 February contained a small amount of trimetazidine, a substance on the prohibited list. I have been provisionally suspended and I will not race until this case is resolved.

I want to say clearly that I have never knowingly taken a banned substance. In fourteen years as a professional I have been tested more than two hundred times, and every one of those tests has been negative. I understand how this looks, and I understand that many people will not believe me. I would probably feel the same in their place.

The concentration found in my sample was 0.8 nanograms per millilitre, which my lawyers and independent experts tell me is consistent with contamination rather than deliberate use. Since I was informed, my team and I have been trying to find out how the substance entered my body. We have sent every supplement and medication I used in January for testing at an accredited laboratory, and we are waiting for the results.

I have requested the analysis of my B sample, which will take place in Lausanne on 3 April. I will cooperate fully with the agency and I will make all of the evidence public when the process allows it.

This has been the hardest week of my life. I have had to tell my family, my teammates and the young riders I coach that my name is connected with doping, something I have fought against my whole career. To all of them I say: I will fight this with the truth.

I would like to thank my team, Nordvik Cycling, for their support, and I ask the media to respect the privacy of my family while the case continues. I will not answer further questions until the B sample has been analysed.`

const cutBackground =
  'The 36-year-old won the world time trial title in 2019 and had been expected to lead Nordvik Cycling at the spring classics.'

const cut = `Swedish cyclist Marta Lindqvist has been provisionally suspended after a urine sample she provided at the Tour of the Basque Hills on 2 February contained a small amount of trimetazidine, a substance on the prohibited list.

In a statement released on Tuesday, Lindqvist said: "I want to say clearly that I have never knowingly taken a banned substance. In fourteen years as a professional I have been tested more than two hundred times, and every one of those tests has been negative. I understand how this looks, and I understand that many people will not believe me."

The concentration found in her sample was 0.8 nanograms per millilitre, which her lawyers and independent experts say is consistent with contamination rather than deliberate use. She has sent every supplement and medication she used in January for testing at an accredited laboratory.

The analysis of her B sample will take place in Lausanne on 3 April.

"This has been the hardest week of my life," she said. "I have had to tell my family, my teammates and the young riders I coach that my name is connected with doping, something I have fought against my whole career."

${cutBackground}`

const light = `Marta Lindqvist said that on 14 March she was told by the International Cycling Integrity Agency that a urine sample she provided at the Tour of the Basque Hills on 2 February contained a small amount of trimetazidine, a substance on the prohibited list. She has been provisionally suspended and will not race until the case is settled.

She said she had never knowingly taken a banned substance. In fourteen years as a professional she has been tested more than two hundred times, and every one of those tests was negative. She understood how it looked, she said, and understood that many people would not believe her; she would probably feel the same in their position.

The concentration found in her sample was 0.8 nanograms per millilitre, which her lawyers and independent experts say fits with contamination rather than deliberate use. Since she was informed, she and her team have been trying to establish how the substance entered her body. They have sent every supplement and medicine she used in January for testing at an accredited laboratory and are waiting for the results.

She has asked for the analysis of her B sample, which will take place in Lausanne on 3 April. She will cooperate fully with the agency, she said, and will make all of the evidence public when the process allows it.

She called it the hardest week of her life, saying she had had to tell her family, her teammates and the young riders she coaches that her name was linked with doping.`

const heavyReport = `Marta Lindqvist has blamed contamination for a positive test that has put her career on hold. The Nordvik Cycling rider, who says she has been tested more than two hundred times in fourteen years as a professional, will have her B sample analysed in Lausanne on 3 April.

A small amount of trimetazidine, a substance on the prohibited list, was found in a urine sample she provided at the Tour of the Basque Hills on 2 February. The concentration was 0.8 nanograms per millilitre, which her lawyers and independent experts say is consistent with contamination rather than deliberate use. Every supplement and medication she used in January has been sent for testing at an accredited laboratory.

The International Cycling Integrity Agency told her of the finding on 14 March, and she has been provisionally suspended. She will not race until the case is over.

"I understand how this looks, and I understand that many people will not believe me," Lindqvist said. She described telling her family, her teammates and the young riders she coaches as the hardest part, because she has fought against doping her whole career.

She has promised to make the evidence public when the process allows, and will take no more questions until the B sample has been analysed. Her team has stood by her.`

const heavyBlog = `Bad news for fans of Marta Lindqvist: the veteran is out of racing after traces of a banned drug turned up in her urine. The drug is trimetazidine, and the test was done back on 2 February at the Tour of the Basque Hills – she found out only on 14 March.

Lindqvist's defence is contamination. The amount was tiny, 0.8 ng/ml, and her lawyers say independent experts agree it doesn't look like doping on purpose. She and Nordvik Cycling are now testing all her January supplements and medicines at an accredited lab to find where it came from. The B sample gets analysed in Lausanne on 3 April.

Her record helps: 14 years as a pro, over 200 tests, never a positive one. Still, she admits plenty of people won't buy her story, and says she wouldn't either if she were them.

It's clearly hit her hard. She called it the hardest week of her life and said telling her family and the kids she coaches was awful, because she has always fought against doping. "I will fight this with the truth," she said. She's asked the press to leave her family alone and won't talk again until the B result.`

const nonAgency = `The International Cycling Integrity Agency (ICIA) has confirmed that Swedish rider Marta Lindqvist is provisionally suspended following an adverse analytical finding for trimetazidine.

In a short notice published on its website on Tuesday, the agency said the sample was collected in competition and that the rider had been notified in accordance with its rules. Trimetazidine, a drug used to treat angina, has been on the World Anti-Doping Agency's prohibited list since 2014 and is classed as a metabolic modulator. Because it is a non-specified substance, a provisional suspension is mandatory.

"The provisional suspension does not mean that the athlete has committed an anti-doping rule violation," ICIA director Paul Ferrand told reporters in Geneva. "Every athlete is entitled to a fair hearing, and we will not comment on the merits of the case until it is closed."

Ferrand added that the agency had carried out 14,200 tests in cycling last year, of which 31 led to adverse findings. Several of those cases were later closed after riders showed that the substance came from a contaminated product.

If an anti-doping rule violation is established, Lindqvist faces a ban of up to four years, which could be reduced if she proves no significant fault or negligence.`

const nonFeature = `Contamination has become one of the most common defences in anti-doping cases, and sometimes it works. Modern laboratories can detect substances at concentrations of a few billionths of a gram per millilitre, which means that a trace in a supplement, a glass of water or even a kiss can produce a positive test.

Several athletes have been cleared after showing that a banned substance came from meat, medication or a partner's prescription. In one well-known case a swimmer tested positive after eating burritos containing contaminated pork; in another a tennis player proved that a diuretic came from a relative's medicine. Tribunals, however, usually demand that the athlete identify the exact source, and saying only that a sample must have been contaminated is almost never enough.

For this reason many teams now buy only supplements that have been batch-tested by an independent laboratory and keep a sample of each batch in a freezer. Riders are told to record every product they take.

Anti-doping officials point out that contamination claims are also used by cheats, and that very low concentrations can be the tail end of a deliberate dose taken days earlier. Whether a case is decided in the athlete's favour often depends on the quality of the scientific evidence rather than on the athlete's reputation.`

const nonTeam = `Nordvik Cycling says it will continue to support Marta Lindqvist while her case is heard, but has removed her from the team's roster for the Flanders races.

"We have known Marta for eight years, and nothing in her behaviour has ever given us reason to doubt her," said general manager Henrik Aas in a press release on Wednesday. "At the same time we respect the process and we will follow the rules completely."

The team said it had given the anti-doping authorities access to its medical records and that its doctor, Ingrid Solberg, had started an internal review of all products supplied to riders since December. No other rider on the team has returned an adverse finding.

Aas said the team's zero-tolerance policy remained in place. "If it is proved that any rider deliberately used a banned substance, their contract will be terminated," he said.

Lindqvist, 36, was due to ride the Tour of Flanders on 6 April, where she finished second last year. Her place will be taken by the Danish rider Sofie Kjær.`

const quoteBefore = `Every doping case begins the same way these days: with a carefully written statement, a number in nanograms and a promise to prove innocence. Marta Lindqvist's statement this week follows the pattern, but one passage stood out because it did not try to argue anything:`

const quoteAfter = `It is rare for an accused athlete to admit that public doubt is reasonable. Most choose anger, attacking the laboratory or the system. Whether Lindqvist is innocent is for the tribunal to decide, and the B sample may settle nothing. But a rider who has spent years telling juniors that clean sport is possible knows that her credibility is the thing at stake, and she seems to understand that credibility is not won by shouting. If the contamination defence holds, she will have earned her return. If it does not, the sport will have lost one more of the voices it relied on to say that things had changed.`

const quote = `${quoteBefore}

"I understand how this looks, and I understand that many people will not believe me. I would probably feel the same in their place."

${quoteAfter}`

export const riderStatement: AnswerSet = {
  topic: 'rider-doping-statement',
  source,
  sourceSpeaker: 'Marta Lindqvist',
  answers: [
    {
      level: 'cut',
      text: cut,
      own: [cutBackground],
      note: 'cut: a news report pasting the statement – first paragraph turned to the third person, paragraphs 2 and 5 copied inside quotation marks, the B sample sentence shortened; a background line own'
    },
    {
      level: 'light',
      text: light,
      note: 'light: the statement in reported speech, paragraph by paragraph in order, with a few synonyms ("resolved" → "settled", "requested" → "asked for")'
    },
    {
      level: 'heavy',
      text: heavyReport,
      note: 'heavy: a sports desk rewrite leading on the contamination defence, facts reordered, the statement’s phrases kept in new sentences, one quote kept verbatim'
    },
    {
      level: 'heavy',
      text: heavyBlog,
      note: 'heavy: an informal fan blog, casual register, abbreviations, the statement’s closing line quoted'
    },
    {
      level: 'quote',
      text: quote,
      own: [quoteBefore, quoteAfter],
      note: 'a column of its own quoting two sentences of the statement'
    },
    {
      level: 'non',
      text: nonAgency,
      note: 'second source: a report of the agency’s notice with its director’s own quotes and figures; shares the names, the substance, "provisionally suspended", contamination'
    },
    {
      level: 'non',
      text: nonFeature,
      note: 'a feature on contamination defences in general, written without the statement'
    },
    {
      level: 'non',
      text: nonTeam,
      note: 'second source: a report of the team’s press release, its manager’s quotes, the rider’s replacement'
    }
  ]
}
