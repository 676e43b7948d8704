// What `diptych align` needs on two plain-text files, all of it: reading and decoding a file as the
// importer does, and the aligner. scripts/build-cli.mjs builds this as one classic script with a code
// cache (align-kernel.ts loads it); the rest of the command line stays ES modules.
export { align, DEFAULT_MIN_SCORE } from '../shared/compare'
export { plainTextLikeImporter, readArticleFile } from '../node/plain-text'
