import {commands, languages, Position, Selection, SnippetString, StatusBarAlignment, Uri, window, workspace, type ExtensionContext, type StatusBarItem} from 'vscode'
import {CloseAction, ErrorAction, LanguageClient, State, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node'
import {briefingPreview, type MarkdownIt} from './preview.js'

interface Stats {
  claims: number
  unsourced: number
  vague: number
}

let client: LanguageClient | undefined

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
  const output = window.createOutputChannel('Brieflint', {log: true})
  const module = context.asAbsolutePath('server/out/server.js')
  // --expose-gc lets the server hand memory back after a burst of edits (see collectWhenQuiet).
  const serverOptions: ServerOptions = {
    run: {module, transport: TransportKind.ipc, options: {execArgv: ['--expose-gc']}},
    debug: {module, transport: TransportKind.ipc, options: {execArgv: ['--expose-gc', '--nolazy', '--inspect=6009']}}
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{language: 'briefing'}, {language: 'markdown', scheme: 'file'}, {scheme: 'file', pattern: '**/.brieflint/entities.{yaml,yml,json}'}, {scheme: 'file', pattern: '**/.brieflintrc{,.json,.yaml,.yml}'}],
    synchronize: {
      configurationSection: 'brieflint',
      fileEvents: workspace.createFileSystemWatcher('**/{.brieflintrc,.brieflintrc.json,.brieflintrc.yaml,.brieflintrc.yml,*.brief.md,*.briefing,entities.yaml,entities.yml,entities.json}')
    },
    diagnosticPullOptions: {onChange: true, onSave: true},
    outputChannel: output,
    traceOutputChannel: output,
    errorHandler: restartingErrorHandler(() => output.show(true))
  }
  client = new LanguageClient('brieflint', 'Brieflint', serverOptions, clientOptions)

  const status = window.createStatusBarItem('brieflint.status', StatusBarAlignment.Right, 100)
  status.name = 'Brieflint'
  status.command = 'brieflint.showOutput'
  const refresh = () => void showStatus(status)

  context.subscriptions.push(
    output,
    status,
    client.onDidChangeState(refresh),
    window.onDidChangeActiveTextEditor(refresh),
    languages.onDidChangeDiagnostics(refresh),
    languages.onDidChangeDiagnostics(({uris}) => void refreshLinkedNames(uris)),
    commands.registerCommand('brieflint.restartServer', () => client?.restart()),
    commands.registerCommand('brieflint.showOutput', () => output.show(true)),
    commands.registerCommand('brieflint.completeCitation', completeCitation),
    commands.registerCommand('brieflint.newBriefing', newBriefing)
  )
  refresh()
  await client.start()
  return {extendMarkdownIt}
}

async function newBriefing(): Promise<void> {
  const document = await workspace.openTextDocument({language: 'briefing'})
  const editor = await window.showTextDocument(document)
  const snippet = (await import('../../snippets/briefing.json'))['New briefing'].body.join('\n')
  await editor.insertSnippet(new SnippetString(snippet))
}

/** Keeps the names linked in briefings at hand for the Markdown preview. */
async function refreshLinkedNames(uris: readonly Uri[]): Promise<void> {
  if (client?.state !== State.Running) return
  for (const uri of uris) {
    const document = workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString())
    if (document?.languageId !== 'briefing') continue
    const names = await client.sendRequest<{surface: string; title: string}[]>('brieflint/mentions', {uri: uri.toString()}).catch(() => [])
    linkedNames.set(uri.toString(), new Map(names.map(({surface, title}) => [surface, title])))
  }
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

/** After the "Add citation" fix inserted `[@]`, put the cursor inside and offer the source keys. */
async function completeCitation(uri: string, position: {line: number; character: number}): Promise<void> {
  const editor = window.visibleTextEditors.find((candidate) => candidate.document.uri.toString() === Uri.parse(uri).toString())
  if (!editor) return
  const cursor = new Position(position.line, position.character)
  editor.selection = new Selection(cursor, cursor)
  await commands.executeCommand('editor.action.triggerSuggest')
}

async function showStatus(status: StatusBarItem): Promise<void> {
  const state = client?.state
  if (state !== State.Running) {
    status.text = state === State.Starting ? '$(sync~spin) Brieflint' : '$(error) Brieflint'
    status.tooltip = 'The Brieflint server is not running. Click for the log.'
    status.show()
    return
  }
  const document = window.activeTextEditor?.document
  const stats = document ? await client!.sendRequest<Stats | null>('brieflint/stats', {uri: document.uri.toString()}).catch(() => null) : null
  status.text = stats ? `$(checklist) ${stats.claims} claims · ${stats.unsourced} unsourced · ${stats.vague} vague` : '$(checklist) Brieflint'
  status.tooltip = stats ? 'Claims in this briefing, and how many lack a source. Click for the log.' : 'Brieflint is running. Click for the log.'
  status.show()
}

export async function deactivate(): Promise<void> {
  await client?.stop()
}
