export const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'] as const
export type Severity = (typeof SEVERITIES)[number]

/** A rule's setting: a severity, or an object with an optional severity and rule options. */
export type RuleSetting = Severity | ({severity?: Severity} & Record<string, unknown>)

export interface BrieflintConfig {
  rules?: Record<string, RuleSetting>
}

export interface ResolvedRule {
  severity: Severity
  options: Record<string, unknown>
}

export function resolveRule(defaultSeverity: Severity, setting: RuleSetting | undefined): ResolvedRule {
  if (setting === undefined) return {severity: defaultSeverity, options: {}}
  if (typeof setting === 'string') return {severity: isSeverity(setting) ? setting : defaultSeverity, options: {}}
  const {severity, ...options} = setting
  return {severity: severity && isSeverity(severity) ? severity : defaultSeverity, options}
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)
}

/** Later configs win rule by rule. */
export function mergeConfigs(...configs: (BrieflintConfig | undefined)[]): BrieflintConfig {
  const rules: Record<string, RuleSetting> = {}
  for (const config of configs) Object.assign(rules, config?.rules)
  return {rules}
}
