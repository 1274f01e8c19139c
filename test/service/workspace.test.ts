import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {FileChangeType} from 'vscode-languageserver'
import {folderOf} from '../../server/src/service/workspace.js'
import {BRIEFING} from '../helpers/fixtures.js'
import {never, startService, uriOf} from '../helpers/service.js'

const STAFF = '---\ntitle: Staff talks\ndate: 2025-07-24\n---\n\nDeputy head of the delegation Taras Hrytsenko said the talks would continue.\n'
const TARAS = 'entities:\n  - {id: taras-hrytsenko, kind: person, name: Taras Hrytsenko}\n'
const persons = (items: {code?: unknown}[]) => items.filter((item) => item.code === 'unknown-person').length

describe('workspace folders', () => {
  it('a path belongs to the innermost folder that holds it, matched on whole segments', () => {
    const folders = ['/ws', '/ws/a', '/ws/ab']
    assert.equal(folderOf('/ws/ab/talks.brief.md', folders), '/ws/ab')
    assert.equal(folderOf('/ws/a/talks.brief.md', folders), '/ws/a')
    assert.equal(folderOf('/ws/abc/talks.brief.md', folders), '/ws')
    assert.equal(folderOf('/elsewhere/talks.brief.md', folders), undefined)
    assert.equal(folderOf('/anything.brief.md', ['/']), '/')
  })

  it('each folder has its own entity list', async () => {
    const test = startService({folders: ['/known', '/unknown'], files: {'/known/.brieflint/entities.yaml': TARAS}})
    assert.equal(persons(await test.diagnostics(test.open(uriOf('/known/staff.brief.md'), STAFF))), 0)
    assert.equal(persons(await test.diagnostics(test.open(uriOf('/unknown/staff.brief.md'), STAFF))), 1)
  })

  it('the nearest .brieflintrc applies, looked for up to the folder and no further', async () => {
    const test = startService({
      folders: ['/desk/reports'],
      files: {'/desk/.brieflintrc.yaml': 'rules:\n  unknown-source: off\n', '/desk/reports/drafts/.brieflintrc.json': '{"rules": {"unknown-source": "info"}}'}
    })
    const severities = async (path: string) => (await test.diagnostics(test.open(uriOf(path), BRIEFING))).map((item) => [item.code, item.severity])
    assert.deepEqual(await severities('/desk/reports/drafts/a.brief.md'), [['unknown-source', 3]])
    assert.deepEqual(await severities('/desk/reports/b.brief.md'), [['unknown-source', 1]])
  })

  it('the brieflint.rules setting applies over the file, and its bad entries are logged and ignored', async () => {
    const test = startService({folders: ['/desk'], files: {'/desk/.brieflintrc.yaml': 'rules:\n  unknown-source: info\n'}, settings: {rules: {'unknown-source': 'warning', 'unused-source': 'loud'}}})
    assert.deepEqual((await test.diagnostics(test.open(uriOf('/desk/a.brief.md'), BRIEFING))).map((item) => [item.code, item.severity]), [['unknown-source', 2]])
    assert.deepEqual(test.logs.map((log) => log.message), ['brieflint.rules: `loud` is not a severity: use error, warning, info, hint or off. (ignored)'])
  })

  it('logs a configuration file\'s problems once, and applies the rest of it', async () => {
    const test = startService({folders: ['/desk'], files: {'/desk/.brieflintrc.yaml': 'rules:\n  unknown-source: off\n  unused-source: of\n'}})
    assert.deepEqual(await test.diagnostics(test.open(uriOf('/desk/a.brief.md'), BRIEFING)), [])
    await test.diagnostics(test.open(uriOf('/desk/b.brief.md'), BRIEFING))
    assert.deepEqual(test.logs.map((log) => log.message), ['/desk/.brieflintrc.yaml: `of` is not a severity: use error, warning, info, hint or off. The rest of the file applies.'])
  })
})

describe('settings', () => {
  it('logs a failed settings request, and carries on with the defaults', async () => {
    const test = startService({
      settings: () => {
        throw new Error('the editor could not read its settings')
      }
    })
    assert.equal((await test.diagnostics(test.open('file:///workspace/a.brief.md', BRIEFING))).length, 1)
    assert.deepEqual(test.logs, [{level: 'warn', message: 'Could not read the settings for file:///workspace/a.brief.md, using the defaults: the editor could not read its settings'}])
  })

  it('logs settings of the wrong kind, and uses their defaults', async () => {
    const test = startService({settings: {run: 'sometimes', maxFileSize: -1, entityFiles: 'people.yaml'}})
    assert.equal((await test.diagnostics(test.open('file:///workspace/a.brief.md', BRIEFING))).length, 1)
    assert.deepEqual(test.logs.map((log) => log.message.split(',')[0]), [
      'brieflint.run is set to "sometimes"',
      'brieflint.entityFiles is set to "people.yaml"',
      'brieflint.maxFileSize is set to -1'
    ])
  })

  it('reads everything again when the settings change', async () => {
    let rules: Record<string, string> = {}
    const test = startService({settings: () => ({rules})})
    const uri = test.open('file:///workspace/a.brief.md', BRIEFING)
    assert.equal((await test.diagnostics(uri)).length, 1)
    rules = {'unknown-source': 'off'}
    test.service.settingsChanged()
    assert.equal(test.counts.refreshes, 1)
    assert.deepEqual(await test.diagnostics(uri), [])
  })
})

describe('watched files', () => {
  it('asks the editor to watch each folder\'s configuration, entity and briefing files, and brieflint.entityFiles', async () => {
    const test = startService({folders: ['/desk', '/archive'], settings: (uri) => (uri.endsWith('/desk') ? {entityFiles: ['people/staff.yaml', '.brieflint/entities.yaml']} : {})})
    await test.service.watchFiles()
    assert.deepEqual(test.workspace.watched.map(({base, glob}) => `${base}: ${glob}`), [
      '/desk: **/{.brieflintrc,.brieflintrc.json,.brieflintrc.yaml,.brieflintrc.yml}',
      '/desk: **/.brieflint/entities.{yaml,yml,json}',
      '/desk: **/*.{brief.md,briefing}',
      '/desk: people/staff.yaml',
      '/archive: **/{.brieflintrc,.brieflintrc.json,.brieflintrc.yaml,.brieflintrc.yml}',
      '/archive: **/.brieflint/entities.{yaml,yml,json}',
      '/archive: **/*.{brief.md,briefing}'
    ])
  })

  it('without a folder, watches the same files anywhere', async () => {
    const test = startService()
    await test.service.watchFiles()
    assert.deepEqual(test.workspace.watched.map(({base, glob}) => [base, glob]), [
      [undefined, '**/{.brieflintrc,.brieflintrc.json,.brieflintrc.yaml,.brieflintrc.yml}'],
      [undefined, '**/.brieflint/entities.{yaml,yml,json}'],
      [undefined, '**/*.{brief.md,briefing}']
    ])
  })

  it('a briefing changed on disk re-reads nothing else and refreshes nothing', async () => {
    const test = startService({folders: ['/desk'], files: {'/desk/.brieflint/entities.yaml': TARAS, '/desk/closed.brief.md': BRIEFING}})
    const uri = test.open(uriOf('/desk/staff.brief.md'), STAFF)
    await test.diagnostics(uri)
    const reads = test.workspace.reads.length
    await test.service.filesChanged([{uri: uriOf('/desk/closed.brief.md'), type: FileChangeType.Changed}])
    await test.diagnostics(uri)
    assert.equal(test.counts.refreshes, 0)
    assert.deepEqual(test.workspace.reads.slice(reads), [])
  })

  it('an entity file listed in brieflint.entityFiles, changed on disk, is read again', async () => {
    const test = startService({folders: ['/desk'], files: {'/desk/people/staff.yaml': 'entities: []\n'}, settings: {entityFiles: ['people/staff.yaml']}})
    const uri = test.open(uriOf('/desk/staff.brief.md'), STAFF)
    assert.equal(persons(await test.diagnostics(uri)), 1)
    test.workspace.write('/desk/people/staff.yaml', TARAS)
    await test.service.filesChanged([{uri: uriOf('/desk/people/staff.yaml'), type: FileChangeType.Changed}])
    assert.equal(test.counts.refreshes, 1)
    assert.equal(persons(await test.diagnostics(uri)), 0)
  })

  it('a configuration file created on disk applies at once', async () => {
    const test = startService({folders: ['/desk']})
    const uri = test.open(uriOf('/desk/a.brief.md'), BRIEFING)
    assert.equal((await test.diagnostics(uri)).length, 1)
    test.workspace.write('/desk/.brieflintrc.json', '{"rules": {"unknown-source": "off"}}')
    await test.service.filesChanged([{uri: uriOf('/desk/.brieflintrc.json'), type: FileChangeType.Created}])
    assert.deepEqual(await test.diagnostics(uri), [])
  })

  it('an entity file that disappears leaves the bundled list', async () => {
    const test = startService({folders: ['/desk'], files: {'/desk/.brieflint/entities.yaml': TARAS}})
    const uri = test.open(uriOf('/desk/staff.brief.md'), STAFF)
    assert.equal(persons(await test.diagnostics(uri)), 0)
    test.workspace.delete('/desk/.brieflint/entities.yaml')
    await test.service.filesChanged([{uri: uriOf('/desk/.brieflint/entities.yaml'), type: FileChangeType.Deleted}])
    assert.equal(persons(await test.diagnostics(uri)), 1)
    assert.deepEqual(await test.service.workspaceSymbols('Hrytsenko', never), [])
  })
})
