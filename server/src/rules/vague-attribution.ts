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
    'describe it as precisely as you can, or cite the report that carries it. Unnamed people of a named side are still ' +
    'unnamed ("Kremlin insiders", "Ukrainian officials", "a source told TASS": the source, not the outlet, is anonymous). ' +
    'A publication\'s source ("according to the Izvestia source") names the publication, a spokesperson of a named body ' +
    'names that body, and a group with a named member ("officials, including Peskov") names the member: these are not reported.',
  examples: [
    {
      title: 'Named sources',
      text: HEADER + 'According to the Izvestia source, the delegation was headed by Vladimir Medinsky. Peskov told reporters the talks would be difficult [@tass].\n',
      reports: []
    },
    {
      title: 'Anonymous people of a named side, and a source who asked not to be named',
      text: HEADER + 'Kremlin insiders say the delegation will change. A source told TASS that the memoranda were exchanged.\n\nThe talks were tense, a delegate said on condition of anonymity.\n',
      reports: [
        '8:1-8:49: Vague attribution (“Kremlin insiders”): name the source, or cite the report that carries it.',
        '8:50-8:103: Vague attribution (“A source”): name the source, or cite the report that carries it.',
        '10:1-10:65: Vague attribution (“on condition of anonymity”): name the source, or cite the report that carries it.'
      ]
    },
    {
      title: 'A spokesperson and a group with a named member',
      text: HEADER + 'A Kremlin spokesman said the date was not set. Several officials, including Dmitry Peskov, said the talks would continue.\n',
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
