import {createHash} from 'node:crypto'
import {renameSync, writeFileSync} from 'node:fs'
import type {BrieflintConfig} from './engine/config.js'
import {ruleUrl, type BrieflintMessage} from './engine/rule.js'
import {diskFiles} from './workspace/files.js'

interface CacheFile {
  /** The version and entity lists the results were computed with: when they change, nothing is reused. */
  salt: string
  files: Record<string, {key: string; messages: Row[]}>
}

/**
 * A message as the cache keeps it: reason, rule, severity, start and end (line, column, offset), then
 * the link when it is not the rule's docs (null: none) and the fixes. Objects with field names and
 * the rule's URL in each made the cache three times larger, and reading it most of a cached run.
 */
type Row = [string, string, BrieflintMessage['severity'], number, number, number, number, number, number, (string | null | 0)?, string[]?]

/** Part of the salt: a cache written in another layout is not read. */
const LAYOUT = '2'

/**
 * `--cache`: each file's messages from earlier runs, reused while its text and configuration are the
 * same, and dropped wholesale when Brieflint's version or the entity lists change. A cache file that
 * cannot be read is started afresh, never an error: it only ever saves time.
 */
export class LintCache {
  private readonly files: CacheFile['files']
  private changed = false

  constructor(
    private readonly path: string,
    private readonly salt: string
  ) {
    this.files = readCache(path, salt)
  }

  /** What a file's result depends on besides the version and the entity lists. */
  key(text: string, config: BrieflintConfig): string {
    return createHash('sha256').update(JSON.stringify(config)).update('\0').update(text).digest('base64url')
  }

  get(file: string, key: string): BrieflintMessage[] | undefined {
    const entry = this.files[file]
    // An entry that is not what `set` wrote (a cache edited by hand) is linted again, like a changed file.
    return entry?.key === key && Array.isArray(entry.messages) && entry.messages.every(isRow) ? entry.messages.map(message) : undefined
  }

  set(file: string, key: string, messages: BrieflintMessage[]) {
    this.files[file] = {key, messages: messages.map(row)}
    this.changed = true
  }

  /** Written to a temporary file and renamed, so an interrupted run never leaves half a cache. */
  save() {
    if (!this.changed) return
    const temporary = `${this.path}.${process.pid}.tmp`
    try {
      // As ASCII: a file with curly quotes in its messages was decoded and parsed several times slower.
      writeFileSync(temporary, JSON.stringify({salt: this.salt, files: this.files} satisfies CacheFile).replace(/[^\0-\x7f]/g, escape))
      renameSync(temporary, this.path)
    } catch (error) {
      process.stderr.write(`brieflint: could not write the cache ${this.path}: ${(error as Error).message}\n`)
    }
  }
}

/** The salt: Brieflint's version and the text of every entity file in force. */
export function cacheSalt(version: string, entityPaths: string[]): string {
  const hash = createHash('sha256').update(LAYOUT).update('\0').update(version)
  for (const path of entityPaths) hash.update('\0').update(path).update('\0').update(diskFiles.read(path) ?? '')
  return hash.digest('base64url')
}

function readCache(path: string, salt: string): CacheFile['files'] {
  const text = diskFiles.read(path)
  if (text === undefined) return Object.create(null)
  try {
    const cache = JSON.parse(text) as CacheFile
    if (cache.salt === salt && typeof cache.files === 'object' && cache.files !== null) return Object.assign(Object.create(null), cache.files)
  } catch {
    // A damaged cache is rebuilt.
  }
  return Object.create(null)
}

function row({reason, ruleId, severity, place: {start, end}, url, expected}: BrieflintMessage): Row {
  const row: Row = [reason, ruleId, severity, start.line, start.column, start.offset, end.line, end.column, end.offset]
  const link = url === ruleUrl(ruleId) ? 0 : (url ?? null)
  if (link !== 0 || expected) row.push(link)
  if (expected) row.push(expected)
  return row
}

function message([reason, ruleId, severity, startLine, startColumn, startOffset, endLine, endColumn, endOffset, link = 0, expected]: Row): BrieflintMessage {
  const place = {start: {line: startLine, column: startColumn, offset: startOffset}, end: {line: endLine, column: endColumn, offset: endOffset}}
  const url = link === 0 ? ruleUrl(ruleId) : (link ?? undefined)
  return {reason, ruleId, source: 'brieflint', severity, place, ...(url === undefined ? {} : {url}), ...(expected ? {expected} : {})}
}

const SEVERITIES: unknown[] = ['error', 'warning', 'info', 'hint']

function isRow(value: unknown): value is Row {
  if (!Array.isArray(value) || value.length < 9 || value.length > 11) return false
  const [reason, ruleId, severity, ...rest] = value as unknown[]
  const [link, expected] = rest.slice(6)
  return typeof reason === 'string' && typeof ruleId === 'string' && SEVERITIES.includes(severity) && rest.slice(0, 6).every(Number.isInteger) &&
    (link === undefined || link === 0 || link === null || typeof link === 'string') &&
    (expected === undefined || (Array.isArray(expected) && expected.every((item) => typeof item === 'string')))
}

function escape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
}
