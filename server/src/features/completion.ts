import {CompletionItemKind, type CompletionItem, type Position} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Briefing} from '../engine/model.js'
import type {EntityIndex} from '../entities/entity-index.js'
import {completeEntityNames} from './entities.js'
import {describeSource} from './hover.js'

/** Source keys inside a citation bracket; elsewhere, entity names for a capitalised word. */
export function completions(briefing: Briefing, document: TextDocument, position: Position, index: EntityIndex): CompletionItem[] {
  const keys = completeSourceKeys(briefing, document, position)
  return keys.length > 0 ? keys : completeEntityNames(index, document, position)
}

/** A key being typed inside a citation bracket: `[@`, `[@iz`, `[@a; @`. */
const CITATION_PREFIX = /\[[^[\]\n]*(?:^|[\s;[-])@([\p{L}\p{N}_.:/-]*)$/u

export function completeSourceKeys(briefing: Briefing, document: TextDocument, position: Position): CompletionItem[] {
  const line = document.getText({start: {line: position.line, character: 0}, end: position})
  const match = CITATION_PREFIX.exec(line) ?? /\[@([\p{L}\p{N}_.:/-]*)$/u.exec(line)
  if (!match) return []
  const typed = match[1]!
  const range = {start: {line: position.line, character: position.character - typed.length}, end: position}
  const seen = new Set<string>()
  return [...briefing.sources].reverse().filter((source) => !seen.has(source.key) && seen.add(source.key)).reverse().map((source) => ({
    label: source.key,
    kind: CompletionItemKind.Reference,
    detail: source.title,
    documentation: {kind: 'markdown', value: describeSource(source)},
    textEdit: {range, newText: source.key}
  }))
}
