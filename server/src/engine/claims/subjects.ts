import type {Word} from './clauses.js'
import type {Cue} from './cues.js'
import {
  ANONYMISING_MODIFIERS,
  COLLECTIVES,
  DOCUMENT_NOUNS,
  FAMILY,
  FUNCTION_WORDS,
  HONORIFICS,
  NATIONALITY,
  PARTISANS,
  PERSON_NOUN,
  QUANTIFIERS,
  SPOKESPEOPLE,
  STOCK_ANONYMOUS,
  TIME_WORDS,
  TITLE_WORDS,
  UNIQUE_ROLES,
  VAGUE_SOURCES
} from './lexicon.js'

/** Decides whether a phrase names a speaker, stands for an unnamed one, or points back. */
export function classify(phrase: Word[], introduced: boolean): Cue | undefined {
  const words = phrase.filter((word) => /[\p{L}\p{N}]/u.test(word.text) && (word.pos !== 'ADV' || word.lower === 'most'))
  if (words.length === 0) return undefined
  const text = join(phrase)
  const last = words.at(-1)!
  // "if one adds Nebraska": anybody at all.
  if (words.length === 1 && last.lower === 'one') return undefined
  if (words.length === 1 && last.pos === 'PRON') {
    if (/^(?:he|she|they|it|him|her|them)$/.test(last.lower)) return {kind: 'pronoun', phrase: last.text}
    // A first-person account: the writer reports their own words.
    if (/^(?:i|we|me|us)$/.test(last.lower)) return {kind: 'named', speaker: 'the writer'}
    return undefined
  }
  if (isFigure(words)) return {kind: 'named', speaker: text}
  // "She and her aides", "Clinton and her allies": whoever is named first speaks with them.
  const and = phrase.findIndex((word, index) => index > 0 && word.lower === 'and')
  if (and !== -1) {
    const first = classify(phrase.slice(0, and), introduced)
    if (first?.kind === 'named' || first?.kind === 'pronoun') return first
  }
  // "a worker named Antonio Arroyo": named after all.
  const naming = words.findIndex((word) => /^(?:named|called)$/.test(word.lower))
  if (naming > 0 && words.slice(naming + 1).length > 0 && words.slice(naming + 1).every(isProper)) return {kind: 'named', speaker: join(words.slice(naming + 1))}
  // "according to reports", "media reports say": reports nobody names.
  if (words.every((word) => /^(?:reports|rumou?rs|accounts|media|press|unconfirmed|some|several|many|news|local|various|multiple)$/.test(word.lower)) && /^(?:reports|rumou?rs|accounts)$/.test(last.lower)) return {kind: 'vague', phrase: text}
  // The head is the last noun before the phrase's first preposition: "officials in Kyiv", "a poll of voters".
  // "a wide array of economists", "a handful of aides": the people after "of" are the head.
  const collective = words.findIndex((word, index) => COLLECTIVES.test(word.lower) && words[index + 1]?.lower === 'of')
  if (collective !== -1 && collective <= 3) return classify(words.slice(collective + 2), introduced) ?? {kind: 'named', speaker: text}
  const preposition = words.findIndex((word, index) => index > 0 && words[index - 1]!.pos !== 'DET' && (word.pos === 'ADP' || /^(?:familiar|close|who|which|that)$/.test(word.lower)))
  const core = preposition === -1 ? words : words.slice(0, preposition)
  // ...not counting words of time after it: "A CNN/ORC poll last month" is a poll.
  const time = core.findIndex((word, index) => index > 0 && (TIME_WORDS.test(word.lower) || /^(?:last|this|next|earlier|later)$/.test(word.lower) && TIME_WORDS.test(core[index + 1]?.lower ?? '')))
  const noun = time === -1 ? core : core.slice(0, time)
  const headAt = noun.findLastIndex((word) => word.pos === 'NOUN' || word.pos === 'PROPN' || word.pos === 'PRON' || VAGUE_SOURCES.has(word.lower))
  const head = noun[headAt]
  // "the former top aide to President Bush", "the official": one role-holder the story has introduced
  // (whether named or not is for the analysis to tell from what came before).
  const definite = head !== undefined && core[0]!.lower === 'the' && !/s$/.test(head.lower) && !/^(?:source|insider|person)$/.test(head.lower)
  if (definite && VAGUE_SOURCES.has(head.lower)) return {kind: 'shortref', phrase: text}
  // "the researchers", "the organizers": a group the story has introduced; unless it is the stock anonymous one.
  if (head && core[0]!.lower === 'the' && core.length <= 3 && /s$/.test(head.lower) && VAGUE_SOURCES.has(head.lower) && !STOCK_ANONYMOUS.test(head.lower)) {
    return {kind: 'shortref', phrase: text}
  }
  // "his chief aide", "her lawyer", "his campaign manager": the one holder of a role, identified.
  if (head && /^(?:his|her|their|its)$/.test(core[0]!.lower) && !/s$/.test(head.lower) && (UNIQUE_ROLES.test(head.lower) || core.some((word) => word.lower === 'chief'))) {
    return {kind: 'shortref', phrase: text}
  }
  // "the two lawmakers", "both parents": people the story has just introduced, counted.
  if (head && core.length <= 4 && (/^(?:both|the\s+(?:two|three|four|both))$/.test(core.slice(0, core[0]!.lower === 'both' ? 1 : 2).map((word) => word.lower).join(' ')))) {
    return {kind: 'shortref', phrase: text}
  }
  // "several delegate candidates", "other senators": a quantity of people nobody names.
  const person = head !== undefined && (PERSON_NOUN.test(head.lower) || PERSON_NOUN.test(head.lower.replace(/(?<=[^s])s$|(?<=(?:ss|sh|ch|x))es$/, '')) || PARTISANS.test(head.lower))
  if (head && (person || VAGUE_SOURCES.has(head.lower)) && /s$/.test(head.lower) && QUANTIFIERS.test(core[0]!.lower) && !core.slice(1).some(isProper)) return {kind: 'vague', phrase: text}
  // "Mr. Xi and other leaders", "proponents like Mr. Eisenbrey", "reporters led by Chris Matthews": a group with a named member is named by that member.
  const personName = (word: Word | undefined) => word !== undefined && isProper(word) && !VAGUE_SOURCES.has(word.lower)
  const member = words.findIndex((word, index) => ((/^(?:like|including)$/.test(word.lower) || (word.lower === 'by' && words[index - 1]?.lower === 'led')) && personName(words[index + 1])) || (word.lower === 'and' && personName(words[index - 1]) && words[index + 1]?.lower === 'other'))
  const namedMember = member === -1 ? undefined : words[member]!.lower === 'and' ? lastProperRun(words.slice(0, member)) : lastProperRun(words.slice(member + 1))
  if (head && (VAGUE_SOURCES.has(head.lower) || person) && namedMember) return {kind: 'named', speaker: namedMember}
  if (head && VAGUE_SOURCES.has(head.lower) && !definite && !publicationSource(words, headAt)) return {kind: 'vague', phrase: text}
  // "Cement makers", "rival Republican candidates", "forecasters": a kind of people, nobody in particular.
  if (person && /s$/.test(head.lower) && !/^(?:the|these|those|his|her|its|their|our)$/.test(core[0]!.lower) && !core.some((word, index) => index !== headAt && isProper(word) && !PARTISANS.test(word.lower) && !/^(?:ADJ)$/.test(word.pos) && !NATIONALITY.test(word.text))) {
    return {kind: 'vague', phrase: text}
  }
  // "his childhood friend", "her colleague": somebody close to someone, not named.
  if (person && !/s$/.test(head.lower) && /^(?:his|her|their|its)$/.test(core[0]!.lower) && !FAMILY.test(head.lower) && !SPOKESPEOPLE.test(head.lower)) return {kind: 'vague', phrase: text}
  // "a senior administration official", "one former executive", "a party activist", "a Democrat familiar with...": somebody
  // unidentified, unless it is an organisation's spokesperson ("a Pentagon spokesman").
  if (head && person && /^(?:a|an|one|another|some)$/.test(core[0]!.lower) && !SPOKESPEOPLE.test(head.lower) && !core.slice(headAt + 1).some(isProper)) {
    return {kind: 'vague', phrase: text}
  }
  // "Clinton strategist Joel Benenson", "Media titan Rupert Murdoch": a name after the role is the speaker.
  const named = core.findIndex((word, index) => index > 0 && isProper(word) && core.slice(index).every(isProper) && !isProper(core[index - 1]!))
  if (named !== -1) return {kind: 'named', speaker: join(core.slice(named))}
  if (head && DOCUMENT_NOUNS.has(head.lower)) return {kind: 'named', speaker: text}
  // "Rep. Tom Cole of Oklahoma": the name before the preposition, not the place after it.
  const proper = (core.filter(isProper).length >= 2 ? lastProperRun(core) : undefined) ?? lastProperRun(words)
  if (proper) return {kind: 'named', speaker: proper}
  if (!words.some((word) => word.pos === 'NOUN')) return introduced && words.some((word) => word.pos === 'PRON') ? {kind: 'pronoun', phrase: text} : undefined
  const generic = words.length <= 2 && /^(?:the|this|that)$/.test(words[0]!.lower)
  return generic ? {kind: 'shortref', phrase: text} : {kind: 'named', speaker: text}
}

/** "the Izvestia source": one publication's source is that publication's report. */
export function publicationSource(words: Word[], vagueAt: number): boolean {
  return /^source$/.test(words[vagueAt]!.lower) && words[0]!.lower === 'the' && vagueAt >= 2 && words.slice(1, vagueAt).every(isProper) &&
    !words.slice(1, vagueAt).some((word) => ANONYMISING_MODIFIERS.has(word.lower))
}

export function isProper(word: Word): boolean {
  if (HONORIFICS.has(word.lower.replace(/\.$/, ''))) return true
  return (word.pos === 'PROPN' || (word.pos === 'NOUN' && /^\p{Lu}/u.test(word.text))) && !FUNCTION_WORDS.has(word.lower)
}

/** The last run of proper words, with any honorific: the likeliest name. */
export function lastProperRun(words: Word[]): string | undefined {
  const end = words.findLastIndex((word) => isProper(word) && !HONORIFICS.has(word.lower.replace(/\.$/, '')))
  if (end === -1) return undefined
  let start = end
  while (start > 0 && (isProper(words[start - 1]!) || /^['’]s$/.test(words[start]!.lower))) start--
  // "Secretary of State Ken Detzner": the name, not the end of the title.
  while (end - start >= 2 && TITLE_WORDS.has(words[start]!.lower)) start++
  // "Clinton's campaign", "the Trump campaign": the organisation, written out, is the speaker.
  const tail = words.slice(end + 1)
  // "the Guyanese ambassador": a role written out, with its article.
  if (tail.some((word) => word.pos === 'NOUN')) return join(words.slice(start > 0 && words[start - 1]!.pos === 'DET' ? start - 1 : start))
  return join(words.slice(start, end + 1))
}

/** Words as they were written, with whatever stands between them. */
export function join(words: Word[]): string {
  return words.length === 0 ? '' : words[0]!.source.slice(words[0]!.start, words.at(-1)!.end)
}

export function isDocument(words: Word[]): boolean {
  return words.some((word) => DOCUMENT_NOUNS.has(word.lower))
}

/** Poll figures: "47 percent", "About 4 in 10", "a majority of voters". */
export function isFigure(words: Word[]): boolean {
  const start = words.slice(0, 4)
  // "42%", "those surveyed", "respondents": people a poll asked.
  if (start.some((word) => /%/.test(word.source.slice(word.end, word.end + 1)) && word.pos === 'NUM')) return true
  if (start.some((word) => /^(?:respondents|surveyed|polled|sampled)$/.test(word.lower))) return true
  if (start.some((word) => /%$|^percent$|^per cent$|^majority$|^plurality$/.test(word.lower))) return true
  // "a third of voters", "three-quarters of the respondents": a share; "a third source" is not.
  if (start.some((word, index) => /^(?:half|thirds?|quarters?|fourths?|fifths?|tenths?)$/.test(word.lower) && words[index + 1]?.lower === 'of')) return true
  // "4 in 10": a share, not a count ("two senators" are anonymous).
  return start.some((word, index) => word.pos === 'NUM' && start[index + 1]?.lower === 'in' && start[index + 2]?.pos === 'NUM')
}

/** Ends in two or more capitalised words, or an honorific and a name: "the economist Jared Bernstein". */
export function personalName(words: Word[]): boolean {
  let run = 0
  // ("Gilda Cobb-Hunter": a hyphen inside a name.)
  for (let at = words.length - 1; at >= 0 && (isProper(words[at]!) || (words[at]!.text === '-' && run > 0)); at--) if (words[at]!.text !== '-') run++
  return run >= 2
}
