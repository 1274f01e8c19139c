import {location} from 'vfile-location'
import type {EntityIndex} from '../entities/entity-index.js'
import {resolveRule, type BrieflintConfig, type RuleSetting, type Severity} from './config.js'
import {applyControlComments} from './control.js'
import type {Briefing} from './model.js'
import {parseSteps, type ParseOptions} from './parse.js'
import {ANALYSIS_CODE, ruleUrl, type BrieflintMessage, type Point, type Report, type Rule} from './rule.js'
import {finish} from './steps.js'

export interface LintOptions extends ParseOptions {
  /** The rules to run: the server and CLI pass the built-in list, tests their own. */
  rules: readonly Rule[]
  config?: BrieflintConfig
  /** The entity list in force; rules about names report nothing without one. */
  entities?: EntityIndex
}

/** A rule that threw: its message says so, and the caller decides whether to log it. */
export interface RuleFailure {
  ruleId: string
  error: unknown
}

export interface LintResult {
  briefing: Briefing
  messages: BrieflintMessage[]
  failures: RuleFailure[]
}

/** Parses a briefing and runs every enabled rule: the one entry point of the server, the CLI and its workers. */
export function lint(text: string, options: LintOptions): LintResult {
  return finish(lintSteps(text, options))
}

/**
 * The same work as `lint`, in steps (a part of the document, or a rule, each), so the server can
 * answer other requests between them and drop a run the editor has moved past.
 */
export function* lintSteps(text: string, options: LintOptions): Generator<void, LintResult> {
  const briefing = yield* parseSteps(text, options)
  const place = location(briefing.text)
  const messages: BrieflintMessage[] = []
  const failures: RuleFailure[] = []
  const add = (ruleId: string, severity: Exclude<Severity, 'off'>, entry: Report) => messages.push(toMessage(briefing.text, place, ruleId, severity, entry))
  for (const gap of briefing.gaps) {
    const whole = gap.span.start === 0 && gap.span.end === briefing.text.length
    const what = whole ? 'this document' : `lines ${place.toPoint(gap.span.start)!.line}–${place.toPoint(lastVisible(briefing.text, gap.span))!.line}`
    add(ANALYSIS_CODE, 'info', {span: {start: gap.span.start, end: gap.span.start}, reason: `Brieflint could not analyse ${what}: ${gap.reason}.`})
  }
  // Without the document's start there is no front matter, so no date or sources to check against.
  if (briefing.gaps[0]?.span.start === 0) return {briefing, messages, failures}
  const first = briefing.analysedTo
  for (const rule of options.rules) {
    if (first !== undefined && rule.wholeDocument) continue
    const {severity, options: ruleOptions} = resolveRule(rule, ownSetting(options.config?.rules, rule.id))
    if (severity === 'off') continue
    const report = (entry: Report) => add(rule.id, severity, entry)
    try {
      rule.check({briefing, options: ruleOptions, report, ...(options.entities ? {entities: options.entities} : {})})
    } catch (error) {
      // One broken rule must not take the others, or the server, down with it.
      report({span: {start: 0, end: 0}, reason: `Rule \`${rule.id}\` failed on this document: ${String(error)}`})
      failures.push({ruleId: rule.id, error})
    }
    yield
  }
  const kept = first === undefined ? messages : messages.filter((message) => message.place.start.offset < first)
  return {briefing, messages: applyControlComments(kept, briefing).sort(compareMessages), failures}
}

/** The gap's last character that is not white space, so the blank lines that end a part are not named. */
function lastVisible(text: string, span: {start: number; end: number}): number {
  let end = span.end - 1
  while (end > span.start && /\s/.test(text[end]!)) end--
  return end
}

/** A rule's own setting: never one inherited from the map's prototype (`{__proto__: {...}}` in user data). */
function ownSetting(rules: BrieflintConfig['rules'], id: string): RuleSetting | undefined {
  return rules && Object.hasOwn(rules, id) ? rules[id] : undefined
}

function toMessage(text: string, place: Place, ruleId: string, severity: Exclude<Severity, 'off'>, entry: Report): BrieflintMessage {
  const {start, end} = entry.span
  const message: BrieflintMessage = {reason: entry.reason, ruleId, source: 'brieflint', severity, place: {start: pointAt(text, place, start), end: pointAt(text, place, end)}}
  if (ruleId !== ANALYSIS_CODE) message.url = ruleUrl(ruleId)
  if (entry.expected) message.expected = entry.expected
  if (entry.data) message.data = entry.data
  return message
}

type Place = ReturnType<typeof location>

// Not a closure made per message: the bundles keep function names, and naming a closure costs more than the point (4,000 messages per edit on 1 MB).
function pointAt(text: string, place: Place, offset: number): Point {
  return place.toPoint(Math.min(Math.max(offset, 0), text.length)) as Point
}

const RANK = {error: 0, warning: 1, info: 2, hint: 2}

/** By position, then errors before warnings before the rest, then rule and reason: the order vfile reporters use. */
function compareMessages(a: BrieflintMessage, b: BrieflintMessage): number {
  return (
    a.place.start.line - b.place.start.line ||
    a.place.start.column - b.place.start.column ||
    RANK[a.severity] - RANK[b.severity] ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.reason.localeCompare(b.reason)
  )
}
