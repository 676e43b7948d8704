// Who speaks a quotation, as the report says it: "…," X said / said X / X said: "…" / according to X,
// and "he said" / "she added" for the last speaker named. Only the words next to the quotation marks
// are read (the same sentence), so a name elsewhere in the paragraph is not taken for the speaker.
import type { Quotation } from './quotes'

const VERB = String.raw`(?:said|says|told|tells|added|adds|stated|states|declared|noted|notes|wrote|writes|insisted|warned|argued|replied|recalled|explained)`
/** One to four capitalised words: "Ortiz", "Ines Vidal", "Alexander Lukashenko". */
const NAME = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})`
const PRONOUN = String.raw`(he|she|they|He|She|They)`
const LEAD = String.raw`^[\s,.;:!?”"»’]*`

/** The patterns, made on first use: with their Unicode classes, making them took some 2 ms, which
 *  every `diptych align` paid at start-up, texts without a quotation included. */
let patterns: ReturnType<typeof makePatterns> | undefined
const speakerPatterns = () => (patterns ??= makePatterns())

function makePatterns() {
  return {
    /** After the closing mark: "," said councillor Marc Olsen / "," Mayor Ines Vidal said / "," she added /
     *  "," the dockers' representative, Amira Haddad, told. */
    AFTER_SAID_NAME: new RegExp(`${LEAD}${VERB}\\s+(?:[\\p{Ll}'’]+,?\\s+){0,4}${NAME}`, 'u'),
    AFTER_NAME_SAID: new RegExp(`${LEAD}(?:[\\p{Ll}'’]+,?\\s+){0,4}${NAME}(?:,\\s+|\\s+(?:\\p{Ll}+\\s+)?)${VERB}`, 'u'),
    AFTER_PRONOUN: new RegExp(`${LEAD}${PRONOUN}\\s+(?:\\p{Ll}+\\s+)?${VERB}`, 'u'),
    /** Before the opening mark: Ortiz said: " / She added: " / According to Marc Olsen, " / a spokesman,
     *  Daniel Kerr, said: " (a name in apposition stands between commas). */
    BEFORE_NAME_SAID: new RegExp(`${NAME}(?:,\\s+|\\s+(?:\\p{Ll}+\\s+){0,3}?)${VERB}(?:\\s+\\p{Ll}+){0,4}\\s*[:,]?\\s*$`, 'u'),
    BEFORE_PRONOUN: new RegExp(`\\b${PRONOUN}\\s+(?:\\p{Ll}+\\s+)?${VERB}(?:\\s+\\p{Ll}+){0,4}\\s*[:,]?\\s*$`, 'u'),
    ACCORDING: new RegExp(`[Aa]ccording to\\s+(?:\\p{Ll}+\\s+){0,3}${NAME}`, 'u'),
    /** Lukashenko praised the return of the lands, saying it " */
    BEFORE_SAYING: new RegExp(`${NAME}\\s+[^,.!?"“”«»]*,\\s+saying(?:\\s+\\p{Ll}+){0,2}\\s*$`, 'u'),
    /** A person named in apposition: "Ekanem's culture minister, Bassey Okon, welcomed" (two to four
     *  capitalised words between commas, after a lowercase word: not a place starting a sentence). */
    APPOSITION: new RegExp(`\\p{Ll}[\\p{L}'’]*,\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3}),`, 'gu')
  }
}

/** The few characters of the same sentence before `at` and after `to` (a sentence end stops them). */
function around(text: string, from: number, to: number): [string, string] {
  let s = from
  while (s > 0 && from - s < 200 && !/[.!?\n]/.test(text[s - 1])) s--
  let e = to
  while (e < text.length && e - to < 200 && !/[\n]/.test(text[e]) && !/[.!?]\s/.test(text.slice(e, e + 2))) e++
  return [text.slice(s, from), text.slice(to, e + 1)]
}

/**
 * The speaker named for each quotation (null when the report does not say). "he said", and a quotation
 * that opens its own paragraph with no attribution (news style: a speaker's quotes run on over
 * paragraphs), are the speaker among those known (named so far, or `known`) mentioned last before it.
 */
export function speakersOf(text: string, quotations: readonly Quotation[], known: readonly string[] = []): (string | null)[] {
  const names = [...known]
  const { AFTER_SAID_NAME, AFTER_NAME_SAID, AFTER_PRONOUN, BEFORE_NAME_SAID, BEFORE_PRONOUN, ACCORDING, BEFORE_SAYING, APPOSITION } =
    speakerPatterns()
  return quotations.map((q) => {
    const first = q.pieces[0]
    const end = q.pieces[q.pieces.length - 1]
    // The marks themselves are one character outside the pieces.
    const open = Math.max(0, first.start - 1)
    const [before, after] = around(text, open, Math.min(text.length, end.end + 1))
    const said =
      AFTER_SAID_NAME.exec(after) ??
      AFTER_NAME_SAID.exec(after) ??
      BEFORE_NAME_SAID.exec(before) ??
      ACCORDING.exec(before) ??
      BEFORE_SAYING.exec(before)
    if (said && !/^(He|She|They)$/.test(said[1])) {
      const name = withoutTitle(said[1])
      names.push(name)
      return name
    }
    const pronoun = said !== null || AFTER_PRONOUN.test(after) || BEFORE_PRONOUN.test(before)
    const opensParagraph = before.trim() === ''
    if (!pronoun && !opensParagraph) return null
    // "he said" may be a person named just before who has not spoken yet (the paragraph's apposition).
    const paragraph = text.slice(text.lastIndexOf('\n', open) + 1, open)
    const named = [...paragraph.matchAll(APPOSITION)].map((m) => withoutTitle(m[1]))
    return lastMentioned(text.slice(0, open), [...names, ...named])
  })
}

/** Of the names, the one whose last word occurs last in the text. */
function lastMentioned(text: string, names: readonly string[]): string | null {
  let best: string | null = null
  let at = -1
  for (const name of names) {
    const last = name.split(/\s+/).pop() ?? name
    const i = text.lastIndexOf(last)
    if (i > at) {
      at = i
      best = name
    }
  }
  return best
}

/** Titles before a name, not part of it: "Mayor Ines Vidal" is Ines Vidal. */
const TITLES = new Set([
  'mayor',
  'president',
  'minister',
  'prime',
  'chancellor',
  'governor',
  'senator',
  'judge',
  'inspector',
  'chief',
  'dr',
  'mr',
  'mrs',
  'ms',
  'sir',
  'councillor',
  'professor',
  'general',
  'secretary'
])

function withoutTitle(name: string): string {
  const words = name.split(/\s+/)
  while (words.length > 1 && TITLES.has(words[0].toLowerCase().replace(/\.$/, ''))) words.shift()
  return words.join(' ')
}

/** Whether the words are only a quote's attribution ("chief executive Jo Bell said", "said Mayor Ines
 *  Vidal", "according to Marc Olsen"): the reporter's framing of a quote, not a passage of its own. */
export function isAttribution(words: string): boolean {
  const t = words.trim()
  const { AFTER_SAID_NAME, AFTER_NAME_SAID, ACCORDING, BEFORE_NAME_SAID } = speakerPatterns()
  return [AFTER_SAID_NAME, AFTER_NAME_SAID, ACCORDING, BEFORE_NAME_SAID].some((re) => {
    const m = re.exec(t)
    return m !== null && m.index === 0 && m[0].trimEnd().length === t.length
  })
}

/** Whether two names are one person's: the same last word ("Lukashenko", "Alexander Lukashenko"). */
export function sameSpeaker(x: string, y: string): boolean {
  const last = (s: string) => s.trim().split(/\s+/).pop()?.toLowerCase() ?? ''
  return last(x) === last(y)
}
