import {setFlagsFromString} from 'node:v8'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Settings} from '../configuration/settings.js'
import type {BrieflintConfig} from '../engine/config.js'
import {lintSteps, type LintResult} from '../engine/lint.js'
import {unanalysed, type PartCache} from '../engine/parse.js'
import type {BrieflintMessage, Rule} from '../engine/rule.js'
import type {EntityIndex} from '../entities/entity-index.js'
import {OTHER_CODES} from './codes.js'
import type {Logger} from './workspace.js'

/** The longest the service works before it lets other requests in. */
const SLICE_MS = 15

/** A document this long is first analysed up to about a screen and a half, so its first problems show at once. */
const FIRST_LOOK_FROM = 100_000
const FIRST_LOOK_TO = 8_000

/** What an analysis depends on besides the text, fetched once the analysis starts. */
export interface AnalysisInputs {
  settings: Settings
  config: BrieflintConfig
  entities: EntityIndex
}

interface Run {
  version: number
  text: string
  generation: number
  result: Promise<LintResult | undefined>
  firstLook?: Promise<LintResult | undefined>
}

/**
 * The analyses of open documents: each version analysed once however many requests wait for it,
 * in slices between which other requests are served, dropped when the document changes or the
 * configuration does (`generation`), and reusing the parts an edit left unchanged.
 */
export class Analyses {
  /** Bumped when settings or configuration files change, so every analysis made before is stale. */
  generation = 0
  // Keyed by text as well as version: a client that sends new text under an old version number gets it analysed.
  private readonly done = new Map<string, {version: number; text: string; generation: number; result: LintResult}>()
  private readonly running = new Map<string, Run>()
  /** Each open document's analysed parts, reused by the next analysis wherever an edit left them unchanged. */
  private readonly parts = new Map<string, PartCache>()
  private quietTimer: NodeJS.Timeout | undefined

  constructor(
    private readonly rules: readonly Rule[],
    private readonly logger: Logger,
    /** The version of a document now open, to see whether an analysis is still wanted. */
    private readonly currentVersion: (uri: string) => number | undefined
  ) {}

  /** The analysis of a document's current version; undefined when the document changed before it finished. */
  async analyse(document: TextDocument, inputs: () => Promise<AnalysisInputs>): Promise<LintResult | undefined> {
    // The editor's document object changes in place with each edit: take this version's text now.
    const {uri, version} = document
    const text = document.getText()
    const cached = this.done.get(uri)
    if (cached && cached.version === version && cached.text === text && cached.generation === this.generation) return cached.result
    const running = this.running.get(uri)
    if (running && running.version === version && running.text === text && running.generation === this.generation) return running.result
    const generation = this.generation
    const current = () => this.currentVersion(uri) === version && this.generation === generation
    let firstLook: ((result: LintResult | undefined) => void) | undefined
    const entry: Run = {version, text, generation, result: Promise.resolve(undefined)}
    // Only a document seen for the first time: after that an edit re-analyses one part, which is quicker than a first look.
    if (!this.parts.has(uri) && text.length >= FIRST_LOOK_FROM) entry.firstLook = new Promise((resolve) => (firstLook = resolve))
    entry.result = (async () => {
      try {
        const {settings, config, entities} = await inputs()
        if (text.length > settings.maxFileSize) return skipped(text, settings.maxFileSize)
        const cache = this.parts.get(uri) ?? new Map()
        this.parts.set(uri, cache)
        const options = {rules: this.rules, config, entities, cache, budget: settings.analysisBudget}
        if (firstLook) {
          // The parts it reads stay in the cache for the whole analysis that follows.
          firstLook(await this.drive(lintSteps(text, {...options, upTo: FIRST_LOOK_TO}), current))
          firstLook = undefined
        }
        const done = await this.drive(lintSteps(text, options), current)
        if (!done) return undefined
        // Keep only this version's parts: what the last edit replaced is garbage now. The map stays, since the parser keeps the last cut by it.
        if (this.currentVersion(uri) !== undefined) {
          const kept = new Set(done.briefing.parts.map(({part}) => part.key))
          for (const key of cache.keys()) if (!kept.has(key)) cache.delete(key)
        }
        this.done.set(uri, {version, text, generation, result: done})
        this.collectWhenQuiet()
        return done
      } finally {
        firstLook?.(undefined)
      }
    })()
    this.running.set(uri, entry)
    try {
      return await entry.result
    } finally {
      if (this.running.get(uri) === entry) this.running.delete(uri)
    }
  }

  /**
   * The first look at the start of a large document that the analysis of this version makes before
   * the whole (see `Briefing.analysedTo`); undefined when there is none. It resolves before the whole.
   */
  firstLook(uri: string, version: number): Promise<LintResult | undefined> | undefined {
    const running = this.running.get(uri)
    return running && running.version === version && running.generation === this.generation ? running.firstLook : undefined
  }

  /** A file that is not open, analysed from scratch and not kept; undefined when `current` turned false. */
  lintText(text: string, settings: Settings, config: BrieflintConfig, entities: EntityIndex, current: () => boolean): Promise<LintResult | undefined> {
    return this.drive(lintSteps(text, {rules: this.rules, config, entities, budget: settings.analysisBudget}), current)
  }

  forget(uri: string) {
    this.done.delete(uri)
    this.parts.delete(uri)
  }

  /** Runs lint steps in slices; logs the rules that threw. */
  private async drive(steps: Generator<void, LintResult>, current: () => boolean): Promise<LintResult | undefined> {
    const result = await inSlices(steps, current)
    for (const failure of result?.failures ?? []) this.logger.error(`Rule ${failure.ruleId} threw: ${failure.error instanceof Error ? (failure.error.stack ?? failure.error.message) : String(failure.error)}`)
    return result
  }

  /**
   * A burst of edits leaves the heap grown with garbage that V8, seeing no more allocation, keeps.
   * When the server is started with --expose-gc (the extension does so), two quiet seconds after
   * the last analysis it collects once, compacting: a plain full collection freed the garbage but
   * kept most of its pages (committed heap 165–220 MB for 67 MB live with the 1 MB briefing), which
   * V8's own memory reducer hands back only about twenty seconds later.
   */
  private collectWhenQuiet() {
    const collect = (globalThis as {gc?: () => void}).gc
    if (!collect) return
    clearTimeout(this.quietTimer)
    this.quietTimer = setTimeout(() => {
      setFlagsFromString('--compact-on-every-full-gc')
      collect()
      setFlagsFromString('--no-compact-on-every-full-gc')
    }, 2000)
    this.quietTimer.unref()
  }
}

/** Runs steps, letting other requests in every few milliseconds; gives up (undefined) when `current` turns false. */
export async function inSlices<T>(steps: Generator<void, T>, current: () => boolean): Promise<T | undefined> {
  let slice = performance.now()
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    if (performance.now() - slice < SLICE_MS) continue
    await new Promise((resolve) => setImmediate(resolve))
    if (!current()) return undefined
    slice = performance.now()
  }
}

/** A file over `brieflint.maxFileSize` gets one information diagnostic instead of an analysis. */
function skipped(text: string, limit: number): LintResult {
  return {briefing: unanalysed(text, 'too large'), messages: [tooLarge(`${text.length.toLocaleString('en')} characters`, limit)], failures: []}
}

/** That diagnostic, for a file of `size` ("12,000 characters", or bytes for a file too large to read). */
export function tooLarge(size: string, limit: number): BrieflintMessage {
  const place = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
  const reason = `This file has ${size}, more than brieflint.maxFileSize (${limit.toLocaleString('en')}): Brieflint skipped it.`
  return {reason, ruleId: OTHER_CODES.maxFileSize.code, source: 'brieflint', severity: 'info', place}
}
