import type {RuleSetting} from '../engine/config.js'
import type {Rule} from '../engine/rule.js'
import {rulesSchema} from './schema.js'

/** The `brieflint.*` settings the server reads. */
export interface Settings {
  enable: boolean
  rules: Record<string, RuleSetting>
  lintMarkdown: boolean
  run: 'onType' | 'onSave'
  entityFiles: string[]
  maxFileSize: number
  analysisBudget: number
}

interface SettingDefinition<Value> {
  default: Value
  scope: 'resource' | 'window'
  markdownDescription: string
  /** The value's JSON Schema besides its default: type, enum, minimum. */
  schema: Record<string, unknown>
}

type Definitions = {[Key in keyof Settings]: SettingDefinition<Settings[Key]>} & {'trace.server': SettingDefinition<string>}

/**
 * Every setting, once: the server takes its defaults from here, and `npm run docs` writes the
 * extension manifest's `contributes.configuration` and the README's settings table from it.
 */
export const SETTINGS: Definitions = {
  enable: {default: true, scope: 'resource', schema: {type: 'boolean'}, markdownDescription: 'Check briefings (`*.brief.md`, `*.briefing`) with Brieflint.'},
  rules: {
    default: {},
    scope: 'resource',
    schema: {type: 'object'},
    markdownDescription:
      'Severity per rule, overriding `.brieflintrc` files: `"error"`, `"warning"`, `"info"`, `"hint"` or `"off"`, or an object `{ "severity": ..., ...options }`. Example: `{ "unused-source": "off" }`. See the [rules](https://github.com/brieflint/brieflint/blob/main/docs/rules.md).'
  },
  lintMarkdown: {default: false, scope: 'resource', schema: {type: 'boolean'}, markdownDescription: 'Also check plain Markdown files (`*.md`), not only briefings.'},
  run: {
    default: 'onType',
    scope: 'resource',
    schema: {type: 'string', enum: ['onType', 'onSave'], enumDescriptions: ['Check at every edit, at once; an edit re-analyses only the parts of the briefing it touched.', 'Check only when the file is saved.']},
    markdownDescription: 'When to check an open briefing: `"onType"` at every edit, at once (an edit re-analyses only the parts it touched); `"onSave"` only when the file is saved, keeping the last report meanwhile.'
  },
  'trace.server': {
    default: 'off',
    scope: 'window',
    schema: {type: 'string', enum: ['off', 'messages', 'verbose']},
    markdownDescription: 'Log the messages between VS Code and the Brieflint server to the *Brieflint* output channel.'
  },
  entityFiles: {
    default: [],
    scope: 'resource',
    schema: {type: 'array', items: {type: 'string'}},
    markdownDescription:
      'More entity files (YAML or JSON, relative to the workspace folder) to add to the bundled list, besides `.brieflint/entities.yaml`. By id, workspace entries override bundled ones. See [docs/entities.md](https://github.com/brieflint/brieflint/blob/main/docs/entities.md).'
  },
  maxFileSize: {
    default: 10_000_000,
    scope: 'resource',
    schema: {type: 'number', minimum: 0},
    markdownDescription:
      'Files with more characters than this are not analysed; one information diagnostic says so, for open files and (with workspace diagnostics) for files that are not open. A first analysis takes about two seconds per megabyte, in the background; edits after it re-analyse only what they touch.'
  },
  analysisBudget: {
    default: 15_000,
    scope: 'resource',
    schema: {type: 'number', minimum: 0},
    markdownDescription:
      'Milliseconds of work Brieflint spends reading one version of a document. Past it, the rest of the document is left unchecked and one information diagnostic says where the analysis stopped; what was read is still reported.'
  }
}

export const DEFAULT_SETTINGS: Settings = {
  enable: SETTINGS.enable.default,
  rules: SETTINGS.rules.default,
  lintMarkdown: SETTINGS.lintMarkdown.default,
  run: SETTINGS.run.default,
  entityFiles: SETTINGS.entityFiles.default,
  maxFileSize: SETTINGS.maxFileSize.default,
  analysisBudget: SETTINGS.analysisBudget.default
}

/**
 * The settings in `value` (what the editor sent for the `brieflint` section), each of the right
 * kind, the defaults for the rest; and what was set wrongly, to be logged.
 */
export function readSettings(value: unknown): {settings: Settings; problems: string[]} {
  const settings = {...DEFAULT_SETTINGS}
  const problems: string[] = []
  if (typeof value !== 'object' || value === null) return {settings, problems}
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const given = (value as Record<string, unknown>)[key]
    if (given === undefined || given === null) continue
    const wanted = SETTINGS[key].schema
    const fits =
      wanted.type === 'array' ? Array.isArray(given) && given.every((item) => typeof item === 'string')
      : wanted.type === 'object' ? typeof given === 'object' && !Array.isArray(given)
      : typeof given === wanted.type && (!wanted.enum || (wanted.enum as unknown[]).includes(given)) && (typeof given !== 'number' || given >= 0)
    if (fits) (settings as Record<string, unknown>)[key] = given
    else problems.push(`brieflint.${key} is set to ${JSON.stringify(given)}, which is not a valid value; using ${JSON.stringify(DEFAULT_SETTINGS[key])}.`)
  }
  return {settings, problems}
}

/** `contributes.configuration.properties` of the extension manifest. */
export function settingsManifest(rules: readonly Rule[]): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(SETTINGS).map(([key, definition]) => {
      const schema = key === 'rules' ? rulesSchema(rules) : definition.schema
      return [`brieflint.${key}`, {...schema, default: definition.default, scope: definition.scope, markdownDescription: definition.markdownDescription}]
    })
  )
}
