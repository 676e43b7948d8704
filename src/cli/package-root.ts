// Where the package is: the nearest folder up from this module that holds package.json. Run from
// src/cli (tests), out/cli (the bundle's entry) or out/cli/chunks (a command loaded on demand).
import { existsSync } from 'node:fs'
import path from 'node:path'

let root: string | undefined

export function packageRoot(): string {
  if (root !== undefined) return root
  let dir = import.meta.dirname
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir)
  root = dir
  return dir
}
