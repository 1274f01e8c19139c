import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {findPersonNames} from '../../server/src/entities/person-names.js'

const DEMONYMS = new Map([['ukrainian', 'UA'], ['chinese', 'CN'], ['indian', 'IN']])

function names(text: string, known: {start: number; end: number}[] = []): string[] {
  return findPersonNames(text, 0, text.length, known, DEMONYMS).map((name) => `${name.text}:${name.context}`)
}

describe('finding personal names by their context', () => {
  it('finds a name after a title of several words, lower or upper case', () => {
    assert.deepEqual(names('Commerce Secretary Howard Lutnick met Chinese Vice Premier He Lifeng.'), ['Howard Lutnick:title', 'He Lifeng:title'])
    assert.deepEqual(names('Deputy Chief of the General Staff Yevhen Novak arrived. The Kremlin spokesman Ivan Petrov did not.'), ['Yevhen Novak:title', 'Ivan Petrov:title'])
    assert.deepEqual(names('The UN envoy for Sudan, Ramtane Lamamra, met both sides.'), ['Ramtane Lamamra:title'])
    assert.deepEqual(names('A spokeswoman for the Ministry of Commerce, He Yongqian, had insisted otherwise.'), ['He Yongqian:title'])
  })

  it('finds a name after an honorific or a rank, even a surname alone', () => {
    assert.deepEqual(names('Mr Novak left early; General Zaitsev stayed.'), ['Novak:honorific', 'Zaitsev:title'])
  })

  it('finds a name with an appositive after it', () => {
    assert.deepEqual(names('Olena Kovalenko, an adviser to the delegation, agreed.'), ['Olena Kovalenko:appositive'])
    assert.deepEqual(names('Joost Verhagen, defence economist, Rotterdam: "The target is high."'), ['Joost Verhagen:appositive'])
    assert.deepEqual(names('Reza Najafi, Iran\'s ambassador to the agency, disagreed.'), ['Reza Najafi:appositive'])
    assert.deepEqual(names('Rosa Mamani, who sells vegetables, voted early. Józef Nowak, 63, did not.'), ['Rosa Mamani:appositive', 'Józef Nowak:appositive'])
    assert.deepEqual(names('The council named Mohamed Hassan al-Taishi as prime minister.'), ['Mohamed Hassan al-Taishi:appositive'])
  })

  it('finds a name by a reporting verb, "according to" or "led by"', () => {
    assert.deepEqual(names('Taras Hrytsenko said the talks would go on, according to Ivan Petrov.'), ['Taras Hrytsenko:reporting', 'Ivan Petrov:reporting'])
    assert.deepEqual(names('Law and Justice, the party led by Jarosław Kaczyński, backed him.'), ['Jarosław Kaczyński:reporting'])
  })

  it('finds a name after a noun for a person', () => {
    assert.deepEqual(names('The killing of the Sikh separatist Hardeep Singh Nijjar strained ties.'), ['Hardeep Singh Nijjar:title'])
  })

  it('does not take institutions, places or a capitalised phrase before a verb for people', () => {
    assert.deepEqual(names('Ukraine\'s Defence Intelligence added that the depot burned. Defence Intelligence, added the source.'), [])
    assert.deepEqual(names('India\'s Director General of Military Operations, Lieutenant General Rajiv Ghai, told reporters.'), ['Rajiv Ghai:title'])
    assert.deepEqual(names('The Caspian Strategic Studies Centre said so. Pearl River Economic Institute, a think tank, agreed.'), [])
    assert.deepEqual(names('Results came from the Supreme Electoral Tribunal. The European Council said it would meet.'), [])
    assert.deepEqual(names('She lives in Santa Cruz, near the border, and works in El Alto.'), [])
  })

  it('leaves names the list already links alone', () => {
    const text = 'Kremlin spokesman Dmitry Peskov said the talks would be difficult.'
    assert.deepEqual(names(text, [{start: text.indexOf('Dmitry'), end: text.indexOf(' said')}]), [])
  })
})
