import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, it} from 'node:test'
import fc from 'fast-check'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {lint} from '../../server/src/engine/lint.js'
import {parseBriefing, parseMarkdown, type PartCache} from '../../server/src/engine/parse.js'
import {cutParts, frontMatterEnd} from '../../server/src/engine/parts.js'
import frontMatterRule from '../../server/src/rules/front-matter.js'

const HEADER = '---\ntitle: Talks\ndate: 2025-07-24\n---\n\n'
const keys = (text: string) => parseBriefing(HEADER + text).citations.map((citation) => citation.key)

describe('citations', () => {
  it('reads single, grouped and located citations', () => {
    assert.deepEqual(keys('One [@izvestia]. Two [@tass; @ria-0723]. Three [@kremlin.ru/71234, p. 4].'), ['izvestia', 'tass', 'ria-0723', 'kremlin.ru/71234'])
  })

  it('reads pandoc prefixes and suppressed authors', () => {
    assert.deepEqual(keys('As reported [see @izvestia; also -@tass].'), ['izvestia', 'tass'])
  })

  it('does not take an email address, a link or a footnote for a citation', () => {
    assert.deepEqual(keys('Write to [press@kremlin.ru]. See [@izvestia](https://iz.ru). Noted[^1].\n\n[^1]: A footnote.'), [])
  })

  it('ignores citation-like text in code', () => {
    assert.deepEqual(keys('Type `[@izvestia]` to cite.\n\n```\n[@tass]\n```\n'), [])
  })

  it('gives the exact span of each key', () => {
    const text = `${HEADER}Both sides [@a; @bb].`
    const [first, second] = parseBriefing(text).citations
    assert.equal(text.slice(first!.keySpan.start, first!.keySpan.end), 'a')
    assert.equal(text.slice(second!.keySpan.start, second!.keySpan.end), 'bb')
    assert.equal(text.slice(first!.groupSpan.start, first!.groupSpan.end), '[@a; @bb]')
  })
})

describe('front matter', () => {
  it('keeps the spans of fields and source keys', () => {
    const text = '---\ntitle: Talks\ndate: 2025-07-24\nsources:\n  tass: {title: TASS}\n---\n'
    const briefing = parseBriefing(text)
    const date = briefing.frontMatter!.fields.get('date')!
    assert.equal(text.slice(date.valueSpan.start, date.valueSpan.end), '2025-07-24')
    assert.equal(text.slice(briefing.sources[0]!.keySpan.start, briefing.sources[0]!.keySpan.end), 'tass')
    assert.equal(briefing.sources[0]!.title, 'TASS')
  })

  it('keeps its sources and problems through edits below it, and reads them again after an edit in it', () => {
    const cache: PartCache = new Map()
    const body = '\n# Talks\n\nThe delegations met [@tass].\n\nThe talks lasted an hour.\n'
    const header = (date: string, title: string) => `---\ntitle: Talks\ndate: ${date}\nsources:\n  tass: {title: ${title}}\n---\n`
    const seen: unknown[] = []
    const look = (text: string) => {
      const {briefing, messages} = lint(text, {rules: [frontMatterRule], cache})
      seen.push(briefing.sources)
      return {sources: briefing.sources.map((source) => `${source.key}: ${source.title}`), problems: messages.map((message) => `${message.place.start.line}:${message.place.start.column} ${message.reason}`)}
    }
    const wrongDate = ['3:7 `date` is not a day of the calendar: `2025-02-30`.']
    assert.deepEqual(look(header('2025-02-30', 'TASS') + body), {sources: ['tass: TASS'], problems: wrongDate})
    assert.deepEqual(look(header('2025-02-30', 'TASS') + body.replace('an hour', 'two hours')), {sources: ['tass: TASS'], problems: wrongDate})
    // Read once: the edit below the front matter left its part, and what was read from it, as they were.
    assert.equal(seen[1], seen[0])
    assert.deepEqual(look(header('2025-02-28', 'TASS') + body), {sources: ['tass: TASS'], problems: []})
    assert.deepEqual(look(header('2025-02-28', 'Interfax') + body), {sources: ['tass: Interfax'], problems: []})
    assert.notEqual(seen[3], seen[2])
  })

  it('maps offsets onto the original text after a byte order mark', () => {
    const text = '\uFEFF---\ntitle: Talks\ndate: 2025-07-24\n---\n\n# Talks\n'
    const briefing = parseBriefing(text)
    const title = briefing.frontMatter!.fields.get('title')!
    assert.equal(text.slice(title.valueSpan.start, title.valueSpan.end), 'Talks')
    assert.equal(text.slice(briefing.sections[0]!.headingSpan.start, briefing.sections[0]!.headingSpan.end), '# Talks')
  })

  it('recognises an opening fence that is never closed', () => {
    assert.equal(parseBriefing('---\ntitle: Talks\n\nBody.\n').frontMatter!.closed, false)
    assert.equal(parseBriefing('---       \ntitle: Talks\n\nBody.\n').frontMatter!.closed, false)
  })

  it('reads fences with spaces after them', () => {
    const briefing = parseBriefing('---       \ntitle: Talks\ndate: 2025-07-24\n---\t\t\t\t\t\n\nThe talks lasted an hour.\n')
    assert.equal(briefing.frontMatter!.fields.get('title')?.value, 'Talks')
  })

  it('reads the lists and quotations after a fence that is never closed', () => {
    const text = '---\ntitle: Talks\n\nMedinsky stated the following:\n\n- Russia offered an exchange.\n- Kyiv will consider it.\n\n> A quotation.\n'
    for (const briefing of [parseBriefing(text), parseBriefing(text, {whole: true})]) {
      assert.deepEqual(briefing.blocks.map((block) => block.kind), ['paragraph', 'paragraph', 'listItem', 'listItem', 'paragraph'])
      assert.equal(briefing.frontMatter!.closed, false)
    }
  })

  it('parses with the front matter syntax exactly where the cut finds a closed front matter', () => {
    const opening = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()
    const pieces = ['---', '----', '--- ', '-- -', '\t', ' ', '      ', '\n', '\r\n', '\r', 'title: x', '...', '\uFEFF', '- a', '']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 12}), (chosen) => {
        const text = chosen.join('')
        assert.equal(opening.parse(text).children[0]?.type === 'yaml', frontMatterEnd(text) > 0, JSON.stringify(text))
      }),
      {numRuns: 3000}
    )
  })

  it('has no front matter when the file does not start with a fence', () => {
    assert.equal(parseBriefing('# Talks\n\n---\ntitle: x\n---\n').frontMatter, undefined)
  })
})

describe('sections and sentences', () => {
  it('nests sections by heading depth', () => {
    const briefing = parseBriefing(`${HEADER}# Talks\n\n## Results\n\n### Prisoners\n\n## Positions\n`)
    const outline = (sections: typeof briefing.sections): unknown => sections.map((section) => [section.title, outline(section.children)])
    assert.deepEqual(outline(briefing.sections), [['Talks', [['Results', [['Prisoners', []]]], ['Positions', []]]]])
  })

  it('keeps the sentences of a paragraph where GFM finds an address written with an escape or a character reference', () => {
    const sentences = (text: string) => parseBriefing(text).parts.flatMap(({part}) => part.sentences).map((sentence) => sentence.text)
    assert.deepEqual(sentences(`${HEADER}Russia returned the bodies. Questions go to press\\@kremlin.ru.\n`), ['Russia returned the bodies.', 'Questions go to press\\@kremlin.ru.'])
    assert.deepEqual(sentences(`${HEADER}Russia returned the bodies. See www&#46;iz.ru for the list.\n`), ['Russia returned the bodies.', 'See www&#46;iz.ru for the list.'])
    // Whether the part also holds a literal link elsewhere changes nothing.
    const paragraphs = Array.from({length: 80}, (_, n) => `Paragraph ${n} on the talks, round ${n * 7}.`).join('\n\n')
    const text = `${HEADER}Questions go to press\\@kremlin.ru.\n\n${paragraphs}\n\nThe lists went to desk@un.org.\n`
    const count = (briefing: ReturnType<typeof parseBriefing>) => briefing.parts.flatMap(({part}) => part.sentences).length
    assert.equal(count(parseBriefing(text)), count(parseBriefing(text, {whole: true})))
  })

  it('splits sentences without breaking on abbreviations, initials or numbers', () => {
    const briefing = parseBriefing(`${HEADER}Russia offered to exchange 1,200 more prisoners. The U.S. side said 7.5 percent was agreed.\n`)
    assert.deepEqual(briefing.parts.flatMap(({part}) => part.sentences).map((sentence) => sentence.text), [
      'Russia offered to exchange 1,200 more prisoners.',
      'The U.S. side said 7.5 percent was agreed.'
    ])
  })

  it('labels list items, headings and table cells', () => {
    const briefing = parseBriefing(`${HEADER}# Results\n\n- Exchanges will continue.\n\n| Side | Count |\n|---|---|\n| Russia | 12 |\n`)
    assert.deepEqual(briefing.parts.flatMap(({part}) => part.sentences).map((sentence) => sentence.block), ['heading', 'listItem', 'tableCell', 'tableCell', 'tableCell', 'tableCell'])
  })
})

describe('parsing without the GFM constructs a part cannot hold', () => {
  // What remark-gfm reads: the parser may skip literal autolinks, tables, footnotes, strikethrough and task list items only where that changes nothing.
  const gfm = unified().use(remarkParse).use(remarkGfm).freeze()
  const gfmOpening = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()
  const same = (text: string, first: boolean) =>
    assert.deepEqual(parseMarkdown(text, first), (first && frontMatterEnd(text) > 0 ? gfmOpening : gfm).parse(text), JSON.stringify(text))

  it('still finds www addresses, URLs and email addresses written out', () => {
    const text = 'Read www.iz.ru, HTTPS://tass.ru/a?b=1 and write to press@kremlin.ru or desk@un.org.'
    assert.deepEqual(parseBriefing(text).links.map((link) => text.slice(link.start, link.end)), ['www.iz.ru', 'HTTPS://tass.ru/a?b=1', 'press@kremlin.ru', 'desk@un.org'])
  })

  it('parses each construct’s least text as remark-gfm does', () => {
    for (const text of ['a\n:-:', 'a\n-:', '> a\n> :-', '~a~', '~~b~~', '- [\t] a', '* [x] a\n* [X] b\n* [ ] c', 'a[^1]\n\n[^1]: b', '| a |\n| - |', 'a | b\n-|-', '- [\r\n] a', '- [\n  ] a', '1. [\n   ] a', '> - [\n> ] a']) {
      same(text, false)
      same(text, true)
    }
  })

  it('parses random Markdown as remark-gfm does', () => {
    const pieces = ['www.', 'WwW.', 'ww.', 'example.com', 'https://', 'http:', 'xmpp:', 'mailto:', '://', '/path', 'h', 'w', 'a', 'desk', '@', '[@src-1]', '@tass',
      '+', '-', '.', '_', ' ', '\n', '\n\n', '- ', '> ', '| a | b |\n|---|---|\n', '~~', '[^1]', '[^1]: note\n', '[x](y)', '<', '>', '*', '`', '---\n',
      '\\', '\\@', '&', '&#64;', '&commat;', '&#46;', '&#x40;', ';', '#', '|', ':', '-:', ':-', '-', '~', '[', ']', '^', '[^', ' [ ] ', '[x]', '[X]', '\t', '1. ', '\r\n', '\r', '  ', '- [']
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 40}), fc.boolean(), (chosen, first) => same(chosen.join(''), first)), {numRuns: 3000})
  })

  it('parses every part of the example and the evaluation briefings as remark-gfm does', () => {
    const root = join(import.meta.dirname, '../..')
    const files = [join(root, 'examples/istanbul-talks.brief.md'), ...readdirSync(join(root, 'test/eval/blind')).filter((name) => name.endsWith('.brief.md')).map((name) => join(root, 'test/eval/blind', name))]
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      for (const [index, cut] of cutParts(text).entries()) same(text.slice(cut.start, cut.end), index === 0)
    }
  })
})
