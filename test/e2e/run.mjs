// `npm run test:e2e`: installs the packaged extension into a real VS Code (code-server) and uses it
// the way an analyst would. Expected problems come from the same engine through the CLI, so the test
// checks that what the engine finds is what the editor shows.
import {execFileSync, spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {activeLineNumber, editorToken, frameWith, hoverText, openEditor, openFile, problemCounts, problemRows, runCommand, serverPids, statusBarTexts, viewPane, viewRows, setRowExpanded, visibleLines} from './editor.mjs'
import {setup} from './setup.mjs'

const root = resolve(import.meta.dirname, '../..')
const FILE = 'istanbul-talks.brief.md'
const results = []
let currentPage

/**
 * Runs one scenario; a scenario that fails is tried once more, as UI timing on a shared machine
 * varies (a hover cancelled by a repaint), and the retry is reported.
 */
async function check(name, run) {
  const started = Date.now()
  let failure
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      await run()
      results.push({name, ok: true})
      console.log(`ok - ${name} (${((Date.now() - started) / 1000).toFixed(1)} s${attempt > 1 ? ', passed on the second try' : ''})`)
      return
    } catch (error) {
      failure = error
      await currentPage?.screenshot({path: join(tmpdir(), `brieflint-e2e-${results.length + 1}-try${attempt}.png`)}).catch(() => undefined)
      console.log(`  try ${attempt} of "${name}" failed: ${String(error.message ?? error).split('\n')[0]}`)
      await currentPage?.keyboard.press('Escape').catch(() => undefined)
    }
  }
  results.push({name, ok: false})
  console.log(`not ok - ${name}\n  ${String(failure.message ?? failure).split('\n').join('\n  ')}`)
}

async function until(read, accept, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs
  let last
  while (Date.now() < deadline) {
    // What is read may not be there yet (the status bar's problems item appears some time after the workbench).
    const result = await read().then((value) => ({value}), (error) => ({error: `error: ${error.message.split('\n')[0]}`}))
    last = result.error ?? result.value
    if (!result.error && accept(last)) return last
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${what}: still ${JSON.stringify(last)} after ${timeoutMs} ms`)
}

function expectedProblems(path) {
  const {stdout} = spawnSync(process.execPath, [join(root, 'server/out/cli.js'), '--report', 'json', path], {encoding: 'utf8'})
  const messages = JSON.parse(stdout.trim() || '[]')[0]?.messages ?? []
  return {
    messages,
    errors: messages.filter((message) => message.fatal === true).length,
    warnings: messages.filter((message) => message.fatal === false).length,
    infos: messages.filter((message) => message.fatal === undefined).length
  }
}

/**
 * What the preview should mark: for each unsourced claim the engine reports, the start of its text,
 * and the paragraphs (blocks between blank lines) holding one.
 */
function unsourcedInPreview(path, messages) {
  const lines = readFileSync(path, 'utf8').split('\n')
  const unsourced = messages.filter((message) => message.ruleId === 'unsourced-claim')
  const blockOf = (line) => {
    let start = line - 1
    while (start > 0 && lines[start - 1].trim() !== '') start--
    return start
  }
  return {
    snippets: unsourced.map((message) => lines[message.line - 1].slice(message.column - 1).slice(0, 25).trim()),
    paragraphs: new Set(unsourced.map((message) => blockOf(message.line))).size
  }
}

async function main() {
  console.log('setting up code-server and Chromium')
  setup()
  console.log('packaging the extension')
  execFileSync('npm', ['run', 'package'], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']})
  const folder = mkdtempSync(join(tmpdir(), 'brieflint-e2e-workspace-'))
  copyFileSync(join(root, 'examples', FILE), join(folder, FILE))
  const expected = expectedProblems(join(folder, FILE))
  const {page, stop, home, serverLog} = await openEditor({vsix: join(root, 'brieflint.vsix'), folder, log: console.log})
  currentPage = page
  const images = join(root, 'docs/images')
  mkdirSync(images, {recursive: true})
  try {
    await check('opens the briefing in the Briefing language mode, with the status bar item', async () => {
      await openFile(page, FILE)
      const items = await until(() => statusBarTexts(page), (texts) => texts.some((text) => /\d+ claims · \d+ unsourced/.test(text)), 30_000, 'status bar')
      if (!items.includes('Briefing')) throw new Error(`language mode is not Briefing: ${items.join(' | ')}`)
    })

    const status = await statusBarTexts(page)
    if (status.some((text) => text.includes('server is not running'))) {
      // Nothing else can pass; say why plainly instead of timing out scenario after scenario.
      throw new Error('the Brieflint language server is not running in VS Code (it failed to start or kept stopping); see the extension output')
    }

    await check('lists in the Problems panel exactly what the engine reports', async () => {
      const counts = await until(() => problemCounts(page), (found) => found.warnings === expected.warnings && found.infos === expected.infos, 30_000, `problem counts (expected ${expected.warnings} warnings, ${expected.infos} infos)`)
      if (counts.errors !== expected.errors) throw new Error(`errors: ${counts.errors}, expected ${expected.errors}`)
      const rows = await problemRows(page)
      const reasons = expected.messages.map((message) => message.reason)
      const shown = rows.filter((row) => reasons.some((reason) => row.includes(reason)))
      if (shown.length < Math.min(8, reasons.length)) throw new Error(`only ${shown.length} problem rows match the engine's messages:\n${rows.join('\n')}`)
      if (!rows.some((row) => row.includes('Source `ria-0722` is defined but never cited'))) throw new Error('the unused source is not listed')
      await page.screenshot({path: join(images, 'problems.png')})
    })

    await check('shows the entity card when hovering a person, and the source when hovering a citation', async () => {
      await page.keyboard.press('Control+Home')
      const person = await hoverText(page, 'In turn, the head of the Ukrainian delegation', 'Rustem Umerov')
      if (!/Rustem Umerov · person/.test(person) || !/On 2025-07-24: Secretary of the National Security and Defense Council/.test(person)) throw new Error(`entity hover: ${person}`)
      await page.screenshot({path: join(images, 'hover.png')})
      await page.mouse.move(5, 5)
      const source = await hoverText(page, 'lasted just under an', 'izvestia-0723')
      if (!source.includes('Oncoming traffic: the third round of negotiations between Russia and Ukraine has ended')) throw new Error(`citation hover: ${source}`)
      await page.mouse.move(5, 5)
    })

    await check('a quick fix from the light bulb changes the text', async () => {
      const token = await editorToken(page, 'Umerov said that Kiev expected', 'Kiev')
      const box = await token.boundingBox()
      const fix = page.locator('.action-widget .monaco-list-row', {hasText: 'Change to `Kyiv`'}).first()
      // On a busy machine the menu sometimes never opens for the first Ctrl+.: ask again.
      for (let attempt = 1; ; attempt++) {
        await page.mouse.click(box.x + 5, box.y + box.height / 2)
        await page.keyboard.press('Control+.')
        try {
          await fix.waitFor({state: 'visible', timeout: 8_000})
          break
        } catch (error) {
          if (attempt === 3) throw error
          await page.keyboard.press('Escape')
        }
      }
      await fix.click()
      await until(() => visibleLines(page), (lines) => lines.some((line) => line.includes('Umerov said that Kyiv expected')), 10_000, 'text after the quick fix')
      // The variant spelling was an information-level problem; it is gone.
      await until(() => problemCounts(page), (counts) => counts.infos === expected.infos - 1, 10_000, 'problems after the quick fix')
    })

    await check('Go to Definition on a name from the bundled list opens its entry read-only', async () => {
      const name = await editorToken(page, 'Turkish Foreign Minister Hakan Fidan', 'Hakan Fidan')
      const box = await name.boundingBox()
      await page.mouse.click(box.x + 5, box.y + box.height / 2)
      await page.keyboard.press('F12')
      await page.waitForSelector('.tab.active[aria-label*="core.yaml"]', {timeout: 15_000})
      await until(() => visibleLines(page), (lines) => lines.some((line) => line.includes('id: hakan-fidan')), 10_000, 'the bundled entry')
      const before = await visibleLines(page)
      await page.keyboard.type('x')
      await page.locator('.monaco-editor-overlaymessage', {hasText: /read-only/i}).first().waitFor({state: 'visible', timeout: 5_000})
      if ((await visibleLines(page)).join('\n') !== before.join('\n')) throw new Error('the bundled entry was edited')
      if (await page.locator('.tab.active.dirty').count()) throw new Error('the bundled entry is marked as modified')
      await page.keyboard.press('Escape')
      await page.keyboard.press('Control+W')
      await page.waitForSelector(`.tab.active[aria-label*="${FILE}"]`, {timeout: 10_000})
    })

    await check('Brieflint: Open Preview to the Side marks the paragraphs with unsourced claims and underlines names as whole words', async () => {
      const {snippets, paragraphs} = unsourcedInPreview(join(folder, FILE), expected.messages)
      // The Problems panel has been checked: its room goes to the preview and, next, the Sources view.
      await runCommand(page, 'View: Hide Panel')
      await runCommand(page, 'Brieflint: Open Preview to the Side')
      const preview = await frameWith(page, '.brieflint-unsourced', 30_000)
      // The marks come with the diagnostics, which may arrive after the first render.
      await until(() => preview.locator('.brieflint-unsourced').count(), (count) => count === paragraphs, 15_000, `marked paragraphs (expected ${paragraphs})`)
      const marked = await preview.locator('.brieflint-unsourced').evaluateAll((elements) => elements.map((element) => ({text: element.textContent.replace(/\s+/g, ' '), title: element.getAttribute('title') ?? ''})))
      for (const snippet of snippets) if (!marked.some((element) => element.text.includes(snippet))) throw new Error(`the unsourced claim "${snippet}" is not in a marked paragraph`)
      if (!marked.every((element) => /Claim without a source|This aside states a fact without a source/.test(element.title))) throw new Error(`a mark without the problem as its tooltip: ${JSON.stringify(marked.map((element) => element.title))}`)
      if (marked.some((element) => element.text.includes('Deputy Foreign Minister Mikhail Galuzin said'))) throw new Error('a cited, attributed paragraph is marked')
      const names = await preview.locator('.brieflint-entity').evaluateAll((elements) =>
        elements.map((element) => ({text: element.textContent, title: element.getAttribute('title') ?? '', before: element.previousSibling?.textContent?.slice(-1) ?? '', after: element.nextSibling?.textContent?.[0] ?? ''}))
      )
      const umerov = names.find((name) => name.text === 'Rustem Umerov')
      if (!umerov || !/Secretary of the National Security and Defense Council/.test(umerov.title)) throw new Error(`Rustem Umerov is not underlined with his post: ${JSON.stringify(umerov)}`)
      const inWords = names.filter((name) => /[\p{L}\p{N}]/u.test(name.before) || /[\p{L}\p{N}]/u.test(name.after))
      if (inWords.length > 0) throw new Error(`names underlined inside words: ${JSON.stringify(inWords.slice(0, 3))}`)
      await preview.locator('.brieflint-unsourced', {hasText: 'The composition of the Russian group has not changed'}).first().scrollIntoViewIfNeeded()
      await page.screenshot({path: join(images, 'preview.png')})
      await page.locator('.tab[aria-label*="Preview"]').first().click()
      await page.locator('.tab.active[aria-label*="Preview"] .tab-actions .action-label').first().click()
      await openFile(page, FILE)
    })

    await check('the Sources view, opened from the status bar, lists sources, claims and people; a click reveals the text; it follows typing', async () => {
      await page.locator('.statusbar-item', {hasText: /claims? ·/}).first().click()
      const pane = viewPane(page, 'Sources')
      await pane.waitFor({state: 'visible', timeout: 15_000})
      // Give the view the side bar's height: the folder's file tree above it is folded.
      const folderHeader = page.locator('.pane-header', {hasText: /brieflint-e2e-workspace/i}).first()
      if ((await folderHeader.getAttribute('aria-expanded')) === 'true') await folderHeader.click()
      // A second try finds the view as the first left it.
      await setRowExpanded(page, 'Sources', /^Sources\s*\d+$/, true)
      await setRowExpanded(page, 'Sources', /^Unsourced and vague claims\s*\d+$/, true)
      const rows = await until(() => viewRows(page, 'Sources'), (shown) => shown.some((row) => row.startsWith('izvestia-0723')), 20_000, 'the Sources view')
      for (const wanted of [/^Sources 6$/, /^ria-0722 never cited$/, /^Unsourced and vague claims \d+$/, /^The delegations 5$/, /^The composition of the Russian group has not changed\. line 106$/]) {
        if (!rows.some((row) => wanted.test(row))) throw new Error(`no row ${wanted} in:\n${rows.join('\n')}`)
      }
      await setRowExpanded(page, 'Sources', /^izvestia-0723/, true)
      const cited = pane.locator('.monaco-list-row', {hasText: 'The talks at the Chiragan Palace lasted just under an hour'}).first()
      await cited.waitFor({state: 'visible', timeout: 10_000})
      await cited.click()
      await until(() => activeLineNumber(page), (line) => line === 44, 10_000, 'the line revealed for a cited claim')
      await pane.locator('.monaco-list-row', {hasText: 'The composition of the Russian group has not changed.'}).first().click()
      await until(() => activeLineNumber(page), (line) => line === 106, 10_000, 'the line revealed for an unsourced claim')
      await page.screenshot({path: join(images, 'sources.png')})

      // A new unsourced sentence at the end is counted. (A click on a row keeps the focus in the view: back to the editor first.)
      const flagged = (shown) => Number(/^Unsourced and vague claims (\d+)$/.exec(shown.find((row) => row.startsWith('Unsourced and vague claims')) ?? '')?.[1])
      const before = flagged(await viewRows(page, 'Sources'))
      await openFile(page, FILE)
      await page.keyboard.press('Control+End')
      await page.keyboard.type('\n\nThe delegations met for two hours.')
      await until(() => viewRows(page, 'Sources'), (shown) => flagged(shown) === before + 1, 10_000, `the Sources view after typing (${before} flagged before)`)

      // People are folded at first, at the bottom of the view, whose list shows only the rows on screen:
      // fold the groups above so that People is on screen, unfold it, and go to its end with the keyboard.
      await setRowExpanded(page, 'Sources', /^Sources\s*\d+$/, false)
      await setRowExpanded(page, 'Sources', /^Unsourced and vague claims\s*\d+$/, false)
      await setRowExpanded(page, 'Sources', /^People\s*\d+$/, true)
      const people = async () => {
        await page.keyboard.press('End')
        return viewRows(page, 'Sources')
      }
      await until(people, (shown) => shown.includes('Rustem Umerov Secretary of the National Security and Defense Council of Ukraine'), 10_000, 'the people in the Sources view')
    })

    await check('editing the text updates the problems within a second', async () => {
      await openFile(page, FILE)
      const before = await problemCounts(page)
      await page.keyboard.press('Control+End')
      await page.keyboard.type('\n\nSources say the next round will be held in August.')
      const typed = Date.now()
      await until(() => problemCounts(page), (counts) => counts.infos === before.infos + 1, 3_000, 'counts after typing')
      const elapsed = Date.now() - typed
      console.log(`  problems updated ${elapsed} ms after the last keystroke`)
      if (elapsed > 1000) throw new Error(`took ${elapsed} ms`)
    })

    await check('the client restarts a killed server and the problems come back', async () => {
      const pids = serverPids(home)
      if (pids.length === 0) throw new Error('no Brieflint server process found')
      for (const pid of pids) process.kill(pid, 'SIGKILL')
      const restarted = await until(async () => serverPids(home), (now) => now.length > 0 && now.every((pid) => !pids.includes(pid)), 30_000, 'server restart')
      console.log(`  server ${pids.join(',')} killed; ${restarted.join(',')} started`)
      await page.keyboard.type(' ')
      await until(() => problemCounts(page), (counts) => counts.warnings > 0, 30_000, 'problems after the restart')
    })

    await check('Brieflint: New briefing opens a briefing with front matter and the standard sections', async () => {
      await runCommand(page, 'Brieflint: New briefing')
      const lines = await until(() => visibleLines(page), (shown) => shown.some((line) => line.startsWith('sources:')), 15_000, 'the new briefing')
      if (!lines.some((line) => /^date: \d{4}-\d{2}-\d{2}$/.test(line))) throw new Error(`no dated front matter:\n${lines.join('\n')}`)
      if (!lines.some((line) => line.startsWith('## '))) throw new Error(`no sections:\n${lines.join('\n')}`)
      const modes = await statusBarTexts(page)
      if (!modes.includes('Briefing')) throw new Error(`language mode is not Briefing: ${modes.join(' | ')}`)
    })
  } finally {
    await stop()
    rmSync(folder, {recursive: true, force: true})
    if (results.some((result) => !result.ok)) console.log(`--- code-server output (last lines) ---\n${serverLog().slice(-1500)}`)
  }
  const failed = results.filter((result) => !result.ok).length
  console.log(`${results.length - failed} passed, ${failed} failed`)
  process.exitCode = failed > 0 ? 1 : 0
}

main().catch((error) => {
  console.error(`e2e: ${error.message}`)
  process.exitCode = 1
})
