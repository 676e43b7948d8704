// Held out, third batch. An energy supplier's chief executive on a data breach, and answers written from
// her statement (or not). The cut answer also quotes a researcher: words not from this statement.
import type { AnswerSet } from '../answers/types'

const source = `Statement from Laura Kingsley, chief executive of Pennant Energy

On 14 May we discovered that criminals had gained access to one of our customer databases. We shut down the affected system within hours and called in outside security experts and the police.

Our investigation so far shows that the names, email addresses, home addresses and phone numbers of about 310,000 customers were copied. For around 12,000 of those customers, the last four digits of a bank account number were also taken. No passwords and no full bank or card details were accessed.

I want to apologise to every customer affected. You trusted us with your information, and we have let you down.

We are writing to every customer whose data was taken, and we have reported the incident to the Information Commissioner's Office. We are offering all affected customers twelve months of free credit monitoring.

Please be alert to emails, texts or calls that claim to come from Pennant Energy. We will never ask you for your password or your full bank details. If you are unsure whether a message is genuine, do not click on any links; call us on the number printed on your bill.

We have since added further security checks to all our systems, and an independent review of how the attack happened will report by the end of July.`

const cut = `Pennant Energy says criminals gained access to one of its customer databases. In a statement, chief executive Laura Kingsley said: "On 14 May we discovered that criminals had gained access to one of our customer databases. We shut down the affected system within hours and called in outside security experts and the police."

The names, email addresses, home addresses and phone numbers of about 310,000 customers were copied. For around 12,000 of those customers, the last four digits of a bank account number were also taken. No passwords and no full bank or card details were accessed.

"I want to apologise to every customer affected. You trusted us with your information, and we have let you down," Ms Kingsley said.

The company is offering all affected customers twelve months of free credit monitoring. Customers should be alert to emails, texts or calls that claim to come from Pennant Energy; the company will never ask for a password or full bank details.

"Four digits of an account number are not much on their own, but criminals combine them with other data to make a scam call sound convincing," said Dr Nadia Farouk, a cyber security researcher at Kestrel University.`

const light = `On 14 May we found that criminals had broken into one of our customer databases. We switched off the affected system within a few hours and brought in external security specialists and the police.

Our inquiries so far show that the names, email addresses, postal addresses and phone numbers of roughly 310,000 customers were copied. For about 12,000 of them, the final four digits of a bank account number were taken as well. No passwords and no complete bank or card details were reached.

I wish to apologise to every customer who has been affected. You trusted us with your details, and we have failed you.

We are contacting every customer whose information was stolen, and we have informed the Information Commissioner's Office. All affected customers are being offered a year of free credit monitoring.

Please watch out for emails, texts or phone calls that say they are from Pennant Energy. We will never ask for your password or your full bank details. If you are not sure a message is real, don't click any links; ring us on the number shown on your bill.

We have since added extra security checks across our systems, and an independent review of how the attack took place will report by the end of July.`

const heavy = `Some 310,000 Pennant Energy customers have had personal details stolen in a cyber attack, and for 12,000 of them the haul included part of a bank account number.

The supplier says the intruders, detected on 14 May, copied names, phone numbers and both email and postal addresses. Four digits of an account number were the most sensitive data reached; nothing else about bank accounts or cards, and no passwords, fell into their hands. Staff took the compromised database offline within hours and asked the police and specialist investigators for help.

Laura Kingsley, Pennant's chief executive, said sorry to customers, admitting the company had betrayed their trust. Letters are going to each person affected, with an offer of a year's credit monitoring paid for by the company, and the breach has been notified to the data protection regulator.

Customers are warned that fraudsters may now pose as the company. Pennant stresses that genuine staff never request passwords or complete bank details, and anyone doubting a message should ignore its links and phone the number on their bill instead. Security has been tightened since the attack, and outside reviewers are due to explain by the end of July how it happened.`

const nonRetailer = `Online fashion retailer Threadline has warned customers to change their passwords after hackers gained access to its systems and stole the personal details of up to 1.2 million people.

The company said on Thursday that names, email addresses and order histories had been taken, along with passwords that were stored in encrypted form. It said it had no evidence that card details had been accessed, as payments are handled by a separate provider.

"We are very sorry that this has happened and we are working around the clock to understand how it happened," a spokesperson said in a statement. The company has informed the Information Commissioner's Office and the police.

Security experts said customers who used the same password on other websites should change it there too, and should be wary of emails that appear to come from Threadline, which criminals may send in an attempt to gather more information.

It is the second time in three years that the retailer has reported a breach. In 2022 a fault in its website briefly allowed some customers to see other people's orders.`

const nonAdvice = `When a company tells you that your data has been stolen in a cyber attack, the biggest danger often comes later. Criminals who hold your name, email address and phone number can use them to make a scam message look genuine, sometimes by pretending to be the very company that was attacked.

Be suspicious of any email, text or call that asks you to confirm your details, pay a bill or click a link, even if it uses your name and looks official. Banks and energy suppliers will never ask for your full password or PIN. If in doubt, hang up or close the message and contact the company using the number on a bill or on its official website.

It is also worth changing your password for the affected account, and for any other account where you used the same one. A password manager makes it easier to use a different password everywhere.

Finally, consider signing up for credit monitoring, which many companies offer free after a breach. It will alert you if someone tries to open an account or take out a loan in your name.`

const quoteOnly = `Energy customers in the south-west have been hit by a second price rise this year. Pennant Energy, which supplies about a million homes in the region, says its standard tariff will go up by six per cent from October, blaming the cost of upgrading the network and higher wholesale prices.

The rise comes at an awkward time for the company. Its chief executive, Laura Kingsley, was already under pressure after a cyber attack in May, about which she told customers: "You trusted us with your information, and we have let you down."

Consumer groups said the price rise would push more families into debt. Citizens advice services in the region say that calls about energy bills have risen by a third since last winter, and that many of the callers are pensioners. Pennant says customers who are struggling to pay should contact it to agree a payment plan, and that it has set aside five million pounds for grants to households in difficulty.`

export const dataBreach: AnswerSet = {
  topic: 'data-breach',
  source,
  sourceSpeaker: 'Laura Kingsley',
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'the opening paragraph quoted whole; a first-person sentence turned into the third person; a researcher quoted who is not in the statement',
      own: [
        '"Four digits of an account number are not much on their own, but criminals combine them with other data to make a scam call sound convincing," said Dr Nadia Farouk, a cyber security researcher at Kestrel University.'
      ]
    },
    { level: 'light', text: light, note: 'stays in the first person, as the statement is' },
    { level: 'heavy', text: heavy, note: 'a news story: the apology reported, not quoted' },
    {
      level: 'quote',
      text: quoteOnly,
      note: 'one sentence of the statement quoted in a story about prices',
      own: [
        'Energy customers in the south-west have been hit by a second price rise this year. Pennant Energy, which supplies about a million homes in the region, says its standard tariff will go up by six per cent from October, blaming the cost of upgrading the network and higher wholesale prices.',
        'The rise comes at an awkward time for the company. Its chief executive, Laura Kingsley, was already under pressure after a cyber attack in May, about which she told customers:',
        'Consumer groups said the price rise would push more families into debt. Citizens advice services in the region say that calls about energy bills have risen by a third since last winter, and that many of the callers are pensioners. Pennant says customers who are struggling to pay should contact it to agree a payment plan, and that it has set aside five million pounds for grants to households in difficulty.'
      ]
    },
    {
      level: 'non',
      text: nonRetailer,
      note: 'another breach: gained access, email addresses, card details, said in a statement, Information Commissioner’s Office and the police'
    },
    {
      level: 'non',
      text: nonAdvice,
      note: 'advice after a breach: emails, texts or calls, never ask for your password, number on a bill, credit monitoring'
    }
  ]
}
