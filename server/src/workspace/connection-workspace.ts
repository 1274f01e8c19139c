import {fileURLToPath, pathToFileURL} from 'node:url'
import {DidChangeWatchedFilesNotification, type Connection, type Disposable, type InitializeParams} from 'vscode-languageserver'
import type {FileWatch, Logger, Workspace} from '../service/workspace.js'
import {SETTINGS_SECTION} from '../../../shared/protocol.js'
import {diskFiles} from './files.js'

/** The workspace as a language server sees it: files on disk, settings and file watching through the editor. */
export function connectionWorkspace(connection: Connection, params: InitializeParams, logger: Logger): Workspace {
  const capabilities = params.capabilities.workspace
  const folders = (params.workspaceFolders ?? (params.rootUri ? [{uri: params.rootUri}] : []))
    .filter((folder) => folder.uri.startsWith('file:'))
    .map((folder) => fileURLToPath(folder.uri))
  let watching: Promise<Disposable> | undefined
  return {
    ...diskFiles,
    folders,
    settings(uri) {
      if (!capabilities?.configuration) return Promise.resolve(null)
      return connection.workspace.getConfiguration({scopeUri: uri, section: SETTINGS_SECTION})
    },
    watch(patterns: FileWatch[]) {
      if (!capabilities?.didChangeWatchedFiles?.dynamicRegistration) return
      const relative = Boolean(capabilities.didChangeWatchedFiles.relativePatternSupport)
      const watchers = patterns.map(({base, glob}) => ({
        globPattern: base === undefined ? glob : relative ? {baseUri: pathToFileURL(base).href, pattern: glob} : `${base.replaceAll('\\', '/')}/${glob}`
      }))
      const previous = watching
      watching = connection.client.register(DidChangeWatchedFilesNotification.type, {watchers})
      watching.catch((error: unknown) => logger.warn(`The editor did not agree to watch Brieflint's files: ${String(error)}`))
      previous?.then((registration) => registration.dispose(), () => undefined)
    }
  }
}
