import type {Heading, Section} from './model.js'

/** Top-level headings nested by depth, each spanning up to the next heading of its depth or higher. */
export function buildSections(headings: Heading[], textLength: number): Section[] {
  const roots: Section[] = []
  const open: Section[] = []
  for (const heading of headings) {
    const start = heading.span.start
    while (open.length > 0 && open.at(-1)!.depth >= heading.depth) open.pop()!.span.end = start
    const section: Section = {title: heading.title, depth: heading.depth, headingSpan: heading.span, span: {start, end: start}, children: []}
    ;(open.at(-1)?.children ?? roots).push(section)
    open.push(section)
  }
  for (const section of open) section.span.end = textLength
  return roots
}
