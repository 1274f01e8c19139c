import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {never, startService} from '../helpers/service.js'

const TEXT = `---
title: Istanbul talks
date: 2025-07-24
sources:
  izvestia: {title: Oncoming traffic, publisher: Izvestia, date: 2025-07-23}
  tass: {title: Peskov's remarks, publisher: TASS}
  ria: {title: Talks to resume, publisher: RIA Novosti}
---

The talks lasted just under an hour [@izvestia]. Dmitry Peskov said the conversation would be difficult. [@tass]

## Delegations

Rustem Umerov led the Ukrainian delegation [@izvestia].
The delegation flew in on Wednesday.
<!-- brieflint-disable-next-line unsourced-claim -->
Its plane landed at noon.

## Outlook

Sources say a fourth round is planned. Peskov would not confirm it [@tass].
`

describe('the Sources view', () => {
  const test = startService()
  const uri = test.open('file:///workspace/talks.brief.md', TEXT)

  it('lists each source with the claims citing it, a citation after the full stop included, and the uncited one with none', async () => {
    const {sources} = (await test.service.sourcesOutline(uri, never))!
    assert.deepEqual(sources.map((source) => [source.key, source.description, source.range?.start.line, source.claims.map((claim) => [claim.range.start.line, claim.text])]), [
      ['izvestia', 'Oncoming traffic, Izvestia, 2025-07-23', 4, [[9, 'The talks lasted just under an hour [@izvestia].'], [13, 'Rustem Umerov led the Ukrainian delegation [@izvestia].']]],
      ['tass', "Peskov's remarks, TASS", 5, [[9, 'Dmitry Peskov said the conversation would be difficult.'], [20, 'Peskov would not confirm it [@tass].']]],
      ['ria', 'Talks to resume, RIA Novosti', 6, []]
    ])
  })

  it('lists the unsourced and vague claims by section, as the Problems panel does, leaving out a silenced report', async () => {
    const {sections} = (await test.service.sourcesOutline(uri, never))!
    assert.deepEqual(sections.map((section) => [section.title, section.range?.start.line, section.claims.map((claim) => [claim.attribution, claim.range.start.line, claim.text])]), [
      ['Delegations', 11, [['unsourced', 14, 'The delegation flew in on Wednesday.']]],
      ['Outlook', 18, [['vague', 20, 'Sources say a fourth round is planned.']]]
    ])
    assert.match(sections[1]!.claims[0]!.message, /^Vague attribution/)
  })

  it('lists the people mentioned, with the post held on the briefing\'s date and each mention in its sentence', async () => {
    const {people} = (await test.service.sourcesOutline(uri, never))!
    assert.deepEqual(people.map((person) => [person.name, person.description, person.mentions.map((mention) => [mention.range.start.line, mention.range.start.character, mention.text])]), [
      ['Dmitry Peskov', 'Press Secretary of the President of Russia', [[9, 49, 'Dmitry Peskov said the conversation would be difficult.'], [20, 39, 'Peskov would not confirm it [@tass].']]],
      ['Rustem Umerov', 'Secretary of the National Security and Defense Council of Ukraine', [[13, 0, 'Rustem Umerov led the Ukrainian delegation [@izvestia].']]]
    ])
  })

  it('follows the text as it is typed', async () => {
    test.edit(uri, TEXT.replace('The delegation flew in on Wednesday.', 'The delegation flew in on Wednesday [@ria].'))
    const {sources, sections} = (await test.service.sourcesOutline(uri, never))!
    assert.deepEqual(sources.find((source) => source.key === 'ria')!.claims.map((claim) => claim.text), ['The delegation flew in on Wednesday [@ria].'])
    assert.deepEqual(sections.map((section) => section.title), ['Outlook'])
  })

  it('has nothing for a file that is not a briefing', async () => {
    assert.equal(await test.service.sourcesOutline(test.open('file:///workspace/notes.md', TEXT, 'markdown'), never), null)
  })
})
