import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {describe, it} from 'node:test'
import {CHILD_ENV} from '../helpers/child-env.js'
import {tempFolder} from '../helpers/temp.js'

const CLI = resolve(import.meta.dirname, '../../server/out/cli.js')
const CODE_FILES = ['.brieflintrc.js', '.brieflintrc.mjs', '.brieflintrc.cjs', '.remarkrc.js', '.remarkrc.mjs', 'evil-plugin.js']

describe('the CLI runs no code from the repository', () => {
  it('ignores .brieflintrc.js/.mjs/.cjs, .remarkrc.* and package.json plugins, here and in parent folders, with every option', () => {
    const root = tempFolder('no-code')
    const marker = (name: string) => join(root, `ran-${name}`)
    // Each file would leave a marker if it were ever loaded; the JSON rc is data and is read.
    for (const name of CODE_FILES) writeFileSync(join(root, name), `require('node:fs').writeFileSync(${JSON.stringify(marker(name))}, '')\nmodule.exports = {rules: {'unsourced-claim': 'off'}}\n`)
    writeFileSync(join(root, 'package.json'), JSON.stringify({brieflint: {plugins: ['./evil-plugin.js']}, remarkConfig: {plugins: ['./evil-plugin.js']}}))
    const desk = join(root, 'desk')
    mkdirSync(desk)
    writeFileSync(join(desk, 'talks.brief.md'), '---\ntitle: Talks\ndate: 2025-07-24\n---\n\nThe talks lasted just under an hour.\n')
    for (const args of [['talks.brief.md'], ['--jobs', '2', '.'], ['--cache', 'talks.brief.md'], ['--no-config', '--no-ignore', '.']]) {
      const result = spawnSync(process.execPath, [CLI, '--report', 'json', ...args], {cwd: desk, encoding: 'utf8', env: CHILD_ENV})
      const [file] = JSON.parse(result.stdout)
      assert.ok(file.messages.some((message: {ruleId: string}) => message.ruleId === 'unsourced-claim'), `${args.join(' ')}: ${result.stdout}${result.stderr}`)
    }
    assert.deepEqual(CODE_FILES.filter((name) => existsSync(marker(name))), [])
  })
})
