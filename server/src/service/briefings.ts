import {basename} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {CancellationToken} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {Settings} from '../configuration/settings.js'
import type {LintResult} from '../engine/lint.js'
import type {Briefing} from '../engine/model.js'
import type {BrieflintMessage} from '../engine/rule.js'
import {parseSteps} from '../engine/parse.js'
import type {Rule} from '../engine/rule.js'
import type {EntityIndex} from '../entities/entity-index.js'
import {findMentionsSteps} from '../entities/mentions.js'
import type {WorkspaceBriefing} from '../features/entity-navigation.js'
import {isBriefingPath} from '../workspace/briefing-files.js'
import {readBriefing} from '../workspace/files.js'
import {CONFIG_FILE_NAMES, LANGUAGE_ID} from '../../../shared/protocol.js'
import {inSlices, type Analyses} from './analyses.js'
import type {Configurations} from './configurations.js'
import type {Logger, Workspace} from './workspace.js'

/** The state the service's parts share. */
export interface ServiceContext {
  workspace: Workspace
  logger: Logger
  rules: readonly Rule[]
  /** Open documents, as the editor has them. */
  documents: Map<string, TextDocument>
  configurations: Configurations
  analyses: Analyses
}

export function shouldLint(uri: string, settings: Settings, languageId?: string): boolean {
  if (!settings.enable) return false
  return languageId === LANGUAGE_ID || isBriefingPath(uri, settings.lintMarkdown)
}

export function isConfigFile(uri: string): boolean {
  return CONFIG_FILE_NAMES.includes(basename(uri))
}

/** The analysis of an open document's current version; undefined when it changed meanwhile. */
export function analysisOf(context: ServiceContext, document: TextDocument): Promise<LintResult | undefined> {
  const {configurations} = context
  return context.analyses.analyse(document, async () => {
    const settings = await configurations.settingsFor(document.uri)
    const entities = await configurations.entitiesFor(document.uri)
    return {settings, entities, config: configurations.configFor(document.uri, settings)}
  })
}

export interface OpenBriefing {
  document: TextDocument
  briefing: Briefing
  index: EntityIndex
  /** What the rules reported, after control comments: what the Problems panel lists. */
  messages: BrieflintMessage[]
}

/** The analysis behind an editor feature; undefined for documents Brieflint does not check, or a cancelled request. */
export async function briefingOf(context: ServiceContext, uri: string, token: CancellationToken): Promise<OpenBriefing | undefined> {
  const settings = await context.configurations.settingsFor(uri)
  // Each pass that finds the document edited under it starts again on the newer text.
  for (let attempt = 0; attempt < 5 && !token.isCancellationRequested; attempt++) {
    const document = context.documents.get(uri)
    if (!document || !shouldLint(uri, settings, document.languageId)) return undefined
    const result = await analysisOf(context, document)
    if (result && context.documents.get(uri)?.version === document.version) return {document, briefing: result.briefing, index: await context.configurations.entitiesFor(uri), messages: result.messages}
  }
  return undefined
}

/**
 * Every briefing of the workspace: open ones as edited, the rest as saved, with their mentions of
 * `index`'s entities found. Files on disk are read only up to `brieflint.maxFileSize` and analysed in
 * slices, like open documents, so a huge one never stops the server answering.
 */
export async function workspaceBriefings(context: ServiceContext, token: CancellationToken, index: EntityIndex): Promise<WorkspaceBriefing[]> {
  const found: WorkspaceBriefing[] = []
  const seen = new Set<string>()
  const going = () => !token.isCancellationRequested
  for (const document of context.documents.values()) {
    const settings = await context.configurations.settingsFor(document.uri)
    if (!shouldLint(document.uri, settings, document.languageId)) continue
    seen.add(document.uri)
    const result = await analysisOf(context, document)
    if (result && (await inSlices(findMentionsSteps(result.briefing, index), going))) found.push({document, briefing: result.briefing})
  }
  for (const folder of context.workspace.folders) {
    const settings = await context.configurations.settingsFor(pathToFileURL(folder).href)
    if (!settings.enable) continue
    for (const path of context.workspace.list(folder, (name) => isBriefingPath(name, settings.lintMarkdown))) {
      if (token.isCancellationRequested) return found
      const uri = pathToFileURL(path).href
      if (seen.has(uri)) continue
      // A file that vanished, or is too large to read, has no references to give.
      const read = readBriefing(context.workspace, path, settings.maxFileSize)
      if (!read || 'tooLarge' in read) continue
      const {text} = read
      const briefing = await inSlices(parseSteps(text, {budget: settings.analysisBudget}), going)
      if (briefing && (await inSlices(findMentionsSteps(briefing, index), going))) found.push({document: TextDocument.create(uri, LANGUAGE_ID, 0, text), briefing})
    }
  }
  return found
}
