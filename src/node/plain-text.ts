// Reading a plain-text file as the importer would, for the command line: a public entry of its own
// (like parsing.ts) so that `diptych align` on two .txt files loads the decoder only, not the store,
// its schemas or the parsers.
import { decodeBytes } from './services/import/decode-text'
import { TEXT_EXTENSIONS } from './services/import/detect-format'
import { fileExtension, looksLikeBinaryText, looksLikeWebArchive } from './services/import/sniff-binary'

export { readArticleFile, SYNC_CALLS } from './services/read-article-file'

/** A .txt file's text as the importer reads it, or null when the file needs the parsers to say what
 *  it is (not .txt, not decodable, empty, binary, a web archive: their messages come from the importer). */
export function plainTextLikeImporter(bytes: Uint8Array, fileName: string): string | null {
  if (!TEXT_EXTENSIONS.has(fileExtension(fileName))) return null
  const decoded = decodeBytes(bytes, false)
  if (!decoded.ok) return null
  const text = decoded.value.text
  if (text.trim() === '' || looksLikeBinaryText(text) || looksLikeWebArchive(text)) return null
  return text
}
