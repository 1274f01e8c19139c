import type {Root} from 'mdast'
import {isMap, isScalar, type Document, type Node as YamlNode} from 'yaml'
import type {FrontMatter, FrontMatterField, SourceDefinition, Span} from './model.js'
import {parseYaml, yamlSpanAt} from './yaml-path.js'

const OPENING_FENCE = /^---[ \t]*(?:\r?\n|\r|$)/

/**
 * Reads the YAML block at the top of a briefing. remark-frontmatter only
 * recognises a closed block, so an opening fence without a closing one is
 * detected here, to be reported instead of silently read as Markdown.
 */
export function readFrontMatter(text: string, tree: Root, base: number): FrontMatter | undefined {
  const first = tree.children[0]
  if (first?.type === 'yaml' && first.position) {
    const start = first.position.start.offset!
    const end = first.position.end.offset!
    const contentStart = lineEnd(text, start)
    const closingStart = Math.max(contentStart, lineStart(text, end - 1))
    return parseContent(text, {start, end}, {start: contentStart, end: closingStart}, true)
  }
  if (OPENING_FENCE.test(text.slice(base, lineEnd(text, base)))) {
    const fenceEnd = lineEnd(text, base)
    return {
      span: {start: base, end: base + 3},
      contentSpan: {start: fenceEnd, end: fenceEnd},
      closed: false,
      document: undefined,
      fields: new Map(),
      problems: []
    }
  }
  return undefined
}

function parseContent(text: string, span: Span, contentSpan: Span, closed: boolean): FrontMatter {
  // The yaml library breaks lines only at LF: a classic Mac file's CRs become LFs, one for one, so offsets stay.
  const source = text.slice(contentSpan.start, contentSpan.end).replace(/\r(?!\n)/g, '\n')
  const document = parseYaml(source, {uniqueKeys: false})
  const shift = (range: [number, number, number?]): Span => ({
    start: contentSpan.start + range[0],
    end: contentSpan.start + Math.max(range[0], range[1])
  })
  const problems = [...document.errors, ...document.warnings].map((error) => ({
    message: error.message.split('\n')[0]!,
    span: shift(error.pos)
  }))
  const fields = new Map<string, FrontMatterField>()
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      if (!isScalar(pair.key) || !pair.key.range) continue
      const key = String(pair.key.value)
      const keySpan = shift(pair.key.range)
      const valueNode = pair.value as YamlNode | null
      const valueSpan = valueNode?.range ? shift(valueNode.range) : {start: keySpan.end, end: keySpan.end}
      fields.set(key, {key, keySpan, valueSpan, value: valueNode ? toJs(document, valueNode) : null})
    }
  }
  return {span, contentSpan, closed, document, fields, problems}
}

/** The sources a front matter defines; read once per front matter, which an edit below it leaves as it was. */
export function readSources(frontMatter: FrontMatter | undefined): SourceDefinition[] {
  if (!frontMatter) return []
  let sources = sourcesRead.get(frontMatter)
  if (!sources) sourcesRead.set(frontMatter, (sources = sourcesOf(frontMatter)))
  return sources
}

const sourcesRead = new WeakMap<FrontMatter, SourceDefinition[]>()

function sourcesOf(frontMatter: FrontMatter): SourceDefinition[] {
  const sources = frontMatter.document?.contents
  if (!isMap(sources)) return []
  const pair = [...sources.items].reverse().find((item) => isScalar(item.key) && item.key.value === 'sources')
  if (!pair || !isMap(pair.value)) return []
  const base = frontMatter.contentSpan.start
  const definitions: SourceDefinition[] = []
  for (const item of pair.value.items) {
    if (!isScalar(item.key) || !item.key.range) continue
    const [keyStart, keyEnd] = item.key.range
    const value = item.value as YamlNode | null
    const end = value?.range ? value.range[1] : keyEnd
    const fields = value && isMap(value) ? (toJs(frontMatter.document!, value) as Record<string, unknown>) : {}
    definitions.push({
      key: String(item.key.value),
      keySpan: {start: base + keyStart, end: base + keyEnd},
      span: {start: base + keyStart, end: base + end},
      ...pickStrings(fields, ['title', 'publisher', 'date', 'url'])
    })
  }
  return definitions
}

/** The span of the key (or value) at a path such as `['sources', 'tass', 'title']`. */
export function spanAtPath(frontMatter: FrontMatter, path: readonly (string | number)[], part: 'key' | 'value'): Span | undefined {
  const found = yamlSpanAt(frontMatter.document?.contents, path, part)
  const base = frontMatter.contentSpan.start
  return found && path.length > 0 ? {start: base + found.start, end: base + found.end} : undefined
}

function toJs(document: Document, node: YamlNode): unknown {
  try {
    return node.toJSON(document)
  } catch {
    return undefined
  }
}

function pickStrings(fields: Record<string, unknown>, keys: string[]): Record<string, string> {
  const picked: Record<string, string> = {}
  for (const key of keys) {
    const value = fields?.[key]
    if (typeof value === 'string' || typeof value === 'number') picked[key] = String(value)
  }
  return picked
}

function lineStart(text: string, offset: number): number {
  const newline = Math.max(text.lastIndexOf('\n', offset), text.lastIndexOf('\r', offset))
  return newline + 1
}

function lineEnd(text: string, offset: number): number {
  const match = /\r\n|\r|\n/g
  match.lastIndex = offset
  const found = match.exec(text)
  return found ? found.index + found[0].length : text.length
}
