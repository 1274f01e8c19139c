import {sep} from 'node:path'
import type {Files} from '../workspace/files.js'

/** What the service asks of the editor and the disk: injected, so tests run it over an in-memory workspace. */
export interface Workspace extends Files {
  /** The workspace folders, as file paths. */
  readonly folders: readonly string[]
  /** The `brieflint` settings section for a resource as the editor holds it; rejects when the editor cannot say. */
  settings(uri: string): Promise<unknown>
  /** Asks the editor to report changes to these files, replacing what was asked before. */
  watch(patterns: FileWatch[]): void
}

/** A glob relative to `base` (a folder), or an absolute glob when there is no base. */
export interface FileWatch {
  base?: string
  glob: string
}

export interface Logger {
  error(message: string): void
  warn(message: string): void
  info(message: string): void
}

/** The innermost workspace folder holding `path`, matched on whole path segments. */
export function folderOf(path: string, folders: readonly string[]): string | undefined {
  let found: string | undefined
  for (const folder of folders) {
    const prefix = folder.endsWith(sep) ? folder : folder + sep
    if ((path === folder || path.startsWith(prefix)) && (!found || folder.length > found.length)) found = folder
  }
  return found
}
