import {statSync, readFileSync} from 'node:fs'
import {dirname} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type InitializeParams,
  type WorkspaceDocumentDiagnosticReport
} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {mergeConfigs, type BrieflintConfig, type RuleSetting} from './engine/config.js'
import {lintSteps, type LintResult} from './engine/lint.js'
import {parseBriefing, unanalysed, type PartCache} from './engine/parse.js'
import {VFileMessage} from 'vfile-message'
import type {BrieflintMessage} from './rules/rule.js'
import {analyseClaims} from './engine/claims/analyse.js'
import {codeActions} from './features/code-actions.js'
import {sectionLenses} from './features/code-lens.js'
import {completeSourceKeys} from './features/completion.js'
import {toDiagnostic} from './features/diagnostics.js'
import {completeEntityNames, entityHighlights, mentionAt, SEMANTIC_TOKEN_TYPES, semanticTokens} from './features/entities.js'
import {entityDefinition, entityLocation, entityReferences, entitySymbols, type WorkspaceBriefing} from './features/entity-navigation.js'
import {foldingRanges} from './features/folding.js'
import {addPersonActions} from './features/add-person.js'
import {hover} from './features/hover.js'
import {definition, references} from './features/navigation.js'
import {documentSymbols} from './features/symbols.js'
import {EntityIndex} from './entities/entity-index.js'
import {briefingDate, findMentions} from './entities/mentions.js'
import {buildIndex, type LoadedEntityFile} from './entities/load.js'
import {checkConfigText} from './workspace/config-diagnostics.js'
import {CONFIG_NAMES, findConfig} from './workspace/config-files.js'
import {entityFilePaths, isEntityFilePath, readEntityFile} from './workspace/entity-files.js'
import {isBriefingPath, listBriefings} from './workspace/briefing-files.js'

interface Settings {
  enable: boolean
  rules: Record<string, RuleSetting>
  lintMarkdown: boolean
  run: 'onType' | 'onSave'
  entityFiles: string[]
  maxFileSize: number
  analysisBudget: number
}

const DEFAULT_SETTINGS: Settings = {enable: true, rules: {}, lintMarkdown: false, run: 'onType', entityFiles: [], maxFileSize: 10_000_000, analysisBudget: 15_000}
/** The longest the server works before it reads its messages again. */
const SLICE_MS = 15

const connection = createConnection(ProposedFeatures.all)
const documents = new TextDocuments(TextDocument)
const settingsCache = new Map<string, Promise<Settings>>()
const analyses = new Map<string, {version: number; generation: number; result: LintResult}>()
const runs = new Map<string, {version: number; generation: number; result: Promise<LintResult | undefined>}>()
/** Each open document's analysed parts, reused by the next analysis wherever an edit left them unchanged. */
const partCaches = new Map<string, PartCache>()
const savedReports = new Map<string, {resultId: string; items: Diagnostic[]}>()
const pushTimers = new Map<string, NodeJS.Timeout>()
/** Documents whose first content event is their opening, not an edit. */
const opening = new Set<string>()
let workspaceFolders: string[] = []
let canPull = false
let canReadSettings = false
/** Bumped when settings or configuration files change, so every cached analysis is stale. */
let generation = 0
let wakeWorkspace: (() => void) | undefined
let entityIndex: Promise<EntityIndex> | undefined

connection.onInitialize((params: InitializeParams) => {
  canPull = Boolean(params.capabilities.textDocument?.diagnostic)
  canReadSettings = Boolean(params.capabilities.workspace?.configuration)
  workspaceFolders = (params.workspaceFolders ?? (params.rootUri ? [{uri: params.rootUri}] : []))
    .filter((folder) => folder.uri.startsWith('file:'))
    .map((folder) => fileURLToPath(folder.uri))
  return {
    capabilities: {
      textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
      ...(canPull ? {diagnosticProvider: {identifier: 'brieflint', interFileDependencies: true, workspaceDiagnostics: true}} : {}),
      hoverProvider: true,
      documentHighlightProvider: true,
      workspaceSymbolProvider: true,
      semanticTokensProvider: {legend: {tokenTypes: SEMANTIC_TOKEN_TYPES, tokenModifiers: []}, full: true},
      definitionProvider: true,
      referencesProvider: true,
      documentSymbolProvider: {label: 'Brieflint'},
      foldingRangeProvider: true,
      codeLensProvider: {resolveProvider: false},
      completionProvider: {triggerCharacters: ['@']},
      codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]}
    },
    serverInfo: {name: 'brieflint', version: '0.1.0'}
  }
})

connection.onDidChangeConfiguration(() => {
  settingsCache.clear()
  invalidate()
})

connection.onDidChangeWatchedFiles(() => {
  // Configuration and entity files are read fresh on the next analysis; briefings on disk are re-read by the workspace pull.
  invalidate()
})

function invalidate() {
  generation++
  entityIndex = undefined
  savedReports.clear()
  wakeWorkspace?.()
  if (canPull) connection.languages.diagnostics.refresh().catch(() => undefined)
  else for (const document of documents.all()) void pushDiagnostics(document)
}

function settingsFor(uri: string): Promise<Settings> {
  if (!canReadSettings) return Promise.resolve(DEFAULT_SETTINGS)
  let settings = settingsCache.get(uri)
  if (!settings) {
    settings = connection.workspace
      .getConfiguration({scopeUri: uri, section: 'brieflint'})
      .then((value: Partial<Settings> | null) => ({...DEFAULT_SETTINGS, ...value}))
      .catch(() => DEFAULT_SETTINGS)
    settingsCache.set(uri, settings)
  }
  return settings
}

function shouldLint(uri: string, settings: Settings, languageId?: string): boolean {
  if (!settings.enable) return false
  return languageId === 'briefing' || isBriefingPath(uri, settings.lintMarkdown)
}

function configFor(uri: string, settings: Settings): BrieflintConfig {
  let fileConfig: BrieflintConfig | undefined
  if (uri.startsWith('file:')) {
    const path = fileURLToPath(uri)
    const root = workspaceFolders.find((folder) => path.startsWith(folder))
    const found = findConfig(dirname(path), root)
    if (found?.error) connection.console.warn(`Ignoring ${found.path}: ${found.error}`)
    fileConfig = found?.config
  }
  return mergeConfigs(fileConfig, {rules: settings.rules})
}

/** The bundled list plus the workspace's entity files, rebuilt after any of them changes. */
function entities(): Promise<EntityIndex> {
  entityIndex ??= (async () => {
    const files: LoadedEntityFile[] = []
    for (const folder of workspaceFolders) {
      const settings = await settingsFor(pathToFileURL(folder).href)
      for (const path of entityFilePaths(folder, settings.entityFiles)) files.push(readEntityFile(path))
    }
    try {
      return buildIndex(files)
    } catch (error) {
      // A broken bundled list must not stop the linter: carry on with the workspace's files alone.
      connection.console.error(`Could not load the bundled entity list: ${String(error)}`)
      return new EntityIndex(files.map((loaded) => ({file: loaded.file, origin: {path: loaded.path, bundled: false}, offsets: loaded.offsets})))
    }
  })()
  return entityIndex
}

/**
 * The analysis of a document's current version, started once however many requests wait for it.
 * Undefined when the document changed before it finished: the caller asks again for the new version.
 */
async function analyse(document: TextDocument, settings: Settings): Promise<LintResult | undefined> {
  const uri = document.uri
  const version = document.version
  const cached = analyses.get(uri)
  if (cached && cached.version === version && cached.generation === generation) return cached.result
  const running = runs.get(uri)
  if (running && running.version === version && running.generation === generation) return running.result
  const startGeneration = generation
  const current = () => documents.get(uri)?.version === version && generation === startGeneration
  const result = (async () => {
    const index = await entities()
    const text = document.getText()
    if (text.length > settings.maxFileSize) return skipped(text, settings.maxFileSize)
    const cache = partCaches.get(uri) ?? new Map()
    partCaches.set(uri, cache)
    const options = {path: uri, entities: index, cache, budget: settings.analysisBudget}
    const done = await drive(lintSteps(text, configFor(uri, settings), options), current)
    if (!done) return undefined
    // Keep only this version's parts: what the last edit replaced is garbage now.
    if (documents.get(uri)) partCaches.set(uri, new Map(done.briefing.parts.map(({part}) => [part.key, part])))
    analyses.set(uri, {version, generation: startGeneration, result: done})
    collectWhenQuiet()
    return done
  })()
  runs.set(uri, {version, generation: startGeneration, result})
  try {
    return await result
  } finally {
    if (runs.get(uri)?.result === result) runs.delete(uri)
  }
}

let quietTimer: NodeJS.Timeout | undefined
const collect = (globalThis as {gc?: () => void}).gc

/**
 * A burst of edits leaves the heap grown with garbage that V8, seeing no more allocation, keeps.
 * When the server is started with --expose-gc (the extension does so), two quiet seconds after
 * the last analysis it collects once, which hands that memory back.
 */
function collectWhenQuiet() {
  if (!collect) return
  clearTimeout(quietTimer)
  quietTimer = setTimeout(collect, 2000)
  quietTimer.unref()
}

/** Runs steps, letting other requests in every few milliseconds; gives up when `current` turns false. */
async function drive<T>(steps: Generator<void, T>, current: () => boolean): Promise<T | undefined> {
  let slice = performance.now()
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    if (performance.now() - slice < SLICE_MS) continue
    await new Promise((resolve) => setImmediate(resolve))
    if (!current()) return undefined
    slice = performance.now()
  }
}

/** A file over `brieflint.maxFileSize` gets one information diagnostic instead of an analysis. */
function skipped(text: string, limit: number): LintResult {
  const briefing = unanalysed(text, 'too large')
  const message = new VFileMessage(`This file has ${text.length.toLocaleString('en')} characters, more than brieflint.maxFileSize (${limit.toLocaleString('en')}): Brieflint skipped it.`, {place: {line: 1, column: 1, offset: 0}, ruleId: 'max-file-size', source: 'brieflint'}) as BrieflintMessage
  message.severity = 'info'
  return {briefing, messages: [message]}
}

/** The analysis behind an editor feature; undefined for documents Brieflint does not handle. */
async function briefingOf(uri: string) {
  const settings = await settingsFor(uri)
  // Each pass that finds the document edited under it starts again on the newer text.
  for (let attempt = 0; attempt < 5; attempt++) {
    const document = documents.get(uri)
    if (!document || !shouldLint(uri, settings, document.languageId)) return undefined
    const result = await analyse(document, settings)
    if (result && documents.get(uri)?.version === document.version) return {document, briefing: result.briefing, index: await entities()}
  }
  return undefined
}

function isConfigPath(uri: string): boolean {
  return CONFIG_NAMES.some((name) => uri.endsWith(`/${name}`))
}

function configDiagnostics(document: TextDocument): Diagnostic[] {
  return checkConfigText(document.getText()).map((problem) => ({
    range: {start: document.positionAt(problem.span.start), end: document.positionAt(problem.span.end)},
    severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'brieflint',
    code: 'configuration',
    message: `${problem.message} The rest of the file, and the defaults, still apply.`
  }))
}

function entityFileDiagnostics(document: TextDocument): Diagnostic[] {
  const loaded = readEntityFile(fileURLToPath(document.uri), document.getText())
  return loaded.problems.map((problem) => ({
    range: {start: document.positionAt(problem.span.start), end: document.positionAt(problem.span.end)},
    severity: DiagnosticSeverity.Error,
    source: 'brieflint',
    code: 'entity-file',
    message: `${problem.message}. Brieflint uses the valid entries of this file and the bundled list meanwhile.`
  }))
}

connection.languages.diagnostics.on(async (params, token) => {
  const uri = params.textDocument.uri
  const document = documents.get(uri)
  if (!document) return {kind: DocumentDiagnosticReportKind.Full, items: []}
  const settings = await settingsFor(uri)
  if (uri.startsWith('file:') && isEntityFilePath(fileURLToPath(uri), settings.entityFiles)) {
    return {kind: DocumentDiagnosticReportKind.Full, items: entityFileDiagnostics(document)}
  }
  if (isConfigPath(uri)) return {kind: DocumentDiagnosticReportKind.Full, items: configDiagnostics(document)}
  if (!shouldLint(uri, settings, document.languageId)) return {kind: DocumentDiagnosticReportKind.Full, items: []}
  const saved = savedReports.get(uri)
  if (settings.run === 'onSave' && saved) {
    return params.previousResultId === saved.resultId
      ? {kind: DocumentDiagnosticReportKind.Unchanged, resultId: saved.resultId}
      : {kind: DocumentDiagnosticReportKind.Full, resultId: saved.resultId, items: saved.items}
  }
  const version = document.version
  const result = token.isCancellationRequested ? undefined : await analyse(document, settings)
  // Never report for a version the editor has moved past; the client asks again.
  if (!result || documents.get(uri)?.version !== version) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed', {retriggerRequest: true})
  const items = result.messages.map((message) => toDiagnostic(message, document))
  const resultId = `${version}:${generation}`
  if (settings.run === 'onSave') savedReports.set(uri, {resultId, items})
  return {kind: DocumentDiagnosticReportKind.Full, resultId, items}
})

connection.languages.diagnostics.onWorkspace(async (params, token) => {
  const previous = new Map(params.previousResultIds.map((entry) => [entry.uri, entry.value]))
  for (;;) {
    const items = await workspaceReports(previous)
    if (token.isCancellationRequested) return {items: []}
    if (previous.size === 0 || items.some((item) => item.kind === DocumentDiagnosticReportKind.Full)) return {items}
    // Nothing changed since the client's last pull: hold the request until something does.
    await new Promise<void>((resolve) => {
      wakeWorkspace = resolve
      token.onCancellationRequested(() => resolve())
    })
    wakeWorkspace = undefined
    if (token.isCancellationRequested) return {items: []}
  }
})

async function workspaceReports(previous: Map<string, string>): Promise<WorkspaceDocumentDiagnosticReport[]> {
  const reports: WorkspaceDocumentDiagnosticReport[] = []
  for (const folder of workspaceFolders) {
    const folderSettings = await settingsFor(pathToFileURL(folder).href)
    if (!folderSettings.enable) continue
    for (const path of listBriefings(folder, folderSettings.lintMarkdown)) {
      const uri = pathToFileURL(path).href
      if (documents.get(uri)) continue
      const report = await fileReport(path, uri, await settingsFor(uri), previous.get(uri), await entities())
      if (report) reports.push(report)
    }
  }
  return reports
}

async function fileReport(path: string, uri: string, settings: Settings, previousResultId: string | undefined, index: EntityIndex): Promise<WorkspaceDocumentDiagnosticReport | undefined> {
  try {
    const stat = statSync(path)
    const resultId = `${stat.mtimeMs}:${stat.size}:${generation}`
    if (resultId === previousResultId) return {kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId}
    if (stat.size > settings.maxFileSize) return {kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId, items: []}
    const document = TextDocument.create(uri, 'briefing', 0, readFileSync(path, 'utf8'))
    const result = await drive(lintSteps(document.getText(), configFor(uri, settings), {path: uri, entities: index, budget: settings.analysisBudget}), () => true)
    const items = result!.messages.map((message) => toDiagnostic(message, document))
    return {kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId, items}
  } catch (error) {
    connection.console.error(`Could not lint ${path}: ${String(error)}`)
    return undefined
  }
}

async function pushDiagnostics(document: TextDocument) {
  const settings = await settingsFor(document.uri)
  const latest = documents.get(document.uri)
  if (!latest || latest.version !== document.version) return
  const result = shouldLint(document.uri, settings, document.languageId) ? await analyse(latest, settings) : {messages: []}
  // An edit came in meanwhile: its own push follows.
  if (!result || documents.get(document.uri)?.version !== latest.version) return
  const diagnostics = result.messages.map((message) => toDiagnostic(message, latest))
  await connection.sendDiagnostics({uri: latest.uri, version: latest.version, diagnostics})
}

function schedulePush(document: TextDocument, delay: number) {
  clearTimeout(pushTimers.get(document.uri))
  pushTimers.set(
    document.uri,
    setTimeout(() => {
      pushTimers.delete(document.uri)
      void pushDiagnostics(document)
    }, delay)
  )
}

documents.onDidOpen(({document}) => {
  opening.add(document.uri)
  if (!canPull) schedulePush(document, 0)
})

documents.onDidChangeContent(({document}) => {
  if (opening.delete(document.uri)) return
  savedReports.delete(document.uri)
  if (!canPull) {
    void settingsFor(document.uri).then((settings) => {
      if (settings.run === 'onType') schedulePush(document, 0)
    })
  }
})

documents.onDidSave(({document}) => {
  void settingsFor(document.uri).then((settings) => {
    if (settings.run !== 'onSave') return
    savedReports.delete(document.uri)
    if (canPull) connection.languages.diagnostics.refresh().catch(() => undefined)
    else schedulePush(document, 0)
  })
})

documents.onDidClose(({document}) => {
  clearTimeout(pushTimers.get(document.uri))
  analyses.delete(document.uri)
  partCaches.delete(document.uri)
  savedReports.delete(document.uri)
  if (!canPull) void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
  wakeWorkspace?.()
})

connection.onHover(async ({textDocument, position}) => {
  const found = await briefingOf(textDocument.uri)
  return found ? hover(found.briefing, found.document, position, found.index) : null
})

connection.onDefinition(async ({textDocument, position}) => {
  const found = await briefingOf(textDocument.uri)
  if (!found) return []
  const local = definition(found.briefing, found.document, position)
  return local.length > 0 ? local : entityDefinition(found.briefing, found.index, found.document.offsetAt(position))
})

connection.onReferences(async ({textDocument, position, context}) => {
  const found = await briefingOf(textDocument.uri)
  if (!found) return []
  const sources = references(found.briefing, found.document, position, context.includeDeclaration)
  if (sources.length > 0) return sources
  const mention = mentionAt(found.briefing, found.index, found.document.offsetAt(position))
  if (!mention?.entityId) return []
  const locations = entityReferences(mention.entityId, found.index, await workspaceBriefings())
  const declaration = context.includeDeclaration ? entityLocation(found.index, mention.entityId) : undefined
  return declaration ? [declaration, ...locations] : locations
})

connection.onDocumentHighlight(async ({textDocument, position}) => {
  const found = await briefingOf(textDocument.uri)
  return found ? entityHighlights(found.briefing, found.index, found.document, position) : []
})

connection.languages.semanticTokens.on(async ({textDocument}) => {
  const found = await briefingOf(textDocument.uri)
  return {data: found ? semanticTokens(found.briefing, found.index, found.document) : []}
})

connection.onWorkspaceSymbol(async ({query}) => entitySymbols(await entities(), query))

/** Every briefing of the workspace: open ones as edited, the rest as saved. */
async function workspaceBriefings(): Promise<WorkspaceBriefing[]> {
  const found: WorkspaceBriefing[] = []
  const seen = new Set<string>()
  for (const document of documents.all()) {
    const settings = await settingsFor(document.uri)
    if (!shouldLint(document.uri, settings, document.languageId)) continue
    seen.add(document.uri)
    const result = await analyse(document, settings)
    if (result) found.push({document, briefing: result.briefing})
  }
  for (const folder of workspaceFolders) {
    const settings = await settingsFor(pathToFileURL(folder).href)
    for (const path of listBriefings(folder, settings.lintMarkdown)) {
      const uri = pathToFileURL(path).href
      if (seen.has(uri)) continue
      try {
        const document = TextDocument.create(uri, 'briefing', 0, readFileSync(path, 'utf8'))
        found.push({document, briefing: parseBriefing(document.getText())})
      } catch {
        // A file that vanished or cannot be read has no references to give.
      }
    }
  }
  return found
}

connection.onDocumentSymbol(async ({textDocument}) => {
  const found = await briefingOf(textDocument.uri)
  return found ? documentSymbols(found.briefing, found.document) : []
})

connection.onCodeLens(async ({textDocument}) => {
  const found = await briefingOf(textDocument.uri)
  return found ? sectionLenses(found.briefing, found.document) : []
})

connection.onFoldingRanges(async ({textDocument}) => {
  const found = await briefingOf(textDocument.uri)
  return found ? foldingRanges(found.briefing, found.document) : []
})

connection.onCompletion(async ({textDocument, position}) => {
  const found = await briefingOf(textDocument.uri)
  if (!found) return []
  const keys = completeSourceKeys(found.briefing, found.document, position)
  return keys.length > 0 ? keys : completeEntityNames(found.index, found.document, position)
})

connection.onCodeAction(async ({textDocument, context}) => {
  const found = await briefingOf(textDocument.uri)
  if (!found) return []
  const actions = codeActions(found.briefing, found.document, context.diagnostics)
  const folder = workspaceFolders.find((candidate) => textDocument.uri.startsWith(pathToFileURL(candidate).href))
  if (folder) actions.unshift(...addPersonActions(folder, found.document, context.diagnostics, found.index, briefingDate(found.briefing)))
  return actions
})

/** Counts for the status bar: "12 claims · 3 unsourced · 1 vague". */
connection.onRequest('brieflint/stats', async ({uri}: {uri: string}) => {
  const found = await briefingOf(uri)
  return found ? analyseClaims(found.briefing).counts : null
})

/** Linked names and who they are, for the Markdown preview. */
connection.onRequest('brieflint/mentions', async ({uri}: {uri: string}) => {
  const found = await briefingOf(uri)
  if (!found) return []
  const date = briefingDate(found.briefing)
  const seen = new Map<string, string>()
  for (const mention of findMentions(found.briefing, found.index)) {
    const entity = mention.entityId ? found.index.entities.get(mention.entityId) : undefined
    if (!entity || seen.has(mention.surface)) continue
    const role = found.index.rolesOn(entity, date)[0]
    seen.set(mention.surface, `${entity.name}${role ? `, ${found.index.roleTitle(role)}` : entity.description ? `: ${entity.description}` : ''}`)
  }
  return [...seen].map(([surface, title]) => ({surface, title}))
})

process.on('uncaughtException', (error) => connection.console.error(`Unexpected error: ${error.stack ?? String(error)}`))
process.on('unhandledRejection', (error) => connection.console.error(`Unexpected rejection: ${String(error)}`))

documents.listen(connection)
connection.listen()
