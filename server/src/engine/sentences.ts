import type {Nodes, Root} from 'mdast'
import type {Root as NlcstRoot} from 'nlcst'
import {toNlcst} from 'mdast-util-to-nlcst'
import {ParseEnglish} from 'parse-english'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import type {Block, BlockKind, Sentence, Span} from './model.js'
import {runStart} from './runs.js'

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell'])
const SKIPPED = new Set(['code', 'html', 'yaml', 'definition'])

/**
 * Splits every paragraph-like block into sentences with exact spans. Each block is tokenised on its
 * own, against its own slice of the text: the cost stays linear in the number of blocks (one call on
 * the whole tree splits its one long sentence at every block, copying the rest each time). A block
 * longer than `MAX_PIECE` is tokenised in pieces cut at line or sentence ends, so a 1 MB paragraph
 * neither takes minutes nor overflows the stack (mdast-util-to-nlcst spreads a text node's tokens
 * into a function call).
 *
 * Past `until` (a `performance.now()` time) the rest is left: `stoppedAt` says where, and only the
 * blocks before it are returned.
 */
export function splitSentences(text: string, tree: Root, until?: number): {blocks: Block[]; sentences: Sentence[]; stoppedAt?: number} {
  const found = collectBlocks(tree)
  let blocks = found.map(([block]) => block)
  const parser = new ParseEnglish()
  const shifts = textShifts(text, tree)
  const spans: Span[] = []
  let stoppedAt: number | undefined
  const overdue = () => until !== undefined && performance.now() > until
  let count = 0
  for (const [block, node] of found) {
    const {start, end} = block.span
    // The clock is read every few blocks; the first few are always read.
    if (++count % 32 === 0 && overdue()) {
      stoppedAt = start
      break
    }
    if (block.kind === 'tableCell') {
      // mdast-util-to-nlcst skips tables: each cell is tokenised from its source, without the pipes and padding.
      const cell = text.slice(start, end)
      const lead = /^[\s|]*/.exec(cell)![0].length
      for (const span of pieceSpans(text, start + lead, Math.max(start + lead, start + runStart(cell, /[\s|]/)), parser)) spans.push(span)
    } else if (end - start > MAX_PIECE || unplaced(node)) {
      const read = pieceSpans(text, start, end, parser, overdue)
      // One by one: a long block has more sentences than a spread call takes arguments.
      for (const span of read) spans.push(span)
      if (read.stoppedAt !== undefined) {
        stoppedAt = read.stoppedAt
        break
      }
    } else {
      // Raw HTML (a control comment above a list item, say) is markup, not prose: it must not join or split sentences.
      spans.push(...sentenceSpans(text, toNlcst(relocated(node, start) as Root, new VFile(text.slice(start, end)), parser, {ignore: ['html']}), start, shifts))
    }
  }
  if (stoppedAt !== undefined) blocks = blocks.filter((block) => block.span.start < stoppedAt!)
  spans.sort((a, b) => a.start - b.start)
  const refined = refine(text, spans)
  const sentences: Sentence[] = []
  let blockIndex = 0
  for (const span of refined) {
    while (blockIndex < blocks.length - 1 && blocks[blockIndex]!.span.end <= span.start) blockIndex++
    const block = blocks[blockIndex]
    if (!block || span.end <= block.span.start) continue
    // A sentence the tokeniser starts early (at the end of an HTML comment before a list item, say) starts with its block.
    if (span.start < block.span.start) span.start = block.span.start
    sentences.push({span, text: text.slice(span.start, span.end), block: block.kind, blockIndex})
  }
  return stoppedAt === undefined ? {blocks, sentences} : {blocks, sentences, stoppedAt}
}

/**
 * Whether some node inside `node` has no place in the source: GFM makes the links it finds in text
 * after escapes and character references are decoded (`desk\@un.org`) without one, and the text
 * around them loses its place too. Such a block is read from its source as plain text.
 */
function unplaced(node: Nodes): boolean {
  return 'children' in node && node.children.some((child) => !child.position || unplaced(child as Nodes))
}

/** Longer blocks are tokenised from their source in pieces of about this many characters. */
const MAX_PIECE = 10_000

/** A copy of `node` with offsets from `start`, for a VFile of the text from there. */
function relocated(node: Nodes, start: number): Nodes {
  const copy = {...node} as Nodes
  if (node.position) copy.position = {start: {...node.position.start, offset: node.position.start.offset! - start}, end: {...node.position.end, offset: node.position.end.offset! - start}}
  if ('children' in node) (copy as {children: Nodes[]}).children = node.children.map((child) => relocated(child as Nodes, start))
  return copy
}

/**
 * Sentences of `text` from `start` to `end` read as plain text, in pieces of at most `MAX_PIECE`
 * characters that end at a line end, else after a sentence's closing mark, else at a space; up to
 * where `overdue` says to stop.
 */
function pieceSpans(text: string, start: number, end: number, parser: ParseEnglish, overdue = () => false): Span[] & {stoppedAt?: number} {
  const spans: Span[] & {stoppedAt?: number} = []
  for (let from = start; from < end; ) {
    if (from > start && overdue()) {
      spans.stoppedAt = from
      break
    }
    let to = end
    if (end - from > MAX_PIECE) {
      const window = text.slice(from + MAX_PIECE / 2, from + MAX_PIECE)
      const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('\r'))
      const sentenceEnd = cut >= 0 ? -1 : Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '))
      const space = cut >= 0 || sentenceEnd >= 0 ? -1 : window.lastIndexOf(' ')
      const at = cut >= 0 ? cut + 1 : sentenceEnd >= 0 ? sentenceEnd + 2 : space >= 0 ? space + 1 : MAX_PIECE / 2
      to = from + MAX_PIECE / 2 + at
    }
    // A control comment in a table cell or a long paragraph is not text: blanked, the offsets stay.
    spans.push(...sentenceSpans(text, parser.parse(blankComments(text.slice(from, to))), from))
    from = to
  }
  return spans
}

/**
 * HTML comments as spaces of the same length: a control comment in a cell is not text, and must
 * not change the cell's sentences. Found with indexOf, linear however many `<!--` a cell holds.
 */
function blankComments(text: string): string {
  let result = ''
  let from = 0
  for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', from)) {
    const close = text.indexOf('-->', open + 4)
    if (close === -1) break
    result += text.slice(from, open) + ' '.repeat(close + 3 - open)
    from = close + 3
  }
  return result + text.slice(from)
}

// parse-english reads "Aug. 19. The" as one sentence (a date after an abbreviation) and "No. 2" as two.
const DATE_END = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s+\d{1,2}\.(?=\s+["“‘(]?\p{Lu})/gu
const NUMBER_SIGN = /\b(?:No|Nos|Nr|Art|Sec|Vol|pp?)\.$/
// Titles in capitals, as transcripts write them: "MS. FRAZIER:".
const HONORIFIC_END = /\b(?:MR|MRS|MS|DR|SEN|REP|GOV|GEN|LT|COL|SGT|PROF|REV|AMB)\.$/

function refine(text: string, spans: Span[]): Span[] {
  const result: Span[] = []
  for (const span of spans) {
    const previous = result.at(-1)
    const tail = previous ? text.slice(Math.max(previous.start, previous.end - 5), previous.end) : ''
    const joins = (NUMBER_SIGN.test(tail) && /^\d/.test(text[span.start] ?? '')) || (HONORIFIC_END.test(tail) && /^\p{Lu}/u.test(text[span.start] ?? ''))
    if (previous && joins && !text.slice(previous.end, span.start).includes('\n')) {
      previous.end = span.end
      continue
    }
    let start = span.start
    const inner = text.slice(span.start, span.end)
    if (inner.length < 10_000) {
      for (const match of inner.matchAll(DATE_END)) {
        const end = span.start + match.index + match[0].length
        result.push({start, end})
        start = end
        while (/\s/.test(text[start]!)) start++
      }
    }
    result.push({start, end: span.end})
  }
  return result
}

function sentenceSpans(text: string, root: NlcstRoot, shift: number, shifts?: Shifts): Span[] {
  const spans: Span[] = []
  const at = (offset: number) => (shifts ? realign(shifts, shift + offset) : shift + offset)
  for (const paragraph of root.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode' || !sentence.position) continue
      const span = trim(text, at(sentence.position.start.offset!), at(sentence.position.end.offset!))
      if (span.end > span.start) spans.push(span)
    }
  }
  return spans
}

/** Offsets where a text node's value and its source part ways, and by how much, sorted. */
interface Shifts {
  offsets: number[]
  deltas: number[]
}

/**
 * mdast-util-to-nlcst places words by their index in a text node's value, but the value lacks what
 * Markdown drops from the source: spaces before a line break, the indent of continuation lines,
 * escapes and character references. Aligning each value with its source gives the corrections.
 */
function textShifts(text: string, tree: Root): Shifts {
  const offsets: number[] = []
  const deltas: number[] = []
  visit(tree, (node) => {
    if (!('value' in node) || typeof node.value !== 'string') return
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    // Each node's own start is exact: whatever the node before drifted by stops here.
    offsets.push(start)
    deltas.push(0)
    if (node.type !== 'text' || end - start === node.value.length) return
    let source = start
    for (let index = 0; index < node.value.length && source < end; index++, source++) {
      const before = source
      // What Markdown drops is short (whitespace at a line break, an escape, a character reference): look no further.
      const limit = Math.min(end, source + 40)
      while (source < limit && text[source] !== node.value[index]) source++
      if (source === limit) source = before
      else if (source !== before) {
        offsets.push(start + index)
        deltas.push(source - start - index)
      }
    }
    // The end of the value is the end of the node in the source.
    offsets.push(start + node.value.length, start + node.value.length + 1)
    deltas.push(end - start - node.value.length, 0)
  })
  return {offsets, deltas}
}

function realign(shifts: Shifts, offset: number): number {
  let low = 0
  let high = shifts.offsets.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (shifts.offsets[middle]! <= offset) low = middle + 1
    else high = middle
  }
  return low === 0 ? offset : offset + shifts.deltas[low - 1]!
}

interface Containers {
  list?: Span
  listItem?: Span
  quote?: Span
  footnote?: Span
}

function collectBlocks(tree: Root): [Block, Nodes][] {
  const blocks: [Block, Nodes][] = []
  const walk = (node: Nodes, containers: Containers): void => {
    if (SKIPPED.has(node.type)) return
    if (BLOCKS.has(node.type) && node.position) {
      const kind = containers.listItem && node.type === 'paragraph' ? 'listItem' : (node.type as BlockKind)
      blocks.push([{kind, span: spanOf(node), ...containers}, node])
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
