import type {Span} from './model.js'

/**
 * Cuts a document into runs of top-level blocks that parse the same apart as together, so an
 * edit re-parses only the run it touches. A cut falls only before a line that starts at column 0
 * after a blank line and cannot continue the block above it: not a list item, not a quote, not
 * inside a fenced code block or a multi-line HTML block, and after the front matter, which is a part
 * of its own.
 *
 * Which of those safe points become cuts depends only on the line that follows them (a hash of
 * it), never on the length of the text before, so inserting text early in a document leaves the
 * cuts further down where they were and their analyses reusable.
 *
 * A list has no such point: a run past `MAX_LIST_PART` inside a list is also cut before a bullet
 * item at column 0, which starts an item of the same list apart as together (only the list is then
 * two lists, which `parse.ts` joins), so a 40,000-item list is analysed, and can be interrupted, in
 * steps like any other text.
 *
 * Given the cut of an earlier version, only the stretch from the last cut before the edit to the
 * first cut after it that the earlier version also had is scanned; the other cuts are kept, moved.
 */
export function cutParts(text: string, earlier?: EarlierCut): Cut[] {
  if (!earlier || earlier.starts.length < 2) return scan(text, 0).cuts
  const {starts} = earlier
  const delta = text.length - earlier.text.length
  const end = (index: number) => starts[index + 1] ?? earlier.text.length
  // Compared as slices: V8 compares two flat strings' characters in bulk, where startsWith goes one by one.
  const inPlace = (index: number, shift: number) => text.slice(starts[index]! + shift, end(index) + shift) === earlier.text.slice(starts[index], end(index))
  let before = 0
  while (before < starts.length && end(before) <= text.length && inPlace(before, 0)) before++
  // A `---` line typed anywhere below a front matter that was never closed closes it: the first cut moves.
  if (frontMatterEnd(text) !== frontMatterEnd(earlier.text)) before = 0
  // The scan resumes at the last earlier cut with the same text before and after it, or at the start.
  const from = Math.max(0, before - 1)
  const resume = starts[from]!
  let after = starts.length
  while (after > before && starts[after - 1]! + delta > resume && inPlace(after - 1, delta)) after--
  const kept = new Map<number, number>()
  for (let index = after; index < starts.length; index++) kept.set(starts[index]! + delta, index)
  const cuts: Cut[] = starts.slice(0, from).map((start, index) => ({start, end: starts[index + 1]!, earlier: index}))
  const rescanned = scan(text, resume, kept)
  for (const cut of rescanned.cuts) cuts.push(before > 0 && cut.start === resume && cut.end === end(from) ? {...cut, earlier: from} : cut)
  // From a cut that starts text the earlier version had after its edit, the rest is cut as it was.
  if (rescanned.synced !== undefined) {
    for (let index = rescanned.synced; index < starts.length; index++) cuts.push({start: starts[index]! + delta, end: end(index) + delta, earlier: index})
  }
  return cuts
}

/** Where an earlier version of a document was cut: `cutParts` then scans only what an edit changed. */
export interface EarlierCut {
  text: string
  starts: readonly number[]
}

/** A part's span; `earlier` is the index of the earlier version's part with the same text, where there is one. */
export interface Cut extends Span {
  earlier?: number
}

/**
 * Cuts from `from`, which is 0 or an earlier cut: every cut leaves the scan in the same state (not
 * in a fence, an HTML block or a table; outside any list item, or in the one the cut's bullet opens),
 * so the cuts after one depend only on the text after it.
 * Stops at a cut `kept` maps to an earlier part, and says which.
 */
function scan(text: string, from: number, kept?: Map<number, number>, every?: Span): {cuts: Cut[]; synced?: number} {
  const end = every ? every.end : text.length
  const cuts: Cut[] = []
  let start = from
  let previousBlank = false
  let fence: Fence | undefined
  // The column where the text of the list item last opened starts: a fence indented that far is in the item. 0 outside lists.
  let listContent = 0
  let emptyItem = false
  let htmlEnd: RegExp | undefined
  // Since the last blank line: an HTML block that runs to the next blank line, or a table, either of which a bullet line may belong to.
  let htmlOrTable = false
  let position = from === 0 ? frontMatterEnd(text) : from
  // The front matter is a part of its own: what follows it parses as a document of its own, and typing in either leaves the other alone.
  if (from === 0 && position > 0 && position < text.length) {
    cuts.push({start, end: position})
    start = position
  }
  while (position < end) {
    const lineEnd = endOfLine(text, position)
    const line = text.slice(position, lineEnd)
    // A line indented less than the text of the list item a fence is in ends the item, and the fence with it.
    if (fence && fence.container > 0 && !BLANK.test(line) && indentOf(line) < fence.container) fence = undefined
    if (fence) {
      if (closesFence(line, fence)) fence = undefined
      previousBlank = false
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined
      previousBlank = false
    } else {
      const blank = BLANK.test(line)
      const safe = !blank && previousBlank && position > start && canStartPart(line) && (every !== undefined || position - start > MAX_PART || isCut(line))
      if (safe || ((every ? position > start : position - start > MAX_LIST_PART) && !htmlOrTable && continuesList(line))) {
        cuts.push({start, end: position})
        start = position
        const synced = kept?.get(position)
        if (synced !== undefined) return {cuts, synced}
      }
      const first = line.charCodeAt(0)
      const indented = first === 32 || first === 9
      // Only a line that starts with white space, a bullet or a digit can open a list item: prose is not matched against it.
      let item = indented || first === 45 || first === 42 || first === 43 || (first >= 48 && first <= 57) ? listItemContent(line) : undefined
      const indent = indented ? indentOf(line) : 0
      // An item with no text cannot interrupt a paragraph (`Heading` over `-` is a heading) but can follow another item; it ends at a blank line.
      if (item !== undefined && item.empty && !previousBlank && indent >= listContent) item = undefined
      if (blank) listContent = emptyItem ? 0 : listContent
      // After a blank line, a line indented less than the item's text ends the list.
      else listContent = item?.column ?? (indented && !(previousBlank && indent < listContent) ? listContent : 0)
      emptyItem = item?.empty ?? false
      fence = opensFence(line, listContent)
      // A fence indented less than the item's text is no lazy line of it: the list has ended.
      if (fence?.container === 0) listContent = 0
      htmlEnd = fence ? undefined : opensHtml(line)
      // An HTML block left open on its first line counts too: in a list item it ends with the item, which the scan cannot see.
      htmlOrTable = !blank && (htmlOrTable || htmlEnd !== undefined || opensHtmlOrTable(line))
      previousBlank = blank
    }
    position = nextLine(text, lineEnd)
  }
  if (start < end || cuts.length === 0) cuts.push({start, end})
  return {cuts}
}

/**
 * A part cut at every point where a cut may fall, not one in eight: a part Brieflint cannot read
 * (nested too deep) is cut so that only the piece that holds what it cannot read goes unanalysed.
 * Every cut of `cutParts` is such a point, so the pieces are the same whichever part held them.
 */
export function cutEverywhere(text: string, part: Span): Cut[] {
  return scan(text, part.start, undefined, part).cuts
}

/** About one safe point in eight becomes a cut; a run that grows past this size is cut at the next safe point. */
const MAX_PART = 16_000
/** A list costs the Markdown parser about seven times what prose does per character: its parts are smaller. */
const MAX_LIST_PART = 4_000
const BLANK = /^[ \t]*$/
const LIST_OR_QUOTE = /^(?:[-*+>]|\d{1,9}[.)])(?:[ \t]|$)/

function canStartPart(line: string): boolean {
  const first = line.charCodeAt(0)
  // Space, tab and `>`/list markers would continue the container above; `|` could be read as a table row.
  return first !== 32 && first !== 9 && first !== 124 && !LIST_OR_QUOTE.test(line) && !line.startsWith('>')
}

/**
 * The first line of an HTML block that runs to the next blank line, or a table's delimiter row. A
 * comment or another block that ends at a marker (`HTML_BLOCKS`) does not count once it has closed:
 * the line after it is a block of its own, so a disable comment above a list item leaves the item a
 * list item.
 */
function opensHtmlOrTable(line: string): boolean {
  if (/^ {0,3}</.test(line)) return !HTML_BLOCKS.some(([open]) => open.test(line))
  return /^[ \t|:-]*$/.test(line) && line.includes('|') && line.includes('-')
}

/** A bullet item with text: an empty one could underline a heading, and `- - -` is a thematic break. */
function continuesList(line: string): boolean {
  return /^[-*+][ \t]+\S/.test(line) && !/^(?:[-*+][ \t]*){3,}$/.test(line)
}

function isCut(line: string): boolean {
  let hash = 0x811c9dc5
  for (let index = 0; index < line.length && index < 64; index++) hash = Math.imul(hash ^ line.charCodeAt(index), 16777619)
  return (hash & 7) === 0
}

interface Fence {
  char: string
  length: number
  /** The column the text of the list item holding the fence starts at; 0 at the top level. */
  container: number
}

/**
 * A fence opened by `line`, when the text of the last list item starts at column `listContent`. Not
 * knowing every container, the scan takes a fence indented at least that far as inside the item, one
 * indented less as at the top level; four columns past its container, it is indented code.
 */
function opensFence(line: string, listContent: number): Fence | undefined {
  // Each run of fence characters is taken whole, and the rest of the line is anything: a line may hold U+2028, which `.` does not match.
  const match = /^([ \t]*)(`{3,}(?!`)|~{3,}(?!~))([^]*)$/.exec(line)
  if (!match) return undefined
  // A backtick fence's info string cannot contain a backtick; such a line is inline code.
  if (match[2]![0] === '`' && match[3]!.includes('`')) return undefined
  const indent = columns(line, match[1]!.length)
  const container = listContent > 0 && indent >= listContent ? listContent : 0
  return indent - container > 3 ? undefined : {char: match[2]![0]!, length: match[2]!.length, container}
}

/** A closing fence is indented at most three columns within the fence's container; one further, `    ```` after a fence at the margin, is code. */
function closesFence(line: string, fence: Fence): boolean {
  const match = /^([ \t]*)(`+|~+)[ \t]*$/.exec(line)
  return Boolean(match && match[2]![0] === fence.char && match[2]!.length >= fence.length && columns(line, match[1]!.length) - fence.container <= 3)
}

/** The column where a list item's text starts, if `line` opens one (not a thematic break such as `- - -`), and whether it has none. */
function listItemContent(line: string): {column: number; empty: boolean} | undefined {
  const match = /^([ \t]*(?:[-*+]|\d{1,9}[.)]))([ \t]*)/.exec(line)
  if (!match || (match[2] === '' && match[0].length < line.length)) return undefined
  // `- - -` and `* * *` are thematic breaks, not items.
  const next = line[match[0].length]
  if ((next === '-' || next === '*' || next === '_') && /^(?:-{3,}|\*{3,}|_{3,})$/.test(line.replace(/[ \t]/g, ''))) return undefined
  const marker = columns(line, match[1]!.length)
  const after = columns(line, match[0].length) - marker
  // An empty item, or one whose text is indented code, has its text one column after the marker.
  const empty = match[0].length === line.length
  return {column: after === 0 || after > 4 || empty ? marker + 1 : marker + after, empty}
}

/** The column where `line`'s text starts. */
function indentOf(line: string): number {
  return columns(line, /^[ \t]*/.exec(line)![0].length)
}

/** The column `length` characters into `line`, a tab reaching the next multiple of four. */
function columns(line: string, length: number): number {
  let column = 0
  for (let index = 0; index < length; index++) column = line[index] === '\t' ? column + 4 - (column % 4) : column + 1
  return column
}

/** HTML blocks of CommonMark kinds 1 to 5 run until their end marker, across blank lines. */
const HTML_BLOCKS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/]
]

function opensHtml(line: string): RegExp | undefined {
  for (const [open, close] of HTML_BLOCKS) {
    const match = open.exec(line)
    if (match) return close.test(line.slice(match[0].length)) ? undefined : close
  }
  return undefined
}

/** Where a front matter closed by a `---` line ends (after that line), or 0 if the text opens none or never closes it. */
export function frontMatterEnd(text: string): number {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const openingEnd = endOfLine(text, bom)
  if (openingEnd === text.length || !FENCE.test(text.slice(bom, openingEnd))) return 0
  let position = nextLine(text, openingEnd)
  while (position < text.length) {
    const lineEnd = endOfLine(text, position)
    if (FENCE.test(text.slice(position, lineEnd))) return Math.min(text.length, nextLine(text, lineEnd))
    position = nextLine(text, lineEnd)
  }
  return 0
}

const FENCE = /^---[ \t]*$/

function endOfLine(text: string, position: number): number {
  for (let index = position; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || code === 13) return index
  }
  return text.length
}

function nextLine(text: string, lineEnd: number): number {
  return text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 2 : lineEnd + 1
}
