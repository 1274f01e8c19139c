import {isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions, type Node as YamlNode} from 'yaml'
import type {Span} from './model.js'

/**
 * The span of the key (or value) at a path such as `['sources', 'tass', 'title']` in a YAML
 * document's contents; the last key wins when a mapping repeats one, as the parsed data does.
 */
export function yamlSpanAt(contents: unknown, path: readonly (string | number)[], part: 'key' | 'value'): Span | undefined {
  let node: unknown = contents
  let found: [number, number, number?] | undefined = path.length === 0 ? (contents as YamlNode | null)?.range ?? undefined : undefined
  for (const [index, step] of path.entries()) {
    const last = index === path.length - 1
    if (isMap(node)) {
      const pair = [...node.items].reverse().find((item) => isScalar(item.key) && String(item.key.value) === String(step))
      if (!pair) return undefined
      const keyNode = pair.key as YamlNode
      const valueNode = pair.value as YamlNode | null
      found = last && part === 'key' ? keyNode.range ?? undefined : valueNode?.range ?? keyNode.range ?? undefined
      node = pair.value
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as YamlNode | undefined
      found = item?.range ?? undefined
      node = item
    } else {
      return undefined
    }
  }
  return found ? {start: found[0], end: Math.max(found[0], found[1])} : undefined
}

/**
 * A YAML document's data, or the problem that leaves it none. The parser does not count these as
 * errors, but reading the data fails or never ends on them: an alias with no anchor before it
 * (`title: *Istanbul`), an alias inside the collection its anchor names (`&a [*a]`, data that
 * contains itself), more aliases than yaml expands (a "billion laughs"), a merge key whose source is
 * not a mapping (`!!merge <<: 1`). The problem is at the alias, or over the whole document.
 */
export function yamlData(document: Document): {data: unknown; problem?: undefined} | {data?: undefined; problem: {message: string; span: Span}} {
  const anchors = new Map<string, unknown>()
  let found: {message: string; range: YamlNode['range']} | undefined
  visit(document, {
    Node(_, node, path) {
      if (isAlias(node)) {
        const source = anchors.get(node.source)
        if (!source) found = {message: `Unresolved alias (the anchor must be set before the alias): ${node.source}`, range: node.range}
        else if (path.includes(source as never)) found = {message: `The alias *${node.source} is inside the collection its anchor names, which would contain itself`, range: node.range}
        if (found) return visit.BREAK
      } else if (node.anchor) anchors.set(node.anchor, node)
    }
  })
  const span = (range: YamlNode['range']): Span => {
    const [start, end] = range ?? document.contents?.range ?? [0, 0]
    return {start, end}
  }
  if (found) return {problem: {message: found.message, span: span(found.range)}}
  try {
    return {data: document.toJS()}
  } catch (error) {
    return {problem: {message: error instanceof Error ? error.message : String(error), span: span(undefined)}}
  }
}

/**
 * Parses a data file or front matter: errors as one line each, and none of the library's warnings
 * printed (a mapping key that is a collection), which would land in the CLI's output or the server's log.
 */
export function parseYaml(text: string, options: ParseOptions & DocumentOptions & SchemaOptions = {}): Document {
  return parseDocument(text, {prettyErrors: false, logLevel: 'error', ...options})
}
