import {unreadTexts} from '../engine/model.js'
import {defineRule} from '../engine/rule.js'

export default defineRule({
  id: 'unused-source',
  severity: 'warning',
  summary: 'A source defined in the front matter is never cited.',
  sample: '`ria:` under `sources:`, never cited as `[@ria]`',
  description: 'An uncited source suggests a claim that lost its citation, or a leftover entry. Cite it as `[@key]` or remove it. A source named in text Brieflint could not analyse (nested too deep, past the analysis budget) is not reported.',
  examples: [
    {
      title: 'Every source is cited',
      text: '---\ntitle: Talks\ndate: 2025-07-24\nsources:\n  tass: {title: TASS report}\n---\n\nPeskov spoke to reporters [@tass].\n',
      reports: []
    },
    {
      title: 'A source nobody cites',
      text: '---\ntitle: Talks\ndate: 2025-07-24\nsources:\n  tass: {title: TASS report}\n  ria: {title: RIA report}\n---\n\nPeskov spoke to reporters [@tass].\n',
      reports: ['6:3-6:6: Source `ria` is defined but never cited: cite it as `[@ria]` or remove it.']
    }
  ],
  wholeDocument: true,
  check({briefing, report}) {
    const cited = new Set(briefing.citations.map((citation) => citation.key))
    const reported = new Set<string>()
    // Text Brieflint could not analyse may cite a source: it is not called unused.
    const unread = unreadTexts(briefing)
    for (const source of briefing.sources) {
      if (cited.has(source.key) || reported.has(source.key) || unread.some((text) => text.includes(`@${source.key}`))) continue
      reported.add(source.key)
      report({span: source.keySpan, reason: `Source \`${source.key}\` is defined but never cited: cite it as \`[@${source.key}]\` or remove it.`})
    }
  }
})
