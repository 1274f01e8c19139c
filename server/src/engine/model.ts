import type {Root} from 'mdast'
import type {Document} from 'yaml'

/** Half-open range of UTF-16 offsets into the document text. */
export interface Span {
  start: number
  end: number
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

export interface Briefing {
  text: string
  tree: Root
  frontMatter: FrontMatter | undefined
  /** Every definition under `sources:`, in order; a key defined twice appears twice. */
  sources: SourceDefinition[]
  citations: Citation[]
  footnoteReferences: Footnote[]
  footnoteDefinitions: Footnote[]
  sections: Section[]
  blocks: Block[]
  sentences: Sentence[]
  /** Inline links and link references: a link in a sentence counts as its source. */
  links: Span[]
  /** Why the document could not be analysed, when it could not (the model is then empty). */
  failure?: string
}
