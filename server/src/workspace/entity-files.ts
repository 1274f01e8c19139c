import {isAbsolute, join, normalize, sep} from 'node:path'
import {isMap, isScalar, isSeq, parse, stringify, type Document} from 'yaml'
import {parseYaml, yamlData} from '../engine/yaml-path.js'
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

/** An edit adding an entry to an entity file, and where the new entry starts in the edited text. */
export interface EntryEdit {
  offset: number
  length: number
  text: string
  entryOffset: number
}

/**
 * The edit that adds an entry to an entity file, located with the `yaml` library's document model
 * and written as a small insertion, so that everything else in the file, comments and layout
 * included, stays as it is: first under `entities:` in a block list, at the end of a flow list
 * (`entities: [...]`), as a new block list under an empty `entities:` (a comment after it kept),
 * or a new `entities:` at the end. Undefined existing text means the file does not exist yet.
 * Undefined result: the file is not valid YAML or not an entity file, and is left alone; the
 * result is checked by parsing it again.
 */
export function addEntryEdit(fields: (indent: string) => string, existing: string | undefined): EntryEdit | undefined {
  if (existing === undefined) {
    const text = `# Entities this workspace adds to Brieflint's list (docs/entities.md).\nentities:\n${fields('  ')}`
    return {offset: 0, length: 0, text, entryOffset: text.indexOf('entities:\n') + 'entities:\n'.length}
  }
  const document = parseYaml(existing)
  if (document.errors.length > 0) return undefined
  const eol = existing.includes('\r\n') ? '\r\n' : '\n'
  const lines = (indent: string) => fields(indent).replaceAll('\n', eol)
  const edit = entryEdit(document.contents, existing, lines, eol, fields)
  return edit && addsOneEntry(existing, document, edit, fields) ? edit : undefined
}

function entryEdit(contents: unknown, existing: string, lines: (indent: string) => string, eol: string, fields: (indent: string) => string): EntryEdit | undefined {
  const pair = isMap(contents) ? contents.items.find((item) => isScalar(item.key) && item.key.value === 'entities') : undefined
  if (!pair) {
    if (contents !== null && !isMap(contents)) return undefined
    const separator = existing.length > 0 && !existing.endsWith('\n') ? eol : ''
    return {offset: existing.length, length: 0, text: `${separator}entities:${eol}${lines('  ')}`, entryOffset: existing.length + separator.length + `entities:${eol}`.length}
  }
  const value = pair.value
  if (isSeq(value) && !value.flow && value.items.length > 0 && value.range) {
    // Before the first item, at its indentation: a `posts:` list after the entities is left alone.
    const lineStart = existing.lastIndexOf('\n', value.range[0] - 1) + 1
    const indent = existing.slice(lineStart, value.range[0])
    if (!/^[ \t]*$/.test(indent)) return undefined
    return {offset: lineStart, length: 0, text: lines(indent), entryOffset: lineStart}
  }
  if (isSeq(value) && value.flow && value.items.length > 0 && value.range) {
    const close = existing.lastIndexOf(']', value.range[1] - 1)
    const entry = stringify(parse(fields('')), {collectionStyle: 'flow'}).trim().slice(1, -1).trim()
    // After a trailing comma (`[{...},\n]`) the entry needs none of its own.
    const separator = existing.slice(0, close).trimEnd().endsWith(',') ? ' ' : ', '
    return {offset: close, length: 0, text: separator + entry, entryOffset: close + separator.length}
  }
  const empty = value === null || (isScalar(value) && value.value === null) || (isSeq(value) && value.items.length === 0)
  if (!empty || !isScalar(pair.key) || !pair.key.range) return undefined
  // `entities:`, `entities: ~` or `entities: []`, perhaps with a comment: the value goes, a block list starts on the next line.
  const [valueStart, end] = value?.range ?? [pair.key.range[1] + 1, pair.key.range[1] + 1]
  const start = existing.slice(0, valueStart).trimEnd().length
  const newline = /\r?\n/g
  newline.lastIndex = end
  const lineEnd = newline.exec(existing)
  const after = lineEnd ? lineEnd.index + lineEnd[0].length : existing.length
  const comment = existing.slice(end, after).trim()
  const rest = (comment ? ` ${comment}` : '') + eol
  return {offset: start, length: after - start, text: rest + lines('  '), entryOffset: start + rest.length}
}

/** Whether the edited file parses and lists exactly one more entity, the one added. */
function addsOneEntry(existing: string, document: Document, edit: EntryEdit, fields: (indent: string) => string): boolean {
  const edited = existing.slice(0, edit.offset) + edit.text + existing.slice(edit.offset + edit.length)
  const before = yamlData(document).data as {entities?: unknown} | null | undefined
  const after = parseYaml(edited)
  if (after.errors.length > 0) return false
  const entities = (yamlData(after).data as {entities?: unknown} | null | undefined)?.entities
  const previous = Array.isArray(before?.entities) ? before.entities.length : 0
  const [added] = parse(fields('')) as [{id: string}]
  return Array.isArray(entities) && entities.length === previous + 1 && entities.some((entity: {id?: unknown}) => entity?.id === added.id)
}
