import assert from 'node:assert/strict'
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, readdirSync, writeFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {describe, it} from 'node:test'
import {CHILD_ENV} from '../helpers/child-env.js'
import {BRIEFING, TASS_LINE} from '../helpers/fixtures.js'
import {tempFolder} from '../helpers/temp.js'

const root = resolve(import.meta.dirname, '../..')

describe('the command-line package', () => {
  it('packs with `npm pack`, installs with `npm install -g` offline and alone, and lints', () => {
    const folder = tempFolder('pack')
    // npm test has just built the bundles; `npm pack` alone builds them first (prepack).
    const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', folder], {cwd: root, encoding: 'utf8', env: CHILD_ENV}).trim().split('\n').at(-1)!
    const prefix = join(folder, 'global')
    execFileSync('npm', ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(folder, tarball)], {cwd: folder, env: CHILD_ENV, stdio: 'pipe'})
    // Nothing but Brieflint is installed: the CLI bundle needs no other package.
    assert.deepEqual(readdirSync(join(prefix, 'lib/node_modules')), ['brieflint'])
    assert.equal(existsSync(join(prefix, 'lib/node_modules/brieflint/node_modules')), false)
    // The problem matcher ships with it, for workflows that annotate the pretty report.
    assert.ok(existsSync(join(prefix, 'lib/node_modules/brieflint/.github/brieflint-matcher.json')))

    const desk = tempFolder('pack-desk')
    // An attributed sentence needs the part-of-speech tagger, whose model ships inside the package.
    writeFileSync(join(desk, 'talks.brief.md'), `${BRIEFING}\nPeskov told reporters that the next round would be held in August.\n\nThe delegations left Istanbul the same evening.\n`)
    // Outside the project, with only Node on the PATH: nothing of the clone can be reached.
    const result = spawnSync(join(prefix, 'bin/brieflint'), ['--report', 'json', '.'], {cwd: desk, encoding: 'utf8', env: {...CHILD_ENV, PATH: dirname(process.execPath)}})
    assert.equal(result.stderr, '')
    assert.equal(result.status, 1)
    const [file] = JSON.parse(result.stdout)
    const unknown = file.messages.find((message: {ruleId: string}) => message.ruleId === 'unknown-source')
    assert.equal(unknown.line, TASS_LINE + 1)
    const unsourced = file.messages.filter((message: {ruleId: string}) => message.ruleId === 'unsourced-claim').map((message: {line: number}) => message.line)
    assert.deepEqual(unsourced, [BRIEFING.split('\n').length + 3])
  })
})
