import {unreadTexts, type Section} from '../engine/model.js'
import {defineRule} from '../engine/rule.js'

const HEADER = '---\ntitle: Istanbul talks\ndate: 2025-07-24\n---\n\n'

export default defineRule<{sections: string[]}>({
  id: 'required-sections',
  severity: 'off',
  sample: 'no `## Summary` section when the desk requires one',
  summary: 'A section the desk requires is missing or out of order (off unless configured).',
  description:
    'Desks agree on a shape: a summary first, sources last. Configure the headings, in order: ' +
    '`{"required-sections": {"severity": "warning", "sections": ["Summary", "Assessment"]}}`. Headings match without regard ' +
    'to case; the briefing\'s `#` title line does not count. A heading in text Brieflint could not analyse (nested too deep, ' +
    'past the analysis budget) counts as there.',
  options: {
    sections: {type: 'array', items: {type: 'string'}, default: ['Summary'], description: 'The section headings a briefing must have, in order.'}
  },
  examples: [
    {title: 'Sections present, in order', text: HEADER + '# Talks\n\n## Summary\n\nShort.\n\n## Assessment\n\nLonger.\n', reports: []},
    {
      title: 'A missing section',
      text: HEADER + '# Talks\n\n## Assessment\n\nLonger.\n\n## Details\n\nMore.\n',
      reports: ['1:1-1:4: The briefing has no “Summary” section: add “## Summary”.']
    }
  ],
  wholeDocument: true,
  check({briefing, options, report}) {
    const required = options.sections
    const headings: Section[] = []
    const collect = (section: Section) => {
      if (section.depth > 1) headings.push(section)
      section.children.forEach(collect)
    }
    briefing.sections.forEach(collect)
    const titles = headings.map((section) => section.title.trim().toLowerCase())
    const unread = unreadTexts(briefing)
    let previous = -1
    for (const section of required) {
      const found = titles.indexOf(section.toLowerCase())
      const fence = briefing.frontMatter ? {start: briefing.frontMatter.span.start, end: briefing.frontMatter.span.start + 3} : {start: 0, end: 0}
      if (found === -1) {
        // Its heading may be in text Brieflint could not read (nested too deep, past the budget): no false alarm.
        if (unread.some((text) => headingIn(text, section))) continue
        report({span: fence, reason: `The briefing has no “${section}” section: add “## ${section}”.`})
        continue
      }
      if (found < previous) {
        report({span: headings[found]!.headingSpan, reason: `“${section}” should come after “${required[required.indexOf(section) - 1]}”.`})
      }
      previous = Math.max(previous, found)
    }
  }
})

/** Whether an ATX heading of level 2 to 6 in `text` has this title, read as the model reads headings. */
function headingIn(text: string, title: string): boolean {
  const wanted = title.trim().toLowerCase()
  for (const [, content] of text.matchAll(/^ {0,3}#{2,6}[ \t](.*)$/gm)) {
    let heading = content!.trim()
    // A closing sequence of `#` after white space is not part of the title.
    let end = heading.length
    while (end > 0 && heading[end - 1] === '#') end--
    if (end < heading.length && (end === 0 || heading[end - 1] === ' ' || heading[end - 1] === '\t')) heading = heading.slice(0, end).trim()
    if (heading.toLowerCase() === wanted) return true
  }
  return false
}
