import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {analyseClaims, type ClaimUnit} from '../../server/src/engine/claims/analyse.js'
import {parseBriefing} from '../../server/src/engine/parse.js'

const HEADER = '---\ntitle: Security Council briefing\ndate: 2025-09-12\nsources: {}\n---\n\n'

function units(body: string): ClaimUnit[] {
  return analyseClaims(parseBriefing(HEADER + body)).units.filter((unit) => !unit.aside)
}

/** Each sentence as `attribution speaker`, for short assertions. */
function summary(body: string): string[] {
  return units(body).map((unit) => [unit.claim ? unit.attribution : 'none', unit.speaker ?? unit.cue].filter(Boolean).join(' '))
}

describe('quotations', () => {
  it('gives the sentences of a quotation the speaker named where it closes, and of the quotation that follows in the paragraph', () => {
    const body = '“The council has failed the people of Gaza. It cannot look away again,” said Riyad Mansour, the Palestinian envoy. “We will return next week. We will not stop.”\n'
    assert.deepEqual(summary(body), ['inherited Riyad Mansour', 'attributed Riyad Mansour', 'inherited Riyad Mansour', 'inherited Riyad Mansour'])
  })

  it('carries a quotation over several paragraphs, each opening with a quotation mark', () => {
    const body = 'The Slovenian ambassador read a joint statement on behalf of ten members:\n\n“We are alarmed by the strikes on energy infrastructure. Civilians are paying the price.\n\n“We call on all parties to respect international humanitarian law.”\n\nThe meeting ended without a vote.\n'
    assert.deepEqual(summary(body).map((entry) => entry.split(' ')[0]), ['attributed', 'inherited', 'inherited', 'inherited', 'unsourced'])
  })

  it('credits a quoted paragraph to the name on the line under it', () => {
    const body = '“Diplomacy is not a favour we grant; it is the only road that leads anywhere.”\n\n— Vassily Nebenzia, Russia’s permanent representative\n'
    assert.equal(units(body)[0]!.attribution, 'inherited')
    assert.equal(units(body)[0]!.speaker, 'Vassily Nebenzia')
  })

  it('lets a paragraph after “X reports:” inherit X', () => {
    const body = 'Reuters reports:\n\nThe draft resolution was withdrawn an hour before the vote.\n'
    assert.deepEqual(summary(body), ['none Reuters', 'inherited Reuters'])
  })

  it('does not let a quotation left open swallow the next paragraph', () => {
    const body = 'The ambassador said the vote was “a turning point for the council.\n\nThe resolution passed with thirteen votes in favour.\n'
    assert.deepEqual(summary(body).map((entry) => entry.split(' ')[0]), ['attributed', 'unsourced'])
  })

  it('reports a quotation nobody is named for', () => {
    const body = 'The session opened late.\n\n“This is the worst crisis the region has seen in a decade.”\n'
    const quoted = units(body)[1]!
    assert.equal(quoted.attribution, 'unsourced')
    assert.equal(quoted.quotation, true)
  })

  it('reads typewriter and doubled-apostrophe quotation marks', () => {
    assert.deepEqual(summary(`''We have the votes,'' Mr. Wood said. "The text is final," said Barbara Woodward.\n`), ['attributed Mr. Wood', 'attributed Barbara Woodward'])
  })

  it('takes the reporting clause outside a quotation, not a reporting word inside it', () => {
    const body = '“Some people say the council is paralysed, and they are right,” the Guyanese ambassador said.\n'
    assert.deepEqual(summary(body), ['attributed the Guyanese ambassador'])
  })
})

describe('reporting clauses', () => {
  it('finds participles, inversions and less common reporting verbs', () => {
    const body = [
      'Ms. Thomas-Greenfield criticised the veto, calling it “a cynical move.”',
      'China abstained, adding that the text needed more work.',
      'The French envoy cautioned that the ceasefire was fragile.',
      'Sierra Leone conceded that the language had been softened.',
      'The Secretary-General tweeted his support for the resolution.'
    ].join(' ')
    assert.deepEqual(summary(`${body}\n`).map((entry) => entry.split(' ')[0]), ['attributed', 'attributed', 'attributed', 'attributed', 'attributed'])
  })

  it('counts documents, polls and data as sources', () => {
    const body = 'A Gallup poll found that 61 percent of respondents backed the sanctions. The report says exports fell by a third. The editorial read: “Enough.” About 4 in 10 say they follow the talks closely. The ceasefire largely held, according to monitoring data.\n'
    assert.deepEqual(summary(body).map((entry) => entry.split(' ')[0]), ['attributed', 'attributed', 'attributed', 'attributed', 'attributed'])
  })

  it('follows a transcript by its speaker labels', () => {
    const body = 'PRESIDENT OF THE COUNCIL: The meeting is called to order. I give the floor to the representative of Malta.\n\nMS. FRAZIER: Thank you. Malta supports the draft.\n'
    assert.deepEqual(summary(body), ['attributed President of the Council', 'inherited President of the Council', 'attributed Ms. Frazier', 'inherited Ms. Frazier'])
  })

  it('finds the speaker past members, coordinated clauses, appositions and headline lead-ins', () => {
    const body = [
      'Several council members, including Barbara Woodward and Vassily Nebenzia, criticised the draft.',
      'Thomas-Greenfield and her aides have vowed to keep the talks going.',
      'At one point a journalist asked for a comment and Nebenzia said, “Not today.”',
      'Friday on CNN, Sen. Chris Murphy (D-Conn.), a critic of the resolution told the host it would fail.',
      'Diplomats disagree - Richard Gowan: “The council has rarely been this divided.”',
      'One month after announcing the mission, Guterres still believes it can work.',
      'The Russian position, as set out by Vladimir Putin, is to agree a set of measures first.'
    ].join(' ')
    assert.deepEqual(summary(`Linda Thomas-Greenfield chaired the session.\n\n${body}\n`).slice(1), [
      'attributed Vassily Nebenzia',
      'attributed Thomas-Greenfield',
      'attributed Nebenzia',
      'attributed Sen. Chris Murphy',
      'attributed Richard Gowan',
      'attributed Guterres',
      'attributed Vladimir Putin'
    ])
  })

  it('reads a speaker label with a party tag and no space before the quotation', () => {
    assert.deepEqual(summary('Rep. Trey Gowdy (R-S.C.):"I have not heard anyone cite that figure."\n'), ['attributed Rep. Trey Gowdy'])
  })

  it('lets “This was stated by X” attribute the sentence before it', () => {
    assert.deepEqual(summary('The vote will take place on Friday. This was announced by the Council presidency.\n').map((entry) => entry.split(' ')[0]), ['attributed', 'attributed'])
  })
})

describe('pronouns', () => {
  it('resolves “she says” after an author sentence to the last person named', () => {
    const body = 'Linda Thomas-Greenfield chaired the session. The vote was postponed twice. The delay was unavoidable, she says.\n'
    assert.deepEqual(summary(body), ['unsourced', 'unsourced', 'inherited Linda Thomas-Greenfield'])
  })

  it('resolves “he” to a person the same sentence names before it, over an anonymous source before', () => {
    const body = 'Nebenzia spoke after the vote. A diplomat who spoke on condition of anonymity said the text was rushed. Although Nebenzia admitted that he had seen the draft, he claimed it was never shared.\n'
    assert.deepEqual(summary(body).slice(1), ['vague on condition of anonymity', 'inherited Nebenzia'])
  })

  it('resolves “According to him” to a person named without a reporting verb', () => {
    const body = 'Turkish Foreign Minister Hakan Fidan arrived on Monday. Fidan welcomed the proposal. According to him, Ankara is ready to host a fourth round.\n'
    assert.deepEqual(summary(body), ['unsourced', 'unsourced', 'inherited Fidan'])
  })

  it('reports a pronoun with nobody named before it in the section', () => {
    const body = '## Reactions\n\nHe added that the text was unbalanced.\n'
    const unit = units(body)[1]!
    assert.equal(unit.attribution, 'unsourced')
    assert.equal(unit.cue, 'He')
  })
})

describe('what is the author’s own claim', () => {
  it('does not take nouns, other senses and relative clauses for reports', () => {
    const body = [
      'The sanctions hit states like Belarus hardest.',
      'Smaller members had their say in the open debate.',
      'Her claims of success were premature.',
      'The council adopted the plan, which Washington has criticised.',
      'Qatar claimed the mediation role in 2023.',
      'A body named the Committee on Sanctions reviews the list.'
    ].join(' ')
    assert.deepEqual(summary(`${body}\n`).map((entry) => entry.split(' ')[0]), ['unsourced', 'unsourced', 'unsourced', 'unsourced', 'unsourced', 'unsourced'])
  })

  it('treats silence as the author’s claim: no response, declined to comment, did not say', () => {
    const body = 'Moscow has not yet responded to the offer. The mission declined to comment. The envoy did not say when the talks would resume.\n'
    assert.deepEqual(summary(body).map((entry) => entry.split(' ')[0]), ['unsourced', 'unsourced', 'unsourced'])
  })

  it('keeps sentences apart after an abbreviated date', () => {
    const texts = units('The mandate expires on Aug. 19. The council must renew it before then.\n').map((unit) => unit.text)
    assert.deepEqual(texts, ['The mandate expires on Aug. 19.', 'The council must renew it before then.'])
  })

  it('does not report what nobody said, or what somebody might say', () => {
    const body = 'In 2014 no one forecast the war. A new member might claim a seat on the committee.\n'
    assert.deepEqual(summary(body).map((entry) => entry.split(' ')[0]), ['unsourced', 'unsourced'])
  })

  it('reads nouns after quantifiers, participles before nouns and names with “States” as the nouns they are', () => {
    const body = [
      'The mission released its list of 25 recommended observers.',
      'The campaign needs more than a website and a few tweets.',
      'Malta was one of only 10 states that voted against.',
      'The envoy put a donor in touch with the United States ambassador.'
    ].join(' ')
    assert.deepEqual(summary(`${body}\n`).map((entry) => entry.split(' ')[0]), ['unsourced', 'unsourced', 'unsourced', 'unsourced'])
  })

  it('tells of a speech without giving its content: that is the author’s account', () => {
    assert.deepEqual(summary('The Secretary-General spoke at the opening session.\n').map((entry) => entry.split(' ')[0]), ['unsourced'])
    assert.deepEqual(summary('Last week Rafael Grossi briefed members on the inspections. Grossi briefed reporters that the inspections would resume.\n'), ['unsourced', 'attributed Grossi'])
  })
})

describe('vague attribution', () => {
  it('marks anonymous groups and sources as vague, even with an affiliation or an outlet named', () => {
    const body = [
      'Kremlin insiders say the delegation will change.',
      'Western diplomats said the draft was dead.',
      'An intelligence source told Fox News that the convoy had turned back.',
      'Top Republican officials privately expect a veto.',
      'The talks broke down, people familiar with them said.'
    ].join(' ')
    assert.deepEqual(summary(`${body}\n`).map((entry) => entry.split(' ')[0]), ['vague', 'vague', 'vague', 'vague', 'vague'])
  })

  it('keeps named people, spokespeople, polls and people inside quotations out of it', () => {
    const body = [
      'A State Department spokesman said the visit was postponed.',
      'Dmitry Polyanskiy, Russia’s deputy envoy, said many members agreed.',
      '“Many people here are tired of waiting,” said Amar Bendjama.',
      'Most voters say the war should end, a Levada poll found.'
    ].join(' ')
    assert.deepEqual(summary(`${body}\n`).map((entry) => entry.split(' ')[0]), ['attributed', 'attributed', 'attributed', 'attributed'])
  })

  it('does not take what unnamed people did for what they said, nor one named role-holder for an anonymous source', () => {
    const body = [
      'Employees protested outside the mission on Friday.',
      'His chief negotiator said the offer stood.',
      'The two ambassadors wrote that the text was final.',
      'The researchers wrote that the sanctions had failed.',
      'The officials said the vote would be delayed.',
      'One of the envoys, Amar Bendjama, had chaired the session and said the text was final.'
    ].join(' ')
    assert.deepEqual(summary(`${body}\n`).map((entry) => entry.split(' ')[0]), ['unsourced', 'attributed', 'attributed', 'attributed', 'vague', 'attributed'])
  })

  it('leaves "allegedly" inside a speaker’s statement to the speaker', () => {
    const body = 'Nebenzia stated the following:\n\n- Kyiv is allegedly preparing a new offensive.\n'
    assert.deepEqual(summary(body).map((entry) => entry.split(' ')[0]), ['attributed', 'inherited'])
  })
})
