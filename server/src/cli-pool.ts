import {parentPort, Worker, workerData} from 'node:worker_threads'
import type {VFile} from 'vfile'
import type {BrieflintConfig} from './engine/config.js'
import {lint} from './engine/lint.js'
import type {BrieflintMessage} from './engine/rule.js'
import {buildIndex} from './entities/load.js'
import {rules} from './rules/index.js'
import {readEntityFile} from './workspace/entity-files.js'
import {diskFiles} from './workspace/files.js'

interface Job {
  id: number
  text: string
  config: BrieflintConfig
}

/**
 * Lints files on worker threads, one job at a time per worker. Each worker builds its own entity
 * index from the same files as the main thread, which has already checked them.
 */
export class LintPool {
  private readonly workers: Worker[] = []
  private readonly idle: Worker[] = []
  private readonly queue: {job: Job; done: (messages: BrieflintMessage[]) => void; failed: (error: Error) => void}[] = []
  private readonly pending = new Map<number, {done: (messages: BrieflintMessage[]) => void; failed: (error: Error) => void}>()
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
      worker.on('message', ({id, messages, error}: {id: number; messages?: BrieflintMessage[]; error?: string}) => {
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

  /** Lints a text on a worker: the messages in the order the engine gave them. */
  async lint(text: string, config: BrieflintConfig): Promise<BrieflintMessage[]> {
    if (this.broken) throw this.broken
    if (this.workers.length === 0) this.start()
    const job = {id: this.nextId++, text, config}
    return new Promise<BrieflintMessage[]>((done, failed) => {
      this.queue.push({job, done, failed})
      this.next()
    })
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

/** The engine's messages as vfile messages, for unified-engine's reporters. */
export function addMessages(file: VFile, messages: BrieflintMessage[]) {
  // A message is not an exception: capturing a stack for each of thousands was most of their cost.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    for (const {reason, ruleId, source, place, severity, url, expected} of messages) {
      const message = file.message(reason, {place, ruleId, source})
      message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
      if (url) message.url = url
      if (expected) message.expected = expected
    }
  } finally {
    Error.stackTraceLimit = limit
  }
}

/** The worker's side: lint each job with the engine and send back its messages. */
export function serveLintJobs() {
  const {entityPaths} = workerData as {entityPaths: string[]}
  const entities = buildIndex(entityPaths.map((path) => readEntityFile(path, diskFiles.read(path))))
  parentPort!.on('message', ({id, text, config}: Job) => {
    try {
      parentPort!.postMessage({id, messages: lint(text, {rules, config, entities}).messages})
    } catch (error) {
      parentPort!.postMessage({id, error: String(error)})
    }
  })
}
