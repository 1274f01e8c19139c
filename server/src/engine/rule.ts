import type {EntityIndex} from '../entities/entity-index.js'
import type {Severity} from './config.js'
import type {Briefing, Span} from './model.js'

export interface RuleExample {
  title: string
  /** A whole briefing, or a fragment that the test and docs wrap in minimal front matter. */
  text: string
  /** Expected reports as `line:column-line:column: reason`, positions inside `text`. Empty: no report. */
  reports: string[]
}

export interface Report {
  span: Span
  reason: string
  /** Replacements for the span that fix the problem; each becomes a quick fix. */
  expected?: string[]
  /** Extra data for features such as hovers or code actions. */
  data?: Record<string, unknown>
}

export interface RuleContext<Options> {
  briefing: Briefing
  /** The entity list in force; absent when linting without one. */
  entities?: EntityIndex
  /** Every option, the configured value or its default. */
  options: Options
  report(report: Report): void
}

/**
 * The JSON Schema of one rule option, with the value the rule gets when the option is not set.
 * Configuration is checked against it, and the configuration schemas and docs are generated from it.
 */
export type OptionSchema<Value> = {description: string; default: Value} & Record<string, unknown>

export type OptionSchemas<Options> = {[Key in keyof Options]-?: OptionSchema<Options[Key]>}

export interface Rule<Options extends object = Record<never, never>> {
  id: string
  severity: Severity
  summary: string
  /** A few words of Markdown showing what is reported, for the rules table. */
  sample: string
  /** Longer explanation for the docs: why it matters and how to fix it. */
  description: string
  examples: RuleExample[]
  /** The options a desk may set besides the severity; none when absent. */
  options?: OptionSchemas<Options>
  /** What it reports about the start of a document depends on what comes later (a citation further down). */
  wholeDocument?: true
  check(context: RuleContext<Options>): void
}

/** Declares a rule; `Options` types what `check` receives, and `options` must describe each of them. */
export function defineRule<Options extends object = Record<never, never>>(rule: Rule<Options>): Rule<Options> {
  return rule
}

/** A rule's options by name, with their schemas. */
export function ruleOptions(rule: Rule<object>): [string, OptionSchema<unknown>][] {
  return Object.entries(rule.options ?? {}) as [string, OptionSchema<unknown>][]
}

export const DOCS_URL = 'https://github.com/brieflint/brieflint/blob/main/docs/rules.md'

export function ruleUrl(id: string): string {
  // One string per rule, not one per message: a large briefing has thousands.
  let url = RULE_URLS.get(id)
  if (url === undefined) RULE_URLS.set(id, (url = `${DOCS_URL}#${id}`))
  return url
}

const RULE_URLS = new Map<string, string>()

export interface Point {
  /** 1-based, as in vfile messages. */
  line: number
  /** 1-based, in UTF-16 code units. */
  column: number
  offset: number
}

/** A problem found in a briefing: plain data, shaped like a vfile message so the CLI's reporters take it as one. */
export interface BrieflintMessage {
  reason: string
  ruleId: string
  source: 'brieflint'
  severity: Exclude<Severity, 'off'>
  place: {start: Point; end: Point}
  url?: string
  expected?: string[]
  data?: Record<string, unknown>
}

/** The code of the information message about text the engine could not analyse (a gap). */
export const ANALYSIS_CODE = 'analysis'
