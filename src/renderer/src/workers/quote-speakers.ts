// Whose statement the source is. A report quotes more than one person; given the source's speaker, the
// quote check lists the quotes the report gives to someone else apart (Lukashenko's, in the seed pair),
// instead of as quotes missing from the statement.

const NAME = String.raw`((?:\p{Lu}[\p{L}'’-]+ +){0,3}\p{Lu}[\p{L}'’-]+)`
const STATEMENT_BY = new RegExp(String.raw`\b(?:Statement|Remarks|Speech|Address) by\s+${NAME}`, 'u')
const SAID = new RegExp(String.raw`${NAME}\s+(?:said|says|stated|declared)\b`, 'u')
const TITLES = new Set(['President', 'Prime', 'Minister', 'Chancellor', 'Mr', 'Mrs', 'Ms', 'Dr', 'Secretary', 'General'])
/** How far into the source its speaker is named: the lead and the heading of a transcript. */
const LEAD = 1000

/** The speaker the source names as its own in its lead ("Statement by President Ilham Aliyev",
 *  "… President Ilham Aliyev said"), without titles; undefined when it names none. */
export function sourceSpeaker(text: string): string | undefined {
  const lead = text.slice(0, LEAD)
  const found = STATEMENT_BY.exec(lead) ?? SAID.exec(lead)
  if (!found) return undefined
  const words = found[1].split(/\s+/)
  while (words.length > 1 && TITLES.has(words[0].replace(/\.$/, ''))) words.shift()
  return words.join(' ')
}
