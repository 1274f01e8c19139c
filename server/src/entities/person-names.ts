import {FUNCTION_WORDS, REPORTING_VERBS} from '../engine/claims/lexicon.js'
import type {Span} from '../engine/model.js'
import {HONORIFICS, isContextWord, OFFICE_WORDS, RANKS} from './name-context.js'
import {fold} from './normalize.js'

/** Why a run of capitalised words was taken for a person's name. */
export type NameContext = 'title' | 'appositive' | 'reporting' | 'honorific'

export interface PersonName {
  span: Span
  text: string
  context: NameContext
}

/** Capitalised words that name institutions, places and things, never a person. */
const NOT_NAME = new Set(
  ('intelligence ministry council service services forces force staff army navy office agency committee department party union ' +
    'bank fund court parliament government administration police guard command directorate university institute news times ' +
    'post press television radio group corporation company media foundation centre center commission assembly senate congress ' +
    'house city region oblast province state states republic kingdom federation street square palace airport port station ' +
    'hospital school church war operation affairs relations security defence defense foreign national international central ' +
    'federal supreme high united european eastern western northern southern north south east west new summit talks treaty ' +
    'agreement accord conference forum organization organisation alliance coalition bureau division brigade battalion regiment ' +
    'fleet district county municipality capital island islands sea ocean river lake mountains bay gulf strait peninsula ' +
    'embassy mission consulate delegation republican democratic labour labor conservative liberal socialist communist ' +
    'islamic christian orthodox catholic muslim jewish arab african asian world global daily weekly monthly journal review ' +
    'magazine network channel agency reuters associated').split(' ')
)

// Small words inside names: "bin", "al", "von der", "da".
const PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'dos', 'das', 'ben', 'abu', 'ter'])

const WORD = /\p{L}[\p{L}\p{M}'’.-]*/gu
const REPORTING = new RegExp(`^,?\\s+(?:(?:also|then|later|again|has|had|have|previously|earlier|once)\\s+)*(?:${REPORTING_VERBS.map((verb) => verb.replace(/\s+/g, '\\s+')).join('|')})\\b`)
const REPORTED_BY = /(?:\baccording\s+to|\bquoting|\bquoted|\bsaid|\bsays|\btold|\badded|\bwrote|\basked|\bexplained)\s+$/i
const OFFICE_PATTERN = [...OFFICE_WORDS, ...RANKS, 'official', 'member', 'head', 'director', 'founder', 'analyst', 'expert', 'researcher', 'fellow', 'professor', 'economist', 'journalist', 'correspondent', 'editor', 'activist', 'lawyer', 'officer', 'politician', 'diplomat', 'businessman', 'businesswoman', 'negotiator', 'adviser', 'advisor', 'aide', 'veteran', 'commander', 'soldier', 'citizen', 'resident', 'colleague', 'ally', 'rival', 'candidate', 'nominee', 'successor', 'predecessor'].join('|')
const APPOSITIVE = new RegExp(`^(?:,\\s+(?:(?:a|an|the|his|her|their|its|[\\p{L}'’-]+'s)\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}?(?:${OFFICE_PATTERN})s?\\b|,\\s+(?:aged\\s+)?\\d{1,3},|\\s+\\((?:\\d{1,3}|[^)]*\\b(?:${OFFICE_PATTERN})\\b)[^)]*\\))`, 'iu')
const LOWER_TITLE_BEFORE = new RegExp(`\\b(?:${OFFICE_PATTERN}|spokesman|spokeswoman|spokesperson)s?,?\\s+$`, 'iu')

interface Word {
  start: number
  end: number
  text: string
  key: string
}

/**
 * Personal names found by their context, not by shape alone: a title or honorific before them
 * ("Commerce Secretary Howard Lutnick", "Kharkiv Mayor Ihor Terekhov", "Mr Novak"), an appositive
 * after ("Ivan Petrov, an adviser to ..."), or a reporting verb ("Ivan Petrov said", "according to
 * Ivan Petrov"). Runs of capitalised words are split into a title part and a name part; words that
 * name institutions ("Defence Intelligence") are never a name.
 */
export function findPersonNames(text: string, start: number, end: number, known: Span[], demonyms: ReadonlyMap<string, string>): PersonName[] {
  const names: PersonName[] = []
  const words: Word[] = []
  WORD.lastIndex = start
  for (let match = WORD.exec(text); match && match.index < end; match = WORD.exec(text)) {
    const raw = match[0].replace(/[.'’-]+$/, '')
    words.push({start: match.index, end: match.index + raw.length, text: raw, key: fold(raw.replace(/['’]s$/, ''))})
  }
  const isKnown = (word: Word) => known.some((span) => span.start < word.end && word.start < span.end)
  const isCapital = (word: Word) => /^\p{Lu}/u.test(word.text)
  const isTitleWord = (word: Word) => isContextWord(word.key) || NOT_NAME.has(word.key) || demonyms.has(word.key) || isKnown(word)
  const isNameWord = (word: Word) => isCapital(word) && !isTitleWord(word) && !FUNCTION_WORDS.has(word.key) && !/\d/.test(word.text)
  // Words are joined into a run only by spaces: punctuation ends a name.
  const joined = (a: Word, b: Word) => /^[ \t\u00a0]+(?:\r?\n[ \t]*)?$|^\r?\n[ \t]*$/.test(text.slice(a.end, b.start)) && !/['’]s$/.test(a.text)

  // "Vice Premier He Lifeng": a short family name that is also an English word, right after a title.
  const startsName = (at: number) => {
    const word = words[at]!
    if (isNameWord(word)) return true
    const previous = words[at - 1]
    const next = words[at + 1]
    return isCapital(word) && word.text.length <= 3 && !!previous && !!next && joined(previous, word) && joined(word, next) && isContextWord(previous.key) && isNameWord(next)
  }

  for (let at = 0; at < words.length; ) {
    if (!startsName(at)) {
      at++
      continue
    }
    // A name: name words, with particles between them ("Mohammed bin Salman", "Ursula von der Leyen").
    let last = at
    for (let next = at + 1; next < words.length && joined(words[next - 1]!, words[next]!); next++) {
      if (isNameWord(words[next]!)) last = next
      else if (!PARTICLES.has(words[next]!.key)) break
    }
    const first = words[at]!
    const final = words[last]!
    const count = last - at + 1
    at = last + 1
    const previous = words[words.indexOf(first) - 1]
    // "Mr Novak", "General Novak": after an honorific or a rank, a surname alone is a name.
    const styled = !!previous && joined(previous, first) && isCapital(previous) && (HONORIFICS.has(previous.key) || RANKS.has(previous.key))
    if (count > 5 || (count < 2 && !styled)) continue
    const span = {start: first.start, end: final.end}
    if (known.some((known) => known.start < span.end && span.start < known.end)) continue
    const before = text.slice(Math.max(start, first.start - 80), first.start)
    const after = text.slice(final.end, Math.min(end, final.end + 120))
    const context = contextOf(previous, previous ? joined(previous, first) : false, before, after)
    if (context) names.push({span, text: text.slice(span.start, span.end), context})
  }
  return names

  function contextOf(previous: Word | undefined, adjacent: boolean, before: string, after: string): NameContext | undefined {
    if (previous && adjacent && isCapital(previous)) {
      if (HONORIFICS.has(previous.key)) return 'honorific'
      if (isTitleWord(previous) && !FUNCTION_WORDS.has(previous.key)) return 'title'
    }
    if (LOWER_TITLE_BEFORE.test(before)) return 'title'
    if (APPOSITIVE.test(after)) return 'appositive'
    if (REPORTING.test(after) || REPORTED_BY.test(before)) return 'reporting'
    return undefined
  }
}
