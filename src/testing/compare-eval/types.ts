// The labelled evaluation set: pairs of texts (A quotes or reports B) with the truth marked by hand.
import type { PairKind } from '../../shared/compare/types'

export interface EvalLabel {
  /** An exact passage of text A (the first occurrence, or the `occurrence`-th, counting from 0). */
  a: string
  occurrence?: number
  /** Passages of text B any of which is a right counterpart; empty when A's passage has none. */
  b: string[]
  /** The kind by the rules of classify.ts: verbatim = (nearly) every word equal in order; close = at
   *  least four words in five equal in order; paraphrase = reworded, reordered or translated. */
  kind: PairKind | 'none'
  /** A passage where either answer is defensible: a pair on it counts neither for nor against. */
  optional?: boolean
  note?: string
}

export interface EvalCase {
  name: string
  /** The reporting / quoting text. */
  textA: string
  /** The source. */
  textB: string
  labels: EvalLabel[]
}
