import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
import {join, relative, resolve} from 'node:path'
import {describe, it} from 'node:test'
import {parse} from 'acorn'
import {transformSync} from 'esbuild'
import {Worker} from 'node:worker_threads'
import {check} from 'recheck'

/**
 * Every regular expression Brieflint runs on a user's text, checked for super-linear backtracking
 * by a ReDoS checker (recheck) rather than by eye. One that the checker flags must be rewritten,
 * or carry a `// recheck:` comment on the line above saying why its input cannot make it slow
 * (how long that input can be, or which shape it cannot take).
 *
 * recheck's fuzzing checker works against the clock, so on a busy machine it now and then flags a
 * large alternation that Node runs in linear time. A polynomial verdict therefore counts when the
 * checker's own attack string (about 100,000 characters) also takes Node over a second: a linear
 * expression needs milliseconds on it, a quadratic one minutes.
 */
const ROOT = resolve(import.meta.dirname, '../..')
const FOLDERS = ['server/src', 'shared']
/** The checker needs seconds for the largest alternations on a busy machine; an undecided check fails. */
const TIMEOUT_MS = 60_000

interface Found {
  file: string
  pattern: string
  flags: string
  /** The file and line of the `// recheck:` comment above it, if there is one. */
  annotation: string | undefined
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const path = join(folder, entry.name)
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : []
  })
}

/** Regular expression literals, and the `RegExp(...)` calls whose text is not a literal (checked once built, below). */
function literals(): Found[] {
  const found: Found[] = []
  for (const path of FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)))) {
    const source = readFileSync(path, 'utf8')
    const lines = source.split('\n')
    const annotation = (text: string) => {
      const line = lines.findIndex((line, index) => line.includes(text) && (lines[index - 1] ?? '').trim().startsWith('// recheck:'))
      return line < 0 ? undefined : `${relative(ROOT, path)}:${line}`
    }
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return
      const value = node as {type?: string; regex?: {pattern: string; flags: string}}
      if (value.type === 'Literal' && value.regex) {
        const {pattern, flags} = value.regex
        found.push({file: relative(ROOT, path), pattern, flags, annotation: annotation(`/${pattern}/${flags}`)})
      }
      for (const child of Object.values(node)) {
        if (Array.isArray(child)) child.forEach(visit)
        else visit(child)
      }
    }
    visit(parse(transformSync(source, {loader: 'ts', target: 'esnext'}).code, {ecmaVersion: 'latest', sourceType: 'module'}))
  }
  return found
}

/** Regular expressions built at load time from word lists (`new RegExp(...)`): caught as the modules build them. */
async function built(): Promise<Found[]> {
  const made: {pattern: string; flags: string; stack: string}[] = []
  const Native = RegExp
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args, newTarget) {
      const regex = Reflect.construct(target, args, newTarget) as RegExp
      made.push({pattern: regex.source, flags: regex.flags, stack: new Error().stack ?? ''})
      return regex
    }
  })
  try {
    for (const path of FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)))) {
      if (!path.endsWith('.d.ts') && !path.endsWith('server.ts') && !path.endsWith('cli.ts')) await import(path)
    }
  } finally {
    globalThis.RegExp = Native
  }
  // Expressions a dependency builds for itself (minimatch's for the CLI's path patterns) are not ours to check.
  const ours = made.filter(({stack}) => !stack.split('\n').find((line) => line.includes(ROOT) && !line.includes('regexes.test'))?.includes('/node_modules/'))
  return ours.map(({pattern, flags, stack}) => {
    const file = /\((\/[^:)]+\.ts):(\d+)/.exec(stack.split('\n').find((line) => line.includes(ROOT) && !line.includes('regexes.test')) ?? '')
    const lines = file ? readFileSync(file[1]!, 'utf8').split('\n') : []
    const line = file ? Number(file[2]) - 1 : -1
    const where = file ? `${relative(ROOT, file[1]!)}:${line + 1}` : 'unknown'
    return {file: where, pattern, flags, annotation: (lines[line - 1] ?? '').trim().startsWith('// recheck:') ? where : undefined}
  })
}

const CONFIRM_MS = 1_000

/** Whether Node takes longer than `CONFIRM_MS` to run the expression over `attack`, in a thread it can stop. */
function slowInNode(pattern: string, flags: string, attack: string): Promise<boolean> {
  const worker = new Worker(
    `const {parentPort, workerData: {pattern, flags, attack}} = require('node:worker_threads')
    const regex = new RegExp(pattern, flags)
    const started = performance.now()
    if (regex.global) for (const _ of attack.matchAll(regex));
    else regex.exec(attack)
    parentPort.postMessage(performance.now() - started)`,
    {eval: true, workerData: {pattern, flags, attack}}
  )
  return new Promise((done) => {
    // Starting the thread takes a while on a busy machine: the clock inside it is what counts, this is the backstop.
    const timer = setTimeout(() => void worker.terminate().then(() => done(true)), 10 * CONFIRM_MS)
    worker.once('message', (elapsed: number) => {
      clearTimeout(timer)
      void worker.terminate()
      done(elapsed > CONFIRM_MS)
    })
  })
}

describe('regular expressions', () => {
  it('none backtracks super-linearly unless a comment says why its input is bounded', {timeout: 15 * 60_000}, async () => {
    const all = [...literals(), ...(await built())]
    assert.ok(all.length > 300, `found only ${all.length} regular expressions`)
    const unique = [...new Map(all.map((found) => [`${found.flags}/${found.pattern}`, found])).values()]
    const problems: string[] = []
    // A comment is needed while one expression on its line is flagged.
    const annotations = new Map<string, boolean>()
    const judge = async (found: Found) => {
      const result = await check(found.pattern, found.flags, {timeout: TIMEOUT_MS})
      const shown = `${found.file}: /${found.pattern.length > 120 ? `${found.pattern.slice(0, 120)}…` : found.pattern}/${found.flags}`
      // Only the automaton checker's "safe" is a proof: a fuzzing run may miss what another finds.
      if (found.annotation) annotations.set(found.annotation, (annotations.get(found.annotation) ?? false) || result.status !== 'safe' || result.checker === 'fuzz')
      if (result.status === 'vulnerable' && !found.annotation) {
        const real = result.complexity.type === 'exponential' || (await slowInNode(found.pattern, found.flags, result.attack.string))
        if (real) problems.push(`${shown} is ${result.complexity.type}: ${result.attack.pattern}`)
      }
      if (result.status === 'unknown' && result.error.kind !== 'unsupported') problems.push(`${shown}: the checker could not decide (${result.error.kind})`)
    }
    // A few at a time: the checker is a separate process, and most of the time goes to a few large alternations.
    const queue = [...unique]
    await Promise.all(Array.from({length: 3}, async () => {
      for (let found = queue.shift(); found; found = queue.shift()) await judge(found)
    }))
    for (const [where, needed] of annotations) if (!needed) problems.push(`${where}: nothing on the line under this \`// recheck:\` comment is flagged: remove it`)
    assert.deepEqual(problems.sort(), [])
  })
})
