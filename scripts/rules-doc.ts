// Writes docs/rules.md and the README's rules table from the rules' own metadata and
// examples, so the documentation shows exactly what the tests run.
import {readFileSync, writeFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {rules} from '../server/src/rules/index.js'

const ROOT = resolve(import.meta.dirname, '..')
const START = '<!-- rules:start -->'
const END = '<!-- rules:end -->'

export function rulesMarkdown(): string {
  const lines = ['# Rules', '', 'Generated from the rules\' own metadata by `npm run docs`; every example below is also a test.', '']
  for (const rule of rules) {
    lines.push(`## ${rule.id}`, '', `Default severity: **${rule.severity}**. Example: ${rule.sample}.`, '', rule.summary, '', rule.description, '')
    for (const example of rule.examples) {
      lines.push(`### ${example.reports.length === 0 ? 'OK' : 'Reported'}: ${example.title}`, '', '````markdown', example.text.replace(/\n$/, ''), '````', '')
      if (example.reports.length > 0) lines.push('```text', ...example.reports, '```', '')
    }
  }
  return lines.join('\n')
}

export function rulesTable(): string {
  const cell = (text: string) => text.replaceAll('|', '\\|')
  const rows = rules.map((rule) => `| [\`${rule.id}\`](docs/rules.md#${rule.id}) | ${rule.severity} | ${cell(rule.summary)} | ${cell(rule.sample)} |`)
  return [START, '| Rule | Default | What it catches | Example |', '|---|---|---|---|', ...rows, END].join('\n')
}

export function readmeWithTable(readme: string): string {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start === -1 || end === -1) throw new Error(`README.md needs ${START} and ${END} markers`)
  return readme.slice(0, start) + rulesTable() + readme.slice(end + END.length)
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  writeFileSync(resolve(ROOT, 'docs/rules.md'), rulesMarkdown())
  const readmePath = resolve(ROOT, 'README.md')
  writeFileSync(readmePath, readmeWithTable(readFileSync(readmePath, 'utf8')))
}
