// Smoke test of the end-to-end machinery itself (not of Brieflint): builds a trivial extension in a
// temporary folder, packages it with vsce, installs it into code-server, and checks in Chromium that
// the status bar, the Problems panel, a hover, the Command Palette and the process helpers work, and
// that no process is left behind afterwards.
//
//   node test/e2e/smoke.mjs        (screenshot: /tmp/brieflint-e2e-smoke.png, or $BRIEFLINT_E2E_SCREENSHOT)
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {editorToken, findPids, hoverText, openEditor, openFile, problemRows, processList, runCommand, screenshot, statusBarTexts} from './editor.mjs'
import {setup} from './setup.mjs'

const root = resolve(import.meta.dirname, '../..')
const SHOT = process.env.BRIEFLINT_E2E_SCREENSHOT || join(tmpdir(), 'brieflint-e2e-smoke.png')
const timings = {}
const t0 = Date.now()
let mark = Date.now()
function lap(name) {
  timings[name] = (Date.now() - mark) / 1000
  mark = Date.now()
}

const EXTENSION = {
  'package.json': JSON.stringify(
    {
      name: 'e2e-smoke',
      displayName: 'E2E smoke',
      description: 'Checks the end-to-end test machinery.',
      publisher: 'brieflint-e2e',
      version: '0.0.1',
      license: 'MIT',
      engines: {vscode: '^1.80.0'},
      activationEvents: ['onLanguage:markdown'],
      main: './extension.js',
      contributes: {commands: [{command: 'e2eSmoke.hello', title: 'Say Hello', category: 'Smoke'}]}
    },
    null,
    2
  ),
  'extension.js': `
const vscode = require('vscode')
const {spawn} = require('child_process')
const path = require('path')

exports.activate = (context) => {
  const item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 1000)
  item.text = 'Smoke OK'
  item.show()
  const diagnostics = vscode.languages.createDiagnosticCollection('smoke')
  const lint = (document) => {
    if (document.languageId !== 'markdown') return
    const diagnostic = new vscode.Diagnostic(document.lineAt(0).range, 'Smoke diagnostic on line 1', vscode.DiagnosticSeverity.Warning)
    diagnostic.source = 'smoke'
    diagnostics.set(document.uri, [diagnostic])
  }
  vscode.workspace.textDocuments.forEach(lint)
  context.subscriptions.push(
    item,
    diagnostics,
    vscode.workspace.onDidOpenTextDocument(lint),
    vscode.workspace.onDidChangeTextDocument((event) => lint(event.document)),
    vscode.languages.registerHoverProvider({language: 'markdown'}, {provideHover: () => new vscode.Hover('Smoke hover')}),
    vscode.commands.registerCommand('e2eSmoke.hello', () => (item.text = 'Smoke hello'))
  )
  // A stand-in for a language server, made as hard to clean up as possible: its own process group,
  // and it ignores SIGTERM. stop() must still leave nothing behind.
  const child = spawn(process.execPath, [path.join(__dirname, 'smoke-server.js'), '--e2e-smoke-language-server'], {detached: true, stdio: 'ignore'})
  context.subscriptions.push({dispose: () => child.kill()})
}
`,
  'smoke-server.js': `process.on('SIGTERM', () => {})\nsetInterval(() => {}, 1 << 30)\n`,
  'README.md': '# E2E smoke\n\nA trivial extension used by test/e2e/smoke.mjs.\n',
  LICENSE: 'MIT License\n\nCopyright (c) Brieflint contributors\n'
}

/** Writes the smoke extension into `work`, packages it with vsce, and makes a workspace folder with a Markdown file. */
export function buildSmoke(work) {
  const extension = join(work, 'extension')
  mkdirSync(extension, {recursive: true})
  for (const [name, text] of Object.entries(EXTENSION)) writeFileSync(join(extension, name), text)
  const vsix = join(work, 'e2e-smoke.vsix')
  execFileSync(join(root, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '--out', vsix], {cwd: extension, stdio: ['ignore', 'pipe', 'pipe']})
  const folder = join(work, 'workspace')
  mkdirSync(folder, {recursive: true})
  // Line 5 is long enough to be soft-wrapped (Markdown wraps by default): its first word and its end
  // fall on different visual rows.
  const long = `Wrapstart ${'and the paragraph goes on '.repeat(12)}until its final words.`
  writeFileSync(join(folder, 'notes.md'), `# Smoke notes\n\nA second paragraph.\n\n${long}\n`)
  return {vsix, folder}
}

/** `claim` says what should hold; it is printed as "ok - claim", or thrown as "not ok - claim". */
function check(condition, claim) {
  if (!condition) throw new Error(`not ok - ${claim}`)
  console.log(`ok - ${claim}`)
}

async function until(read, accept, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs
  let last
  while (Date.now() < deadline) {
    last = await read().catch((error) => `error: ${error.message.split('\n')[0]}`)
    if (accept(last)) return last
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${what}: still ${JSON.stringify(last)} after ${timeoutMs / 1000} s`)
}

async function main() {
  setup()
  lap('setup')

  const work = mkdtempSync(join(tmpdir(), 'brieflint-e2e-smoke-'))
  process.on('exit', () => rmSync(work, {recursive: true, force: true}))
  const {vsix, folder} = buildSmoke(work)
  check(existsSync(vsix), `vsce packaged the extension (${vsix})`)
  lap('package')

  const editor = await openEditor({vsix, folder, log: (line) => console.log(`  ${line}`)})
  lap('start')
  const {page} = editor
  let started = []
  try {
    await openFile(page, 'notes.md')
    const items = await until(() => statusBarTexts(page), (texts) => Array.isArray(texts) && texts.includes('Smoke OK'), 30_000, 'status bar')
    check(items.includes('Smoke OK'), 'the status bar shows "Smoke OK"')
    const rows = await until(() => problemRows(page), (rows) => Array.isArray(rows) && rows.some((row) => row.includes('Smoke diagnostic on line 1')), 30_000, 'Problems panel')
    console.log(`  Problems rows: ${JSON.stringify(rows)}`)
    check(rows.some((row) => row.includes('Smoke diagnostic on line 1')), 'the Problems panel lists the diagnostic')
    // Line 3: on line 1 the hover would also show the diagnostic.
    const hover = await hoverText(page, 'A second paragraph')
    console.log(`  hover: ${JSON.stringify(hover)}`)
    check(hover.includes('Smoke hover'), 'the hover shows "Smoke hover"')
    await page.waitForTimeout(300) // the hover fades in
    await screenshot(page, SHOT)
    await page.mouse.move(5, 5)
    const visualRows = await page.$$eval('.editor-instance .view-line', (lines) => lines.length)
    const wrapped = await editorToken(page, 'until its final words', 'Wrapstart')
    check((await wrapped.textContent()).startsWith('Wrapstart') && visualRows > 6, `a token of a soft-wrapped line is found from the line's last row (${visualRows} rows for 6 lines)`)
    await runCommand(page, 'Smoke: Say Hello')
    await until(() => statusBarTexts(page), (texts) => Array.isArray(texts) && texts.includes('Smoke hello'), 10_000, 'status bar after the command')
    check(true, 'a command run from the Command Palette changed the status bar')
    started = editor.pids('--e2e-smoke-language-server')
    check(started.length === 1, `one language-server child process is found by its command line (pid ${started.join(',') || 'none'})`)
    lap('checks')
  } catch (error) {
    const shot = await screenshot(page, SHOT.replace(/\.png$/, '-failure.png')).catch(() => 'none')
    throw new Error(`${error.message.split('\n')[0]} (screenshot: ${shot})`)
  } finally {
    const all = editor.processes()
    console.log(`  processes before stop: ${processList().filter((proc) => all.includes(proc.pid)).map((proc) => `${proc.pid} ${proc.args.split(' ')[0].split('/').pop()}${proc.args.includes('--type=') ? ` ${/--type=(\S+)/.exec(proc.args)[1]}` : ''}`).join(', ')}`)
    await editor.stop()
    lap('stop')
    const left = processList().filter((proc) => all.includes(proc.pid) || started.includes(proc.pid) || proc.args.includes(editor.home))
    if (left.length > 0) throw new Error(`processes left behind: ${left.map((proc) => `${proc.pid} ${proc.args.slice(0, 100)}`).join('; ')}`)
    // Only this run's: another smoke test may be running next to this one.
    if (findPids('--e2e-smoke-language-server').some((pid) => processList().find((proc) => proc.pid === pid)?.args.includes(editor.home))) {
      throw new Error('the smoke language server outlived stop()')
    }
    console.log(`ok - no process left behind (${all.length} were running)`)
  }
  console.log(`screenshot: ${SHOT}`)
  console.log(`timings (s): ${Object.entries(timings).map(([name, seconds]) => `${name} ${seconds.toFixed(1)}`).join(', ')}; total ${((Date.now() - t0) / 1000).toFixed(1)}`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`smoke: ${error.message}`)
    process.exitCode = 1
  })
}
