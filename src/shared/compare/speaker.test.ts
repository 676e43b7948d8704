import { describe, expect, it } from 'vitest'
import { quoteCheck } from './quoteCheck'
import { findQuotations } from './quotes'
import { speakersOf } from './speaker'

// Whose words a quote is, as the report says it: the check names the speaker, and quotes a report
// attributes to someone other than the source's speaker are listed apart, not as missing.
const report = [
  '"We will rebuild the bridge within two years," Mayor Ines Vidal said on Tuesday.',
  'She added: "Nobody will pay a cent more in taxes."',
  'According to Marc Olsen, "the plan cannot be afforded."',
  '"This is a vanity project," said councillor Marc Olsen.',
  'Residents were less sure. "We have heard that before," Lucia Ferrer told reporters.'
].join('\n\n')

describe('speakersOf', () => {
  it('names who says each quotation: X said, said X, according to X, and he or she for the last one named', () => {
    expect(speakersOf(report, findQuotations(report))).toEqual(['Ines Vidal', 'Ines Vidal', 'Marc Olsen', 'Marc Olsen', 'Lucia Ferrer'])
  })

  it('reads "said the museum\'s director, Dr X" and gives "he said" to the person named just before, speaker or not', () => {
    const text = [
      '"There is no doubt that they were looted," said the museum\'s director, Dr Sarah Whitcombe.',
      'Ekanem\'s culture minister, Bassey Okon, welcomed the decision. "Their return is a day of joy," he said.'
    ].join('\n\n')
    expect(speakersOf(text, findQuotations(text), ['Sarah Whitcombe'])).toEqual(['Sarah Whitcombe', 'Bassey Okon'])
  })
  it('reads a name set between commas before the verb: a spokesman for the port, Daniel Kerr, said: "…"', () => {
    const text = [
      'A spokesman for the port authority, Daniel Kerr, said: "The cranes will be back in service by Friday."',
      '"We had no warning at all," the dockers\' representative, Amira Haddad, told reporters.',
      'Its chief executive, Rosa Lind, was criticised after a fire in May, about which she told staff: "We were lucky."'
    ].join('\n\n')
    // The last: a month before a comma is no speaker; "she" is the person named in the sentence.
    expect(speakersOf(text, findQuotations(text))).toEqual(['Daniel Kerr', 'Amira Haddad', 'Rosa Lind'])
  })
})

describe('quoteCheck with the source speaker', () => {
  const source = 'We will rebuild the bridge within two years. Nobody will pay a cent more in taxes.'

  it('names the speaker of each entry and marks quotes attributed to someone else', () => {
    const entries = quoteCheck(report, source, { sourceSpeaker: 'Ines Vidal' })
    expect(entries.map((e) => [e.speaker, e.otherSpeaker])).toEqual([
      ['Ines Vidal', false],
      ['Ines Vidal', false],
      ['Marc Olsen', true],
      ['Marc Olsen', true],
      ['Lucia Ferrer', true]
    ])
    expect(entries.filter((e) => !e.otherSpeaker).map((e) => e.kind)).toEqual(['verbatim', 'verbatim'])
  })
})
