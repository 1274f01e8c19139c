// Drives a real VS Code (code-server in Debian's Chromium) the way a person does: keyboard, mouse and
// what is on screen. Every process started here (code-server and all its descendants: extension host,
// language servers, pty host; Chromium and its helpers) is stopped by `stop()`, on success or failure,
// and also when the test process exits or is interrupted. See docs/e2e.md.
//
//   const editor = await openEditor({vsix, folder})
//   try { await openFile(editor.page, 'a.md'); ... } finally { await editor.stop() }
import {execFileSync, spawn} from 'node:child_process'
import {createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {createServer} from 'node:net'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {paths} from './setup.mjs'

const env = process.env
/** Chromium flags checked on this machine (docs/e2e.md). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']

/** A quiet workbench: no welcome page, chat side bar, tips or update checks in the way of the panels under test. */
const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'editor.unicodeHighlight.ambiguousCharacters': false,
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off'
}

// ---------------------------------------------------------------------------------------------
// Processes

/**
 * Every live process as {pid, ppid, pgid, args}. Zombies (exited, waiting to be reaped by their
 * parent) are left out unless `zombies` is set: they hold no resources and cannot be killed.
 */
export function processList({zombies = false} = {}) {
  return execFileSync('ps', ['-eo', 'pid=,ppid=,pgid=,stat=,args='], {encoding: 'utf8', maxBuffer: 16 * 1024 * 1024})
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(line))
    .filter(Boolean)
    .map(([, pid, ppid, pgid, stat, args]) => ({pid: Number(pid), ppid: Number(ppid), pgid: Number(pgid), stat, args}))
    .filter((proc) => zombies || !proc.stat.startsWith('Z'))
}

/** The processes below `root` (not `root` itself), children before grandchildren. */
export function descendants(root, list = processList()) {
  const found = []
  const queue = [root]
  while (queue.length > 0) {
    const parent = queue.shift()
    for (const proc of list) {
      if (proc.ppid === parent && !found.includes(proc)) {
        found.push(proc)
        queue.push(proc.pid)
      }
    }
  }
  return found
}

/**
 * Process ids whose command line contains `substring`; with `root`, only among the descendants of
 * that process (for example an editor's `serverPid`, to find the language server it started).
 */
export function findPids(substring, {root} = {}) {
  const list = processList()
  const candidates = root === undefined ? list : descendants(root, list)
  return candidates.filter((proc) => proc.args.includes(substring) && proc.pid !== process.pid).map((proc) => proc.pid)
}

/** Process ids of running Brieflint language servers started by the editor whose temporary home is `home`. */
export function serverPids(home) {
  return findPids('server/out/server.js').filter((pid) => processList().find((proc) => proc.pid === pid)?.args.includes(home))
}

/** Those of `pids` still running (zombies count as gone). */
function running(pids) {
  const live = new Set(processList().map((proc) => proc.pid))
  return pids.filter((pid) => live.has(pid))
}

function signal(target, name) {
  try {
    process.kill(target, name)
  } catch {
    // gone already
  }
}

/**
 * The process-group leaders and the processes (with all their descendants) to stop. Every pid seen is
 * remembered in `groups.seen`: a process whose parent has died is no longer anyone's descendant.
 */
function collect(groups, roots) {
  const list = processList()
  const pids = new Set()
  groups.seen ??= new Set()
  for (const pid of groups.seen) if (list.some((proc) => proc.pid === pid)) pids.add(pid)
  for (const root of roots) {
    if (list.some((proc) => proc.pid === root)) pids.add(root)
    for (const proc of descendants(root, list)) pids.add(proc.pid)
  }
  for (const proc of list) if (groups.includes(proc.pgid)) pids.add(proc.pid)
  pids.delete(process.pid)
  for (const pid of pids) groups.seen.add(pid)
  return [...pids]
}

/** SIGTERM the process groups and trees, then SIGKILL what is still there after `graceMs`; returns the survivors. */
async function terminate(groups, roots, graceMs = 3000) {
  const pids = collect(groups, roots)
  for (const group of groups) signal(-group, 'SIGTERM')
  for (const pid of pids) signal(pid, 'SIGTERM')
  const pause = () => new Promise((resolve) => setTimeout(resolve, 100))
  for (const deadline = Date.now() + graceMs; Date.now() < deadline && running(pids).length > 0; ) await pause()
  // Children that appeared meanwhile (a language server restarted by its client) are collected again.
  const left = [...new Set([...running(pids), ...collect(groups, roots)])]
  for (const group of groups) signal(-group, 'SIGKILL')
  for (const pid of left) signal(pid, 'SIGKILL')
  for (const deadline = Date.now() + 5000; Date.now() < deadline && running(left).length > 0; ) await pause()
  return running(left)
}

function terminateSync(groups, roots) {
  try {
    for (const pid of collect(groups, roots)) signal(pid, 'SIGKILL')
  } catch {
    // ps unavailable during exit: the groups below still go
  }
  for (const group of groups) signal(-group, 'SIGKILL')
}

// ---------------------------------------------------------------------------------------------
// Starting and stopping

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

async function waitForHttp(url, timeoutMs, exited) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`code-server exited before answering on ${url}`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`code-server did not answer on ${url} within ${timeoutMs / 1000} s`)
}

/**
 * Installs `vsix` into a fresh extensions folder, starts code-server on a free loopback port with
 * `folder` open, opens it in Chromium and waits for the workbench.
 *
 * Options: `settings` (merged into the user settings), `log` (progress lines), `keep` (keep the
 * temporary home with code-server's logs; also BRIEFLINT_E2E_KEEP=1).
 *
 * Returns {page, context, browser, url, port, home, logs, serverPid, serverLog(), processes(), pids(substring), stop()}.
 */
export async function openEditor({vsix, folder, settings = {}, log = () => {}, keep = Boolean(env.BRIEFLINT_E2E_KEEP)}) {
  folder = resolve(folder)
  if (env.BRIEFLINT_E2E_HEADED && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    throw new Error('BRIEFLINT_E2E_HEADED needs a display (DISPLAY is not set): run under xvfb-run, or record a trace with BRIEFLINT_E2E_TRACE (docs/e2e.md)')
  }
  const home = mkdtempSync(join(tmpdir(), 'brieflint-e2e-'))
  const userData = join(home, 'user')
  const serverEnv = {
    ...env,
    PATH: `${join(paths.node24, '..')}:${env.PATH}`,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local/share'),
    XDG_CACHE_HOME: join(home, '.cache')
  }
  mkdirSync(join(userData, 'User'), {recursive: true})
  writeFileSync(join(userData, 'User/settings.json'), JSON.stringify({...DEFAULT_SETTINGS, ...settings}, null, 2))
  const codeServer = (args) => [paths.codeServerEntry, '--user-data-dir', userData, '--extensions-dir', join(home, 'extensions'), ...args]
  const logFile = join(home, 'code-server.log')
  const logStream = createWriteStream(logFile)

  const groups = [] // process groups we lead: code-server, Chromium
  const roots = [] // and their trees
  let server
  let browser
  let context
  let serverLog = ''
  let stopping
  // Interrupted (Ctrl+C, a CI timeout): stop everything, then exit. Playwright's own signal handlers
  // are turned off below, as they would exit as soon as the browser is closed.
  const SIGNALS = {SIGINT: 130, SIGTERM: 143, SIGHUP: 129}
  const onExit = () => terminateSync(groups, roots)
  const onSignal = (name) => {
    stop().finally(() => process.exit(SIGNALS[name] ?? 1))
  }
  process.on('exit', onExit)
  for (const name of Object.keys(SIGNALS)) process.on(name, onSignal)

  const stop = ({keep: keepNow = keep} = {}) =>
    (stopping ??= (async () => {
      if (context && env.BRIEFLINT_E2E_TRACE) await context.tracing.stop({path: resolve(env.BRIEFLINT_E2E_TRACE)}).catch(() => undefined)
      let timer
      await Promise.race([browser?.close().catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))])
      clearTimeout(timer)
      const survivors = await terminate(groups, roots)
      if (survivors.length > 0) console.error(`e2e: could not stop processes ${survivors.join(', ')}`)
      process.removeListener('exit', onExit)
      for (const name of Object.keys(SIGNALS)) process.removeListener(name, onSignal)
      await new Promise((resolve) => logStream.end(resolve))
      if (keepNow) console.log(`e2e: kept ${home} (code-server output: ${logFile}; VS Code logs: ${join(userData, 'logs')})`)
      else rmSync(home, {recursive: true, force: true})
    })())

  try {
    try {
      execFileSync(paths.node24, codeServer(['--install-extension', resolve(vsix), '--force']), {env: serverEnv, stdio: 'pipe', encoding: 'utf8', timeout: 120_000})
    } catch (error) {
      const said = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim().split('\n').slice(-3).join(' | ')
      throw new Error(`installing ${vsix} into code-server failed: ${said || error.message}`)
    }

    let port
    for (let attempt = 1; ; attempt++) {
      port = await freePort()
      server = spawn(
        paths.node24,
        codeServer(['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', folder]),
        // detached: code-server leads its own process group, which its children join.
        {env: serverEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true}
      )
      groups.push(server.pid)
      roots.push(server.pid)
      let exited = false
      server.on('exit', () => (exited = true))
      for (const stream of [server.stdout, server.stderr]) {
        stream.on('data', (chunk) => {
          serverLog += chunk
          logStream.write(chunk)
        })
      }
      try {
        await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000, () => exited)
        break
      } catch (error) {
        // Another process may have taken the port between the probe and code-server's bind.
        if (!(exited && /EADDRINUSE/.test(serverLog) && attempt < 3)) throw error
      }
    }
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`
    log(`code-server listening: ${url}`)

    const {chromium} = createRequire(import.meta.url)(paths.playwright)
    const before = new Set(processList().filter((proc) => proc.ppid === process.pid).map((proc) => proc.pid))
    browser = await chromium.launch({
      executablePath: paths.chromium,
      args: CHROMIUM_ARGS,
      headless: !env.BRIEFLINT_E2E_HEADED,
      // Chromium's crash handler writes under $HOME/.config/chromium: keep it in the temporary home.
      env: {...env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache')},
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      slowMo: Number(env.BRIEFLINT_E2E_SLOWMO) || undefined
    })
    // Playwright starts Chromium as a child of this process, leading its own process group (Debian's
    // /usr/bin/chromium is a script that execs /usr/lib/chromium/chromium, same pid).
    for (const proc of processList()) {
      if (proc.ppid === process.pid && !before.has(proc.pid) && /chrom/i.test(proc.args)) {
        groups.push(proc.pgid)
        roots.push(proc.pid)
      }
    }
    context = await browser.newContext({viewport: {width: 1440, height: 900}})
    if (env.BRIEFLINT_E2E_TRACE) await context.tracing.start({screenshots: true, snapshots: true})
    const page = await context.newPage()
    // The workbench's own errors and warnings (browser side), next to code-server's output.
    page.on('console', (message) => {
      if (['error', 'warning'].includes(message.type())) logStream.write(`[browser ${message.type()}] ${message.text()}\n`)
    })
    page.on('pageerror', (error) => logStream.write(`[browser pageerror] ${error.message}\n`))
    await page.goto(url)
    await page.waitForSelector('.monaco-workbench', {timeout: 60_000})
    log('workbench ready')
    return {
      page,
      context,
      browser,
      url,
      port,
      home,
      logs: join(userData, 'logs'),
      serverPid: server.pid,
      serverLog: () => serverLog,
      /** Every process this editor started and that is still running: code-server, Chromium and their descendants. */
      processes: () => collect(groups, roots),
      /** Pids of code-server's descendants whose command line contains `substring`. */
      pids: (substring) => findPids(substring, {root: server.pid}),
      stop
    }
  } catch (error) {
    await stop({keep: true})
    throw new Error(`${error.message.split('\n')[0]}\n--- code-server output (${logFile}) ---\n${serverLog.slice(-2000)}`)
  }
}

// ---------------------------------------------------------------------------------------------
// What a person does and sees

/** Runs a command from the Command Palette by (part of) its title, e.g. "View: Toggle Word Wrap". */
export async function runCommand(page, title) {
  await page.keyboard.press('Control+Shift+P')
  const input = page.locator('.quick-input-widget input')
  await input.waitFor({state: 'visible'})
  await input.fill(`>${title}`)
  const row = page.locator('.quick-input-list .monaco-list-row', {hasText: title}).first()
  await row.waitFor({state: 'visible', timeout: 15_000})
  await row.click()
  await page.locator('.quick-input-widget').waitFor({state: 'hidden', timeout: 10_000}).catch(() => undefined)
}

/** Opens a file with Quick Open, as a person would (Ctrl+P, its name, the matching row). */
export async function openFile(page, name) {
  await page.keyboard.press('Control+P')
  const input = page.locator('.quick-input-widget input')
  await input.waitFor({state: 'visible'})
  await input.fill(name)
  const row = page.locator(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`).first()
  await row.waitFor({state: 'visible', timeout: 15_000})
  await row.click()
  await page.waitForSelector(`.tab.active[aria-label*="${name}"]`, {timeout: 15_000})
  await page.locator('.monaco-editor .view-lines').first().waitFor({state: 'visible', timeout: 15_000})
}

/** The status bar's items, each as its accessible label (its text, or what the extension set as label). */
export async function statusBarTexts(page) {
  return page.$$eval('.statusbar-item', (items) => items.map((item) => (item.getAttribute('aria-label') || item.textContent || '').trim()).filter(Boolean))
}

/**
 * The rows of the Problems panel (opened if needed), as their accessible labels: a file row reads
 * like "smoke.md, 1 problem in this file"; a problem row contains its message, source and position.
 */
export async function problemRows(page) {
  if (!(await page.locator('.markers-panel').first().isVisible().catch(() => false))) await runCommand(page, 'Focus Problems')
  await page.waitForSelector('.markers-panel .monaco-list-row', {state: 'visible', timeout: 20_000})
  return page.$$eval('.markers-panel .monaco-list-row', (rows) => rows.map((row) => (row.getAttribute('aria-label') || row.textContent || '').trim()))
}

/** Error, warning and information counts from the status bar's problems item. */
export async function problemCounts(page) {
  const label = await page.$eval('#status\\.problems', (item) => item.getAttribute('aria-label') ?? item.textContent ?? '')
  // The label reads like "Errors: 1, Warnings: 9, Infos: 16"; a kind with none is left out.
  const count = (word) => Number(new RegExp(`${word}:\\s*(\\d+)`, 'i').exec(label)?.[1] ?? 0)
  return {errors: count('errors'), warnings: count('warnings'), infos: count('infos'), label}
}

// Monaco writes spaces as no-break spaces (and, where whitespace is rendered, as · or ⸱): match any.
const pattern = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\\u00a0\\u00b7\\u2e31]')

/**
 * The editor's token `token` on the (logical) line that contains the text `line`, scrolled into view:
 * Find (Ctrl+F) moves the cursor there; the token is then looked for in every visual row of that line,
 * so soft-wrapped lines work. Monaco renders each token (and each semantic token, such as a linked
 * name) as its own span: the span that is exactly `token`, else one containing it, else one containing
 * its first word. Without `token`, the line's first span. Throws if `line` is not in the editor.
 * The locator finds the span again by text if Monaco re-renders the row.
 */
export async function editorToken(page, line, token) {
  // Focus the editor first (clicking a line number selects that line): Ctrl+F in a focused panel would
  // search the panel. On a busy machine the first Ctrl+F is sometimes lost: try again.
  const editor = page.locator('.editor-instance .monaco-editor').first()
  for (let attempt = 1; ; attempt++) {
    await editor.locator('.margin-view-overlays .line-numbers').first().click({force: true})
    await page.keyboard.press('Control+F')
    try {
      await editor.locator('.find-widget.visible').waitFor({timeout: 5_000})
      break
    } catch (error) {
      if (attempt === 3) throw new Error(`the find widget did not open: ${error.message.split('\n')[0]}`)
    }
  }
  // The find input may hold an earlier search or the word at the cursor: replace it. Filled, not typed:
  // on a busy machine keys typed before the input has focus land in the document.
  await editor.locator('.find-widget.visible .find-part .monaco-inputbox .input').first().fill(line)
  const count = editor.locator('.find-widget.visible .matchesCount')
  let said = ''
  for (const deadline = Date.now() + 5_000; Date.now() < deadline; ) {
    await page.waitForTimeout(150) // the search runs after a short pause in typing
    said = ((await count.textContent().catch(() => '')) ?? '').trim()
    if (/\d+ of \d+|no results/i.test(said)) break
  }
  await page.keyboard.press('Escape')
  if (!/\d+ of \d+/.test(said)) throw new Error(`"${line}" is not in the editor (Find says "${said}")`)
  // Leave the found text unselected, the cursor at its end.
  await page.keyboard.press('ArrowRight')

  const found = await editor.evaluate(
    (root, {token, first}) => {
      const plain = (text) => text.replace(/[\u00a0\u00b7\u2e31]/g, ' ')
      const top = (el) => el.getBoundingClientRect().top
      // Line numbers are shown on the first visual row of each logical line; the cursor's is marked active.
      const numbers = [...root.querySelectorAll('.margin-view-overlays .line-numbers')].filter((el) => el.textContent.trim()).sort((a, b) => top(a) - top(b))
      const active = root.querySelector('.margin-view-overlays .active-line-number')
      if (!active) return {error: 'no active line number'}
      const from = Math.max(...numbers.map(top).filter((y) => y <= top(active) + 1))
      const to = numbers.map(top).find((y) => y > from + 1) ?? Infinity
      const rows = [...root.querySelectorAll('.view-lines .view-line')].filter((row) => top(row) >= from - 1 && top(row) < to - 1).sort((a, b) => top(a) - top(b))
      const tests = token === undefined ? [() => true] : [(text) => text === token, (text) => text.includes(token), (text) => text.includes(first)]
      for (let tier = 0; tier < tests.length; tier++) {
        for (const row of rows) {
          const spans = [...row.querySelectorAll('span span')]
          const matching = spans.filter((span) => tests[tier](plain(span.textContent)))
          if (matching.length > 0) return {row: plain(row.textContent), tier, index: 0}
        }
      }
      return {error: `not on the line (${rows.map((row) => plain(row.textContent)).join(' / ')})`}
    },
    {token, first: token?.trim().split(/\s+/)[0]}
  )
  if (found.error) throw new Error(`token "${token}" near "${line}": ${found.error}`)
  const row = editor.locator('.view-lines .view-line', {hasText: new RegExp(pattern(found.row.trim()))}).first()
  const spans = row.locator('span span')
  if (token === undefined) return spans.first()
  const tiers = [new RegExp(`^${pattern(token)}$`), new RegExp(pattern(token)), new RegExp(pattern(token.trim().split(/\s+/)[0]))]
  return spans.filter({hasText: tiers[found.tier]}).first()
}

/** Points at `token` (on the line containing `line`; or at `line` itself) with the mouse and returns the hover's text. */
export async function hoverText(page, line, token) {
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first()
  // Approach from the left, as a hand does; a second pass covers a hover cancelled by a repaint.
  for (let attempt = 0; attempt < 2; attempt++) {
    // Found again on each pass: Monaco may have re-rendered the line meanwhile.
    const box = await (await editorToken(page, line, token)).boundingBox({timeout: 5_000})
    await page.mouse.move(box.x - 30, box.y + box.height / 2)
    await page.mouse.move(box.x + Math.min(box.width / 2, 12), box.y + box.height / 2, {steps: 5})
    try {
      await hover.waitFor({state: 'visible', timeout: 5_000})
      return (await hover.innerText()).trim()
    } catch {
      // try once more
    }
  }
  throw new Error(`no hover appeared over "${token ?? line}"`)
}

/** The editor's visible text, line by line. */
export async function visibleLines(page) {
  return page.$$eval('.monaco-editor .view-lines .view-line', (lines) =>
    lines.map((line) => ({top: Number.parseFloat(line.style.top), text: line.textContent.replace(/\u00a0/g, ' ')})).sort((a, b) => a.top - b.top).map((line) => line.text)
  )
}

/** Saves a screenshot of the whole window to `path` (folders created); returns the path. */
export async function screenshot(page, path) {
  path = resolve(path)
  mkdirSync(join(path, '..'), {recursive: true})
  await page.screenshot({path})
  return path
}

/** The line number of the cursor in the (first) editor, 1-based as shown in the margin; undefined if none. */
export async function activeLineNumber(page) {
  const text = await page.locator('.editor-instance .monaco-editor .margin-view-overlays .active-line-number').first().textContent({timeout: 2_000}).catch(() => undefined)
  return text ? Number(text.trim()) : undefined
}

/** The side-bar pane (a view such as the Explorer's "Outline") whose header reads `title`. */
export function viewPane(page, title) {
  return page.locator('.pane').filter({has: page.locator('.pane-header h3.title', {hasText: new RegExp(`^${title}$`, 'i')})}).first()
}

/** The rows a tree view shows, each as its text (label, then description). */
export async function viewRows(page, title) {
  return viewPane(page, title)
    .locator('.monaco-list-row')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [row.querySelector('.label-name'), row.querySelector('.label-description')]
          .map((part) => part?.textContent.replace(/\s+/g, ' ').trim() ?? '')
          .filter(Boolean)
          .join(' ')
      )
    )
}

/**
 * Folds or unfolds the row of a tree view whose text starts with `label`, clicking its twistie until the
 * row says so: a view that refreshes while the document changes can drop a click.
 */
export async function setRowExpanded(page, title, label, expanded, timeoutMs = 10_000) {
  const row = viewPane(page, title).locator('.monaco-list-row', {hasText: label}).first()
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const state = await row.getAttribute('aria-expanded', {timeout: 2_000}).catch(() => null)
    if (state === String(expanded)) return
    if (state !== null) await row.locator('.monaco-tl-twistie').click({timeout: 2_000}).catch(() => undefined)
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`the row ${label} of the ${title} view did not ${expanded ? 'unfold' : 'fold'} in ${timeoutMs} ms`)
}

/**
 * The frame (a webview's content, such as the Markdown preview) holding an element matching `selector`,
 * looked for until `timeoutMs`; webviews nest their content in an iframe inside an iframe.
 */
export async function frameWith(page, selector, timeoutMs = 15_000) {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    for (const frame of page.frames()) {
      if ((await frame.locator(selector).count().catch(() => 0)) > 0) return frame
    }
    await page.waitForTimeout(200)
  }
  throw new Error(`no frame shows ${selector} after ${timeoutMs} ms`)
}
