import {isAbsolute, join, normalize, sep} from 'node:path'
import {parseEntityFile, type LoadedEntityFile} from '../entities/load.js'
import {ENTITY_FILE_NAMES} from '../../../shared/files.js'
import type {Entity} from '../entities/types.js'

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

export function entityId(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
}

/** The lines of a new person entry, at the indentation of the list it goes into. */
export function personFields(name: string): (indent: string) => string {
  return (indent) => `${indent}- id: ${entityId(name)}\n${indent}  kind: person\n${indent}  name: ${JSON.stringify(name)}\n`
}

/**
 * The lines of a workspace entry that overrides a bundled one (same id), for a desk to record a
 * change: its posts as the list has them, dated the day the desk confirms them, with a line for
 * a new post and its source.
 */
export function overrideFields(entity: Entity, date: string, listChecked: string | undefined): (indent: string) => string {
  return (indent) => {
    const lines = [`- id: ${entity.id}`, `  kind: ${entity.kind}`, `  name: ${JSON.stringify(entity.name)}`]
    if (entity.country) lines.push(`  country: ${entity.country}`)
    lines.push(
      `  # Overrides the bundled entry${listChecked ? `, checked ${listChecked}` : ''}. Confirm the posts below as of \`checked\`:`,
      '  # give a post that ended its `to:`, add a new one, and say what each change rests on in `source:`.',
      `  checked: ${date}`,
      '  roles:'
    )
    for (const role of entity.roles ?? []) {
      const fields = Object.entries(role).map(([key, value]) => `${key}: ${JSON.stringify(String(value))}`)
      lines.push(`    - {${fields.join(', ')}}`)
    }
    lines.push(`    # - {post: post-id, from: ${date}, source: "decree or URL"}`)
    return lines.map((line) => `${indent}${line}\n`).join('')
  }
}

/**
 * Where and what to insert to add an entry to an entity file: right under `entities:`, indented
 * like the entries already there, so a `posts:` list after it is left alone. Undefined existing
 * text means the file does not exist yet.
 */
export function addEntryEdit(fields: (indent: string) => string, existing: string | undefined): {offset: number; length: number; text: string} {
  if (existing === undefined) return {offset: 0, length: 0, text: `# Entities this workspace adds to Brieflint's list (docs/entities.md).\nentities:\n${fields('  ')}`}
  // One run of blanks before the optional `[]`, none to share with a second run: linear on a line of 100k tabs.
  const header = /^entities:[ \t]*(?:\[\s*\][ \t]*)?(?:\r\n?|\n|$)/m.exec(existing)
  if (!header) {
    const separator = existing.length > 0 && !existing.endsWith('\n') ? '\n' : ''
    return {offset: existing.length, length: 0, text: `${separator}entities:\n${fields('  ')}`}
  }
  if (header[0].includes('[')) return {offset: header.index, length: header[0].length, text: `entities:\n${fields('  ')}`}
  const after = existing.slice(header.index + header[0].length)
  const indent = /^([ \t]*)- /m.exec(after)?.[1] ?? '  '
  const needsBreak = /[\r\n]$/.test(header[0]) ? '' : '\n'
  return {offset: header.index + header[0].length, length: 0, text: needsBreak + fields(indent)}
}
