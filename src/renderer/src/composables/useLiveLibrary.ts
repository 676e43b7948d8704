// The library follows what other processes write: the command line, or a sync tool (Syncthing,
// Dropbox) bringing another computer's highlights and notes. Main says so (its folder watcher); the
// window gaining focus asks main to look too, for a change the watcher has not reported yet. Either way
// the library is read again and the views follow; what the reader is typing lives in the fields'
// own drafts (a card's note, a tag being typed, the article editor's form) and is not touched.
import { onBeforeUnmount, onMounted } from 'vue'
import { useLibraryStore } from '../stores/library'

export function useLiveLibrary(): void {
  const library = useLibraryStore()
  const lookAgain = async () => {
    const answer = await window.api.checkLibrary()
    if (answer.ok && answer.value.changed) await library.reloadChanged()
  }
  const onFocus = () => void lookAgain()
  onMounted(() => {
    window.api.onLibraryChanged(() => void library.reloadChanged())
    window.addEventListener('focus', onFocus)
  })
  onBeforeUnmount(() => window.removeEventListener('focus', onFocus))
}
