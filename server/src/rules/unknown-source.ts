import {defineRule} from '../engine/rule.js'
import {suggest} from './suggest.js'

export default defineRule({
  id: 'unknown-source',
  severity: 'error',
  summary: 'A citation `[@key]` names a source that the front matter does not define.',
  sample: '`[@izvestiya]` when only `izvestia` is defined',
  description:
    'Readers and reviewers follow a citation to its source. A key missing from `sources:` is usually a typo or a ' +
    'source that was never added; the quick fix offers the closest defined keys.',
  examples: [
    {
      title: 'Cited sources are defined',
      text: '---\ntitle: Talks\ndate: 2025-07-24\nsources:\n  izvestia: {title: Izvestia report}\n---\n\nThe talks lasted under an hour [@izvestia].\n',
      reports: []
    },
    {
      title: 'A misspelt key',
      text: '---\ntitle: Talks\ndate: 2025-07-24\nsources:\n  izvestia: {title: Izvestia report}\n---\n\nThe talks lasted under an hour [@izvestiya].\n',
      reports: ['8:34-8:43: Source `izvestiya` is not defined in the front matter: add it under `sources:` or fix the key.']
    }
  ],
  check({briefing, report}) {
    const defined = new Set(briefing.sources.map((source) => source.key))
    for (const citation of briefing.citations) {
      if (defined.has(citation.key)) continue
      const expected = suggest(citation.key, defined)
      report({
        span: citation.keySpan,
        reason: `Source \`${citation.key}\` is not defined in the front matter: add it under \`sources:\` or fix the key.`,
        ...(expected.length > 0 ? {expected} : {})
      })
    }
  }
})
