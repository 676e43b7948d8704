// Text direction: what a document declares, else what its language implies, else what its letters say.
import type { TextDirection } from '../../../shared/model'

/** Languages written right to left (ISO 639 codes; the script subtag can override, see below). */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi', 'syr', 'nqo'])
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg'])
const LTR_SCRIPTS = new Set(['latn', 'cyrl'])

export function directionOfLanguage(lang: string | undefined): TextDirection | undefined {
  if (!lang) return undefined
  const parts = lang.toLowerCase().split(/[-_]/)
  const script = parts.find((p) => p.length === 4)
  if (script && RTL_SCRIPTS.has(script)) return 'rtl'
  if (script && LTR_SCRIPTS.has(script)) return 'ltr'
  return RTL_LANGUAGES.has(parts[0]) ? 'rtl' : undefined
}

export function parseDirection(value: string | null | undefined): TextDirection | undefined {
  const v = value?.trim().toLowerCase()
  return v === 'rtl' || v === 'ltr' ? v : undefined
}

// Letters of the scripts written right to left; every other letter counts as left to right.
const RTL_LETTER =
  /(?=\p{L})[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Samaritan}\p{Script=Mandaic}]/gu
const LETTER = /\p{L}/gu
const SAMPLE_CHARS = 20_000

/** The direction most of the letters in the text run; ltr when there are none. */
export function directionOfText(text: string): TextDirection {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text
  const rtl = sample.match(RTL_LETTER)?.length ?? 0
  const letters = sample.match(LETTER)?.length ?? 0
  return rtl > letters - rtl ? 'rtl' : 'ltr'
}

/** The first answer that is known wins: declared direction, the language's, then the text's. */
export function resolveDirection(declared: string | null | undefined, lang: string | undefined, text: string): TextDirection {
  return parseDirection(declared) ?? directionOfLanguage(lang) ?? directionOfText(text)
}
