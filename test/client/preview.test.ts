import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import MarkdownIt from 'markdown-it'
import {briefingPreview, type PreviewProblem} from '../../client/src/preview.js'

const TEXT = 'Medinsky stated the following:\n\n- Kiev will consider the proposal.\n\nThe talks lasted an hour.\n\nSources say a fourth round is planned.\n'

function preview(problems: PreviewProblem[], names = new Map<string, string>()): MarkdownIt {
  return briefingPreview(new MarkdownIt() as never, {documentOf: (env) => (env as {currentDocument?: string} | undefined)?.currentDocument, problems: () => problems, names: () => names}) as unknown as MarkdownIt
}

/** As VS Code does: the tokens are parsed without the document, then rendered (again and again) with it. */
function render(problems: PreviewProblem[], names = new Map<string, string>(), text = TEXT): string {
  const md = preview(problems, names)
  const tokens = md.parse(text, {currentDocument: undefined})
  const first = md.renderer.render(tokens, md.options, {currentDocument: 'file:///talks.brief.md'})
  assert.equal(md.renderer.render(tokens, md.options, {currentDocument: 'file:///talks.brief.md'}), first, 'a second render of the same tokens is the same')
  return first
}

describe('Markdown preview of a briefing', () => {
  it('marks the paragraph holding an unsourced claim, with the problem as a tooltip', () => {
    const html = render([{line: 4, code: 'unsourced-claim', message: 'Claim without a source: cite it ([@key]) or say who states it.'}])
    assert.match(html, /<p class="brieflint-unsourced" title="Claim without a source: cite it \(\[@key\]\) or say who states it.">The talks lasted an hour.<\/p>/)
    assert.equal((html.match(/brieflint-/g) ?? []).length, 1)
  })

  it('marks an item of a tight list, whose paragraph is not shown, and a loose item\'s paragraph once', () => {
    const problem = {line: 2, code: 'unsourced-claim', message: 'No source'}
    assert.match(render([problem]), /<li class="brieflint-unsourced" title="No source">Kiev will consider/)
    const loose = render([problem], new Map(), TEXT.replace('proposal.\n', 'proposal.\n\n- Moscow agreed.\n'))
    assert.match(loose, /<li>\s*<p class="brieflint-unsourced" title="No source">Kiev will consider/)
    assert.equal((loose.match(/brieflint-unsourced/g) ?? []).length, 1)
  })

  it('marks vague attribution differently, and leaves other problems alone', () => {
    const html = render([{line: 6, code: 'vague-attribution', message: 'Vague'}, {line: 2, code: 'entity-alias', message: 'Kiev'}])
    assert.match(html, /<p class="brieflint-vague" title="Vague">Sources say/)
    assert.doesNotMatch(html, /<li class=/)
  })

  it('underlines linked names with who they are, escaping the text, and never inside a word', () => {
    const names = new Map([['Medinsky', 'Vladimir Medinsky, Aide to the President of Russia'], ['Kiev', 'Kyiv: capital of Ukraine'], ['Russia', 'Russia: country']])
    const html = render([], names, `${TEXT}\nRussian and Russia's diplomats met.\n`)
    assert.match(html, /<span class="brieflint-entity" title="Vladimir Medinsky, Aide to the President of Russia">Medinsky<\/span> stated/)
    assert.match(html, /<span class="brieflint-entity" title="Kyiv: capital of Ukraine">Kiev<\/span> will consider/)
    assert.match(html, /<p>Russian and <span class="brieflint-entity" title="Russia: country">Russia<\/span>'s diplomats met.<\/p>/)
  })

  it('renders untouched outside briefings', () => {
    const md = briefingPreview(new MarkdownIt() as never, {documentOf: () => undefined, problems: () => [{line: 4, code: 'unsourced-claim', message: 'x'}], names: () => new Map([['Kiev', 'Kyiv']])}) as unknown as MarkdownIt
    assert.equal(md.render(TEXT), new MarkdownIt().render(TEXT))
  })
})
