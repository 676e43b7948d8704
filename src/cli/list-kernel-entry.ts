// What `diptych list` runs when the library's listing can be trusted: the listing's reader with the
// article schema (and zod, bundled in). scripts/build-cli.mjs builds it as one classic script with a
// code cache (list-kernel.ts loads it); the full opening it falls back to stays ES modules.
export { readLibraryListing } from '../node/listing'
export { dataDirOf } from './data-dir'
