import type {Nodes, Root} from 'mdast'
import type {Root as NlcstRoot} from 'nlcst'
import {toNlcst} from 'mdast-util-to-nlcst'
import {ParseEnglish} from 'parse-english'
import {VFile} from 'vfile'
import type {Block, BlockKind, Sentence, Span} from './model.js'

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell'])
const SKIPPED = new Set(['code', 'html', 'yaml', 'definition'])

/**
 * Splits every paragraph-like block into sentences with exact spans. The whole tree is
 * tokenised in one pass (per-block calls would rebuild the line index each time).
 */
export function splitSentences(text: string, tree: Root): {blocks: Block[]; sentences: Sentence[]} {
  const blocks = collectBlocks(tree)
  const parser = new ParseEnglish()
  const spans = sentenceSpans(text, toNlcst(tree, new VFile(text), parser), 0)
  // mdast-util-to-nlcst always skips tables, so each cell is tokenised on its own.
  for (const block of blocks) {
    if (block.kind !== 'tableCell') continue
    const cell = text.slice(block.span.start, block.span.end)
    const lead = /^[\s|]*/.exec(cell)![0].length
    const inner = cell.slice(lead).replace(/[\s|]*$/, '')
    spans.push(...sentenceSpans(text, parser.parse(inner), block.span.start + lead))
  }
  spans.sort((a, b) => a.start - b.start)
  const sentences: Sentence[] = []
  let blockIndex = 0
  for (const span of spans) {
    while (blockIndex < blocks.length - 1 && blocks[blockIndex]!.span.end <= span.start) blockIndex++
    const block = blocks[blockIndex]
    if (!block || span.start < block.span.start) continue
    sentences.push({span, text: text.slice(span.start, span.end), block: block.kind, blockIndex})
  }
  return {blocks, sentences}
}

function sentenceSpans(text: string, root: NlcstRoot, shift: number): Span[] {
  const spans: Span[] = []
  for (const paragraph of root.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode' || !sentence.position) continue
      const span = trim(text, shift + sentence.position.start.offset!, shift + sentence.position.end.offset!)
      if (span.end > span.start) spans.push(span)
    }
  }
  return spans
}

interface Containers {
  list?: Span
  listItem?: Span
  quote?: Span
  footnote?: Span
}

function collectBlocks(tree: Root): Block[] {
  const blocks: Block[] = []
  const walk = (node: Nodes, containers: Containers): void => {
    if (SKIPPED.has(node.type)) return
    if (BLOCKS.has(node.type) && node.position) {
      const kind = containers.listItem && node.type === 'paragraph' ? 'listItem' : (node.type as BlockKind)
      blocks.push({kind, span: spanOf(node), ...containers})
      return
    }
    if (!('children' in node)) return
    const inner = {...containers}
    if (node.type === 'list') inner.list = spanOf(node)
    if (node.type === 'listItem') inner.listItem = spanOf(node)
    if (node.type === 'blockquote') inner.quote ??= spanOf(node)
    if (node.type === 'footnoteDefinition') inner.footnote = spanOf(node)
    for (const child of node.children) walk(child as Nodes, inner)
  }
  walk(tree, {})
  return blocks
}

function spanOf(node: Nodes): Span {
  return {start: node.position!.start.offset!, end: node.position!.end.offset!}
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return {start, end}
}
