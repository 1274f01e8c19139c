import {openSync, closeSync, fstatSync, readdirSync, readFileSync, statSync} from 'node:fs'
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

const SKIPPED = new Set(['node_modules', '.git', 'out', 'dist'])

/** Files on the local disk. */
export const diskFiles: Files = {
  read(path, maxBytes = Infinity) {
    let descriptor: number | undefined
    try {
      // One open, so the checks and the read are about the same file.
      descriptor = openSync(path, 'r')
      const stat = fstatSync(descriptor)
      if (!stat.isFile() || stat.size > maxBytes) return undefined
      return readFileSync(descriptor, 'utf8')
    } catch {
      return undefined
    } finally {
      if (descriptor !== undefined) closeSync(descriptor)
    }
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
