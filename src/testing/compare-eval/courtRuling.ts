// A court's opinion (B) and a newspaper's story about the ruling (A).
import type { EvalCase } from './types'

const ruling = `IN THE SUPERIOR COURT OF THE STATE

Harbor Residents Association v. City of Eastport

Opinion and Order on Motion for Summary Judgment

The plaintiffs, an association of residents of the Harbor district, challenge the decision of the City of Eastport to sell the Pier 9 parcel to a private developer without first holding the public hearing required by section 14 of the City Charter.

The City argues that the hearing requirement does not apply because the parcel was declared surplus property in 2019, before the sale was negotiated. The Court is not persuaded. Nothing in the text of section 14 exempts surplus property from the hearing requirement, and the City has not pointed to any authority suggesting otherwise.

The purpose of the hearing requirement is plain: it ensures that residents have an opportunity to be heard before the City disposes of land held in trust for the public. That purpose would be defeated if the City could avoid a hearing simply by labelling a parcel as surplus.

The City further argues that any defect was cured by the two community meetings held in the spring of 2022. The Court disagrees. Those meetings were informal, were not noticed in the manner the Charter requires, and did not give residents an opportunity to address the Council before the vote.

Accordingly, the Court finds that the sale of the Pier 9 parcel was made in violation of section 14 of the City Charter. The plaintiffs' motion for summary judgment is GRANTED. The sale agreement is declared void, and the City is enjoined from transferring the parcel until it has complied with the hearing requirement.

The Court expresses no view on whether the sale, if properly approved, would be in the public interest. That question belongs to the Council and the residents of Eastport, not to this Court.

SO ORDERED.`

const article = `Judge voids Eastport's Pier 9 sale, citing skipped public hearing

A judge on Friday voided the City of Eastport's sale of the Pier 9 waterfront parcel to a private developer, ruling that the city broke its own charter by failing to hold a public hearing first.

Judge Alma Reyes of the Superior Court sided with the Harbor Residents Association, which sued the city last year. The ruling blocks the transfer of the land until the city holds the hearing.

City lawyers had argued that no hearing was needed because the parcel had been declared surplus property in 2019. Reyes rejected that argument, writing that "nothing in the text of section 14 exempts surplus property from the hearing requirement."

The purpose of the rule, she wrote, is to ensure "that residents have an opportunity to be heard before the City disposes of land held in trust for the public." That purpose "would be defeated if the City could avoid a hearing simply by labeling a parcel as surplus," the judge added.

Reyes also dismissed the city's claim that two community meetings in 2022 were enough, calling them informal and noting that they were not properly advertised.

The developer, Lighthouse Partners, had planned a hotel and 300 apartments on the site. A spokesman for the company said it was reviewing the decision. "We remain committed to Eastport and to a project that will bring jobs and housing to the waterfront," he said.

Mayor Tom Kessler said the city would appeal.

Reyes noted that she was not deciding whether the sale was a good deal for the city. That question, she wrote, "belongs to the Council and the residents of Eastport, not to this Court."`

export const courtRuling: EvalCase = {
  name: 'court-ruling',
  textA: article,
  textB: ruling,
  labels: [
    {
      a: "Judge voids Eastport's Pier 9 sale, citing skipped public hearing",
      b: ['the sale of the Pier 9 parcel was made in violation of section 14 of the City Charter', 'The sale agreement is declared void'],
      kind: 'paraphrase',
      optional: true,
      note: 'headline'
    },
    {
      a: "A judge on Friday voided the City of Eastport's sale of the Pier 9 waterfront parcel to a private developer, ruling that the city broke its own charter by failing to hold a public hearing first",
      b: [
        'challenge the decision of the City of Eastport to sell the Pier 9 parcel to a private developer without first holding the public hearing required by section 14 of the City Charter',
        'the Court finds that the sale of the Pier 9 parcel was made in violation of section 14 of the City Charter'
      ],
      kind: 'paraphrase'
    },
    {
      a: 'Judge Alma Reyes of the Superior Court sided with the Harbor Residents Association, which sued the city last year.',
      b: ['Harbor Residents Association v. City of Eastport', 'IN THE SUPERIOR COURT OF THE STATE'],
      kind: 'paraphrase',
      optional: true,
      note: 'the caption, not a passage'
    },
    {
      a: 'The ruling blocks the transfer of the land until the city holds the hearing',
      b: ['the City is enjoined from transferring the parcel until it has complied with the hearing requirement'],
      kind: 'paraphrase'
    },
    {
      a: 'City lawyers had argued that no hearing was needed because the parcel had been declared surplus property in 2019',
      b: ['The City argues that the hearing requirement does not apply because the parcel was declared surplus property in 2019'],
      kind: 'paraphrase'
    },
    {
      a: 'nothing in the text of section 14 exempts surplus property from the hearing requirement',
      b: ['Nothing in the text of section 14 exempts surplus property from the hearing requirement'],
      kind: 'verbatim'
    },
    {
      a: 'that residents have an opportunity to be heard before the City disposes of land held in trust for the public',
      b: ['that residents have an opportunity to be heard before the City disposes of land held in trust for the public'],
      kind: 'verbatim'
    },
    {
      a: 'would be defeated if the City could avoid a hearing simply by labeling a parcel as surplus',
      b: ['would be defeated if the City could avoid a hearing simply by labelling a parcel as surplus'],
      kind: 'close'
    },
    {
      a: "Reyes also dismissed the city's claim that two community meetings in 2022 were enough, calling them informal and noting that they were not properly advertised",
      b: [
        'The City further argues that any defect was cured by the two community meetings held in the spring of 2022',
        'Those meetings were informal, were not noticed in the manner the Charter requires'
      ],
      kind: 'paraphrase'
    },
    {
      a: 'The developer, Lighthouse Partners, had planned a hotel and 300 apartments on the site. A spokesman for the company said it was reviewing the decision.',
      b: [],
      kind: 'none'
    },
    { a: 'We remain committed to Eastport and to a project that will bring jobs and housing to the waterfront', b: [], kind: 'none' },
    { a: 'Mayor Tom Kessler said the city would appeal.', b: [], kind: 'none' },
    {
      a: 'Reyes noted that she was not deciding whether the sale was a good deal for the city.',
      b: ['The Court expresses no view on whether the sale, if properly approved, would be in the public interest.'],
      kind: 'paraphrase',
      note: 'two shared content words: out of reach of a lexical method'
    },
    {
      a: 'belongs to the Council and the residents of Eastport, not to this Court',
      b: ['belongs to the Council and the residents of Eastport, not to this Court'],
      kind: 'verbatim'
    }
  ]
}
