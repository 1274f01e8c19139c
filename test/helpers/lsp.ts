import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import {resolve} from 'node:path'
import {PassThrough} from 'node:stream'
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
  type InitializeResult,
  type DocumentDiagnosticReport,
  type LogMessageParams,
  type PublishDiagnosticsParams,
  type Registration,
  type TextDocumentContentChangeEvent
} from 'vscode-languageserver-protocol'

import {CHILD_ENV} from './child-env.js'

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
  /** Whether the client takes watchers relative to a folder (VS Code does); true unless false. */
  relativePatterns?: boolean
  /** Whether the client applies snippets in workspace edits (VS Code does); true unless false. */
  snippetEdits?: boolean
}

/** How the client reaches its server: a spawned process, or the server's code in this process. */
interface Transport {
  reader: StreamMessageReader
  writer: StreamMessageWriter
  process?: ChildProcessWithoutNullStreams
  close(): void
}

/** The bundled server, spawned and spoken to over stdio, the way an editor does. */
function spawned(client: {stderr: string}): Transport {
  const child = spawn(process.execPath, [SERVER, '--stdio'], {stdio: 'pipe', env: CHILD_ENV})
  child.stderr.on('data', (chunk) => (client.stderr += String(chunk)))
  return {reader: new StreamMessageReader(child.stdout), writer: new StreamMessageWriter(child.stdin), process: child, close: () => child.kill()}
}

/** The server's own code (server/src/server.ts), in this process, over a pair of in-memory pipes. */
async function inProcess(): Promise<Transport> {
  const {serve} = await import('../../server/src/server.js')
  const {createConnection, ProposedFeatures} = await import('vscode-languageserver/node')
  const up = new PassThrough()
  const down = new PassThrough()
  const server = createConnection(ProposedFeatures.all, new StreamMessageReader(up), new StreamMessageWriter(down))
  serve(server)
  return {reader: new StreamMessageReader(down), writer: new StreamMessageWriter(up), close: () => server.dispose()}
}

/** A minimal LSP client, speaking to a server as an editor does. */
export class LspClient {
  readonly connection: ProtocolConnection
  readonly published: PublishDiagnosticsParams[] = []
  /** What the server registered dynamically (file watchers). */
  readonly registrations: Registration[] = []
  /** What the server logged (`window/logMessage`). */
  readonly logs: LogMessageParams[] = []
  /** The server's answer to `initialize`. */
  initialized!: InitializeResult
  /** How many times the server asked the editor to pull diagnostics again. */
  refreshes = 0
  stderr = ''
  private waiters: (() => void)[] = []
  private transport!: Transport

  private constructor(private readonly options: ClientOptions, transport: (client: LspClient) => Transport) {
    this.transport = transport(this)
    this.connection = createProtocolConnection(this.transport.reader, this.transport.writer)
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

  /** Spawns the bundled server (server/out/server.js) and initializes it. */
  static start(options: ClientOptions = {}): Promise<LspClient> {
    return new LspClient(options, spawned).initialize()
  }

  /** Runs the server's sources in this process, where coverage sees them, and initializes it. */
  static async inProcess(options: ClientOptions = {}): Promise<LspClient> {
    const transport = await inProcess()
    return new LspClient(options, () => transport).initialize()
  }

  get process(): ChildProcessWithoutNullStreams {
    if (!this.transport.process) throw new Error('this server runs in the test process')
    return this.transport.process
  }

  private async initialize(): Promise<LspClient> {
    const client = this
    const options = this.options
    const folders = options.workspaceFolders ?? (options.workspaceFolder ? [options.workspaceFolder] : [])
    client.initialized = await client.connection.sendRequest(InitializeRequest.type, {
      // A server in this process must not watch for its parent's exit: that timer would keep the tests running.
      processId: this.transport.process ? process.pid : null,
      rootUri: folders[0] ? pathToFileURL(folders[0]).href : null,
      workspaceFolders: folders.length > 0 ? folders.map((folder, index) => ({uri: pathToFileURL(folder).href, name: `folder-${index}`})) : null,
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          diagnostics: {refreshSupport: true},
          didChangeWatchedFiles: {dynamicRegistration: true, relativePatternSupport: options.relativePatterns !== false},
          workspaceEdit: {documentChanges: true, snippetEditSupport: options.snippetEdits !== false}
        },
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
    const child = this.transport.process
    return !child || (child.exitCode === null && child.signalCode === null)
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
    if (!this.transport.process) {
      await this.connection.sendRequest('shutdown')
      this.connection.dispose()
      return this.transport.close()
    }
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
