import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'
import type {Citation, Span} from './model.js'

/** Pandoc citation keys: letters, digits and `_`, with `-.:/` allowed inside. */
export const CITATION_KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_.:/-]*[\p{L}\p{N}_])?`
// One character class between the brackets keeps matching linear: each attempt stops at the next bracket.
const GROUP = /\[([^[\]\n]*)\](?![([])/g
const KEY = new RegExp(String.raw`(^|[\s;-])@(${CITATION_KEY})`, 'gu')

/** Text inside these nodes is not prose, so `[@x]` there is not a citation. */
const LITERAL = new Set(['code', 'inlineCode', 'html', 'yaml', 'definition', 'math', 'inlineMath'])

export function findCitations(text: string, tree: Root): Citation[] {
  const literal = literalSpans(tree)
  const citations: Citation[] = []
  let next = 0
  for (const group of text.matchAll(GROUP)) {
    if (!group[1]!.includes('@')) continue
    const start = group.index
    const end = start + group[0].length
    while (next < literal.length && literal[next]!.end <= start) next++
    if (next < literal.length && literal[next]!.start < end) continue
    const groupSpan = {start, end}
    for (const key of group[1]!.matchAll(KEY)) {
      const keyStart = start + 1 + key.index + key[1]!.length + 1
      citations.push({key: key[2]!, keySpan: {start: keyStart, end: keyStart + key[2]!.length}, groupSpan})
    }
  }
  return citations
}

function literalSpans(tree: Root): Span[] {
  const spans: Span[] = []
  visit(tree, (node) => {
    if (!LITERAL.has(node.type) || !node.position) return
    spans.push({start: node.position.start.offset!, end: node.position.end.offset!})
    return 'skip'
  })
  return spans.sort((a, b) => a.start - b.start)
}
