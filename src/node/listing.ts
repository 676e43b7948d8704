// The library's article list for `diptych list`: a public entry of its own (like parsing.ts) so that
// listing loads the listing's reader and the article schema only, not the store, services and parsers.
export { appFolder, resolveDataDir } from './data-dir'
export { readLibraryListing, type LibraryListing } from './store/library-listing'
