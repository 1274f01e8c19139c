// Drives a real VS Code (code-server in Debian's Chromium) the way a person does: keyboard, mouse and
// what is on screen. Every process started here is stopped by `stop()`, on success or failure.
import {execFileSync, spawn} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {createServer} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {paths} from './setup.mjs'

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address()
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.ok || response.status === 302) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`code-server did not answer on ${url} within ${timeoutMs / 1000} s`)
}

export async function openEditor({vsix, folder, log = () => {}}) {
  const home = mkdtempSync(join(tmpdir(), 'brieflint-e2e-'))
  const env = {...process.env, PATH: `${join(paths.node24, '..')}:${process.env.PATH}`, HOME: home}
  // A quiet workbench: no welcome page, chat side bar or AI features in the way of the panels under test.
  mkdirSync(join(home, 'user/User'), {recursive: true})
  writeFileSync(
    join(home, 'user/User/settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'chat.disableAIFeatures': true,
      'editor.unicodeHighlight.ambiguousCharacters': false,
      'workbench.tips.enabled': false,
      'extensions.ignoreRecommendations': true
    })
  )
  const codeServer = (args) => [paths.codeServerEntry, '--user-data-dir', join(home, 'user'), '--extensions-dir', join(home, 'extensions'), ...args]
  execFileSync(paths.node24, codeServer(['--install-extension', vsix, '--force']), {env, stdio: 'pipe'})
  const port = await freePort()
  const server = spawn(
    paths.node24,
    codeServer(['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', folder]),
    {env, stdio: ['ignore', 'pipe', 'pipe'], detached: true}
  )
  let serverLog = ''
  server.stdout.on('data', (chunk) => (serverLog += chunk))
  server.stderr.on('data', (chunk) => (serverLog += chunk))
  let browser
  const stop = async () => {
    await browser?.close().catch(() => undefined)
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {
      // already gone
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
    try {
      process.kill(-server.pid, 'SIGKILL')
    } catch {
      // already gone
    }
    rmSync(home, {recursive: true, force: true})
  }
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000)
    const {chromium} = createRequire(import.meta.url)(paths.playwright)
    browser = await chromium.launch({
      executablePath: paths.chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
    })
    const page = await browser.newPage({viewport: {width: 1440, height: 900}})
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`)
    await page.waitForSelector('.monaco-workbench', {timeout: 60_000})
    log(`code-server ${port} ready`)
    return {page, stop, serverLog: () => serverLog, home}
  } catch (error) {
    await stop()
    throw new Error(`${error.message}\n--- code-server output ---\n${serverLog.slice(-2000)}`)
  }
}

/** Opens a file with Quick Open, as a person would (Ctrl+P, its name, Enter). */
export async function openFile(page, name) {
  await page.keyboard.press('Control+P')
  await page.waitForSelector('.quick-input-widget input', {state: 'visible'})
  await page.keyboard.type(name)
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`, {timeout: 15_000})
  await page.keyboard.press('Enter')
  await page.waitForSelector(`.tab.active[aria-label*="${name}"]`, {timeout: 15_000})
}

export async function runCommand(page, title) {
  await page.keyboard.press('Control+Shift+P')
  await page.waitForSelector('.quick-input-widget input', {state: 'visible'})
  await page.keyboard.type(title)
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`, {timeout: 15_000})
  await page.keyboard.press('Enter')
}

export async function statusBarTexts(page) {
  return page.$$eval('.statusbar-item', (items) => items.map((item) => (item.getAttribute('aria-label') ?? item.textContent ?? '').trim()).filter(Boolean))
}

/** The rows of the Problems panel (opened if needed), as their accessible labels. */
export async function problemRows(page) {
  if (!(await page.$('.markers-panel'))) await runCommand(page, 'View: Focus Problems')
  await page.waitForSelector('.markers-panel .monaco-list-row', {timeout: 20_000})
  return page.$$eval('.markers-panel .monaco-list-row', (rows) => rows.map((row) => row.getAttribute('aria-label') ?? row.textContent ?? ''))
}

/** Error, warning and information counts from the status bar's problems item. */
export async function problemCounts(page) {
  const label = await page.$eval('#status\\.problems', (item) => item.getAttribute('aria-label') ?? item.textContent ?? '')
  // The label reads like "Errors: 1, Warnings: 9, Infos: 16"; a kind with none is left out.
  const count = (word) => Number(new RegExp(`${word}:\\s*(\\d+)`, 'i').exec(label)?.[1] ?? 0)
  return {errors: count('errors'), warnings: count('warnings'), infos: count('infos'), label}
}

/**
 * The editor's token `token` on the line that contains `line`, scrolled into view. Monaco renders each
 * token (and each semantic token, such as a linked name) as its own span.
 */
export async function editorToken(page, line, token) {
  // Focus the editor first (clicking a line number selects that line): Ctrl+F in a focused panel would search the panel.
  await page.locator('.monaco-editor .margin-view-overlays .line-numbers').first().click({force: true})
  await page.keyboard.press('Control+F')
  await page.waitForSelector('.find-widget.visible', {timeout: 10_000})
  await page.keyboard.type(line)
  await page.keyboard.press('Escape')
  // Monaco writes spaces as no-break spaces, so match any kind of space.
  const pattern = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\\u00a0]')
  const row = page.locator('.monaco-editor .view-lines .view-line', {hasText: new RegExp(pattern(line))}).first()
  await row.waitFor({state: 'visible', timeout: 15_000})
  const span = row.locator('span span').filter({hasText: new RegExp(`^${pattern(token)}$`)}).first()
  if ((await span.count()) > 0) return span
  return row.locator('span span', {hasText: new RegExp(pattern(token))}).first()
}

/** Points at a token of the editor with the mouse and returns the hover's text. */
export async function hoverText(page, line, token) {
  const span = await editorToken(page, line, token)
  const box = await span.boundingBox()
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first()
  // Approach from the left, as a hand does; a second pass covers a hover cancelled by a repaint.
  for (let attempt = 0; attempt < 2; attempt++) {
    await page.mouse.move(box.x - 30, box.y + box.height / 2)
    await page.mouse.move(box.x + Math.min(box.width / 2, 12), box.y + box.height / 2, {steps: 5})
    try {
      await hover.waitFor({state: 'visible', timeout: 5_000})
      return (await hover.innerText()).trim()
    } catch {
      // try once more
    }
  }
  throw new Error(`no hover appeared over "${token}"`)
}

/** The editor's visible text, line by line. */
export async function visibleLines(page) {
  return page.$$eval('.monaco-editor .view-lines .view-line', (lines) =>
    lines.map((line) => ({top: Number.parseFloat(line.style.top), text: line.textContent.replace(/\u00a0/g, ' ')})).sort((a, b) => a.top - b.top).map((line) => line.text)
  )
}

/** Process ids of running Brieflint language servers started by this code-server. */
export function serverPids(home) {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], {encoding: 'utf8'})
  return out
    .split('\n')
    .filter((line) => line.includes('server/out/server.js') && line.includes(home))
    .map((line) => Number(line.trim().split(/\s+/)[0]))
}
