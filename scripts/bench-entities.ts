// The entity list's costs: loading and indexing it (in fresh processes, as the server and CLI do at
// start), the memory it takes, its share of the extension package, and matching speed in process.
// Budgets (issue 13): index build ≤ 100 ms, extension package ≤ 5 MB, server memory +≤ 50 MB.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {EntityIndex} from '../server/src/entities/entity-index.js'
import {bundledSources} from '../server/src/entities/load.js'
import {findMentions} from '../server/src/entities/mentions.js'
import {parseBriefing} from '../server/src/engine/parse.js'

const root = resolve(import.meta.dirname, '..')
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

// A fresh process per run: read the compiled list as the bundles do, then build the index; memory with and without it.
const probe = `
const {performance} = require('node:perf_hooks')
const {bundledSources, buildIndex} = require(${JSON.stringify(join(root, 'server/src/entities/load.ts'))})
globalThis.gc(); const before = process.memoryUsage()
let started = performance.now()
const sources = bundledSources(${JSON.stringify(join(root, 'server/out/bundled-entities.json'))})
const load = performance.now() - started
started = performance.now()
const index = buildIndex()
const build = performance.now() - started
globalThis.gc(); const after = process.memoryUsage()
console.log(JSON.stringify({load, build, heap: (after.heapUsed - before.heapUsed) / 2 ** 20, rss: (after.rss - before.rss) / 2 ** 20, entities: index.entities.size}))
`
const runs = Array.from({length: 5}, () => JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', '-e', probe], {cwd: root, encoding: 'utf8'}).trim().split('\n').at(-1)!) as {load: number; build: number; heap: number; rss: number})

// The extension package, built as `npm run package` does.
const folder = mkdtempSync(join(tmpdir(), 'brieflint-vsix-'))
execFileSync(join(root, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--out', join(folder, 'brieflint.vsix')], {cwd: root, stdio: 'ignore'})
const vsix = statSync(join(folder, 'brieflint.vsix')).size / 1e6
rmSync(folder, {recursive: true, force: true})
const compiled = statSync(join(root, 'server/out/bundled-entities.json')).size / 1e6

const index = new EntityIndex(bundledSources())
const example = readFileSync(resolve(root, 'examples/istanbul-talks.brief.md'), 'utf8')
const body = example.slice(example.indexOf('\n# '))
const text = example.slice(0, example.indexOf('\n# ')) + body.repeat(Math.ceil(2_000_000 / body.length))
const briefing = parseBriefing(text)
// Each run on a fresh model of the same text, so the cached mentions of the last run do not count.
const timings = Array.from({length: 3}, () => {
  const model = parseBriefing(text)
  const started = performance.now()
  findMentions(model, index)
  return (performance.now() - started) / 1000
})
const mentions = findMentions(briefing, index)
const matchSeconds = median(timings)
const people = [...index.entities.values()].filter((entity) => entity.kind === 'person').length
const places = [...index.entities.values()].filter((entity) => entity.kind === 'place').length
console.log('\nEntity list (load and index: median of 5 fresh processes)\n')
console.log('| Measure | Value | Budget |')
console.log('|---|---|---|')
console.log(`| entries: entities (people / places) / posts | ${index.entities.size} (${people} / ${places}) / ${index.posts.size} | |`)
console.log(`| read the compiled list | ${median(runs.map((run) => run.load)).toFixed(0)} ms | |`)
console.log(`| build the index | ${median(runs.map((run) => run.build)).toFixed(0)} ms | ≤ 100 ms |`)
console.log(`| memory the list and index take (heap / RSS) | ${median(runs.map((run) => run.heap)).toFixed(0)} MB / ${median(runs.map((run) => run.rss)).toFixed(0)} MB | ≤ 50 MB |`)
console.log(`| extension package (compiled list in it) | ${vsix.toFixed(2)} MB (${compiled.toFixed(2)} MB) | ≤ 5 MB |`)
console.log(`| link ${(text.length / 1e6).toFixed(1)} MB of briefings (median of 3) | ${(matchSeconds * 1000).toFixed(0)} ms, ${(text.length / 1e6 / matchSeconds).toFixed(1)} MB/s, ${mentions.length} mentions | |`)
