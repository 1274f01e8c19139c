import assert from 'node:assert/strict'
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, symlinkSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {describe, it} from 'node:test'
import {CHILD_ENV} from '../helpers/child-env.js'
import {BRIEFING} from '../helpers/fixtures.js'
import {tempFolder} from '../helpers/temp.js'

const CLI = resolve(import.meta.dirname, '../../server/out/cli.js')
const CLEAN = BRIEFING.replace('; @tass]', ']')
/** A CLI that hangs on a FIFO or reads /dev/zero until memory runs out is stopped here and fails the test. */
const PATIENCE_MS = 20_000

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], {cwd, encoding: 'utf8', env: CHILD_ENV, timeout: PATIENCE_MS})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A folder with a clean briefing, and `special` at `name`: a FIFO, or a symbolic link to /dev/zero. */
function withSpecialFile(name: string, special: 'fifo' | 'zero'): string {
  const folder = tempFolder('cli-hostile')
  writeFileSync(join(folder, 'talks.brief.md'), CLEAN)
  mkdirSync(join(folder, name, '..'), {recursive: true})
  if (special === 'fifo') execFileSync('mkfifo', [join(folder, name)])
  else symlinkSync('/dev/zero', join(folder, name))
  return folder
}

describe('brieflint CLI in a hostile repository', {skip: process.platform === 'win32' && 'no FIFOs or /dev/zero on Windows'}, () => {
  for (const special of ['fifo', 'zero'] as const) {
    it(`reports a briefing that is ${special === 'fifo' ? 'a FIFO' : 'a link to /dev/zero'} as unreadable and lints the rest`, () => {
      const folder = withSpecialFile('special.brief.md', special)
      const {code, stdout, stderr} = run(['.'], folder)
      assert.equal(code, 1, stderr)
      assert.match(stdout, /special\.brief\.md[\s\S]*Cannot read .*special\.brief\.md: it is (a named pipe \(FIFO\)|a device), not a regular file/)
      assert.match(stdout, /talks\.brief\.md/)
    })

    for (const name of ['.brieflintrc', '.brieflintrc.yaml', '.brieflintignore', '.brieflint/entities.yaml']) {
      it(`does not read ${name} when it is ${special === 'fifo' ? 'a FIFO' : 'a link to /dev/zero'}`, () => {
        const folder = withSpecialFile(name, special)
        for (const args of [['talks.brief.md'], ['--no-config', '--no-ignore', 'talks.brief.md']]) {
          const {code, stdout, stderr} = run(args, folder)
          assert.equal(code, 0, stderr)
          assert.match(stdout, /talks\.brief\.md/)
        }
      })
    }
  }

  it('names an entity file given with --entities that is not a regular file, and exits 2', () => {
    const folder = withSpecialFile('desk/entities.yaml', 'fifo')
    const {code, stderr} = run(['--entities', 'desk/entities.yaml', 'talks.brief.md'], folder)
    assert.equal(code, 2)
    assert.equal(stderr, 'brieflint: cannot read the entity file desk/entities.yaml: it is a named pipe (FIFO), not a regular file\n')
  })

  it('skips a briefing over --max-file-size, 10 million characters by default, with one information message', () => {
    const folder = tempFolder('cli-large')
    writeFileSync(join(folder, 'large.brief.md'), CLEAN + 'The talks went on. '.repeat(600_000))
    writeFileSync(join(folder, 'small.brief.md'), `${CLEAN}\nThe delegations met again in Istanbul.\n`)
    const json = (args: string[]) => {
      const {code, stdout} = run(['--report', 'json', ...args], folder)
      return {code, files: JSON.parse(stdout) as {path: string; messages: {ruleId: string; fatal?: boolean; reason: string}[]}[]}
    }
    const small = json(['--max-file-size', '100000', '.'])
    assert.equal(small.code, 0)
    const large = small.files.find((file) => file.path.endsWith('large.brief.md'))!
    assert.deepEqual(large.messages.map((message) => [message.ruleId, message.fatal]), [['max-file-size', undefined]])
    assert.match(large.messages[0]!.reason, /more than --max-file-size \(100,000 characters\): Brieflint skipped it/)
    assert.deepEqual(small.files.find((file) => file.path.endsWith('small.brief.md'))!.messages.map((message) => message.ruleId), ['unsourced-claim'])
    const sized = json(['large.brief.md'])
    assert.deepEqual(sized.files[0]!.messages.map((message) => message.ruleId), ['max-file-size'])
    assert.match(run(['--max-file-size', 'lots', '.'], folder).stderr, /^brieflint: --max-file-size lots: give a whole number of characters/)
  })

  it('runs no code from the repository: .brieflintrc.js, .cjs, .mjs or a package.json field, here or in a parent folder', () => {
    const parent = tempFolder('cli-code')
    const child = join(parent, 'desk')
    mkdirSync(child)
    writeFileSync(join(child, 'talks.brief.md'), CLEAN)
    const marker = (name: string) => join(parent, `ran-${name}`)
    for (const folder of [parent, child]) {
      writeFileSync(join(folder, '.brieflintrc.js'), `require('fs').writeFileSync(${JSON.stringify(marker('js'))}, ''); module.exports = {}\n`)
      writeFileSync(join(folder, '.brieflintrc.cjs'), `require('fs').writeFileSync(${JSON.stringify(marker('cjs'))}, ''); module.exports = {}\n`)
      writeFileSync(join(folder, '.brieflintrc.mjs'), `import {writeFileSync} from 'fs'; writeFileSync(${JSON.stringify(marker('mjs'))}, ''); export default {}\n`)
      writeFileSync(join(folder, 'plugin.js'), `require('fs').writeFileSync(${JSON.stringify(marker('plugin'))}, '')\n`)
      writeFileSync(join(folder, 'package.json'), JSON.stringify({brieflintConfig: {plugins: ['./plugin.js']}, remarkConfig: {plugins: ['./plugin.js']}}))
    }
    for (const cwd of [parent, child]) assert.equal(run(['.'], cwd).code, 0)
    assert.deepEqual(['js', 'cjs', 'mjs', 'plugin'].filter((name) => existsSync(marker(name))), [])
  })
})
