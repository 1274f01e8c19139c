import {FUNCTION_WORDS, REPORTING_VERBS} from '../engine/claims/lexicon.js'
import type {Span} from '../engine/model.js'
import {runStart} from '../engine/runs.js'
import {HONORIFICS, isContextWord, NAME_PARTICLES, OFFICE_WORDS, RANKS} from './name-context.js'
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
    'magazine network channel agency reuters associated military operations tribunal electoral studies strategic policy ' +
  'affairs observatory forum collective movement front army guard guards corps authority board secretariat').split(' ')
)


const WORD = /\p{L}[\p{L}\p{M}'’.-]*/gu
const REPORTING = new RegExp(`^,?\\s+(?:(?:also|then|later|again|has|had|have|previously|earlier|once)\\s+)*(?:${REPORTING_VERBS.map((verb) => verb.replace(/\s+/g, '\\s+')).join('|')})\\b`)
const REPORTED_BY = /(?:\baccording\s+to|\bquoting|\bquoted|\bsaid|\bsays|\btold|\badded|\bwrote|\basked|\bexplained)\s+$/i
const OFFICE_PATTERN = [...OFFICE_WORDS, ...RANKS, 'official', 'member', 'head', 'director', 'founder', 'analyst', 'expert', 'researcher', 'fellow', 'professor', 'economist', 'journalist', 'correspondent', 'editor', 'activist', 'lawyer', 'officer', 'politician', 'diplomat', 'businessman', 'businesswoman', 'negotiator', 'adviser', 'advisor', 'aide', 'veteran', 'commander', 'soldier', 'citizen', 'resident', 'colleague', 'ally', 'rival', 'candidate', 'nominee', 'successor', 'predecessor'].join('|')
const EITHER_CASE_OFFICE = OFFICE_PATTERN.split('|').map((word) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`).join('|')
// Nouns for people by what they do: "separatist", "lawyer", "researcher", "magnate"; minus things that end alike.
const PERSON_NOUN = '\\p{Ll}{2,}(?:ist|er|or|ian|man|woman|ess)|magnate|tycoon|cleric|chief|envoy|witness|voter|rebel|militant|deputy'
const NOT_PERSON_NOUNS = new Set(('water border order center centre quarter winter summer number paper power tower river letter matter ' +
  'chapter sector factor error floor door motor corridor liter litre meter metre dinner computer cancer theater theatre ' +
  'weather whether either neither never ever over under after later other rather further cover register shelter').split(' '))
// ", a political scientist at ...", ", who sells vegetables", ", 63,", " (45)", " as prime minister",
// ", defence economist", ", Iran's ambassador to the IAEA", ", president of the electoral tribunal".
// recheck: run on the 120 characters after a name
const APPOSITIVE = new RegExp(`^(?:,\\s+(?:(?:a|an|the|his|her|their|its)\\s+[\\p{L}-]|(?:who|whose)\\s|aged\\s+\\d|\\d{1,3},)|\\s+\\((?:\\d{1,3}|[^)]*\\b(?:${OFFICE_PATTERN})\\b)[^)]*\\)|\\s+as\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${OFFICE_PATTERN})\\b)`, 'iu')
const BARE_APPOSITIVE = new RegExp(`^,\\s+((?:(?:\\p{Ll}[\\p{L}-]*|\\p{Lu}[\\p{L}-]*['’]s)\\s+){0,3}?)(${OFFICE_PATTERN}|${PERSON_NOUN})s?\\b`, 'u')
// "Kremlin spokesman ...", "envoy for Sudan, ...", "A spokeswoman for the Ministry of Commerce, ...".
// recheck: run on the 80 characters before a name
const LOWER_TITLE_BEFORE = new RegExp(`\\b(?:${EITHER_CASE_OFFICE}|[Ss]pokesman|[Ss]pokeswoman|[Ss]pokesperson)s?(?:\\s+(?:for|of|to|at|with|in)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’\\- ]{0,60}?)?,?\\s+$`, 'u')
// "the party led by ...", "led for decades by ...", "replacing ...".
const ACTED_BY = /\b(?:led|headed|chaired|founded|run|backed|endorsed|appointed|nominated|replaced|succeeded|defeated|beaten|interviewed)\s+(?:[a-z]+\s+){0,3}?by\s+$|\b(?:replacing|succeeding|defeating|challenging)\s+$/
// "the Sikh separatist ...", "the cement magnate ...": a person noun with an article or a name before it.
// recheck: run on the 80 characters before a name
const PERSON_NOUN_BEFORE = new RegExp(`\\b(?:the|a|an|\\p{Lu}[\\p{L}'’-]*)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${PERSON_NOUN})\\s+$`, 'u')

interface Word {
  start: number
  end: number
  text: string
  /** Folded, without a possessive: made when first asked for, since most words are never looked up. */
  key?: string
}

function keyOf(word: Word): string {
  return (word.key ??= fold(word.text.replace(/['’]s$/, '')))
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
    const raw = match[0].slice(0, runStart(match[0], /[.'’-]/))
    words.push({start: match.index, end: match.index + raw.length, text: raw})
  }
  const isKnown = (word: Word) => known.some((span) => span.start < word.end && word.start < span.end)
  const isCapital = (word: Word) => /^\p{Lu}/u.test(word.text)
  const isTitleWord = (word: Word) => isContextWord(keyOf(word)) || NOT_NAME.has(keyOf(word)) || demonyms.has(keyOf(word)) || isKnown(word)
  // "al-Taishi", "el-Sisi": a particle joined to a family name.
  const isNameWord = (word: Word) => (isCapital(word) || /^(?:al|el)-\p{Lu}/u.test(word.text)) && !isTitleWord(word) && !FUNCTION_WORDS.has(keyOf(word)) && !/\d/.test(word.text)
  // Words are joined into a run only by spaces: punctuation ends a name.
  const joined = (a: Word, b: Word) => /^[ \t\u00a0]+(?:(?:\r\n?|\n)[ \t]*)?$|^(?:\r\n?|\n)[ \t]*$/.test(text.slice(a.end, b.start)) && !/['’]s$/.test(a.text)

  // "Vice Premier He Lifeng": a short family name that is also an English word, right after a title.
  const startsName = (at: number) => {
    const word = words[at]!
    if (isNameWord(word)) return true
    const previous = words[at - 1]
    const next = words[at + 1]
    if (!isCapital(word) || word.text.length > 3 || !next || !joined(word, next) || !isNameWord(next) || !previous) return false
    // Mid-sentence, a capitalised "He" is a name; after a title it is one even at a clause's start.
    const gap = text.slice(previous.end, word.start)
    return (joined(previous, word) && isContextWord(keyOf(previous))) || /^[,;][ \t]+$/.test(gap)
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
      else if (!NAME_PARTICLES.has(keyOf(words[next]!))) break
    }
    const first = words[at]!
    const final = words[last]!
    const count = last - at + 1
    const previous = words[at - 1]
    at = last + 1
    // "Mr Novak", "General Novak": after an honorific or a rank, a surname alone is a name.
    const styled = !!previous && joined(previous, first) && isCapital(previous) && (HONORIFICS.has(keyOf(previous)) || RANKS.has(keyOf(previous)))
    if (count > 5 || (count < 2 && !styled)) continue
    const span = {start: first.start, end: final.end}
    if (known.some((known) => known.start < span.end && span.start < known.end)) continue
    // "Caspian Strategic Studies Centre": an institution's name, not a person's.
    const following = words[last + 1]
    if (following && joined(final, following) && isCapital(following) && NOT_NAME.has(keyOf(following))) continue
    const before = text.slice(Math.max(start, first.start - 80), first.start)
    const after = text.slice(final.end, Math.min(end, final.end + 120))
    const context = contextOf(previous, previous ? joined(previous, first) : false, before, after)
    if (context) names.push({span, text: text.slice(span.start, span.end), context})
  }
  return names

  function isPersonNoun(noun: string): boolean {
    return !FUNCTION_WORDS.has(noun) && !NOT_PERSON_NOUNS.has(noun.toLowerCase())
  }

  function contextOf(previous: Word | undefined, adjacent: boolean, before: string, after: string): NameContext | undefined {
    if (previous && adjacent && isCapital(previous)) {
      if (HONORIFICS.has(keyOf(previous))) return 'honorific'
      if (RANKS.has(keyOf(previous)) || OFFICE_WORDS.has(keyOf(previous))) return 'title'
    }
    if (LOWER_TITLE_BEFORE.test(before)) return 'title'
    const noun = PERSON_NOUN_BEFORE.exec(before)?.[1]
    if (noun && isPersonNoun(noun)) return 'title'
    if (APPOSITIVE.test(after)) return 'appositive'
    const bare = BARE_APPOSITIVE.exec(after)
    if (bare && !FUNCTION_WORDS.has(bare[1]!.split(/\s+/)[0]!.toLowerCase()) && isPersonNoun(bare[2]!)) return 'appositive'
    if (REPORTING.test(after) || REPORTED_BY.test(before) || ACTED_BY.test(before)) return 'reporting'
    return undefined
  }
}
