import Ajv, {type ErrorObject, type ValidateFunction} from 'ajv'
import {isSeverity, type BrieflintConfig, type RuleSetting} from '../engine/config.js'
import {ruleOptions, type Rule} from '../engine/rule.js'
import {suggest} from '../rules/suggest.js'
import {ruleObjectSchema} from './schema.js'

/** Where a problem is: a path into the configuration data, and whether it is about the key or the value there. */
export interface ConfigProblem {
  path: (string | number)[]
  on: 'key' | 'value'
  message: string
  severity: 'error' | 'warning'
}

export interface CheckedConfig {
  /** What is valid: a rule whose setting is broken is left at its defaults, an option that is broken at its default. */
  config: BrieflintConfig
  problems: ConfigProblem[]
}

/**
 * Checks configuration data (a `.brieflintrc` file, the `brieflint.rules` setting, `--rule` flags)
 * against the rules' own definitions. The server shows the problems where they are, the CLI stops
 * on them; both word them the same.
 */
export function checkConfig(data: unknown, rules: readonly Rule[]): CheckedConfig {
  const problems: ConfigProblem[] = []
  if (data === null || data === undefined) return {config: {}, problems}
  if (!isRecord(data)) return {config: {}, problems: [{path: [], on: 'value', message: 'A configuration file is a mapping with a `rules` field.', severity: 'error'}]}
  for (const key of Object.keys(data)) {
    if (key !== 'rules') problems.push({path: [key], on: 'key', message: `Unknown field \`${key}\`: Brieflint configuration files have \`rules\`.`, severity: 'warning'})
  }
  if (data.rules === undefined) return {config: {}, problems}
  const checked = checkRules(data.rules, rules, ['rules'])
  return {config: {rules: checked.rules}, problems: [...problems, ...checked.problems]}
}

/** Checks a `rules` mapping alone, as the `brieflint.rules` setting holds it. */
export function checkRules(data: unknown, rules: readonly Rule[], at: (string | number)[] = []): {rules: Record<string, RuleSetting>; problems: ConfigProblem[]} {
  const problems: ConfigProblem[] = []
  const valid: Record<string, RuleSetting> = {}
  if (!isRecord(data)) return {rules: valid, problems: [{path: at, on: 'value', message: '`rules` must map rule ids to a severity, e.g. `unused-source: off`.', severity: 'error'}]}
  const byId = new Map(rules.map((rule) => [rule.id, rule]))
  for (const [id, setting] of Object.entries(data)) {
    const path = [...at, id]
    const rule = byId.get(id)
    if (!rule) {
      const close = suggest(id, byId.keys(), 1)
      problems.push({path, on: 'key', message: `Unknown rule \`${id}\`${close.length > 0 ? `: did you mean \`${close[0]}\`?` : '.'}`, severity: 'warning'})
      continue
    }
    if (!isRecord(setting)) {
      if (isSeverity(setting)) valid[id] = setting
      else problems.push({path, on: 'value', message: notASeverity(setting), severity: 'error'})
      continue
    }
    const {severity, ...options} = setting
    const kept: Record<string, unknown> = {}
    if (severity === undefined || isSeverity(severity)) {
      if (severity !== undefined) kept.severity = severity
    } else {
      problems.push({path: [...path, 'severity'], on: 'value', message: notASeverity(severity), severity: 'error'})
    }
    const optionProblems = checkOptions(rule, options, path)
    problems.push(...optionProblems)
    const broken = new Set(optionProblems.map((problem) => problem.path[path.length]))
    for (const [name, value] of Object.entries(options)) if (!broken.has(name)) kept[name] = value
    valid[id] = kept as RuleSetting
  }
  return {rules: valid, problems}
}

function notASeverity(value: unknown): string {
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\` is not a severity: use error, warning, info, hint or off.`
}

const validators = new WeakMap<Rule, ValidateFunction>()
let ajv: Ajv | undefined

/** A rule's options against the schema its definition declares; compiled on first use, which only option-setting configurations pay for. */
function checkOptions(rule: Rule, options: Record<string, unknown>, path: (string | number)[]): ConfigProblem[] {
  if (Object.keys(options).length === 0) return []
  let validate = validators.get(rule)
  if (!validate) {
    ajv ??= new Ajv({allErrors: true, strict: false})
    validate = ajv.compile(ruleObjectSchema(rule))
    validators.set(rule, validate)
  }
  if (validate(options)) return []
  return (validate.errors ?? []).map((error) => optionProblem(rule, error, path))
}

function optionProblem(rule: Rule, error: ErrorObject, path: (string | number)[]): ConfigProblem {
  const names = ruleOptions(rule).map(([name]) => name)
  if (error.keyword === 'additionalProperties' && error.instancePath === '') {
    const name = String(error.params.additionalProperty)
    const close = suggest(name, names, 1)
    const hint = close.length > 0 ? `: did you mean \`${close[0]}\`?` : names.length > 0 ? `: its options are ${names.map((option) => `\`${option}\``).join(', ')}.` : ': it takes only a severity.'
    return {path: [...path, name], on: 'key', message: `Rule \`${rule.id}\` has no option \`${name}\`${hint}`, severity: 'warning'}
  }
  const steps = error.instancePath.split('/').slice(1).map((step) => (/^\d+$/.test(step) ? Number(step) : step))
  const option = steps.map((step, index) => (typeof step === 'number' ? `[${step}]` : index === 0 ? step : `.${step}`)).join('')
  return {path: [...path, ...steps], on: 'value', message: `Option \`${option}\` of \`${rule.id}\` ${error.message ?? 'is not valid'}.`, severity: 'error'}
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
