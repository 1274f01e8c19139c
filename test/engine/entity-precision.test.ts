// Each case here was seen linking wrongly, or not at all, on real news text (issue 13).
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {findMentions} from '../../server/src/entities/mentions.js'
import {parseBriefing} from '../../server/src/engine/parse.js'
import {fixtureIndex} from '../helpers/entities.js'

const index = fixtureIndex()
const HEADER = '---\ntitle: Talks\ndate: 2025-07-24\n---\n\n'

function linked(body: string): string[] {
  return findMentions(parseBriefing(HEADER + body), index).map((mention) => `${mention.surface}=${mention.entityId ?? (mention.candidates ? `?${mention.candidates.join('|')}` : mention.postIds ? `[${mention.postIds.join('|')}]` : '-')}`)
}

describe('partial names inside longer names', () => {
  it('does not link a given name that starts another person\'s name', () => {
    assert.deepEqual(linked('Alexander Fomin spoke first. Alexander Novikov, a new member, spoke next.\n'), ['Alexander Fomin=alexander-fomin'])
  })

  it('does not link a surname that ends another person\'s name, even at the start of a sentence', () => {
    assert.deepEqual(linked('Andrei Fomin arrived. Mikhail Fomin, his cousin, did not.\n'), ['Andrei Fomin=andrei-fomin'])
  })

  it('does not take a Chinese family name for the listed person who has it', () => {
    assert.deepEqual(linked('Premier Li Qiang and Wang Yi met. Li Shangfu and Wang Wentao did not attend.\n'), ['Li Qiang=li-qiang', 'Wang Yi=wang-yi'])
  })

  it('still links a surname after a title, an honorific or a day, and before a verb', () => {
    assert.deepEqual(linked('Rustem Umerov arrived. Minister Umerov spoke; on Monday Umerov left. Mr Umerov said so.\n'), [
      'Rustem Umerov=rustem-umerov',
      'Umerov=rustem-umerov',
      'Umerov=rustem-umerov',
      'Umerov=rustem-umerov'
    ])
  })

  it('does not take a surname after a particle out of a longer name', () => {
    assert.deepEqual(linked('Pedro Castillo spoke. Eduardo del Castillo did not.\n'), ['Pedro Castillo=pedro-castillo'])
  })

  it('links a Chinese family name alone, and one that is an English word only after "Mr."', () => {
    assert.deepEqual(linked('Xi Jinping met He Lifeng. Xi said little. He spoke later; Mr. He and Mr He left.\n'), [
      'Xi Jinping=xi-jinping',
      'He Lifeng=he-lifeng',
      'Xi=xi-jinping',
      'He=he-lifeng',
      'He=he-lifeng'
    ])
  })

  it('links "Hayya" to a name written "al-Hayya"', () => {
    assert.deepEqual(linked('Khalil al-Hayya said the group agreed. Hayya added more.\n'), ['Khalil al-Hayya=khalil-al-hayya', 'Hayya=khalil-al-hayya'])
  })

  it('reads "Mohammed" as the given name of the person named before it, and as nobody when nobody was', () => {
    assert.deepEqual(linked('Sheikh Mohammed bin Abdulrahman Al Thani hosted. Sheikh Mohammed spoke first.\n'), [
      'Mohammed bin Abdulrahman Al Thani=mohammed-bin-abdulrahman-al-thani',
      'Mohammed=mohammed-bin-abdulrahman-al-thani'
    ])
    assert.deepEqual(linked('Mohammed spoke first.\n'), [])
    assert.deepEqual(linked('Amina J. Mohammed arrived. Mohammed spoke first.\n'), ['Amina J. Mohammed=amina-j-mohammed', 'Mohammed=amina-j-mohammed'])
  })

  it('links a name across an editor\'s brackets', () => {
    assert.deepEqual(linked('"[Vladimir] Putin wants peace," he said.\n'), ['Vladimir] Putin=vladimir-putin'])
  })

  it('does not join words across punctuation into a name', () => {
    assert.deepEqual(linked('Asked about Vladimir, Putin\'s aide said nothing.\n'), ['Putin=vladimir-putin'])
  })
})

describe('qualified posts and the country of a post', () => {
  it('does not give a deputy\'s title to the head of the office', () => {
    assert.deepEqual(linked('The Deputy Head of the Security Service of Ukraine spoke.\n'), [])
    assert.deepEqual(linked('The Head of the Security Service of Ukraine spoke.\n'), ['Head of the Security Service of Ukraine=vasyl-maliuk'])
  })

  it('does not read "First Deputy Foreign Minister" as the Russian deputy minister\'s post', () => {
    const mentions = findMentions(parseBriefing(`${HEADER}First Deputy Foreign Minister Sergiy Kyslytsya led the talks.\n`), index)
    assert.deepEqual(mentions.map((mention) => [mention.surface, mention.form, mention.entityId]), [['Sergiy Kyslytsya', 'name', 'sergiy-kyslytsya']])
  })

  it('keeps a title before a person only with the posts of the person\'s country', () => {
    const [ukrainian] = findMentions(parseBriefing(`${HEADER}Deputy Foreign Minister Sergiy Kyslytsya spoke.\n`), index)
    assert.deepEqual(ukrainian!.postIds, [])
    assert.equal(ukrainian!.titles?.entityId, 'sergiy-kyslytsya')
    const [russian] = findMentions(parseBriefing(`${HEADER}Deputy Foreign Minister Sergei Ryabkov spoke.\n`), index)
    assert.deepEqual(russian!.postIds, ['ru-deputy-foreign-minister'])
  })

  it('does not resolve a title to the office\'s holder when another name follows it', () => {
    assert.deepEqual(linked('Kremlin spokesman Ivan Petrov spoke. The Kremlin spokesman later added more.\n'), ['Kremlin spokesman=[ru-press-secretary]', 'Kremlin spokesman=dmitry-peskov'])
  })

  it('does not resolve a title without a country or body in it to anyone, but does with one', () => {
    assert.deepEqual(linked('The prime minister spoke. Hungary\'s prime minister spoke too.\n'), [
      'prime minister=[qa-head-of-government|hu-head-of-government]',
      'Hungary=country-hu',
      'prime minister=viktor-orban'
    ])
  })

  it('gives a title in apposition to the name after it, with the post of the person\'s country', () => {
    const mentions = findMentions(parseBriefing(`${HEADER}Hungary's prime minister, Viktor Orbán, objected. The Qatari Prime Minister, Sheikh Mohammed bin Abdulrahman Al Thani, mediated.\n`), index)
    const titles = mentions.filter((mention) => mention.form === 'role')
    assert.deepEqual(titles.map((title) => [title.surface, title.entityId, title.titles?.entityId, title.postIds]), [
      ['prime minister', undefined, 'viktor-orban', ['hu-head-of-government']],
      ['Qatari Prime Minister', undefined, 'mohammed-bin-abdulrahman-al-thani', ['qa-head-of-government']]
    ])
  })

  it('decides a name two bodies share by the country written before it, else by the last full mention', () => {
    assert.deepEqual(linked('Ukraine\'s Main Intelligence Directorate said. The Russian Main Intelligence Directorate did not.\n'), [
      'Ukraine=country-ua',
      'Main Intelligence Directorate=ua-hur',
      'Main Intelligence Directorate=ru-gru'
    ])
    assert.deepEqual(linked('The UN Security Council met on Friday. The Security Council voted.\n'), ['UN Security Council=un-security-council', 'Security Council=un-security-council'])
  })
})

describe('countries, acronyms and names with "The"', () => {
  it('links "US" and "UK" in capitals, with or without "the", and never the pronoun "us"', () => {
    assert.deepEqual(linked('The US and the UK agreed. US officials told us nothing. Tell Us More.\n'), ['US=country-us', 'UK=country-gb', 'US=country-us'])
  })

  it('leaves "The" out of the mention and links a name that the list writes with "The"', () => {
    assert.deepEqual(linked('The UK agreed. He told the Kyiv Independent on Friday. The Kyiv Independent reported.\n'), ['UK=country-gb', 'Kyiv Independent=kyiv-independent', 'Kyiv Independent=kyiv-independent'])
  })

  it('links each name of a hyphenated compound', () => {
    assert.deepEqual(linked('The Russia-Ukraine war, US-China trade, the Iran-Israel ceasefire and U.S.-U.K. ties.\n'), [
      'Russia=country-ru',
      'Ukraine=country-ua',
      'US=country-us',
      'China=country-cn',
      'Iran=country-ir',
      'Israel=country-il',
      'U.S.=country-us',
      'U.K.=country-gb'
    ])
  })
})
