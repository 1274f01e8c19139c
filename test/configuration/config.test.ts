import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {checkConfig} from '../../server/src/configuration/check.js'
import {readConfigFile} from '../../server/src/configuration/file.js'
import {lint} from '../../server/src/engine/lint.js'
import {rules} from '../../server/src/rules/index.js'

const problems = (data: unknown) => checkConfig(data, rules).problems.map(({path, message, severity}) => [path.join('.'), severity, message])

describe('checking configuration against the rules\' definitions', () => {
  it('accepts severities and the options each rule declares', () => {
    const data = {rules: {'unused-source': 'off', 'required-sections': {severity: 'warning', sections: ['Summary', 'Assessment']}, 'loaded-language': {allow: ['regime']}}}
    assert.deepEqual(checkConfig(data, rules), {config: data, problems: []})
  })

  it('names a bad severity, and leaves that rule at its default', () => {
    const checked = checkConfig({rules: {'unused-source': 'of', 'unknown-source': {severity: 'loud'}}}, rules)
    assert.deepEqual(checked.problems.map(({path, message}) => [path.join('.'), message]), [
      ['rules.unused-source', '`of` is not a severity: use error, warning, info, hint or off.'],
      ['rules.unknown-source.severity', '`loud` is not a severity: use error, warning, info, hint or off.']
    ])
    assert.deepEqual(checked.config, {rules: {'unknown-source': {}}})
  })

  it('suggests the rule or option that was probably meant', () => {
    assert.deepEqual(problems({rules: {'unused-sorce': 'off', 'loaded-language': {wrds: ['aggressor']}, 'unused-source': {sections: []}}}), [
      ['rules.unused-sorce', 'warning', 'Unknown rule `unused-sorce`: did you mean `unused-source`?'],
      ['rules.loaded-language.wrds', 'warning', 'Rule `loaded-language` has no option `wrds`: did you mean `words`?'],
      ['rules.unused-source.sections', 'warning', 'Rule `unused-source` has no option `sections`: it takes only a severity.']
    ])
  })

  it('reports an option of the wrong type, and keeps the rule\'s default for it', () => {
    const checked = checkConfig({rules: {'required-sections': {severity: 'warning', sections: 'Summary'}, 'entity-alias': {preferred: {kyiv: 7}}}}, rules)
    assert.deepEqual(checked.problems.map(({path, message}) => [path.join('.'), message]), [
      ['rules.required-sections.sections', 'Option `sections` of `required-sections` must be array.'],
      ['rules.entity-alias.preferred.kyiv', 'Option `preferred.kyiv` of `entity-alias` must be string.']
    ])
    assert.deepEqual(checked.config, {rules: {'required-sections': {severity: 'warning'}, 'entity-alias': {}}})
  })

  it('reports a file that is not a mapping, unknown fields and `rules` that is not a mapping', () => {
    assert.deepEqual(problems(['rules']), [['', 'error', 'A configuration file is a mapping with a `rules` field.']])
    assert.deepEqual(problems({rule: {}, rules: 'off'}), [
      ['rule', 'warning', 'Unknown field `rule`: Brieflint configuration files have `rules`.'],
      ['rules', 'error', '`rules` must map rule ids to a severity, e.g. `unused-source: off`.']
    ])
  })
})

describe('configuration files', () => {
  it('places each problem on its key or value, in YAML and in JSON', () => {
    const yaml = readConfigFile('.brieflintrc.yaml', 'rules:\n  unsued-source: off\n  unknown-source: loud\n', rules)
    assert.deepEqual(yaml.problems.map(({span}) => yaml.text.slice(span.start, span.end)), ['unsued-source', 'loud'])
    const json = readConfigFile('.brieflintrc.json', '{"rules": {"required-sections": {"sections": "Summary"}}}', rules)
    assert.deepEqual(json.problems.map(({span}) => json.text.slice(span.start, span.end)), ['"Summary"'])
  })

  it('reports text that does not parse, and applies nothing from it', () => {
    const file = readConfigFile('.brieflintrc.json', '{"rules": ', rules)
    assert.match(file.problems[0]!.message, /^Invalid configuration: /)
    assert.deepEqual(file.config, {})
  })
})

describe('rule options in use', () => {
  const HEADER = '---\ntitle: Istanbul talks\ndate: 2025-07-24\n---\n\n'
  const ids = (text: string, config: object) => lint(HEADER + text, {rules, config}).messages.map((message) => message.ruleId)

  it('required-sections checks the sections a desk configures, in order', () => {
    const text = '# Talks\n\n## Assessment\n\nLonger.\n\n## Summary\n\nShort.\n'
    assert.deepEqual(ids(text, {rules: {'required-sections': {severity: 'warning', sections: ['Summary', 'Assessment']}}}), ['required-sections'])
    assert.deepEqual(ids(text, {rules: {'required-sections': {severity: 'warning', sections: ['Assessment', 'Summary']}}}), [])
  })

  it('loaded-language reports the words a desk adds and spares those it allows', () => {
    const text = HEADER + 'Moscow called Kyiv the aggressor; the Kremlin regime disagreed, officials said.\n'
    const words = (config: object) => lint(text, {rules, config}).messages.filter((message) => message.ruleId === 'loaded-language').map((message) => /“(.+?)”/.exec(message.reason)![1])
    assert.deepEqual(words({}), ['regime'])
    assert.deepEqual(words({rules: {'loaded-language': {words: ['aggressor'], allow: ['regime']}}}), ['aggressor'])
  })
})
