// Compare: the passages the two open texts share, how each quote of one reads in the other, and
// turning a proposed pair into a link between two highlights (or hiding it for good).
import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { DEFAULT_MIN_SCORE, type AlignedPair, type PairKind, type QuoteCheckEntry } from '../../../shared/compare'
import { selectorsFor } from '../../../shared/anchor'
import { addRejectedPair, highlightAt, isRejected, removeRejectedPair } from '../../../shared/library-ops'
import { canonicalText, type Link, type LinkRelation, type RejectedPair } from '../../../shared/model'
import { compareInWorker } from '../workers/compare-protocol'
import { useAnnotationStore, type LinkEnd } from './annotations'
import { useHistoryStore } from './history'
import { useLibraryStore } from './library'
import { useNoticeStore } from './notices'
import { useReaderStore, type Side } from './reader'

export interface CompareResult {
  leftId: string
  rightId: string
  pairs: AlignedPair[]
  quotesLeft: QuoteCheckEntry[]
  quotesRight: QuoteCheckEntry[]
  ms: number
}

export const defaultRelation = (kind: PairKind): LinkRelation => (kind === 'paraphrase' ? 'paraphrases' : 'quotes')

export const useCompareStore = defineStore('compare', () => {
  const library = useLibraryStore()
  const reader = useReaderStore()
  const notices = useNoticeStore()
  const history = useHistoryStore()
  const annotations = useAnnotationStore()

  const result = ref<CompareResult | null>(null)
  const running = ref(false)
  const hovered = ref<number | null>(null)
  const panelOpen = ref(false)

  const current = computed(() => {
    const r = result.value
    const [left, right] = reader.panes
    return r && r.leftId === left && r.rightId === right ? r : null
  })

  const rejection = (r: CompareResult, pair: AlignedPair): RejectedPair => ({
    articleA: r.leftId,
    articleB: r.rightId,
    a: { ...pair.a },
    b: { ...pair.b }
  })

  /** The worker returns every pair (minScore 0): those under DEFAULT_MIN_SCORE, weaker matches, are
   *  shown only when the reader asks ("Show weaker matches"), never dropped. */
  const showWeaker = ref(false)

  /** Proposals not rejected before for this pair of articles, weaker matches included. */
  const allPairs = computed(() => {
    const r = current.value
    if (!r) return []
    return r.pairs.filter((p) => !isRejected(library.rejectedPairs, rejection(r, p)))
  })
  const isWeaker = (p: AlignedPair) => p.score < DEFAULT_MIN_SCORE
  /** The pairs shown in the panel and the panes. */
  const pairs = computed(() => (showWeaker.value ? allPairs.value : allPairs.value.filter((p) => !isWeaker(p))))
  const weakerCount = computed(() => allPairs.value.filter(isWeaker).length)
  const hiddenWeaker = computed(() => (showWeaker.value ? 0 : weakerCount.value))

  /**
   * For each pair shown, the relation of a link between its two passages: one made by accepting it, or one
   * the reader made by hand between highlights that overlap both passages (accepting again would link them twice).
   */
  const linked = computed(() => {
    const r = current.value
    const out = new Map<AlignedPair, LinkRelation>()
    if (!r) return out
    const touching = (id: string, span: AlignedPair['a']) =>
      new Set(
        library
          .highlightsOf(id)
          .filter((h) => h.position.start < span.end && span.start < h.position.end)
          .map((h) => h.id)
      )
    for (const p of pairs.value) {
      const [left, right] = [touching(r.leftId, p.a), touching(r.rightId, p.b)]
      if (left.size === 0 || right.size === 0) continue
      const link = library.links.find((l) => (left.has(l.from) && right.has(l.to)) || (left.has(l.to) && right.has(l.from)))
      if (link) out.set(p, link.relation)
    }
    return out
  })

  const spansOf = (side: Side) => pairs.value.map((p, index) => ({ ...(side === 0 ? p.a : p.b), kind: p.kind, index }))

  function pairAt(side: Side, offset: number): number | null {
    const i = pairs.value.findIndex((p) => {
      const s = side === 0 ? p.a : p.b
      return s.start <= offset && offset < s.end
    })
    return i >= 0 ? i : null
  }

  async function run(): Promise<void> {
    const [leftId, rightId] = reader.panes
    if (!leftId || !rightId) {
      notices.push({ kind: 'warning', message: 'Open two articles, one in each pane, to compare them.' })
      return
    }
    const [left, right] = await Promise.all([library.body(leftId), library.body(rightId)])
    if (!left || !right) return
    running.value = true
    const response = await compareInWorker(canonicalText(left.blocks), canonicalText(right.blocks))
    running.value = false
    if (!response.ok) {
      notices.push({ kind: 'error', message: `The comparison failed: ${response.message}` })
      return
    }
    result.value = {
      leftId,
      rightId,
      pairs: response.pairs,
      quotesLeft: response.quotesLeft,
      quotesRight: response.quotesRight,
      ms: response.ms
    }
    panelOpen.value = true
    const shown = response.pairs.filter((p) => !isWeaker(p)).length
    const weaker = response.pairs.length - shown
    const more = weaker === 0 ? '' : ` and ${weaker} weaker match${weaker === 1 ? '' : 'es'}`
    notices.push({ kind: 'info', message: `Found ${shown} corresponding passage${shown === 1 ? '' : 's'}${more}.` }, 3000)
  }

  async function reject(pair: AlignedPair): Promise<void> {
    const r = current.value
    if (!r) return
    const rejected = rejection(r, pair)
    const run = async () => {
      const ok = await notices.ok(window.api.rejectPair(rejected))
      if (ok) addRejectedPair(library, rejected)
      return ok
    }
    const undo = async () => {
      const ok = await notices.ok(window.api.unrejectPair(rejected))
      if (ok) removeRejectedPair(library, rejected)
      return ok
    }
    if (await run()) history.record({ label: 'reject pair', undo, redo: run, articles: [r.leftId, r.rightId] })
  }

  /** Accepting makes one highlight in each article and a link between them, undone as one step. */
  async function accept(pair: AlignedPair, relation: LinkRelation): Promise<Link | null> {
    const r = current.value
    if (!r || linked.value.has(pair)) return null
    return linkPassages({ articleId: r.leftId, ...pair.a }, { articleId: r.rightId, ...pair.b }, relation)
  }

  /** A passage of an article: its highlight is reused when one covers exactly this span. */
  type Passage = { articleId: string; start: number; end: number }

  async function endOf(p: Passage): Promise<LinkEnd | null> {
    const existing = highlightAt(library.highlightsOf(p.articleId), p.articleId, p)
    if (existing) return { highlight: existing }
    const body = library.bodies.get(p.articleId) ?? (await library.body(p.articleId))
    if (!body) return null
    return {
      draft: { articleId: p.articleId, color: library.settings.lastColor, ...selectorsFor(canonicalText(body.blocks), p.start, p.end) }
    }
  }

  /** Links the two passages through the annotation store, which makes the highlights they lack. */
  async function linkPassages(from: Passage, to: Passage, relation: LinkRelation): Promise<Link | null> {
    const [a, b] = await Promise.all([endOf(from), endOf(to)])
    if (!a || !b) return null
    return annotations.linkPassages(a, b, relation)
  }

  /** Linking by hand: the first passage waits here until the reader selects its counterpart. */
  const pendingLink = ref<(Passage & { side: Side; quote: string }) | null>(null)

  watch(
    () => [...reader.panes],
    () => {
      hovered.value = null
    }
  )

  return {
    result,
    current,
    pairs,
    linked,
    showWeaker,
    weakerCount,
    hiddenWeaker,
    running,
    hovered,
    panelOpen,
    pendingLink,
    spansOf,
    pairAt,
    run,
    reject,
    accept,
    linkPassages
  }
})
