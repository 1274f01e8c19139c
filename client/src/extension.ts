import {commands, StatusBarAlignment, window, workspace, type ExtensionContext, type StatusBarItem} from 'vscode'
import {LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node'

let client: LanguageClient | undefined

export async function activate(context: ExtensionContext): Promise<void> {
  const output = window.createOutputChannel('Brieflint', {log: true})
  const module = context.asAbsolutePath('server/out/server.js')
  const serverOptions: ServerOptions = {
    run: {module, transport: TransportKind.ipc},
    debug: {module, transport: TransportKind.ipc, options: {execArgv: ['--nolazy', '--inspect=6009']}}
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{language: 'briefing'}, {language: 'markdown', scheme: 'file'}],
    synchronize: {
      configurationSection: 'brieflint',
      fileEvents: workspace.createFileSystemWatcher('**/{.brieflintrc,.brieflintrc.json,.brieflintrc.yaml,.brieflintrc.yml,*.brief.md,*.briefing}')
    },
    diagnosticPullOptions: {onChange: true, onSave: true},
    outputChannel: output,
    traceOutputChannel: output
  }
  client = new LanguageClient('brieflint', 'Brieflint', serverOptions, clientOptions)

  const status = window.createStatusBarItem('brieflint.status', StatusBarAlignment.Right, 100)
  status.name = 'Brieflint'
  status.command = 'brieflint.showOutput'
  showState(status, client.state)
  status.show()

  context.subscriptions.push(
    output,
    status,
    client.onDidChangeState(({newState}) => showState(status, newState)),
    commands.registerCommand('brieflint.restartServer', () => client?.restart()),
    commands.registerCommand('brieflint.showOutput', () => output.show(true))
  )
  await client.start()
}

function showState(status: StatusBarItem, state: State): void {
  const running = state === State.Running
  status.text = running ? '$(checklist) Brieflint' : state === State.Starting ? '$(sync~spin) Brieflint' : '$(error) Brieflint'
  status.tooltip = running ? 'Brieflint is checking briefings. Click for the log.' : 'Brieflint server is not running. Click for the log.'
}

export async function deactivate(): Promise<void> {
  await client?.stop()
}
