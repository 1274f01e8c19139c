import type {Nodes, Root} from 'mdast'
import type {TextEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Briefing} from '../engine/model.js'
import {partTreeAt} from '../engine/parse.js'

/**
 * The edits that add `brieflint-disable-next-line` above `line` without changing how the
 * Markdown renders: a comment line dropped into a paragraph, a list or a table would split
 * it, so inside those the comment goes at the end of the previous line instead (before a code
 * span, raw HTML or link that line ends inside of), and between list items it is indented into
 * the previous item. The first body row of a table comes after the delimiter row, which can hold
 * nothing: there, `disable` at the end of the header row and `enable` at the end of the row
 * silence the rule for that row alone. Undefined: no place silences the line without changing
 * the document.
 */
export function disableLineEdits(briefing: Briefing, document: TextDocument, line: number, ruleId: string): TextEdit[] | undefined {
  if (line <= 0) return undefined
  const lineStart = document.offsetAt({line, character: 0})
  const lineText = document.getText({start: {line, character: 0}, end: {line: line + 1, character: 0}}).replace(/\r?\n|\r$/, '')
  const comment = `<!-- brieflint-disable-next-line ${ruleId} -->`
  const frontMatter = briefing.frontMatter
  if (frontMatter && lineStart < frontMatter.span.end) {
    if (lineStart < frontMatter.contentSpan.start || lineStart >= frontMatter.contentSpan.end) return undefined
    const indent = /^[ \t]*/.exec(lineText)![0]
    return [insertLine(lineStart, `${indent}# brieflint-disable-next-line ${ruleId}`, document)]
  }
  const found = partTreeAt(briefing, lineStart)
  if (!found) return [insertLine(lineStart, comment, document)]
  const path = nodesAt(found.tree, lineStart - found.start)
  // Lines in the part's tree count from the part's first line.
  const lineOf = (node: Nodes) => node.position!.start.line - 1 + document.positionAt(found.start).line
  const paragraph = path.findLast((node) => node.type === 'paragraph')
  if (paragraph && lineOf(paragraph) < line) {
    const previous = document.offsetAt({line: line - 1, character: 0})
    const contentStart = lineOf(paragraph) === line - 1 ? found.start + paragraph.position!.start.offset! : previous + /^[ \t>]*/.exec(document.getText({start: {line: line - 1, character: 0}, end: {line, character: 0}}))![0].length
    const edit = appendToParagraphLine(document, line - 1, contentStart, comment, found)
    return edit && [edit]
  }
  const row = path.findLast((node) => node.type === 'tableRow')
  const table = path.findLast((node) => node.type === 'table')
  if (row && table && table.type === 'table') {
    const index = table.children.indexOf(row as never)
    if (index === 1) return [{...endOfRow(document, line - 2), newText: ` <!-- brieflint-disable ${ruleId} -->`}, {...endOfRow(document, line), newText: ` <!-- brieflint-enable ${ruleId} -->`}]
    if (index > 1) return [{...endOfRow(document, line - 1), newText: ` ${comment}`}]
  }
  const item = path.findLast((node) => node.type === 'listItem' && lineOf(node) === line)
  const list = item && path[path.indexOf(item) - 1]
  const previous = (list && 'children' in list ? list.children[list.children.indexOf(item as never) - 1] : undefined) ?? (item && itemBeforePart(briefing, found.start, lineStart))
  const prefix = containerPrefix(lineText, item, previous)
  return [insertLine(lineStart, `${prefix}${comment}`, document)]
}

/**
 * A long list is cut into parts (parts.ts) and joined again in the model: the item before a part's
 * first item is then the last item of the part before.
 */
function itemBeforePart(briefing: Briefing, partStart: number, offset: number): Nodes | undefined {
  const list = briefing.blocks.find((block) => block.list && block.list.start <= offset && offset < block.list.end)?.list
  if (!list || list.start >= partStart) return undefined
  const last = partTreeAt(briefing, partStart - 1)?.tree.children.at(-1)
  return last?.type === 'list' ? last.children.at(-1) : undefined
}

function containerPrefix(lineText: string, item: Nodes | undefined, previous: Nodes | undefined): string {
  const quoteAndIndent = /^[ \t>]*/.exec(lineText)![0]
  if (!item) return quoteAndIndent
  const itemColumn = item.position!.start.column - 1
  const base = lineText.slice(0, itemColumn)
  if (!previous || !('children' in previous) || previous.children.length === 0) return base
  // Indenting to the previous item's content keeps the comment inside that item, so the list stays one list.
  const contentColumn = previous.children[0]!.position!.start.column - 1
  return base + ' '.repeat(Math.max(0, contentColumn - itemColumn))
}

/** A line of its own before the line at `offset`, ended as that line is (LF, CRLF or a classic Mac CR). */
function insertLine(offset: number, content: string, document: TextDocument): TextEdit {
  const position = document.positionAt(offset)
  const ends = (line: number) => /\r\n|\r|\n/.exec(document.getText({start: {line, character: 0}, end: {line: line + 1, character: 0}}))?.[0]
  const eol = ends(position.line) ?? (position.line > 0 ? ends(position.line - 1) : undefined) ?? '\n'
  return {range: {start: position, end: position}, newText: content + eol}
}

/** Inline nodes a comment cannot go inside of: code and raw HTML take it literally, a link's destination and title break. */
const OPAQUE = new Set(['inlineCode', 'html', 'image', 'imageReference', 'definition'])

/**
 * The comment at the end of a paragraph's line `line`, kept before a hard line break; before the
 * code span, raw HTML or link the line ends inside of, when that starts on the line after some of
 * the paragraph's text (a comment opening a line would start an HTML block).
 */
function appendToParagraphLine(document: TextDocument, line: number, contentStart: number, comment: string, part: {tree: Root; start: number}): TextEdit | undefined {
  const lineStart = document.offsetAt({line, character: 0})
  const text = document.getText({start: {line, character: 0}, end: {line: line + 1, character: 0}}).replace(/\r?\n$|\r$/, '')
  // Keep a hard line break (a backslash, or two spaces or more) at the very end of the line.
  const body = text.endsWith('\\') ? text.slice(0, -1) : text
  const offset = lineStart + trimmedLength(body)
  // Node offsets count from the part's start.
  const opaque = nodesAt(part.tree, offset - part.start).find((node) => insideOpaque(node, offset - part.start))
  if (opaque) {
    const before = part.start + opaque.position!.start.offset!
    if (before < lineStart || trimmedLength(document.getText().slice(contentStart, before)) === 0) return undefined
    const position = document.positionAt(before)
    return {range: {start: position, end: position}, newText: comment}
  }
  const position = document.positionAt(offset)
  return {range: {start: position, end: position}, newText: ` ${comment}`}
}

/** Whether `offset` falls strictly inside `node` where a comment would be read as text: in code, HTML, or a link outside its text. */
function insideOpaque(node: Nodes, offset: number): boolean {
  const {start, end} = {start: node.position!.start.offset!, end: node.position!.end.offset!}
  if (offset <= start || offset >= end) return false
  if (OPAQUE.has(node.type)) return true
  if (node.type !== 'link' && node.type !== 'linkReference') return false
  return !node.children.some((child) => child.position!.start.offset! <= offset && offset <= child.position!.end.offset!)
}

/** The length of `text` without trailing spaces and tabs; a loop, since a regular expression is quadratic on a long run of spaces. */
function trimmedLength(text: string): number {
  let end = text.length
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--
  return end
}

/** An empty range at the end of a table row's last cell, before its closing pipe. */
function endOfRow(document: TextDocument, line: number): TextEdit {
  const text = document.getText({start: {line, character: 0}, end: {line: line + 1, character: 0}}).replace(/\r?\n$|\r$/, '')
  let character = trimmedLength(text)
  if (text[character - 1] === '|' && text[character - 2] !== '\\') character = trimmedLength(text.slice(0, character - 1))
  return {range: {start: {line, character}, end: {line, character}}, newText: ''}
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
