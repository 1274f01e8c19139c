import type {Location, Position} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Briefing} from '../engine/model.js'
import type {EntityIndex} from '../entities/entity-index.js'
import {entityDefinition, type EntityFileDocument} from './entity-navigation.js'
import {sourceDefinition} from './source-navigation.js'

/** From a citation or footnote to its definition; from a name to its entity's entry. */
export function definitions(briefing: Briefing, document: TextDocument, position: Position, index: EntityIndex, documentOf: EntityFileDocument): Location[] {
  const local = sourceDefinition(briefing, document, position)
  return local.length > 0 ? local : entityDefinition(briefing, index, document.offsetAt(position), documentOf)
}
