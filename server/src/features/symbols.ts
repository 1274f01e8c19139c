import {SymbolKind, type DocumentSymbol} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Briefing, Section} from '../engine/model.js'
import {toRange} from './hover.js'

/** The front matter's sources, then the sections as an outline tree. */
export function documentSymbols(briefing: Briefing, document: TextDocument): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = []
  const frontMatter = briefing.frontMatter
  if (frontMatter) {
    const range = toRange(document, frontMatter.span)
    symbols.push({
      name: 'Front matter',
      kind: SymbolKind.Module,
      range,
      selectionRange: toRange(document, {start: frontMatter.span.start, end: frontMatter.span.start + 3}),
      children: briefing.sources.map((source) => ({
        name: `@${source.key}`,
        detail: source.title ?? '',
        kind: SymbolKind.Key,
        range: toRange(document, source.span),
        selectionRange: toRange(document, source.keySpan)
      }))
    })
  }
  return [...symbols, ...briefing.sections.map((section) => sectionSymbol(section, document))]
}

function sectionSymbol(section: Section, document: TextDocument): DocumentSymbol {
  return {
    name: section.title || '(untitled section)',
    detail: '#'.repeat(section.depth),
    kind: SymbolKind.String,
    range: toRange(document, section.span),
    selectionRange: toRange(document, section.headingSpan),
    children: section.children.map((child) => sectionSymbol(child, document))
  }
}
