import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import type {Nodes} from 'mdast'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {lint} from '../../server/src/engine/lint.js'
import {rules} from '../../server/src/rules/index.js'
import {parseMarkdown} from '../../server/src/engine/parse.js'
import {disableNextLineEdit} from '../../server/src/features/disable-comment.js'

const HEADER = '---\ntitle: Talks\ndate: 2025-07-24\nsources:\n  tass: {title: TASS}\n---\n\n[@tass]\n\n'

const LEAF_BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'code', 'yaml'])

/** Block structure without comments: what a reader sees must not change. */
function shape(node: Nodes): unknown {
  if (!('children' in node) || LEAF_BLOCKS.has(node.type)) return node.type
  return [node.type, node.children.filter((child) => child.type !== 'html').map((child) => shape(child as Nodes))]
}

/** The visible text, comments removed and whitespace collapsed. */
function rendered(node: Nodes): string {
  if (node.type === 'html') return ' '
  if (node.type === 'break') return '<br>'
  if ('value' in node) return node.value
  if (!('children' in node)) return ''
  const leaf = LEAF_BLOCKS.has(node.type)
  const children = node.children.filter((child) => leaf || child.type !== 'html') as Nodes[]
  const text = children.map(rendered).join(leaf ? '' : '|')
  return text.replace(/\s+/g, ' ').replace(/ ?<br> ?/g, '<br>').trim()
}

/** Applies the quick fix for the first unknown-source report and checks what it did. */
function disableFirst(body: string): string {
  const text = HEADER + body
  const before = lint(text, {rules})
  const target = before.messages.find((message) => message.ruleId === 'unknown-source')!
  const line = target.place.start.line - 1
  const document = TextDocument.create('file:///t.brief.md', 'briefing', 1, text)
  const edit = disableNextLineEdit(before.briefing, document, line, 'unknown-source')!
  const edited = TextDocument.applyEdits(document, [edit])
  const after = lint(edited, {rules})
  const remaining = after.messages.filter((message) => message.ruleId === 'unknown-source').length
  assert.equal(remaining, before.messages.filter((message) => message.ruleId === 'unknown-source').length - 1, `still reported in:\n${edited}`)
  assert.deepEqual(shape(parseMarkdown(edited)), shape(parseMarkdown(text)), `structure changed:\n${edited}`)
  assert.equal(rendered(parseMarkdown(edited)), rendered(parseMarkdown(text)))
  return edited.slice(HEADER.length)
}

describe('the "disable for this line" edit', () => {
  it('puts the comment on its own line before a paragraph', () => {
    assert.equal(disableFirst('A claim [@x].\n'), '<!-- brieflint-disable-next-line unknown-source -->\nA claim [@x].\n')
  })

  it('appends to the previous line inside a paragraph, so the paragraph stays whole', () => {
    assert.equal(
      disableFirst('The talks lasted an hour.\nThey ended early [@x].\n'),
      'The talks lasted an hour. <!-- brieflint-disable-next-line unknown-source -->\nThey ended early [@x].\n'
    )
  })

  it('keeps a hard line break at the end of the previous line', () => {
    assert.equal(
      disableFirst('The talks lasted an hour.  \nThey ended early [@x].\n'),
      'The talks lasted an hour. <!-- brieflint-disable-next-line unknown-source -->  \nThey ended early [@x].\n'
    )
  })

  it('indents into the previous list item, so the list stays one list', () => {
    assert.equal(
      disableFirst('Medinsky stated the following:\n\n1. Exchanges are complete [@tass].\n2. Russia proposed three groups [@x].\n'),
      'Medinsky stated the following:\n\n1. Exchanges are complete [@tass].\n   <!-- brieflint-disable-next-line unknown-source -->\n2. Russia proposed three groups [@x].\n'
    )
  })

  it('goes before the list when the first item is reported', () => {
    assert.equal(
      disableFirst('Medinsky stated the following:\n- Exchanges are complete [@x].\n- More to come.\n'),
      'Medinsky stated the following:\n<!-- brieflint-disable-next-line unknown-source -->\n- Exchanges are complete [@x].\n- More to come.\n'
    )
  })

  it('keeps the quote marker inside a blockquote', () => {
    assert.equal(disableFirst('> Quoted [@tass].\n>\n> Another claim [@x].\n'), '> Quoted [@tass].\n>\n> <!-- brieflint-disable-next-line unknown-source -->\n> Another claim [@x].\n')
  })

  it('goes inside the previous row of a table', () => {
    assert.equal(
      disableFirst('| Side | Source |\n|---|---|\n| Russia | [@tass] |\n| Ukraine | [@x] |\n'),
      '| Side | Source |\n|---|---|\n| Russia | [@tass] <!-- brieflint-disable-next-line unknown-source --> |\n| Ukraine | [@x] |\n'
    )
  })

  it('uses a YAML comment inside the front matter', () => {
    const text = '---\ntitle: Talks\ndate: 2025-07-24\nsources:\n  tass: {title: TASS}\n---\n\nNo citations.\n'
    const document = TextDocument.create('file:///t.brief.md', 'briefing', 1, text)
    const edit = disableNextLineEdit(lint(text, {rules}).briefing, document, 4, 'unused-source')!
    const edited = TextDocument.applyEdits(document, [edit])
    assert.match(edited, /sources:\n {2}# brieflint-disable-next-line unused-source\n {2}tass:/)
    assert.deepEqual(lint(edited, {rules}).messages, [])
  })
})
