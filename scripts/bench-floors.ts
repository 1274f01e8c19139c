// `npm run bench -- --only=floors`: what the libraries Brieflint is built on, and the protocol, cost on
// this machine for the work issue 17's targets cannot avoid, whatever Brieflint's own code does. Each
// figure is the median of three fresh processes (`--measure=<name>` runs one), so a cold JIT and a cold
// module cache count as they do when an editor or CI starts Brieflint. The bench runs it bundled next to
// the CLI, as shipped; under tsx (`npx tsx scripts/bench-floors.ts` from the repository's root) the parser
// measured about a quarter slower and the entity list is compiled from its sources.
import {execFileSync} from 'node:child_process'
import {resolve} from 'node:path'
import {toNlcst} from 'mdast-util-to-nlcst'
import {ParseEnglish} from 'parse-english'
import {VFile} from 'vfile'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {lint} from '../server/src/engine/lint.js'
import {parseMarkdown} from '../server/src/engine/parse.js'
import {cutParts} from '../server/src/engine/parts.js'
import {buildIndex} from '../server/src/entities/load.js'
import {toDiagnostic} from '../server/src/features/diagnostics.js'
import {rules} from '../server/src/rules/index.js'
import {briefing} from './bench-briefing.mjs'

const root = process.cwd()

/** Each floor: what it is, and the work timed in a fresh process (milliseconds). */
const MEASURES: Record<string, [string, () => number]> = {
  tagger: ['loading the tagger: wink-nlp and its English model, as the first reporting clause needs them', () => timed(() => {
    // As server/src/engine/claims/tagger.ts loads it.
    const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default
    winkNLP(require('wink-eng-lite-web-model'), ['pos']).readDoc('Peskov said the talks were difficult.').tokens().out()
  })],
  entities: ['reading the bundled entity list and building its index (Brieflint’s own code, which the first analysis needs)', () => timed(() => buildIndex())],
  parse: ['parsing the 1 MB briefing with remark (micromark), part by part as Brieflint cuts it', () => {
    const text = briefing(1_000_000)
    // The cut is Brieflint's own work, and not counted.
    const sources = cutParts(text).map((cut) => text.slice(cut.start, cut.end))
    return timed(() => sources.forEach((source, index) => parseMarkdown(source, index === 0)))
  }],
  sentences: ['splitting its parts into sentences with parse-english (mdast-util-to-nlcst), the parse not counted', () => {
    const text = briefing(1_000_000)
    const parts = cutParts(text).map((cut, index) => {
      const source = text.slice(cut.start, cut.end)
      return {source, tree: parseMarkdown(source, index === 0)}
    })
    // One call per part; Brieflint makes one per block (sentences.ts), which measured the same.
    return timed(() => parts.forEach(({source, tree}) => toNlcst(tree, new VFile(source), ParseEnglish, {ignore: ['html']})))
  }],
  protocol: ['sending the 1 MB briefing’s diagnostics once: JSON and UTF-8 out, as the server writes them, then in, as an editor reads them (no I/O)', () => {
    const text = briefing(1_000_000)
    const document = TextDocument.create('file:///bench/open.brief.md', 'briefing', 2, text)
    const diagnostics = lint(text, {rules, entities: buildIndex()}).messages.map((message) => toDiagnostic(message, document))
    const runs = Array.from({length: 11}, () =>
      timed(() => {
        // As server/src/frame-writer.ts writes a message, and as vscode-jsonrpc's reader decodes one.
        const body = Buffer.from(JSON.stringify({jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: {uri: document.uri, version: 2, diagnostics}}), 'utf8')
        const frame = Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body])
        JSON.parse(new TextDecoder().decode(frame.subarray(frame.length - body.length)))
      })
    )
    return median(runs)
  }]
}

function timed(work: () => void): number {
  const started = performance.now()
  work()
  return performance.now() - started
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
}

/** Starting Node and loading the CLI's bundle (`--version`), wall clock. */
function cliStart(): number {
  return timed(() => execFileSync(process.execPath, [resolve(root, 'server/out/cli.js'), '--version'], {stdio: 'ignore'}))
}

const chosen = process.argv.find((arg) => arg.startsWith('--measure='))?.slice('--measure='.length)
if (chosen) {
  console.log(MEASURES[chosen]![1]().toFixed(1))
} else {
  const floors: Record<string, number> = {}
  for (const name of Object.keys(MEASURES)) {
    floors[name] = median(Array.from({length: 3}, () => Number(execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, `--measure=${name}`], {encoding: 'utf8'}).trim())))
  }
  floors.start = median(Array.from({length: 3}, cliStart))
  const ms = (value: number) => `${value.toFixed(0)} ms`
  console.log('\nFloors: the work each target of issue 17 cannot avoid, done by the libraries alone (median of 3 fresh processes)\n')
  console.log('| Work | Time |')
  console.log('|---|---|')
  for (const [name, [what]] of Object.entries(MEASURES)) console.log(`| ${what} | ${ms(floors[name]!)} |`)
  console.log(`| starting Node and loading the CLI bundle (\`brieflint --version\`, wall clock) | ${ms(floors.start)} |`)
  console.log('\n| Target | Its floor (sum of the rows it needs) |')
  console.log('|---|---|')
  console.log(`| didOpen → whole document ≤ 1 s (1 MB) | ${ms(floors.tagger! + floors.parse! + floors.sentences!)} (tagger, parse, sentences) |`)
  console.log(`| cold CLI on 1 MB ≤ 0.35 × remark-cli and below markdownlint-cli2 (CLI table) | ${ms(floors.start + floors.tagger! + floors.parse! + floors.sentences!)} (start, tagger, parse, sentences) |`)
  console.log(`| didOpen → first screen ≤ 300 ms, server started by the open | ${ms(floors.tagger! + floors.entities!)} (tagger, entity list) |`)
  console.log(`| keystroke → diagnostics ≤ 30 ms (1 MB) | ${ms(floors.protocol!)} (sending its diagnostics) |`)
}
