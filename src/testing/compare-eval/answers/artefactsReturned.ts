// Tuning. A museum director's statement on returning bronzes, and answers written from it (or not).
// Two answers also quote a minister of the receiving country: words not from this statement.
import type { AnswerSet } from './types'

const source = `Statement by Dr Sarah Whitcombe, director of the Calder Museum

Today the trustees of the Calder Museum voted unanimously to return the eleven bronze plaques from the royal palace of Ekanem to the people of Ekanem, from whom they were taken by a British military expedition in 1897.

We have studied the history of these plaques carefully over the past three years, working with historians in Britain and in Ekanem. There is no doubt that they were looted, and there is no good reason for us to keep them.

The plaques will be handed over at a ceremony in the spring, and we will pay for their transport and insurance. We have agreed with the National Commission for Museums that three of them will stay on loan in Calder for a further five years, so that visitors here can continue to learn about the art of Ekanem and about how the plaques came to be here.

I want to thank the many members of the public who wrote to us about this question, whatever their view. Museums exist to tell the truth about the past, and returning the plaques is part of that.`

const cut = `The trustees of the Calder Museum voted unanimously on Tuesday to return the eleven bronze plaques from the royal palace of Ekanem to the people of Ekanem, from whom they were taken by a British military expedition in 1897.

"We have studied the history of these plaques carefully over the past three years, working with historians in Britain and in Ekanem. There is no doubt that they were looted, and there is no good reason for us to keep them," said the museum's director, Dr Sarah Whitcombe.

The plaques will be handed over at a ceremony in the spring, and the museum will pay for their transport and insurance. Three of them will stay on loan in Calder for a further 5 years.

Ekanem's culture minister, Bassey Okon, welcomed the decision. "These plaques are the memory of our kings. Their return is a day of joy for our people," he said.`

const light = `The Calder Museum's trustees have voted unanimously to send the eleven bronze plaques from the royal palace of Ekanem back to the people of Ekanem, from whom a British military expedition seized them in 1897.

The museum has examined the plaques' history closely over the last three years together with historians in Britain and in Ekanem, and its director, Dr Sarah Whitcombe, said there was no doubt they had been looted and no good reason to keep them.

They will be returned at a ceremony in the spring, with the museum covering the cost of transport and insurance. Under an agreement with the National Commission for Museums, three plaques will remain on loan in Calder for another five years so that visitors can go on learning about Ekanem's art.

"It is a good day," said Bassey Okon, Ekanem's minister of culture. "We thank the museum for its honesty."`

const heavy = `Eleven bronze plaques carried off from the palace of Ekanem by British soldiers in 1897 are going home. Calder Museum's board decided without a single dissenting vote, after three years of research with historians from both countries left its director, Sarah Whitcombe, in no doubt that they had been stolen.

Ekanem's museums commission will receive them at a ceremony in spring, and Calder is paying to ship and insure them. Not all will leave at once: under the deal, three will be lent back to the museum for five more years, to keep telling visitors about Ekanem's art and the plaques' history. Dr Whitcombe said that a museum's task is to be truthful about the past, and that giving the plaques back was part of it.`

const nonDebate = `Should museums give back objects taken during colonial wars? The question has moved from university seminars to the front pages. In the last few years museums in Germany, France and the Netherlands have returned hundreds of objects, among them bronzes, sculptures and royal regalia taken by military expeditions in the nineteenth century.

Supporters of return argue that objects taken by force were looted, and that no museum can have good reason to keep stolen property. Some also say that the objects have a meaning for the communities they were taken from that they cannot have in a glass case in Europe.

Others argue that great museums allow visitors from all over the world to see the art of many cultures side by side, and that objects are often safer where they are. A middle way has emerged in some cases: ownership is transferred, and some objects remain on loan to the museum that held them.`

const nonOtherMuseum = `The Royal Ethnographic Museum in Leiden has said it will not return a carved wooden throne claimed by the government of Mbanza, despite a campaign that has gathered more than 40,000 signatures.

The museum's board said the throne had been bought by a Dutch trader in 1902 and that there was no evidence that it had been looted. It said it would continue to research the history of the object and was open to a long-term loan.

Mbanza's culture minister said the decision was disappointing. "The throne belonged to our kings and was taken when our country was not free to refuse," he said. "We will keep asking for it."

Historians are divided. Some say the sale cannot have been fair under colonial rule; others say the museum is right to wait for the results of its research before deciding.`

export const artefactsReturned: AnswerSet = {
  topic: 'artefacts-returned',
  source,
  sourceSpeaker: 'Sarah Whitcombe',
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'two paragraphs joined in one quotation; a quote of the minister (not this statement)',
      own: [
        'Ekanem\'s culture minister, Bassey Okon, welcomed the decision. "These plaques are the memory of our kings. Their return is a day of joy for our people," he said.'
      ]
    },
    {
      level: 'light',
      text: light,
      note: 'a quote of the minister (not this statement)',
      own: ['"It is a good day," said Bassey Okon, Ekanem\'s minister of culture. "We thank the museum for its honesty."']
    },
    { level: 'heavy', text: heavy },
    { level: 'non', text: nonDebate, note: 'the restitution debate: looted, no good reason to keep, on loan' },
    { level: 'non', text: nonOtherMuseum, note: 'another museum refusing: culture minister, kings, research its history' }
  ]
}
