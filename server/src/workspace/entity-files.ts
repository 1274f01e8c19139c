import {isAbsolute, join, normalize, sep} from 'node:path'
import {parseEntityFile, type LoadedEntityFile} from '../entities/load.js'
import {ENTITY_FILE_NAMES} from '../../../shared/files.js'

/** A workspace folder's entity files, existing or not: `.brieflint/entities.*`, then those `brieflint.entityFiles` lists. */
export function entityFilePaths(folder: string, configured: readonly string[]): string[] {
  return [...new Set([...ENTITY_FILE_NAMES, ...configured].map((path) => normalize(isAbsolute(path) ? path : join(folder, path))))]
}

/** Whether `path` is an entity file: any `.brieflint/entities.*`, or one of the files `configured` lists for `folder`. */
export function isEntityFile(path: string, folder: string | undefined, configured: readonly string[]): boolean {
  const normalized = normalize(path)
  if (ENTITY_FILE_NAMES.some((name) => normalized.endsWith(sep + normalize(name)))) return true
  return folder !== undefined && entityFilePaths(folder, configured).includes(normalized)
}

/** Parses an entity file; one that cannot be read is reported as a problem at its start, never thrown. */
export function readEntityFile(path: string, text: string | undefined): LoadedEntityFile {
  if (text === undefined) return {path, file: {}, offsets: new Map(), problems: [{message: 'Cannot read this entity file', span: {start: 0, end: 0}}]}
  try {
    return parseEntityFile(path, text)
  } catch (error) {
    return {path, file: {}, offsets: new Map(), problems: [{message: `Cannot read this entity file: ${String(error)}`, span: {start: 0, end: 0}}]}
  }
}
