// `npx tsx scripts/bench-hostile.ts`: time and peak memory of one lint of each worst case of issue 15's
// classes (long lists, slow patterns, big paragraphs, CR-only files) and of thousands of reports, each in a fresh process so its
// peak is its own. `--case=<name>` runs one. The README's Reliability section quotes the output.
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {lint} from '../server/src/engine/lint.js'
import {parseBriefing} from '../server/src/engine/parse.js'
import {buildIndex} from '../server/src/entities/load.js'
import {disableLineEdits} from '../server/src/features/disable-comment.js'
import {completeEntityNames} from '../server/src/features/entities.js'
import {rules} from '../server/src/rules/index.js'
import {addEntryEdit, personFields} from '../server/src/workspace/entity-files.js'

const HEADER = '---\ntitle: Hostile text\ndate: 2025-07-24\n---\n\n'
const example = readFileSync(resolve(import.meta.dirname, '../examples/istanbul-talks.brief.md'), 'utf8').replaceAll('\r\n', '\n')
const entities = () => buildIndex()

/** Each case: its class, and what it does given the entity index (the timed part). */
const CASES: Record<string, [string, (index: ReturnType<typeof buildIndex>) => unknown]> = {
  'list-40k': ['long lists', (index) => lint(HEADER + '- item\n'.repeat(40_000), {rules, entities: index})],
  'list-claims-20k': ['long lists', (index) => lint(`${HEADER}Medinsky stated the following:\n\n${Array.from({length: 20_000}, (_, n) => `- Russia offered to exchange ${n} prisoners.\n`).join('')}`, {rules, entities: index})],
  'quotes-150k': ['slow patterns', (index) => lint(`${HEADER}The minister said ${'„'.repeat(75_000)}${'”'.repeat(75_000)} and left.\n`, {rules, entities: index})],
  'tildes-u2028': ['slow patterns', (index) => lint(`${HEADER}${'~'.repeat(200_000)}\u2028\n`, {rules, entities: index})],
  'cell-spaces': ['slow patterns', (index) => lint(`${HEADER}| a | b |\n|---|---|\n| x${' '.repeat(200_000)}x | y |\n`, {rules, entities: index})],
  'date-300kb': ['slow patterns', (index) => lint(`---\ntitle: T\ndate: ${'0000A.'.repeat(50_000)}0000\n---\n\nText.\n`, {rules, entities: index})],
  'completion-capitals': ['slow patterns', (index) => completeEntityNames(index, TextDocument.create('file:///b.brief.md', 'briefing', 1, `${HEADER}${'A'.repeat(150_000)}. Hakan Fi`), {line: 5, character: 150_010})],
  'disable-after-spaces': ['slow patterns', () => {
    const text = `${HEADER}The talks${' '.repeat(150_000)}went on\nfor an hour [@missing].\n`
    return disableLineEdits(parseBriefing(text), TextDocument.create('file:///b.brief.md', 'briefing', 1, text), 6, 'unknown-source')
  }],
  'entities-tabs': ['slow patterns', () => addEntryEdit(personFields('Taras Hrytsenko'), `entities:${'\t'.repeat(100_000)}x\n`)],
  'paragraph-12k-sentences': ['big paragraphs', (index) => lint(HEADER + 'The delegations met in Istanbul and talked. '.repeat(12_000), {rules, entities: index})],
  'line-1mb': ['big paragraphs', (index) => lint(HEADER + 'The delegations met in Istanbul and talked. '.repeat(24_000), {rules, entities: index})],
  'lines-a-100k': ['big paragraphs', (index) => lint(HEADER + 'a\n'.repeat(100_000), {rules, entities: index})],
  'numbers-23k': ['many reports', (index) => lint(HEADER + Array.from({length: 23_000}, (_, n) => `The delegation of ${n % 2 ? 12 : 14} arrived on day ${n}.\n\n`).join(''), {rules, entities: index})],
  'example-lf-x40': ['reference', (index) => lint(Array.from({length: 40}, () => example).join('\n'), {rules, entities: index})],
  'example-cr-x40': ['CR-only line endings', (index) => lint(Array.from({length: 40}, () => example).join('\n').replaceAll('\n', '\r'), {rules, entities: index})]
}

const only = process.argv.find((arg) => arg.startsWith('--case='))?.slice('--case='.length)
if (only) {
  const index = entities()
  const baseline = process.resourceUsage().maxRSS
  const started = performance.now()
  CASES[only]![1](index)
  const seconds = (performance.now() - started) / 1000
  console.log(JSON.stringify({seconds, peakMb: process.resourceUsage().maxRSS / 1024, baselineMb: baseline / 1024}))
} else {
  console.log('| Class | Case | Time | Peak RSS (after loading the entity list) |')
  console.log('|---|---|---|---|')
  for (const [name, [group]] of Object.entries(CASES)) {
    const output = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, `--case=${name}`], {encoding: 'utf8', maxBuffer: 1 << 26})
    const {seconds, peakMb, baselineMb} = JSON.parse(output.trim().split('\n').at(-1)!)
    console.log(`| ${group} | ${name} | ${seconds.toFixed(2)} s | ${Math.round(peakMb)} MB (${Math.round(baselineMb)} MB) |`)
  }
}
