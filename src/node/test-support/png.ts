// Small valid PNG files made in code, for tests and benchmarks that need real pictures.
import { deflateSync } from 'node:zlib'

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

/**
 * An RGB picture of `width` × `height`: one colour from `seed`, with noise when `noise` is set (so that
 * the file is about 3 bytes a pixel, as photographs are, and every seed gives different bytes).
 */
export function makePng(width: number, height: number, seed = 0, noise = false): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // RGB
  const raw = Buffer.alloc((width * 3 + 1) * height)
  let state = (seed * 2654435761) >>> 0 || 1
  const base = [(seed * 97) & 0xff, (seed * 57 + 80) & 0xff, (seed * 31 + 160) & 0xff]
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1)
    for (let x = 0; x < width * 3; x++) {
      // xorshift32: noise that deflate cannot shrink.
      state ^= state << 13
      state ^= state >>> 17
      state ^= state << 5
      state >>>= 0
      raw[row + 1 + x] = noise ? state & 0xff : base[x % 3]
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array(0))])
}
