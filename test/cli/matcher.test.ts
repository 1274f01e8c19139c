import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {copyFileSync, readFileSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {describe, it} from 'node:test'
import {CHILD_ENV} from '../helpers/child-env.js'
import {BRIEFING} from '../helpers/fixtures.js'
import {tempFolder} from '../helpers/temp.js'

const root = resolve(import.meta.dirname, '../..')
const CLI = join(root, 'server/out/cli.js')

interface Pattern {
  regexp: string
  file?: number
  line?: number
  column?: number
  severity?: number
  message?: number
  code?: number
  loop?: boolean
}

interface Problem {
  file?: string
  line?: number
  column?: number
  severity?: string
  message?: string
  code?: string
}

/**
 * The problems a GitHub Actions runner finds in `log` with one multi-line matcher: the first patterns
 * match in turn and carry their groups forward; the last, if it loops, yields a problem per line it
 * matches, and a line it does not match starts the search from the first pattern again.
 */
function matchLog(patterns: Pattern[], log: string): Problem[] {
  const problems: Problem[] = []
  let at = 0
  let carried: Problem = {}
  const groups = (pattern: Pattern, match: RegExpExecArray): Problem => {
    const picked: Problem = {}
    for (const field of ['file', 'severity', 'message', 'code'] as const) if (pattern[field] && match[pattern[field]] !== undefined) picked[field] = match[pattern[field]]
    for (const field of ['line', 'column'] as const) if (pattern[field] && match[pattern[field]] !== undefined) picked[field] = Number(match[pattern[field]])
    return picked
  }
  for (const line of log.split('\n')) {
    for (let retry = 0; retry < 2; retry++) {
      const pattern = patterns[at]!
      const match = new RegExp(pattern.regexp).exec(line)
      if (!match) {
        // A loop that stops matching, or a sequence broken midway, starts over at this line.
        const restart = at > 0
        at = 0
        carried = {}
        if (restart) continue
        break
      }
      carried = {...carried, ...groups(pattern, match)}
      if (at === patterns.length - 1) {
        problems.push(carried)
        if (pattern.loop) carried = {file: carried.file}
        else at = 0
      } else at++
      break
    }
  }
  return problems
}

const matcher = JSON.parse(readFileSync(join(root, '.github/brieflint-matcher.json'), 'utf8')) as {problemMatcher: [{owner: string; pattern: Pattern[]}]}
const [{pattern: patterns}] = matcher.problemMatcher

function run(args: string[], cwd: string) {
  return spawnSync(process.execPath, [CLI, ...args], {cwd, encoding: 'utf8', env: CHILD_ENV}).stdout
}

describe('the GitHub Actions problem matcher (.github/brieflint-matcher.json)', () => {
  it('finds in the pretty report every problem of the JSON report, with its file, place, severity, message and rule', () => {
    const folder = tempFolder('matcher')
    copyFileSync(join(root, 'examples/istanbul-talks.brief.md'), join(folder, 'istanbul-talks.brief.md'))
    writeFileSync(join(folder, 'clean.brief.md'), BRIEFING.replace('; @tass]', ']'))
    writeFileSync(join(folder, 'talks.brief.md'), BRIEFING)
    const files = JSON.parse(run(['--report', 'json', '.'], folder)) as {path: string; messages: {line: number; column: number; fatal?: boolean | null; reason: string; ruleId: string}[]}[]
    const expected = files.flatMap((file) =>
      file.messages.map((message) => ({file: file.path, line: message.line, column: message.column, severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info', message: message.reason, code: message.ruleId}))
    )
    // Every severity is there, so the loop is seen to carry on across them.
    assert.deepEqual(new Set(expected.map((problem) => problem.severity)), new Set(['error', 'warning', 'info']))
    assert.ok(expected.length > 20)
    // The summary and "no issues found" lines are not problems.
    assert.deepEqual(matchLog(patterns, run(['.'], folder)), expected)
  })

  it('matches nothing in a clean run or in the one-line reason of a failed one', () => {
    const folder = tempFolder('matcher-clean')
    writeFileSync(join(folder, 'clean.brief.md'), BRIEFING.replace('; @tass]', ']'))
    const clean = run(['.'], folder)
    assert.match(clean, /clean\.brief\.md: no issues found/)
    assert.deepEqual(matchLog(patterns, clean), [])
    const failed = spawnSync(process.execPath, [CLI, 'reprots/**/*.brief.md'], {cwd: folder, encoding: 'utf8', env: CHILD_ENV})
    assert.equal(failed.status, 2)
    assert.deepEqual(matchLog(patterns, failed.stdout + failed.stderr), [])
  })

  it('reports a path that does not exist as an error on that path, with no line', () => {
    const folder = tempFolder('matcher-missing')
    assert.deepEqual(matchLog(patterns, run(['talks.brief.md'], folder)), [{file: 'talks.brief.md', severity: 'error', message: 'No such file or folder'}])
  })
})
