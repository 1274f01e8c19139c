import type {Root, RootContent} from 'mdast'
import {gfmAutolinkLiteralFromMarkdown} from 'mdast-util-gfm-autolink-literal'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item'
import {toString} from 'mdast-util-to-string'
import {gfmAutolinkLiteral} from 'micromark-extension-gfm-autolink-literal'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import {visit} from 'unist-util-visit'
import {findCitations} from './citations.js'
import {readFrontMatter, readSources} from './front-matter.js'
import {shiftSpan, type Block, type Briefing, type Footnote, type Gap, type Heading, type Html, type Part, type PlacedPart, type Span} from './model.js'
import {buildSections} from './sections.js'
import {cutEverywhere, cutParts, frontMatterEnd, type Cut, type EarlierCut} from './parts.js'
import {splitSentences} from './sentences.js'
import {finish} from './steps.js'

/**
 * GFM's constructs, in remark-gfm's order, each with what a text must hold for the construct to occur
 * in it: text without any of that parses to the same tree without the construct, and skipping the
 * ones a part cannot hold saves the parser trying them at every word, bracket and line. Literal
 * autolinks (`www.example.com`, `https://...`, `desk@example.com`) are found in text after escapes and
 * character references are decoded (`desk\@un.org`, `www&#46;iz.ru`), so any `\` or `&` may hide one;
 * a table's delimiter row needs a `|` or a `:` beside a `-` (`a\n:-:` is a table of one column); a
 * task item's box may hold a line end and the next line's list indent or `>` (`- [\n  ] a`).
 */
const GFM = [
  {may: /[\w+.-]@|:\/\/|www\.|[\\&]/i, syntax: gfmAutolinkLiteral, tree: gfmAutolinkLiteralFromMarkdown},
  {may: /\[\^/, syntax: gfmFootnote, tree: gfmFootnoteFromMarkdown},
  {may: /~/, syntax: gfmStrikethrough, tree: gfmStrikethroughFromMarkdown},
  {may: /\||:-|-:/, syntax: gfmTable, tree: gfmTableFromMarkdown},
  {may: /\[(?:\s|[xX]\])/, syntax: gfmTaskListItem, tree: gfmTaskListItemFromMarkdown}
]

/** A parser per combination of front matter and GFM constructs met so far. */
const parsers = new Map<string, Processor<Root>>()

function parserFor(text: string, matter: boolean): Processor<Root> {
  const used = GFM.filter((construct) => construct.may.test(text))
  const key = `${matter}${used.map((construct) => GFM.indexOf(construct)).join('')}`
  let parser = parsers.get(key)
  if (!parser) {
    const base = matter ? unified().use(remarkParse).use(remarkFrontmatter, ['yaml']) : unified().use(remarkParse)
    parser = base
      .use(function (this: Processor) {
        const data = this.data()
        ;(data.micromarkExtensions ??= []).push(...used.map((construct) => construct.syntax()))
        ;(data.fromMarkdownExtensions ??= []).push(...used.map((construct) => construct.tree()))
      })
      .freeze() as unknown as Processor<Root>
    parsers.set(key, parser)
  }
  return parser
}

/**
 * Parses Markdown; only the document's first part can open with front matter. A fence that is never
 * closed opens none, and is parsed without the front matter syntax: with it, micromark reads no list
 * or block quote anywhere after such a fence (micromark-extension-frontmatter#5).
 */
export function parseMarkdown(text: string, first = true): Root {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const tree = parserFor(text, first && frontMatterEnd(text) > 0).parse(bom ? text.slice(1) : text)
  // micromark drops a leading BOM; move every offset back onto the original text.
  if (bom) {
    visit(tree, (node) => {
      for (const point of [node.position?.start, node.position?.end]) {
        if (point?.offset === undefined) continue
        point.offset += 1
        if (point.line === 1) point.column += 1
      }
    })
  }
  return tree
}

/** Quotes and lists nested deeper than this are not prose; the parser's cost grows with the square of the depth. */
export const MAX_NESTING = 100

const TOO_DEEP = `it nests quotes or lists more than ${MAX_NESTING} deep`

/** The parts of the previous version of a document, by key: what an edit did not touch is reused. */
export type PartCache = Map<string, Part>

export interface ParseOptions {
  /** Parts analysed by this run are added, so a run abandoned half way still saves its work. */
  cache?: PartCache
  /** Milliseconds of analysis after which the rest of the document is left unanalysed. */
  budget?: number
  /** Analyse the document as one part (tests compare it with the cut analysis). */
  whole?: boolean
  /**
   * Analyse only the parts that start before this offset, and the part after them: a first look at
   * the start of a large document. `Briefing.analysedTo` says where the look ends.
   */
  upTo?: number
}

export function parseBriefing(text: string, options: ParseOptions = {}): Briefing {
  return finish(parseSteps(text, options))
}

/**
 * The analysis as steps, one part each, so the server can yield to other requests between them
 * and abandon a run the editor has moved past.
 */
export function* parseSteps(text: string, options: ParseOptions = {}): Generator<void, Briefing> {
  // Time spent in this run's own steps, not in whatever ran between them.
  let spent = 0
  const earlier = options.cache && !options.whole ? lastCuts.get(options.cache) : undefined
  let spans: Cut[] = options.whole ? wholeSpans(text) : cutParts(text, earlier)
  const definitions = referenceDefinitions(text)
  const placed: PlacedPart[] = []
  const gaps: Gap[] = []
  let blockBase = 0
  let analysedTo: number | undefined
  const overBudget = {reason: `analysing it took longer than the budget of ${options.budget?.toLocaleString('en')} ms (brieflint.analysisBudget), so the rest is not checked`}
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]!
    if (options.upTo !== undefined && index > 1 && spans[index - 1]!.start >= options.upTo) {
      analysedTo = spans[index - 1]!.start
      break
    }
    if (index > 0 && options.budget !== undefined && spent > options.budget) {
      gaps.push({span: {start: span.start, end: text.length}, ...overBudget})
      break
    }
    const started = performance.now()
    const source = text.slice(span.start, span.end)
    const extra = definitions.length > 0 ? definitionsFor(source, definitions) : ''
    const head = `${index === 0 ? 1 : 0}${extra.length}:${extra}`
    const same = span.earlier === undefined ? undefined : earlier!.parts[span.earlier]!
    // A part the cut found unchanged is taken as it is, without building and hashing its key.
    let part = same && same.key.length === head.length + source.length && same.key.startsWith(head) ? same : undefined
    const key = part ? part.key : head + source
    part ??= options.cache?.get(key)
    if (!part) {
      // The budget also holds inside a part: a long paragraph or list stops where it runs out.
      part = analysePart(key, key.length - source.length, extra, index === 0, options.budget === undefined ? undefined : started + options.budget - spent)
      // A part cut short by the budget is not what the text is: it is never reused.
      if (part.stoppedAt === undefined) options.cache?.set(key, part)
    }
    if (part.gap === TOO_DEEP) {
      // Only the piece holding what nests too deep goes unread, wherever the cuts fell: the part is cut again at every point a cut may fall.
      const pieces = cutEverywhere(text, span)
      if (pieces.length > 1) {
        spans = [...spans.slice(0, index), ...pieces, ...spans.slice(index + 1)]
        spent += performance.now() - started
        index--
        continue
      }
    }
    if (part.gap) gaps.push({span, reason: part.gap})
    placed.push({start: span.start, part, blockBase})
    blockBase += part.blocks.length
    spent += performance.now() - started
    if (part.stoppedAt !== undefined) {
      gaps.push({span: {start: span.start + part.stoppedAt, end: text.length}, ...overBudget})
      break
    }
    yield
  }
  const briefing = assemble(text, placed, mergeGaps(gaps), earlier?.briefing)
  if (analysedTo !== undefined) briefing.analysedTo = analysedTo
  else if (options.cache && !options.whole && placed.length === spans.length && placed.at(-1)?.part.stoppedAt === undefined) {
    lastCuts.set(options.cache, {text, starts: placed.map((each) => each.start), parts: placed.map((each) => each.part), briefing})
  }
  return briefing
}

/** The document as one part after its front matter: a closed front matter is a part of its own in any cut (parts.ts). */
function wholeSpans(text: string): Cut[] {
  const end = frontMatterEnd(text)
  return end > 0 && end < text.length ? [{start: 0, end}, {start: end, end: text.length}] : [{start: 0, end: text.length}]
}

/**
 * The last version parsed whole with a cache, and its cut: the next version cuts again only where
 * its text changed, and takes the model of the parts before the edit as it was.
 */
const lastCuts = new WeakMap<PartCache, EarlierCut & {parts: Part[]; briefing: Briefing}>()

/** A briefing with no analysis, for text Brieflint will not read. */
export function unanalysed(text: string, reason: string): Briefing {
  return {text, frontMatter: undefined, sources: [], citations: [], footnoteReferences: [], footnoteDefinitions: [], sections: [], blocks: [], links: [], html: [], folds: [], parts: [], gaps: [{span: {start: 0, end: text.length}, reason}]}
}

/** Parses the part of a briefing around `offset` again, for the rare feature that needs the syntax tree. */
export function partTreeAt(briefing: Briefing, offset: number): {tree: Root; start: number} | undefined {
  const placed = briefing.parts.findLast((candidate) => candidate.start <= offset)
  if (!placed || placed.part.gap) return undefined
  return {tree: parseMarkdown(placed.part.text, placed.start === 0), start: placed.start}
}

function analysePart(key: string, textStart: number, extra: string, first: boolean, until?: number): Part {
  // The key is a fresh string; the text slices it, so a cached part does not keep an old version of the whole document alive.
  const text = key.slice(textStart)
  const empty: Part = {key, text, frontMatter: undefined, blocks: [], sentences: [], citations: [], footnoteReferences: [], footnoteDefinitions: [], links: [], headings: [], html: [], folds: []}
  const depth = nestingDepth(text)
  if (depth > MAX_NESTING) return {...empty, gap: TOO_DEEP}
  try {
    return {...empty, ...readPart(text, extra, first, until)}
  } catch (error) {
    // Markdown parsers and tree walkers recurse; extreme nesting can still exhaust the stack. A stack
    // overflow is also how a huge spread argument fails, so only a deeply nested part is called nested.
    if (error instanceof RangeError) return {...empty, gap: depth > MAX_NESTING / 4 ? TOO_DEEP : `the Markdown tools Brieflint uses failed on it (${error.message})`}
    throw error
  }
}

function readPart(text: string, extra: string, first: boolean, until?: number): Omit<Part, 'key' | 'text'> {
  let tree = parseMarkdown(extra ? `${text}\n\n${extra}` : text, first)
  if (extra) {
    // Reference definitions from elsewhere in the document were appended so references resolve; drop them again.
    tree.children = tree.children.filter((node) => node.position!.start.offset! < text.length)
    // An HTML block or code fence left open at the end swallowed them: parse without.
    if ((tree.children.at(-1)?.position?.end.offset ?? 0) > text.length) tree = parseMarkdown(text, first)
  }
  const footnoteReferences: Footnote[] = []
  const footnoteDefinitions: Footnote[] = []
  const links: Span[] = []
  const html: Html[] = []
  const folds: Span[] = []
  visit(tree, (node) => {
    if (!node.position) return
    const span = {start: node.position.start.offset!, end: node.position.end.offset!}
    if (node.type === 'link' || node.type === 'linkReference') links.push(span)
    if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') {
      ;(node.type === 'footnoteReference' ? footnoteReferences : footnoteDefinitions).push({label: node.label ?? node.identifier, span})
    }
    if (node.type === 'html') html.push({value: node.value, span})
    if (node.type === 'code' || node.type === 'list' || node.type === 'blockquote' || node.type === 'table') folds.push(span)
  })
  const headings: Heading[] = []
  for (const node of tree.children) {
    if (node.type === 'heading' && node.position) headings.push({title: toString(node), depth: node.depth, span: {start: node.position.start.offset!, end: node.position.end.offset!}})
  }
  const list = (node: RootContent | undefined) => (node?.type === 'list' && node.position ? {start: node.position.start.offset!, end: node.position.end.offset!} : undefined)
  const firstList = list(tree.children[0])
  const lastList = list(tree.children.at(-1))
  const {blocks, sentences, stoppedAt} = splitSentences(text, tree, until)
  const read: Omit<Part, 'key' | 'text'> = {
    ...(firstList ? {firstList} : {}),
    ...(lastList ? {lastList} : {}),
    frontMatter: first ? readFrontMatter(text, tree, text.charCodeAt(0) === 0xfeff ? 1 : 0) : undefined,
    citations: findCitations(text, tree),
    footnoteReferences,
    footnoteDefinitions,
    links,
    headings,
    html,
    folds,
    blocks,
    sentences
  }
  return stoppedAt === undefined ? read : stopped(read, stoppedAt)
}

/** What a part holds before `offset`, where the budget stopped its analysis. */
function stopped(read: Omit<Part, 'key' | 'text'>, offset: number): Omit<Part, 'key' | 'text'> {
  const before = (span: Span) => span.start < offset
  const {lastList: _, ...rest} = read
  return {
    ...rest,
    citations: read.citations.filter((citation) => before(citation.groupSpan)),
    footnoteReferences: read.footnoteReferences.filter((note) => before(note.span)),
    footnoteDefinitions: read.footnoteDefinitions.filter((note) => before(note.span)),
    links: read.links.filter(before),
    headings: read.headings.filter((heading) => before(heading.span)),
    html: read.html.filter((node) => before(node.span)),
    folds: read.folds.filter(before),
    stoppedAt: offset
  }
}

function assemble(text: string, placed: PlacedPart[], gaps: Gap[], earlier?: Briefing): Briefing {
  const briefing: Briefing = {
    text, frontMatter: placed[0]?.part.frontMatter, sources: [], citations: [], footnoteReferences: [], footnoteDefinitions: [],
    sections: [], blocks: [], links: [], html: [], folds: [], parts: placed, gaps
  }
  const headings: Heading[] = []
  const kept = earlier ? keptPrefix(placed, earlier) : 0
  if (kept > 0) {
    // The parts before the edit are where they were: what they put in the model is taken over, not moved again.
    const prefix = placed.slice(0, kept)
    const count = (of: (part: Part) => unknown[]) => prefix.reduce((sum, {part}) => sum + of(part).length, 0)
    const end = placed[kept]!.start
    briefing.blocks = earlier!.blocks.slice(0, placed[kept]!.blockBase)
    briefing.citations = earlier!.citations.slice(0, count((part) => part.citations))
    briefing.footnoteReferences = earlier!.footnoteReferences.slice(0, count((part) => part.footnoteReferences))
    briefing.footnoteDefinitions = earlier!.footnoteDefinitions.slice(0, count((part) => part.footnoteDefinitions))
    briefing.links = earlier!.links.slice(0, count((part) => part.links))
    briefing.html = earlier!.html.slice(0, count((part) => part.html))
    // A list joined across parts has one fold, not one per part.
    briefing.folds = earlier!.folds.filter((fold) => fold.start < end)
    for (const {start, part} of prefix) {
      for (const heading of part.headings) headings.push({...heading, span: shiftSpan(heading.span, start)})
    }
  }
  // A list that runs on into the next part (parts.ts cuts long lists) is one list: its blocks and its fold get its whole span.
  let list: {span: Span; marker: string; blocks: number[]; fold: number; joined: boolean} | undefined
  const closeList = () => {
    if (!list?.joined) return
    for (const index of list.blocks) briefing.blocks[index] = {...briefing.blocks[index]!, list: {...list.span}}
    if (list.fold >= 0) briefing.folds[list.fold] = {...list.span}
  }
  for (const {start, part} of placed.slice(kept)) {
    const joins = list !== undefined && part.firstList?.start === 0 && text[start] === list.marker && text.slice(list.span.end, start).trim() === ''
    if (joins) {
      list!.joined = true
      list!.span.end = start + part.firstList!.end
    } else {
      closeList()
      list = undefined
    }
    for (const block of part.blocks) {
      if (joins && block.list?.start === 0) list!.blocks.push(briefing.blocks.length)
      briefing.blocks.push(start === 0 ? block : shiftBlock(block, start))
    }
    for (const citation of part.citations) briefing.citations.push({key: citation.key, keySpan: shiftSpan(citation.keySpan, start), groupSpan: shiftSpan(citation.groupSpan, start)})
    for (const note of part.footnoteReferences) briefing.footnoteReferences.push({label: note.label, span: shiftSpan(note.span, start)})
    for (const note of part.footnoteDefinitions) briefing.footnoteDefinitions.push({label: note.label, span: shiftSpan(note.span, start)})
    for (const link of part.links) briefing.links.push(shiftSpan(link, start))
    for (const node of part.html) briefing.html.push({value: node.value, span: shiftSpan(node.span, start)})
    for (const fold of part.folds) {
      if (!(joins && fold.start === 0 && fold.end === part.firstList!.end)) briefing.folds.push(shiftSpan(fold, start))
    }
    for (const heading of part.headings) headings.push({...heading, span: shiftSpan(heading.span, start)})
    const last = part.lastList
    if (joins && last?.start === 0) continue
    closeList()
    list = undefined
    if (!last) continue
    const span = shiftSpan(last, start)
    const blocks: number[] = []
    const base = briefing.blocks.length - part.blocks.length
    for (let index = 0; index < part.blocks.length; index++) if (part.blocks[index]!.list?.start === last.start) blocks.push(base + index)
    const fold = briefing.folds.findLastIndex((fold) => fold.start === span.start && fold.end === span.end)
    list = {span: {...span}, marker: text.slice(span.start, span.end).trimStart()[0] ?? '', blocks, fold, joined: false}
  }
  closeList()
  briefing.sources = readSources(briefing.frontMatter)
  briefing.sections = buildSections(headings, text.length)
  return briefing
}

/**
 * How many of the first parts are the earlier version's parts at the same offsets, up to one that
 * ends inside no list (a list running on into the next part gets its span from that part).
 */
function keptPrefix(placed: PlacedPart[], earlier: Briefing): number {
  let kept = 0
  while (kept < placed.length - 1 && kept < earlier.parts.length && placed[kept]!.part === earlier.parts[kept]!.part && placed[kept]!.start === earlier.parts[kept]!.start) kept++
  while (kept > 0 && placed[kept - 1]!.part.lastList) kept--
  return kept
}

// Plain functions rather than closures made per part: the bundles keep function names, which costs each closure a call.
function shiftBlock(block: Block, by: number): Block {
  const shifted: Block = {kind: block.kind, span: shiftSpan(block.span, by)}
  if (block.list) shifted.list = shiftSpan(block.list, by)
  if (block.listItem) shifted.listItem = shiftSpan(block.listItem, by)
  if (block.quote) shifted.quote = shiftSpan(block.quote, by)
  if (block.footnote) shifted.footnote = shiftSpan(block.footnote, by)
  return shifted
}

function mergeGaps(gaps: Gap[]): Gap[] {
  const merged: Gap[] = []
  for (const gap of gaps) {
    const last = merged.at(-1)
    if (last && last.reason === gap.reason && last.span.end === gap.span.start) last.span = {start: last.span.start, end: gap.span.end}
    else merged.push({span: {...gap.span}, reason: gap.reason})
  }
  return merged
}

interface Definition {
  label: string
  line: string
}

// recheck: anchored at a line start, and a label has at most 999 characters
const DEFINITION = /^ {0,3}\[(\^?)((?:[^\]\\\n\r]|\\.){1,999})\]:.*$/gm

/** Link reference and footnote definitions: CommonMark resolves them across the whole document. */
function referenceDefinitions(text: string): Definition[] {
  if (!text.includes(']:')) return []
  return [...text.matchAll(DEFINITION)].map((match) => ({label: match[2]!.toLowerCase(), line: match[0].trim()}))
}

/** The definitions a part refers to, by label: appended to its text so its references resolve as in the whole document. */
function definitionsFor(source: string, definitions: Definition[]): string {
  if (!source.includes(']')) return ''
  const lower = source.toLowerCase()
  return definitions.filter((definition) => lower.includes(`[${definition.label}`) || lower.includes(`[^${definition.label}`)).map((definition) => definition.line).join('\n\n')
}

/** The most container markers (`>`, `-`, `*`, `+`, `1.`) at the start of any line, counted in one pass. */
function nestingDepth(text: string): number {
  let deepest = 0
  let depth = 0
  let atLineStart = true
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!
    if (char === '\n' || char === '\r') {
      depth = 0
      atLineStart = true
      continue
    }
    if (!atLineStart || char === ' ' || char === '\t') continue
    const next = text[index + 1]
    if (char === '>' || ((char === '-' || char === '*' || char === '+') && (next === ' ' || next === '\t'))) {
      depth++
      deepest = Math.max(deepest, depth)
    } else if (char >= '0' && char <= '9') {
      let end = index
      while (text[end]! >= '0' && text[end]! <= '9') end++
      if ((text[end] === '.' || text[end] === ')') && (text[end + 1] === ' ' || text[end + 1] === '\t')) {
        depth++
        deepest = Math.max(deepest, depth)
        index = end
      } else atLineStart = false
    } else atLineStart = false
  }
  return deepest
}
