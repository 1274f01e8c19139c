/**
 * What the extension client and the language server agree on, named once for both: custom
 * requests, command ids and the settings section. The files Brieflint reads and watches are in
 * `files.ts`, which the CLI shares without the protocol library.
 */
import {RequestType} from 'vscode-languageserver-protocol'

export {CONFIG_FILE_NAMES, ENTITY_FILE_NAMES, WATCHED_FILES} from './files.js'

export const LANGUAGE_ID = 'briefing'

/** The settings section, `brieflint.*`. */
export const SETTINGS_SECTION = 'brieflint'

export const COMMANDS = {
  restartServer: 'brieflint.restartServer',
  showOutput: 'brieflint.showOutput',
  newBriefing: 'brieflint.newBriefing',
  /** Run by the "Add citation" quick fix: puts the cursor in the new `[@]` and opens completion. */
  completeCitation: 'brieflint.completeCitation',
  /** Run by the quick fixes that add to the workspace entity list: opens the file at the new entry. */
  showEntry: 'brieflint.showEntry'
}

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
