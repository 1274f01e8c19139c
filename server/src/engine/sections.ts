import type {Heading, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Section} from './model.js'

/** Top-level headings nested by depth, each spanning up to the next heading of its depth or higher. */
export function buildSections(tree: Root, textLength: number): Section[] {
  const roots: Section[] = []
  const open: Section[] = []
  for (const node of tree.children) {
    if (node.type !== 'heading' || !node.position) continue
    const start = node.position.start.offset!
    while (open.length > 0 && open.at(-1)!.depth >= node.depth) open.pop()!.span.end = start
    const section = createSection(node, start)
    ;(open.at(-1)?.children ?? roots).push(section)
    open.push(section)
  }
  for (const section of open) section.span.end = textLength
  return roots
}

function createSection(node: Heading, start: number): Section {
  return {
    title: toString(node),
    depth: node.depth,
    headingSpan: {start, end: node.position!.end.offset!},
    span: {start, end: start},
    children: []
  }
}
