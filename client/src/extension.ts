import {commands, languages, Position, Selection, SnippetString, StatusBarAlignment, TabInputWebview, Uri, window, workspace, type ExtensionContext, type LogOutputChannel, type StatusBarItem} from 'vscode'
import {CloseAction, ErrorAction, LanguageClient, State, TransportKind, type ErrorHandler, type ServerOptions} from 'vscode-languageclient/node'
import {BUNDLED_ENTITY_SCHEME, COMMANDS, LANGUAGE_ID, LinkedNamesRequest, SETTINGS_SECTION, ClaimCountsRequest, SOURCES_VIEW, SourcesOutlineRequest} from '../../shared/protocol.js'
import {briefingPreview, type MarkdownIt} from './preview.js'
import {askServer} from './requests.js'
import {documentSelector} from './selector.js'
import {SourcesView} from './sources-view.js'

let client: LanguageClient | undefined
let output: LogOutputChannel

/** Names the server linked in each open briefing, for the Markdown preview, which renders synchronously. */
const linkedNames = new Map<string, Map<string, string>>()

function extendMarkdownIt(md: MarkdownIt): MarkdownIt {
  return briefingPreview(md, {
    documentOf: (env) => (env as {currentDocument?: Uri} | undefined)?.currentDocument?.toString(),
    problems: (document) =>
      languages
        .getDiagnostics(Uri.parse(document))
        .filter((item) => item.source === 'brieflint')
        .map((item) => ({line: item.range.start.line, code: String(typeof item.code === 'object' ? item.code.value : item.code), message: item.message})),
    names: (document) => linkedNames.get(document) ?? new Map()
  })
}

export async function activate(context: ExtensionContext): Promise<{extendMarkdownIt: typeof extendMarkdownIt}> {
  output = window.createOutputChannel('Brieflint', {log: true})
  const status = window.createStatusBarItem('brieflint.status', StatusBarAlignment.Right, 100)
  status.name = 'Brieflint'
  const sources = new SourcesView()
  const sourcesView = window.createTreeView(SOURCES_VIEW, {treeDataProvider: sources})
  const refresh = () => {
    void showStatus(status)
    // The outline of a large briefing is big: asked for only while someone can see it.
    if (sourcesView.visible) void showSources(sources)
  }

  context.subscriptions.push(
    output,
    status,
    sources,
    sourcesView,
    sourcesView.onDidChangeVisibility(({visible}) => (visible ? void showSources(sources) : undefined)),
    // Go to Definition on a name from the bundled list opens its entry read-only: the installed extension is no place for edits.
    workspace.registerTextDocumentContentProvider(BUNDLED_ENTITY_SCHEME, {
      provideTextDocumentContent: async (uri) => new TextDecoder().decode(await workspace.fs.readFile(Uri.joinPath(context.extensionUri, 'server/data/entities', uri.path.split('/').pop()!)))
    }),
    window.onDidChangeActiveTextEditor(refresh),
    languages.onDidChangeDiagnostics(refresh),
    languages.onDidChangeDiagnostics(({uris}) => void refreshPreview(uris)),
    // Entity files listed in brieflint.entityFiles are synced to the server: a new list needs a new client.
    workspace.onDidChangeConfiguration((event) => (event.affectsConfiguration(`${SETTINGS_SECTION}.entityFiles`) ? void startClient(context, refresh) : undefined)),
    commands.registerCommand(COMMANDS.restartServer, () => client?.restart()),
    commands.registerCommand(COMMANDS.showOutput, () => output.show(true)),
    commands.registerCommand(COMMANDS.newBriefing, newBriefing),
    // VS Code offers its own preview commands for Markdown only; a briefing is previewed by the same preview.
    commands.registerCommand(COMMANDS.showPreview, (uri?: Uri) => commands.executeCommand('markdown.showPreview', uri ?? window.activeTextEditor?.document.uri)),
    commands.registerCommand(COMMANDS.showPreviewToSide, (uri?: Uri) => commands.executeCommand('markdown.showPreviewToSide', uri ?? window.activeTextEditor?.document.uri)),
    commands.registerCommand(COMMANDS.showEntry, showEntry)
  )
  refresh()
  await startClient(context, refresh)
  return {extendMarkdownIt}
}

/** Starts the language server, replacing a running one. */
async function startClient(context: ExtensionContext, onStateChange: () => void): Promise<void> {
  const module = context.asAbsolutePath('server/out/server.js')
  // --expose-gc lets the server hand memory back after a burst of edits (see service/analyses.ts).
  const serverOptions: ServerOptions = {
    run: {module, transport: TransportKind.ipc, options: {execArgv: ['--expose-gc']}},
    debug: {module, transport: TransportKind.ipc, options: {execArgv: ['--expose-gc', '--nolazy', '--inspect=6009']}}
  }
  const folders = (workspace.workspaceFolders ?? []).map((folder) => ({folder: folder.uri.fsPath, entityFiles: workspace.getConfiguration(SETTINGS_SECTION, folder.uri).get<unknown>('entityFiles', [])}))
  const previous = client
  // The server registers the file watchers it needs; the client only says which documents and settings it syncs.
  client = new LanguageClient('brieflint', 'Brieflint', serverOptions, {
    documentSelector: documentSelector(folders),
    synchronize: {configurationSection: SETTINGS_SECTION},
    diagnosticPullOptions: {onChange: true, onSave: true},
    outputChannel: output,
    traceOutputChannel: output,
    errorHandler: restartingErrorHandler(() => output.show(true))
  })
  context.subscriptions.push(client.onDidChangeState(onStateChange))
  await previous?.stop()
  await client.start()
}

async function newBriefing(): Promise<void> {
  const document = await workspace.openTextDocument({language: LANGUAGE_ID})
  const editor = await window.showTextDocument(document)
  const snippet = (await import('../../snippets/briefing.json'))['New briefing'].body.join('\n')
  await editor.insertSnippet(new SnippetString(snippet))
}

/**
 * Keeps the names linked in briefings at hand for the Markdown preview, and renders an open preview
 * again: its marks come from the diagnostics, which arrive after the text it last rendered.
 */
async function refreshPreview(uris: readonly Uri[]): Promise<void> {
  let changed = false
  for (const uri of uris) {
    const document = workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString())
    if (document?.languageId !== LANGUAGE_ID || client?.state !== State.Running) continue
    const names = await askServer(client, LinkedNamesRequest, {uri: uri.toString()}, [], output)
    linkedNames.set(uri.toString(), new Map(names.map(({surface, title}) => [surface, title])))
    changed = true
  }
  const previewOpen = window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof TabInputWebview && tab.input.viewType.endsWith('markdown.preview')))
  if (changed && previewOpen) await commands.executeCommand('markdown.preview.refresh')
}

const RESTART_WINDOW_MS = 3 * 60_000
const MAX_RESTARTS = 5

/** Restarts a server that stopped, says so, and gives up after five stops in three minutes. */
function restartingErrorHandler(showLog: () => void): ErrorHandler {
  const stops: number[] = []
  const offerLog = (choice: string | undefined) => (choice === 'Show log' ? showLog() : undefined)
  return {
    error: () => ({action: ErrorAction.Continue}),
    closed: () => {
      const now = Date.now()
      stops.push(now)
      while (stops.length > 0 && stops[0]! < now - RESTART_WINDOW_MS) stops.shift()
      if (stops.length > MAX_RESTARTS) {
        void window.showErrorMessage(`The Brieflint server stopped ${MAX_RESTARTS} times in three minutes and will not be restarted. Use "Brieflint: Restart server" after checking the log.`, 'Show log').then(offerLog)
        return {action: CloseAction.DoNotRestart, handled: true}
      }
      void window.showWarningMessage('The Brieflint server stopped unexpectedly and has been restarted.', 'Show log').then(offerLog)
      return {action: CloseAction.Restart, handled: true}
    }
  }
}

/** The active briefing, if the editor has one and the server runs. */
function activeBriefing(): Uri | undefined {
  const document = window.activeTextEditor?.document
  return document && client?.state === State.Running ? document.uri : undefined
}

/** Opens an entity file at the entry a quick fix just added, so the user sees it and can save it. */
async function showEntry(uri: string, position: {line: number; character: number}): Promise<void> {
  const cursor = new Position(position.line, position.character)
  await window.showTextDocument(Uri.parse(uri), {selection: new Selection(cursor, cursor), preview: false})
}

async function showStatus(status: StatusBarItem): Promise<void> {
  const state = client?.state
  if (state !== State.Running) {
    status.text = state === State.Starting ? '$(sync~spin) Brieflint' : '$(error) Brieflint'
    status.tooltip = 'The Brieflint server is not running. Click for the log.'
    status.command = COMMANDS.showOutput
    status.show()
    return
  }
  const uri = activeBriefing()
  const stats = uri ? await askServer(client!, ClaimCountsRequest, {uri: uri.toString()}, null, output) : null
  status.text = stats ? `$(checklist) ${stats.claims} ${stats.claims === 1 ? 'claim' : 'claims'} · ${stats.unsourced} unsourced · ${stats.vague} vague` : '$(checklist) Brieflint'
  status.tooltip = stats ? 'Claims in this briefing, and how many lack a source. Click for its sources.' : 'Brieflint is running. Click for the sources of the active briefing.'
  status.command = COMMANDS.focusSources
  status.show()
}

let outlineRequests = 0

/** The Sources view follows the active briefing, and its text as it is typed (each new analysis brings new diagnostics). */
async function showSources(view: SourcesView): Promise<void> {
  const request = ++outlineRequests
  const uri = activeBriefing()
  const outline = uri ? await askServer(client!, SourcesOutlineRequest, {uri: uri.toString()}, null, output) : null
  // An answer overtaken by a later request would show an older text.
  if (request === outlineRequests) view.show(uri, outline)
}

export async function deactivate(): Promise<void> {
  await client?.stop()
}
