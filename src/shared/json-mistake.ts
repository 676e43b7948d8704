// JSON.parse's own words ("No number after minus sign in JSON at position 1") are for developers: the
// reader is told that the file is not valid JSON, and near which character.

/** Why text did not parse as JSON, in words that finish a sentence such as "… is damaged: …". */
export function notValidJson(error: unknown): string {
  const at = error instanceof Error ? /position (\d+)/.exec(error.message)?.[1] : undefined
  return `the file is not valid JSON${at === undefined ? '' : ` (the mistake is near character ${Number(at) + 1})`}`
}
