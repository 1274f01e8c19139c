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
  PublishDiagnosticsNotification,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent
} from 'vscode-languageserver-protocol'

export const SERVER = resolve(import.meta.dirname, '../../server/out/server.js')

export interface ClientOptions {
  /** Declare pull-diagnostics support, as VS Code does; false behaves like an older editor. */
  pull?: boolean
  /** Answers to `workspace/configuration` for the `brieflint` section. */
  settings?: Record<string, unknown>
  workspaceFolder?: string
}

/** A minimal LSP client speaking to a spawned server over stdio, the way an editor does. */
export class LspClient {
  readonly process: ChildProcessWithoutNullStreams
  readonly connection: ProtocolConnection
  readonly published: PublishDiagnosticsParams[] = []
  stderr = ''
  private publishWaiters: (() => void)[] = []

  constructor(private readonly options: ClientOptions = {}) {
    this.process = spawn(process.execPath, [SERVER, '--stdio'], {stdio: 'pipe'})
    this.process.stderr.on('data', (chunk) => (this.stderr += String(chunk)))
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin))
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => this.options.settings ?? null))
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params)
      for (const wake of this.publishWaiters.splice(0)) wake()
    })
    this.connection.onRequest('workspace/diagnostic/refresh', () => null)
    this.connection.onRequest('client/registerCapability', () => null)
    this.connection.listen()
  }

  static async start(options: ClientOptions = {}): Promise<LspClient> {
    const client = new LspClient(options)
    const folder = options.workspaceFolder
    await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folder ? pathToFileURL(folder).href : null,
      workspaceFolders: folder ? [{uri: pathToFileURL(folder).href, name: 'workspace'}] : null,
      capabilities: {
        workspace: {configuration: true, diagnostics: {refreshSupport: true}},
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

  /** Resolves once a publishDiagnostics for `uri` satisfies `accept`. */
  async waitForPublished(uri: string, accept: (params: PublishDiagnosticsParams) => boolean, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = this.published.find((params) => params.uri === uri && accept(params))
      if (found) return found
      if (Date.now() > deadline) throw new Error(`no matching diagnostics published for ${uri}; stderr: ${this.stderr}`)
      await new Promise<void>((resolve) => {
        this.publishWaiters.push(resolve)
        setTimeout(resolve, 200)
      })
    }
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
