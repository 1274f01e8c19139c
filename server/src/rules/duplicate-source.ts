import {location} from 'vfile-location'
import {defineRule} from '../engine/rule.js'

export default defineRule({
  id: 'duplicate-source',
  severity: 'error',
  summary: 'The same source key is defined twice under `sources:`.',
  sample: '`tass:` twice under `sources:`',
  description: 'YAML keeps only the last of two equal keys, so the first definition is silently lost. Remove or rename one.',
  examples: [
    {
      title: 'Distinct keys',
      text: '---\ntitle: Talks\ndate: 2025-07-24\nsources:\n  tass: {title: TASS, 23 July}\n  tass-0724: {title: TASS, 24 July}\n---\n\nSee [@tass; @tass-0724].\n',
      reports: []
    },
    {
      title: 'One key, two sources',
      text: '---\ntitle: Talks\ndate: 2025-07-24\nsources:\n  tass: {title: TASS, 23 July}\n  tass: {title: TASS, 24 July}\n---\n\nSee [@tass].\n',
      reports: ['6:3-6:7: Source `tass` is defined twice (first on line 5); only this later definition is kept. Remove or rename one.']
    }
  ],
  check({briefing, report}) {
    const first = new Map<string, number>()
    // Indexed once, not split from the start for each duplicate: a front matter may hold thousands.
    let lines: ReturnType<typeof location> | undefined
    for (const source of briefing.sources) {
      const earlier = first.get(source.key)
      if (earlier === undefined) {
        first.set(source.key, source.keySpan.start)
        continue
      }
      const line = (lines ??= location(briefing.text)).toPoint(earlier)!.line
      report({
        span: source.keySpan,
        reason: `Source \`${source.key}\` is defined twice (first on line ${line}); only this later definition is kept. Remove or rename one.`
      })
    }
  }
})
