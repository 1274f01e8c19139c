/** The files Brieflint reads besides briefings, named once for the client, the server and the CLI. */

/**
 * The data-only configuration files, looked for in this order in each folder. `.brieflintrc.js` and
 * its kin are deliberately absent: neither the server nor the CLI runs code from a workspace.
 */
export const CONFIG_FILE_NAMES = ['.brieflintrc', '.brieflintrc.json', '.brieflintrc.yaml', '.brieflintrc.yml']

/** A workspace folder's own entity files, relative to it; `brieflint.entityFiles` adds more. */
export const ENTITY_FILE_NAMES = ['.brieflint/entities.yaml', '.brieflint/entities.yml', '.brieflint/entities.json']

/**
 * What the server asks the editor to watch in each workspace folder: configuration and entity
 * files change the results of every briefing; a briefing changed on disk, only its own.
 */
export const WATCHED_FILES = {
  configuration: `**/{${CONFIG_FILE_NAMES.join(',')}}`,
  entities: '**/.brieflint/entities.{yaml,yml,json}',
  briefings: '**/*.{brief.md,briefing}'
}
