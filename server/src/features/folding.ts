import {FoldingRangeKind, type FoldingRange} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
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
  briefing.folds.forEach((span) => add(span))
  for (const node of briefing.html) if (node.value.startsWith('<!--')) add(node.span, FoldingRangeKind.Comment)
  return ranges
}

function trimTrailingBlankLines(text: string, span: Span): Span {
  let end = span.end
  while (end > span.start && /\s/.test(text[end - 1]!)) end--
  return {start: span.start, end}
}
