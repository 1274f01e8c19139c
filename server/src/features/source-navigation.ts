import type {Location, Position} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Briefing} from '../engine/model.js'
import {contains, toRange} from './hover.js'

/** The source key under the cursor, whether on a citation or on its definition. */
function sourceKeyAt(briefing: Briefing, offset: number): string | undefined {
  return (
    briefing.citations.find((citation) => contains(citation.keySpan, offset))?.key ??
    briefing.sources.find((source) => contains(source.keySpan, offset))?.key
  )
}

export function sourceDefinition(briefing: Briefing, document: TextDocument, position: Position): Location[] {
  const offset = document.offsetAt(position)
  const key = sourceKeyAt(briefing, offset)
  if (key !== undefined) {
    return briefing.sources.filter((source) => source.key === key).map((source) => ({uri: document.uri, range: toRange(document, source.keySpan)}))
  }
  const footnote = briefing.footnoteReferences.find((item) => contains(item.span, offset))
  if (footnote) {
    return briefing.footnoteDefinitions
      .filter((item) => item.label === footnote.label)
      .map((item) => ({uri: document.uri, range: toRange(document, item.span)}))
  }
  return []
}

export function sourceReferences(briefing: Briefing, document: TextDocument, position: Position, includeDeclaration: boolean): Location[] {
  const key = sourceKeyAt(briefing, document.offsetAt(position))
  if (key === undefined) return []
  const spans = briefing.citations.filter((citation) => citation.key === key).map((citation) => citation.keySpan)
  if (includeDeclaration) spans.unshift(...briefing.sources.filter((source) => source.key === key).map((source) => source.keySpan))
  return spans.map((span) => ({uri: document.uri, range: toRange(document, span)}))
}
