// Writes everything that is derived from the code's own definitions, so it cannot drift from them:
// docs/rules.md and the README's tables (rules, settings, diagnostic codes) from the rules, settings
// and codes; server/data/config.schema.json from the rules' options; and the extension manifest's
// settings, semantic token types and schema associations. `npm run docs` runs it; tests check it.
import {readFileSync, writeFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {configSchema} from '../server/src/configuration/schema.js'
import {SETTINGS, settingsManifest} from '../server/src/configuration/settings.js'
import {ruleOptions, type Rule} from '../server/src/engine/rule.js'
import {SEMANTIC_TOKEN_TYPES} from '../server/src/features/semantic-tokens.js'
import {rules} from '../server/src/rules/index.js'
import {OTHER_CODES} from '../server/src/service/codes.js'
import {CONFIG_FILE_NAMES, ENTITY_FILE_NAMES} from '../shared/files.js'
import {COMMANDS} from '../shared/protocol.js'

const ROOT = resolve(import.meta.dirname, '..')
const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ')

export function rulesMarkdown(): string {
  const lines = ['# Rules', '', 'Generated from the rules\' own metadata by `npm run docs`; every example below is also a test.', '']
  for (const rule of rules) {
    lines.push(`## ${rule.id}`, '', `Default severity: **${rule.severity}**. Example: ${rule.sample}.`, '', rule.summary, '', rule.description, '')
    lines.push(...optionsMarkdown(rule))
    for (const example of rule.examples) {
      lines.push(`### ${example.reports.length === 0 ? 'OK' : 'Reported'}: ${example.title}`, '', '````markdown', example.text.replace(/\n$/, ''), '````', '')
      if (example.reports.length > 0) lines.push('```text', ...example.reports, '```', '')
    }
  }
  return lines.join('\n')
}

function optionsMarkdown(rule: Rule): string[] {
  const options = ruleOptions(rule)
  if (options.length === 0) return []
  const rows = options.map(([name, schema]) => `| \`${name}\` | ${cell(describeType(schema))} | \`${JSON.stringify(schema.default)}\` | ${cell(schema.description)} |`)
  return ['| Option | Type | Default | Meaning |', '|---|---|---|---|', ...rows, '']
}

function describeType(schema: Record<string, unknown>): string {
  if (schema.type === 'array') return `list of ${(schema.items as {type: string}).type}s`
  if (schema.type === 'object' && schema.additionalProperties) return `map to ${(schema.additionalProperties as {type: string}).type}s`
  return String(schema.type)
}

function rulesTable(): string {
  const rows = rules.map((rule) => `| [\`${rule.id}\`](docs/rules.md#${rule.id}) | ${rule.severity} | ${cell(rule.summary)} | ${cell(rule.sample)} |`)
  return ['| Rule | Default | What it catches | Example |', '|---|---|---|---|', ...rows].join('\n')
}

function settingsTable(): string {
  const rows = Object.entries(SETTINGS).map(([key, setting]) => `| \`brieflint.${key}\` | \`${JSON.stringify(setting.default)}\` | ${cell(setting.markdownDescription)} |`)
  return ['| Setting | Default | What it does |', '|---|---|---|', ...rows].join('\n')
}

function codesTable(): string {
  const rows = Object.values(OTHER_CODES).map(({code, severity, description}) => `| \`${code}\` | ${severity} | ${cell(description)} |`)
  return ['| Code | Severity | Meaning |', '|---|---|---|', ...rows].join('\n')
}

const TABLES: Record<string, () => string> = {rules: rulesTable, settings: settingsTable, codes: codesTable}

/** The README with each generated table (between `<!-- name:start -->` and `<!-- name:end -->`) rewritten. */
export function readmeWithTables(readme: string): string {
  let text = readme
  for (const [name, table] of Object.entries(TABLES)) {
    const start = `<!-- ${name}:start -->`
    const end = `<!-- ${name}:end -->`
    const from = text.indexOf(start)
    const to = text.indexOf(end)
    if (from === -1 || to === -1) throw new Error(`README.md needs ${start} and ${end} markers`)
    text = text.slice(0, from) + [start, table(), end].join('\n') + text.slice(to + end.length)
  }
  return text
}

export function configSchemaText(): string {
  return `${JSON.stringify(configSchema(rules), null, 2)}\n`
}

type Manifest = {contributes: Record<string, unknown> & {configuration: {properties: unknown}}} & Record<string, unknown>

/** The extension manifest with its generated parts rewritten; everything else is kept as written. */
export function manifestWithGenerated(manifest: Manifest): Manifest {
  const {contributes} = manifest
  const json = (names: string[]) => names.filter((name) => name.endsWith('.json') || !name.includes('.', 1))
  const yaml = (names: string[]) => names.filter((name) => /\.ya?ml$/.test(name))
  return {
    ...manifest,
    contributes: {
      ...contributes,
      commands: (contributes.commands as {command: string}[]).filter((command) => Object.values(COMMANDS).includes(command.command)),
      configuration: {...contributes.configuration, properties: settingsManifest(rules)},
      jsonValidation: [
        {fileMatch: json(ENTITY_FILE_NAMES), url: './server/data/entity.schema.json'},
        {fileMatch: json(CONFIG_FILE_NAMES), url: './server/data/config.schema.json'}
      ],
      yamlValidation: [
        {fileMatch: yaml(ENTITY_FILE_NAMES), url: './server/data/entity.schema.json'},
        {fileMatch: yaml(CONFIG_FILE_NAMES), url: './server/data/config.schema.json'}
      ],
      semanticTokenTypes: SEMANTIC_TOKEN_TYPES.map(({id, superType, description}) => ({id, superType, description})),
      semanticTokenScopes: [{language: 'briefing', scopes: Object.fromEntries(SEMANTIC_TOKEN_TYPES.map(({id, scope}) => [id, [scope]]))}]
    }
  }
}

export function manifestText(text: string): string {
  return `${JSON.stringify(manifestWithGenerated(JSON.parse(text) as Manifest), null, 2)}\n`
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const update = (path: string, generate: (text: string) => string) => writeFileSync(resolve(ROOT, path), generate(readFileSync(resolve(ROOT, path), 'utf8')))
  writeFileSync(resolve(ROOT, 'docs/rules.md'), rulesMarkdown())
  writeFileSync(resolve(ROOT, 'server/data/config.schema.json'), configSchemaText())
  update('README.md', readmeWithTables)
  update('package.json', manifestText)
}
