// One shape for every outcome that can fail without throwing: the IPC contract's responses, the
// importer's parse and decode results, the parser worker's answers, a Web Annotation file read.
// Plain data (no class), so that it crosses IPC, a WebSocket and a worker thread unchanged.

export type Ok<T> = { ok: true; value: T }
export type Err<E> = { ok: false; error: E }
export type Result<T, E> = Ok<T> | Err<E>

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value })
export const err = <E>(error: E): Err<E> => ({ ok: false, error })
