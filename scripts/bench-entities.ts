// The entity list's one-off cost (building the trie) and its matching speed, in process.
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {EntityIndex} from '../server/src/entities/entity-index.js'
import {bundledSources} from '../server/src/entities/load.js'
import {findMentions} from '../server/src/entities/mentions.js'
import {parseBriefing} from '../server/src/engine/parse.js'

const sources = bundledSources()
let started = performance.now()
const index = new EntityIndex(sources)
const buildMs = performance.now() - started
const example = readFileSync(resolve(import.meta.dirname, '../examples/istanbul-talks.brief.md'), 'utf8')
const body = example.slice(example.indexOf('\n# '))
const text = example.slice(0, example.indexOf('\n# ')) + body.repeat(Math.ceil(2_000_000 / body.length))
const briefing = parseBriefing(text)
started = performance.now()
const mentions = findMentions(briefing, index)
const matchSeconds = (performance.now() - started) / 1000
console.log('\nEntity list\n')
console.log('| Measure | Value |')
console.log('|---|---|')
console.log(`| entries (entities / posts) | ${index.entities.size} / ${index.posts.size} |`)
console.log(`| build the index | ${buildMs.toFixed(0)} ms |`)
console.log(`| link ${(text.length / 1e6).toFixed(1)} MB of briefings | ${(matchSeconds * 1000).toFixed(0)} ms, ${(text.length / 1e6 / matchSeconds).toFixed(1)} MB/s, ${mentions.length} mentions |`)
