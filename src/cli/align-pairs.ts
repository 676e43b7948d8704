// `diptych align --pairs FILE`: many alignments in one call, for corpus-scale work. One pair of paths
// per line (tab-separated), one JSON object per line out; a line that fails is reported on its own line
// and the rest go on.
import { readFileSync } from 'node:fs'
import { align, type AlignOptions } from '../shared/compare'
import { readForAlign, type AlignInput } from './align-input'
import { CliError } from './command'
import { displayPath, escapeControls, type Output } from './output'

export function alignJson(a: AlignInput, b: AlignInput, options: AlignOptions): object {
  const side = (s: AlignInput) => ({ file: s.file, length: s.text.length, offsetsInto: s.offsetsInto })
  const pairs = align(a.text, b.text, options)
  return { a: side(a), b: side(b), pairs: pairs.map((p) => ({ a: p.a, b: p.b, kind: p.kind, score: p.score })) }
}

/** Resolves the exit code: 0 when every line aligned, 1 when any failed (each said on its own line). */
export async function alignPairsFile(listFile: string, options: AlignOptions, out: Output): Promise<number> {
  let list: string
  try {
    // Not node:fs/promises, which would cost every `diptych align` its loading (read-article-file.ts).
    list = readFileSync(listFile, 'utf8')
  } catch {
    throw new CliError(`“${displayPath(listFile)}” could not be read as a list of pairs.`)
  }
  let failed = 0
  const lines = list.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue
    const line = i + 1
    const paths = lines[i].split('\t')
    let result: object
    try {
      if (paths.length !== 2 || paths.some((p) => p === '')) throw new CliError(`Line ${line} is not two paths separated by one tab.`)
      const [a, b] = await Promise.all(paths.map(readForAlign))
      result = { line, ...alignJson(a, b, options) }
    } catch (error) {
      failed++
      const message = error instanceof CliError ? error.message : 'The pair could not be aligned.'
      result = { line, error: message }
    }
    out.line(escapeControls(JSON.stringify(result), 'json'))
  }
  return failed > 0 ? 1 : 0
}
