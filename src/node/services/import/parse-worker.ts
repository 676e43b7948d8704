// Worker-thread entry: parses one article per message, off the main process's event loop, so that a
// large page never freezes the window.
import { parentPort } from 'node:worker_threads'
import { parseArticle, parsePasted } from './parse-article'
import type { ParseJob } from './worker-parser'

parentPort?.on('message', (job: ParseJob) => {
  const result = job.kind === 'file' ? parseArticle({ bytes: job.bytes, fileName: job.fileName, web: job.web }) : parsePasted(job.input)
  parentPort?.postMessage({ id: job.id, result })
})
