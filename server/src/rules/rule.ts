import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Severity} from '../engine/config.js'
import type {Briefing, Span} from '../engine/model.js'
import type {EntityIndex} from '../entities/entity-index.js'

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

export interface RuleContext {
  briefing: Briefing
  /** The entity list in force; absent when linting without one. */
  entities?: EntityIndex
  options: Record<string, unknown>
  report(report: Report): void
}

export interface Rule {
  id: string
  severity: Severity
  summary: string
  /** A few words of Markdown showing what is reported, for the rules table. */
  sample: string
  /** Longer explanation for the docs: why it matters and how to fix it. */
  description: string
  examples: RuleExample[]
  check(context: RuleContext): void
}

export const DOCS_URL = 'https://github.com/brieflint/brieflint/blob/main/docs/rules.md'

export function ruleUrl(id: string): string {
  return `${DOCS_URL}#${id}`
}

export interface BrieflintMessage extends VFileMessage {
  severity: Exclude<Severity, 'off'>
  data?: Record<string, unknown>
}

export function defineRule(rule: Rule): Rule {
  return rule
}

export type {VFile}
