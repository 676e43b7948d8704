// The colours of every theme, in one place: styles/themes.css is generated from this module
// (theme-css.ts) and the contrast test reads it, so the checked values are the painted ones.
// Colours are #rrggbb, or #rrggbbaa for tints laid over the page.
import type { HighlightColor } from '../../../shared/model'

export const PAINTED_THEMES = ['light', 'sepia', 'dark'] as const
export type PaintedTheme = (typeof PAINTED_THEMES)[number]

type Tokens = {
  /** The page: panes, bars, dialogs. */
  paper: string
  /** Behind the page: the divider, the window edge. */
  canvas: string
  ink: string
  'ink-soft': string
  'ink-faint': string
  rule: string
  accent: string
  'accent-soft': string
  /** Text on an accent-coloured button. */
  'on-accent': string
  danger: string
  ok: string
  caution: string
  /** Raised surfaces on the page: buttons, fields, cards, menus. */
  surface: string
  /** Side panels (annotations, comparison) and code blocks. */
  sunk: string
  shadow: string
  backdrop: string
  /** Messages and the selection toolbar: a dark chip in every theme. */
  'chip-bg': string
  'chip-ink': string
  'chip-line': string
  'chip-hover': string
  'notice-warning': string
  'notice-error': string
  /** Compared passages: the solid and the paraphrase kind, and their tints. */
  pair: string
  'pair-soft': string
  'pair-tint': string
  'pair-band': string
  'pair-band-verbatim': string
  'pair-band-strong': string
  paraphrase: string
  'paraphrase-tint': string
  flash: string
  'drop-bg': string
  'diff-del-bg': string
  'diff-del-ink': string
  'diff-ins-bg': string
  'diff-ins-ink': string
} & Record<`hl-${HighlightColor}` | `mark-${HighlightColor}` | `swatch-${HighlightColor}`, string>

export type TokenName = keyof Tokens

const light: Tokens = {
  paper: '#fbfaf7',
  canvas: '#efece6',
  ink: '#1f1d1a',
  'ink-soft': '#5b564e',
  'ink-faint': '#6b665d',
  rule: '#dcd7ce',
  accent: '#2f5d8a',
  'accent-soft': '#e3ecf5',
  'on-accent': '#ffffff',
  danger: '#a3322a',
  ok: '#2e7d32',
  caution: '#7a5f12',
  surface: '#ffffff',
  sunk: '#f7f5f0',
  shadow: '#00000029',
  backdrop: '#1e1c1959',
  'chip-bg': '#2b2925',
  'chip-ink': '#f6f3ee',
  'chip-line': '#ffffff66',
  'chip-hover': '#ffffff24',
  'notice-warning': '#6b4e16',
  'notice-error': '#a3322a',
  pair: '#2f5d8abf',
  'pair-soft': '#2f5d8a73',
  'pair-tint': '#2f5d8a24',
  'pair-band': '#2f5d8a29',
  'pair-band-verbatim': '#2f5d8a42',
  'pair-band-strong': '#2f5d8a73',
  paraphrase: '#785aa0b3',
  'paraphrase-tint': '#785aa029',
  flash: '#2f5d8a59',
  'drop-bg': '#e3ecf5d9',
  'diff-del-bg': '#fbe3e1',
  'diff-del-ink': '#8d2a22',
  'diff-ins-bg': '#e2f2e2',
  'diff-ins-ink': '#22602a',
  'hl-yellow': '#fad64073',
  'hl-green': '#78c8786b',
  'hl-blue': '#6eaaf066',
  'hl-pink': '#f582af66',
  'hl-purple': '#aa82e666',
  'mark-yellow': '#8a6a00',
  'mark-green': '#2e7d32',
  'mark-blue': '#1f5fae',
  'mark-pink': '#b0306a',
  'mark-purple': '#6a3fb0',
  'swatch-yellow': '#f6cf3a',
  'swatch-green': '#6cc36c',
  'swatch-blue': '#6aa5ec',
  'swatch-pink': '#f07fae',
  'swatch-purple': '#a884e4'
}

const sepia: Tokens = {
  ...light,
  paper: '#f6efdf',
  canvas: '#e9dec6',
  ink: '#33291c',
  'ink-soft': '#5a4a35',
  'ink-faint': '#66553f',
  rule: '#d9cbae',
  accent: '#7b4a1c',
  'accent-soft': '#eedfc4',
  surface: '#fcf7ec',
  sunk: '#f1e7d2',
  ok: '#2a7230',
  'pair-soft': '#2f5d8a80',
  'drop-bg': '#eedfc4d9',
  'diff-del-bg': '#f6dcd3',
  'diff-del-ink': '#862a1f',
  'diff-ins-bg': '#dfeccf',
  'diff-ins-ink': '#2a5a22',
  'hl-yellow': '#f2c94a73',
  'hl-green': '#8cc27a6b',
  'hl-blue': '#82aadc66',
  'hl-pink': '#ec8ca866',
  'hl-purple': '#b08cd866',
  'mark-yellow': '#7d5e00',
  'mark-green': '#2b712e',
  'mark-blue': '#1d5699',
  'mark-pink': '#a12c5f',
  'mark-purple': '#62399f'
}

const dark: Tokens = {
  paper: '#1d1c1a',
  canvas: '#141413',
  ink: '#e6e1d8',
  'ink-soft': '#bab3a7',
  'ink-faint': '#a29b8f',
  rule: '#3b3833',
  accent: '#8db6e3',
  'accent-soft': '#24323f',
  'on-accent': '#0f1720',
  danger: '#f0938a',
  ok: '#7ccf80',
  caution: '#e2bd5c',
  surface: '#26251f',
  sunk: '#22211e',
  shadow: '#00000080',
  backdrop: '#00000099',
  'chip-bg': '#3a3732',
  'chip-ink': '#f3efe7',
  'chip-line': '#ffffff59',
  'chip-hover': '#ffffff1f',
  'notice-warning': '#5e4512',
  'notice-error': '#8e2b24',
  pair: '#8db6e3c7',
  'pair-soft': '#8db6e38c',
  'pair-tint': '#8db6e326',
  'pair-band': '#8db6e326',
  'pair-band-verbatim': '#8db6e33d',
  'pair-band-strong': '#8db6e366',
  paraphrase: '#b9a0dcc7',
  'paraphrase-tint': '#b9a0dc26',
  flash: '#8db6e359',
  'drop-bg': '#24323fd9',
  'diff-del-bg': '#4a211d',
  'diff-del-ink': '#ffb4ab',
  'diff-ins-bg': '#1e3d22',
  'diff-ins-ink': '#a6e3a6',
  'hl-yellow': '#c8a0145c',
  'hl-green': '#3c964659',
  'hl-blue': '#3c78c859',
  'hl-pink': '#c8467e59',
  'hl-purple': '#8250c859',
  'mark-yellow': '#e3c04a',
  'mark-green': '#72c476',
  'mark-blue': '#79aef0',
  'mark-pink': '#f08cb4',
  'mark-purple': '#bb9af2',
  'swatch-yellow': '#e3c04a',
  'swatch-green': '#72c476',
  'swatch-blue': '#79aef0',
  'swatch-pink': '#f08cb4',
  'swatch-purple': '#bb9af2'
}

export const THEME_TOKENS: Record<PaintedTheme, Tokens> = { light, sepia, dark }

/** The browser's own controls and scrollbars: light or dark. */
export const COLOR_SCHEME: Record<PaintedTheme, 'light' | 'dark'> = { light: 'light', sepia: 'light', dark: 'dark' }
