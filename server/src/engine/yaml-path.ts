import {isMap, isScalar, isSeq, visit, type Document, type Node as YamlNode} from 'yaml'
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
 * A YAML document's data, or the problem that leaves it none: `toJS` throws on an alias with no
 * anchor before it (`title: *Istanbul`), which the parser does not count as an error, and on more
 * aliases than yaml allows (a "billion laughs"). The problem is at the first unresolved alias, or over
 * the whole document.
 */
export function yamlData(document: Document): {data: unknown; problem?: undefined} | {data?: undefined; problem: {message: string; span: Span}} {
  try {
    return {data: document.toJS()}
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error
    let range = document.contents?.range ?? [0, 0]
    visit(document, {
      Alias(_, node) {
        if (node.range && !node.resolve(document)) {
          range = node.range
          return visit.BREAK
        }
      }
    })
    return {problem: {message: error.message, span: {start: range[0], end: range[1]}}}
  }
}
