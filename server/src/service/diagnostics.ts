import {pathToFileURL} from 'node:url'
import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type PublishDiagnosticsParams,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {readConfigFile} from '../configuration/file.js'
import {fileDiagnostics, toDiagnostic} from '../features/diagnostics.js'
import {isBriefingPath} from '../workspace/briefing-files.js'
import {readBriefing} from '../workspace/files.js'
import {readEntityFile} from '../workspace/entity-files.js'
import {LANGUAGE_ID} from '../../../shared/protocol.js'
import {OTHER_CODES} from './codes.js'
import {tooLarge} from './analyses.js'
import {analysisOf, isConfigFile, shouldLint, type ServiceContext} from './briefings.js'
import {pathOf} from './configurations.js'

/** How the editor gets diagnostics: it pulls them (and is told to pull again), or the service pushes them. */
export type DiagnosticsMode = {pull: true; refresh(): void} | {pull: false; publish(params: PublishDiagnosticsParams): void}

/** Diagnostics of open documents and of the workspace's other briefings, pulled or pushed. */
export class Diagnostics {
  /** With `brieflint.run` = onSave, the report of the last saved version, kept through edits until the next save. */
  private readonly savedReports = new Map<string, {resultId: string; items: Diagnostic[]}>()
  private readonly pushTimers = new Map<string, NodeJS.Immediate>()
  /** The last full report pulled for each open document, and the text it was for. */
  private readonly lastReports = new Map<string, {resultId: string; text: string}>()
  /** Workspace pulls waiting for something to change. */
  private readonly waiting = new Set<() => void>()

  constructor(
    private readonly context: ServiceContext,
    private readonly mode: DiagnosticsMode
  ) {}

  /** Every result may have changed: the editor asks again, and a waiting workspace pull answers. */
  invalidate() {
    this.savedReports.clear()
    this.wakeWorkspace()
    if (this.mode.pull) this.mode.refresh()
    else for (const document of this.context.documents.values()) this.schedulePush(document.uri)
  }

  /** A briefing that is not open changed on disk: only the workspace pull needs to look again. */
  wakeWorkspace() {
    for (const wake of [...this.waiting]) wake()
  }

  opened(uri: string) {
    if (!this.mode.pull) this.schedulePush(uri)
  }

  async changed(uri: string) {
    if (this.mode.pull) return
    const settings = await this.context.configurations.settingsFor(uri)
    if (settings.run === 'onType') this.schedulePush(uri)
  }

  async saved(uri: string) {
    const settings = await this.context.configurations.settingsFor(uri)
    if (settings.run !== 'onSave') return
    this.savedReports.delete(uri)
    if (this.mode.pull) this.mode.refresh()
    else this.schedulePush(uri)
  }

  closed(uri: string) {
    clearImmediate(this.pushTimers.get(uri))
    this.lastReports.delete(uri)
    this.savedReports.delete(uri)
    if (!this.mode.pull) this.mode.publish({uri, diagnostics: []})
    this.wakeWorkspace()
  }

  /** A pulled report for an open document; a version the editor has moved past is refused, and the editor asks again. */
  async document(uri: string, previousResultId: string | undefined, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const document = this.context.documents.get(uri)
    if (!document) return {kind: DocumentDiagnosticReportKind.Full, items: []}
    const settings = await this.context.configurations.settingsFor(uri)
    const own = await this.dataFileDiagnostics(document)
    if (own) return {kind: DocumentDiagnosticReportKind.Full, items: own}
    if (!shouldLint(uri, settings, document.languageId)) return {kind: DocumentDiagnosticReportKind.Full, items: []}
    const saved = this.savedReports.get(uri)
    if (settings.run === 'onSave' && saved) {
      return previousResultId === saved.resultId
        ? {kind: DocumentDiagnosticReportKind.Unchanged, resultId: saved.resultId}
        : {kind: DocumentDiagnosticReportKind.Full, resultId: saved.resultId, items: saved.items}
    }
    const version = document.version
    const resultId = `${version}:${this.context.analyses.generation}`
    // Asked again (a refresh for another document, the editor regaining focus) with nothing changed: nothing to resend.
    const last = this.lastReports.get(uri)
    if (previousResultId === resultId && last?.resultId === resultId && last.text === document.getText()) return {kind: DocumentDiagnosticReportKind.Unchanged, resultId}
    const analysis = token.isCancellationRequested ? undefined : analysisOf(this.context, document)
    const firstLook = analysis && this.context.analyses.firstLook(uri, version)
    // A large document seen for the first time: its start is reported at once, the whole when it is done.
    const result = await (firstLook ? Promise.race([analysis, firstLook.then((look) => look ?? analysis)]) : analysis)
    if (!result || this.context.documents.get(uri)?.version !== version) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed', {retriggerRequest: true})
    const items = result.messages.map((message) => toDiagnostic(message, document))
    if (result.briefing.analysedTo !== undefined) {
      void analysis!.then((whole) => whole && this.mode.pull && this.mode.refresh())
      return {kind: DocumentDiagnosticReportKind.Full, resultId: `${resultId}:first-look`, items}
    }
    if (settings.run === 'onSave') this.savedReports.set(uri, {resultId, items})
    this.lastReports.set(uri, {resultId, text: result.briefing.text})
    return {kind: DocumentDiagnosticReportKind.Full, resultId, items}
  }

  /** Problems in an open configuration or entity file; undefined for other documents. */
  private async dataFileDiagnostics(document: TextDocument): Promise<Diagnostic[] | undefined> {
    const path = pathOf(document.uri) ?? document.uri
    if (await this.context.configurations.isEntityFile(document.uri)) {
      const {problems} = readEntityFile(path, document.getText())
      return fileDiagnostics(problems.map((problem) => ({...problem, message: `${problem.message}.`, severity: 'error'})), document, OTHER_CODES.entityFile.code, 'Brieflint uses the valid entries of this file and the bundled list meanwhile.')
    }
    if (isConfigFile(document.uri)) {
      const {problems} = readConfigFile(path, document.getText(), this.context.rules)
      return fileDiagnostics(problems, document, OTHER_CODES.configuration.code, 'The rest of the file, and the defaults, still apply.')
    }
    return undefined
  }

  /**
   * Reports for the workspace's briefings that are not open. When nothing changed since the
   * editor's last pull, the request is held until something does, rather than answered at once
   * and asked again in a loop.
   */
  async workspace(previousResultIds: {uri: string; value: string}[], token: CancellationToken): Promise<WorkspaceDiagnosticReport> {
    const previous = new Map(previousResultIds.map((entry) => [entry.uri, entry.value]))
    for (;;) {
      const items = await this.workspaceReports(previous, token)
      if (token.isCancellationRequested) return {items: []}
      if (previous.size === 0 || items.some((item) => item.kind === DocumentDiagnosticReportKind.Full)) return {items}
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.waiting.delete(wake)
          resolve()
        }
        this.waiting.add(wake)
        token.onCancellationRequested(wake)
      })
      if (token.isCancellationRequested) return {items: []}
    }
  }

  private async workspaceReports(previous: Map<string, string>, token: CancellationToken): Promise<WorkspaceDocumentDiagnosticReport[]> {
    const {workspace, configurations} = this.context
    const reports: WorkspaceDocumentDiagnosticReport[] = []
    for (const folder of workspace.folders) {
      const folderSettings = await configurations.settingsFor(pathToFileURL(folder).href)
      if (!folderSettings.enable) continue
      for (const path of workspace.list(folder, (name) => isBriefingPath(name, folderSettings.lintMarkdown))) {
        if (token.isCancellationRequested) return reports
        const uri = pathToFileURL(path).href
        if (this.context.documents.has(uri)) continue
        const report = await this.fileReport(path, uri, previous.get(uri), token)
        if (report) reports.push(report)
      }
    }
    return reports
  }

  private async fileReport(path: string, uri: string, previousResultId: string | undefined, token: CancellationToken): Promise<WorkspaceDocumentDiagnosticReport | undefined> {
    const {workspace, configurations, analyses} = this.context
    const stat = workspace.stat(path)
    if (!stat) return undefined
    const resultId = `${stat.mtimeMs}:${stat.size}:${analyses.generation}`
    if (resultId === previousResultId) return {kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId}
    const settings = await configurations.settingsFor(uri)
    const read = readBriefing(workspace, path, settings.maxFileSize)
    if (!read) return {kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId, items: []}
    // Said in the Problems panel, as for an open file, so a large briefing is not silently clean.
    const document = TextDocument.create(uri, LANGUAGE_ID, 0, 'text' in read ? read.text : '')
    if ('tooLarge' in read) return {kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId, items: [toDiagnostic(tooLarge(read.tooLarge, settings.maxFileSize), document)]}
    const entities = await configurations.entitiesFor(uri)
    const result = await analyses.lintText(read.text, settings, configurations.configFor(uri, settings), entities, () => !token.isCancellationRequested)
    if (!result) return undefined
    return {kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId, items: result.messages.map((message) => toDiagnostic(message, document))}
  }

  /**
   * Pushes a document's diagnostics on the next turn: edits arriving together are answered once, for
   * the latest. The protocol library takes in one queued message per turn, and queues the turn for the
   * next message before `changed` (which first awaits the settings) schedules this push; so each queued
   * edit is taken in, and clears the push scheduled for the one before it, before that push runs.
   */
  private schedulePush(uri: string) {
    clearImmediate(this.pushTimers.get(uri))
    this.pushTimers.set(
      uri,
      setImmediate(() => {
        this.pushTimers.delete(uri)
        void this.push(uri)
      })
    )
  }

  private async push(uri: string) {
    if (this.mode.pull) return
    const {publish} = this.mode
    const document = this.context.documents.get(uri)
    if (!document) return
    const own = await this.dataFileDiagnostics(document)
    const settings = await this.context.configurations.settingsFor(uri)
    let diagnostics = own ?? []
    if (!own && shouldLint(uri, settings, document.languageId)) {
      const analysis = analysisOf(this.context, document)
      void this.context.analyses.firstLook(uri, document.version)?.then((look) => {
        if (look && this.context.documents.get(uri)?.version === document.version) publish({uri, version: document.version, diagnostics: look.messages.map((message) => toDiagnostic(message, document))})
      })
      const result = await analysis
      // An edit came in meanwhile: its own push follows.
      if (!result) return
      diagnostics = result.messages.map((message) => toDiagnostic(message, document))
    }
    if (this.context.documents.get(uri)?.version !== document.version) return
    publish({uri, version: document.version, diagnostics})
  }
}
