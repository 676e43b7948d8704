// quoteCheck(): every quotation in one text, its best counterpart in the other, and what changed.
import { chainRuns } from './chains'
import { ALIGN_THRESHOLDS, classify, CLOSE_DICE, MIN_CHAIN_CONTENT, QUOTATION_THRESHOLDS, VERBATIM_DICE } from './classify'
import { createContext, type CompareContext } from './context'
import { localCandidate } from './extend'
import { bagDice, emptyCandidate, measureBag, measureOrder, wordDice, type Candidate } from './measure'
import { buildSentenceIndex, paraphraseCandidates, type SentenceIndex } from './paraphrase'
import { findQuotations } from './quotes'
import { buildGramIndex, findRuns, type GramIndex } from './seeds'
import { charSpan, clauseEndAt } from './spans'
import type { QuoteCheckEntry, QuoteCheckOptions } from './types'
import { wordDiff } from './worddiff'
import { sameSpeaker, speakersOf } from './speaker'

/** A quote that stops this few words short of the end of its source clause is given the whole clause
 *  as counterpart, so that the diff shows what it left off ("before everything [else]"). Not at the
 *  start: quoting from the middle of a clause ("that residents have…") is how quotes are embedded. */
const CLAUSE_TAIL = 3

interface Search {
  ctx: CompareContext
  grams: GramIndex
  sentences: SentenceIndex | null
  reach: Int32Array
}

/** A piece of a quotation: token range in A, and its counterpart's token range in B (or none). */
interface Part {
  a0: number
  a1: number
  match: Candidate | null
}

/** Entries in order of the quotations in the quoting text. Deterministic. */
export function quoteCheck(quotingText: string, sourceText: string, options: QuoteCheckOptions = {}): QuoteCheckEntry[] {
  const ctx = createContext(quotingText, sourceText)
  const search: Search = {
    ctx,
    grams: buildGramIndex(ctx),
    sentences: options.paraphrase === false ? null : buildSentenceIndex(ctx),
    reach: new Int32Array(ctx.a.tokens.count + ctx.b.tokens.count + 1)
  }
  const { tokens, seg } = ctx.a
  const entries: QuoteCheckEntry[] = []
  const quotations = findQuotations(quotingText)
  const speakers = speakersOf(quotingText, quotations, options.sourceSpeaker === undefined ? [] : [options.sourceSpeaker])
  quotations.forEach((quotation, index) => {
    const speaker = speakers[index]
    const otherSpeaker = options.sourceSpeaker !== undefined && speaker !== null && !sameSpeaker(speaker, options.sourceSpeaker)
    for (const piece of quotation.pieces) {
      let t0 = 0
      while (t0 < tokens.count && tokens.start[t0] < piece.start) t0++
      let t1 = t0
      while (t1 < tokens.count && tokens.end[t1] <= piece.end) t1++
      // Each sentence of the quote is looked up on its own (a quote with "..." joins distant
      // sentences), then neighbours whose counterparts are neighbours too are joined again.
      const parts: Part[] = []
      for (let s0 = t0; s0 < t1;) {
        let s1 = s0 + 1
        while (s1 < t1 && seg.sentenceOf[s1] === seg.sentenceOf[s0]) s1++
        const part: Part = { a0: s0, a1: s1, match: bestCounterpart(search, s0, s1) }
        const last = parts[parts.length - 1]
        if (last && joins(last, part)) {
          last.a1 = s1
          if (last.match && part.match) last.match.b1 = part.match.b1
        } else parts.push(part)
        s0 = s1
      }
      for (const part of parts) entries.push({ ...entry(ctx, part, index), speaker, otherSpeaker })
    }
  })
  return entries
}

function joins(prev: Part, next: Part): boolean {
  if (!prev.match || !next.match) return !prev.match && !next.match
  return next.match.b0 === prev.match.b1
}

/** The best-ranked pair for A tokens [a0, a1), from seeds or from sentence windows, or null. */
function bestCounterpart(search: Search, a0: number, a1: number): Candidate | null {
  const { ctx } = search
  let best: Candidate | null = null
  const consider = (c: Candidate): void => {
    if (best === null || c.rank > best.rank || (c.rank === best.rank && c.b0 < best.b0)) best = c
  }
  const runs = findRuns(ctx, search.grams, a0, a1, search.reach)
  for (const chain of chainRuns(ctx, runs)) {
    if (chain.content < MIN_CHAIN_CONTENT) continue
    const c = localCandidate(ctx, chain)
    // Clip to the quote: seeds never leave it, but growing to clauses may.
    if (c.a0 < a0 || c.a1 > a1) continue
    const whole = c.a1 - c.a0 >= 0.8 * (a1 - a0)
    if (classify(c, whole ? QUOTATION_THRESHOLDS : ALIGN_THRESHOLDS)) consider(c)
  }
  if (search.sentences)
    for (const c of paraphraseCandidates(ctx, search.sentences, a0, a1, false)) if (classify(c, ALIGN_THRESHOLDS, false)) consider(c)
  const found = best as Candidate | null
  if (found && found.kind !== 'paraphrase' && found.a1 === a1) {
    const end = clauseEndAt(ctx.b, found.b1)
    if (end - found.b1 <= CLAUSE_TAIL) found.b1 = end
  }
  return found
}

function entry(ctx: CompareContext, part: Part, quotation: number): Omit<QuoteCheckEntry, 'speaker' | 'otherSpeaker'> {
  const quote = charSpan(ctx.a, part.a0, part.a1)
  if (!part.match) return { quote, counterpart: null, kind: null, score: 0, diff: [], quotation }
  // Measure the whole quote against its counterpart: the fidelity of what the reporter put in quotes.
  const c = emptyCandidate(part.a0, part.a1, part.match.b0, part.match.b1)
  measureBag(ctx, c)
  measureOrder(ctx, c)
  const words = wordDice(c)
  const kind = words >= VERBATIM_DICE ? 'verbatim' : words >= CLOSE_DICE ? 'close' : 'paraphrase'
  const counterpart = charSpan(ctx.b, c.b0, c.b1)
  return {
    quote,
    counterpart,
    kind,
    score: Math.round((kind === 'paraphrase' ? bagDice(c) : words) * 1000) / 1000,
    diff: wordDiff(ctx.b.text.slice(counterpart.start, counterpart.end), ctx.a.text.slice(quote.start, quote.end)),
    quotation
  }
}
