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

export function parseBriefing(text: string): Briefing {
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
