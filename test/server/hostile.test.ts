import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {mkdirSync, readFileSync, symlinkSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {after, before, describe, it} from 'node:test'
import type {Hover} from 'vscode-languageserver-protocol'
import {fileUri, LspClient} from '../helpers/lsp.js'
import {tempFolder} from '../helpers/temp.js'

const HEADER = '---\ntitle: Hostile input\ndate: 2025-07-24\n---\n\n'

describe('language server on hostile input (more)', () => {
  let client: LspClient
  let count = 0
  const open = async (text: string) => {
    const uri = `file:///workspace/more-hostile-${++count}.brief.md`
    await client.open(uri, text)
    return uri
  }
  before(async () => {
    client = await LspClient.start({settings: {maxFileSize: 20_000_000}})
  })
  after(() => client.stop())

  it('answers for 10,000-deep nested lists and quotes with one information diagnostic', async () => {
    for (const body of [`${'- '.repeat(10_000)}item`, `${'> '.repeat(10_000)}quoted`]) {
      const diagnostics = await client.diagnostics(await open(HEADER + body))
      assert.deepEqual(diagnostics.map((item) => [item.code, item.severity]), [['analysis', 3]])
    }
  })

  it('lints a single 1 MB line: every sentence is read, none reported as nested', async () => {
    const sentence = 'The delegations met in Istanbul and talked. '
    const diagnostics = await client.diagnostics(await open(`${HEADER}${sentence.repeat(24_000)}`))
    assert.deepEqual([...new Set(diagnostics.map((item) => item.code))], ['unsourced-claim'])
    assert.equal(diagnostics.length, 24_000)
    assert.deepEqual(diagnostics.map((item) => item.range.start.character).slice(0, 3), [0, sentence.length, 2 * sentence.length])
    assert.ok(diagnostics.every((item) => item.range.start.line === 5 && item.range.end.line === 5))
  })

  it('keeps ranges right with CR-only line endings', async () => {
    const text = `${HEADER}A claim [@missing].\n`.replaceAll('\n', '\r')
    const [unknown] = (await client.diagnostics(await open(text))).filter((item) => item.code === 'unknown-source')
    assert.deepEqual(unknown!.range.start, {line: 5, character: 10})
  })

  it('skips a file over brieflint.maxFileSize with one information diagnostic', async () => {
    const small = await LspClient.start({settings: {maxFileSize: 1_000}})
    try {
      const uri = 'file:///workspace/large.brief.md'
      await small.open(uri, HEADER + 'The talks went on. '.repeat(100))
      const diagnostics = await small.diagnostics(uri)
      assert.deepEqual(diagnostics.map((item) => [item.code, item.severity]), [['max-file-size', 3]])
      assert.match(String(diagnostics[0]!.message), /more than brieflint\.maxFileSize \(1,000\): Brieflint skipped it/)
    } finally {
      await small.stop()
    }
  })

  it('past brieflint.analysisBudget, reports what it read and one information diagnostic for the rest', async () => {
    const hurried = await LspClient.start({settings: {analysisBudget: 0}})
    try {
      const uri = 'file:///workspace/hurried.brief.md'
      const paragraphs = Array.from({length: 300}, (_, n) => `Round ${n}: the talks lasted just under an hour, the delegations said.\n\n`).join('')
      // No front matter: that would be a part of its own, after which a budget of 0 ms ends the analysis.
      const text = `Russia offered to exchange 1,200 more prisoners.\n\n${paragraphs}Ukraine offered to exchange 1,300 more prisoners.\n`
      await hurried.open(uri, text)
      const diagnostics = await hurried.diagnostics(uri)
      const gaps = diagnostics.filter((item) => item.code === 'analysis')
      assert.equal(gaps.length, 1)
      assert.equal(gaps[0]!.severity, 3)
      assert.match(String(gaps[0]!.message), /^Brieflint could not analyse lines \d+–\d+: analysing it took longer than the budget of 0 ms \(brieflint\.analysisBudget\)/)
      const cut = gaps[0]!.range.start.line
      const claims = diagnostics.filter((item) => item.code === 'unsourced-claim').map((item) => item.range.start.line)
      // The first claim, before the cut, is reported; the last, after it, is not.
      assert.ok(claims.includes(0), `claims at ${claims.join(', ')}`)
      assert.ok(claims.every((line) => line < cut))
    } finally {
      await hurried.stop()
    }
  })

  it('takes a 100 MB file without failing, skipping it under the default limit', async () => {
    const large = await LspClient.start()
    try {
      const uri = 'file:///workspace/huge.brief.md'
      await large.open(uri, HEADER + 'x'.repeat(100_000_000))
      const diagnostics = await large.diagnostics(uri)
      assert.deepEqual(diagnostics.map((item) => item.code), ['max-file-size'])
      const hover = await large.request<Hover | null>('textDocument/hover', {textDocument: {uri}, position: {line: 5, character: 3}})
      assert.equal(hover, null)
      assert.ok(large.alive)
    } finally {
      await large.stop()
    }
  })

  it('is still up after all of the above', () => {
    assert.ok(client.alive, client.stderr)
  })
})

describe('malformed configuration', () => {
  it('reports problems in .brieflintrc where they are, and keeps the defaults for the briefings', async () => {
    const client = await LspClient.start()
    try {
      const rc = 'file:///workspace/.brieflintrc.yaml'
      await client.open(rc, 'rules:\n  unsued-source: off\n  unknown-source: loud\n', 'yaml')
      const problems = await client.diagnostics(rc)
      assert.deepEqual(problems.map((item) => [item.range.start.line, item.severity, String(item.message).split(':')[0]]), [
        [1, 2, 'Unknown rule `unsued-source`'],
        [2, 1, '`loud` is not a severity']
      ])
      assert.match(String(problems[0]!.message), /did you mean `unused-source`\?/)
      const broken = 'file:///workspace/other/.brieflintrc.json'
      await client.open(broken, '{"rules": ', 'json')
      const [syntax] = await client.diagnostics(broken)
      assert.match(String(syntax!.message), /^Invalid configuration/)
    } finally {
      await client.stop()
    }
  })
})

describe('a workspace with special files', {skip: process.platform === 'win32' && 'no FIFOs or /dev/zero on Windows'}, () => {
  const briefing = '---\ntitle: Special files\ndate: 2025-07-24\n---\n\nThe talks lasted just under an hour.\n'

  for (const special of ['fifo', 'zero'] as const) {
    it(`answers when .brieflint/entities.yaml is ${special === 'fifo' ? 'a FIFO' : 'a link to /dev/zero'}, and when brieflint.entityFiles names one`, {timeout: 30_000}, async () => {
      const folder = tempFolder('server-special')
      mkdirSync(join(folder, '.brieflint'))
      const target = join(folder, '.brieflint/entities.yaml')
      if (special === 'fifo') execFileSync('mkfifo', [target, join(folder, 'pipe.yaml')])
      else symlinkSync('/dev/zero', target)
      const client = await LspClient.start({workspaceFolder: folder, settings: {entityFiles: [special === 'fifo' ? 'pipe.yaml' : '/dev/zero']}})
      try {
        const uri = fileUri(join(folder, 'talks.brief.md'))
        await client.open(uri, briefing)
        const diagnostics = await client.diagnostics(uri)
        assert.deepEqual(diagnostics.map((item) => item.code), ['unsourced-claim'])
      } finally {
        await client.stop()
      }
    })
  }

  it('declares the settings that name files or raise limits as restricted in untrusted workspaces', () => {
    const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8'))
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['brieflint.entityFiles', 'brieflint.maxFileSize', 'brieflint.analysisBudget'])
  })
})
