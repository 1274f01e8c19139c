import {closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync} from 'node:fs'
import {join} from 'node:path'

export interface FileStat {
  size: number
  mtimeMs: number
}

/** Read-only access to files: the only I/O the language service and the CLI's configuration lookup do. */
export interface Files {
  /** A regular file's text; undefined when it is missing, unreadable, not a regular file, or larger than `maxBytes`. */
  read(path: string, maxBytes?: number): string | undefined
  /** Size and modification time of a regular file; undefined otherwise. */
  stat(path: string): FileStat | undefined
  /** The regular files below `folder` whose names `accept` takes, skipping hidden, dependency and build folders; sorted. */
  list(folder: string, accept: (name: string) => boolean, limit?: number): string[]
}

/**
 * The most a configuration, ignore or entity file may hold. They are a few kilobytes; a repository
 * can still commit a huge one, or a link to /dev/zero, and must not make Brieflint read it.
 */
export const DATA_FILE_BYTES = 10_000_000

/**
 * A briefing on disk within `maxCharacters`: its text; or, over the limit, its size for a message
 * ("12,000 characters", or bytes for a file not read at all); undefined when it cannot be read.
 * UTF-8 takes at most three bytes per UTF-16 unit, so a file of more bytes than three times the limit
 * is over it unread.
 */
export function readBriefing(files: Files, path: string, maxCharacters: number): {text: string} | {tooLarge: string} | undefined {
  const bytes = files.stat(path)?.size
  if (bytes !== undefined && bytes > 3 * maxCharacters) return {tooLarge: `${bytes.toLocaleString('en')} bytes`}
  const text = files.read(path, 3 * maxCharacters)
  if (text === undefined) return undefined
  return text.length > maxCharacters ? {tooLarge: `${text.length.toLocaleString('en')} characters`} : {text}
}

/** The text, or why it was not read (with the size, or the system's error code, when that was the reason). */
export type ReadResult = {text: string} | {problem: string; bytes?: number; code?: string}

/**
 * Reads a file only if it is a regular file of at most `maxBytes`: a FIFO would block the reader
 * for ever, and a device such as /dev/zero never ends. The one way Brieflint reads a file from a
 * workspace, in the server and in the CLI.
 */
export function readRegularFile(path: string, maxBytes: number): ReadResult {
  let descriptor: number | undefined
  try {
    // Non-blocking, so opening a FIFO with no writer returns at once; one descriptor, so the checks and the read are about the same file.
    descriptor = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
    const stat = fstatSync(descriptor)
    if (!stat.isFile()) return {problem: `it is ${kindOf(stat)}, not a regular file`}
    if (stat.size > maxBytes) return {problem: `it has ${stat.size.toLocaleString('en')} bytes, more than the ${maxBytes.toLocaleString('en')} Brieflint reads`, bytes: stat.size}
    // No more than the size it had when opened, even if something writes to it meanwhile.
    const buffer = Buffer.alloc(stat.size)
    let filled = 0
    while (filled < buffer.length) {
      const count = readSync(descriptor, buffer, filled, buffer.length - filled, null)
      if (count === 0) break
      filled += count
    }
    return {text: buffer.toString('utf8', 0, filled)}
  } catch (error) {
    const {code} = error as NodeJS.ErrnoException
    return {problem: code === 'ENOENT' ? 'it does not exist' : `it cannot be read (${(error as Error).message})`, code}
  } finally {
    if (descriptor !== undefined) closeSync(descriptor)
  }
}

function kindOf(stat: ReturnType<typeof fstatSync>): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)'
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device'
  if (stat.isSocket()) return 'a socket'
  if (stat.isDirectory()) return 'a folder'
  return 'a special file'
}

const SKIPPED = new Set(['node_modules', '.git', 'out', 'dist'])

/** Files on the local disk. */
export const diskFiles: Files = {
  read(path, maxBytes = DATA_FILE_BYTES) {
    const read = readRegularFile(path, maxBytes)
    return 'text' in read ? read.text : undefined
  },
  stat(path) {
    try {
      const stat = statSync(path)
      return stat.isFile() ? {size: stat.size, mtimeMs: stat.mtimeMs} : undefined
    } catch {
      return undefined
    }
  },
  list(folder, accept, limit = 10_000) {
    const found: string[] = []
    const stack = [folder]
    while (stack.length > 0 && found.length < limit) {
      const current = stack.pop()!
      let entries
      try {
        entries = readdirSync(current, {withFileTypes: true})
      } catch {
        continue
      }
      for (const entry of entries) {
        const path = join(current, entry.name)
        if (entry.isDirectory()) {
          if (!SKIPPED.has(entry.name) && !entry.name.startsWith('.')) stack.push(path)
        } else if (entry.isFile() && accept(entry.name)) {
          found.push(path)
        }
      }
    }
    return found.sort()
  }
}
