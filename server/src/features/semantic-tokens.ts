import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Briefing} from '../engine/model.js'
import type {EntityIndex} from '../entities/entity-index.js'
import {findMentions} from '../entities/mentions.js'

/**
 * The semantic token types Brieflint marks, with what the extension manifest declares for each
 * (`semanticTokenTypes` and `semanticTokenScopes` are generated from this list).
 */
export const SEMANTIC_TOKEN_TYPES = [
  {id: 'person', superType: 'variable', description: 'A person from the entity list.', scope: 'entity.name.person.briefing'},
  {id: 'organization', superType: 'class', description: 'An organisation from the entity list.', scope: 'entity.name.organization.briefing'},
  {id: 'place', superType: 'namespace', description: 'A place from the entity list.', scope: 'entity.name.place.briefing'},
  {id: 'role', superType: 'property', description: 'A title or office, such as "Kremlin spokesman".', scope: 'storage.modifier.role.briefing'}
] as const

/** The legend the server declares: token types by their index in the encoded data. */
export const SEMANTIC_TOKEN_LEGEND = {tokenTypes: SEMANTIC_TOKEN_TYPES.map((type) => type.id), tokenModifiers: []}

const TOKEN_INDEX = Object.fromEntries(SEMANTIC_TOKEN_TYPES.map((type, index) => [type.id, index])) as Record<(typeof SEMANTIC_TOKEN_TYPES)[number]['id'], number>

/** Semantic tokens for linked mentions, encoded relative to each other as LSP requires. */
export function semanticTokens(briefing: Briefing, index: EntityIndex, document: TextDocument): number[] {
  const data: number[] = []
  let previousLine = 0
  let previousCharacter = 0
  for (const mention of findMentions(briefing, index)) {
    const entity = mention.entityId ? index.entities.get(mention.entityId) : undefined
    const type = mention.form === 'role' ? TOKEN_INDEX.role : entity ? TOKEN_INDEX[entity.kind === 'other' ? 'organization' : entity.kind] : -1
    if (type < 0) continue
    const start = document.positionAt(mention.span.start)
    const end = document.positionAt(mention.span.end)
    // A token may not span lines; a name broken across lines is marked on its first line only.
    const length = start.line === end.line ? end.character - start.character : document.getText({start, end: {line: start.line + 1, character: 0}}).replace(/(?:\r\n|\r|\n)$/, '').length
    data.push(start.line - previousLine, start.line === previousLine ? start.character - previousCharacter : start.character, length, type, 0)
    previousLine = start.line
    previousCharacter = start.character
  }
  return data
}
