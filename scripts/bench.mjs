// `npm run bench`: Brieflint's cost beside the Markdown linters people already run, on generated
// briefings of 50 KB, 1 MB and 10 MB, and the language server's latency and memory.
// Machines are shared and noisy: read the ratios to the peers more than the absolute times.
import {execFileSync, fork, spawn} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {build} from 'esbuild'
import {briefing} from './bench-briefing.mjs'
import {BUNDLE} from './bundle-options.mjs'

const root = resolve(import.meta.dirname, '..')
const require = createRequire(import.meta.url)
const {createProtocolConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter} = require('vscode-languageserver-protocol/node')
const folder = mkdtempSync(join(tmpdir(), 'brieflint-bench-'))
// `npm run bench -- --quick` leaves out the 10 MB file, which takes the peers minutes.
// `--only=cli|server|load|hostile|entities|floors` runs one table; `--ipc` speaks to the server over node IPC, as the extension does.
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length)
const SIZES = [['50 KB', 50_000], ['1 MB', 1_000_000], ['10 MB', 10_000_000]].filter(([, size]) => !process.argv.includes('--quick') || size < 10_000_000)

function timed(command, args, cwd = folder) {
  const measured = join(folder, 'time.txt')
  const started = process.hrtime.bigint()
  try {
    execFileSync('/usr/bin/time', ['-o', measured, '-f', '%M', command, ...args], {cwd, stdio: 'ignore'})
  } catch {
    // linters exit non-zero when they find problems
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const rss = Number(readFileSync(measured, 'utf8').trim().split('\n').at(-1)) / 1024
  return {seconds, rss}
}

const bin = (name) => join(root, 'node_modules/.bin', name)
const PEERS = {
  brieflint: (file) => timed(process.execPath, [join(root, 'server/out/cli.js'), '--quiet', file]),
  'remark-cli (recommended)': (file) => timed(bin('remark'), ['--quiet', '--no-config', '--use', 'remark-preset-lint-recommended', file], root),
  'markdownlint-cli2': (file) => timed(bin('markdownlint-cli2'), [file])
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

async function cliTable() {
  console.log('\nCLI, whole-file lint including process start (median of 3; peak RSS)\n')
  console.log('| File | Tool | Time | Peak RSS | Time vs brieflint |')
  console.log('|---|---|---|---|---|')
  for (const [label, size] of SIZES) {
    const file = join(folder, `archive-${size}.brief.md`)
    writeFileSync(file, briefing(size))
    const rows = {}
    for (const [tool, run] of Object.entries(PEERS)) {
      const runs = Array.from({length: size >= 10_000_000 ? 1 : 3}, () => run(file))
      rows[tool] = {seconds: median(runs.map((r) => r.seconds)), rss: Math.max(...runs.map((r) => r.rss))}
    }
    for (const [tool, row] of Object.entries(rows)) {
      const ratio = row.seconds / rows.brieflint.seconds
      console.log(`| ${label} | ${tool} | ${row.seconds.toFixed(2)} s | ${row.rss.toFixed(0)} MB | ${tool === 'brieflint' ? '1.00' : ratio.toFixed(2)} |`)
    }
  }
  // --cache: a folder of 200 briefings, linted, then linted again unchanged.
  const archive = join(folder, 'archive')
  mkdirSync(archive, {recursive: true})
  for (let index = 0; index < 200; index++) writeFileSync(join(archive, `b-${index}.brief.md`), briefing(20_000).replace('Archive of desk briefings', `Desk briefing ${index}`))
  const cached = (args) => timed(process.execPath, [join(root, 'server/out/cli.js'), '--quiet', '--cache', '--cache-location', join(folder, 'bench.cache'), ...args, archive])
  rmSync(join(folder, 'bench.cache'), {force: true})
  const cold = cached([])
  const warm = median(Array.from({length: 3}, () => cached([]).seconds))
  console.log(`\n| 200 briefings of 20 KB, \`--cache\` | Time |\n|---|---|\n| first run (cache empty) | ${cold.seconds.toFixed(2)} s |\n| unchanged re-run (median of 3) | ${warm.toFixed(2)} s (${(cold.seconds / warm).toFixed(1)}× faster) |`)
}

/** A language server, as an editor without pull diagnostics drives it: it pushes each version it analyses. */
async function startServer({workspace = null, settings = {maxFileSize: 20_000_000, analysisBudget: 600_000}, ipc = process.argv.includes('--ipc')} = {}) {
  // With the extension's arguments; over stdio, or over node IPC as the extension speaks (`--ipc`).
  const server = ipc
    ? fork(join(root, 'server/out/server.js'), ['--node-ipc'], {execArgv: ['--expose-gc'], silent: true})
    : spawn(process.execPath, ['--expose-gc', join(root, 'server/out/server.js'), '--stdio'], {stdio: 'pipe'})
  const connection = ipc
    ? createProtocolConnection(new IPCMessageReader(server), new IPCMessageWriter(server))
    : createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin))
  // The first publication of each version (a large document's first look comes first), and where the last one reached.
  const published = new Map()
  const reached = new Map()
  const waiting = new Map()
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const key = `${params.uri}@${params.version}`
    const now = performance.now()
    if (!published.has(key)) published.set(key, now)
    reached.set(key, {at: now, line: Math.max(-1, ...params.diagnostics.map((diagnostic) => diagnostic.range.start.line))})
    waiting.get(key)?.()
  })
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => settings))
  connection.listen()
  await connection.sendRequest('initialize', {processId: process.pid, rootUri: workspace && pathToFileURL(workspace).href, capabilities: {workspace: {configuration: true}, textDocument: {publishDiagnostics: {versionSupport: true}}}})
  await connection.sendNotification('initialized', {})
  return {
    connection,
    published,
    /** When a publication of the version first reported a problem on `line` or below: the whole document was analysed. */
    publishedDownTo: (uri, version, line) =>
      new Promise((resolve) => {
        const key = `${uri}@${version}`
        const check = () => reached.get(key)?.line >= line && resolve(reached.get(key).at)
        if (!check()) waiting.set(key, check)
      }),
    publishedFor: (uri, version) =>
      new Promise((resolve) => {
        const key = `${uri}@${version}`
        if (published.has(key)) return resolve(published.get(key))
        waiting.set(key, () => resolve(published.get(key)))
      }),
    open: (uri, text) => connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'briefing', version: 1, text}}),
    insert: (uri, version, line, character, text) =>
      connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{range: {start: {line, character}, end: {line, character}}, text}]}),
    rss: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))[1]) / 1024,
    process: server,
    stop: () => {
      connection.dispose()
      server.kill()
    }
  }
}

const uriOf = (name) => pathToFileURL(join(folder, name)).href
const settle = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

async function serverTable() {
  const server = await startServer()
  const text = briefing(1_000_000)
  const uri = uriOf('open.brief.md')
  let sent = performance.now()
  await server.open(uri, text)
  const firstMs = (await server.publishedFor(uri, 1)) - sent
  // The generated briefing has problems down to its last paragraphs.
  const openMs = (await server.publishedDownTo(uri, 1, text.split('\n').length - 40)) - sent
  const latencies = []
  const lines = text.split('\n')
  for (let version = 2; version <= 51; version++) {
    const line = 80 + Math.floor(Math.random() * (lines.length - 100))
    sent = performance.now()
    await server.insert(uri, version, line, 0, 'x')
    latencies.push((await server.publishedFor(uri, version)) - sent)
  }
  // The server collects two quiet seconds after its last analysis (see collectWhenQuiet).
  await settle(5000)
  const rssOne = server.rss()
  for (let index = 0; index < 100; index++) {
    const other = uriOf(`many-${index}.brief.md`)
    await server.open(other, briefing(20_000))
    await server.publishedFor(other, 1)
  }
  const rssMany = server.rss()
  server.stop()
  // VS Code also starts the server when a workspace holding briefings opens; the server warms up before the first is opened.
  const desk = join(folder, 'desk')
  mkdirSync(desk, {recursive: true})
  writeFileSync(join(desk, 'earlier.brief.md'), briefing(5_000))
  const started = await startServer({workspace: desk})
  await settle(3000)
  sent = performance.now()
  await started.open(pathToFileURL(join(desk, 'open.brief.md')).href, text)
  const warmFirstMs = (await started.publishedFor(pathToFileURL(join(desk, 'open.brief.md')).href, 1)) - sent
  started.stop()
  console.log('\nLanguage server, 1 MB briefing (push diagnostics, no debounce: an edit re-analyses the parts it touched)\n')
  console.log('| Measure | Value |')
  console.log('|---|---|')
  console.log(`| didOpen → diagnostics of the first screen | ${firstMs.toFixed(0)} ms |`)
  console.log(`| didOpen → diagnostics of the first screen, the server started 3 s before with a workspace of briefings | ${warmFirstMs.toFixed(0)} ms |`)
  console.log(`| didOpen → diagnostics of the whole document | ${openMs.toFixed(0)} ms |`)
  console.log(`| keystroke → diagnostics, p50 / p95 of 50 edits | ${percentile(latencies, 50).toFixed(0)} / ${percentile(latencies, 95).toFixed(0)} ms |`)
  console.log(`| RSS with the 1 MB briefing open, 5 s after the last edit | ${rssOne.toFixed(0)} MB |`)
  console.log(`| RSS with 100 more 20 KB briefings open | ${rssMany.toFixed(0)} MB |`)
}

/**
 * Load: many documents at once, then long bursts of typing (one letter, then prose; then prose again in a second
 * server over the other transport, which has not typed the letters before), which must not build a backlog.
 */
async function loadTable() {
  const server = await startServer()
  const {allOpen, rssOpen} = await openMany(server)
  const text = briefing(50_000)
  // Type at the start of a line of text in the middle of the document.
  // (Until 30 November 2026 this typed at line 60, which in this briefing is inside the front matter.)
  const lines = text.split('\n')
  let line = Math.floor(lines.length / 2)
  while (lines[line].trim() === '') line++
  // One letter again and again makes a single word of 1,500 letters, which no writer types; prose is what they do.
  const letter = await burst(server, uriOf('typed.brief.md'), text, line, () => ({column: 0, typed: 'x'}))
  const prose = 'The delegations agreed to meet again in Istanbul in August, Umerov said. '
  const typeProse = (on, name) => burst(on, uriOf(name), text, line, (index) => ({column: index, typed: prose[index % prose.length]}))
  const typing = await typeProse(server, 'prose.brief.md')
  server.stop()
  // The VS Code extension speaks to the server over node IPC, other editors over stdio: prose is typed over the other one too.
  const firstIpc = process.argv.includes('--ipc')
  const other = await startServer({ipc: !firstIpc})
  await openMany(other)
  const typingOther = await typeProse(other, 'prose-other.brief.md')
  other.stop()
  console.log('\nLoad: 200 briefings (5–23 KB) opened at once, then 50 edits a second for 30 s on a 50 KB briefing, three times (each burst on a fresh copy; the third in a second server, over the other transport, with the 200 open too)\n')
  console.log('| Measure | Value |')
  console.log('|---|---|')
  console.log(`| 200 didOpen → all diagnostics published | ${allOpen.toFixed(0)} ms |`)
  console.log(`| RSS with the 200 open | ${rssOpen.toFixed(0)} MB |`)
  const transport = (overIpc) => (overIpc ? 'over node IPC (VS Code)' : 'over stdio (other editors)')
  const bursts = [[`one letter at one place, ${transport(firstIpc)}`, letter], [`prose, one character after another, ${transport(firstIpc)}`, typing], [`prose, ${transport(!firstIpc)}`, typingOther]]
  for (const [name, result] of bursts) {
    console.log(`| typing ${name}: edits sent / versions published during the burst | ${result.sent} / ${result.lags.length} |`)
    console.log(`| typing ${name}: edit → its diagnostics, p50 / p95 / max (published versions) | ${percentile(result.lags, 50).toFixed(0)} / ${percentile(result.lags, 95).toFixed(0)} / ${Math.max(...result.lags).toFixed(0)} ms |`)
    console.log(`| typing ${name}: last edit → its diagnostics | ${result.lastMs.toFixed(0)} ms |`)
    console.log(`| typing ${name}: RSS before / peak during / 5 s and 20 s after the burst | ${result.rssBefore.toFixed(0)} / ${result.peak.toFixed(0)} / ${result.rssAfter.toFixed(0)} / ${result.rssLater.toFixed(0)} MB |`)
  }
}

/** 200 briefings of 5–23 KB opened at once: when the last one's diagnostics came, and the server's RSS then. */
async function openMany(server) {
  const uris = Array.from({length: 200}, (_, index) => uriOf(`load-${index}.brief.md`))
  const started = performance.now()
  await Promise.all(uris.map((uri, index) => server.open(uri, briefing(5_000 + (index % 10) * 2_000))))
  const openTimes = await Promise.all(uris.map((uri) => server.publishedFor(uri, 1)))
  return {allOpen: Math.max(...openTimes) - started, rssOpen: server.rss()}
}

/** 50 edits a second for 30 seconds on `text` opened as `uri`, each typing `key(index)` on `line`. */
async function burst(server, uri, text, line, key) {
  await server.open(uri, text)
  await server.publishedFor(uri, 1)
  await settle(3000)
  const rssBefore = server.rss()
  const sentAt = new Map()
  let version = 1
  let peak = rssBefore
  const started = performance.now()
  while (performance.now() - started < 30_000) {
    version++
    sentAt.set(version, performance.now())
    const {column, typed} = key(version - 2)
    await server.insert(uri, version, line, column, typed)
    if (version % 50 === 0) peak = Math.max(peak, server.rss())
    await settle(Math.max(0, started + (version - 1) * 20 - performance.now()))
  }
  const lastPublished = await server.publishedFor(uri, version)
  const lags = [...sentAt].filter(([v]) => server.published.has(`${uri}@${v}`)).map(([v, at]) => server.published.get(`${uri}@${v}`) - at)
  await settle(5000)
  const rssAfter = server.rss()
  await settle(15000)
  const rssLater = server.rss()
  server.connection.sendNotification('textDocument/didClose', {textDocument: {uri}})
  return {sent: version - 1, lags, lastMs: lastPublished - sentAt.get(version), rssBefore, peak, rssAfter, rssLater}
}

/** The highest RSS of a server, sampled every 100 ms from this process until `stop`. */
function peakRss(server) {
  let peak = server.rss()
  const timer = setInterval(() => (peak = Math.max(peak, server.rss())), 100)
  return {stop: () => (clearInterval(timer), peak)}
}

/**
 * The worst cases of two hostile situations: an editor that stops reading the server's output while
 * the user types, and Find References with a 9.5 MB briefing (under the default maxFileSize) and a
 * 30 MB one (over it) on disk, unopened.
 */
async function hostileTable() {
  const server = await startServer()
  const uri = uriOf('stalled.brief.md')
  // A thousand one-line claims, none sourced: each publication is about 330 KB, each edit analysed in milliseconds.
  const claims = `---\ntitle: Stalled\ndate: 2025-07-24\n---\n\n${Array.from({length: 1000}, (_, index) => `Delegation ${index} met for ${index + 2} hours.`).join('\n\n')}\n`
  await server.open(uri, claims)
  await server.publishedFor(uri, 1)
  await settle(3000)
  const rssBefore = server.rss()
  server.process.stdout.pause()
  let version = 1
  const stalledPeak = peakRss(server)
  let started = performance.now()
  // Twenty edits a second for 20 seconds, none of the diagnostics read: each is analysed before the next.
  while (performance.now() - started < 20_000) {
    await server.insert(uri, ++version, 6, 0, 'x')
    await settle(Math.max(0, started + (version - 1) * 50 - performance.now()))
  }
  const rssStalled = server.rss()
  const peak = stalledPeak.stop()
  started = performance.now()
  server.process.stdout.resume()
  await server.publishedFor(uri, version)
  const caughtUp = performance.now() - started
  const publications = [...server.published.keys()].filter((key) => key.startsWith(`${uri}@`) && key !== `${uri}@1`).length
  server.stop()

  const workspace = join(folder, 'references')
  mkdirSync(workspace)
  writeFileSync(join(workspace, 'large.brief.md'), briefing(9_500_000))
  writeFileSync(join(workspace, 'huge.brief.md'), briefing(30_000_000))
  const searcher = await startServer({workspace, settings: {}})
  const open = pathToFileURL(join(workspace, 'open.brief.md')).href
  const openText = briefing(20_000)
  await searcher.open(open, openText)
  await searcher.publishedFor(open, 1)
  const rssIdle = searcher.rss()
  const line = openText.split('\n').findIndex((text) => text.includes('Rustem Umerov'))
  const at = {textDocument: {uri: open}, position: {line, character: openText.split('\n')[line].indexOf('Rustem Umerov') + 2}}
  started = performance.now()
  let done = false
  const references = searcher.connection.sendRequest('textDocument/references', {...at, context: {includeDeclaration: false}}).then((found) => {
    done = true
    return found
  })
  const hovers = []
  const sampler = peakRss(searcher)
  while (!done) {
    const sent = performance.now()
    await searcher.connection.sendRequest('textDocument/hover', at)
    hovers.push(performance.now() - sent)
    await settle(50)
  }
  const found = await references
  const searchMs = performance.now() - started
  const searchPeak = sampler.stop()
  searcher.stop()
  console.log('\nHostile cases: an editor that stops reading; Find References over a 9.5 MB and a 30 MB briefing on disk\n')
  console.log('| Measure | Value |')
  console.log('|---|---|')
  console.log(`| 1,000 diagnostics (330 KB a publication), 20 edits a second for 20 s, output not read: RSS before / peak / at the end | ${rssBefore.toFixed(0)} / ${peak.toFixed(0)} / ${rssStalled.toFixed(0)} MB |`)
  console.log(`| … then read again: publications received for the ${version - 1} edits, time to the latest | ${publications}, ${caughtUp.toFixed(0)} ms |`)
  console.log(`| Find References (${found.length} locations; the 30 MB file skipped): time, RSS idle / peak | ${searchMs.toFixed(0)} ms, ${rssIdle.toFixed(0)} / ${searchPeak.toFixed(0)} MB |`)
  console.log(`| hovers answered meanwhile: count, p50 / max | ${hovers.length}, ${percentile(hovers, 50).toFixed(0)} / ${Math.max(...hovers).toFixed(0)} ms |`)
}

try {
  if (!only || only === 'cli') await cliTable()
  if (!only || only === 'server') await serverTable()
  if (!only || only === 'load') await loadTable()
  if (!only || only === 'hostile') await hostileTable()
  if (!only || only === 'entities') console.log(execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/bench-entities.ts')], {encoding: 'utf8'}))
  if (!only || only === 'floors') {
    // Bundled next to the CLI and as it is: the tagger's model and the entity list are found there, and the libraries run as shipped.
    const floors = join(root, 'server/out/bench-floors.cjs')
    await build({...BUNDLE, entryPoints: [join(root, 'scripts/bench-floors.ts')], outfile: floors})
    try {
      console.log(execFileSync(process.execPath, [floors], {cwd: root, encoding: 'utf8'}))
    } finally {
      rmSync(floors, {force: true})
    }
  }
} finally {
  rmSync(folder, {recursive: true, force: true})
}
