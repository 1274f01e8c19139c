import {findMentions, partLinking} from '../entities/mentions.js'
import type {EntityIndex} from '../entities/entity-index.js'
import {findPersonNames, type PersonName} from '../entities/person-names.js'
import {shiftSpan, type Part, type Span} from '../engine/model.js'
import {defineRule} from '../engine/rule.js'

const HEADER = '---\ntitle: Istanbul talks\ndate: 2025-07-24\n---\n\n'

export default defineRule({
  id: 'unknown-person',
  severity: 'hint',
  sample: '`Deputy Chief of the General Staff Yevhen Novak` when nobody of that name is listed',
  summary: 'A personal name, known as one by its title, an appositive or a reporting verb, that no entity list knows.',
  description:
    'Names in the entity list get hover cards, spelling checks and role checks; a name outside it gets none of these. A name is ' +
    'recognised by its context: a title or honorific before it ("Commerce Secretary ...", "Kharkiv Mayor ...", "Mr ..."), an ' +
    'appositive after it ("..., an adviser to the president"), or a reporting verb ("... said", "according to ..."). Words that ' +
    'name institutions ("Defence Intelligence") are never taken for a name. The quick fix adds the person to the workspace\'s ' +
    '`.brieflint/entities.yaml`, so the whole team shares the entry.',
  examples: [
    {title: 'A known person', text: HEADER + 'Kremlin spokesman Dmitry Peskov said the talks would be difficult.\n', reports: []},
    {title: 'An institution before a verb', text: HEADER + 'Ukraine\'s Defence Intelligence added that the strike hit a depot.\n', reports: []},
    {
      title: 'People the list does not know',
      text: HEADER + 'Deputy Chief of the General Staff Yevhen Novak said the talks would continue. Olena Kovalenko, an adviser to the delegation, agreed.\n',
      reports: [
        '6:35-6:47: “Yevhen Novak” is not in the entity list: add the person to .brieflint/entities.yaml.',
        '6:79-6:94: “Olena Kovalenko” is not in the entity list: add the person to .brieflint/entities.yaml.'
      ]
    }
  ],
  check({briefing, entities, report}) {
    if (!entities) return
    const mentions = findMentions(briefing, entities)
    // The linked spans, sorted and walked part by part, are needed only for a part whose names are not kept.
    let known: ReturnType<typeof inOrder> | undefined
    for (const [index, {start, part}] of briefing.parts.entries()) {
      const linking = partLinking(part, start, entities)
      const kept = found.get(part)
      let names = kept && kept.entities === entities && kept.linking === linking ? kept.names : undefined
      if (!names) {
        known ??= inOrder(mentions.map((mention) => mention.span).sort((a, b) => a.start - b.start))
        names = namesIn(part, known.within(start, briefing.parts[index + 1]?.start ?? briefing.text.length, start), entities)
        if (linking) found.set(part, {entities, linking, names})
      }
      for (const name of names) {
        report({span: shiftSpan(name.span, start), reason: `“${name.text}” is not in the entity list: add the person to .brieflint/entities.yaml.`, data: {name: name.text}})
      }
    }
  }
})

/**
 * A part's unknown names depend on its text, the list, and which of its words the list linked (which
 * earlier parts can change, `partLinking`): kept per part while those are the same, so an edit costs one part.
 */
const found = new WeakMap<Part, {entities: EntityIndex; linking: object; names: PersonName[]}>()

function namesIn(part: Part, known: Span[], entities: EntityIndex): PersonName[] {
  const names: PersonName[] = []
  const spans = inOrder(known)
  for (const block of part.blocks) {
    if (block.kind === 'heading') continue
    for (const name of findPersonNames(part.text, block.span.start, block.span.end, spans.within(block.span.start, block.span.end), entities.demonyms)) names.push(name)
  }
  return names
}

/**
 * Sorted spans walked alongside ranges that come in document order (parts, then blocks): the spans
 * overlapping each range, as offsets from `base`, without filtering every span for every range.
 */
function inOrder(spans: Span[]) {
  let first = 0
  return {
    within(start: number, end: number, base = 0): Span[] {
      while (first < spans.length && spans[first]!.end <= start) first++
      const inside: Span[] = []
      for (let at = first; at < spans.length && spans[at]!.start < end; at++) {
        if (spans[at]!.end > start) inside.push(base === 0 ? spans[at]! : {start: spans[at]!.start - base, end: spans[at]!.end - base})
      }
      return inside
    }
  }
}
