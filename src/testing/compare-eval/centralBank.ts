// A central bank's policy statement (B) and a wire report on the decision (A). Written after the
// thresholds were set, and kept apart in the figures as a held-out check.
import type { EvalCase } from './types'

const statement = `Monetary Policy Statement

At its meeting today, the Monetary Policy Committee decided to raise the policy rate by 25 basis points to 4.75 percent. The decision was taken by a majority of seven members to two; two members preferred to keep the rate unchanged.

Inflation remains well above the Committee's target of 2 percent. Consumer prices rose by 5.1 percent in the twelve months to September, driven mainly by services and by higher energy costs over the winter. Wage growth has stayed strong, and firms report that they expect to keep raising prices in the coming months.

The economy has slowed but continues to grow. Output increased by 0.2 percent in the third quarter, and unemployment has edged up to 4.3 percent. The Committee judges that the labour market remains tight.

The Committee will continue to monitor closely indications of persistent inflationary pressures. It stands ready to adjust policy further if needed to return inflation to the 2 percent target sustainably in the medium term. Monetary policy will need to remain restrictive for sufficiently long to bring inflation down.

The minutes of this meeting will be published in two weeks. The next policy decision will be announced on 14 December.`

const report = `Central bank lifts rates again as inflation stays high

The central bank raised its main interest rate by a quarter of a percentage point to 4.75 percent on Thursday, its ninth increase in a row, saying inflation was still far above its 2 percent goal.

Seven of the nine members of the Monetary Policy Committee voted for the rise, while two wanted to hold rates steady.

"Monetary policy will need to remain restrictive for sufficiently long to bring inflation down," the committee said in its statement, adding that it "stands ready to adjust policy further if needed."

Consumer prices rose 5.1 percent in the year to September, pushed up mainly by services and last winter's energy costs.

The decision disappointed home owners and builders. "Every rise makes a mortgage harder to pay, and we are already seeing buyers walk away," said Karen Holt, chief executive of the National Home Builders Federation.

Economists had been split ahead of the meeting. Most had expected a pause after figures last week showed retail sales falling for a second month.

Output grew by only 0.2 percent in the third quarter, and unemployment has crept up to 4.3 percent, the bank noted, although it still considers the labour market tight.

The pound rose half a cent against the dollar after the announcement. The bank's next decision is due on December 14.`

export const centralBank: EvalCase = {
  name: 'central-bank (held out)',
  textA: report,
  textB: statement,
  labels: [
    {
      a: 'Central bank lifts rates again as inflation stays high',
      b: ['the Monetary Policy Committee decided to raise the policy rate by 25 basis points to 4.75 percent'],
      kind: 'paraphrase',
      optional: true,
      note: 'headline'
    },
    {
      a: 'The central bank raised its main interest rate by a quarter of a percentage point to 4.75 percent on Thursday',
      b: ['the Monetary Policy Committee decided to raise the policy rate by 25 basis points to 4.75 percent'],
      kind: 'paraphrase'
    },
    { a: 'its ninth increase in a row', b: [], kind: 'none' },
    {
      a: 'saying inflation was still far above its 2 percent goal',
      b: ["Inflation remains well above the Committee's target of 2 percent"],
      kind: 'paraphrase'
    },
    {
      a: 'Seven of the nine members of the Monetary Policy Committee voted for the rise, while two wanted to hold rates steady',
      b: ['The decision was taken by a majority of seven members to two; two members preferred to keep the rate unchanged'],
      kind: 'paraphrase'
    },
    {
      a: 'Monetary policy will need to remain restrictive for sufficiently long to bring inflation down',
      b: ['Monetary policy will need to remain restrictive for sufficiently long to bring inflation down'],
      kind: 'verbatim'
    },
    { a: 'stands ready to adjust policy further if needed', b: ['stands ready to adjust policy further if needed'], kind: 'verbatim' },
    {
      a: "Consumer prices rose 5.1 percent in the year to September, pushed up mainly by services and last winter's energy costs",
      b: [
        'Consumer prices rose by 5.1 percent in the twelve months to September, driven mainly by services and by higher energy costs over the winter'
      ],
      kind: 'paraphrase'
    },
    { a: 'The decision disappointed home owners and builders.', b: [], kind: 'none' },
    { a: 'Every rise makes a mortgage harder to pay, and we are already seeing buyers walk away', b: [], kind: 'none' },
    { a: 'said Karen Holt, chief executive of the National Home Builders Federation', b: [], kind: 'none' },
    {
      a: 'Economists had been split ahead of the meeting. Most had expected a pause after figures last week showed retail sales falling for a second month.',
      b: [],
      kind: 'none'
    },
    {
      a: 'Output grew by only 0.2 percent in the third quarter, and unemployment has crept up to 4.3 percent',
      b: ['Output increased by 0.2 percent in the third quarter, and unemployment has edged up to 4.3 percent'],
      kind: 'close'
    },
    {
      a: 'although it still considers the labour market tight',
      b: ['The Committee judges that the labour market remains tight'],
      kind: 'paraphrase'
    },
    { a: 'The pound rose half a cent against the dollar after the announcement.', b: [], kind: 'none' },
    {
      a: "The bank's next decision is due on December 14",
      b: ['The next policy decision will be announced on 14 December'],
      kind: 'paraphrase'
    }
  ]
}
