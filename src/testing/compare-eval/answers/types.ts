// Answer sets, after the short-answer corpora of text reuse research (Clough and Stevenson's): one
// source text and several answers written from it, each labelled as a whole by how it was written.
// Labelling whole answers is what a careful human can do reliably; the spans inside are not labelled.

/** cut: copied, with a few words, marks or numbers changed; light: the source's sentences kept in order
 *  with words swapped for synonyms and small edits; heavy: the same facts, rewritten and reordered;
 *  non: written without the source, on the same topic (shared vocabulary and stock phrases); quote: a
 *  text of its own that quotes one passage of the source (the rest marked as its own). */
export type ReuseLevel = 'cut' | 'light' | 'heavy' | 'quote' | 'non'

export interface Answer {
  level: ReuseLevel
  text: string
  /** Passages of the answer not taken from the source (a quote of someone else, the writer's own
   *  reporting): a pair on one of them is a false pair, even in an answer that reuses the source. */
  own?: string[]
  note?: string
}

export interface AnswerSet {
  topic: string
  /** The source the cut, light and heavy answers were written from. */
  source: string
  /** Whose statement the source is, when it is one person's (for the quote check). */
  sourceSpeaker?: string
  answers: Answer[]
}
