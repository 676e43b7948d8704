// WCAG 2 contrast of two colours, tints composited over what they lie on first.

export interface Rgba {
  r: number
  g: number
  b: number
  a: number
}

export function parseHex(hex: string): Rgba {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})?$/i.exec(hex)
  if (!m) throw new Error(`not a #rrggbb(aa) colour: ${hex}`)
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16))
  return { r, g, b, a: m[4] ? parseInt(m[4], 16) / 255 : 1 }
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, u: number) => t * top.a + u * (1 - top.a)
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 }
}

function luminance({ r, g, b }: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/** Contrast ratio, 1 to 21; each colour is first laid over `page` (a tint is seen over the page). */
export function contrast(fg: string, bg: string, page = '#ffffff'): number {
  const base = parseHex(page)
  const [a, b] = [luminance(over(parseHex(fg), over(parseHex(bg), base))), luminance(over(parseHex(bg), base))]
  const [hi, lo] = a > b ? [a, b] : [b, a]
  return (hi + 0.05) / (lo + 0.05)
}
