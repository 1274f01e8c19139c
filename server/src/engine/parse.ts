import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {findCitations} from './citations.js'
import {readFrontMatter, readSources} from './front-matter.js'
import type {Briefing, Footnote, Span} from './model.js'
import {buildSections} from './sections.js'
import {splitSentences} from './sentences.js'

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()

export function parseMarkdown(text: string): Root {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const tree = markdown.parse(bom ? text.slice(1) : text)
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

export function parseBriefing(text: string): Briefing {
  const failure = `it nests quotes or lists more than ${MAX_NESTING} deep`
  if (nestingDepth(text) > MAX_NESTING) return unanalysed(text, failure)
  try {
    return analyse(text)
  } catch (error) {
    // Markdown parsers and tree walkers recurse; extreme nesting can still exhaust the stack.
    if (error instanceof RangeError) return unanalysed(text, failure)
    throw error
  }
}

export function unanalysed(text: string, failure: string): Briefing {
  const tree: Root = {type: 'root', children: []}
  return {text, tree, frontMatter: undefined, sources: [], citations: [], footnoteReferences: [], footnoteDefinitions: [], sections: [], blocks: [], sentences: [], links: [], failure}
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

function analyse(text: string): Briefing {
  const tree = parseMarkdown(text)
  const frontMatter = readFrontMatter(text, tree, text.charCodeAt(0) === 0xfeff ? 1 : 0)
  const footnoteReferences: Footnote[] = []
  const footnoteDefinitions: Footnote[] = []
  const links: Span[] = []
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'linkReference') && node.position) {
      links.push({start: node.position.start.offset!, end: node.position.end.offset!})
    }
    if ((node.type === 'footnoteReference' || node.type === 'footnoteDefinition') && node.position) {
      const footnote = {label: node.label ?? node.identifier, span: {start: node.position.start.offset!, end: node.position.end.offset!}}
      ;(node.type === 'footnoteReference' ? footnoteReferences : footnoteDefinitions).push(footnote)
    }
  })
  return {
    text,
    tree,
    frontMatter,
    sources: readSources(frontMatter),
    citations: findCitations(text, tree),
    footnoteReferences,
    footnoteDefinitions,
    sections: buildSections(tree, text.length),
    ...splitSentences(text, tree),
    links
  }
}
