import {pathToFileURL} from 'node:url'
import {CancellationTokenSource, type PublishDiagnosticsParams} from 'vscode-languageserver'
import {createLanguageService, type LanguageService} from '../../server/src/service/language-service.js'
import type {Rule} from '../../server/src/engine/rule.js'
import {MemoryWorkspace, type MemoryWorkspaceOptions} from './memory-workspace.js'

export interface TestServiceOptions extends MemoryWorkspaceOptions {
  /** Pull diagnostics, as VS Code does; false pushes them, as older editors need. */
  pull?: boolean
  rules?: readonly Rule[]
  /** The editor applies snippet edits, as VS Code does; true unless false. */
  snippetEdits?: boolean
}

/** A token that is never cancelled. */
export const never = new CancellationTokenSource().token

/** The language service over an in-memory workspace, with what it logged, published and asked the editor to refresh. */
export function startService(options: TestServiceOptions = {}) {
  const workspace = new MemoryWorkspace(options)
  const logs: {level: 'error' | 'warn' | 'info'; message: string}[] = []
  const published: PublishDiagnosticsParams[] = []
  const counts = {refreshes: 0}
  const publishWaiters: (() => void)[] = []
  const service: LanguageService = createLanguageService({
    workspace,
    logger: {error: (message) => logs.push({level: 'error', message}), warn: (message) => logs.push({level: 'warn', message}), info: (message) => logs.push({level: 'info', message})},
    diagnostics:
      options.pull === false
        ? {
            pull: false,
            publish: (params) => {
              published.push(params)
              for (const wake of publishWaiters.splice(0)) wake()
            }
          }
        : {pull: true, refresh: () => counts.refreshes++},
    ...(options.rules ? {rules: options.rules} : {}),
    snippetEdits: options.snippetEdits !== false
  })
  let version = 0
  return {
    service,
    workspace,
    logs,
    published,
    counts,
    /** Opens a document as the editor would, with a fresh version number. */
    open(uri: string, text: string, languageId = 'briefing') {
      service.open({uri, languageId, version: ++version, text})
      return uri
    },
    /** Replaces a document's text as one edit. */
    edit(uri: string, text: string) {
      service.change({uri, version: ++version}, [{text}])
    },
    /** Resolves with the next publication for `uri` that `accept` takes (push mode). */
    async nextPublished(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
      for (;;) {
        const found = published.find((params) => params.uri === uri && accept(params))
        if (found) return found
        await new Promise<void>((resolve) => publishWaiters.push(resolve))
      }
    },
    async diagnostics(uri: string) {
      const report = await service.diagnostics(uri, undefined, never)
      if (report.kind !== 'full') throw new Error(`expected a full report, got ${report.kind}`)
      return report.items
    }
  }
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href
}
