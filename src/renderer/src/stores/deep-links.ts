// diptych:// links in the window: each one checked against the library (src/shared/deep-link-plan.ts),
// then its article opened, its passage shown and flashed, its card or its orphan entry opened; and the
// links the reader copies, to a highlight or to the pair of articles on screen.
import { defineStore } from 'pinia'
import { watch } from 'vue'
import { anchor, findQuote } from '../../../shared/anchor'
import { formatDeepLink, type DeepLink } from '../../../shared/deep-link'
import { highlightLink, planLink, type LinkPlan, type LinkTargets } from '../../../shared/deep-link-plan'
import { linksOf } from '../../../shared/library-ops'
import type { LinkArrival } from '../../../shared/link-inbox'
import { canonicalText, type Highlight, type Link, type TextQuoteSelector } from '../../../shared/model'
import { focusWhenShown, paneText } from '../dom/focus-when-shown'
import { levelPassages } from '../dom/level-passages'
import { useAnnotationStore } from './annotations'
import { useLibraryStore } from './library'
import { useNoticeStore } from './notices'
import { useReaderStore } from './reader'

export const useDeepLinkStore = defineStore('deepLinks', () => {
  const library = useLibraryStore()
  const reader = useReaderStore()
  const annotations = useAnnotationStore()
  const notices = useNoticeStore()
  // Links that come before the library is loaded (a cold start) wait for it.
  const waiting: LinkArrival[] = []

  const targets: LinkTargets = {
    article: (id) => library.articleById.get(id),
    highlight: (id) => library.highlightById(id),
    link: (id) => library.links.find((l) => l.id === id)
  }
  const title = (articleId: string) => library.articleById.get(articleId)?.title ?? articleId
  const say = (kind: 'info' | 'error', message: string) => void notices.push({ kind, message }, 10_000)

  function receive(arrival: LinkArrival): void {
    if (library.loaded) void open(arrival)
    else waiting.push(arrival)
  }
  watch(
    () => library.loaded,
    (loaded) => loaded && waiting.splice(0).forEach((a) => void open(a))
  )

  async function open(arrival: LinkArrival): Promise<void> {
    if ('refused' in arrival) return say('error', arrival.refused)
    // The window holds only the highlights of the articles on screen: those the link names are asked of main first.
    const link = arrival.link
    const ids = link.kind === 'highlight' ? [link.articleId] : link.kind === 'pair' && link.linkId ? [link.leftId, link.rightId] : []
    const release = await library.pinHighlights(ids.filter((id) => library.articleById.has(id)))
    try {
      await follow(arrival.link)
    } finally {
      release()
    }
  }

  async function follow(link: DeepLink): Promise<void> {
    const plan = planLink(link, targets)
    if (plan.kind === 'missing') return say('error', plan.message)
    if (plan.kind === 'article') return focusWhenShown(paneText(reader.openSomewhere(plan.articleId)))
    if (plan.kind === 'highlight') return openHighlight(plan.highlight)
    if (plan.kind === 'quote') return openQuote(plan.articleId, plan.quote)
    return openPair(plan)
  }

  async function textOf(articleId: string): Promise<string | null> {
    const body = await library.body(articleId)
    return body && canonicalText(body.blocks)
  }

  /** Where a highlight is in its article's text now, as the pane will place it; null for an orphan. */
  async function placeOf(h: Highlight): Promise<{ start: number; end: number } | null> {
    const text = await textOf(h.articleId)
    const place = text === null ? null : anchor(text, { quote: h.quote, position: h.position })
    return place && place.status !== 'orphan' ? place : null
  }

  async function openHighlight(h: Highlight): Promise<void> {
    const place = await placeOf(h)
    const side = reader.openSomewhere(h.articleId)
    if (!place) {
      reader.sidebarFor = { side, highlightId: h.id }
      focusWhenShown(`[data-orphan="${h.id}"]`)
      return say(
        'info',
        `This highlight no longer matches the text of “${title(h.articleId)}”: it is listed under “Not found in the text”.`
      )
    }
    reader.scrollTo(side, place.start, place.end)
    annotations.openCard = { id: h.id, focus: null, side }
    focusWhenShown(`.pane[data-side-index="${side}"] .highlight-card`, { preventScroll: true })
  }

  async function openQuote(articleId: string, quote: TextQuoteSelector): Promise<void> {
    const text = await textOf(articleId)
    const place = text === null ? null : findQuote(text, quote)
    if (!place)
      return say('error', `The highlight this link opens is not in this library, and its passage was not found in “${title(articleId)}”.`)
    const side = reader.openSomewhere(articleId)
    reader.scrollTo(side, place.start, place.end, true, true)
    focusWhenShown(paneText(side), { preventScroll: true })
    say('info', `The highlight this link opens is not in this library; its passage in “${title(articleId)}” is selected.`)
  }

  async function openPair(plan: Extract<LinkPlan, { kind: 'pair' }>): Promise<void> {
    void reader.openPair(plan.leftId, plan.rightId)
    annotations.openCard = null
    focusWhenShown(paneText(0), { preventScroll: true })
    if (!plan.ends) return
    // Both passages shown and flashed, then at the same height: levelled on the link.
    const [left, right] = await Promise.all(plan.ends.map(placeOf))
    const asked = [left ? reader.scrollTo(0, left.start, left.end) : 0, right ? reader.scrollTo(1, right.start, right.end) : 0]
    // Levelled only once both panes have made their jumps: a pane still opening its article jumps later.
    const jumped = () => reader.scrolled[0] >= asked[0] && reader.scrolled[1] >= asked[1]
    if (left && right) levelPassages({ articleId: plan.leftId, ...left }, { articleId: plan.rightId, ...right }, jumped)
  }

  async function copy(uri: string, message: string): Promise<void> {
    if (await notices.ok(window.api.copyText({ text: uri }))) say('info', message)
  }

  function copyHighlightLink(h: Highlight): Promise<void> {
    return copy(highlightLink(h), 'Link to the highlight copied.')
  }

  /** The command: the link of the highlight whose card is open. */
  function copyOpenCardLink(): boolean {
    const h = annotations.openCard && library.highlightById(annotations.openCard.id)
    if (h) void copyHighlightLink(h)
    else say('info', 'Open a highlight’s card first, then copy its link.')
    return true
  }

  /** A link to the two articles on screen; levelled on the open card's link when it joins them. */
  function copyPairLink(): boolean {
    const [leftId, rightId] = reader.panes
    if (!leftId || !rightId) return false
    const articleOf = (id: string) => library.highlightById(id)?.articleId
    const joins = (l: Link) => [articleOf(l.from), articleOf(l.to)].sort().join(' ') === [leftId, rightId].sort().join(' ')
    const card = annotations.openCard?.id
    const joined = card ? linksOf(library.links, card).find(joins) : undefined
    void copy(formatDeepLink({ kind: 'pair', leftId, rightId, ...(joined ? { linkId: joined.id } : {}) }), 'Link to this pair copied.')
    return true
  }

  return { receive, copyHighlightLink, copyOpenCardLink, copyPairLink }
})
