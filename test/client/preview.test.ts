import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import MarkdownIt from 'markdown-it'
import {briefingPreview, type PreviewProblem} from '../../client/src/preview.js'

const TEXT = 'Medinsky stated the following:\n\n- Kiev will consider the proposal.\n\nThe talks lasted an hour.\n\nSources say a fourth round is planned.\n'

function render(problems: PreviewProblem[], names = new Map<string, string>()): string {
  const md = briefingPreview(new MarkdownIt() as never, {documentOf: (env) => (env as {doc?: string}).doc, problems: () => problems, names: () => names}) as unknown as MarkdownIt
  return md.render(TEXT, {doc: 'file:///talks.brief.md'})
}

describe('Markdown preview of a briefing', () => {
  it('marks the paragraph holding an unsourced claim, with the problem as a tooltip', () => {
    const html = render([{line: 4, code: 'unsourced-claim', message: 'Claim without a source: cite it ([@key]) or say who states it.'}])
    assert.match(html, /<p class="brieflint-unsourced" title="Claim without a source: cite it \(\[@key\]\) or say who states it.">The talks lasted an hour.<\/p>/)
    assert.equal((html.match(/brieflint-/g) ?? []).length, 1)
  })

  it('marks vague attribution differently, and leaves other problems alone', () => {
    const html = render([{line: 6, code: 'vague-attribution', message: 'Vague'}, {line: 2, code: 'entity-alias', message: 'Kiev'}])
    assert.match(html, /<p class="brieflint-vague" title="Vague">Sources say/)
    assert.doesNotMatch(html, /<li class=/)
  })

  it('underlines linked names with who they are, escaping the text', () => {
    const html = render([], new Map([['Medinsky', 'Vladimir Medinsky, Aide to the President of Russia'], ['Kiev', 'Kyiv: capital of Ukraine']]))
    assert.match(html, /<span class="brieflint-entity" title="Vladimir Medinsky, Aide to the President of Russia">Medinsky<\/span> stated/)
    assert.match(html, /<span class="brieflint-entity" title="Kyiv: capital of Ukraine">Kiev<\/span> will consider/)
  })

  it('renders untouched outside briefings', () => {
    const md = briefingPreview(new MarkdownIt() as never, {documentOf: () => undefined, problems: () => [], names: () => new Map()}) as unknown as MarkdownIt
    assert.equal(md.render(TEXT), new MarkdownIt().render(TEXT))
  })
})
