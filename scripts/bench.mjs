// `npm run bench`: Brieflint's cost beside the Markdown linters people already run, on generated
// briefings of 50 KB, 1 MB and 10 MB, and the language server's latency and memory.
// Machines are shared and noisy: read the ratios to the peers more than the absolute times.
import {execFileSync, spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'

const root = resolve(import.meta.dirname, '..')
const require = createRequire(import.meta.url)
const {createProtocolConnection, StreamMessageReader, StreamMessageWriter} = require('vscode-languageserver-protocol/node')
const folder = mkdtempSync(join(tmpdir(), 'brieflint-bench-'))
// `npm run bench -- --quick` leaves out the 10 MB file, which takes the peers minutes.
const SIZES = [['50 KB', 50_000], ['1 MB', 1_000_000], ['10 MB', 10_000_000]].filter(([, size]) => !process.argv.includes('--quick') || size < 10_000_000)

/** A realistic briefing: many sources, sections, an attributed list, citations, quotes and names. */
function briefing(size) {
  const keys = Array.from({length: 60}, (_, index) => `src-${index}`)
  const header = `---\ntitle: Archive of desk briefings\ndate: 2025-07-24\nsources:\n${keys.map((key) => `  ${key}: {title: "Report ${key}", publisher: Izvestia, date: 2025-07-23}`).join('\n')}\n---\n\n# Archive\n\n`
  const sections = [
    (n) => `## Round ${n}\n\nOn Wednesday evening, July 23, the delegations met in Istanbul [@src-${n % 60}]. The talks lasted just under an hour.\n\n`,
    (n) => `At a press conference, Vladimir Medinsky stated the following [@src-${(n + 1) % 60}]:\n\n- Russia has offered to exchange 1,200 more prisoners of war.\n- Kyiv will consider the proposal.\n- Exchanges of the wounded will continue.\n\n`,
    () => 'In turn, the head of the Ukrainian delegation, Rustem Umerov, said that a ceasefire had been discussed. He added that Kyiv expects progress.\n\n',
    () => 'As Kremlin spokesman Dmitry Peskov explained, the conversation was expected to be difficult. Sources say the next round will be in August.\n\n',
    () => 'President Volodymyr Zelenskyy (his term of office expired in May 2024) stated that the delegation would insist on a ceasefire. Turkish Foreign Minister Hakan Fidan hosted the talks.\n\n',
    (n) => `**Assessment:** a leaders' meeting before September is unlikely [@src-${(n + 2) % 60}].\n\n`
  ]
  let text = header
  for (let n = 0; text.length < size; n++) text += sections[n % sections.length](n)
  return text
}

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
}

async function serverTable() {
  const server = spawn(process.execPath, [join(root, 'server/out/server.js'), '--stdio'], {stdio: 'pipe'})
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin))
  const published = new Map()
  const waiting = new Map()
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    published.set(`${params.uri}@${params.version}`, Date.now())
    waiting.get(`${params.uri}@${params.version}`)?.()
  })
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({maxFileSize: 20_000_000})))
  connection.listen()
  // An editor without pull diagnostics: the server pushes each version once it is analysed.
  await connection.sendRequest('initialize', {processId: process.pid, rootUri: null, capabilities: {workspace: {configuration: true}, textDocument: {publishDiagnostics: {versionSupport: true}}}})
  await connection.sendNotification('initialized', {})
  const publishedFor = (uri, version) =>
    new Promise((resolve) => {
      if (published.has(`${uri}@${version}`)) return resolve(published.get(`${uri}@${version}`))
      waiting.set(`${uri}@${version}`, () => resolve(published.get(`${uri}@${version}`)))
    })
  const text = briefing(1_000_000)
  const uri = pathToFileURL(join(folder, 'open.brief.md')).href
  const opened = Date.now()
  await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'briefing', version: 1, text}})
  const openMs = (await publishedFor(uri, 1)) - opened
  const latencies = []
  const lines = text.split('\n')
  for (let version = 2; version <= 51; version++) {
    const line = 40 + Math.floor(Math.random() * (lines.length - 50))
    const sent = Date.now()
    await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{range: {start: {line, character: 0}, end: {line, character: 0}}, text: 'x'}]})
    latencies.push((await publishedFor(uri, version)) - sent)
  }
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))[1]) / 1024
  const rssOne = rss()
  for (let index = 0; index < 100; index++) {
    const other = pathToFileURL(join(folder, `many-${index}.brief.md`)).href
    await connection.sendNotification('textDocument/didOpen', {textDocument: {uri: other, languageId: 'briefing', version: 1, text: briefing(20_000)}})
    await publishedFor(other, 1)
  }
  const rssMany = rss()
  connection.dispose()
  server.kill()
  console.log('\nLanguage server, 1 MB briefing (push diagnostics; edits are debounced 300 ms)\n')
  console.log('| Measure | Value |')
  console.log('|---|---|')
  console.log(`| didOpen → diagnostics | ${openMs} ms |`)
  console.log(`| keystroke → diagnostics, p50 / p95 of 50 edits | ${percentile(latencies, 50)} / ${percentile(latencies, 95)} ms |`)
  console.log(`| of which debounce | 300 ms |`)
  console.log(`| RSS with the 1 MB briefing open | ${rssOne.toFixed(0)} MB |`)
  console.log(`| RSS with 100 more 20 KB briefings open | ${rssMany.toFixed(0)} MB |`)
}

try {
  await cliTable()
  await serverTable()
  console.log(execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/bench-entities.ts')], {encoding: 'utf8'}))
} finally {
  rmSync(folder, {recursive: true, force: true})
}
