import assert from 'node:assert/strict'
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, it} from 'node:test'
import {minimatch} from 'minimatch'
import {
  CancellationTokenSource,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticRequest,
  FileChangeType,
  WorkspaceDiagnosticRequest,
  type CodeAction,
  type Diagnostic,
  type DidChangeWatchedFilesRegistrationOptions,
  type TextDocumentEdit
} from 'vscode-languageserver-protocol'
import {BRIEFING} from '../helpers/fixtures.js'
import {fileUri, LspClient} from '../helpers/lsp.js'
import {tempFolder} from '../helpers/temp.js'

const NOVAK = '---\ntitle: Staff talks\ndate: 2025-07-24\n---\n\nDeputy head of the delegation Taras Hrytsenko said the talks would continue.\n'

function write(folder: string, files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), {recursive: true})
    writeFileSync(join(folder, name), text)
  }
}

async function changed(client: LspClient, path: string) {
  await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes: [{uri: fileUri(path), type: FileChangeType.Changed}]})
}

async function addPersonTarget(client: LspClient, uri: string): Promise<string> {
  const diagnostic = (await client.diagnostics(uri)).find((item) => item.code === 'unknown-person')
  assert.ok(diagnostic, 'unknown-person is on: no configuration outside the workspace folder applies')
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: diagnostic.range, context: {diagnostics: [diagnostic]}})
  const add = actions.find((action) => action.title.startsWith('Add “Taras Hrytsenko”'))!
  return (add.edit!.documentChanges!.find((change) => 'edits' in change) as TextDocumentEdit).textDocument.uri
}

describe('watched files', () => {
  it('a briefing saved on disk re-checks nothing; a configuration file does', async () => {
    const folder = tempFolder('watch')
    write(folder, {'open.brief.md': BRIEFING, 'closed.brief.md': BRIEFING})
    const client = await LspClient.start({workspaceFolder: folder})
    try {
      const uri = fileUri(join(folder, 'open.brief.md'))
      await client.open(uri, BRIEFING)
      await client.diagnostics(uri)
      await changed(client, join(folder, 'closed.brief.md'))
      await client.roundTrip()
      assert.equal(client.refreshes, 0)
      write(folder, {'.brieflintrc.yaml': 'rules:\n  unknown-source: off\n'})
      await changed(client, join(folder, '.brieflintrc.yaml'))
      await client.roundTrip()
      assert.equal(client.refreshes, 1)
    } finally {
      await client.stop()
    }
  })

  it('watches and reloads entity files listed in brieflint.entityFiles, wherever they are', async () => {
    const folder = tempFolder('entity-files')
    write(folder, {'desk/people.yaml': 'entities: []\n'})
    const client = await LspClient.start({workspaceFolder: folder, settings: {entityFiles: ['desk/people.yaml']}})
    try {
      const watchers = await client.until(() => {
        const registration = client.registrations.find((item) => item.method === 'workspace/didChangeWatchedFiles')
        return (registration?.registerOptions as DidChangeWatchedFilesRegistrationOptions | undefined)?.watchers
      }, 'a file watcher registration')
      // Relative patterns become absolute globs, as the editor would match them.
      const globs = watchers.map(({globPattern}) => (typeof globPattern === 'string' ? globPattern : `${fileURLToPath(typeof globPattern.baseUri === 'string' ? globPattern.baseUri : globPattern.baseUri.uri)}/${globPattern.pattern}`))
      const matches = (path: string) => globs.some((glob) => minimatch(path, glob, {dot: true}))
      assert.ok(matches(join(folder, 'desk/people.yaml')), JSON.stringify(globs))
      assert.ok(matches(join(folder, '.brieflint/entities.yaml')))
      assert.ok(matches(join(folder, 'sub/.brieflintrc.json')))

      const uri = fileUri(join(folder, 'staff.brief.md'))
      await client.open(uri, NOVAK)
      assert.ok((await client.diagnostics(uri)).some((item) => item.code === 'unknown-person'))
      write(folder, {'desk/people.yaml': 'entities:\n  - {id: taras-hrytsenko, kind: person, name: Taras Hrytsenko}\n'})
      await changed(client, join(folder, 'desk/people.yaml'))
      assert.ok(!(await client.diagnostics(uri)).some((item) => item.code === 'unknown-person'))

      const people = fileUri(join(folder, 'desk/people.yaml'))
      await client.open(people, 'entities:\n  - id: Not An Id\n    kind: person\n    name: Someone\n', 'yaml')
      assert.deepEqual((await client.diagnostics(people)).map((item) => [item.code, item.range.start.line]), [['entity-file', 1]])
    } finally {
      await client.stop()
    }
  })
})

describe('several workspace folders', () => {
  it('a briefing belongs to the folder it is in, not to one whose path is a prefix of its own', async () => {
    const root = tempFolder('prefix')
    write(root, {'.brieflintrc.yaml': 'rules:\n  unknown-person: off\n', 'a/.keep': '', 'ab/staff.brief.md': NOVAK})
    const client = await LspClient.start({workspaceFolders: [join(root, 'a'), join(root, 'ab')]})
    try {
      const uri = fileUri(join(root, 'ab/staff.brief.md'))
      await client.open(uri, NOVAK)
      // The configuration above the workspace folders does not apply.
      assert.equal(await addPersonTarget(client, uri), fileUri(join(root, 'ab/.brieflint/entities.yaml')))
    } finally {
      await client.stop()
    }
  })

  it('a briefing in a nested folder belongs to the innermost one', async () => {
    const root = tempFolder('nested')
    write(root, {'sub/staff.brief.md': NOVAK})
    const client = await LspClient.start({workspaceFolders: [root, join(root, 'sub')]})
    try {
      const uri = fileUri(join(root, 'sub/staff.brief.md'))
      await client.open(uri, NOVAK)
      assert.equal(await addPersonTarget(client, uri), fileUri(join(root, 'sub/.brieflint/entities.yaml')))
    } finally {
      await client.stop()
    }
  })

  it('each folder has its own entity list: one folder\'s entries do not leak into another', async () => {
    const root = tempFolder('roots')
    write(root, {'known/.brieflint/entities.yaml': 'entities:\n  - {id: taras-hrytsenko, kind: person, name: Taras Hrytsenko}\n', 'unknown/.keep': ''})
    const client = await LspClient.start({workspaceFolders: [join(root, 'known'), join(root, 'unknown')]})
    try {
      const known = fileUri(join(root, 'known/staff.brief.md'))
      const unknown = fileUri(join(root, 'unknown/staff.brief.md'))
      await client.open(known, NOVAK)
      await client.open(unknown, NOVAK)
      const persons = (items: Diagnostic[]) => items.filter((item) => item.code === 'unknown-person').length
      assert.equal(persons(await client.diagnostics(known)), 0)
      assert.equal(persons(await client.diagnostics(unknown)), 1)
    } finally {
      await client.stop()
    }
  })
})

describe('workspace diagnostics', () => {
  it('stops linting the workspace as soon as the request is cancelled', async () => {
    const folder = tempFolder('cancel')
    // About 1.2 MB of closed briefings: seconds of work, far longer than one step of analysis.
    const paragraphs = (n: number) => Array.from({length: n}, (_, index) => `Round ${index}: the delegations met in Istanbul, Peskov said.\n\n`).join('')
    for (let index = 0; index < 30; index++) write(folder, {[`archive/${index}.brief.md`]: BRIEFING + paragraphs(700)})
    const client = await LspClient.start({workspaceFolder: folder})
    try {
      // A briefing of about 100 KB, whose first analysis takes a good fraction of a second.
      const uri = fileUri(join(folder, 'open.brief.md'))
      await client.open(uri, BRIEFING + paragraphs(1600))
      const order: string[] = []
      const source = new CancellationTokenSource()
      const workspace = client.connection.sendRequest(WorkspaceDiagnosticRequest.type, {previousResultIds: []}, source.token).then(() => order.push('workspace'), () => order.push('workspace'))
      source.cancel()
      const document = client.connection.sendRequest(DocumentDiagnosticRequest.type, {textDocument: {uri}}).then(() => order.push('document'))
      await Promise.all([workspace, document])
      assert.deepEqual(order, ['workspace', 'document'])
    } finally {
      await client.stop()
    }
  })
})

describe('settings', () => {
  it('logs a failed settings request and carries on with the defaults', async () => {
    const client = await LspClient.start({failSettings: true})
    try {
      const uri = 'file:///workspace/settings.brief.md'
      await client.open(uri, BRIEFING)
      assert.deepEqual((await client.diagnostics(uri)).map((item) => item.code), ['unknown-source'])
      assert.ok(client.logs.some((log) => /settings/i.test(log.message) && /could not read its settings/.test(log.message)), JSON.stringify(client.logs))
    } finally {
      await client.stop()
    }
  })
})
