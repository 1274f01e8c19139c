import {resolve, sep} from 'node:path'
import type {FileWatch, Workspace} from '../../server/src/service/workspace.js'
import {diskFiles, type FileStat} from '../../server/src/workspace/files.js'

/** Brieflint's own data (the bundled entity list) is read from disk: it is part of Brieflint, not of the workspace. */
const BUNDLED = resolve(import.meta.dirname, '../../server/data') + sep

export interface MemoryWorkspaceOptions {
  folders?: string[]
  /** Files by absolute path. */
  files?: Record<string, string>
  /** The `brieflint` settings section, for every resource or by resource; a thrown error is a failed request. */
  settings?: Record<string, unknown> | ((uri: string) => Record<string, unknown> | undefined)
}

/** A workspace held in memory: the language service's files, settings and watches, without a disk or an editor. */
export class MemoryWorkspace implements Workspace {
  readonly folders: string[]
  readonly files = new Map<string, {text: string; stat: FileStat}>()
  /** Every path read, in order, to show what the service did (not) read. */
  readonly reads: string[] = []
  /** What the service last asked the editor to watch. */
  watched: FileWatch[] = []
  private clock = 1

  constructor(private readonly options: MemoryWorkspaceOptions = {}) {
    this.folders = options.folders ?? []
    for (const [path, text] of Object.entries(options.files ?? {})) this.write(path, text)
  }

  write(path: string, text: string) {
    this.files.set(path, {text, stat: {size: Buffer.byteLength(text), mtimeMs: this.clock++}})
  }

  delete(path: string) {
    this.files.delete(path)
  }

  read(path: string, maxBytes = Infinity): string | undefined {
    if (path.startsWith(BUNDLED)) return diskFiles.read(path, maxBytes)
    this.reads.push(path)
    const file = this.files.get(path)
    return file && file.stat.size <= maxBytes ? file.text : undefined
  }

  stat(path: string): FileStat | undefined {
    return this.files.get(path)?.stat
  }

  list(folder: string, accept: (name: string) => boolean): string[] {
    const prefix = folder.endsWith(sep) ? folder : folder + sep
    return [...this.files.keys()]
      .filter((path) => path.startsWith(prefix) && accept(path.slice(path.lastIndexOf(sep) + 1)))
      .filter((path) => !path.slice(prefix.length).split(sep).slice(0, -1).some((part) => part.startsWith('.') || part === 'node_modules'))
      .sort()
  }

  async settings(uri: string): Promise<unknown> {
    const {settings} = this.options
    return typeof settings === 'function' ? settings(uri) : settings
  }

  watch(patterns: FileWatch[]) {
    this.watched = patterns
  }
}
