import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {
  type CancellationToken,
  type CodeAction,
  type CodeLens,
  type CompletionItem,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type DocumentHighlight,
  type DocumentSymbol,
  type FileEvent,
  type FoldingRange,
  type Hover,
  type Location,
  type Position,
  type TextDocumentContentChangeEvent,
  type TextDocumentItem,
  type WorkspaceDiagnosticReport,
  type WorkspaceSymbol
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {Rule} from '../engine/rule.js'
import {claimCounts} from '../features/claim-counts.js'
import {codeActions} from '../features/code-actions.js'
import {sectionLenses} from '../features/code-lens.js'
import {completions} from '../features/completion.js'
import {definitions} from '../features/definition.js'
import {entityHighlights} from '../features/entities.js'
import {entitySymbols} from '../features/entity-navigation.js'
import {foldingRanges} from '../features/folding.js'
import {hover} from '../features/hover.js'
import {linkedNames} from '../features/linked-names.js'
import {findReferences} from '../features/references.js'
import {semanticTokens} from '../features/semantic-tokens.js'
import {sourcesOutline} from '../features/sources-outline.js'
import {documentSymbols} from '../features/symbols.js'
import {rules as builtInRules} from '../rules/index.js'
import {ENTITY_FILE_NAMES, WATCHED_FILES, type ClaimCounts, type LinkedName, type SourcesOutline} from '../../../shared/protocol.js'
import {Analyses} from './analyses.js'
import {briefingOf, isConfigFile, workspaceBriefings, type OpenBriefing, type ServiceContext} from './briefings.js'
import {Configurations} from './configurations.js'
import {Diagnostics, type DiagnosticsMode} from './diagnostics.js'
import {warmUp} from './warm-up.js'
import type {FileWatch, Logger, Workspace} from './workspace.js'

export interface LanguageServiceOptions {
  workspace: Workspace
  logger: Logger
  diagnostics: DiagnosticsMode
  /** The rules to run; the built-in ones by default. */
  rules?: readonly Rule[]
  /** The editor applies snippets in workspace edits (LSP 3.18), which "Add citation" needs. */
  snippetEdits?: boolean
}

export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  return new LanguageService(options)
}

/**
 * Brieflint's language features over open documents and a workspace, free of any transport:
 * `server.ts` connects it to LSP, tests call it directly. Every request takes a cancellation
 * token and gives up early when it is cancelled.
 */
export class LanguageService {
  private readonly context: ServiceContext
  private readonly diagnosticsOf: Diagnostics
  private readonly snippetEdits: boolean

  constructor({workspace, logger, diagnostics, rules = builtInRules, snippetEdits = false}: LanguageServiceOptions) {
    this.snippetEdits = snippetEdits
    const documents = new Map<string, TextDocument>()
    this.context = {
      workspace,
      logger,
      rules,
      documents,
      configurations: new Configurations(workspace, logger, rules),
      analyses: new Analyses(rules, logger, (uri) => documents.get(uri)?.version)
    }
    this.diagnosticsOf = new Diagnostics(this.context, diagnostics)
  }

  open({uri, languageId, version, text}: TextDocumentItem) {
    this.context.documents.set(uri, TextDocument.create(uri, languageId, version, text))
    this.diagnosticsOf.opened(uri)
  }

  change({uri, version}: {uri: string; version: number}, changes: TextDocumentContentChangeEvent[]) {
    const document = this.context.documents.get(uri)
    if (!document) return
    this.context.documents.set(uri, TextDocument.update(document, changes, version))
    void this.diagnosticsOf.changed(uri)
  }

  save(uri: string) {
    void this.diagnosticsOf.saved(uri)
  }

  close(uri: string) {
    this.context.documents.delete(uri)
    this.context.analyses.forget(uri)
    this.diagnosticsOf.closed(uri)
  }

  /** The editor's settings changed: everything is read again, and the watched files may differ. */
  settingsChanged() {
    this.invalidate('settings')
    void this.watchFiles()
  }

  /**
   * Files changed on disk. Configuration and entity files change every result; a briefing that
   * is not open changes only its own report in the workspace pull.
   */
  async filesChanged(changes: FileEvent[]) {
    for (const change of changes) {
      if (isConfigFile(change.uri) || (await this.context.configurations.isEntityFile(change.uri))) return this.invalidate('files')
    }
    this.diagnosticsOf.wakeWorkspace()
  }

  private invalidate(what: 'settings' | 'files') {
    this.context.analyses.generation++
    this.context.configurations.forget(what)
    this.diagnosticsOf.invalidate()
  }

  /** Asks the editor to watch each folder's configuration, entity and briefing files, `brieflint.entityFiles` included. */
  async watchFiles() {
    const {workspace, configurations} = this.context
    const globs = [WATCHED_FILES.configuration, WATCHED_FILES.entities, WATCHED_FILES.briefings]
    if (workspace.folders.length === 0) return workspace.watch(globs.map((glob) => ({glob})))
    const watches: FileWatch[] = []
    for (const base of workspace.folders) {
      const {entityFiles} = await configurations.settingsFor(pathToFileURL(base).href)
      for (const glob of [...globs, ...entityFiles.filter((path) => !ENTITY_FILE_NAMES.includes(path))]) watches.push({base, glob})
    }
    workspace.watch(watches)
  }

  /** Loads what a first analysis needs while no briefing is open yet (see `warm-up.ts`); says whether it did. */
  warmUp(): Promise<boolean> {
    return warmUp(this.context)
  }

  diagnostics(uri: string, previousResultId: string | undefined, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    return this.diagnosticsOf.document(uri, previousResultId, token)
  }

  workspaceDiagnostics(previousResultIds: {uri: string; value: string}[], token: CancellationToken): Promise<WorkspaceDiagnosticReport> {
    return this.diagnosticsOf.workspace(previousResultIds, token)
  }

  hover(uri: string, position: Position, token: CancellationToken): Promise<Hover | null> {
    return this.withBriefing(uri, token, null, ({briefing, document, index}) => hover(briefing, document, position, index))
  }

  definition(uri: string, position: Position, token: CancellationToken): Promise<Location[]> {
    return this.withBriefing(uri, token, [], ({briefing, document, index}) => definitions(briefing, document, position, index, this.entityDocument))
  }

  references(uri: string, position: Position, includeDeclaration: boolean, token: CancellationToken): Promise<Location[]> {
    return this.withBriefing(uri, token, [], ({briefing, document, index}) =>
      findReferences(briefing, document, position, includeDeclaration, index, {workspaceBriefings: () => workspaceBriefings(this.context, token, index), documentOf: this.entityDocument})
    )
  }

  documentHighlights(uri: string, position: Position, token: CancellationToken): Promise<DocumentHighlight[]> {
    return this.withBriefing(uri, token, [], ({briefing, document, index}) => entityHighlights(briefing, index, document, position))
  }

  semanticTokens(uri: string, token: CancellationToken): Promise<number[]> {
    return this.withBriefing(uri, token, [], ({briefing, document, index}) => semanticTokens(briefing, index, document))
  }

  /** Entities whose names match, from every workspace folder's list, each entry once. */
  async workspaceSymbols(query: string, token: CancellationToken): Promise<WorkspaceSymbol[]> {
    const lists = await this.context.configurations.allEntityLists()
    const seen = new Set<string>()
    const symbols: WorkspaceSymbol[] = []
    for (const list of lists) {
      if (token.isCancellationRequested) return []
      for (const symbol of entitySymbols(list, query, this.entityDocument)) {
        const key = JSON.stringify([symbol.name, symbol.location])
        if (!seen.has(key) && seen.add(key)) symbols.push(symbol)
      }
    }
    return symbols
  }

  documentSymbols(uri: string, token: CancellationToken): Promise<DocumentSymbol[]> {
    return this.withBriefing(uri, token, [], ({briefing, document}) => documentSymbols(briefing, document))
  }

  codeLenses(uri: string, token: CancellationToken): Promise<CodeLens[]> {
    return this.withBriefing(uri, token, [], ({briefing, document, messages}) => sectionLenses(briefing, document, messages))
  }

  foldingRanges(uri: string, token: CancellationToken): Promise<FoldingRange[]> {
    return this.withBriefing(uri, token, [], ({briefing, document}) => foldingRanges(briefing, document))
  }

  completions(uri: string, position: Position, token: CancellationToken): Promise<CompletionItem[]> {
    return this.withBriefing(uri, token, [], ({briefing, document, index}) => completions(briefing, document, position, index))
  }

  codeActions(uri: string, diagnostics: Diagnostic[], token: CancellationToken): Promise<CodeAction[]> {
    return this.withBriefing(uri, token, [], ({briefing, document, index}) => codeActions(briefing, document, diagnostics, this.entityFileTarget(uri), index, {snippetEdits: this.snippetEdits}))
  }

  claimCounts(uri: string, token: CancellationToken): Promise<ClaimCounts | null> {
    return this.withBriefing(uri, token, null, ({briefing, messages}) => claimCounts(briefing, messages))
  }

  sourcesOutline(uri: string, token: CancellationToken): Promise<SourcesOutline | null> {
    return this.withBriefing(uri, token, null, ({briefing, document, index, messages}) => sourcesOutline(briefing, document, index, messages))
  }

  linkedNames(uri: string, token: CancellationToken): Promise<LinkedName[]> {
    return this.withBriefing(uri, token, [], ({briefing, index}) => linkedNames(briefing, index))
  }

  private async withBriefing<T>(uri: string, token: CancellationToken, none: T, feature: (found: OpenBriefing) => T | Promise<T>): Promise<T> {
    const found = await briefingOf(this.context, uri, token)
    return found && !token.isCancellationRequested ? feature(found) : none
  }

  private readonly entityDocument = (path: string) => this.context.configurations.entityDocument(path)

  /** The entity file a quick fix adds people to: the folder's existing `.brieflint/entities.*`, or a new YAML one. */
  private entityFileTarget(uri: string) {
    const folder = this.context.configurations.folderOf(uri)
    if (folder === undefined) return undefined
    for (const name of ENTITY_FILE_NAMES) {
      const path = join(folder, name)
      const text = this.context.workspace.read(path)
      if (text !== undefined) return {path, text}
    }
    return {path: join(folder, ENTITY_FILE_NAMES[0]!), text: undefined}
  }
}
