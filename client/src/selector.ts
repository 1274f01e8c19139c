import {isAbsolute} from 'node:path'
import type {DocumentSelector} from 'vscode-languageserver-protocol'
import {CONFIG_FILE_NAMES, ENTITY_FILE_NAMES} from '../../shared/files.js'
import {LANGUAGE_ID} from '../../shared/protocol.js'

/** A workspace folder's path and its `brieflint.entityFiles` setting, as the user wrote it (possibly mistyped). */
export interface FolderEntityFiles {
  folder: string
  entityFiles: unknown
}

/**
 * The documents the client tells the server about: briefings, Markdown (checked when
 * `brieflint.lintMarkdown` is on), configuration files, and every entity file, including those
 * `brieflint.entityFiles` lists outside `.brieflint/`, so their problems show as they are typed.
 */
export function documentSelector(folders: readonly FolderEntityFiles[]): DocumentSelector {
  const filters: DocumentSelector = [
    {language: LANGUAGE_ID},
    {language: 'markdown', scheme: 'file'},
    {scheme: 'file', pattern: `**/{${ENTITY_FILE_NAMES.join(',')}}`},
    {scheme: 'file', pattern: `**/{${CONFIG_FILE_NAMES.join(',')}}`}
  ]
  for (const {folder, entityFiles} of folders) {
    // A mistyped setting (a string, null) adds nothing here; the server reports it and uses the default.
    if (!Array.isArray(entityFiles)) continue
    for (const file of entityFiles) {
      if (typeof file !== 'string') continue
      if (ENTITY_FILE_NAMES.includes(file)) continue
      const path = (isAbsolute(file) ? file : `${folder.replace(/[\\/]+$/, '')}/${file}`).replaceAll('\\', '/')
      // A glob, so characters that glob syntax uses stand for themselves inside brackets.
      filters.push({scheme: 'file', pattern: path.replace(/[[{}*?]/g, (char) => `[${char}]`)})
    }
  }
  return filters
}
