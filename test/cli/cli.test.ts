import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {describe, it} from 'node:test'
import {CHILD_ENV} from '../helpers/child-env.js'
import {tempFolder} from '../helpers/temp.js'
import {BRIEFING, TASS_LINE} from '../helpers/fixtures.js'

const CLI = resolve(import.meta.dirname, '../../server/out/cli.js')

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], {cwd, encoding: 'utf8', env: CHILD_ENV})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

function workspace(files: Record<string, string>): string {
  const folder = tempFolder('cli')
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), {recursive: true})
    writeFileSync(join(folder, name), text)
  }
  return folder
}

const CLEAN = BRIEFING.replace('; @tass]', ']')

describe('brieflint CLI', () => {
  it('reports an undefined key at its exact line as JSON and exits 1', () => {
    const folder = workspace({'talks.brief.md': BRIEFING})
    const {code, stdout, stderr} = run(['--report', 'json', 'talks.brief.md'], folder)
    assert.equal(code, 1)
    assert.equal(stderr, '')
    const [file] = JSON.parse(stdout)
    const unknown = file.messages.filter((message: {ruleId: string}) => message.ruleId === 'unknown-source')
    assert.equal(unknown.length, 1)
    assert.equal(unknown[0].line, TASS_LINE + 1)
    assert.equal(unknown[0].fatal, true)
  })

  it('exits 0 on a clean briefing and says nothing with --quiet', () => {
    const folder = workspace({'talks.brief.md': CLEAN})
    const {code, stdout, stderr} = run(['--quiet', 'talks.brief.md'], folder)
    assert.equal(code, 0)
    assert.equal(stdout + stderr, '')
  })

  it('searches folders for *.brief.md and *.briefing but not plain Markdown', () => {
    const folder = workspace({'desk/a.brief.md': BRIEFING, 'desk/deep/b.briefing': BRIEFING, 'desk/notes.md': BRIEFING})
    const {stdout} = run(['desk'], folder)
    assert.match(stdout, /desk\/a\.brief\.md/)
    assert.match(stdout, /desk\/deep\/b\.briefing/)
    assert.doesNotMatch(stdout, /notes\.md/)
  })

  it('lints plain Markdown with --markdown', () => {
    const folder = workspace({'desk/notes.md': BRIEFING})
    assert.match(run(['--markdown', 'desk'], folder).stdout, /notes\.md/)
  })

  it('applies .brieflintrc.yaml and honours .brieflintignore', () => {
    const folder = workspace({
      '.brieflintrc.yaml': 'rules:\n  unknown-source: warning\n',
      '.brieflintignore': 'drafts/\n',
      'talks.brief.md': BRIEFING,
      'drafts/wip.brief.md': '---\n---\n'
    })
    const {code, stdout, stderr} = run(['.'], folder)
    assert.equal(code, 0, stderr)
    assert.match(stdout, /warning\s+Source `tass` is not defined/)
    assert.doesNotMatch(stdout, /wip/)
  })

  it('treats warnings as errors with --frail', () => {
    const folder = workspace({'talks.brief.md': BRIEFING.replace('[@peskov-0723; @tass]', '')})
    assert.equal(run(['talks.brief.md'], folder).code, 0)
    assert.equal(run(['--frail', 'talks.brief.md'], folder).code, 1)
  })

  it('sets a severity from the command line', () => {
    const folder = workspace({'talks.brief.md': BRIEFING})
    assert.equal(run(['--rule', 'unknown-source=off', 'talks.brief.md'], folder).code, 0)
  })

  it('exits 2 with a one-line reason on bad usage', () => {
    const folder = workspace({})
    const unknownRule = run(['--rule', 'no-such-rule=off', '.'], folder)
    assert.equal(unknownRule.code, 2)
    assert.equal(unknownRule.stderr, 'brieflint: --rule no-such-rule=off: Unknown rule `no-such-rule`.\n')
    assert.equal(run(['--report', 'xml', '.'], folder).code, 2)
  })

  it('exits 2 on a configuration file with a bad severity, naming the file, line and problem', () => {
    const folder = workspace({'.brieflintrc.yaml': 'rules:\n  unused-source: of\n', 'talks.brief.md': CLEAN})
    const {code, stderr} = run(['talks.brief.md'], folder)
    assert.equal(code, 2)
    assert.equal(stderr, 'brieflint: .brieflintrc.yaml:2:18: `of` is not a severity: use error, warning, info, hint or off.\n')
  })

  it('exits 2 on a rule option of the wrong type', () => {
    const folder = workspace({'.brieflintrc.json': '{"rules": {"required-sections": {"severity": "warning", "sections": "Summary"}}}', 'talks.brief.md': CLEAN})
    const {code, stderr} = run(['talks.brief.md'], folder)
    assert.equal(code, 2)
    assert.match(stderr, /^brieflint: \.brieflintrc\.json:1:\d+: .*`sections`.*\n$/)
  })

  it('reads no configuration from package.json, as the editor does not', () => {
    const folder = workspace({'package.json': JSON.stringify({name: 'desk', brieflint: {rules: {'unknown-source': 'off'}}}), 'talks.brief.md': BRIEFING})
    const {code, stdout} = run(['talks.brief.md'], folder)
    assert.equal(code, 1)
    assert.match(stdout, /Source `tass` is not defined/)
  })

  it('exits 2 naming a malformed configuration file', () => {
    const folder = workspace({'.brieflintrc.json': '{"rules": ', 'talks.brief.md': CLEAN})
    const {code, stderr} = run(['talks.brief.md'], folder)
    assert.equal(code, 2)
    assert.match(stderr, /^brieflint: .*\.brieflintrc\.json/)
    assert.equal(stderr.trim().split('\n').length, 1)
  })
})

describe('brieflint CLI in CI', () => {
  it('writes the report to stdout, so it can be redirected, and nothing to stderr', () => {
    const folder = workspace({'talks.brief.md': BRIEFING})
    for (const report of ['pretty', 'json', 'sarif']) {
      const {code, stdout, stderr} = run(['--report', report, 'talks.brief.md'], folder)
      assert.equal(code, 1)
      assert.equal(stderr, '', report)
      assert.match(stdout, /Source `tass` is not defined/, report)
    }
  })

  it('exits 2 with one line on stderr when a glob or a folder matches no briefing', () => {
    const folder = workspace({'desk/talks.brief.md': CLEAN, 'empty/notes.md': BRIEFING})
    const glob = run(['reprots/**/*.brief.md'], folder)
    assert.equal(glob.code, 2)
    assert.equal(glob.stderr, 'brieflint: No briefings match `reprots/**/*.brief.md` (looked for *.brief.md, *.briefing, outside .brieflintignore).\n')
    const empty = run(['desk', 'empty'], folder)
    assert.equal(empty.code, 2)
    assert.match(empty.stderr, /^brieflint: No briefings match `empty` /)
    assert.match(empty.stdout, /desk\/talks\.brief\.md: no issues found/, 'the briefings found are still reported')
    assert.equal(run(['desk'], folder).code, 0)
  })

  it('writes SARIF with the problems at their lines, for code scanning', () => {
    const folder = workspace({'desk/talks.brief.md': BRIEFING})
    const {stdout} = run(['--report', 'sarif', 'desk'], folder)
    const [sarifRun] = JSON.parse(stdout).runs
    const unknown = sarifRun.results.find((result: {ruleId: string}) => result.ruleId === 'unknown-source')
    assert.equal(unknown.level, 'error')
    assert.deepEqual(unknown.locations[0].physicalLocation.artifactLocation, {uri: 'desk/talks.brief.md', uriBaseId: 'SRCROOT'})
    assert.equal(unknown.locations[0].physicalLocation.region.startLine, TASS_LINE + 1)
  })
})

describe('brieflint CLI on many files', () => {
  it('lints on worker threads with the same report, in the same order, as in one thread', () => {
    const files: Record<string, string> = {}
    for (const name of ['c-talks', 'a-talks', 'b-talks', 'd-talks']) files[`desk/${name}.brief.md`] = BRIEFING.replace('Talks', name)
    files['desk/clean.brief.md'] = CLEAN
    const folder = workspace(files)
    const serial = run(['--jobs', '1', '--report', 'json', 'desk'], folder)
    const pooled = run(['--jobs', '2', '--report', 'json', 'desk'], folder)
    assert.equal(pooled.code, serial.code)
    assert.equal(pooled.stdout, serial.stdout)
    const paths = (JSON.parse(pooled.stdout) as {path: string}[]).map((file) => file.path)
    assert.equal(paths.length, 5)
    assert.ok((JSON.parse(pooled.stdout) as {messages: unknown[]}[]).filter((file) => file.messages.length > 0).length >= 4)
  })

  it('exits 2 on a bad --jobs value', () => {
    const result = run(['--jobs', 'many', '.'], workspace({}))
    assert.equal(result.code, 2)
    assert.match(result.stderr, /--jobs many/)
  })
})

describe('brieflint --cache', () => {
  const reportOf = (result: {stdout: string}) => JSON.parse(result.stdout) as {path: string; messages: {reason: string; ruleId: string}[]}[]
  const reasons = (result: {stdout: string}) => reportOf(result).flatMap((file) => file.messages.map((message) => message.reason))

  it('reuses a file’s results while its text, configuration and entity lists are unchanged', () => {
    // “Kiev” brings a message with a fix.
    const folder = workspace({'talks.brief.md': `${BRIEFING}\nThe delegation flew back to Kiev on Thursday.\n`})
    const first = run(['--cache', '--report', 'json', 'talks.brief.md'], folder)
    const cachePath = join(folder, '.brieflintcache')
    // Prove the second run reads the cache rather than linting: mark the cached reasons.
    const cache = JSON.parse(readFileSync(cachePath, 'utf8'))
    // Each message is a row that starts with its reason.
    for (const entry of Object.values(cache.files) as {messages: [string, ...unknown[]][]}[]) for (const message of entry.messages) message[0] = `cached: ${message[0]}`
    writeFileSync(cachePath, JSON.stringify(cache))
    const second = run(['--cache', '--report', 'json', 'talks.brief.md'], folder)
    // Everything else the report says comes back as it was: places, rules, severities, links and fixes.
    const marked = reportOf(first).map((file) => ({...file, messages: file.messages.map((message) => ({...message, reason: `cached: ${message.reason}`}))}))
    assert.deepEqual(reportOf(second), marked)
    assert.ok(marked[0]!.messages.some((message) => 'expected' in message && 'url' in message))
    assert.equal(second.code, first.code)
    // A changed text, another configuration or another entity list is linted afresh.
    writeFileSync(join(folder, 'talks.brief.md'), `${BRIEFING}\nThe talks lasted an hour.\n`)
    assert.ok(reasons(run(['--cache', '--report', 'json', 'talks.brief.md'], folder)).every((reason) => !reason.startsWith('cached: ')))
    writeFileSync(cachePath, JSON.stringify(cache))
    assert.ok(reasons(run(['--cache', '--report', 'json', '--rule', 'vague-attribution=off', 'talks.brief.md'], folder)).every((reason) => !reason.startsWith('cached: ')))
  })

  it('starts afresh from a damaged cache, and writes where --cache-location says', () => {
    const folder = workspace({'talks.brief.md': BRIEFING, 'cache/.keep': ''})
    writeFileSync(join(folder, 'cache/results.json'), '{"salt": "x", "files": [tr')
    const result = run(['--cache', '--cache-location', 'cache/results.json', '--report', 'json', 'talks.brief.md'], folder)
    assert.equal(result.code, 1)
    assert.ok(reasons(result).length > 0)
    assert.ok(JSON.parse(readFileSync(join(folder, 'cache/results.json'), 'utf8')).files)
    assert.equal(existsSync(join(folder, '.brieflintcache')), false)
  })
})
