// A news story in three editions, as a site edits one after publication: for the editions tests, the CLI
// test, the end-to-end spec and the benchmark, served by the local test web server (web-server.ts `page`).

export const STORY_TITLE = 'Council approves the new river bridge'

export const STORY_V1 = [
  'The town council approved the new bridge over the river on Tuesday evening, after a debate that lasted four hours.',
  '“We will open the bridge in the spring of next year,” the mayor told reporters after the vote.',
  'Residents asked whether the old ferry would keep running while the works go on.',
  'A spokesman for the builders declined to comment on the cost of the project.',
  'The river crossing has been discussed for more than a decade, and two earlier plans were abandoned for lack of money.'
]

/** A quotation reworded, a paragraph replaced, one added. */
export const STORY_V2 = [
  STORY_V1[0],
  '“We hope to open the bridge in the summer of next year,” the mayor told reporters after the vote.',
  STORY_V1[2],
  'The builders said the cost had risen by a fifth since the first estimate, to twelve million.',
  STORY_V1[4],
  'The ferry will keep running until the bridge opens, the council said on Wednesday.'
]

export const STORY_V3 = [...STORY_V2.slice(0, 5), 'Correction: an earlier version of this story gave the wrong day for the vote.']

/** The story as a web page with these paragraphs. */
export function storyPage(paragraphs: readonly string[], title = STORY_TITLE): string {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="River Gazette"></head><body><article><h1>${title}</h1>
${body}</article></body></html>`
}
