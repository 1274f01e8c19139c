import {basename} from 'node:path'
import {SymbolKind, type Location, type WorkspaceSymbol} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Briefing} from '../engine/model.js'
import type {EntityIndex} from '../entities/entity-index.js'
import {findMentions} from '../entities/mentions.js'
import {toRange} from './hover.js'
import {mentionAt} from './entities.js'
import {BUNDLED_ENTITY_SCHEME} from '../../../shared/protocol.js'

/** A briefing somewhere in the workspace, open or on disk. */
export interface WorkspaceBriefing {
  document: TextDocument
  briefing: Briefing
}

/** An entity list file as a document, read by the service; undefined when it cannot be read. */
export type EntityFileDocument = (path: string) => TextDocument | undefined

/**
 * The entity's entry in its list file: the workspace's own file, where the desk edits it, or the
 * bundled one as a read-only document, since an edit inside the installed extension would be lost.
 */
export function entityLocation(index: EntityIndex, entityId: string, documentOf: EntityFileDocument): Location | undefined {
  const origin = index.origins.get(entityId)
  if (!origin?.path || origin.offset === undefined) return undefined
  const document = documentOf(origin.path)
  if (!document) return undefined
  const position = document.positionAt(origin.offset)
  const uri = origin.bundled ? `${BUNDLED_ENTITY_SCHEME}:/${basename(origin.path)}` : document.uri
  return {uri, range: {start: position, end: {line: position.line, character: position.character + entityId.length}}}
}

export function entityDefinition(briefing: Briefing, index: EntityIndex, offset: number, documentOf: EntityFileDocument): Location[] {
  const mention = mentionAt(briefing, index, offset)
  const ids = mention?.entityId ? [mention.entityId] : mention?.candidates ?? []
  return ids.map((id) => entityLocation(index, id, documentOf)).filter((location): location is Location => location !== undefined)
}

export function entityReferences(entityId: string, index: EntityIndex, briefings: Iterable<WorkspaceBriefing>): Location[] {
  const locations: Location[] = []
  for (const {document, briefing} of briefings) {
    for (const mention of findMentions(briefing, index)) {
      if (mention.entityId === entityId) locations.push({uri: document.uri, range: toRange(document, mention.span)})
    }
  }
  return locations
}

const KIND = {person: SymbolKind.Object, organization: SymbolKind.Class, place: SymbolKind.Namespace, other: SymbolKind.Constant}

/** Entities whose names match the query, located at their entries in the list files. */
export function entitySymbols(index: EntityIndex, query: string, documentOf: EntityFileDocument, limit = 200): WorkspaceSymbol[] {
  const wanted = query.toLowerCase()
  const symbols: WorkspaceSymbol[] = []
  for (const entity of index.entities.values()) {
    if (wanted && ![entity.name, ...(entity.aliases ?? [])].some((name) => name.toLowerCase().includes(wanted))) continue
    const location = entityLocation(index, entity.id, documentOf)
    if (!location) continue
    symbols.push({name: entity.name, kind: KIND[entity.kind], containerName: entity.country ?? entity.kind, location})
    if (symbols.length >= limit) break
  }
  return symbols
}
