import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {lint} from '../../server/src/engine/lint.js'
import type {BrieflintConfig} from '../../server/src/engine/config.js'
import {rules} from '../../server/src/rules/index.js'
import {fixtureIndex} from '../helpers/entities.js'

const entities = fixtureIndex()
const TEXT = '---\ntitle: Talks\ndate: 2025-07-24\n---\n\nVolodymyr Zelensky flew from Kiev; Zelenskyy\'s office and Zelensky\'s aides stayed in Kyiv.\n'

function reports(config: BrieflintConfig): string[] {
  return lint(TEXT, {rules, config, entities}).messages.filter((message) => message.ruleId === 'entity-alias').map((message) => message.reason)
}

describe('entity-alias house styles', () => {
  it('reports only replaced forms by default: transliterations are equal', () => {
    assert.deepEqual(reports({}), ['“Kiev” is not the accepted spelling of Kyiv: write “Kyiv”.'])
  })

  it('reports other spellings of an entity the desk prefers spelt one way, surnames included', () => {
    assert.deepEqual(reports({rules: {'entity-alias': {preferred: {'volodymyr-zelenskyy': 'Volodymyr Zelensky'}}}}), [
      '“Kiev” is not the accepted spelling of Kyiv: write “Kyiv”.',
      '“Zelenskyy” is not the house spelling of Volodymyr Zelenskyy: write “Zelensky”.'
    ])
  })

  it('takes the list\'s own spellings as the house style with style "list"', () => {
    assert.deepEqual(reports({rules: {'entity-alias': {style: 'list'}}}), [
      '“Volodymyr Zelensky” is not the house spelling of Volodymyr Zelenskyy: write “Volodymyr Zelenskyy”.',
      '“Kiev” is not the accepted spelling of Kyiv: write “Kyiv”.',
      '“Zelensky” is not the house spelling of Volodymyr Zelenskyy: write “Zelenskyy”.'
    ])
  })

  it('leaves a speaker\'s list alone, but not a list after a sentence only a citation sources', () => {
    const briefing = (intro: string) =>
      `---\ntitle: Talks\ndate: 2025-07-24\nsources:\n  tass: {title: TASS}\n---\n\n${intro}\n\n- The talks in Kiev lasted an hour.\n- Exchanges of the wounded will continue.\n`
    const aliases = (intro: string) => lint(briefing(intro), {rules, entities}).messages.filter((message) => message.ruleId === 'entity-alias').length
    // Sourced by the citation, which says nothing of whose words the list is: the writer's "Kiev".
    assert.equal(aliases('The delegation arrived in Istanbul on Monday [@tass].'), 1)
    assert.equal(aliases('The delegation arrived in Istanbul on Monday, reportedly [@tass].'), 1)
    // A named or an unnamed speaker introduced it, with or without a citation: their "Kiev".
    assert.equal(aliases('Medinsky stated the following [@tass]:'), 0)
    assert.equal(aliases('Medinsky stated the following:'), 0)
    assert.equal(aliases('Sources in the delegation said the following [@tass]:'), 0)
    // A citation that introduces with a colon introduces somebody's words, whatever the verb.
    assert.equal(aliases('The memorandum sets out the demands [@tass]:'), 0)
    assert.equal(aliases('Full text of the statement [@tass]:'), 0)
  })
})
