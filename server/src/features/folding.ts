import {FoldingRangeKind, type FoldingRange} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {visit} from 'unist-util-visit'
import type {Briefing, Section, Span} from '../engine/model.js'

export function foldingRanges(briefing: Briefing, document: TextDocument): FoldingRange[] {
  const ranges: FoldingRange[] = []
  const add = (span: Span, kind?: FoldingRangeKind) => {
    const startLine = document.positionAt(span.start).line
    // A section's span ends where the next heading starts: fold up to the line before it.
    const endLine = document.positionAt(Math.max(span.start, span.end - 1)).line
    if (endLine > startLine) ranges.push(kind ? {startLine, endLine, kind} : {startLine, endLine})
  }
  if (briefing.frontMatter) add(briefing.frontMatter.span, FoldingRangeKind.Region)
  const addSection = (section: Section) => {
    add(trimTrailingBlankLines(briefing.text, section.span))
    section.children.forEach(addSection)
  }
  briefing.sections.forEach(addSection)
  visit(briefing.tree, (node) => {
    if ((node.type === 'code' || node.type === 'list' || node.type === 'blockquote' || node.type === 'table') && node.position) {
      add({start: node.position.start.offset!, end: node.position.end.offset!})
    }
    if (node.type === 'html' && node.position && node.value.startsWith('<!--')) {
      add({start: node.position.start.offset!, end: node.position.end.offset!}, FoldingRangeKind.Comment)
    }
  })
  return ranges
}

function trimTrailingBlankLines(text: string, span: Span): Span {
  let end = span.end
  while (end > span.start && /\s/.test(text[end - 1]!)) end--
  return {start: span.start, end}
}
