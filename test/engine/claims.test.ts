import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {analyseClaims} from '../../server/src/engine/claims/analyse.js'
import {findCue} from '../../server/src/engine/claims/cues.js'
import {parseBriefing} from '../../server/src/engine/parse.js'

const HEADER = '---\ntitle: Istanbul talks\ndate: 2025-07-24\nsources:\n  izvestia: {title: Izvestia}\n---\n\n'

/** Each unit as `attribution: text` (or `-reason: text` for non-claims), shortened for readability. */
function labels(body: string): string[] {
  return analyseClaims(parseBriefing(HEADER + body)).units.map((unit) => `${unit.claim ? unit.attribution : `-${unit.reason}`}: ${unit.text.slice(0, 30)}`)
}

function speakers(body: string): (string | undefined)[] {
  return analyseClaims(parseBriefing(HEADER + body)).units.map((unit) => unit.speaker)
}

describe('attribution in the seed\'s patterns', () => {
  it('items of a list introduced by "X stated the following:" inherit X', () => {
    const body = 'At a press conference, Medinsky stated the following:\n\n- All humanitarian agreements have been fulfilled.\n- Russia has offered to exchange at least 1,200 more prisoners.\n\nThe delegations met for under an hour.\n'
    assert.deepEqual(labels(body), [
      'attributed: At a press conference, Medinsk',
      'inherited: All humanitarian agreements ha',
      'inherited: Russia has offered to exchange',
      'unsourced: The delegations met for under '
    ])
    assert.deepEqual(speakers(body).slice(0, 3), ['Medinsky', 'Medinsky', 'Medinsky'])
  })

  it('names the speaker behind a role and an apposition', () => {
    const body = 'In turn, the head of the Ukrainian delegation, Rustem Umerov, said that a ceasefire was discussed.\n\nAs Kremlin spokesman Dmitry Peskov explained on Wednesday morning, the conversation was expected to be difficult.\n'
    assert.deepEqual(labels(body).map((label) => label.split(':')[0]), ['attributed', 'attributed'])
    assert.deepEqual(speakers(body), ['Rustem Umerov', 'Dmitry Peskov'])
  })

  it('takes a publication\'s source as the publication, and anonymous sources as vague', () => {
    assert.deepEqual(labels('According to the Izvestia source, the delegation was headed by Vladimir Medinsky.\n\nSources say the delegation will change.\n\nIt is believed that talks will resume in August.\n'), [
      'attributed: According to the Izvestia sour',
      'vague: Sources say the delegation wil',
      'vague: It is believed that talks will'
    ])
  })

  it('carries a speaker to "he" and "the presidential press secretary", but not across a heading', () => {
    const body = 'Peskov said the conversation would be difficult.\n\nIn turn, he noted that dates were premature.\n\n## Delegations\n\nHe added that the delegation had not changed.\n'
    assert.deepEqual(labels(body), [
      'attributed: Peskov said the conversation w',
      'inherited: In turn, he noted that dates w',
      '-heading: Delegations',
      'unsourced: He added that the delegation h'
    ])
  })

  it('stops list inheritance at an unsourced author sentence, but "he" still means the last person named', () => {
    const body = 'Umerov stated the following:\n\n- Prisoner exchanges will continue.\n\nThe talks lasted an hour.\n\nHe also said the meeting of leaders was the priority.\n'
    assert.deepEqual(labels(body).map((label) => label.split(':')[0]), ['attributed', 'inherited', 'unsourced', 'inherited'])
    assert.equal(speakers(body)[3], 'Umerov')
  })

  it('judges an editorial aside on its own', () => {
    const units = analyseClaims(parseBriefing(`${HEADER}President Volodymyr Zelensky (his term of office expired in May 2024) stated that Kyiv would insist on a ceasefire.\n`)).units
    assert.deepEqual(units.map((unit) => [unit.aside, unit.attribution]), [[false, 'attributed'], [true, 'unsourced']])
    assert.equal(units[1]!.text, '(his term of office expired in May 2024)')
  })

  it('lets "This was stated by X" attribute the sentence before it', () => {
    assert.deepEqual(
      labels('In Russia, they replied that Moscow would proceed from national interests. This was stated to Izvestia by the head of the Federation Council Committee on International Affairs, Grigory Karasin.\n').map((label) => label.split(':')[0]),
      ['attributed', 'attributed']
    )
  })

  it('inherits into a blockquote and a quotation that follow a speaker', () => {
    const body = 'Medinsky told reporters:\n\n> The second exchange has been completed. Kiev will consider the proposal.\n\nPeskov said: "The talks will be hard. Nobody expects miracles."\n'
    assert.deepEqual(labels(body).map((label) => label.split(':')[0]), ['attributed', 'inherited', 'inherited', 'attributed', 'inherited'])
  })
})

describe('sources inside the sentence', () => {
  it('counts citations, footnotes and links, including a citation after the full stop', () => {
    const body = 'The talks lasted an hour [@izvestia]. The palace was closed[^1]. Turnout was [low](https://example.org). The exchange took place. [@izvestia]\n\n[^1]: Guard post.\n'
    assert.deepEqual(labels(body).slice(0, 4).map((label) => label.split(':')[0]), ['cited', 'cited', 'cited', 'cited'])
  })
})

describe('what is not a claim', () => {
  it('skips headings, questions, signposts, assessments and fragments', () => {
    assert.deepEqual(labels('# The third round\n\nWhat is known about the first results is in the Izvestia material.\n\nWill the leaders meet?\n\n**Assessment:** the positions remain far apart and a summit is unlikely.\n\nSee below.\n'), [
      '-heading: The third round',
      '-signpost: What is known about the first ',
      '-question: Will the leaders meet?',
      '-assessment: Assessment:** the positions re',
      '-signpost: See below.'
    ])
  })

  it('flags a plain statement of fact', () => {
    assert.deepEqual(labels('Russia returned more than 7 thousand bodies of Ukrainian soldiers.\n'), ['unsourced: Russia returned more than 7 th'])
  })
})

describe('cues of recent sentences', () => {
  it('reads a sentence again when the quotations in it differ', () => {
    const text = '“Officials said the deal is off.”'
    const whole = [{start: 0, end: text.length}]
    assert.equal(findCue(text, whole), undefined)
    assert.equal(findCue(text)?.kind, 'vague')
    assert.equal(findCue(text, whole), undefined)
    assert.equal(findCue(text)?.kind, 'vague')
  })
})
