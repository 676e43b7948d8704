// The importer's readers for the command line, a public entry of its own because it loads jsdom:
// commands that do not read articles must not pay for it at start-up.
import { decodeBytes } from './services/import/decode-text'
import { MARKDOWN_EXTENSIONS, TEXT_EXTENSIONS } from './services/import/detect-format'
import { fileExtension } from './services/import/sniff-binary'

export { parseArticle } from './services/import/parse-article'

/**
 * Plain text decoded the way parseArticle decodes it: only a file that may be an HTML page may declare
 * its charset. Null when the bytes are binary.
 */
export function decodeLikeImporter(bytes: Uint8Array, fileName: string): string | null {
  const extension = fileExtension(fileName)
  const decoded = decodeBytes(bytes, !MARKDOWN_EXTENSIONS.has(extension) && !TEXT_EXTENSIONS.has(extension))
  return decoded.ok ? decoded.value.text : null
}
