import fs, {statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {dirname, join, relative, resolve} from 'node:path'
import process from 'node:process'
import {parseArgs} from 'node:util'
import {isMainThread} from 'node:worker_threads'
import {unified, type Processor} from 'unified'
import {engine, type VFileReporter} from 'unified-engine'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import reporterJson from 'vfile-reporter-json'
import {version} from '../../package.json'
import {ENTITY_FILE_NAMES} from '../../shared/files.js'
import {cacheSalt, LintCache} from './cli-cache.js'
import {addMessages, LintPool, serveLintJobs} from './cli-pool.js'
import {prettyReport, type PrettyOptions} from './cli-report.js'
import {sarifReport, type SarifOptions} from './cli-sarif.js'
import {unmatchedPatterns} from './cli-patterns.js'
import {checkRules} from './configuration/check.js'
import {SETTINGS} from './configuration/settings.js'
import {findConfigFile, type ConfigFile} from './configuration/file.js'
import {mergeConfigs, type BrieflintConfig, type RuleSetting} from './engine/config.js'
import {lint} from './engine/lint.js'
import type {BrieflintMessage} from './engine/rule.js'
import type {EntityIndex} from './entities/entity-index.js'
import {buildIndex} from './entities/load.js'
import {rules} from './rules/index.js'
import {readEntityFile} from './workspace/entity-files.js'
import {DATA_FILE_BYTES, diskFiles, readRegularFile} from './workspace/files.js'

const USAGE = `Usage: brieflint [options] [paths or globs...]

Lints briefings (*.brief.md, *.briefing). Folders are searched recursively.

Options:
  --report <name>   output format: "pretty" (default), "json" or "sarif" (SARIF 2.1.0,
                    for GitHub code scanning)
  --quiet, -q       show only files with problems
  --frail           treat warnings as errors (exit 1)
  --markdown        also lint plain .md files
  --rule <id=sev>   set a rule's severity (error, warning, info, hint, off); repeatable
  --entities <file> add an entity file (YAML or JSON) to the bundled list; repeatable.
                    .brieflint/entities.yaml|yml|json in the current folder is read by default
  --max-file-size <n>
                    skip briefings of more than n characters (default: 10000000, as in the editor)
  --jobs <n>        worker threads for several files (default: one per core beyond the first,
                    at most 4, none on two cores or fewer); 1 lints in-process
  --cache           reuse the results of files unchanged since the last run with --cache
  --cache-location <file>
                    where the cache is kept (default: .brieflintcache in the current folder)
  --no-config       ignore .brieflintrc files
  --no-ignore       ignore .brieflintignore files
  --color / --no-color
  --help, --version

The report goes to stdout; a reason the run could not happen goes to stderr, in one line.

Exit codes: 0 no errors, 1 errors reported (or warnings with --frail), 2 bad usage or
configuration, or a path, folder or glob that matches no briefing.`

function fail(reason: string): never {
  process.stderr.write(`brieflint: ${reason}\n`)
  process.exit(2)
}

function main() {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      allowNegative: true,
      options: {
        report: {type: 'string', default: 'pretty'},
        quiet: {type: 'boolean', short: 'q', default: false},
        frail: {type: 'boolean', default: false},
        markdown: {type: 'boolean', default: false},
        rule: {type: 'string', multiple: true, default: []},
        entities: {type: 'string', multiple: true, default: []},
        jobs: {type: 'string'},
        'max-file-size': {type: 'string'},
        cache: {type: 'boolean', default: false},
        'cache-location': {type: 'string', default: '.brieflintcache'},
        config: {type: 'boolean', default: true},
        ignore: {type: 'boolean', default: true},
        color: {type: 'boolean', default: Boolean(process.stdout.isTTY)},
        help: {type: 'boolean', short: 'h', default: false},
        version: {type: 'boolean', short: 'v', default: false}
      }
    })
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`)
  }
  const {values, positionals} = parsed
  if (values.help) return void process.stdout.write(`${USAGE}\n`)
  if (values.version) return void process.stdout.write(`${version}\n`)
  const reporter = Object.hasOwn(REPORTERS, values.report) ? REPORTERS[values.report] : undefined
  if (!reporter) fail(`unknown report format \`${values.report}\`: use ${Object.keys(REPORTERS).join(', ')}`)

  const maxFileSize = values['max-file-size'] === undefined ? SETTINGS.maxFileSize.default : Number(values['max-file-size'])
  if (!Number.isInteger(maxFileSize) || maxFileSize < 0) fail(`--max-file-size ${values['max-file-size']}: give a whole number of characters`)
  const tooLarge = new Map<string, number>()
  readThroughHelper(maxFileSize, tooLarge)

  const cliRules = parseRuleFlags(values.rule)
  const entityPaths = [...ENTITY_FILE_NAMES.filter((path) => diskFiles.stat(path)), ...values.entities]
  const entities = entityIndex(entityPaths)
  const extensions = values.markdown ? ['brief.md', 'briefing', 'md', 'markdown'] : ['brief.md', 'briefing']
  const patterns = positionals.length > 0 ? positionals : ['.']
  const files = patterns.flatMap((path) => expand(path, extensions))
  // One file is linted here; several go to worker threads, and the report keeps the files' order.
  // On two cores workers gained 6% on a long run and cost 0.6 s on a short one (docs/performance.md): by default they need more cores.
  const cores = availableParallelism()
  const jobs = values.jobs === undefined ? (cores > 2 ? Math.min(4, cores - 1) : 1) : Number(values.jobs)
  if (!Number.isInteger(jobs) || jobs < 1) fail(`--jobs ${values.jobs}: give a whole number of threads, 1 or more`)
  const several = files.length > 1 || files.some((file) => file.includes('*'))
  const pool = several && jobs > 1 ? new LintPool(__filename, entityPaths, jobs) : undefined
  const configFor = values.config ? configFinder(cliRules) : () => ({rules: cliRules})
  // Given --jobs, use the workers from the first file; by default only once the run proves long.
  const cache = values.cache ? new LintCache(values['cache-location'], cacheSalt(version, entityPaths)) : undefined
  // Messages join their files just before the report: unified-engine counts every file's messages each time one file is done.
  const found = new Map<VFile, BrieflintMessage[]>()
  const lintFile = linter(entities, pool, values.jobs === undefined ? IN_PROCESS_MS : 0, maxFileSize, tooLarge, cache, found)

  engine(
    {
      processor: unified().use(unparsed).use(() => (_tree: unknown, file: VFile) => lintFile(file, configFor(resolve(file.cwd, file.path)))),
      files,
      cwd: process.cwd(),
      out: false,
      output: false,
      silentlyIgnore: true,
      detectConfig: false,
      ignoreName: values.ignore ? '.brieflintignore' : undefined,
      detectIgnore: values.ignore,
      quiet: values.quiet,
      frail: values.frail,
      color: values.color,
      // The report is the program's output: stdout, so that `brieflint --report sarif > out.sarif` works.
      streamError: process.stdout,
      reporter: (files, options) => {
        for (const [file, messages] of found) addMessages(file, messages)
        return reporter(files, options)
      },
      reporterOptions: {quiet: values.quiet, version, cwd: process.cwd(), ...(process.stdout.isTTY ? {columns: process.stdout.columns} : {})}
    },
    (error, code, context) => {
      pool?.close()
      cache?.save()
      if (error) fail(String(error.message).split('\n')[0]!)
      // A mistyped path in CI must not pass as a clean run.
      const unmatched = unmatchedPatterns(patterns, context?.files ?? [], process.cwd())
      if (unmatched.length > 0) fail(`No briefings match ${unmatched.map((pattern) => `\`${pattern}\``).join(', ')} (looked for ${extensions.map((extension) => `*.${extension}`).join(', ')}${values.ignore ? ', outside .brieflintignore' : ''}).`)
      process.exitCode = code ?? 0
    }
  )
}

/** Our reporters take the options set in `main`, passed through by unified-engine. */
const REPORTERS: Record<string, VFileReporter> = {
  pretty: (files, options) => prettyReport(files, options as PrettyOptions),
  json: reporterJson,
  sarif: (files, options) => sarifReport(files, options as SarifOptions)
}

/** The engine parses the text itself: unified-engine only reads files, runs the linter and reports. */
function unparsed(this: Processor) {
  this.parser = () => ({type: 'root', children: []})
}

/** Starting workers costs about half a second: a small run is over sooner without them. */
const IN_PROCESS_MS = 500

/**
 * unified-engine reads briefings and `.brieflintignore` files itself with `fs.readFile`, which
 * waits for ever on a FIFO and fills memory from /dev/zero. In this process its reads go through
 * the one reader of regular files with a size limit instead. A file too large to be a briefing
 * under `--max-file-size` (three bytes a character at most) is not read at all: the linter skips it.
 */
function readThroughHelper(maxFileSize: number, tooLarge: Map<string, number>) {
  const limit = Math.max(maxFileSize * 3, DATA_FILE_BYTES)
  const patched = (path: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    const done = rest.at(-1) as (error: Error | null, value?: string | Buffer) => void
    const encoding = typeof rest[0] === 'string' ? rest[0] : (rest[0] as {encoding?: BufferEncoding} | undefined)?.encoding
    const read = readRegularFile(String(path), limit)
    let text = 'text' in read ? read.text : undefined
    if ('bytes' in read && read.bytes !== undefined) {
      tooLarge.set(String(path), read.bytes)
      text = ''
    }
    // unified-engine looks for ignore files in every folder up the tree: a missing one must say ENOENT to be passed over.
    const error = text === undefined ? Object.assign(new Error(`Cannot read ${String(path)}: ${(read as {problem: string}).problem}`), {code: (read as {code?: string}).code}) : null
    // The reason is the whole story: the report need not show where in Brieflint it was found.
    if (error) error.stack = error.message
    process.nextTick(() => (error ? done(error) : done(null, encoding ? text : Buffer.from(text!))))
  }
  fs.readFile = patched as typeof fs.readFile
}

/**
 * Lints in this thread until `inProcessMs` are spent, then on the pool's workers, if there is a pool;
 * with a cache, a file whose text and configuration are unchanged is not linted at all.
 */
function linter(entities: () => EntityIndex, pool: LintPool | undefined, inProcessMs: number, maxFileSize: number, tooLarge: Map<string, number>, cache: LintCache | undefined, found: Map<VFile, BrieflintMessage[]>) {
  let spent = 0
  return (file: VFile, config: BrieflintConfig): Promise<void> | undefined => {
    const text = String(file.value)
    const path = resolve(file.cwd, file.path)
    const bytes = tooLarge.get(path)
    const length = text.length
    if (bytes !== undefined || length > maxFileSize) {
      const size = bytes === undefined ? `${length.toLocaleString('en')} characters` : `${bytes.toLocaleString('en')} bytes`
      file.info(`This file has ${size}, more than --max-file-size (${maxFileSize.toLocaleString('en')} characters): Brieflint skipped it.`, {ruleId: 'max-file-size', source: 'brieflint'})
      return undefined
    }
    const key = cache?.key(text, config)
    const cached = key === undefined ? undefined : cache!.get(path, key)
    if (cached) return void found.set(file, cached)
    const report = (messages: BrieflintMessage[]) => {
      if (key !== undefined) cache!.set(path, key, messages)
      found.set(file, messages)
    }
    if (pool && spent >= inProcessMs) return pool.lint(text, config).then(report)
    // Building the index is start-up, not linting: it does not count towards the time that calls the workers.
    const index = entities()
    const started = performance.now()
    report(lint(text, {rules, config, entities: index}).messages)
    spent += performance.now() - started
    return undefined
  }
}

/**
 * Each file's configuration: the nearest `.brieflintrc` file, as the language server finds it,
 * under the `--rule` flags. A file with any problem stops the run with the problem, worded as the
 * editor shows it in that file.
 */
function configFinder(cliRules: Record<string, RuleSetting>): (path: string) => BrieflintConfig {
  const found = new Map<string, ConfigFile | undefined>()
  return (path) => {
    const directory = dirname(path)
    if (!found.has(directory)) found.set(directory, findConfigFile(diskFiles, directory, undefined, rules))
    const file = found.get(directory)
    const problem = file?.problems[0]
    if (file && problem) {
      const point = location(file.text).toPoint(problem.span.start)!
      fail(`${relative(process.cwd(), file.path)}:${point.line}:${point.column}: ${problem.message}`)
    }
    return mergeConfigs(file?.config, {rules: cliRules})
  }
}

/** Folders become globs for our double extension, which unified-engine's folder search cannot match. */
function expand(path: string, extensions: string[]): string[] {
  let isFolder = false
  try {
    isFolder = statSync(path).isDirectory()
  } catch {
    return [path]
  }
  return isFolder ? extensions.map((extension) => join(path, `**/*.${extension}`)) : [path]
}

/**
 * The bundled list plus the workspace's files. A broken file stops the run with its first problem at
 * once; the index is built when the first file is linted here, so a run the cache answers never builds it.
 */
function entityIndex(paths: string[]): () => EntityIndex {
  const files = paths.map((path) => {
    const read = readRegularFile(path, DATA_FILE_BYTES)
    if ('problem' in read) fail(`cannot read the entity file ${path}: ${read.problem}`)
    const text = read.text
    const loaded = readEntityFile(path, text)
    const problem = loaded.problems[0]
    if (problem) {
      const line = text.slice(0, problem.span.start).split('\n').length
      fail(`${path}:${line}: ${problem.message}`)
    }
    return loaded
  })
  let index: EntityIndex | undefined
  return () => (index ??= buildIndex(files))
}

/** `--rule id=severity` flags, checked as a configuration file's rules are, and worded the same. */
function parseRuleFlags(flags: string[]): Record<string, RuleSetting> {
  const valid: Record<string, RuleSetting> = {}
  for (const flag of flags) {
    const [id = '', severity] = flag.split('=')
    const checked = checkRules({[id]: severity}, rules)
    const problem = checked.problems[0]
    if (problem) fail(`--rule ${flag}: ${problem.message}`)
    Object.assign(valid, checked.rules)
  }
  return valid
}

if (isMainThread) main()
else serveLintJobs()
