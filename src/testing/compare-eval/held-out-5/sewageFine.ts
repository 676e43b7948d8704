// Held out, fifth batch. A news report of a regulator fining a water company for sewage spills, reports
// written from it, and pieces on the same subject written without it (swimmers’ reporting, background).
import type { AnswerSet } from '../answers/types'

const source = `Eastwater, the water and sewage company serving 2.1 million people in the south-east, has been fined a record £38 million after a regulator found it had failed to run its sewage treatment works properly for more than five years.

The Water Services Regulation Authority said on Wednesday that its investigation, which began in 2021, had found that Eastwater allowed untreated sewage to spill from storm overflows into rivers and the sea far more often than its permits allowed, including on dry days when overflows should not operate at all. At 14 of its 212 treatment works, equipment designed to handle heavy rain had been switched off or left broken for long periods.

The regulator said Eastwater had also underreported the number of spills in its annual returns. Data from monitors installed on the overflows showed 11,400 spills in 2022, compared with 7,900 reported by the company.

The fine will be paid by the company's shareholders and cannot be passed on to customers through higher bills, the regulator said. Eastwater must also spend an extra £60 million over three years to repair the works and install new monitors.

Chief executive of the regulator, Daniel Frost, said: "Eastwater let down its customers and the environment. Companies that break the rules will face the consequences, and the money will not come from the people who pay the bills."

Eastwater said it accepted the findings and apologised. Its chief executive, Sarah Leung, who joined the company last year, said: "What happened was unacceptable. We have already replaced the senior team responsible for operations and we are investing in every one of the sites named in the report."

Campaigners said the fine was welcome but too small. The company paid dividends of more than £400 million to its owners over the period investigated. A separate criminal investigation by the Environment Agency is continuing.`

const cutOwn = 'Storm overflows are meant to be used only in exceptional rainfall, to stop sewage backing up into homes.'

const cut = `Eastwater, the water and sewage company serving 2.1 million people in the south-east, has been fined a record £38 million after a regulator found it had failed to run its sewage treatment works properly for more than five years.

The regulator found that Eastwater allowed untreated sewage to spill from storm overflows into rivers and the sea far more often than its permits allowed, including on dry days. At 14 of its 212 treatment works, equipment designed to handle heavy rain had been switched off or left broken for long periods.

Data from monitors installed on the overflows showed 11,400 spills in 2022, compared with 7,900 reported by the company.

${cutOwn}

The fine will be paid by the company's shareholders and cannot be passed on to customers through higher bills.

Chief executive Sarah Leung said: "What happened was unacceptable. We have already replaced the senior team responsible for operations and we are investing in every one of the sites named in the report."

Campaigners said the fine was welcome but too small.`

const light = `Eastwater, the water and sewerage firm that supplies 2.1 million people in the south-east, has been handed a record £38 million fine after a regulator concluded it had not operated its sewage treatment works correctly for over five years.

The Water Services Regulation Authority said on Wednesday that its inquiry, which started in 2021, had discovered that Eastwater let raw sewage escape from storm overflows into rivers and the sea much more often than its permits permitted, even on dry days when overflows ought not to work at all. At 14 of its 212 treatment works, equipment meant to cope with heavy rain had been turned off or left out of action for long periods.

According to the regulator, Eastwater had also under-reported how many spills there were in its yearly returns. Figures from monitors fitted to the overflows recorded 11,400 spills in 2022, against the 7,900 the company reported.

The regulator said the fine would be met by the company's shareholders and could not be added to customers' bills. Eastwater will also have to spend an additional £60 million over three years on repairing the works and fitting new monitors.

Daniel Frost, the regulator's chief executive, said Eastwater had failed its customers and the environment, that companies which broke the rules would face the consequences, and that the money would not come from bill payers.`

const heavyEnvironment = `For more than five years, storm overflows run by Eastwater poured untreated sewage into rivers and coastal waters far more often than allowed – sometimes when it had not even rained – and the company told the regulator there were thousands fewer spills than its own monitors had recorded. The price is a record £38 million fine.

The Water Services Regulation Authority, which began investigating in 2021, found storm equipment at 14 of the firm's 212 works either switched off or out of action for long stretches. In 2022 alone, overflow monitors logged 11,400 spills; Eastwater's return said 7,900.

Shareholders, not the 2.1 million customers in the south-east, must pay the penalty, and the company has to find another £60 million over three years for repairs and new monitoring. "The money will not come from the people who pay the bills," said the regulator's chief executive, Daniel Frost.

Sarah Leung, Eastwater's chief executive since last year, called the failures unacceptable, said the operations leadership had been replaced and promised investment at every site in the report.

Environmental groups were unimpressed, noting dividends of over £400 million during the same period. The Environment Agency's criminal inquiry continues.`

const heavyStudentPaper = `So Eastwater finally got caught. The regulator has fined them £38 million – a record, apparently – for basically dumping sewage into our rivers and the sea for five years.

Here's what they did. Storm overflows are supposed to only open when there's loads of rain, but Eastwater's were spilling way more than their permits allowed, even on dry days. At 14 of their treatment works the kit for dealing with heavy rain was switched off or just broken for ages. And they lied about it: their monitors counted 11,400 spills in 2022 but they told the regulator 7,900.

The good bit is that the shareholders have to pay, not us – it can't go on our bills. They also have to spend another £60 million fixing things over the next three years.

Their new boss Sarah Leung says it was unacceptable and they've got rid of the people in charge of operations. Fine, but they paid their owners more than £400 million in dividends over the same years, so £38 million doesn't exactly hurt. The Environment Agency is still doing a criminal investigation, so maybe there's more to come.`

const nonSwimmers = `Wild swimmers in Marlhaven say they have been falling ill after swimming in the River Dene for years, and that a record fine for the region's water company comes too late.

Jo Pennington, who founded the Dene Dippers swimming group in 2019, said at least a dozen members had suffered stomach bugs or ear infections after swims last summer. "We started testing the water ourselves because nobody else would. Some days the E. coli readings were thirty times the bathing water standard," she said.

The group's samples, analysed by a university laboratory, were passed to the regulator during its investigation. Dr Kwame Asante, a microbiologist who helped with the testing, said the pattern of contamination "pointed very clearly to the treatment works upstream".

Local councillor Ruth Abbott said the town had lost visitors after signs warning against swimming were put up on the beach in August. "Cafés and campsites felt it immediately," she said.

An Eastwater spokesperson said the company was sorry for the impact on the community and would meet the swimmers' group next month. The River Dene is one of two rivers in England to have applied for designated bathing water status.`

const nonOverflows = `Much of Britain's sewer network is more than a century old and was built as a combined system, carrying both sewage from homes and rainwater from roofs and roads in the same pipes. In heavy rain the flow can exceed what the pipes and treatment works can handle. To stop sewage backing up into streets and houses, the system was designed with storm overflows: outlets that release the excess, diluted with rainwater, into rivers and the sea.

For many years nobody knew how often the overflows operated. Since the mid-2010s water companies have been required to fit event duration monitors, which record when an overflow is spilling and for how long. The data showed hundreds of thousands of spills a year across England, far more than many people had assumed.

Reducing them is expensive. Options include building huge underground storage tanks, such as London's Thames Tideway Tunnel, separating rainwater from sewage, and using sustainable drainage – green roofs, ponds and permeable paving – so that less rain reaches the sewers in the first place. Water companies, regulators and governments disagree about how quickly the work should be done and who should pay for it.`

const nonPrivatisation = `When the water industry in England and Wales was privatised in 1989, the companies were sold debt-free and the public was promised that private investment would modernise an ageing system. Three decades later many people believe that promise has not been kept.

Critics point out that the companies have borrowed heavily, often to pay large dividends to their owners, while leakage remains high and not a single major new reservoir was built for more than thirty years. Because each company is a regional monopoly, customers cannot switch supplier when they are unhappy, so the only pressure comes from regulators who, critics say, have been too weak.

Defenders of the system reply that investment has been far higher since privatisation than it was under public ownership, that drinking water quality is among the best in the world, and that bills rose less than they would otherwise have done. Nationalisation, they argue, would cost tens of billions of pounds in compensation and would not in itself fix a single pipe.

What both sides increasingly agree on is that the rules need to change, so that companies that pollute or underinvest are punished in ways that their shareholders actually feel.`

export const sewageFine: AnswerSet = {
  topic: 'sewage-spills-fine',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      own: [cutOwn],
      note: 'cut: paragraphs 1–4, 6 and 7 trimmed (the regulator’s name and quote, the £60 million, the dividends dropped), one own explanatory sentence'
    },
    {
      level: 'light',
      text: light,
      note: 'light: paragraphs 1–5 in order, synonyms ("fined" → "handed a fine", "untreated" → "raw", "installed" → "fitted"), the regulator’s quote in reported speech'
    },
    {
      level: 'heavy',
      text: heavyEnvironment,
      note: 'heavy: an environment correspondent’s rewrite opening on what happened, figures regrouped, one quote kept whole'
    },
    {
      level: 'heavy',
      text: heavyStudentPaper,
      note: 'heavy: a student paper’s informal piece, first person plural, slang, the writer’s opinion woven in'
    },
    {
      level: 'non',
      text: nonSwimmers,
      note: 'second witness: another outlet’s reporting with a swimmers’ group, a microbiologist and a councillor; shares the company, the fine, treatment works'
    },
    {
      level: 'non',
      text: nonOverflows,
      note: 'an explainer on combined sewers and storm overflows from general knowledge: untreated sewage, rivers and the sea, monitors, spills'
    },
    {
      level: 'non',
      text: nonPrivatisation,
      note: 'an opinion piece on water privatisation: dividends, regulators, shareholders'
    }
  ]
}
