import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import fc from 'fast-check'
import {analyseClaims} from '../../server/src/engine/claims/analyse.js'
import {parseBriefing, type PartCache} from '../../server/src/engine/parse.js'
import {applyEdits} from '../helpers/edits.js'

const runs = Number(process.env.FUZZ_RUNS ?? 150)
const seed = Number(process.env.FUZZ_SEED ?? 20251124)

/**
 * Paragraphs whose attribution reaches into the paragraphs after them, or back into the one before:
 * the context the claims analysis carries from part to part. Each has a number near its start, since
 * which paragraphs start a part depends on their first characters (`parts.ts`).
 */
const paragraphs = [
  (n: number) => `## Talks in Istanbul, round ${n}`,
  (n: number) => `The delegations met for ${n} hours on Wednesday.`,
  (n: number) => `“A quotation with nobody named in it, number ${n}.”`,
  (n: number) => `— Dmitry Peskov, Kremlin spokesman, on day ${n}`,
  (n: number) => `Vladimir Medinsky stated the following on day ${n}:`,
  (n: number) => `- Russia offered to exchange ${n} prisoners.\n- Kyiv will consider the proposal.`,
  (n: number) => `Rustem Umerov said that ${n} ceasefires had been discussed. He added that Kyiv expects progress.`,
  (n: number) => `He also said round ${n} would come soon.`,
  (n: number) => `“We will continue,” Medinsky said on day ${n}. “The talks were useful. They were long.”`,
  (n: number) => `“The first paragraph of quotation ${n} that goes on.`,
  (n: number) => `“Its second paragraph, which closes quotation ${n},” said Dmitry Peskov.`,
  (n: number) => `Sources say round ${n} will be held in August.`,
  (n: number) => `The talks will resume in round ${n}.`,
  (n: number) => `This was stated by Hakan Fidan on day ${n}.`,
  (n: number) => `Officials familiar with talk ${n} said a memorandum was drafted. They said it would be signed in August.`,
  (n: number) => `A senior diplomat said on day ${n} the mood had changed. She added that nothing was agreed.`,
  (n: number) => `PESKOV: Conversation ${n} was expected to be difficult.`,
  (n: number) => `Peskov: Conversation ${n} was difficult.`,
  (n: number) => `Although Medinsky was cautious on day ${n}, he said the talks went well.`,
  (n: number) => `Medinsky, who led the delegation, spoke after meeting ${n}, saying the sides agreed on an exchange.`,
  (n: number) => `According to the Turkish Foreign Ministry, meeting ${n} lasted just under an hour.`,
  (n: number) => `> Fidan said talk ${n} had been constructive.\n> Both sides thanked Turkey.`,
  (n: number) => `**Assessment:** a leaders’ meeting before September is unlikely (${n}).`
]

const paragraph = fc.tuple(fc.nat(paragraphs.length - 1), fc.nat(99)).map(([which, n]) => paragraphs[which]!(n))
const briefing = fc.array(paragraph, {minLength: 20, maxLength: 70}).map((chosen) => `---\ntitle: Talks\ndate: 2025-07-24\n---\n\n${chosen.join('\n\n')}\n`)
const edit = fc.tuple(fc.nat(), fc.nat(60), fc.oneof(paragraph.map((text) => `\n\n${text}\n\n`), fc.constantFrom('\n\n', '“', '”', ' he said.', 'x'), fc.string({maxLength: 6})))

describe('attribution carried from part to part', () => {
  it('after any sequence of edits, the claims analysis reusing kept parts and segments equals a fresh one', () => {
    fc.assert(
      fc.property(briefing, fc.array(edit, {minLength: 1, maxLength: 10}), (start, edits) => {
        const cache: PartCache = new Map()
        analyseClaims(parseBriefing(start, {cache}))
        applyEdits(start, edits, (text) => assert.deepEqual(analyseClaims(parseBriefing(text, {cache})), analyseClaims(parseBriefing(text))))
      }),
      {numRuns: Math.ceil(runs / 3), seed}
    )
  })

  it('reuses the units before an edit as they are, and analyses the whole as one part would', () => {
    const text = `---\ntitle: Talks\ndate: 2025-07-24\n---\n\n${Array.from({length: 120}, (_, index) => paragraphs[index % paragraphs.length]!(index)).join('\n\n')}\n`
    const cache: PartCache = new Map()
    const before = parseBriefing(text, {cache})
    assert.ok(before.parts.length > 4, `only ${before.parts.length} parts`)
    const first = analyseClaims(before)
    const edited = text.replace('Sources say round 103 will be held in August.', 'Sources say round 103 will be held in September.')
    assert.notEqual(edited, text)
    const after = analyseClaims(parseBriefing(edited, {cache}))
    assert.equal(after.units[0], first.units[0])
    assert.deepEqual(after, analyseClaims(parseBriefing(edited, {whole: true})))
    assert.ok(after.units.some((unit) => unit.inheritance?.by === 'list') && after.units.some((unit) => unit.inheritance?.by === 'credit'))
  })

  /** A briefing whose paragraph `at` starts a part: the number `n` in it is tried until it does. */
  function startingPart(before: string[], at: (n: number) => string, after: string[]): string {
    for (let n = 0; n < 500; n++) {
      const text = `---\ntitle: Talks\ndate: 2025-07-24\n---\n\n${[...before, at(n), ...after].join('\n\n')}\n`
      if (parseBriefing(text).parts.some((placed) => text.startsWith(at(n), placed.start))) return text
    }
    throw new Error(`no number puts "${at(0)}" at the start of a part`)
  }

  /** Analyses `first`, then `second` with what the first left in the cache: it must equal the whole of `second` analysed at once. */
  function afterEdit(first: string, second: string): ReturnType<typeof analyseClaims> {
    const cache: PartCache = new Map()
    analyseClaims(parseBriefing(first, {cache}))
    const analysis = analyseClaims(parseBriefing(second, {cache}))
    assert.deepEqual(analysis, analyseClaims(parseBriefing(second, {whole: true})))
    return analysis
  }

  const filler = Array.from({length: 12}, (_, index) => `The delegations met for ${index + 2} hours on day ${index}.`)
  const unit = (analysis: ReturnType<typeof analyseClaims>, text: string) => analysis.units.find((candidate) => candidate.text.startsWith(text))

  it('a surname used as a speaker label in a later part follows the full names an edit removes before it', () => {
    const first = startingPart(['Dmitry Peskov said the talks were hard.', 'Rustem Umerov said a ceasefire was discussed.', ...filler], (n) => `Peskov: Conversation ${n} was difficult.`, filler)
    const analysis = afterEdit(first, first.replace('Dmitry Peskov said', 'Dmitry Paskov said'))
    assert.equal(unit(analysis, 'Peskov: Conversation')?.attribution, 'unsourced')
  })

  it('a part that now opens with "This was stated by ..." attributes the last sentence of the part before it', () => {
    const before = [...filler, 'Talks will resume in August.']
    const first = startingPart(before, (n) => `The talks will resume in round ${n}.`, filler)
    const second = startingPart(before, (n) => `This was stated by Hakan Fidan on day ${n}.`, filler)
    assert.equal(unit(afterEdit(first, second), 'Talks will resume in August.')?.speaker, 'Hakan Fidan')
  })

  it('a credit line that opens a part names the speaker of a quotation in the part before it', () => {
    const text = startingPart([...filler, '“A quotation with nobody named in it.”', 'The talks will resume in August.'], (n) => `— Dmitry Peskov, Kremlin spokesman, on day ${n}`, filler)
    const analysis = afterEdit(text.replace('met for 2 hours', 'met for 3 hours'), text)
    assert.equal(unit(analysis, '“A quotation with nobody named in it.”')?.inheritance?.by, 'credit')
  })
})
