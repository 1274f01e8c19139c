/**
 * What the extension client and the language server agree on, named once for both: custom
 * requests, command ids and the settings section. The files Brieflint reads and watches are in
 * `files.ts`, which the CLI shares without the protocol library.
 */
import {RequestType, type Range} from 'vscode-languageserver-protocol'

export {CONFIG_FILE_NAMES, ENTITY_FILE_NAMES, WATCHED_FILES} from './files.js'

export const LANGUAGE_ID = 'briefing'

/** The settings section, `brieflint.*`. */
export const SETTINGS_SECTION = 'brieflint'

export const COMMANDS = {
  restartServer: 'brieflint.restartServer',
  showOutput: 'brieflint.showOutput',
  newBriefing: 'brieflint.newBriefing',
  showPreview: 'brieflint.showPreview',
  showPreviewToSide: 'brieflint.showPreviewToSide',
  /** VS Code's own command for a contributed view: reveals it and gives it the focus. */
  focusSources: 'brieflint.sources.focus',
  /** Run by the quick fixes that add to the workspace entity list: opens the file at the new entry. */
  showEntry: 'brieflint.showEntry'
}

/** The Sources view in the Explorer. */
export const SOURCES_VIEW = 'brieflint.sources'

/**
 * Documents of the bundled entity list, opened read-only by Go to Definition:
 * `brieflint-bundled:/officials.yaml` is `server/data/entities/officials.yaml` in the extension.
 */
export const BUNDLED_ENTITY_SCHEME = 'brieflint-bundled'

export interface ClaimCounts {
  claims: number
  unsourced: number
  vague: number
}

export interface DocumentParams {
  uri: string
}

/** Claim counts of an open briefing, for the status bar: "12 claims · 3 unsourced · 1 vague"; null if it is not one. */
export const ClaimCountsRequest = new RequestType<DocumentParams, ClaimCounts | null, void>('brieflint/claimCounts')

export interface LinkedName {
  /** The name as written. */
  surface: string
  /** Who or what it is: "Hakan Fidan, Minister of Foreign Affairs of Turkey". */
  title: string
}

/** The names linked in an open briefing and who they are, for the Markdown preview. */
export const LinkedNamesRequest = new RequestType<DocumentParams, LinkedName[], void>('brieflint/linkedNames')

/** A stretch of the briefing the Sources view lists: a claim, a mention, and where it is. */
export interface OutlineEntry {
  /** The claim or the sentence, whitespace collapsed. */
  text: string
  range: Range
}

export interface OutlineSource {
  key: string
  /** Its title, publisher and date as the front matter gives them. */
  description?: string
  /** The entry in the front matter; absent for a key cited but not defined. */
  range?: Range
  /** The claims citing it, in order. */
  claims: OutlineEntry[]
}

export interface OutlineClaim extends OutlineEntry {
  attribution: 'unsourced' | 'vague'
  /** The problem as the Problems panel words it. */
  message: string
}

export interface OutlineSection {
  /** The heading's text; `Before the first heading` for claims above every heading (no range then). */
  title: string
  range?: Range
  claims: OutlineClaim[]
}

export interface OutlinePerson {
  name: string
  /** The post held on the briefing's date, or who the person is. */
  description?: string
  mentions: OutlineEntry[]
}

export interface SourcesOutline {
  sources: OutlineSource[]
  /** The sections holding unsourced or vague claims whose report stands, in order. */
  sections: OutlineSection[]
  people: OutlinePerson[]
}

/** What the Sources view shows for an open briefing; null if it is not one. */
export const SourcesOutlineRequest = new RequestType<DocumentParams, SourcesOutline | null, void>('brieflint/sourcesOutline')
