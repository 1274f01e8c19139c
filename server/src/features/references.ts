import type {Location, Position} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Briefing} from '../engine/model.js'
import type {EntityIndex} from '../entities/entity-index.js'
import {mentionAt} from './entities.js'
import {entityLocation, entityReferences, type EntityFileDocument, type WorkspaceBriefing} from './entity-navigation.js'
import {sourceReferences} from './source-navigation.js'

/**
 * Every citation of the source under the cursor, in this briefing; or every mention of the entity
 * under the cursor, in every briefing of the workspace (read only when asked for).
 */
export async function findReferences(
  briefing: Briefing,
  document: TextDocument,
  position: Position,
  includeDeclaration: boolean,
  index: EntityIndex,
  context: {workspaceBriefings(): Promise<WorkspaceBriefing[]>; documentOf: EntityFileDocument}
): Promise<Location[]> {
  const sources = sourceReferences(briefing, document, position, includeDeclaration)
  if (sources.length > 0) return sources
  const mention = mentionAt(briefing, index, document.offsetAt(position))
  if (!mention?.entityId) return []
  const locations = entityReferences(mention.entityId, index, await context.workspaceBriefings())
  const declaration = includeDeclaration ? entityLocation(index, mention.entityId, context.documentOf) : undefined
  return declaration ? [declaration, ...locations] : locations
}
