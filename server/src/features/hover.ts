import type {Hover, Position} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Briefing, SourceDefinition, Span} from '../engine/model.js'
import type {EntityIndex} from '../entities/entity-index.js'
import {claimHover} from './claims.js'
import {entityHover} from './entities.js'

/** Citations and footnotes first, then names, then the claim the cursor is in. */
export function hover(briefing: Briefing, document: TextDocument, position: Position, index?: EntityIndex): Hover | null {
  const offset = document.offsetAt(position)
  const citation = briefing.citations.find((item) => contains(item.keySpan, offset) || (contains(item.groupSpan, offset) && offset === item.groupSpan.start))
  if (citation) {
    const source = [...briefing.sources].reverse().find((item) => item.key === citation.key)
    return {contents: {kind: 'markdown', value: source ? describeSource(source) : `Source \`${citation.key}\` is not defined in the front matter.`}, range: toRange(document, citation.keySpan)}
  }
  const footnote = briefing.footnoteReferences.find((item) => contains(item.span, offset))
  if (footnote) {
    const definition = briefing.footnoteDefinitions.find((item) => item.label === footnote.label)
    const body = definition ? briefing.text.slice(definition.span.start, definition.span.end).replace(/^\[\^[^\]]+\]:\s*/, '') : `Footnote \`${footnote.label}\` has no definition.`
    return {contents: {kind: 'markdown', value: body}, range: toRange(document, footnote.span)}
  }
  return (index ? entityHover(briefing, index, document, offset) : null) ?? claimHover(briefing, document, offset, index)
}

export function describeSource(source: SourceDefinition): string {
  const lines = [`**${source.title ?? source.key}**`]
  const byline = [source.publisher, source.date].filter(Boolean).join(', ')
  if (byline) lines.push(byline)
  if (source.url) lines.push(`<${source.url}>`)
  lines.push(`\`[@${source.key}]\``)
  return lines.join('\n\n')
}

export function contains(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end
}

export function toRange(document: TextDocument, span: Span) {
  return {start: document.positionAt(span.start), end: document.positionAt(span.end)}
}
