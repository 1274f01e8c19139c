import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {findMentions, partLinking} from '../../server/src/entities/mentions.js'
import {lint} from '../../server/src/engine/lint.js'
import {parseBriefing, type PartCache} from '../../server/src/engine/parse.js'
import {rules} from '../../server/src/rules/index.js'
import {EntityIndex} from '../../server/src/entities/entity-index.js'
import {FIXTURE_LIST, fixtureIndex} from '../helpers/entities.js'

const index = fixtureIndex()
const HEADER = '---\ntitle: Talks\ndate: 2025-07-24\n---\n\n'

function linked(body: string): string[] {
  return findMentions(parseBriefing(HEADER + body), index).map((mention) => `${mention.surface}=${mention.entityId ?? (mention.candidates ? `?${mention.candidates.join('|')}` : '-')}`)
}

describe('linking names to the entity list', () => {
  it('matches names and aliases whole-word, in any case of diacritics and apostrophes', () => {
    assert.deepEqual(linked('Talks at the Ciragan Palace and the Çırağan Palace; Kievan Rus is not Kiev.\n'), [
      'Ciragan Palace=ciragan-palace',
      'Çırağan Palace=ciragan-palace',
      'Kiev=kyiv'
    ])
  })

  it('links possessives and native-script names', () => {
    assert.deepEqual(linked('Umerov’s deputy met Rustem Umerov\'s team. Владимир Зеленский spoke.\n'), ['Umerov=rustem-umerov', 'Rustem Umerov=rustem-umerov', 'Владимир Зеленский=volodymyr-zelenskyy'])
  })

  it('resolves a surname to the nearest earlier full mention', () => {
    assert.deepEqual(linked('Andrei Fomin replaced Malovetsky. Later, Fomin spoke. Alexander Fomin arrived; Fomin sat down.\n'), [
      'Andrei Fomin=andrei-fomin',
      'Fomin=andrei-fomin',
      'Alexander Fomin=alexander-fomin',
      'Fomin=alexander-fomin'
    ])
  })

  it('leaves a surname shared by two people ambiguous when nobody was named before it', () => {
    assert.deepEqual(linked('Fomin joined the delegation.\n'), ['Fomin=?alexander-fomin|andrei-fomin'])
  })

  it('tells the three Vladimirs apart by their surnames; a lone given name is the nearest one named', () => {
    assert.deepEqual(linked('Vladimir Putin, Vladimir Zelensky and Vladimir Medinsky. Vladimir said nothing.\n'), [
      'Vladimir Putin=vladimir-putin',
      'Vladimir Zelensky=volodymyr-zelenskyy',
      'Vladimir Medinsky=vladimir-medinsky',
      'Vladimir=vladimir-medinsky'
    ])
    assert.deepEqual(linked('Vladimir said nothing.\n'), [])
  })

  it('resolves a role to whoever held it on the briefing\'s date, and attaches a title to the name after it', () => {
    const mentions = findMentions(parseBriefing(`${HEADER}The Kremlin spokesman declined to comment. Turkish Foreign Minister Hakan Fidan hosted.\n`), index)
    assert.deepEqual(mentions.map((mention) => [mention.surface, mention.form, mention.entityId]), [
      ['Kremlin spokesman', 'role', 'dmitry-peskov'],
      ['Turkish Foreign Minister', 'role', undefined],
      ['Hakan Fidan', 'name', 'hakan-fidan']
    ])
    assert.equal(mentions[1]!.titles, mentions[2])
  })

  it('does not take lower-case words for names', () => {
    assert.deepEqual(linked('The kiev cake was served.\n'), [])
  })
})

describe('linking after an edit, with the parts of the version before', () => {
  const filler = Array.from({length: 12}, (_, day) => `The delegations met for ${day + 2} hours on day ${day}.`)

  /** A briefing whose paragraph `at(n)` starts a part (which paragraphs do depends on their first characters). */
  function startingPart(before: string[], at: (n: number) => string): string {
    for (let n = 0; n < 500; n++) {
      const text = `${HEADER}${[...before, at(n), ...filler].join('\n\n')}\n`
      if (parseBriefing(text).parts.some((placed) => placed.start > 0 && text.startsWith(at(n), placed.start))) return text
    }
    throw new Error('no number starts a part')
  }

  function relinked(first: string, second: string) {
    const cache: PartCache = new Map()
    findMentions(parseBriefing(first, {cache}), index)
    const mentions = findMentions(parseBriefing(second, {cache}), index)
    assert.deepEqual(mentions, findMentions(parseBriefing(second), index))
    return mentions
  }

  it('a surname in a later part follows the full name an edit changed before it', () => {
    const first = startingPart(['Andrei Fomin joined the delegation.', ...filler], (n) => `Fomin spoke on day ${n}.`)
    const mentions = relinked(first, first.replace('Andrei Fomin joined', 'Alexander Fomin joined'))
    assert.equal(mentions.findLast((mention) => mention.surface === 'Fomin')?.entityId, 'alexander-fomin')
  })

  it('a title moved by an edit before it still names the mention after it', () => {
    const first = startingPart(filler, (n) => `Turkish Foreign Minister Hakan Fidan hosted round ${n}.`)
    const mentions = relinked(first, first.replace('met for 2 hours', 'met for 20 hours'))
    const title = mentions.find((mention) => mention.surface === 'Turkish Foreign Minister')!
    assert.equal(title.titles, mentions[mentions.indexOf(title) + 1])
    assert.equal(title.titles?.span.start, first.indexOf('Hakan Fidan') + 1)
  })

  it("a part's linking key is kept while the part is only moved, and replaced when an earlier name relinks it", () => {
    const first = startingPart(['Andrei Fomin joined the delegation.', ...filler], (n) => `Fomin spoke on day ${n}.`)
    const cache: PartCache = new Map()
    const keyOf = (text: string) => {
      const briefing = parseBriefing(text, {cache})
      findMentions(briefing, index)
      const {part, start} = briefing.parts.find((placed) => text.startsWith('Fomin spoke', placed.start))!
      return {part, key: partLinking(part, start, index)}
    }
    const before = keyOf(first)
    assert.ok(before.key)
    const moved = keyOf(first.replace('met for 2 hours', 'met for 20 hours'))
    assert.equal(moved.part, before.part)
    assert.equal(moved.key, before.key)
    const relinked = keyOf(first.replace('met for 2 hours', 'met for 20 hours').replace('Andrei Fomin joined', 'Alexander Fomin joined'))
    assert.equal(relinked.part, before.part)
    assert.notEqual(relinked.key, before.key)
    assert.equal(partLinking(before.part, first.indexOf('Fomin spoke'), new EntityIndex([])), undefined)
  })

  it('unknown-person reads each place of a paragraph the briefing repeats, before and after the full name that links it', () => {
    const only = rules.filter((rule) => rule.id === 'unknown-person')
    // Repeated paragraphs that each start a part are one part object, linked at each place.
    const text = startingPart([], (n) => `Mr Vladimir said the talks would resume in ${n} days.`)
    const paragraph = text.slice(HEADER.length, text.indexOf('\n', HEADER.length) + 2)
    const repeated = `${HEADER}${paragraph.repeat(3)}Vladimir Putin arrived.\n\n${paragraph.repeat(3)}`
    const cache: PartCache = new Map()
    const {briefing, messages} = lint(repeated, {rules: only, entities: index, cache})
    assert.ok(briefing.parts.filter((placed) => placed.part === briefing.parts.at(-1)!.part).length > 1)
    const reported = messages.map((message) => message.place.start.offset)
    assert.deepEqual(reported, lint(repeated, {rules: only, entities: index, whole: true}).messages.map((message) => message.place.start.offset))
    assert.ok(reported.length > 0 && reported.every((offset) => offset < repeated.indexOf('Vladimir Putin')))
  })
})

describe('the compiled trie', () => {
  it('links exactly as an index built from the sources, with a workspace entry overriding a compiled one', () => {
    const bundled = [{file: FIXTURE_LIST, origin: {bundled: true}}]
    const trie = new EntityIndex(bundled).exportTrie(1)
    const workspace = {file: {entities: [{id: 'kyiv', kind: 'place' as const, name: 'Kyiv', aliases: ['Kyjiw']}, {id: 'taras-hrytsenko', kind: 'person' as const, name: 'Taras Hrytsenko'}]}, origin: {bundled: false}}
    const text = `${HEADER}Rustem Umerov and Taras Hrytsenko flew from Kiev to Kyjiw. Fomin stayed; Umerov spoke.\n`
    const links = (index: EntityIndex) => findMentions(parseBriefing(text), index).map((mention) => `${mention.surface}=${mention.entityId ?? mention.candidates?.join('|')}`)
    const fromSources = links(new EntityIndex([...bundled, workspace]))
    assert.deepEqual(links(new EntityIndex([...bundled, workspace], trie)), fromSources)
    assert.deepEqual(fromSources, ['Rustem Umerov=rustem-umerov', 'Taras Hrytsenko=taras-hrytsenko', 'Kyjiw=kyiv', 'Fomin=alexander-fomin|andrei-fomin', 'Umerov=rustem-umerov'])
  })
})
