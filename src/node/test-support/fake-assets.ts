// A stand-in for the library's AssetStore (src/node/store/assets.ts) in tests of saving pictures: keeps
// pictures in memory by SHA-256, refuses what does not start like a PNG, JPEG or GIF.
import { createHash } from 'node:crypto'
import { err, ok } from '../../shared/result'
import type { ImportAssets } from '../services/import-service'

const EXTENSIONS: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'png'],
  [[0xff, 0xd8, 0xff], 'jpg'],
  [[0x47, 0x49, 0x46, 0x38], 'gif']
]

export class FakeAssets implements ImportAssets {
  readonly files = new Map<string, Uint8Array>()
  /** Refuse every picture while set (a full disk, say). */
  failing = false

  async save(bytes: Uint8Array) {
    if (this.failing) return err('the disk is full')
    const ext = EXTENSIONS.find(([magic]) => magic.every((b, i) => bytes[i] === b))?.[1]
    if (!ext) return err('it is not a picture Diptych can show')
    const name = `${createHash('sha256').update(bytes).digest('hex')}.${ext}`
    this.files.set(name, bytes)
    return ok(name)
  }

  /** As AssetStore.removeUnused: drops the pictures no article uses, among `among` when given. */
  async removeUnused(used: ReadonlySet<string>, among?: Iterable<string>) {
    const candidates = among && new Set(among)
    const doomed = [...this.files.keys()].filter((name) => !used.has(name) && (!candidates || candidates.has(name)))
    for (const name of doomed) this.files.delete(name)
    return doomed.length
  }
}
