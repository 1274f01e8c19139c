import {analyseClaims} from '../engine/claims/analyse.js'
import {defineRule} from '../engine/rule.js'

const HEADER = '---\ntitle: Istanbul talks\ndate: 2025-07-24\nsources:\n  tass: {title: TASS report}\n---\n\n'

export default defineRule({
  id: 'vague-attribution',
  severity: 'info',
  sample: '`Sources say the delegation will change.`',
  summary: 'A claim attributed to an unnamed source: "sources say", "it is believed", "experts say", "according to reports".',
  description:
    'Anonymous sourcing is sometimes unavoidable, but readers should know when a claim rests on it. Name the source, ' +
    'describe it as precisely as you can, or cite the report that carries it. A publication\'s source ("according to the ' +
    'Izvestia source") names the publication and is not reported.',
  examples: [
    {
      title: 'Named sources',
      text: HEADER + 'According to the Izvestia source, the delegation was headed by Vladimir Medinsky. Peskov told reporters the talks would be difficult [@tass].\n',
      reports: []
    },
    {
      title: 'Unnamed sources',
      text: HEADER + 'Sources say the Ukrainian delegation will change.\n\nIt is believed that the next round will take place in August.\n',
      reports: [
        '8:1-8:50: Vague attribution (“Sources”): name the source, or cite the report that carries it.',
        '10:1-10:62: Vague attribution (“It is believed”): name the source, or cite the report that carries it.'
      ]
    }
  ],
  check({briefing, report}) {
    for (const unit of analyseClaims(briefing).units) {
      if (!unit.claim || unit.attribution !== 'vague') continue
      report({span: unit.span, reason: `Vague attribution (“${unit.cue}”): name the source, or cite the report that carries it.`})
    }
  }
})
