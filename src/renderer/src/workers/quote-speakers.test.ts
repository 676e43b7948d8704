import { describe, expect, it } from 'vitest'
import { sourceSpeaker } from './quote-speakers'

// The lead of the bundled Trend transcript (resources/articles/trend-2024-05-16.json).
const TREND_LEAD =
  'BAKU, Azerbaijan, May 16. I have invited Belarusian companies to actively participate in the reconstruction of the Karabakh and ' +
  'Eastern Zangezur regions. The scale of work we are carrying out and will carry out is enormous, President Ilham Aliyev said during ' +
  'a press conference with President of Belarus Aleksandr Lukashenko, Trend reports.\n\nStatement by President Ilham Aliyev'

describe('sourceSpeaker', () => {
  it('names Aliyev as the speaker of the Trend transcript, without his title', () => {
    expect(sourceSpeaker(TREND_LEAD)).toBe('Ilham Aliyev')
  })

  it('finds "Statement by" and "X said", and nothing in a text that names no speaker', () => {
    expect(sourceSpeaker('Remarks by Dr Ana Ortiz\n\nGood evening.')).toBe('Ana Ortiz')
    expect(sourceSpeaker('The mayor spoke. Ines Vidal said the bridge would open.')).toBe('Ines Vidal')
    expect(sourceSpeaker('A river rose overnight in the valley.')).toBeUndefined()
  })
})
