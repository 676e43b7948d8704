// Held out, fourth batch. An encyclopedia-style article on type 2 diabetes, and students' short answers
// written from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `Type 2 diabetes is a long-term condition in which the level of glucose in the blood is too high, because the body does not respond properly to insulin or does not make enough of it. Insulin is a hormone made by the pancreas that allows cells to take up glucose from the blood. When cells become resistant to insulin, glucose builds up in the bloodstream.

It is the most common form of diabetes, accounting for around nine in ten cases. Unlike type 1 diabetes, which usually begins in childhood and is caused by the immune system destroying the cells that make insulin, type 2 diabetes develops slowly and mostly affects adults. The main risk factors are being overweight, physical inactivity, increasing age and a family history of the disease.

Common symptoms include thirst, passing urine often, tiredness and blurred vision, but many people have no symptoms for years. Over time, high blood glucose damages blood vessels and nerves, raising the risk of heart disease, stroke, kidney failure, blindness and amputations.

The condition is diagnosed with a blood test, usually the HbA1c test, which shows the average glucose level over the previous two to three months. Treatment begins with a healthier diet, more exercise and weight loss. If these are not enough, doctors usually prescribe metformin, and later other medicines or insulin. Some people who lose a large amount of weight can put the disease into remission.`

const cut = `Type 2 diabetes is a long-term condition in which the level of glucose in the blood is too high, because the body does not respond properly to insulin or does not make enough of it. Insulin is a hormone made by the pancreas that allows cells to take up glucose from the blood.

It is the most common form of diabetes, accounting for around 9 in 10 cases. Type 2 diabetes develops slowly and mostly affects adults. The main risk factors are:
- being overweight,
- physical inactivity,
- increasing age,
- a family history of the disease.

Common symptoms include thirst, passing urine often, tiredness and blurred vision, but many people have no symptoms for years. Over time, high blood glucose damages blood vessels and nerves, raising the risk of heart disease, stroke, kidney failure, blindness and amputations.

The condition is diagnosed with a blood test, usually the HbA1c test, which shows the average glucose level over the previous 2–3 months. Treatment begins with a healthier diet, more exercise and weight loss. If these are not enough, doctors usually prescribe metformin, and later other medicines or insulin.`

const light = `Type 2 diabetes is a chronic condition in which there is too much glucose in the blood, because the body does not react properly to insulin or does not produce enough of it. Insulin is a hormone produced by the pancreas which lets cells absorb glucose from the blood. When cells become resistant to insulin, glucose collects in the bloodstream.

It is the commonest type of diabetes, making up about nine out of ten cases. In contrast to type 1 diabetes, which normally starts in childhood and happens because the immune system destroys the cells that produce insulin, type 2 develops gradually and mainly affects adults. The chief risk factors are being overweight, lack of physical activity, getting older and a family history of the disease.

Typical symptoms are thirst, needing to urinate often, tiredness and blurred vision, although many people have no symptoms for years. With time, high blood glucose harms the blood vessels and nerves, which increases the risk of heart disease, stroke, kidney failure, blindness and amputation.

It is diagnosed by a blood test, normally the HbA1c test, which gives the average glucose level over the past two to three months. Treatment starts with a better diet, more exercise and losing weight.`

const heavy = `Type 2 diabetes is the form of diabetes that nine in ten patients have. Glucose builds up in their blood because their cells have become resistant to insulin, the pancreatic hormone that normally lets glucose into cells, or because the pancreas no longer makes enough of it.

Type 1 diabetes is different: it usually starts in children, when the immune system attacks the insulin-making cells. Type 2, in contrast, comes on gradually in adults, and excess weight, lack of exercise, age and a family history all make it more likely.

Many people do not know they have it, as thirst, frequent urination, tiredness and blurred vision may not appear for years. Meanwhile the raised glucose slowly harms nerves and blood vessels, so that heart disease, stroke, kidney failure, blindness and amputations become more likely. Doctors confirm the diagnosis with the HbA1c blood test, which reflects average glucose over the last two or three months.

The first treatment is a change of lifestyle: eating better, exercising and losing weight. Metformin is normally the first medicine if that is not enough, followed by others or by insulin. A large weight loss can even put the disease into remission.`

const heavyLoose = `In type 2 diabetes a person's blood sugar stays too high. There are two reasons this can happen. Either their body's cells stop reacting to insulin, so sugar cannot get into them and stays in the blood, or the pancreas, which is where insulin comes from, cannot produce enough.

It is by far the commonest type, about 90% of all people with diabetes. The other main type, type 1, is an autoimmune illness that normally appears when people are young. Type 2 is different: it creeps up over years, usually in adulthood, and you are more at risk if you carry extra weight, do little exercise, are older or have relatives with it.

The danger is that it can go unnoticed. Some people feel thirsty, go to the toilet a lot, feel worn out or see less clearly, but others feel nothing at all. All this time the sugar is damaging their nerves and blood vessels, which can eventually lead to heart attacks and strokes, kidney problems, loss of sight and even having a foot or leg removed.

A blood test called HbA1c, which gives an average over roughly the last quarter of a year, is used to find it. Patients are first told to change how they eat and to move more, and then given tablets such as metformin or insulin injections if needed. Losing a lot of weight can sometimes reverse it.`

const nonLeaflet = `Living with diabetes: a guide for patients

Being told you have diabetes can be a shock, but with the right care most people with diabetes live long and healthy lives. Your diabetes team is there to help you.

Check your blood sugar as your nurse has shown you and keep a record of the results. Take your medicines at the same time each day, even when you feel well. If you take insulin, learn the signs of a hypo, when your blood sugar falls too low: shaking, sweating, hunger and confusion. Always carry glucose tablets or a sugary drink.

Eat regular meals with plenty of vegetables, and choose wholegrain bread and pasta rather than white. Cut down on sugary drinks, sweets and cakes. Try to be active for at least 30 minutes on most days. Walking counts.

Look after your feet. Diabetes can reduce the feeling in your feet, so check them every day for cuts, blisters or changes in colour, and see your GP quickly if you find anything. Go to your eye screening appointment every year, because diabetes can damage the back of the eye before you notice any change in your sight.`

const nonNews = `The number of adults with diabetes in the world has more than quadrupled since 1980, according to a study published in The Lancet, and rising obesity is the main reason.

Researchers analysed data from more than 750 studies covering 4.4 million adults. They estimate that 422 million adults were living with diabetes in 2014, compared with 108 million in 1980. The sharpest increases were in low and middle-income countries, where diets have changed quickly and people have become less active.

Most of the cases are type 2 diabetes, which is strongly linked to weight and lifestyle. The authors warn that many health systems are not prepared for the cost of treating the complications of the disease, such as heart attacks, kidney disease and blindness.

Experts said the findings showed the need for action on sugar and processed food. Several countries, including Mexico and the United Kingdom, have introduced taxes on sugary drinks. Doctors also say that more people should be tested, because many people have diabetes for years before it is found.`

export const type2Diabetes: AnswerSet = {
  topic: 'type-2-diabetes',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'copied with the type 1 comparison cut; the risk factors turned into a list with hyphen bullets; "nine in ten" as "9 in 10" and "two to three" as "2–3"'
    },
    { level: 'light', text: light, note: 'sentences kept in order with synonyms; the treatment paragraph cut short' },
    {
      level: 'heavy',
      text: heavy,
      note: 'a moderately heavy rewrite: sentences split and merged, the symptoms and diagnosis reordered; keeps the medical terms and the list of complications almost word for word'
    },
    {
      level: 'heavy',
      text: heavyLoose,
      note: 'a second, looser heavy rewrite, as a student who explains rather than copies: very few phrases of the source kept ("blood vessels", "HbA1c", "metformin"), figures rounded ("about 90%", "a quarter of a year")'
    },
    {
      level: 'non',
      text: nonLeaflet,
      note: 'a patient leaflet: blood sugar, insulin, diet, exercise, eye screening, damage'
    },
    {
      level: 'non',
      text: nonNews,
      note: 'a news story on a study: type 2 diabetes linked to weight and lifestyle, complications such as kidney disease and blindness, have diabetes for years'
    }
  ]
}
