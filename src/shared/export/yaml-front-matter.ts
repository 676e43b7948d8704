// YAML front matter written by hand: every string double-quoted and escaped, so that no title (with
// `:`, `#`, quotes, `---` or newlines in it) can end the value, start a comment or end the block early.

export type FrontMatterValue = string | number | readonly string[]

/** A field is written only when its value is defined; the order given is the order written. */
export type FrontMatterField = readonly [key: string, value: FrontMatterValue | undefined]

/**
 * A YAML double-quoted scalar. Besides `\` and `"`, every character YAML does not allow as is (C0 and
 * C1 controls, NEL, the Unicode line and paragraph separators that YAML 1.1 reads as line breaks, the BOM,
 * the two non-characters, lone surrogates) is written as a `\u` escape, so the value stays on one line.
 */
export function yamlQuoted(text: string): string {
  let out = '"'
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    const code = char.charCodeAt(0)
    if (char === '\\') out += '\\\\'
    else if (char === '"') out += '\\"'
    else if (char === '\n') out += '\\n'
    else if (char === '\t') out += '\\t'
    else if (needsUnicodeEscape(text, i, code)) out += '\\u' + code.toString(16).toUpperCase().padStart(4, '0')
    else out += char
  }
  return out + '"'
}

function needsUnicodeEscape(text: string, index: number, code: number): boolean {
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true
  if (code === 0x2028 || code === 0x2029 || code === 0xfeff || code === 0xfffe || code === 0xffff) return true
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1)
    return !(next >= 0xdc00 && next <= 0xdfff)
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = text.charCodeAt(index - 1)
    return !(previous >= 0xd800 && previous <= 0xdbff)
  }
  return false
}

/** One field as its lines, or none when its value is undefined. */
export function frontMatterEntry([key, value]: FrontMatterField): string[] {
  if (value === undefined) return []
  if (typeof value === 'number') return [`${key}: ${value}`]
  if (typeof value === 'string') return [`${key}: ${yamlQuoted(value)}`]
  if (value.length === 0) return [`${key}: []`]
  return [`${key}:`, ...value.map((item) => `  - ${yamlQuoted(item)}`)]
}

/** The front matter block, `---` lines included. Keys are ours (plain identifiers), never the reader's. */
export function frontMatterLines(fields: readonly FrontMatterField[]): string[] {
  return ['---', ...fields.flatMap(frontMatterEntry), '---']
}
