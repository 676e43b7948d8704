// Held out, third batch. A county's public health team opens measles vaccination clinics, and answers
// written from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `Health officials have opened walk-in vaccination clinics in six towns across Marlshire after 38 cases of measles were confirmed in the county since the start of March, the highest number in a single outbreak for more than a decade.

Most of the cases are in children under ten who had not received both doses of the MMR vaccine, which protects against measles, mumps and rubella. Eleven people have been treated in hospital, including a baby who was too young to be vaccinated. No one has died.

Measles is one of the most infectious diseases known. The virus spreads through coughs and sneezes and can stay in the air of a room for up to two hours after an infected person has left. Symptoms include a high fever, a runny nose, red eyes and a rash that usually appears a few days later.

In Marlshire, only 84 per cent of children have had both doses of MMR by the age of five, well below the 95 per cent needed to stop the disease spreading.

"It is never too late to catch up," said the county's director of public health, Dr Sunita Rao. "Two doses of MMR give lifelong protection, and the vaccine is free for everyone."

The clinics will run every Saturday until the end of June. Parents who are unsure whether their child is protected can check the red book or ask their GP surgery.`

const cut = `Health officials have opened walk-in vaccination clinics in six towns across Marlshire after 38 cases of measles were confirmed in the county since the start of March, the highest number in a single outbreak for more than a decade.

Most of the cases are in children under ten who had not received both doses of the MMR vaccine, which protects against measles, mumps and rubella. Eleven people have been treated in hospital, including a baby who was too young to be vaccinated.

Measles is one of the most infectious diseases known. Symptoms include:
1.a high fever
2.a runny nose
3.red eyes
4.a rash that usually appears a few days later

In Marlshire, only 84 per cent of children have had both doses of MMR by the age of five, well below the 95 per cent needed to stop the disease spreading.

"It is never too late to catch up," said the county’s director of public health, Dr Sunita Rao. "Two doses of MMR give lifelong protection, and the vaccine is free for everyone." The clinics will run every Saturday until the end of June.`

const light = `Health authorities have set up drop-in vaccination clinics in six towns around Marlshire after 38 measles cases were confirmed in the county since early March, the largest number in one outbreak in over ten years.

The majority of cases are among children younger than ten who had not had both doses of the MMR jab, which guards against measles, mumps and rubella. Eleven people have needed hospital treatment, among them a baby too young to be vaccinated. There have been no deaths.

Measles is among the most contagious illnesses known. The virus is spread by coughs and sneezes and can linger in the air of a room for as long as two hours after an infected person has gone. Signs include a high temperature, a runny nose, red eyes and a rash that generally comes a few days afterwards.

In Marlshire, just 84 per cent of children have had both MMR doses by age five, far short of the 95 per cent required to halt the spread of the disease.

"It is never too late to catch up," said Dr Sunita Rao, the county's director of public health. "Two doses of MMR provide protection for life, and the vaccine is free to everyone."

The clinics will be open each Saturday until late June. Parents who are not sure whether their child is protected can look in the red book or ask their GP practice.`

const heavy = `Anyone in Marlshire who missed a measles jab can now get one without an appointment. Walk-in sessions have been set up in six towns, open on Saturdays until June is out, in response to the county's worst outbreak in over ten years: 38 confirmed infections since March began.

The virus has mostly found children younger than ten who were missing one or both MMR doses. Eleven patients have needed a hospital bed, one of them an infant not yet old enough for the vaccine, though there have been no deaths.

Few diseases pass from person to person as easily. A cough or a sneeze launches the virus, which can hang in a room's air for a couple of hours after the sick person has gone. It typically begins with fever, a streaming nose and sore red eyes, with the rash arriving some days on.

Public health doctors say 95 per cent coverage is needed to halt transmission, yet by their fifth birthday only 84 per cent of Marlshire children have completed the course. Dr Sunita Rao, who directs public health for the county, points out that the two doses, which cost nothing, protect for a lifetime, and that nobody has left it too late. Parents in doubt can look in their child's red book or ring the GP.`

const nonOtherOutbreak = `A measles outbreak in the city of Northam has grown to 52 cases, the city's health department said on Friday, and officials urged parents to make sure their children are vaccinated before the summer holidays.

Nine children have been admitted to hospital. Most of those infected had not been vaccinated, the department said, and several cases have been linked to a nursery and two primary schools.

Measles can cause serious complications, including pneumonia and swelling of the brain, and is especially dangerous for babies and for people with weak immune systems. The MMR vaccine is safe and effective, and two doses protect about 97 per cent of people for life.

"We are seeing the consequences of falling vaccination rates," said Dr Mark Ellison, a consultant in health protection. "Every unvaccinated child is at risk."

Vaccination rates for MMR have fallen in most parts of the country over the past ten years. The health department said extra vaccination sessions would be offered at GP surgeries and in schools.`

const nonQuestions = `What is measles? Measles is a viral infection that spreads very easily between people who are not immune. It usually starts with cold-like symptoms, a high temperature and sore, red eyes, followed a few days later by a red-brown blotchy rash that begins on the head or neck.

How serious is it? Most people recover within about ten days, but measles can lead to ear infections, pneumonia and, in rare cases, inflammation of the brain. Babies, pregnant women and people with weakened immune systems are most at risk.

How can I protect my child? The MMR vaccine protects against measles, mumps and rubella. Children are offered a first dose at one year old and a second at about three years and four months. Older children and adults who missed a dose can still have it free of charge from their GP.

How do I know if my child has had both doses? Check your child's personal health record, often called the red book, or ask your GP surgery.`

const nonSurgery = `News from Riverside Surgery, Marlshire

You may have seen in the local news that there has been an outbreak of measles in the county this spring. We have had several cases among our own patients, mostly young children, and we want to make sure everyone is protected.

If your child has missed either of their MMR jabs, please ring reception and we will book an appointment, usually within a week. Adults who are not sure whether they had both doses as children can also have the vaccine. It is free and there is no upper age limit.

If you think you or your child may have measles, please do not come into the waiting room, where you could pass it on to babies or to patients who are pregnant or unwell. Phone us first, or call the NHS helpline, and we will arrange to see you safely.

The symptoms to watch for are a high temperature, cold-like symptoms, sore red eyes and a blotchy rash. Thank you for helping to keep our community safe.`

export const measlesClinics: AnswerSet = {
  topic: 'measles-clinics',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'a sentence turned into a list numbered "1." with no space after the number; a curly apostrophe in "county’s"'
    },
    { level: 'light', text: light },
    { level: 'heavy', text: heavy },
    {
      level: 'non',
      text: nonOtherOutbreak,
      note: 'another outbreak: cases, admitted to hospital, MMR vaccine, two doses protect for life, GP surgeries'
    },
    {
      level: 'non',
      text: nonQuestions,
      note: 'a question-and-answer page: protects against measles, mumps and rubella, both doses, the red book, ask your GP surgery'
    },
    {
      level: 'non',
      text: nonSurgery,
      note: 'a surgery’s newsletter on the same outbreak, written without the report: MMR, both doses, free, symptoms'
    }
  ]
}
