import {pathToFileURL} from 'node:url'
import type {Log, ReportingDescriptor, Result} from 'sarif'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {severityOf} from './cli-report.js'
import {ruleUrl} from './engine/rule.js'
import {rules} from './rules/index.js'

export interface SarifOptions {
  /** Brieflint's version, for the tool's description. */
  version?: string
  /** The folder paths are relative to: the repository root in CI. */
  cwd?: string
}

const LEVEL = {error: 'error', warning: 'warning', info: 'note'} as const

/**
 * The report as a SARIF 2.1.0 log, the format GitHub code scanning reads: one run, every rule
 * described (so a result links to its documentation), paths relative to the folder Brieflint ran in.
 */
export function sarifReport(files: VFile[], options: SarifOptions = {}): string {
  const descriptors: ReportingDescriptor[] = rules.map((rule) => ({
    id: rule.id,
    shortDescription: {text: rule.summary},
    fullDescription: {text: rule.description},
    helpUri: ruleUrl(rule.id),
    defaultConfiguration: rule.severity === 'off' ? {enabled: false} : {level: LEVEL[rule.severity === 'hint' ? 'info' : rule.severity]}
  }))
  const index = new Map(descriptors.map((descriptor, at) => [descriptor.id, at]))
  const results = files.flatMap((file) => file.messages.map((message) => result(file, message, index)))
  const log: Log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {driver: {name: 'Brieflint', informationUri: 'https://github.com/brieflint/brieflint', ...(options.version ? {semanticVersion: options.version} : {}), rules: descriptors}},
        ...(options.cwd ? {originalUriBaseIds: {SRCROOT: {uri: `${pathToFileURL(options.cwd).href.replace(/\/?$/, '/')}`}}} : {}),
        // vfile columns count UTF-16 code units, as SARIF's default does; said outright for readers that assume otherwise.
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

function result(file: VFile, message: VFileMessage, index: Map<string, number>): Result {
  const {start, end} = message.place && 'start' in message.place ? message.place : {start: message.place, end: message.place}
  const region = start?.line ? {startLine: start.line, startColumn: start.column ?? 1, ...(end?.line ? {endLine: end.line, endColumn: end.column ?? 1} : {})} : undefined
  const ruleIndex = message.ruleId === undefined ? undefined : index.get(message.ruleId)
  return {
    ...(message.ruleId ? {ruleId: message.ruleId} : {}),
    ...(ruleIndex === undefined ? {} : {ruleIndex}),
    level: LEVEL[severityOf(message)],
    message: {text: message.reason},
    locations: [{physicalLocation: {artifactLocation: {uri: encodeURI(file.path.split('\\').join('/')), uriBaseId: 'SRCROOT'}, ...(region ? {region} : {})}}]
  }
}
