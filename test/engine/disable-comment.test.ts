import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import type {Nodes} from 'mdast'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {lint} from '../../server/src/engine/lint.js'
import type {BrieflintMessage} from '../../server/src/engine/rule.js'
import {rules} from '../../server/src/rules/index.js'
import {parseMarkdown} from '../../server/src/engine/parse.js'
import {disableLineEdits} from '../../server/src/features/disable-comment.js'

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

/** Each message as what it says about which text, so that messages compare across an edit that moves lines. */
function messageKeys(text: string, keep: (message: BrieflintMessage) => boolean = () => true): string[] {
  return lint(text, {rules}).messages.filter(keep).map((message) => `${message.ruleId} ${message.reason} @ ${text.slice(message.place.start.offset, message.place.end.offset)}`).sort()
}

/** Applies the quick fix for the first unknown-source report and checks what it did. */
function disableFirst(body: string): string {
  const text = HEADER + body
  const before = lint(text, {rules})
  const target = before.messages.find((message) => message.ruleId === 'unknown-source')!
  const line = target.place.start.line - 1
  const document = TextDocument.create('file:///t.brief.md', 'briefing', 1, text)
  const edits = disableLineEdits(before.briefing, document, line, 'unknown-source')!
  const edited = TextDocument.applyEdits(document, edits)
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
    const edits = disableLineEdits(lint(text, {rules}).briefing, document, 4, 'unused-source')!
    const edited = TextDocument.applyEdits(document, edits)
    assert.match(edited, /sources:\n {2}# brieflint-disable-next-line unused-source\n {2}tass:/)
    assert.deepEqual(lint(edited, {rules}).messages, [])
  })

  it('silences the first body row of a table from the header row, leaving the delimiter row alone', () => {
    assert.equal(
      disableFirst('| Side | Source |\n|---|---|\n| Russia | [@x] |\n| Ukraine | [@tass] |\n'),
      '| Side | Source <!-- brieflint-disable unknown-source --> |\n|---|---|\n| Russia | [@x] <!-- brieflint-enable unknown-source --> |\n| Ukraine | [@tass] |\n'
    )
    assert.equal(
      disableFirst('Side | Source\n--- | ---\nRussia | [@x]\nUkraine | [@y]\n'),
      'Side | Source <!-- brieflint-disable unknown-source -->\n--- | ---\nRussia | [@x] <!-- brieflint-enable unknown-source -->\nUkraine | [@y]\n'
    )
  })

  it('goes before a code span, an HTML tag or a link that the previous line ends inside of', () => {
    assert.equal(
      disableFirst('The delegation quoted `the full\ntext` of the memo [@x].\n'),
      'The delegation quoted <!-- brieflint-disable-next-line unknown-source -->`the full\ntext` of the memo [@x].\n'
    )
    assert.equal(
      disableFirst('The memo was <abbr title="memorandum\nof understanding">signed</abbr> [@x].\n'),
      'The memo was <!-- brieflint-disable-next-line unknown-source --><abbr title="memorandum\nof understanding">signed</abbr> [@x].\n'
    )
    assert.equal(
      disableFirst('The text is [published](https://example.org/memo "the\nfull text") [@x].\n'),
      'The text is <!-- brieflint-disable-next-line unknown-source -->[published](https://example.org/memo "the\nfull text") [@x].\n'
    )
    assert.equal(
      disableFirst('> The delegation quoted `the full\n> text` of the memo [@x].\n'),
      '> The delegation quoted <!-- brieflint-disable-next-line unknown-source -->`the full\n> text` of the memo [@x].\n'
    )
  })

  it('offers nothing when the previous line is all inside a code span, rather than a comment that silences nothing', () => {
    const text = HEADER + 'The memo reads:\n`the full text of the memo\nas signed` in Istanbul [@x].\n'
    const before = lint(text, {rules})
    const target = before.messages.find((message) => message.ruleId === 'unknown-source')!
    const document = TextDocument.create('file:///t.brief.md', 'briefing', 1, text)
    assert.equal(disableLineEdits(before.briefing, document, target.place.start.line - 1, 'unknown-source'), undefined)
  })

  it('silences only the message it targets in lists, tables and quotes: every other report stays as it was', () => {
    const bodies = [
      'The talks ended.\n\n- The convoy arrived at noon.\n- The talks lasted an hour.\n- The delegation left at six.\n\nThe talks ended.\n',
      'The talks ended.\n- The convoy arrived at noon last week.\n- The talks lasted an hour on Monday.\n- The delegation left at six in Kiev.\n',
      'The talks ended.\n\n1. The convoy arrived at noon.\n\n   It was late.\n2. The talks lasted an hour.\n3. The delegation left at six.\n',
      '- The convoy arrived at noon.\n  - The talks lasted an hour.\n  - The delegation left at six.\n- The cars left yesterday.\n',
      '> - The convoy arrived at noon.\n> - The talks lasted an hour.\n>\n> The delegation left at six.\n',
      'The talks ended.\n\n| Day | Event |\n|---|---|\n| Monday | The convoy arrived at noon [@x]. |\n| Tuesday | The talks lasted an hour [@y]. |\n',
      'The talks ended.\nThe delegation quoted `the full\ntext` of the memo.\nThe convoy arrived at noon.\n',
      // The comment goes into the first item; the third item was read as part of the second when it did.
      '- Medinsky stated the following:\n- See [the report](https://example.org "a title").\n- The delegation of 12 arrived on Monday.\n',
      // The comments go into table cells, which were read with them as text.
      '| Claim | Note |\n|---|---|\n| The delegation of 12 arrived on Monday. | The talks lasted an hour on Tuesday. |\n| The talks ended. | Sources say the talks will resume. |\n'
    ]
    for (const body of bodies) {
      const text = HEADER + body
      const before = lint(text, {rules})
      assert.ok(before.messages.length > 0, body)
      const document = TextDocument.create('file:///t.brief.md', 'briefing', 1, text)
      for (const target of before.messages) {
        const edits = disableLineEdits(before.briefing, document, target.place.start.line - 1, target.ruleId)
        if (!edits) continue
        const edited = TextDocument.applyEdits(document, edits)
        // The comment silences the rule on the target's line: every other report stays, at the same text.
        const silenced = (message: BrieflintMessage) => message.ruleId === target.ruleId && message.place.start.line === target.place.start.line
        assert.deepEqual(messageKeys(edited), messageKeys(text, (message) => !silenced(message)), `fixing ${target.ruleId} on line ${target.place.start.line} in:\n${edited}`)
      }
    }
  })
  it('keeps a long list one list when the item is the first of a part (lists are cut past 4,000 characters)', () => {
    const body = Array.from({length: 100}, (_, index) => `- Sources say round ${index} will be held in August.\n`).join('')
    const text = HEADER + body
    const before = lint(text, {rules})
    // The first part of the list: the front matter is a part of its own.
    const boundary = before.briefing.parts.find((placed) => placed.start > 0 && text[placed.start] === '-')!.start
    const document = TextDocument.create('file:///t.brief.md', 'briefing', 1, text)
    const line = document.positionAt(boundary).line
    const target = before.messages.find((message) => message.place.start.line - 1 === line)
    assert.ok(target, `a report on the part's first line, ${JSON.stringify(text.slice(boundary, boundary + 60))}`)
    const edited = TextDocument.applyEdits(document, disableLineEdits(before.briefing, document, line, target.ruleId)!)
    assert.deepEqual(shape(parseMarkdown(edited)), shape(parseMarkdown(text)), `structure changed:\n${edited.slice(boundary - 200, boundary + 200)}`)
    const silenced = (message: BrieflintMessage) => message.ruleId === target.ruleId && message.place.start.line === target.place.start.line
    assert.deepEqual(messageKeys(edited), messageKeys(text, (message) => !silenced(message)))
  })
})
