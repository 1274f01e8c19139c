import {isMap, isScalar, isSeq, type Node as YamlNode} from 'yaml'
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
