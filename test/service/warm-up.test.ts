import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {BRIEFING} from '../helpers/fixtures.js'
import {startService, uriOf} from '../helpers/service.js'

const warmedUp = (logs: {message: string}[]) => logs.some((log) => log.message.startsWith('Loaded the entity list and the tagger'))

describe('warming up at start-up', () => {
  it('loads what a first analysis needs when the workspace holds briefings and none is open', async () => {
    const {service, workspace, logs} = startService({folders: ['/ws'], files: {'/ws/desk/talks.brief.md': BRIEFING}})
    assert.equal(await service.warmUp(), true)
    assert.ok(warmedUp(logs))
    // The folder's entity files were looked for: its entity list is built.
    assert.ok(workspace.reads.some((path) => path.startsWith('/ws/')))
  })

  it('does nothing once a briefing is open: its own analysis loads the same things', async () => {
    const {service, logs, open} = startService({folders: ['/ws'], files: {'/ws/talks.brief.md': BRIEFING}})
    open(uriOf('/ws/talks.brief.md'), BRIEFING)
    assert.equal(await service.warmUp(), false)
    assert.ok(!warmedUp(logs))
  })

  it('does nothing in a workspace without briefings, where the extension started only for Markdown', async () => {
    const {service, logs} = startService({folders: ['/ws'], files: {'/ws/README.md': '# Notes\n'}})
    assert.equal(await service.warmUp(), false)
    assert.ok(!warmedUp(logs))
  })
})
