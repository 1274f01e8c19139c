import type {Nodes, Root} from 'mdast'
import type {TextEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Briefing} from '../engine/model.js'
import {partTreeAt} from '../engine/parse.js'
import {runStart} from '../engine/runs.js'

/**
 * The edit that adds `brieflint-disable-next-line` above `line` without changing how the
 * Markdown renders: a comment line dropped into a paragraph, a list or a table would split
 * it, so inside those the comment goes at the end of the previous line instead, and between
 * list items it is indented into the previous item.
 */
export function disableNextLineEdit(briefing: Briefing, document: TextDocument, line: number, ruleId: string): TextEdit | undefined {
  if (line <= 0) return undefined
  const lineStart = document.offsetAt({line, character: 0})
  const lineText = document.getText({start: {line, character: 0}, end: {line: line + 1, character: 0}}).replace(/\r?\n|\r$/, '')
  const comment = `<!-- brieflint-disable-next-line ${ruleId} -->`
  const frontMatter = briefing.frontMatter
  if (frontMatter && lineStart < frontMatter.span.end) {
    if (lineStart < frontMatter.contentSpan.start || lineStart >= frontMatter.contentSpan.end) return undefined
    const indent = /^[ \t]*/.exec(lineText)![0]
    return insertLine(lineStart, `${indent}# brieflint-disable-next-line ${ruleId}`, document)
  }
  const found = partTreeAt(briefing, lineStart)
  if (!found) return insertLine(lineStart, comment, document)
  const path = nodesAt(found.tree, lineStart - found.start)
  // Lines in the part's tree count from the part's first line.
  const lineOf = (node: Nodes) => node.position!.start.line - 1 + document.positionAt(found.start).line
  const paragraph = path.findLast((node) => node.type === 'paragraph')
  if (paragraph && lineOf(paragraph) < line) return appendToPreviousLine(document, line, ` ${comment}`)
  const row = path.findLast((node) => node.type === 'tableRow')
  const table = path.findLast((node) => node.type === 'table')
  if (row && table && table.type === 'table' && table.children[0] !== row) return appendToPreviousRow(document, line, ` ${comment}`)
  const item = path.findLast((node) => node.type === 'listItem' && lineOf(node) === line)
  const prefix = containerPrefix(lineText, path, item)
  return insertLine(lineStart, `${prefix}${comment}`, document)
}

function containerPrefix(lineText: string, path: Nodes[], item: Nodes | undefined): string {
  const quoteAndIndent = /^(?:[ \t]*>)*[ \t]*/.exec(lineText)![0]
  if (!item) return quoteAndIndent
  const list = path[path.indexOf(item) - 1]
  const previous = list && 'children' in list ? list.children[list.children.indexOf(item as never) - 1] : undefined
  const itemColumn = item.position!.start.column - 1
  const base = lineText.slice(0, itemColumn)
  if (!previous || !('children' in previous) || previous.children.length === 0) return base
  // Indenting to the previous item's content keeps the comment inside that item, so the list stays one list.
  const contentColumn = previous.children[0]!.position!.start.column - 1
  return base + ' '.repeat(Math.max(0, contentColumn - itemColumn))
}

function insertLine(offset: number, content: string, document: TextDocument): TextEdit {
  const eol = document.getText().includes('\r\n') ? '\r\n' : '\n'
  const position = document.positionAt(offset)
  return {range: {start: position, end: position}, newText: content + eol}
}

function appendToPreviousLine(document: TextDocument, line: number, addition: string): TextEdit {
  const previous = document.getText({start: {line: line - 1, character: 0}, end: {line, character: 0}}).replace(/(\r\n|\r|\n)$/, '')
  // Before the trailing spaces, and before a backslash: either is a hard line break, which stays at the very end of the line.
  const character = runStart(previous, /[ \t]/, previous.endsWith('\\') ? previous.length - 1 : previous.length)
  return {range: {start: {line: line - 1, character}, end: {line: line - 1, character}}, newText: addition}
}

function appendToPreviousRow(document: TextDocument, line: number, addition: string): TextEdit {
  const previous = document.getText({start: {line: line - 1, character: 0}, end: {line, character: 0}}).replace(/(\r\n|\r|\n)$/, '')
  // Inside the last cell: before the row's closing pipe, if it has one.
  const end = runStart(previous, /\s/)
  const character = previous[end - 1] === '|' ? runStart(previous, /\s/, end - 1) : end
  return {range: {start: {line: line - 1, character}, end: {line: line - 1, character}}, newText: addition}
}

/** The nodes containing `offset`, outermost first. */
function nodesAt(tree: Root, offset: number): Nodes[] {
  const path: Nodes[] = []
  let node: Nodes | undefined = tree
  while (node) {
    path.push(node)
    const children: Nodes[] = 'children' in node ? (node.children as Nodes[]) : []
    node = children.find((child) => child.position && child.position.start.offset! <= offset && offset < Math.max(child.position.end.offset!, child.position.start.offset! + 1))
  }
  return path.slice(1)
}
