import {parentPort, Worker, workerData} from 'node:worker_threads'
import type {VFile} from 'vfile'
import type {BrieflintConfig} from './engine/config.js'
import {lint} from './engine/lint.js'
import type {BrieflintMessage} from './rules/rule.js'
import {buildIndex} from './entities/load.js'
import {readEntityFile} from './workspace/entity-files.js'

/** A message as it crosses between threads: only plain data survives structured cloning. */
type PlainMessage = Pick<BrieflintMessage, 'reason' | 'ruleId' | 'source' | 'place' | 'severity' | 'fatal' | 'url' | 'expected' | 'data'>

interface Job {
  id: number
  text: string
  path: string
  config: BrieflintConfig
}

/**
 * Lints files on worker threads, one job at a time per worker. Each worker builds its own entity
 * index from the same files as the main thread, which has already checked them.
 */
export class LintPool {
  private readonly workers: Worker[] = []
  private readonly idle: Worker[] = []
  private readonly queue: {job: Job; done: (messages: PlainMessage[]) => void; failed: (error: Error) => void}[] = []
  private readonly pending = new Map<number, {done: (messages: PlainMessage[]) => void; failed: (error: Error) => void}>()
  private nextId = 0
  private broken: Error | undefined

  constructor(
    private readonly script: string,
    private readonly entityPaths: string[],
    private readonly size: number
  ) {}

  /** Workers start on the first job, so a run that never needs them never pays for them. */
  private start() {
    for (let index = 0; index < this.size; index++) {
      const {script, entityPaths} = this
      const worker = new Worker(script, {workerData: {entityPaths}})
      worker.on('message', ({id, messages, error}: {id: number; messages?: PlainMessage[]; error?: string}) => {
        const waiting = this.pending.get(id)!
        this.pending.delete(id)
        if (error) waiting.failed(new Error(error))
        else waiting.done(messages!)
        this.idle.push(worker)
        this.next()
      })
      worker.on('error', (error) => {
        // A worker that dies (out of memory, say) fails its file and every file still waiting, rather than leaving them unreported.
        this.broken = error
        for (const waiting of [...this.pending.values(), ...this.queue]) waiting.failed(error)
        this.pending.clear()
        this.queue.length = 0
      })
      this.workers.push(worker)
      this.idle.push(worker)
    }
  }

  close() {
    for (const worker of this.workers) void worker.terminate()
  }

  /** Lints `file` on a worker and adds the messages to it, in the order the engine gave them. */
  async lint(file: VFile, config: BrieflintConfig): Promise<void> {
    if (this.broken) throw this.broken
    if (this.workers.length === 0) this.start()
    const job = {id: this.nextId++, text: String(file.value), path: file.path, config}
    const messages = await new Promise<PlainMessage[]>((done, failed) => {
      this.queue.push({job, done, failed})
      this.next()
    })
    for (const plain of messages) {
      const message = file.message(plain.reason, {place: plain.place, ruleId: plain.ruleId, source: plain.source}) as BrieflintMessage
      Object.assign(message, {severity: plain.severity, fatal: plain.fatal, url: plain.url, ...(plain.expected ? {expected: plain.expected} : {}), ...(plain.data ? {data: plain.data} : {})})
    }
  }

  private next() {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!
      const {job, done, failed} = this.queue.shift()!
      this.pending.set(job.id, {done, failed})
      worker.postMessage(job)
    }
  }
}

/** The worker's side: lint each job with the engine and send back plain messages. */
export function serveLintJobs() {
  const {entityPaths} = workerData as {entityPaths: string[]}
  const entities = buildIndex(entityPaths.map((path) => readEntityFile(path)))
  parentPort!.on('message', ({id, text, path, config}: Job) => {
    try {
      const messages = lint(text, config, {path, entities}).messages.map((message): PlainMessage => ({
        reason: message.reason, ruleId: message.ruleId, source: message.source, place: message.place, severity: message.severity,
        fatal: message.fatal, url: message.url, expected: message.expected, data: message.data
      }))
      parentPort!.postMessage({id, messages})
    } catch (error) {
      parentPort!.postMessage({id, error: String(error)})
    }
  })
}
