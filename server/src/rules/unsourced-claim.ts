import {analyseClaims} from '../engine/claims/analyse.js'
import {defineRule} from '../engine/rule.js'

const HEADER = '---\ntitle: Istanbul talks\ndate: 2025-07-24\nsources:\n  izvestia: {title: Izvestia report}\n---\n\n'

export default defineRule({
  id: 'unsourced-claim',
  severity: 'warning',
  sample: '`The talks lasted just under an hour.` with no citation and no speaker',
  summary: 'A factual claim with no citation, no named speaker, and nothing it inherits attribution from.',
  description:
    'Every checkable statement in a briefing should say where it comes from: a citation (`[@key]`, a footnote or a link), ' +
    'a reporting clause naming who says it ("Peskov said", "according to Izvestia"), or the sentence that introduces it ' +
    '(list items after "Medinsky stated the following:", "He added that...", the sentences of a quotation whose speaker is ' +
    'named where it opens or closes). Questions, headings, signposts and paragraphs labelled `Assessment:` are not claims. ' +
    'Editorial asides in brackets are judged on their own. What was not said is the author\'s claim ("Moscow has not yet ' +
    'responded", "declined to comment"), and so is a speech told without its content ("Umerov spoke at the opening").',
  examples: [
    {
      title: 'Cited, attributed and inherited claims',
      text:
        HEADER +
        'The talks lasted just under an hour [@izvestia]. As Kremlin spokesman Dmitry Peskov explained, the conversation was expected to be difficult.\n\n' +
        'Medinsky stated the following:\n\n- Russia has offered to exchange at least 1,200 more prisoners of war.\n- Kiev will consider the proposal.\n\n' +
        'In turn, he noted that contacts would continue.\n',
      reports: []
    },
    {
      title: 'An assessment, a question and a signpost are not claims',
      text: HEADER + 'What is known about the results is set out below.\n\nWill the leaders meet?\n\nAssessment: a leaders\' meeting is unlikely before autumn.\n',
      reports: []
    },
    {
      title: 'A claim with no source, and an editorial aside',
      text: HEADER + 'The talks lasted just under an hour.\n\nPresident Volodymyr Zelensky (his term of office expired in May 2024) said Kyiv would insist on a ceasefire [@izvestia].\n',
      reports: [
        '8:1-8:37: Claim without a source: cite it ([@key]) or say who states it.',
        '10:30-10:70: This aside states a fact without a source: cite it inside the brackets, or attribute it.'
      ]
    },
    {
      title: 'A quotation whose speaker is named after it, and a quotation over two paragraphs',
      text:
        HEADER +
        '“The positions are far apart. We will not accept a freeze,” Umerov said after the talks. “The next round is up to Moscow.”\n\n' +
        'Medinsky read a statement to reporters:\n\n“Russia is ready for a fourth round.\n\n“The memoranda remain the basis for any agreement.”\n',
      reports: []
    },
    {
      title: 'A quotation nobody is named for, and a response that was never given',
      text: HEADER + 'The talks lasted just under an hour.\n\n“This was the shortest round so far.”\n\nKyiv has not yet responded to the offer.\n',
      reports: [
        '8:1-8:37: Claim without a source: cite it ([@key]) or say who states it.',
        '10:1-10:38: Quotation with no speaker: say who said it, before or after the quotation, or cite it.',
        '12:1-12:41: Claim without a source: cite it ([@key]) or say who states it.'
      ]
    },
    {
      title: 'A pronoun with no speaker before it',
      text: HEADER + '## Positions\n\nHe added that the positions of the parties are far apart.\n',
      reports: ['10:1-10:58: “He” points to no named speaker in this section: name who says this, or cite it.']
    }
  ],
  check({briefing, report}) {
    for (const unit of analyseClaims(briefing).units) {
      if (!unit.claim || unit.attribution !== 'unsourced') continue
      const reason = unit.aside
        ? 'This aside states a fact without a source: cite it inside the brackets, or attribute it.'
        : unit.quotation && !unit.cue
          ? 'Quotation with no speaker: say who said it, before or after the quotation, or cite it.'
          : unit.cue
          ? `“${unit.cue[0]!.toUpperCase()}${unit.cue.slice(1)}” points to no named speaker in this section: name who says this, or cite it.`
          : 'Claim without a source: cite it ([@key]) or say who states it.'
      report({span: unit.span, reason, data: {aside: unit.aside}})
    }
  }
})
