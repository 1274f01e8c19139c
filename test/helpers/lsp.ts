import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection
} from 'vscode-languageserver-protocol/node'
import {
  ConfigurationRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ResponseError,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type LogMessageParams,
  type PublishDiagnosticsParams,
  type Registration,
  type TextDocumentContentChangeEvent
} from 'vscode-languageserver-protocol'

export const SERVER = resolve(import.meta.dirname, '../../server/out/server.js')

export interface ClientOptions {
  /** Declare pull-diagnostics support, as VS Code does; false behaves like an older editor. */
  pull?: boolean
  /** Answers to `workspace/configuration` for the `brieflint` section. */
  settings?: Record<string, unknown>
  /** Answer `workspace/configuration` with an error, as an editor in trouble might. */
  failSettings?: boolean
  workspaceFolder?: string
  workspaceFolders?: string[]
}

/** A minimal LSP client speaking to a spawned server over stdio, the way an editor does. */
export class LspClient {
  readonly process: ChildProcessWithoutNullStreams
  readonly connection: ProtocolConnection
  readonly published: PublishDiagnosticsParams[] = []
  /** What the server registered dynamically (file watchers). */
  readonly registrations: Registration[] = []
  /** What the server logged (`window/logMessage`). */
  readonly logs: LogMessageParams[] = []
  /** How many times the server asked the editor to pull diagnostics again. */
  refreshes = 0
  stderr = ''
  private waiters: (() => void)[] = []

  constructor(private readonly options: ClientOptions = {}) {
    this.process = spawn(process.execPath, [SERVER, '--stdio'], {stdio: 'pipe'})
    this.process.stderr.on('data', (chunk) => (this.stderr += String(chunk)))
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin))
    this.connection.onRequest(ConfigurationRequest.type, (params) => {
      if (this.options.failSettings) throw new ResponseError(-32603, 'the editor could not read its settings')
      return params.items.map(() => this.options.settings ?? null)
    })
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.record(() => this.published.push(params))
    })
    this.connection.onNotification(LogMessageNotification.type, (params) => {
      this.record(() => this.logs.push(params))
    })
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.record(() => this.refreshes++)
      return null
    })
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      this.record(() => this.registrations.push(...params.registrations))
    })
    this.connection.listen()
  }

  private record(change: () => void) {
    change()
    for (const wake of this.waiters.splice(0)) wake()
  }

  static async start(options: ClientOptions = {}): Promise<LspClient> {
    const client = new LspClient(options)
    const folders = options.workspaceFolders ?? (options.workspaceFolder ? [options.workspaceFolder] : [])
    await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folders[0] ? pathToFileURL(folders[0]).href : null,
      workspaceFolders: folders.length > 0 ? folders.map((folder, index) => ({uri: pathToFileURL(folder).href, name: `folder-${index}`})) : null,
      capabilities: {
        workspace: {configuration: true, workspaceFolders: true, diagnostics: {refreshSupport: true}, didChangeWatchedFiles: {dynamicRegistration: true, relativePatternSupport: true}},
        textDocument: {
          ...(options.pull === false ? {} : {diagnostic: {dynamicRegistration: false, relatedDocumentSupport: false}}),
          publishDiagnostics: {versionSupport: true, codeDescriptionSupport: true, dataSupport: true},
          hover: {contentFormat: ['markdown', 'plaintext']},
          documentSymbol: {hierarchicalDocumentSymbolSupport: true}
        }
      }
    })
    await client.connection.sendNotification(InitializedNotification.type, {})
    return client
  }

  get alive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null
  }

  async open(uri: string, text: string, languageId = 'briefing', version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId, version, text}})
  }

  async change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges})
  }

  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const report: DocumentDiagnosticReport = await this.connection.sendRequest(DocumentDiagnosticRequest.type, {textDocument: {uri}})
    if (report.kind !== 'full') throw new Error(`expected a full report, got ${report.kind}`)
    return report.items
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>
  }

  /**
   * A request the server answers after everything sent before it: once it returns, whatever those
   * messages made the server send has arrived. This proves that something did not happen, without a sleep.
   */
  async roundTrip(): Promise<void> {
    await this.connection.sendRequest('textDocument/foldingRange', {textDocument: {uri: 'file:///round-trip.brief.md'}})
  }

  /** Resolves once the server has sent something that makes `found` return a value. */
  async until<T>(found: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const value = found()
      if (value !== undefined) return value
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; stderr: ${this.stderr}`)
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve)
        setTimeout(resolve, 200)
      })
    }
  }

  /** Resolves once a publishDiagnostics for `uri` satisfies `accept`. */
  waitForPublished(uri: string, accept: (params: PublishDiagnosticsParams) => boolean, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    return this.until(() => this.published.find((params) => params.uri === uri && accept(params)), `diagnostics published for ${uri}`, timeoutMs)
  }

  async stop(): Promise<void> {
    if (this.alive) {
      const exited = new Promise((resolve) => this.process.once('exit', resolve))
      try {
        await this.connection.sendRequest('shutdown')
        await this.connection.sendNotification('exit')
      } catch {
        // The server may already be gone; the kill below makes sure.
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000))])
    }
    this.connection.dispose()
    if (this.alive) this.process.kill()
  }
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href
}
