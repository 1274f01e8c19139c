import {ruleOptions, type Rule} from './rule.js'

export const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'] as const
export type Severity = (typeof SEVERITIES)[number]

/** A rule's setting: a severity, or an object with an optional severity and rule options. */
export type RuleSetting = Severity | ({severity?: Severity} & Record<string, unknown>)

export interface BrieflintConfig {
  rules?: Record<string, RuleSetting>
}

export interface ResolvedRule<Options> {
  severity: Severity
  options: Options
}

/** A rule's severity and options under `setting`: what is not set takes the rule's defaults. */
export function resolveRule<Options extends object>(rule: Rule<Options>, setting: RuleSetting | undefined): ResolvedRule<Options> {
  const defaults = Object.fromEntries(ruleOptions(rule).map(([name, schema]) => [name, schema.default])) as Options
  if (setting === undefined) return {severity: rule.severity, options: defaults}
  if (typeof setting === 'string') return {severity: isSeverity(setting) ? setting : rule.severity, options: defaults}
  const {severity, ...options} = setting
  return {severity: isSeverity(severity) ? severity : rule.severity, options: {...defaults, ...options}}
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)
}

/**
 * Later configs win rule by rule. Rule ids are user keys: the map has no prototype, and keys are
 * copied as own properties, so a `__proto__` key cannot give every rule a setting through the prototype.
 */
export function mergeConfigs(...configs: (BrieflintConfig | undefined)[]): BrieflintConfig {
  const rules: Record<string, RuleSetting> = Object.create(null)
  for (const config of configs) for (const [id, setting] of Object.entries(config?.rules ?? {})) rules[id] = setting
  return {rules}
}
