import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {minimatch} from 'minimatch'
import type {DocumentSelector} from 'vscode-languageserver-protocol'
import {documentSelector} from '../../client/src/selector.js'

/** Whether the editor would send a file-scheme document at `path` (with this language) to the server. */
function synced(selector: DocumentSelector, path: string, language = 'yaml'): boolean {
  return selector.some((filter) => {
    if (typeof filter === 'string') return filter === language
    if ('language' in filter && filter.language !== undefined && filter.language !== language) return false
    if ('pattern' in filter && filter.pattern !== undefined) return typeof filter.pattern === 'string' && minimatch(path, filter.pattern, {dot: true})
    return 'language' in filter && filter.language === language
  })
}

describe('the documents the client syncs to the server', () => {
  it('includes briefings, configuration files and the folder\'s .brieflint/entities.yaml', () => {
    const selector = documentSelector([])
    assert.ok(synced(selector, '/desk/talks.brief.md', 'briefing'))
    assert.ok(synced(selector, '/desk/reports/.brieflintrc.yaml'))
    assert.ok(synced(selector, '/desk/.brieflint/entities.yaml'))
    assert.ok(!synced(selector, '/desk/people/staff.yaml'))
  })

  it('includes the entity files brieflint.entityFiles lists, wherever they are', () => {
    const selector = documentSelector([
      {folder: '/desk', entityFiles: ['people/staff.yaml', '/shared/lists/officials.json', '.brieflint/entities.yaml']},
      {folder: '/archive [2024]', entityFiles: ['names.yaml']}
    ])
    assert.ok(synced(selector, '/desk/people/staff.yaml'))
    assert.ok(synced(selector, '/shared/lists/officials.json'))
    assert.ok(synced(selector, '/archive [2024]/names.yaml'))
    assert.ok(!synced(selector, '/desk/people/other.yaml'))
    assert.equal(selector.length, 7)
  })

  it('ignores a mistyped brieflint.entityFiles (a string, null, a number in the list) instead of failing to start', () => {
    const selector = documentSelector([
      {folder: '/desk', entityFiles: 'people/staff.yaml'},
      {folder: '/archive', entityFiles: null},
      {folder: '/shared', entityFiles: [7, 'names.yaml']}
    ])
    assert.equal(selector.length, 5)
    assert.ok(synced(selector, '/shared/names.yaml'))
    assert.ok(!synced(selector, '/desk/p'))
  })
})
