import type {Processor} from 'unified'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {compareMessage} from 'vfile-sort'
import {rules as allRules} from '../rules/index.js'
import {ruleUrl, type BrieflintMessage, type Report, type Rule} from '../rules/rule.js'
import {resolveRule, type BrieflintConfig, type Severity} from './config.js'
import {applyControlComments} from './control.js'
import type {EntityIndex} from '../entities/entity-index.js'
import type {Briefing} from './model.js'
import {parseBriefing, parseSteps, type ParseOptions} from './parse.js'
import {finish} from './steps.js'

declare module 'vfile' {
  interface DataMap {
    briefing: Briefing
  }
}

export interface LintResult {
  briefing: Briefing
  messages: BrieflintMessage[]
}

export interface LintOptions extends ParseOptions {
  path?: string
  /** Replaces the built-in rules (tests use it). */
  rules?: Rule[]
  entities?: EntityIndex
}

/** Parses a briefing and runs every enabled rule: the one entry point the server, CLI and tests share. */
export function lint(text: string, config: BrieflintConfig = {}, options: LintOptions = {}): LintResult {
  return finish(lintSteps(text, config, options))
}

/**
 * The same work as `lint`, in steps (a part of the document, or a rule, each), so the server can
 * answer other requests between them and drop a run the editor has moved past.
 */
export function* lintSteps(text: string, config: BrieflintConfig = {}, options: LintOptions = {}): Generator<void, LintResult> {
  const briefing = yield* parseSteps(text, options)
  const file = new VFile({value: text, path: options.path})
  yield* ruleSteps(file, briefing, options.rules ?? allRules, {...config, ...(options.entities ? {entities: options.entities} : {})})
  return {briefing, messages: file.messages as BrieflintMessage[]}
}

/** A unified parser that builds the briefing model; the rules read the model, so the tree it returns is empty. */
export function briefingParser(this: Processor) {
  this.parser = (document: string, file: VFile) => {
    file.data.briefing ??= parseBriefing(document)
    return {type: 'root', children: []}
  }
}

/** The built-in rules as one unified plugin, configured with rule severities and options. */
export const brieflintRules = rulePlugin(allRules)

/** What the rules plugin is configured with: severities, and the entity list in force. */
export type RuleSettings = BrieflintConfig & {entities?: EntityIndex}

/** A plugin running the given rules; tests pass their own. */
export function rulePlugin(rules: Rule[]) {
  return (config: RuleSettings = {}) => (_tree: unknown, file: VFile) => {
    finish(ruleSteps(file, file.data.briefing ?? parseBriefing(String(file.value)), rules, config))
  }
}

function* ruleSteps(file: VFile, briefing: Briefing, rules: Rule[], config: RuleSettings): Generator<void, void> {
  const place = location(briefing.text)
  for (const gap of briefing.gaps) {
    const whole = gap.span.start === 0 && gap.span.end === briefing.text.length
    const what = whole ? 'this document' : `lines ${place.toPoint(gap.span.start)!.line}–${place.toPoint(Math.max(gap.span.start, gap.span.end - 1))!.line}`
    addMessage(file, place, 'analysis', 'info', {span: {start: gap.span.start, end: gap.span.start}, reason: `Brieflint could not analyse ${what}: ${gap.reason}.`})
  }
  // Without the document's start there is no front matter, so no date or sources to check against.
  if (briefing.gaps[0]?.span.start === 0) return
  for (const rule of rules) {
    const {severity, options} = resolveRule(rule.severity, config.rules?.[rule.id])
    if (severity === 'off') continue
    const report = (entry: Report) => addMessage(file, place, rule.id, severity, entry)
    try {
      rule.check({briefing, options, report, ...(config.entities ? {entities: config.entities} : {})})
    } catch (error) {
      // One broken rule must not take the others, or the server, down with it.
      report({span: {start: 0, end: 0}, reason: `Rule \`${rule.id}\` failed on this document: ${String(error)}`})
      console.error(`brieflint: rule ${rule.id} threw`, error)
    }
    yield
  }
  applyControlComments(file, briefing, place)
  file.messages.sort(compareMessage)
}

function addMessage(file: VFile, place: ReturnType<typeof location>, ruleId: string, severity: Exclude<Severity, 'off'>, entry: Report) {
  const start = place.toPoint(entry.span.start)
  const end = place.toPoint(entry.span.end)
  // A message is not an exception: capturing a stack for each of thousands was most of their cost.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  const message = file.message(entry.reason, {place: start && end ? {start, end} : undefined, ruleId, source: 'brieflint'}) as BrieflintMessage
  Error.stackTraceLimit = limit
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  message.severity = severity
  if (ruleId !== 'analysis') message.url = ruleUrl(ruleId)
  if (entry.expected) message.expected = entry.expected
  if (entry.data) message.data = entry.data
}
