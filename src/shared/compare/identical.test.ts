import { describe, expect, it } from 'vitest'
import { align } from './align'
import type { AlignedPair } from './types'

// A sentence that is the same words on both sides is verbatim, however short (four words or more) and
// however common its words: a reader who sees a copied sentence left out, or shown as part of a
// "close" pair, stops trusting the kinds.
function verbatimOf(a: string, b: string, pairs: AlignedPair[], sentence: string): string[] {
  const at = a.indexOf(sentence)
  expect(at).toBeGreaterThanOrEqual(0)
  return pairs
    .filter((p) => p.kind === 'verbatim' && p.a.start <= at && at + sentence.length <= p.a.end)
    .map((p) => b.slice(p.b.start, p.b.end))
}

const NOTICE =
  'A fire broke out on Tuesday night in a warehouse on Mill Lane, the fire service said. Crews from three stations fought the blaze for four hours before bringing it under control. No one was hurt. The cause of the fire is not yet known, and an investigation has begun. The owner said: “We will be back.” Residents who saw smoke before ten o’clock are asked to call the station.'

describe('identical sentences are verbatim', () => {
  it('pairs a short sentence of common words copied with the rest of a notice', () => {
    const copy = NOTICE.replace(/’/g, "'").replace(/\. /g, '.\n')
    const pairs = align(copy, NOTICE)
    for (const s of ['No one was hurt', 'We will be back']) expect(verbatimOf(copy, NOTICE, pairs, s).some((b) => b.includes(s))).toBe(true)
  })
})

const LINE_NOTICE =
  'The line between Ashford and Dover is closed after a landslip near Folkestone. Thank you for waiting. Buses replace trains between the two towns, leaving from the station forecourt every twenty minutes. Engineers expect to reopen the line on Monday morning. Tickets are valid on the buses and on trains via Canterbury. Thank you for waiting.'

describe('identical sentences repeated in a text', () => {
  it('pairs each copy of a repeated sentence, first with first and second with second', () => {
    const copy =
      'Trains between Ashford and Dover are not running because of a landslip. Thank you for waiting. Rail replacement buses leave the forecourt every twenty minutes. Tickets are valid on the buses and on trains via Canterbury. Thank you for waiting.'
    const pairs = align(copy, LINE_NOTICE).filter((p) => p.kind === 'verbatim')
    const sentence = 'Thank you for waiting'
    const inCopy = pairs.filter((p) => copy.slice(p.a.start, p.a.end).includes(sentence))
    expect(inCopy.map((p) => copy.indexOf(sentence, p.a.start))).toEqual([copy.indexOf(sentence), copy.lastIndexOf(sentence)])
    expect(inCopy.map((p) => LINE_NOTICE.indexOf(sentence, p.b.start))).toEqual([
      LINE_NOTICE.indexOf(sentence),
      LINE_NOTICE.lastIndexOf(sentence)
    ])
  })
})

describe('identical sentences next to changed words', () => {
  const source =
    'The trust counted fish at twelve places along the river this summer. Dr Helen Marsh, who chairs the trust, said: "The river is cleaner than it has been for fifty years. Most of the fish we counted had not been seen here for decades." Volunteers will count again next year.'

  it('keeps a quoted sentence verbatim when the words that introduce it were changed', () => {
    const report =
      'The trust counted fish at twelve places along the river this summer. Dr Helen Marsh said: "The river is cleaner than it has been for fifty years. Most of the fish we counted had not been seen here for decades." Volunteers will count again next year.'
    const pairs = align(report, source)
    expect(verbatimOf(report, source, pairs, 'The river is cleaner than it has been for fifty years').length).toBe(1)
  })

  it('keeps the words that introduce a quote verbatim when the quote itself was changed', () => {
    const report =
      'The trust counted fish at twelve places along the river this summer. Dr Helen Marsh, who chairs the trust, said: "The river is cleaner than at any time in fifty years. Many of the fish we counted had not been seen here in decades." Volunteers will count again next year.'
    const pairs = align(report, source)
    expect(verbatimOf(report, source, pairs, 'Dr Helen Marsh, who chairs the trust, said').length).toBe(1)
  })

  it('pairs a quote copied word for word, not the reworded words that say who speaks it', () => {
    const notice =
      'The trust counted fish at twelve places along the river this summer. "The river is cleaner than it has been for fifty years," said the trust\'s chief scientist, Dr Helen Marsh. Volunteers will count again next year.'
    const report =
      'Fish were counted at twelve places along the river. "The river is cleaner than it has been for fifty years," chief scientist Helen Marsh said. Counting resumes next summer.'
    const pairs = align(report, notice)
    expect(verbatimOf(report, notice, pairs, 'The river is cleaner than it has been for fifty years').length).toBe(1)
    const attribution = report.indexOf('chief scientist')
    expect(pairs.filter((p) => p.a.start <= attribution && attribution < p.a.end)).toEqual([])
  })
})

describe('a sentence copied as a list', () => {
  const advice =
    'Before the first frost, the society advises members to cover young plants with fleece, move pots against a south-facing wall and lift dahlia tubers to store them somewhere dry. Frost is expected from the middle of October.'

  it('is verbatim whatever numbering the list puts before its items', () => {
    for (const marks of [
      ['1)', '2)', '3)'],
      ['1.', '2.', '3.'],
      ['(a)', '(b)', '(c)']
    ]) {
      const list = `Before the first frost, the society advises members to:\n${marks[0]} cover young plants with fleece,\n${marks[1]} move pots against a south-facing wall and\n${marks[2]} lift dahlia tubers to store them somewhere dry.\n\nFrost is expected from the middle of October.`
      const pairs = align(list, advice)
      const whole = 'Before the first frost, the society advises members to'
      expect(verbatimOf(list, advice, pairs, whole)).toEqual([advice.slice(0, advice.indexOf(' Frost') - 1)])
    }
  })
})

describe('identical words lifted out of the middle of a clause', () => {
  it('pairs a list item verbatim when the source runs the items together with "and"', () => {
    const source =
      'Type 2 diabetes develops slowly. The main risk factors are being overweight, physical inactivity, increasing age and a family history of the disease. Common symptoms include thirst.'
    const answer =
      'Type 2 diabetes develops slowly. The main risk factors are:\n- being overweight,\n- physical inactivity,\n- increasing age,\n- a family history of the disease.\n\nCommon symptoms include thirst.'
    const pairs = align(answer, source)
    expect(verbatimOf(answer, source, pairs, 'a family history of the disease')).toEqual(['a family history of the disease'])
  })

  it('pairs a sentence verbatim when the source has it after "of which"', () => {
    const source =
      'The atlas was printed in Antwerp in 1570, of which about 300 copies were sold and 60 remain, most of them in libraries. It was the first modern atlas.'
    const answer = 'The atlas was printed in Antwerp in 1570. About 300 copies were sold and 60 remain. It was the first modern atlas.'
    const pairs = align(answer, source)
    expect(verbatimOf(answer, source, pairs, 'About 300 copies were sold and 60 remain')).toEqual([
      'about 300 copies were sold and 60 remain'
    ])
  })

  it('pairs a quote verbatim when the source has its words after "we decided that"', () => {
    const source =
      'Our season has been hard. After a long talk with Maria on Friday, we decided that a new approach is required to give the orchestra the best hope of keeping its funding. We thank her for her work.'
    const report =
      'The orchestra has had a hard season. In a letter on Saturday the trustees said they had decided with Lopez on Friday that "a new approach is required to give the orchestra the best hope of keeping its funding". Lopez has not commented.'
    const quote = 'a new approach is required to give the orchestra the best hope of keeping its funding'
    const pairs = align(report, source)
    expect(verbatimOf(report, source, pairs, quote)).toEqual([quote])
    const framing = report.indexOf('In a letter')
    expect(pairs.filter((p) => p.a.start <= framing && framing < p.a.end && p.a.end > report.indexOf(quote))).toEqual([])
  })

  it('pairs a quote verbatim when the verb before it was inflected ("praised" against "praise")', () => {
    const source =
      'The new bridge opened this morning. I want to praise the engineers, welders and crews who have worked through the winter to finish it on time. Traffic will be light at first.'
    const report =
      'The new bridge opened on Monday. The mayor praised "the engineers, welders and crews who have worked through the winter to finish it on time", but warned of delays.'
    const quote = 'the engineers, welders and crews who have worked through the winter to finish it on time'
    expect(verbatimOf(report, source, align(report, source), quote)).toEqual([quote])
  })

  it('does not pair the speaker named before such a quote with the title line of the statement', () => {
    const source =
      'Statement by Anna Kovac, Mayor of Linford\n\nThe new bridge opened this morning. I want to praise the engineers, welders and crews who have worked through the winter to finish it on time. Traffic will be light at first.'
    const report =
      'The new bridge in Linford opened on Monday. Linford mayor Anna Kovac praised "the engineers, welders and crews who have worked through the winter to finish it on time", but warned of delays.'
    const speaker = report.indexOf('mayor Anna Kovac')
    expect(align(report, source).filter((p) => p.a.start <= speaker && speaker < p.a.end)).toEqual([])
  })

  it('pairs a clause ending in a colon verbatim when the list after it was renumbered', () => {
    const source =
      'The plan has been widely praised. Critics point out that it rests on optimistic forecasts: that fares will rise with inflation, that demand will recover, and that costs will not overrun. Work starts next year.'
    const answer =
      'The plan has been widely praised. Critics point out that it rests on optimistic forecasts: 1.fares will rise with inflation, 2.demand will recover, 3.costs will not overrun. Work starts next year.'
    const clause = 'Critics point out that it rests on optimistic forecasts'
    expect(verbatimOf(answer, source, align(answer, source), clause)).toEqual([clause])
  })
})

describe('identical words typed with invisible characters', () => {
  it('pairs a sentence verbatim when the copy keeps the soft hyphens and joiners of a web page', () => {
    const source = 'The museum reopens in May. Its collection of Roman glass is among the finest in northern Europe. Entry is free.'
    const copy = source
      .replace('collection', 'col\u00adlec\u00adtion')
      .replace('northern', 'north\u2060ern')
      .replace('finest', 'fin\u200dest')
    const sentence = copy.split('. ')[1]
    expect(verbatimOf(copy, source, align(copy, source), sentence)).toEqual([
      'Its collection of Roman glass is among the finest in northern Europe'
    ])
  })
})

const STATEMENT =
  'On Monday I was told by the national anti-doping agency that a sample I gave in an out-of-competition test in April contained a banned substance. I want to say clearly, to my team, to my sponsors and to everyone who has supported me, that I have never knowingly taken anything that is against the rules, and that I will fight this with everything I have. I have read the laboratory report with my lawyers, and we will ask for the second sample to be tested. In fourteen years as a professional I have been tested more than two hundred times, and every one of those tests has been negative. I understand how this looks, and I understand that many people will not believe me. I would probably feel the same in their place.\n\nThe concentration found in my sample was tiny, so small that the experts we have asked say it could come from contaminated food or a supplement bought in good faith. We are now testing every product I used in the weeks before the test, and we will publish what we find. Until the second test is done I will not race, and I will say nothing more about the case.'
const COLUMN = [
  'Every summer brings its doping case, and every case brings its statement. The script hardly changes: outrage, a long list of clean tests, a lawyer, and a hint of a plot by someone unnamed. Readers have learned to skip to the end, where the appeal is announced.',
  'This week’s statement from the cyclist follows that script for most of its length, but one passage stood out because it did not try to argue anything:',
  '“I understand how this looks, and I understand that many people will not believe me. I would probably feel the same in their place.”',
  'It is rare for an accused athlete to admit that public doubt is reasonable. Whether that admission is honest or merely clever, the sport’s governing body will have to decide, and it should do so faster than it managed the last time, when the hearing took eleven months and the result satisfied nobody.'
].join('\n\n')

describe('a quotation copied whole over two sentences', () => {
  it('is shown by default as verbatim, judged as one copied stretch rather than as two lone sentences', () => {
    const pairs = align(COLUMN, STATEMENT)
    for (const s of [
      'I understand how this looks, and I understand that many people will not believe me',
      'I would probably feel the same in their place'
    ])
      expect(verbatimOf(COLUMN, STATEMENT, pairs, s)).toEqual([s])
  })
})
