// Command-line arguments to options and positionals. Hand-written rather than node:util's parseArgs so
// that every mistake gets a sentence a reader understands, not Node's internal error text.
import type { CliPath } from './raw-args'

export interface OptionSpec {
  type: 'boolean' | 'string'
  /** May be given more than once (string options only); the values are collected in order. */
  multiple?: boolean
  /** The value's name in error messages, e.g. "PATH". */
  value?: string
}

export type OptionSpecs = Record<string, OptionSpec>

export interface ParsedArgs {
  /** Booleans are true when given; strings hold the last value, or every value for `multiple`. */
  options: Record<string, boolean | string | string[] | undefined>
  positionals: string[]
  /** The positionals as paths: the bytes given where they are not UTF-8 (see raw-args.ts), else the string. */
  paths: CliPath[]
  /** String options whose value was given in bytes that are not UTF-8. */
  optionBytes: Record<string, Buffer>
}

/** A mistake in how the command was called: the message, then a pointer to --help; exit code 2. */
export class UsageError extends Error {}

/** Options every command takes. */
export const COMMON_OPTIONS: OptionSpecs = {
  'data-dir': { type: 'string', value: 'DIR' },
  help: { type: 'boolean' }
}

/** `bytes[i]`: what args[i] was given as, when that is not UTF-8 (argBytes). */
export function parseArgs(args: readonly string[], specs: OptionSpecs, bytes: readonly (Buffer | undefined)[] = []): ParsedArgs {
  const options: ParsedArgs['options'] = {}
  const positionals: string[] = []
  const paths: CliPath[] = []
  const optionBytes: Record<string, Buffer> = {}
  const positional = (i: number) => {
    positionals.push(args[i])
    paths.push(bytes[i] ?? args[i])
  }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--') {
      for (let j = i + 1; j < args.length; j++) positional(j)
      break
    }
    if (arg === '-h') {
      options.help = true
      continue
    }
    // A lone "-" and anything not starting with "--" is a positional (a file name, an id).
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option “${arg}”.`)
      positional(i)
      continue
    }
    const eq = arg.indexOf('=')
    const name = arg.slice(2, eq === -1 ? undefined : eq)
    const spec = specs[name]
    if (!spec) throw new UsageError(`Unknown option “--${name}”.`)
    if (spec.type === 'boolean') {
      if (eq !== -1) throw new UsageError(`The option --${name} takes no value.`)
      options[name] = true
      continue
    }
    let value: string | undefined
    if (eq !== -1) value = arg.slice(eq + 1)
    // "--out --json" is a forgotten value, not a file named "--json"; "--out=--json" says it is meant.
    else if (i + 1 < args.length && !args[i + 1].startsWith('--')) value = args[++i]
    if (value === undefined || value === '') throw new UsageError(`The option --${name} needs a value (${spec.value ?? 'VALUE'}).`)
    const given = bytes[i]
    if (given) optionBytes[name] = eq === -1 ? given : given.subarray(given.indexOf('=') + 1)
    if (spec.multiple) options[name] = [...((options[name] as string[] | undefined) ?? []), value]
    else if (options[name] !== undefined) throw new UsageError(`The option --${name} was given twice.`)
    else options[name] = value
  }
  return { options, positionals, paths, optionBytes }
}

/** The value of a string option that must be one of `allowed`. */
export function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`The option --${name} must be ${allowed.join(' or ')}, not “${String(value)}”.`)
}
