import type {Root} from 'mdast'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {compareMessage} from 'vfile-sort'
import {rules as allRules} from '../rules/index.js'
import {ruleUrl, type BrieflintMessage, type Report, type Rule} from '../rules/rule.js'
import {resolveRule, type BrieflintConfig, type Severity} from './config.js'
import {applyControlComments} from './control.js'
import type {EntityIndex} from '../entities/entity-index.js'
import type {Briefing} from './model.js'
import {parseBriefing} from './parse.js'

declare module 'vfile' {
  interface DataMap {
    briefing: Briefing
  }
}

export interface LintResult {
  briefing: Briefing
  messages: BrieflintMessage[]
}

/** Parses a briefing and runs every enabled rule: the one entry point the server, CLI and tests share. */
export interface LintOptions {
  path?: string
  /** Replaces the built-in rules (tests use it). */
  rules?: Rule[]
  entities?: EntityIndex
}

export function lint(text: string, config: BrieflintConfig = {}, options: LintOptions = {}): LintResult {
  const file = new VFile({value: text, path: options.path})
  const settings: RuleSettings = {...config, ...(options.entities ? {entities: options.entities} : {})}
  const processor = unified().use(briefingParser).use(options.rules ? rulePlugin(options.rules) : brieflintRules, settings)
  processor.runSync(processor.parse(file), file)
  return {briefing: file.data.briefing!, messages: file.messages as BrieflintMessage[]}
}

export function briefingParser(this: Processor) {
  this.parser = (document: string, file: VFile) => {
    const briefing = parseBriefing(document)
    file.data.briefing = briefing
    return briefing.tree
  }
}

/** The built-in rules as one unified plugin, configured with rule severities and options. */
export const brieflintRules = rulePlugin(allRules)

/** What the rules plugin is configured with: severities, and the entity list in force. */
export type RuleSettings = BrieflintConfig & {entities?: EntityIndex}

/** A plugin running the given rules; tests pass their own. */
export function rulePlugin(rules: Rule[]) {
  return (config: RuleSettings = {}) => (_tree: Root, file: VFile) => {
    const briefing = file.data.briefing ?? parseBriefing(String(file.value))
    const place = location(briefing.text)
    if (briefing.failure) {
      const message = file.message(`Brieflint could not analyse this document: ${briefing.failure}.`, {place: place.toPoint(0), ruleId: 'analysis', source: 'brieflint'}) as BrieflintMessage
      message.severity = 'info'
      return
    }
    for (const rule of rules) {
      const {severity, options} = resolveRule(rule.severity, config.rules?.[rule.id])
      if (severity === 'off') continue
      const report = (entry: Report) => addMessage(file, place, rule, severity, entry)
      try {
        rule.check({briefing, options, report, ...(config.entities ? {entities: config.entities} : {})})
      } catch (error) {
        // One broken rule must not take the others, or the server, down with it.
        report({span: {start: 0, end: 0}, reason: `Rule \`${rule.id}\` failed on this document: ${String(error)}`})
        console.error(`brieflint: rule ${rule.id} threw`, error)
      }
    }
    applyControlComments(file, briefing, place)
    file.messages.sort(compareMessage)
  }
}

function addMessage(file: VFile, place: ReturnType<typeof location>, rule: Rule, severity: Exclude<Severity, 'off'>, entry: Report) {
  const start = place.toPoint(entry.span.start)
  const end = place.toPoint(entry.span.end)
  const message = file.message(entry.reason, {
    place: start && end ? {start, end} : undefined,
    ruleId: rule.id,
    source: 'brieflint'
  }) as BrieflintMessage
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  message.severity = severity
  message.url = ruleUrl(rule.id)
  if (entry.expected) message.expected = entry.expected
  if (entry.data) message.data = entry.data
}
