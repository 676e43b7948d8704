// A generated library for "Find sources": articles of made-up prose on topics (each topic has words of
// its own, so that articles on one topic look alike), one in ten quoting two or three passages from each
// of one or two earlier articles on its topic, verbatim, lightly edited or heavily edited. Any article
// can be made again on its own from its number (its own random sequence), so that a library of 50,000
// never needs to be held in memory at once.
import { editQuote, prng, proseWords, render, vocabulary, zipf, type QuoteEdit } from '../src/testing/compare-eval/syntheticProse'

const GENERAL_WORDS = 12_000
const TOPIC_WORDS = 300
/** Share of an article's words drawn from its topic's own words. */
const TOPIC_SHARE = 0.3
const QUOTING_EVERY = 10
const EDITS: QuoteEdit[] = ['verbatim', 'light', 'heavy']

export interface GeneratedArticle {
  index: number
  id: string
  title: string
  text: string
}

export interface PlantedSources {
  id: string
  edit: QuoteEdit
  /** The articles it quotes, in the order it first quotes them. */
  sources: string[]
}

export class SourcesLibrary {
  readonly topics: number
  private readonly vocab: string[]
  private readonly drawGeneral: (from: () => number) => number
  private readonly drawTopic: (from: () => number) => number

  constructor(
    readonly count: number,
    readonly wordsPerArticle = 1_000,
    readonly seed = 7
  ) {
    this.topics = Math.max(20, Math.round(count / 50))
    const random = prng(seed)
    this.vocab = vocabulary(GENERAL_WORDS + this.topics * TOPIC_WORDS, random)
    this.drawGeneral = zipf(GENERAL_WORDS, random)
    this.drawTopic = zipf(TOPIC_WORDS, random)
  }

  idOf = (index: number): string => `src-${String(index).padStart(6, '0')}`
  topicOf = (index: number): number => index % this.topics
  isQuoting = (index: number): boolean => index % QUOTING_EVERY === QUOTING_EVERY - 1 && index >= this.topics * QUOTING_EVERY

  /** The numbers of the articles an article quotes (none for most). */
  sourcesOf(index: number): number[] {
    if (!this.isQuoting(index)) return []
    const random = prng(this.seed * 7919 + index * 31 + 1)
    const sameTopic = Math.floor(index / this.topics)
    const picked: number[] = []
    const wanted = 1 + (Math.floor(index / QUOTING_EVERY) % 2)
    while (picked.length < wanted) {
      const k = this.topicOf(index) + this.topics * Math.floor(random() * sameTopic)
      if (k < index && !this.isQuoting(k) && !picked.includes(k)) picked.push(k)
    }
    return picked
  }

  editOf(index: number): QuoteEdit {
    return EDITS[Math.floor(index / QUOTING_EVERY) % EDITS.length]
  }

  private ownWords(index: number, random: () => number) {
    const base = GENERAL_WORDS + this.topicOf(index) * TOPIC_WORDS
    const draw = () => (random() < TOPIC_SHARE ? base + this.drawTopic(random) : this.drawGeneral(random))
    return proseWords(this.wordsPerArticle, this.vocab, draw, random)
  }

  article(index: number): GeneratedArticle {
    const random = prng(this.seed * 1_000_003 + index)
    const own = this.ownWords(index, random)
    let text = render(own.words, own.sentenceEnd, random)
    const sources = this.sourcesOf(index)
    if (sources.length > 0) {
      const sentences = text.split(/(?<=\.) /)
      const quotes = sources.flatMap((s) => this.quotesFrom(s, this.editOf(index), random))
      // Each quote a sentence of its own, at places spread over the article, in order.
      const step = Math.max(1, Math.floor(sentences.length / (quotes.length + 1)))
      quotes.forEach((q, i) => sentences.splice((i + 1) * step + i, 0, q))
      text = sentences.join(' ')
    }
    return { index, id: this.idOf(index), title: `Topic ${this.topicOf(index)}, report ${index}`, text }
  }

  /** Two or three passages of 12–40 words of article `source`, edited, each as a quoted sentence. */
  private quotesFrom(source: number, edit: QuoteEdit, random: () => number): string[] {
    const words = this.ownWords(source, prng(this.seed * 1_000_003 + source)).words
    const n = 2 + Math.floor(random() * 2)
    const out: string[] = []
    for (let q = 0; q < n; q++) {
      const len = 12 + Math.floor(random() * 29)
      const from = Math.floor(((q + random() * 0.5) / n) * (words.length - len))
      const edited = editQuote(words.slice(from, from + len), edit, this.vocab, () => this.drawGeneral(random), random)
      const said = edited.join(' ').replace(/\.$/, '')
      out.push(`“${said[0].toUpperCase()}${said.slice(1)}.”`)
    }
    return out
  }

  planted(): PlantedSources[] {
    const out: PlantedSources[] = []
    for (let i = 0; i < this.count; i++) {
      const sources = this.sourcesOf(i)
      if (sources.length > 0) out.push({ id: this.idOf(i), edit: this.editOf(i), sources: sources.map(this.idOf) })
    }
    return out
  }

  *articles(): Generator<GeneratedArticle> {
    for (let i = 0; i < this.count; i++) yield this.article(i)
  }
}
