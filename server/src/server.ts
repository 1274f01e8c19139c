import {format} from 'node:util'
import {
  CodeActionKind,
  createConnection,
  ErrorCodes,
  ProposedFeatures,
  StreamMessageReader,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult
} from 'vscode-languageserver/node'
import {version} from '../../package.json'
import {ClaimCountsRequest, LinkedNamesRequest, SourcesOutlineRequest} from '../../shared/protocol.js'
import {SEMANTIC_TOKEN_LEGEND} from './features/semantic-tokens.js'
import {FrameWriter} from './frame-writer.js'
import {createLanguageService, type LanguageService} from './service/language-service.js'
import {latestPublications} from './service/publications.js'
import type {Logger} from './service/workspace.js'
import {connectionWorkspace} from './workspace/connection-workspace.js'

/** How long after start-up the server warms up, if no briefing has been opened by then. */
const WARM_UP_AFTER_MS = 300

/** The language server: LSP in, the language service's answers out. Everything else is in ./service. */
export function serve(connection: Connection): {shutDown(): boolean} {
  let service: LanguageService
  // After shutdown nobody reads the log, and the connection may already be gone.
  let running = true
  const logger: Logger = {
    error: (message) => running && connection.console.error(message),
    warn: (message) => running && connection.console.warn(message),
    info: (message) => running && connection.console.info(message)
  }
  connection.onShutdown(() => {
    running = false
  })

  connection.onInitialize((params): InitializeResult => {
    const pull = Boolean(params.capabilities.textDocument?.diagnostic)
    const publish = latestPublications((diagnostics) => connection.sendDiagnostics(diagnostics))
    service = createLanguageService({
      workspace: connectionWorkspace(connection, params, logger),
      logger,
      diagnostics: pull
        ? {pull, refresh: () => void connection.languages.diagnostics.refresh().catch((error: unknown) => logger.warn(`Diagnostics refresh failed: ${String(error)}`))}
        : {pull, publish},
      snippetEdits: Boolean(params.capabilities.workspace?.workspaceEdit?.snippetEditSupport)
    })
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
        ...(pull ? {diagnosticProvider: {identifier: 'brieflint', interFileDependencies: true, workspaceDiagnostics: true}} : {}),
        hoverProvider: true,
        documentHighlightProvider: true,
        workspaceSymbolProvider: true,
        semanticTokensProvider: {legend: SEMANTIC_TOKEN_LEGEND, full: true},
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: {label: 'Brieflint'},
        foldingRangeProvider: true,
        codeLensProvider: {resolveProvider: false},
        completionProvider: {triggerCharacters: ['@']},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]}
      },
      serverInfo: {name: 'brieflint', version}
    }
  })

  connection.onInitialized(() => {
    void service.watchFiles()
    // After the editor has had a moment to open the documents it starts the server for.
    setTimeout(() => void service.warmUp().catch((error: unknown) => logger.warn(`Warming up failed: ${String(error)}`)), WARM_UP_AFTER_MS).unref()
  })
  connection.onDidOpenTextDocument(({textDocument}) => service.open(textDocument))
  connection.onDidChangeTextDocument(({textDocument, contentChanges}) => service.change(textDocument, contentChanges))
  connection.onDidSaveTextDocument(({textDocument}) => service.save(textDocument.uri))
  connection.onDidCloseTextDocument(({textDocument}) => service.close(textDocument.uri))
  connection.onDidChangeConfiguration(() => service.settingsChanged())
  connection.onDidChangeWatchedFiles(({changes}) => void service.filesChanged(changes))

  connection.languages.diagnostics.on(({textDocument, previousResultId}, token) => service.diagnostics(textDocument.uri, previousResultId, token))
  connection.languages.diagnostics.onWorkspace(({previousResultIds}, token) => service.workspaceDiagnostics(previousResultIds, token))
  connection.onHover(({textDocument, position}, token) => service.hover(textDocument.uri, position, token))
  connection.onDefinition(({textDocument, position}, token) => service.definition(textDocument.uri, position, token))
  connection.onReferences(({textDocument, position, context}, token) => service.references(textDocument.uri, position, context.includeDeclaration, token))
  connection.onDocumentHighlight(({textDocument, position}, token) => service.documentHighlights(textDocument.uri, position, token))
  connection.languages.semanticTokens.on(async ({textDocument}, token) => ({data: await service.semanticTokens(textDocument.uri, token)}))
  connection.onWorkspaceSymbol(({query}, token) => service.workspaceSymbols(query, token))
  connection.onDocumentSymbol(({textDocument}, token) => service.documentSymbols(textDocument.uri, token))
  connection.onCodeLens(({textDocument}, token) => service.codeLenses(textDocument.uri, token))
  connection.onFoldingRanges(({textDocument}, token) => service.foldingRanges(textDocument.uri, token))
  connection.onCompletion(({textDocument, position}, token) => service.completions(textDocument.uri, position, token))
  connection.onCodeAction(({textDocument, context}, token) => service.codeActions(textDocument.uri, context.diagnostics, token))
  connection.onRequest(ClaimCountsRequest, ({uri}, token) => service.claimCounts(uri, token))
  connection.onRequest(LinkedNamesRequest, ({uri}, token) => service.linkedNames(uri, token))
  connection.onRequest(SourcesOutlineRequest, ({uri}, token) => service.sourcesOutline(uri, token))

  connection.listen()
  return {shutDown: () => !running}
}

/**
 * The connection over stdin and stdout. A frame the server cannot read (a header line without a
 * colon, no Content-Length, a negative one, a body that is not JSON) leaves no message boundary to
 * carry on from: the server answers with a JSON-RPC parse error and exits, so that the client
 * restarts it, instead of living on deaf.
 */
function stdioConnection(): Connection {
  const reader = new StreamMessageReader(process.stdin)
  const writer = new FrameWriter(process.stdout)
  reader.onError((error) => {
    process.stderr.write(`Brieflint: unreadable message from the editor, exiting so that it restarts the server: ${error.message.split('\n')[0]}\n`)
    const answer = {jsonrpc: '2.0', id: null, error: {code: ErrorCodes.ParseError, message: `Unreadable message: ${error.message.split('\n')[0]}`}}
    writer.write(answer as never).finally(() => process.exit(1))
    // A client that does not read would hold that answer, and the exit, back.
    setTimeout(() => process.exit(1), 2000)
  })
  const connection = createConnection(ProposedFeatures.all, reader, writer)
  // What the library does for a stdio connection it opens itself: stdout carries only protocol messages.
  for (const level of ['log', 'info', 'debug'] as const) console[level] = (...args: unknown[]) => connection.console.log(format(...args))
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args))
  console.error = (...args: unknown[]) => connection.console.error(format(...args))
  return connection
}

// Run as a program (the bundle the extension starts), it serves over the transport its arguments name.
if (require.main === module) {
  const stdio = process.argv.includes('--stdio')
  const connection = stdio ? stdioConnection() : createConnection(ProposedFeatures.all)
  process.on('uncaughtException', (error) => connection.console.error(`Unexpected error: ${error.stack ?? String(error)}`))
  process.on('unhandledRejection', (error) => connection.console.error(`Unexpected rejection: ${String(error)}`))
  const server = serve(connection)
  // The editor closed the server's input: as the library does for the streams it opens itself, stop.
  if (stdio) for (const event of ['end', 'close']) process.stdin.on(event, () => process.exit(server.shutDown() ? 0 : 1))
}
