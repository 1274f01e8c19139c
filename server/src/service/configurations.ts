import {dirname} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {checkRules} from '../configuration/check.js'
import {findConfigFile, type ConfigFile} from '../configuration/file.js'
import {readSettings, type Settings} from '../configuration/settings.js'
import {mergeConfigs, type BrieflintConfig} from '../engine/config.js'
import type {Rule} from '../engine/rule.js'
import {EntityIndex} from '../entities/entity-index.js'
import {buildIndex, type LoadedEntityFile} from '../entities/load.js'
import {entityFilePaths, isEntityFile, readEntityFile} from '../workspace/entity-files.js'
import {folderOf, type Logger, type Workspace} from './workspace.js'

/** The file path of a `file:` URI; undefined for other schemes (unsaved documents). */
export function pathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined
}

/**
 * Everything a briefing's results depend on besides its text: the editor's settings, the nearest
 * `.brieflintrc`, and the entity list of its workspace folder (bundled list plus the folder's own
 * files). Each is read once and kept until `forget` says it changed.
 */
export class Configurations {
  private readonly settings = new Map<string, Promise<Settings>>()
  private readonly configFiles = new Map<string, ConfigFile | undefined>()
  private readonly entityLists = new Map<string, Promise<EntityIndex>>()
  private readonly entityDocuments = new Map<string, TextDocument | undefined>()
  /** What was logged since the last change, so that a problem read for many documents is logged once. */
  private readonly logged = new Set<string>()

  constructor(
    private readonly workspace: Workspace,
    private readonly logger: Logger,
    private readonly rules: readonly Rule[]
  ) {}

  /** After a settings change everything is read again; after a file change, all but the settings. */
  forget(what: 'settings' | 'files') {
    if (what === 'settings') this.settings.clear()
    this.configFiles.clear()
    this.entityLists.clear()
    this.entityDocuments.clear()
    this.logged.clear()
  }

  private warnOnce(message: string) {
    if (this.logged.has(message)) return
    this.logged.add(message)
    this.logger.warn(message)
  }

  folderOf(uri: string): string | undefined {
    const path = pathOf(uri)
    return path === undefined ? undefined : folderOf(path, this.workspace.folders)
  }

  settingsFor(uri: string): Promise<Settings> {
    let settings = this.settings.get(uri)
    if (!settings) {
      settings = this.workspace.settings(uri).then(
        (value) => {
          const read = readSettings(value)
          for (const problem of read.problems) this.warnOnce(problem)
          const rules = checkRules(read.settings.rules, this.rules)
          for (const problem of rules.problems) this.warnOnce(`brieflint.rules: ${problem.message} (ignored)`)
          return {...read.settings, rules: rules.rules}
        },
        (error: unknown) => {
          this.logger.warn(`Could not read the settings for ${uri}, using the defaults: ${error instanceof Error ? error.message : String(error)}`)
          return readSettings(undefined).settings
        }
      )
      this.settings.set(uri, settings)
    }
    return settings
  }

  /** The nearest configuration file up to the workspace folder, under the editor's `brieflint.rules`. */
  configFor(uri: string, settings: Settings): BrieflintConfig {
    const path = pathOf(uri)
    const file = path === undefined ? undefined : this.configFile(dirname(path), folderOf(path, this.workspace.folders))
    return mergeConfigs(file?.config, {rules: settings.rules})
  }

  private configFile(directory: string, root: string | undefined): ConfigFile | undefined {
    if (this.configFiles.has(directory)) return this.configFiles.get(directory)
    const file = findConfigFile(this.workspace, directory, root, this.rules)
    if (file && file.problems.length > 0) this.warnOnce(`${file.path}: ${file.problems.map((problem) => problem.message).join(' ')} The rest of the file applies.`)
    this.configFiles.set(directory, file)
    return file
  }

  /** The entity list of the workspace folder holding `uri`; the bundled list alone outside any folder. */
  entitiesFor(uri: string): Promise<EntityIndex> {
    return this.entityList(this.folderOf(uri))
  }

  /** Every folder's entity list, for searches across the workspace. */
  allEntityLists(): Promise<EntityIndex[]> {
    const folders = this.workspace.folders.length > 0 ? this.workspace.folders : [undefined]
    return Promise.all(folders.map((folder) => this.entityList(folder)))
  }

  private entityList(folder: string | undefined): Promise<EntityIndex> {
    let list = this.entityLists.get(folder ?? '')
    if (!list) {
      list = this.buildEntityList(folder)
      this.entityLists.set(folder ?? '', list)
    }
    return list
  }

  private async buildEntityList(folder: string | undefined): Promise<EntityIndex> {
    const files: LoadedEntityFile[] = []
    if (folder !== undefined) {
      const {entityFiles} = await this.settingsFor(pathToFileURL(folder).href)
      for (const path of entityFilePaths(folder, entityFiles)) {
        const text = this.workspace.read(path)
        if (text !== undefined) files.push(readEntityFile(path, text))
      }
    }
    try {
      return buildIndex(files)
    } catch (error) {
      // A broken bundled list must not stop the linter: carry on with the workspace's files alone.
      this.logger.error(`Could not load the bundled entity list: ${String(error)}`)
      return new EntityIndex(files.map((loaded) => ({file: loaded.file, origin: {path: loaded.path, bundled: false}, offsets: loaded.offsets})))
    }
  }

  /** Whether `uri` is one of the entity files of its folder (or any `.brieflint/entities.*`). */
  async isEntityFile(uri: string): Promise<boolean> {
    const path = pathOf(uri)
    if (path === undefined) return false
    const folder = folderOf(path, this.workspace.folders)
    const configured = folder === undefined ? [] : (await this.settingsFor(pathToFileURL(folder).href)).entityFiles
    return isEntityFile(path, folder, configured)
  }

  /** An entity list file as a document, for locations in it; read once until the files change. */
  entityDocument(path: string): TextDocument | undefined {
    if (!this.entityDocuments.has(path)) {
      const text = this.workspace.read(path)
      this.entityDocuments.set(path, text === undefined ? undefined : TextDocument.create(pathToFileURL(path).href, 'yaml', 0, text))
    }
    return this.entityDocuments.get(path)
  }
}
