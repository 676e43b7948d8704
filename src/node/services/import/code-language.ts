// The language of a code block as pages and Markdown name it: `class="language-js"` (the HTML
// standard's suggestion, used by Prism and highlight.js), `lang-js` (Prettify), `data-lang`,
// GitHub's `highlight-source-js`, SyntaxHighlighter's `brush: js`, a fence's info string.

/** What the library stores: lower case, a letter or digit first, at most 40 characters. */
export const CODE_LANGUAGE = /^[a-z0-9][a-z0-9+#._-]{0,39}$/
/** Where the page's language survives Readability (which drops classes) and DOMPurify. */
export const LANGUAGE_ATTRIBUTE = 'data-lang'
const CLASS_LANGUAGE = /^(?:language-|lang-|highlight-source-|brush:)(.*)$/i
/** Class names that say "code" rather than which code. */
const NOT_A_LANGUAGE = new Set(['none', 'plain', 'plaintext', 'text', 'txt', 'nohighlight', 'no-highlight'])

/** A language name as stored, or undefined when it is none or not a name. */
export function codeLanguage(raw: string | null | undefined): string | undefined {
  const name = raw?.trim().toLowerCase()
  return name && CODE_LANGUAGE.test(name) && !NOT_A_LANGUAGE.has(name) ? name : undefined
}

function languageOf(el: Element | null): string | undefined {
  if (!el) return undefined
  const attr = codeLanguage(el.getAttribute('data-lang')) ?? codeLanguage(el.getAttribute('data-language'))
  if (attr) return attr
  // "brush: js" is two tokens; join it before splitting on spaces.
  const tokens = (el.getAttribute('class') ?? '').replace(/brush:\s+/gi, 'brush:').split(/\s+/)
  for (const token of tokens) {
    const m = CLASS_LANGUAGE.exec(token)
    const name = m && codeLanguage(m[1].replace(/;$/, ''))
    if (name) return name
  }
  return undefined
}

/** Writes each <pre>'s language, from itself, its <code> or its wrapper, where the walker will read it. */
export function markCodeLanguages(doc: Document): void {
  for (const pre of Array.from(doc.querySelectorAll('pre'))) {
    const language = languageOf(pre) ?? languageOf(pre.querySelector('code')) ?? languageOf(pre.parentElement)
    if (language) pre.setAttribute(LANGUAGE_ATTRIBUTE, language)
    else pre.removeAttribute(LANGUAGE_ATTRIBUTE)
  }
}
