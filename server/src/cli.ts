import {existsSync, readFileSync, statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {join} from 'node:path'
import process from 'node:process'
import {parseArgs} from 'node:util'
import {isMainThread} from 'node:worker_threads'
import {unified, type Plugin, type Processor} from 'unified'
import type {VFile} from 'vfile'
import {engine} from 'unified-engine'
import reporter from 'vfile-reporter'
import reporterJson from 'vfile-reporter-json'
import {isSeverity, type BrieflintConfig} from './engine/config.js'
import {LintPool, serveLintJobs} from './cli-pool.js'
import {briefingParser, brieflintRules, lint, type RuleSettings} from './engine/lint.js'
import type {EntityIndex} from './entities/entity-index.js'
import {buildIndex} from './entities/load.js'
import {ruleIds} from './rules/index.js'
import {readEntityFile, WORKSPACE_ENTITY_FILES} from './workspace/entity-files.js'

// unified-engine types plugin options as unknown; ours are checked by toConfig.
const rulesPlugin = brieflintRules as unknown as Plugin<unknown[]>

const USAGE = `Usage: brieflint [options] [paths or globs...]

Lints briefings (*.brief.md, *.briefing). Folders are searched recursively.

Options:
  --report <name>   output format: "pretty" (default) or "json"
  --quiet, -q       show only files with problems
  --frail           treat warnings as errors (exit 1)
  --markdown        also lint plain .md files
  --rule <id=sev>   set a rule's severity (error, warning, info, hint, off); repeatable
  --entities <file> add an entity file (YAML or JSON) to the bundled list; repeatable.
                    .brieflint/entities.yaml|yml|json in the current folder is read by default
  --jobs <n>        worker threads for several files (default: one per core beyond the first,
                    at most 4, none on two cores or fewer); 1 lints in-process
  --no-config       ignore .brieflintrc files
  --no-ignore       ignore .brieflintignore files
  --color / --no-color
  --help, --version

Exit codes: 0 no errors, 1 errors reported (or warnings with --frail), 2 bad usage or configuration.`

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
        config: {type: 'boolean', default: true},
        ignore: {type: 'boolean', default: true},
        color: {type: 'boolean', default: Boolean(process.stderr.isTTY)},
        help: {type: 'boolean', short: 'h', default: false},
        version: {type: 'boolean', short: 'v', default: false}
      }
    })
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`)
  }
  const {values, positionals} = parsed
  if (values.help) return void process.stdout.write(`${USAGE}\n`)
  if (values.version) return void process.stdout.write('0.1.0\n')
  if (values.report !== 'pretty' && values.report !== 'json') fail(`unknown report format \`${values.report}\`: use pretty or json`)

  const cliRules = parseRuleFlags(values.rule)
  const entityPaths = [...WORKSPACE_ENTITY_FILES.filter((path) => existsSync(path)), ...values.entities]
  const entities = loadEntities(entityPaths)
  const extensions = values.markdown ? ['brief.md', 'briefing', 'md', 'markdown'] : ['brief.md', 'briefing']
  const files = (positionals.length > 0 ? positionals : ['.']).flatMap((path) => expand(path, extensions))
  // One file is linted here; several go to worker threads, and the report keeps the files' order.
  // On two cores workers gained 6% on a long run and cost 0.6 s on a short one (docs/performance.md): by default they need more cores.
  const cores = availableParallelism()
  const jobs = values.jobs === undefined ? (cores > 2 ? Math.min(4, cores - 1) : 1) : Number(values.jobs)
  if (!Number.isInteger(jobs) || jobs < 1) fail(`--jobs ${values.jobs}: give a whole number of threads, 1 or more`)
  const several = files.length > 1 || files.some((file) => file.includes('*'))
  const pool = several && jobs > 1 ? new LintPool(__filename, entityPaths, jobs) : undefined
  // Given --jobs, use the workers from the first file; by default only once the run proves long.
  const plugin = pool ? pooledRules(pool, entities, values.jobs === undefined ? IN_PROCESS_MS : 0) : rulesPlugin

  engine(
    {
      processor: unified().use(pool ? unparsed : briefingParser),
      files,
      cwd: process.cwd(),
      out: false,
      output: false,
      silentlyIgnore: true,
      rcName: values.config ? '.brieflintrc' : undefined,
      detectConfig: values.config,
      packageField: values.config ? 'brieflint' : undefined,
      ignoreName: values.ignore ? '.brieflintignore' : undefined,
      detectIgnore: values.ignore,
      configTransform: (raw: unknown) => ({plugins: [[plugin, {...toConfig(raw, cliRules), entities}]]}),
      defaultConfig: {plugins: [[plugin, {rules: cliRules, entities}]]},
      quiet: values.quiet,
      frail: values.frail,
      color: values.color,
      reporter: refuseBrokenConfig(values.report === 'json' ? reporterJson : reporter),
      reporterOptions: {quiet: values.quiet}
    },
    (error, code) => {
      pool?.close()
      if (error) fail(String(error.message).split('\n')[0]!)
      process.exitCode = code ?? 0
    }
  )
}

/** With a pool, the workers parse: the main thread only reads and reports. */
function unparsed(this: Processor) {
  this.parser = () => ({type: 'root', children: []})
}

/** Starting workers costs about half a second: a small run is over sooner without them. */
const IN_PROCESS_MS = 500

function pooledRules(pool: LintPool, entities: EntityIndex, inProcessMs: number): Plugin<unknown[]> {
  let spent = 0
  return ((settings: RuleSettings) => (_tree: unknown, file: VFile) => {
    if (spent >= inProcessMs) return pool.lint(file, {rules: settings.rules})
    const started = performance.now()
    for (const message of lint(String(file.value), {rules: settings.rules}, {path: file.path, entities}).messages) file.messages.push(message)
    spent += performance.now() - started
  }) as unknown as Plugin<unknown[]>
}

type Reporter = typeof reporter

/**
 * unified-engine reports an unreadable configuration file as a message on every file it
 * applies to; a configuration error is the user's setup, not the briefing, so exit 2 instead.
 */
function refuseBrokenConfig(report: Reporter): Reporter {
  return (files, options) => {
    for (const file of Array.isArray(files) ? files : [files]) {
      for (const message of file.messages) {
        const cause = message.cause as Error | undefined
        if (message.fatal && cause && /^Cannot (parse|import|load)/.test(cause.message ?? '')) {
          const detail = (cause.cause as Error | undefined)?.message?.split('\n')[0]
          fail(`${cause.message}${detail ? `: ${detail}` : ''}`)
        }
      }
    }
    return report(files, options)
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

/** The bundled list plus the workspace's files; a broken file stops the run with its first problem. */
function loadEntities(paths: string[]): EntityIndex {
  const files = paths.map((path) => {
    if (!existsSync(path)) fail(`entity file not found: ${path}`)
    const text = readFileSync(path, 'utf8')
    const loaded = readEntityFile(path, text)
    const problem = loaded.problems[0]
    if (problem) {
      const line = text.slice(0, problem.span.start).split('\n').length
      fail(`${path}:${line}: ${problem.message}`)
    }
    return loaded
  })
  return buildIndex(files)
}

function parseRuleFlags(flags: string[]): Record<string, string> {
  const rules: Record<string, string> = {}
  for (const flag of flags) {
    const [id, severity] = flag.split('=')
    if (!id || !ruleIds.has(id)) fail(`unknown rule \`${id}\` in --rule ${flag}`)
    if (!isSeverity(severity)) fail(`--rule ${flag}: severity must be error, warning, info, hint or off`)
    rules[id] = severity
  }
  return rules
}

function toConfig(raw: unknown, cliRules: Record<string, string>): BrieflintConfig {
  const rules = (raw as {rules?: unknown} | null)?.rules
  if (rules !== undefined && (typeof rules !== 'object' || rules === null || Array.isArray(rules))) {
    fail('configuration: `rules` must map rule ids to a severity')
  }
  return {rules: {...(rules as BrieflintConfig['rules']), ...(cliRules as BrieflintConfig['rules'])}}
}

if (isMainThread) main()
else serveLintJobs()
