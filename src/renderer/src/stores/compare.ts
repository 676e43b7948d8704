// Compare: the passages the two open texts share, how each quote of one reads in the other, and
// turning a proposed pair into a link between two highlights (or hiding it for good).
import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import type { AlignedPair, PairKind, QuoteCheckEntry } from '../../../shared/compare'
import { selectorsFor } from '../../../shared/anchor'
import { canonicalText, type Highlight, type Link, type LinkRelation, type RejectedPair } from '../../../shared/model'
import { compareInWorker } from '../workers/compare-protocol'
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

  const result = ref<CompareResult | null>(null)
  const running = ref(false)
  const hovered = ref<number | null>(null)
  const panelOpen = ref(false)

  const current = computed(() => {
    const r = result.value
    const [left, right] = reader.panes
    return r && r.leftId === left && r.rightId === right ? r : null
  })

  /** Proposals not rejected before for this pair of articles. */
  const pairs = computed(() => {
    const r = current.value
    if (!r) return []
    const rejected = library.rejectedPairs.filter((p) => p.articleA === r.leftId && p.articleB === r.rightId)
    return r.pairs.filter((p) => !rejected.some((x) => x.a.start === p.a.start && x.b.start === p.b.start))
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
    result.value = { leftId, rightId, pairs: response.pairs, quotesLeft: response.quotesLeft, quotesRight: response.quotesRight, ms: response.ms }
    panelOpen.value = true
    const counts = response.pairs.length
    notices.push({ kind: 'info', message: `Found ${counts} corresponding passage${counts === 1 ? '' : 's'}.` }, 3000)
  }

  async function reject(pair: AlignedPair): Promise<void> {
    const r = current.value
    if (!r) return
    const rejected = { articleA: r.leftId, articleB: r.rightId, a: { ...pair.a }, b: { ...pair.b } }
    const same = (p: RejectedPair) => p.articleA === rejected.articleA && p.articleB === rejected.articleB && p.a.start === rejected.a.start && p.b.start === rejected.b.start
    const run = async () => {
      const ok = await notices.ok(window.api.rejectPair(rejected))
      if (ok) library.rejectedPairs.push(rejected)
      return ok
    }
    const undo = async () => {
      const ok = await notices.ok(window.api.unrejectPair(rejected))
      if (ok) library.rejectedPairs = library.rejectedPairs.filter((p) => !same(p))
      return ok
    }
    if (await run()) history.record({ label: 'reject pair', undo, redo: run, articles: [r.leftId, r.rightId] })
  }

  /** Accepting makes one highlight in each article and a link between them, undone as one step. */
  async function accept(pair: AlignedPair, relation: LinkRelation): Promise<Link | null> {
    const r = current.value
    if (!r) return null
    return linkPassages({ articleId: r.leftId, ...pair.a }, { articleId: r.rightId, ...pair.b }, relation)
  }

  /** A passage of an article: its highlight is reused when one covers exactly this span. */
  type Passage = { articleId: string; start: number; end: number }

  async function highlightFor(p: Passage): Promise<{ highlight: Highlight; created: boolean } | null> {
    const body = library.bodies.get(p.articleId) ?? (await library.body(p.articleId))
    if (!body) return null
    const existing = library.highlights.find((h) => h.articleId === p.articleId && h.position.start === p.start && h.position.end === p.end)
    if (existing) return { highlight: existing, created: false }
    const created = await notices.unwrap(
      window.api.createHighlight({ articleId: p.articleId, color: library.settings.lastColor, ...selectorsFor(canonicalText(body.blocks), p.start, p.end) })
    )
    return created ? { highlight: created, created: true } : null
  }

  async function linkPassages(from: Passage, to: Passage, relation: LinkRelation): Promise<Link | null> {
    const a = await highlightFor(from)
    const b = a && (await highlightFor(to))
    if (!a || !b) return null
    const link = await notices.unwrap(window.api.createLink({ from: a.highlight.id, to: b.highlight.id, relation }))
    if (!link) return null
    for (const h of [a, b]) if (h.created) library.highlights.push(h.highlight)
    library.links.push(link)
    recordLink([a, b].filter((h) => h.created).map((h) => h.highlight), link)
    return link
  }

  /** Undo removes the link and the highlights made for it; redo brings back the same ones. */
  function recordLink(created: Highlight[], link: Link): void {
    const ids = new Set(created.map((h) => h.id))
    history.record({
      label: 'link',
      undo: async () => {
        if (!(await notices.unwrap(window.api.deleteLink({ id: link.id })))) return false
        for (const h of created) if (!(await notices.unwrap(window.api.deleteHighlight({ id: h.id })))) return false
        library.highlights = library.highlights.filter((h) => !ids.has(h.id))
        library.links = library.links.filter((l) => l.id !== link.id)
        return true
      },
      redo: async () => {
        for (const h of created) if (!(await notices.unwrap(window.api.restoreHighlight({ highlight: h, links: [] })))) return false
        const again = await notices.unwrap(window.api.createLink({ id: link.id, from: link.from, to: link.to, relation: link.relation }))
        if (!again) return false
        library.highlights.push(...created)
        library.links.push(again)
        return true
      }
    })
  }

  /** Linking by hand: the first passage waits here until the reader selects its counterpart. */
  const pendingLink = ref<(Passage & { side: Side; quote: string }) | null>(null)

  watch(
    () => [...reader.panes],
    () => {
      hovered.value = null
    }
  )

  return { result, current, pairs, running, hovered, panelOpen, pendingLink, spansOf, pairAt, run, reject, accept, linkPassages }
})
