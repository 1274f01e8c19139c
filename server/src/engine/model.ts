import type {Document} from 'yaml'

/** Half-open range of UTF-16 offsets into the document text. */
export interface Span {
  start: number
  end: number
}

/** The span `by` characters later (earlier, if negative); the span itself when `by` is 0. */
export function shiftSpan(span: Span, by: number): Span {
  return by === 0 ? span : {start: span.start + by, end: span.end + by}
}

/** The text of each stretch Brieflint could not analyse (nested too deep, past the budget): what rules must not call absent. */
export function unreadTexts(briefing: Briefing): string[] {
  return briefing.gaps.map((gap) => briefing.text.slice(gap.span.start, gap.span.end))
}

export interface FrontMatterField {
  key: string
  keySpan: Span
  valueSpan: Span
  value: unknown
}

export interface FrontMatterProblem {
  message: string
  span: Span
}

export interface FrontMatter {
  /** The whole block, fences included. */
  span: Span
  /** The YAML between the fences. */
  contentSpan: Span
  /** False when the opening fence has no closing fence. */
  closed: boolean
  document: Document | undefined
  fields: Map<string, FrontMatterField>
  problems: FrontMatterProblem[]
}

export interface SourceDefinition {
  key: string
  keySpan: Span
  /** The key and its value. */
  span: Span
  title?: string
  publisher?: string
  date?: string
  url?: string
}

export interface Citation {
  key: string
  /** The key without its `@`. */
  keySpan: Span
  /** The bracket group the key sits in, brackets included. */
  groupSpan: Span
}

export interface Footnote {
  label: string
  span: Span
}

export interface Section {
  title: string
  depth: number
  headingSpan: Span
  /** From the heading to the start of the next heading of the same or higher level. */
  span: Span
  children: Section[]
}

export type BlockKind = 'paragraph' | 'heading' | 'listItem' | 'tableCell'

/** A paragraph-like block, with the containers that decide how its sentences inherit attribution. */
export interface Block {
  kind: BlockKind
  span: Span
  /** The list and item the block sits in, if any. */
  list?: Span
  listItem?: Span
  /** The outermost blockquote the block sits in, if any. */
  quote?: Span
  /** The footnote definition the block belongs to, if any. */
  footnote?: Span
}

export interface Sentence {
  span: Span
  text: string
  block: BlockKind
  /** Index into `Briefing.blocks`. */
  blockIndex: number
}

/** A top-level heading, for sections and outlines. */
export interface Heading {
  title: string
  depth: number
  span: Span
}

/** An HTML block: control comments live in them, and comments fold. */
export interface Html {
  value: string
  span: Span
}

/**
 * A run of top-level blocks analysed on its own (see `parts.ts`), with offsets relative to its
 * start. Parts are reused across edits when their text is unchanged.
 */
export interface Part {
  /** The cache key: the text and what else its parse depended on. */
  key: string
  text: string
  frontMatter: FrontMatter | undefined
  blocks: Block[]
  sentences: Sentence[]
  citations: Citation[]
  footnoteReferences: Footnote[]
  footnoteDefinitions: Footnote[]
  links: Span[]
  headings: Heading[]
  html: Html[]
  /** Code blocks, lists, quotes and tables: what the editor folds besides sections. */
  folds: Span[]
  /** The part's first and last top-level nodes, when they are lists: a long list is cut into several parts. */
  firstList?: Span
  lastList?: Span
  /** Where the analysis budget ran out inside the part: nothing from there on is in it. */
  stoppedAt?: number
  /** Why the part could not be analysed, when it could not. */
  gap?: string
}

export interface PlacedPart {
  start: number
  part: Part
  /** Index in `Briefing.blocks` of the part's first block. */
  blockBase: number
}

/** A stretch of the document that was not analysed, and why. */
export interface Gap {
  span: Span
  reason: string
}

export interface Briefing {
  text: string
  frontMatter: FrontMatter | undefined
  /** Every definition under `sources:`, in order; a key defined twice appears twice. */
  sources: SourceDefinition[]
  citations: Citation[]
  footnoteReferences: Footnote[]
  footnoteDefinitions: Footnote[]
  sections: Section[]
  blocks: Block[]
  /** Inline links and link references: a link in a sentence counts as its source. */
  links: Span[]
  html: Html[]
  folds: Span[]
  /** The parts, each with its sentences (the claims analysis reads them there, where they are reused). */
  parts: PlacedPart[]
  /** What could not be analysed: too deeply nested, or past the analysis budget. */
  gaps: Gap[]
  /**
   * A first look at the start of the document (`ParseOptions.upTo`): what it says holds before this
   * offset. The last part analysed lies past it, so attribution flowing across the boundary is settled.
   */
  analysedTo?: number
}
