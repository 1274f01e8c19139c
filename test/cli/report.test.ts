import assert from 'node:assert/strict'
import {createRequire} from 'node:module'
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, it} from 'node:test'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import {VFile} from 'vfile'
import {unmatchedPatterns} from '../../server/src/cli-patterns.js'
import {prettyReport} from '../../server/src/cli-report.js'
import {sarifReport} from '../../server/src/cli-sarif.js'
import {tempFolder} from '../helpers/temp.js'

/** A briefing's report as the CLI builds it: vfile messages with the engine's places, rules and severities. */
function reported(path = 'desk/talks.brief.md'): VFile {
  const file = new VFile({path})
  const warning = file.message('Claim without a source: cite it ([@key]) or say who states it.', {place: {start: {line: 12, column: 1}, end: {line: 12, column: 58}}, ruleId: 'unsourced-claim', source: 'brieflint'})
  warning.fatal = false
  file.info('“on Wednesday morning” is relative: from the briefing date it means Wednesday 23 July 2025, if it is past. Write the date.', {place: {start: {line: 108, column: 43}, end: {line: 108, column: 63}}, ruleId: 'relative-date', source: 'brieflint'})
  const error = file.message('Source `tass` is not defined in the front matter: add it under `sources:` or fix the key.', {place: {start: {line: 18, column: 60}, end: {line: 18, column: 64}}, ruleId: 'unknown-source', source: 'brieflint'})
  error.fatal = true
  return file
}

/** The official SARIF 2.1.0 schema (draft-04), as Microsoft's SARIF test matchers ship it. */
function sarifValidator() {
  const schema = createRequire(import.meta.url)('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object
  // The schema's language-tag pattern is not valid in Unicode mode.
  const ajv = new Ajv({allErrors: true, unicodeRegExp: false})
  addFormats(ajv)
  return ajv.compile(schema)
}

describe('the pretty report', () => {
  it('reports a file with more problems than a spread call takes arguments', () => {
    const file = new VFile({path: 'long.brief.md'})
    for (let line = 1; line <= 200_000; line++) file.message('Claim without a source.', {place: {start: {line, column: 1}, end: {line, column: 8}}, ruleId: 'unsourced-claim', source: 'brieflint'}).fatal = false
    const lines = prettyReport([file]).trimEnd().split('\n')
    assert.equal(lines[1], '  1:1-1:8            warning  Claim without a source.  unsourced-claim')
    assert.equal(lines.at(-1), '200000 warnings')
  })

  it('aligns place and severity but pads no message to the longest one', () => {
    const lines = prettyReport([reported()]).split('\n')
    assert.equal(lines[0], 'desk/talks.brief.md')
    assert.equal(lines[1], '  12:1-12:58     warning  Claim without a source: cite it ([@key]) or say who states it.  unsourced-claim')
    assert.match(lines[2]!, /^ {2}108:43-108:63 {2}info {5}“on Wednesday morning” .* Write the date\. {2}relative-date$/)
    assert.ok(lines.every((line) => !line.endsWith(' ')), 'no line ends in padding')
    assert.equal(lines.at(-2), '1 error, 1 warning, 1 info')
  })

  it('wraps messages to the terminal width, under the message column, with the rule id last', () => {
    const lines = prettyReport([reported()], {columns: 80}).split('\n')
    assert.ok(lines.every((line) => line.length <= 80), lines.join('\n'))
    const start = lines.findIndex((line) => line.includes('“on Wednesday morning”'))
    const column = lines[start]!.indexOf('“')
    assert.ok(lines[start + 1]!.startsWith(' '.repeat(column)) && lines[start + 1]![column] !== ' ', 'continuation lines start under the message')
    const rows = lines.slice(start, lines.findIndex((line, at) => at > start && line.includes('relative-date')) + 1)
    assert.equal(rows.map((row) => row.trim()).join(' '), '108:43-108:63  info     “on Wednesday morning” is relative: from the briefing date it means Wednesday 23 July 2025, if it is past. Write the date.  relative-date')
  })

  it('says a clean file has no issues, unless quiet', () => {
    assert.equal(prettyReport([new VFile({path: 'clean.brief.md'})]), 'clean.brief.md: no issues found\n')
    assert.equal(prettyReport([new VFile({path: 'clean.brief.md'})], {quiet: true}), '')
  })

  it('colours severities only when asked', () => {
    assert.doesNotMatch(prettyReport([reported()]), /\u001B/)
    assert.match(prettyReport([reported()], {color: true}), /\u001B\[33mwarning\u001B\[39m/)
  })
})

describe('the SARIF report', () => {
  const validate = sarifValidator()

  it('is a valid SARIF 2.1.0 log', () => {
    const log = JSON.parse(sarifReport([reported(), new VFile({path: 'clean.brief.md'})], {version: '0.1.0', cwd: '/work/desk'}))
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2))
  })

  it('gives each problem its rule, level, file relative to the run folder, and exact region', () => {
    const log = JSON.parse(sarifReport([reported()], {cwd: '/work/desk'}))
    const [run] = log.runs
    assert.equal(run.originalUriBaseIds.SRCROOT.uri, 'file:///work/desk/')
    const byRule = Object.fromEntries(run.results.map((result: {ruleId: string}) => [result.ruleId, result]))
    assert.equal(byRule['unknown-source'].level, 'error')
    assert.equal(byRule['unsourced-claim'].level, 'warning')
    assert.equal(byRule['relative-date'].level, 'note')
    assert.deepEqual(byRule['unknown-source'].locations[0].physicalLocation, {
      artifactLocation: {uri: 'desk/talks.brief.md', uriBaseId: 'SRCROOT'},
      region: {startLine: 18, startColumn: 60, endLine: 18, endColumn: 64}
    })
    const rule = run.tool.driver.rules[byRule['unknown-source'].ruleIndex]
    assert.equal(rule.id, 'unknown-source')
    assert.match(rule.helpUri, /docs\/rules\.md#unknown-source$/)
    assert.deepEqual(run.tool.driver.rules.find((item: {id: string}) => item.id === 'required-sections').defaultConfiguration, {enabled: false})
  })

  it('reports a file that could not be read without a region', () => {
    const file = new VFile({path: 'missing.brief.md'})
    const message = file.message('No such file or folder')
    message.fatal = true
    const log = JSON.parse(sarifReport([file]))
    assert.ok(validate(structuredClone(log)), JSON.stringify(validate.errors, null, 2))
    assert.deepEqual(log.runs[0].results[0].locations[0].physicalLocation, {artifactLocation: {uri: 'missing.brief.md', uriBaseId: 'SRCROOT'}})
    assert.equal(log.runs[0].results[0].ruleId, undefined)
  })
})

describe('patterns that match no briefing', () => {
  const folder = tempFolder('patterns')
  mkdirSync(join(folder, 'desk/empty'), {recursive: true})
  writeFileSync(join(folder, 'desk/talks.brief.md'), '')
  const linted = [Object.assign(new VFile({path: 'desk/talks.brief.md'}), {data: {unifiedEngineGiven: true}})]

  it('are the folders, globs and paths that brought no linted file', () => {
    assert.deepEqual(unmatchedPatterns(['desk', 'desk/empty', 'desk/**/*.brief.md', 'archive/**/*.briefing', './desk/talks.brief.md'], linted, folder), ['desk/empty', 'archive/**/*.briefing'])
  })

  it('include a folder whose briefings were all ignored', () => {
    const ignored = [Object.assign(new VFile({path: 'desk/talks.brief.md'}), {data: {unifiedEngineGiven: true, unifiedEngineIgnored: true}})]
    assert.deepEqual(unmatchedPatterns(['desk'], ignored, folder), ['desk'])
  })
})
