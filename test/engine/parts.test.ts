import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {describe, it} from 'node:test'
import fc from 'fast-check'
import {parseBriefing, parseMarkdown} from '../../server/src/engine/parse.js'
import {cutEverywhere, cutParts, type Cut} from '../../server/src/engine/parts.js'
import {applyEdits} from '../helpers/edits.js'

const example = readFileSync(resolve(import.meta.dirname, '../../examples/istanbul-talks.brief.md'), 'utf8')
const HEADER = '---\ntitle: Talks\ndate: 2025-07-24\nsources:\n  tass: {title: TASS}\n---\n\n'
/** Enough paragraphs that some of the safe points between them become cuts. */
const paragraphs = (count: number) => Array.from({length: count}, (_, n) => `Paragraph ${n} on the talks in Istanbul, round ${n * 7}.\n\n`).join('')
/** Where the text after the front matter is cut (a body cut follows a blank line, never the closing `---`). */
const cutsIn = (text: string) => cutParts(text).slice(1).map((part) => part.start).filter((start) => !text.slice(0, start).endsWith('\n---\n'))

describe('cutting a briefing into parts', () => {
  it('covers the whole text with adjacent parts, and cuts a long briefing in several', () => {
    const parts = cutParts(example)
    assert.ok(parts.length > 1)
    assert.equal(parts[0]!.start, 0)
    assert.equal(parts.at(-1)!.end, example.length)
    for (let index = 1; index < parts.length; index++) assert.equal(parts[index]!.start, parts[index - 1]!.end)
  })

  it('gives the front matter a part of its own, so typing in it or in the text after it leaves the other', () => {
    const text = HEADER + paragraphs(60)
    assert.deepEqual(cutParts(text)[0], {start: 0, end: HEADER.length - 1})
    // Unclosed, it is not front matter: no cut.
    const unclosed = `---\ntitle: Talks\n\n${paragraphs(2)}`
    assert.equal(cutParts(unclosed)[0]!.end, unclosed.length)
    const cache = new Map()
    const before = parseBriefing(text, {cache})
    const after = parseBriefing(text.replace('title: Talks', 'title: The talks'), {cache})
    assert.notEqual(after.parts[0]!.part, before.parts[0]!.part)
    assert.equal(after.parts[1]!.part, before.parts[1]!.part)
    assert.equal(after.frontMatter!.fields.get('title')!.value, 'The talks')
  })

  it('cuts only before a line at the margin that follows a blank line', () => {
    const text = HEADER + paragraphs(60)
    const cuts = cutsIn(text)
    assert.ok(cuts.length > 0)
    for (const cut of cuts) assert.match(text.slice(cut - 2, cut + 1), /^\n\nP$/)
  })

  it('never cuts inside front matter, a fenced code block, an HTML comment or a list', () => {
    const inside = (open: string, close: string) => `${open}\n\n${paragraphs(60)}${close}\n\n`
    for (const [open, close] of [['```', '```'], ['~~~~', '~~~~'], ['<!--', '-->'], ['<pre>', '</pre>']] as const) {
      const text = inside(open, close) + paragraphs(60)
      const closing = text.indexOf(`${close}\n\n`, open.length)
      assert.ok(cutsIn(text).every((cut) => cut > closing), `cut inside ${open}`)
    }
    const frontMatter = `---\ntitle: Talks\nnotes: |\n\n${paragraphs(60).replace(/^/gm, '  ')}---\n\n` + paragraphs(60)
    assert.ok(cutsIn(frontMatter).every((cut) => cut > frontMatter.indexOf('\n---\n')))
    const list = HEADER + Array.from({length: 100}, (_, n) => `- Item ${n} of a loose list.\n\n`).join('')
    assert.deepEqual(cutsIn(list), [])
  })

  it('takes a fence line indented four columns past its opening fence for code, not for the fence’s end', () => {
    // After a fence at the margin, `    ```` is a line of code (CommonMark allows a closing fence three columns of indent), and so is a tab and ```.
    for (const code of ['    ```', '\t```']) {
      const text = HEADER + '```\ncode\n' + code + '\n\n' + paragraphs(60) + '```\n\n' + paragraphs(60)
      const closing = text.indexOf('```\n\n', text.indexOf(code) + code.length)
      assert.ok(cutsIn(text).length > 0)
      assert.ok(cutsIn(text).every((cut) => cut > closing), `cut inside the code block (${JSON.stringify(code)})`)
      assert.equal(parseBriefing(text).blocks.filter((block) => block.span.start < closing).length, 0)
    }
  })

  it('reads a fence in a list item against the item’s text: closed a little further in, or ended with the item', () => {
    // The first fence closes at column 4, within three of the item's text at column 3; the one after the paragraphs opens a block.
    const closedFurtherIn = HEADER + '1. Step:\n\n   ```\n   run it\n    ```\n\n' + paragraphs(20) + '```\nINSIDE\n\n' + paragraphs(60) + '```\n\n' + paragraphs(60)
    // An item that ends with its fence open closes the fence: the ``` after the paragraphs opens a block.
    const endedWithItem = HEADER + '- Step:\n\n  ```\n  run it\n\nAfter the item.\n\n' + paragraphs(20) + '```\nINSIDE\n\n' + paragraphs(60) + '```\n\n' + paragraphs(60)
    for (const text of [closedFurtherIn, endedWithItem]) {
      const block = {start: text.indexOf('```\nINSIDE'), end: text.lastIndexOf('```\n\n')}
      assert.ok(cutsIn(text).length > 0)
      assert.ok(cutsIn(text).every((cut) => cut <= block.start || cut > block.end), 'cut inside the code block')
      assert.equal(parseBriefing(text).blocks.filter((each) => each.span.start > block.start && each.span.start < block.end).length, 0)
    }
    // A paragraph indented less than the items' text ends the list: the fence after it is at the top level, whatever its indent.
    const lines = Array.from({length: 40}, (_, index) => `Line ${index} of the transcript.\n\n`).join('')
    const afterList = `${HEADER}1. Pulled the wire copy.\n2. Checked the transcript.\n\n  (Transcript as released on 14 May.)\n\n   \`\`\`text\n${lines}   \`\`\`\n\n${paragraphs(20)}`
    const code = {start: afterList.indexOf('```text'), end: afterList.lastIndexOf('```')}
    assert.deepEqual(cutEverywhere(afterList, {start: HEADER.length - 1, end: afterList.length}).filter((cut) => cut.start > code.start && cut.start < code.end), [])
    // An item whose text starts on the next line follows another item (a list being typed): its fence ends with the item.
    const typing = `${HEADER}1. First step.\n2.\n   \`\`\`sh\n   run\n3. Third.\n\nPara.\n\n\`\`\`\ntop\n\ncode\n\`\`\`\n\n${paragraphs(20)}`
    const later = {start: typing.indexOf('```\ntop'), end: typing.indexOf('code\n```') + 5}
    const typingCuts = cutEverywhere(typing, {start: HEADER.length - 1, end: typing.length})
    assert.ok(typingCuts.some((cut) => cut.start > later.end), 'no cut after the code block')
    assert.deepEqual(typingCuts.filter((cut) => cut.start > later.start && cut.start < later.end), [])
    // In a nested item, a fence indented with the item's text closes one indented as much, tabs counting to the next multiple of four.
    const listed = `${HEADER}- Item:\n\n  - Sub-item:\n\n    \`\`\`\n    code\n\t\`\`\`\n\n${paragraphs(60)}`
    assert.ok(cutsIn(listed).length > 0, 'the fence in the list item was never closed')
  })

  it('never lets a cut fall inside a fenced or indented code block, with fences in and out of list items at any indent', () => {
    // The scan knows only the last list item's text column, not every container: this checks it where cuts may fall most, at every safe point.
    let n = 0
    const indent = fc.constantFrom('', ' ', '  ', '   ', '    ', '     ', '      ', '\t', ' \t', '\t  ')
    const line = fc.oneof(
      {weight: 4, arbitrary: fc.constantFrom('', '', '', ' ', '  ').map((space) => `${space}Paragraph ${n++} about the talks.\n`)},
      {weight: 2, arbitrary: fc.tuple(indent, fc.constantFrom('```', '~~~', '````', '```text')).map(([space, fence]) => `${space}${fence}\n`)},
      {weight: 2, arbitrary: fc.tuple(indent, fc.constantFrom('- ', '* ', '1. ', '10) ', '-\t', '- - -', '-', '2.')).map(([space, marker]) => `${space}${marker}item ${n++}\n`)},
      {weight: 1, arbitrary: fc.tuple(indent, fc.constantFrom('run it', 'x = 1')).map(([space, code]) => `${space}${code}\n`)},
      {weight: 1, arbitrary: fc.constantFrom('-\n', 'Heading\n-\n', '# Heading\n')},
      {weight: 3, arbitrary: fc.constant('\n')}
    )
    const inCode = (node: {type: string; position?: {start: {offset?: number}; end: {offset?: number}}; children?: unknown[]}, cut: number): boolean =>
      (node.type === 'code' && node.position!.start.offset! < cut && cut < node.position!.end.offset!) || (node.children ?? []).some((child) => inCode(child as typeof node, cut))
    fc.assert(
      fc.property(fc.array(line, {minLength: 10, maxLength: 120}), (lines) => {
        const text = HEADER + lines.join('')
        const tree = parseMarkdown(text)
        const inside = cutEverywhere(text, {start: HEADER.length - 1, end: text.length}).filter((cut) => inCode(tree, cut.start))
        assert.deepEqual(inside, [], text)
      }),
      {numRuns: 300, seed: 20251130}
    )
  })

  it('cuts a long list only before a bullet item at the margin, and joins it again into one list', () => {
    const items = (count: number, item: (n: number) => string) => Array.from({length: count}, (_, n) => item(n)).join('')
    const list = HEADER + items(600, (n) => `- Item ${n} of a tight list, with a line\n  that continues it.\n`)
    const cuts = cutsIn(list)
    assert.ok(cuts.length > 3)
    for (const cut of cuts) assert.match(list.slice(cut - 1, cut + 2), /^\n- $/)
    const briefing = parseBriefing(list)
    assert.equal(new Set(briefing.blocks.map((block) => `${block.list!.start}-${block.list!.end}`)).size, 1)
    assert.deepEqual(briefing.folds, [{start: HEADER.length, end: list.length - 1}])
    // Not where a bullet line could belong to something else: a thematic break, a table, an HTML block.
    for (const rule of ['- - -\n', '* * *\n']) {
      const ruled = HEADER + items(600, () => `- item\n${rule}`)
      assert.ok(cutsIn(ruled).every((cut) => !ruled.startsWith(rule, cut)))
    }
    const table = `${HEADER}| a | b |\n|---|---|\n${items(600, (n) => `| ${n} | x |\n`)}- item\n`
    assert.ok(cutsIn(table).every((cut) => cut <= HEADER.length))
    const html = `${HEADER}<div>\n${items(600, (n) => `- item ${n}\n`)}</div>\n`
    assert.ok(cutsIn(html).every((cut) => cut <= HEADER.length))
    // A comment ends at its `-->`: the list under it (a disable comment above its first item) is cut as any list, and reads the same.
    const commented = `${HEADER}<!-- brieflint-disable-next-line relative-date -->\n${items(600, (n) => `- Item ${n} arrived on Monday.\n`)}`
    assert.ok(cutsIn(commented).length > 3)
    assert.deepEqual(parseBriefing(commented).blocks, parseBriefing(commented, {whole: true}).blocks)
    // One left open may hide a block that runs to a blank line: in a list item it ends with the item, and `<!-->` ends where it opens.
    for (const open of ['- a\n  <!-- note\n<div>\n-->\n', '- a\n  <!-- note\n\n<span>\n-->\n', '<!-->\n<div>\n-->\n', '<?>\n<div>\n?>\n']) {
      const hidden = `${HEADER}${items(450, (n) => `- Item ${n}.\n`)}${open}${items(450, (n) => `- Later ${n}.\n`)}`
      assert.deepEqual(parseBriefing(hidden).blocks, parseBriefing(hidden, {whole: true}).blocks, open)
    }
  })

  it('after any sequence of edits, cutting again from the last cut gives the cut of the whole text', () => {
    const list = Array.from({length: 300}, (_, n) => `- Item ${n} of a tight list\n`).join('')
    const fenced = `\`\`\`\n${paragraphs(12)}\`\`\`\n\n`
    const comment = `<!--\n\n${paragraphs(12)}-->\n\n`
    const body = paragraphs(40) + list + '\n' + paragraphs(30) + fenced + paragraphs(30) + comment + '| a | b |\n|---|---|\n' + list + paragraphs(40)
    // A front matter that is never closed until an edit far below types its closing line.
    const bases = [HEADER + body, `---\ntitle: Talks\n\n${body}`]
    // Pieces that change what the lines after them are: fences, HTML blocks, lists, tables, blank lines, front matter.
    const pieces = ['```\n', '~~~\n', '<!--\n', '-->\n', '<pre>\n', '\n\n', '\n', '- item\n', '| x |\n|---|\n', 'Paragraph\n', '---\n', '> quote\n', '  indented\n', '\r\n']
    const edit = fc.tuple(fc.nat(), fc.nat(400), fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 6})))
    const spans = (cuts: Cut[]) => cuts.map(({start, end}) => ({start, end}))
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.array(edit, {minLength: 1, maxLength: 8}), (base, edits) => {
        let cuts = cutParts(base)
        applyEdits(base, edits, (edited, text) => {
          const again = cutParts(edited, {text, starts: cuts.map((cut) => cut.start)})
          assert.deepEqual(spans(again), spans(cutParts(edited)))
          // What it says is unchanged is the earlier part's text.
          for (const cut of again) {
            if (cut.earlier !== undefined) assert.equal(edited.slice(cut.start, cut.end), text.slice(cuts[cut.earlier]!.start, cuts[cut.earlier]!.end))
          }
          cuts = again
        })
      }),
      {numRuns: Number(process.env.FUZZ_RUNS ?? 150), seed: 20261130}
    )
  })

  it('keeps exactly the parts an edit at or next to a cut leaves in place, in text that repeats itself', () => {
    // Every paragraph the same: a part's text is also found where the part is not.
    const same = Array.from({length: 80}, () => 'The talks lasted an hour.\n\n').join('')
    for (const text of [`${HEADER}${paragraphs(80)}`, paragraphs(80), `${HEADER}${same}`, same]) {
      const cuts = cutParts(text)
      const starts = cuts.map((cut) => cut.start)
      for (const cut of cuts.slice(1, 6)) {
        for (const at of [cut.start - 2, cut.start - 1, cut.start, cut.start + 1]) {
          for (const edited of [`${text.slice(0, at)}x${text.slice(at)}`, `${text.slice(0, at)}x${text.slice(at + 1)}`, `${text.slice(0, at)}${text.slice(at + 1)}`, `${text.slice(0, at)}\n\n${text.slice(at)}`]) {
            const again = cutParts(edited, {text, starts})
            assert.deepEqual(again.map(({start, end}) => ({start, end})), cutParts(edited).map(({start, end}) => ({start, end})))
            for (const part of again) {
              if (part.earlier !== undefined) assert.equal(edited.slice(part.start, part.end), text.slice(cuts[part.earlier]!.start, cuts[part.earlier]!.end), `${at}`)
            }
            // Every part that ends before the edit is taken over.
            assert.ok(again.filter((part) => part.end <= at).every((part, index) => part.earlier === index), `${at}`)
          }
        }
      }
    }
  })

  it('does not call the first part unchanged after an edit in it that keeps its length', () => {
    for (const text of [`${HEADER}${paragraphs(80)}`, paragraphs(80)]) {
      const cuts = cutParts(text)
      const at = text.indexOf('Paragraph 0') + 10
      const edited = `${text.slice(0, at)}9${text.slice(at + 1)}`
      const again = cutParts(edited, {text, starts: cuts.map((cut) => cut.start)})
      const first = again.find((cut) => cut.start <= at && at < cut.end)!
      assert.equal(first.earlier, undefined)
      assert.ok(again.at(-1)!.earlier !== undefined)
    }
  })

  it('moves the first cut when a line typed far below closes the front matter', () => {
    const text = `---\ntitle: Talks\n\n${paragraphs(80)}`
    const cache = new Map()
    parseBriefing(text, {cache})
    const at = text.indexOf('Paragraph 60')
    const closed = `${text.slice(0, at)}---\n\n${text.slice(at)}`
    const model = ({parts: _, ...rest}: ReturnType<typeof parseBriefing>) => rest
    const edited = parseBriefing(closed, {cache})
    assert.equal(edited.frontMatter?.closed, true)
    assert.deepEqual(model(edited), model(parseBriefing(closed)))
  })

  it('after any sequence of edits, the model built on the last version equals a fresh parse', () => {
    const item = (n: number) => `- Item ${n}, says [the ministry](https://mil.ru/${n}) [@tass]\n`
    // The first section refers to definitions that edits elsewhere may add.
    const section = (n: number) => `## Round ${n}\n\nParagraph ${n} on the talks[^${n}], round ${n * 7} <b>bold</b>.${n === 0 ? ' Later[^30], as [the ministry][mod] says.' : ''}\n\n[^${n}]: A note.\n\n`
    const base = HEADER + Array.from({length: 24}, (_, n) => section(n) + (n % 8 === 0 ? Array.from({length: 120}, (_, k) => item(k)).join('') + '\n' : '')).join('')
    // Definitions added or broken anywhere change what references in other parts are.
    const pieces = ['```\n', '<!--\n', '-->\n', '\n\n', '\n', item(1), '## Heading\n', '[^3]', '> quote\n', 'Paragraph\n', '[@tass]', '[^30]', '\n\n[^30]: A late note.\n\n', '[the ministry][mod]', '\n\n[mod]: https://mil.ru/\n\n', ']']
    const edit = fc.tuple(fc.nat(), fc.nat(300), fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 6})))
    const model = ({parts: _, ...rest}: ReturnType<typeof parseBriefing>) => rest
    fc.assert(
      fc.property(fc.array(edit, {minLength: 1, maxLength: 5}), (edits) => {
        const cache = new Map()
        parseBriefing(base, {cache})
        applyEdits(base, edits, (text) => assert.deepEqual(model(parseBriefing(text, {cache})), model(parseBriefing(text))))
      }),
      {numRuns: Math.ceil(Number(process.env.FUZZ_RUNS ?? 150) / 10), seed: 20261130}
    )
  })

  it('re-analyses only the part an edit touches', () => {
    const cache = new Map()
    const before = parseBriefing(example, {cache})
    const at = example.indexOf('just under an hour')
    const after = parseBriefing(`${example.slice(0, at)}barely ${example.slice(at)}`, {cache})
    const reused = after.parts.filter((placed) => before.parts.some((old) => old.part === placed.part))
    assert.equal(reused.length, after.parts.length - 1)
  })

  it('resolves a link reference in one part against a definition in another', () => {
    const text = `${HEADER}${paragraphs(40)}Peskov's office confirmed that 1,200 prisoners were exchanged [per the ministry][mod].\n\n${paragraphs(40)}[mod]: https://mil.ru/\n`
    assert.ok(cutParts(text).length > 2)
    const links = parseBriefing(text).links
    assert.deepEqual(links.map((link) => text.slice(link.start, link.end)), ['[per the ministry][mod]'])
  })

  it('reads an unchanged part again when an edit elsewhere adds or breaks the definition it refers to', () => {
    const text = `${HEADER}Prisoners were exchanged [per the ministry][mod], officials said[^late].\n\n${paragraphs(80)}`
    const cache = new Map()
    parseBriefing(text, {cache})
    const defined = `${text}[mod]: /mod-statement\n\n[^late]: A late note.\n`
    const added = parseBriefing(defined, {cache})
    assert.equal(added.links.length, 1)
    assert.equal(added.footnoteReferences.length, 1)
    const broken = parseBriefing(defined.replace('[mod]:', '[mod]'), {cache})
    assert.equal(broken.links.length, 0)
    assert.equal(broken.footnoteReferences.length, 1)
  })
})
