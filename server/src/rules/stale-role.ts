import {heldOn} from '../entities/entity-index.js'
import {briefingDate, findMentions} from '../entities/mentions.js'
import {defineRule} from '../engine/rule.js'

const FORMER = /\b(?:former|ex-|then|outgoing|previous|late|erstwhile|one-time|retired)\s*$/i

export default defineRule({
  id: 'stale-role',
  severity: 'warning',
  sample: '`Defence Minister Rustem Umerov` in a briefing dated after he left that post',
  summary: 'A title written before a person\'s name that the person did not hold on the briefing\'s date.',
  description:
    'Titles date quickly. The entity list records who held which post when; a title attached to a name ("Defence Minister ' +
    'Rustem Umerov") is checked against the `date` in the front matter. "Former", "then" and "outgoing" before the title are ' +
    'respected, and nothing is reported when the list does not know the person ever held the post.',
  examples: [
    {
      title: 'The post held on the date',
      text: '---\ntitle: Delegation\ndate: 2025-06-02\n---\n\nUkrainian Defence Minister Rustem Umerov led the delegation.\n',
      reports: []
    },
    {
      title: 'A post left before the date',
      text: '---\ntitle: Delegation\ndate: 2025-07-24\n---\n\nUkrainian Defence Minister Rustem Umerov led the delegation. The former Ukrainian Defence Minister Rustem Umerov spoke.\n',
      reports: ['6:1-6:27: Rustem Umerov did not hold this post (Minister of Defence of Ukraine) on 2025-07-24: held it 2023-09-06 – 2025-07-17.']
    }
  ],
  check({briefing, entities, report}) {
    if (!entities) return
    const date = briefingDate(briefing)
    if (!date) return
    for (const mention of findMentions(briefing, entities)) {
      const person = mention.titles?.entityId ? entities.entities.get(mention.titles.entityId) : undefined
      if (!person || !mention.postIds) continue
      // Thousands of titled mentions, nearly all in office: decided without building arrays.
      let tenured = false
      let held = false
      for (const role of person.roles ?? []) {
        if (!role.post || !mention.postIds.includes(role.post)) continue
        tenured = true
        held ||= heldOn(role, date)
      }
      if (!tenured || held) continue
      if (FORMER.test(briefing.text.slice(Math.max(0, mention.span.start - 20), mention.span.start))) continue
      const tenures = (person.roles ?? []).filter((role) => role.post && mention.postIds!.includes(role.post))
      const checked = entities.checked.get(person.id)
      const terms = tenures.map((role) => `${role.from ?? '?'} – ${role.to ?? (checked ? `still held as of ${checked}` : 'open')}`).join(', ')
      const post = tenures[0]!.post!
      report({span: mention.span, reason: `${person.name} did not hold this post (${entities.posts.get(post)?.title ?? post}) on ${date}: held it ${terms}.`})
    }
  }
})
