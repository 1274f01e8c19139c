import type {Span} from '../model.js'
import type {Cue} from './cues.js'
import {
  ABSENCE_VERBS,
  ADVERBS,
  DOCUMENT_NOUNS,
  FUNCTION_WORDS,
  HONORIFICS,
  ISSUES,
  STATEMENTS,
  TIME_WORDS,
  verbClass,
  WEASEL_SUBJECTS,
  type VerbClass
} from './lexicon.js'
import {quotedShare} from './quotes.js'
import {classify, isDocument, isFigure, isProper, join, lastProperRun, personalName} from './subjects.js'
import {tag, type Token} from './tagger.js'

export interface Word extends Token {
  /** The sentence the word is in. */
  source: string
  quoted: boolean
  /** Inside a bracket, a dash pair or a relative clause set off by commas: not the main clause. */
  aside: boolean
}

/**
 * Opens a clause that is not the sentence's main one: "when he said", "what she told", "if he says".
 * "after", "before", "since" and "until" do so only as conjunctions, which the tagger tells apart
 * from the prepositions ("after a long pause").
 */
const SUBORDINATORS = new Set([
  'when', 'whenever', 'because', 'unless', 'although', 'though', 'while', 'whereas', 'if', 'whether', 'what', 'where', 'how', 'why',
  'which', 'who', 'whom', 'whose', 'lest', 'whatever', 'wherever'
])

const RELATIVE = /^(?:who|which|whom|whose)$/

/** The earliest reporting clause wins: it is the main clause's, not a subordinate one's. */
export function findClause(text: string, quoted: Span[], reach: number): Cue | undefined {
  const cut = text.indexOf(' ', reach + 60)
  const tokens = tag(cut === -1 ? text : text.slice(0, cut))
  // The tagger takes capitalised words for verbs or nouns ("Hope Hicks", "Cross wrote", "Cook said"); they are names.
  const tags = tokens.map((token, index) => capitalisedVerb(tokens, index) ? 'VERB' : capitalisedName(tokens, index) ? 'PROPN' : compound(text, tokens, index) ? 'ADJ' : ADVERBS.has(token.lower) ? 'ADV' : token.pos)
  let range = 0
  for (const [index, token] of tokens.entries()) {
    const word = token as Word
    word.pos = tags[index]!
    word.source = text
    while (range < quoted.length && quoted[range]!.end < token.end) range++
    word.quoted = range < quoted.length && token.start >= quoted[range]!.start && token.end <= quoted[range]!.end
    word.aside = false
  }
  const words = markAsides(text, tokens as Word[])
  const found: {index: number; cue: Cue}[] = []
  // Unnamed sources in clauses that are not the sentence's main one: "where local party leaders say", "which officials said".
  const unnamed: Cue[] = []
  const firstQuoted = words.findIndex((word) => word.quoted && /\p{L}/u.test(word.text))
  const quoteBefore = (index: number) => firstQuoted !== -1 && firstQuoted < index
  // In a sentence that is mostly a quotation, "when she said, “...”" still names who is quoted.
  const mostlyQuoted = quotedShare(text, quoted) >= 0.5
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    if (word.quoted) continue
    const phrase = introducedSource(words, index)
    if (phrase) {
      // "according to exit polls": whatever follows names the source, unless it is anonymous.
      const cue = classify(phrase, true) ?? (phrase.length > 0 && word.lower === 'according' ? {kind: 'named' as const, speaker: join(phrase)} : undefined)
      if (cue) found.push({index, cue})
      continue
    }
    if (word.aside) {
      // "the changes, which officials said will...", "leaders who say...": an unnamed source inside a relative clause.
      const source = verbClass(word.lower) && actsAsVerb(words, index) ? relativeSource(words, index) : undefined
      if (source) unnamed.push(source)
      continue
    }
    // "issued a statement", "sent out a letter", "put out a release": the document is what was said.
    if (ISSUES.test(word.lower) && word.pos === 'VERB') {
      const object = words.slice(index + 1, index + 5).findIndex((next, at) => STATEMENTS.test(next.lower) || (next.lower === 'op' && words[index + at + 3]?.lower === 'ed'))
      if (object !== -1 && words.slice(index + 1, index + 1 + object).every((next) => /^(?:DET|ADJ|ADP|PRON|NUM)$/.test(next.pos) || next.lower === 'out')) {
        const subject = subjectBefore(words, index)
        const cue = Array.isArray(subject) && subject.length > 0 ? classify(subject, false) : undefined
        if (cue) found.push({index, cue})
        continue
      }
    }
    // "made it clear that", "makes clear": a statement.
    const clear = /^(?:make|makes|made|making)$/.test(word.lower) && (words[index + 1]?.lower === 'clear' || (words[index + 1]?.lower === 'it' && words[index + 2]?.lower === 'clear'))
    const verb = clear ? 'speech' : verbClass(word.lower)
    if (!verb || !actsAsVerb(words, index)) continue
    const cue = verbClause(words, index, verb, quoteBefore(index), mostlyQuoted)
    if (cue) found.push({index, cue})
    else if (verb !== 'event' && verb !== 'passive-only' && subjectBefore(words, index) === 'subordinate' && !negated(words, index)) {
      const subject = subjectBefore(words, index, true)
      const source = Array.isArray(subject) && subject.length > 0 ? classify(subject, false) : undefined
      if (source?.kind === 'vague') unnamed.push(source)
    }
  }
  // "More from Jones: “...”", "Republican pollster Daron Shaw: “...”": a name, a colon, a quotation.
  const colon = words.findIndex((word, index) => word.text === ':' && !word.quoted && words[index + 1]?.quoted === true)
  if (colon > 0) {
    const before = words.slice(0, colon).filter((word) => !word.aside)
    const start = before.findLastIndex((word) => word.pos !== 'PROPN' && word.pos !== 'PUNCT' && !HONORIFICS.has(word.lower.replace(/\.$/, '')))
    const name = before.slice(start + 1).filter((word) => word.pos === 'PROPN')
    // "Here's Clinton in December 1992: “...”": a name, then only when and where.
    const run = lastProperRun(before)
    const tail = run ? before.slice(before.findLastIndex((word) => run.endsWith(word.text)) + 1) : []
    if (name.length > 0) found.push({index: colon, cue: {kind: 'named', speaker: join(name)}})
    else if (run && tail.every((word) => /^(?:ADP|NUM|PUNCT|DET)$/.test(word.pos) || FUNCTION_WORDS.has(word.lower))) found.push({index: colon, cue: {kind: 'named', speaker: run}})
    else if (/^(?:report|statement|study|letter|memo|document|email|release)$/.test(before.at(-1)?.lower ?? '')) found.push({index: colon, cue: {kind: 'named', speaker: join(before.slice(-2))}})
    found.sort((a, b) => a.index - b.index)
  }
  // A reporting clause closing the sentence covers all of it ("..., people familiar with the talks said."); otherwise the earliest is the main one.
  const reports = found.filter(({cue}) => cue.how !== 'event')
  // "Pollsters agree - Carl Bialik: “...”": the quotation is the named speaker's, whatever the lead-in says.
  const quoting = found.find(({index, cue}) => index === colon && cue.kind === 'named')
  if (quoting && reports[0]?.cue.kind === 'vague' && colonAfterDash(words, colon)) return quoting.cue
  // With no report of its own, a sentence that leans on an unnamed source in a subordinate clause is vaguely sourced.
  return (reports.find(({index}) => trailing(words, index)) ?? reports[0] ?? found[0])?.cue ?? unnamed[0]
}

/** Whether the stretch before a conjunction, back to its comma, holds a verb of its own. */
function clauseBefore(words: Word[], conjunction: number): boolean {
  for (let at = conjunction - 1; at >= 0; at--) {
    const word = words[at]!
    if (word.text === ',' || word.quoted) return false
    if (!word.aside && (word.pos === 'VERB' || word.pos === 'AUX')) return true
  }
  return false
}

/** A name set off by a dash before the colon: "... - Carl Bialik: “...”". */
function colonAfterDash(words: Word[], colon: number): boolean {
  const start = words.slice(0, colon).findLastIndex((word) => word.pos !== 'PROPN' && !HONORIFICS.has(word.lower.replace(/\.$/, '')))
  return start !== -1 && /^[-—–]$/.test(words[start]!.text)
}

/**
 * The tagger takes capitalised words for verbs or nouns ("Hope Hicks", "Cross wrote", "Cook said");
 * inside a sentence they are names, unless a reporting verb was capitalised after its subject ("Murphy Tweeted on Friday").
 */
function capitalisedName(tokens: Token[], index: number): boolean {
  const token = tokens[index]!
  if (!/^\p{Lu}/u.test(token.text) || !/^(?:VERB|NOUN|ADJ|ADV|PROPN)$/.test(token.pos)) return false
  if (index === 0) return /^(?:VERB|AUX|PROPN)$/.test(tokens[1]?.pos ?? '') && !verbClass(token.lower) && !FUNCTION_WORDS.has(token.lower)
  return !capitalisedVerb(tokens, index)
}

/** "Murphy, the head of the PAC, Tweeted on Friday": a reporting verb written with a capital after its subject. */
function capitalisedVerb(tokens: Token[], index: number): boolean {
  const token = tokens[index]!
  const next = tokens[index + 1]
  if (!/^\p{Lu}/u.test(token.text) || !verbClass(token.lower) || index === 0) return false
  if (!/^(?:PROPN|NOUN|PRON|PUNCT)$/.test(tokens[index - 1]!.pos) || tokens[index - 1]!.text === 'United') return false
  // "the Cook Political Report." ends a name; "Tweeted on Friday" goes on as a clause.
  // ("the United States ambassador": a name before a noun.)
  return next !== undefined && ((/^\p{Ll}/u.test(next.text) && !/^(?:VERB|AUX|PART|NOUN)$/.test(next.pos)) || next.text === ':' || /^["“'‘`]/.test(next.text))
}

/** "self-described", "long-awaited": the second half of a hyphenated compound is not a verb. */
function compound(text: string, tokens: Token[], index: number): boolean {
  const token = tokens[index]!
  return token.pos === 'VERB' && text[token.start - 1] === '-' && index > 1 && /\S/u.test(text[token.start - 2] ?? '')
}

/** "according to X", "citing X", "in the words of X": the phrase after names the source. */
function introducedSource(words: Word[], index: number): Word[] | undefined {
  const word = words[index]!
  if (word.lower === 'according' && words[index + 1]?.lower === 'to') {
    const phrase: Word[] = []
    for (let at = index + 2; at < words.length && !words[at]!.quoted && !/^[,.;:!?()—–]$/.test(words[at]!.text) && !(at > index + 2 && /^(?:that|which|who|whom)$/.test(words[at]!.lower)); at++) phrase.push(words[at]!)
    return phrase
  }
  if ((word.lower === 'citing' || word.lower === 'quoting') && index > 0 && words[index - 1]!.text === ',') return nounPhrase(words, index + 1)
  // "As reported by Western Journalism, ...", "the position, as set out by Putin, ..."
  if (word.lower === 'as' && /^(?:reported|quoted|stated|noted|announced|cited|told|described|explained|outlined|put)$/.test(words[index + 1]?.lower ?? '') && words[index + 2]?.lower === 'by') return nounPhrase(words, index + 3)
  if (word.lower === 'as' && /^(?:set|laid|spelled|spelt)$/.test(words[index + 1]?.lower ?? '') && words[index + 2]?.lower === 'out' && words[index + 3]?.lower === 'by') return nounPhrase(words, index + 4)
  if (word.lower === 'words' && words[index - 1]?.lower === 'the' && words[index - 2]?.lower === 'in' && words[index + 1]?.lower === 'of') return nounPhrase(words, index + 2)
  return undefined
}

/** Marks brackets, dash pairs and relative clauses between commas ("Clinton, who was in Iowa, said"). */
function markAsides(text: string, words: Word[]): Word[] {
  const dash = (word: Word) => /^[—–]$/.test(word.text) || (word.text === '-' && text[word.start - 1] === ' ' && text[word.end] === ' ')
  const close = (from: number, closer: (word: Word) => boolean) => {
    let end = from + 1
    while (end < words.length && !closer(words[end]!)) end++
    return end
  }
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    let end = -1
    // A sentence wholly in brackets is a sentence, not an aside: "(She says the photo would have ...)".
    if (word.text === '(' && index === 0) continue
    if (word.text === '(') end = close(index, (next) => next.text === ')')
    else if (dash(word) && index > 0) end = close(index, dash)
    else if (word.text === ',' && RELATIVE.test(words[index + 1]?.lower ?? '')) end = close(index, (next) => next.text === ',' || next.text === ';')
    // "a nominal Republican who voted for JFK, said", "officials who spoke with the Post said": a relative clause
    // runs to its comma, or to the verb after its own.
    else if (RELATIVE.test(word.lower) && index > 0 && (words[index - 1]!.pos === 'NOUN' || words[index - 1]!.pos === 'PROPN' || /^['’]s$/.test(words[index - 1]!.lower))) {
      const own = words.findIndex((next, at) => at > index && (next.pos === 'VERB' || next.pos === 'AUX'))
      const main = own === -1 ? -1 : words.findIndex((next, at) => at > own + 1 && (next.pos === 'VERB' || next.pos === 'AUX') && words[at - 1]!.pos !== 'AUX' && words[at - 1]!.lower !== 'to' && !/ing$/.test(next.lower))
      const comma = close(index, (next) => next.text === ',' || next.text === ';')
      end = (main !== -1 && main < comma ? main : comma) - 1
    }
    // ", in fact,", ", for example,", ", of course,": a short adverbial set off by commas.
    else if (word.text === ',' && /^(?:ADP|ADV)$/.test(words[index + 1]?.pos ?? '') && !words[index + 1]!.quoted && words.slice(index + 2, index + 5).some((next) => next.text === ',') && !words.slice(index + 1, index + 5).some((next) => next.pos === 'VERB' || next.pos === 'AUX' || next.quoted)) {
      end = close(index, (next) => next.text === ',') - 1
    }
    // ", conducted jointly with X,", ", leading narrowly in Iowa polls,": a participle phrase describing the subject.
    // (", including X and Y," names members of the subject: not an aside.)
    else if (word.text === ',' && words[index + 1]?.pos === 'VERB' && /(?:ed|en|ing)$/.test(words[index + 1]!.lower) && words[index + 1]!.lower !== 'including' && (!verbClass(words[index + 1]!.lower) || verbClass(words[index + 1]!.lower) === 'event')) {
      end = close(index, (next) => next.text === ',' || next.text === ';')
      if (words[end]?.text !== ',') continue
    }
    if (end === -1) continue
    // An unclosed dash or bracket runs to the end of the sentence: only pairs are asides.
    if (end >= words.length && word.text !== ',') continue
    for (let at = index; at <= Math.min(end, words.length - 1); at++) words[at]!.aside = true
    index = end
  }
  return words
}

const NOUN_BEFORE = /^(?:the|a|an|their|his|her|its|our|my|your|these|those|this|whose|such|no|any|every|each)$/

/** Reporting words that are also nouns ("claims", "reports", "say") or not finite ("to say", "a group called"). */
function actsAsVerb(words: Word[], index: number): boolean {
  const word = words[index]!
  const previous = words[index - 1]
  const next = words[index + 1]
  // "went on to say": the subject of "went" says it.
  if (previous?.lower === 'to' && words[index - 2]?.lower === 'on' && /^(?:go|goes|went|gone|going)$/.test(words[index - 3]?.lower ?? '')) return true
  // "by saying", "after telling": a gerund that shares the sentence's subject.
  if (previous && /^(?:by|after|before|while|when|in|without)$/.test(previous.lower) && /ing$/.test(word.lower)) return true
  // "25 recommended delegates", "his recent reads": a participle before a noun, or a noun after an adjective.
  if (previous && /^(?:NUM|DET|ADJ)$/.test(previous.pos) && /ed$/.test(word.lower) && attributive(words, index)) return false
  if (previous?.pos === 'ADJ' && NOUN_BEFORE.test(words[index - 2]?.lower ?? '')) return false
  // "a few tweets", "several posts": a plural noun after a quantifier.
  if (previous && /^(?:few|several|many|more|two|three)$/.test(previous.lower) && /[^s]s$/.test(word.lower) && word.pos === 'NOUN') return false
  if (previous && (NOUN_BEFORE.test(previous.lower) || (previous.pos === 'PART' && /^['’]s$/.test(previous.lower)) || previous.pos === 'ADP' || previous.lower === 'to')) return false
  if (next?.lower === 'of' && word.pos === 'NOUN') return false
  // ", say, single digits": an aside, not a report.
  if (word.lower === 'say' && previous?.text === ',' && next?.text === ',') return false
  if (/ing$/.test(word.lower) && !(previous && (afterComma(words, index) || isBe(previous) || (previous.pos === 'ADV' && isBe(words[index - 2])) || withSubject(words, index))) && index > 0) return false
  if (previous && (previous.pos === 'PRON' || previous.pos === 'AUX' || previous.pos === 'ADV' || previous.pos === 'PART')) return true
  if (next && (next.lower === 'that' || next.text === ':' || next.quoted)) return true
  if (word.pos === 'VERB' || word.pos === 'AUX') return true
  // "Fox News reports:", "4 in 10 say they...", "..., records show.", "as polls show Clinton...": the tagger read
  // a noun where a clause is. The verb agrees with the noun before it.
  if (word.pos !== 'NOUN' || previous === undefined || !(isSubjectEnd(previous) || previous.pos === 'ADJ')) return false
  const agrees = /s$/.test(word.lower) ? (!/s$/.test(previous.lower) && previous.pos !== 'NUM') || previous.pos === 'PROPN' : /s$/.test(previous.lower) || previous.pos === 'NUM'
  if (!agrees) return false
  return next === undefined || /^[.!]$/.test(next.text) || /^(?:PRON|DET|NUM|PROPN|ADJ)$/.test(next.pos) || (next.pos === 'ADV' && !/s$/.test(word.lower)) || (/^points?$/.test(word.lower) && /^(?:out|to)$/.test(next.lower))
}

/** A comma before the word, also inside closing quotation marks: "... “New York values,” saying ...". */
function afterComma(words: Word[], index: number): boolean {
  const previous = words[index - 1]
  if (!previous) return false
  if (previous.text === ',') return true
  return previous.quoted && /^[”"'’»]+$/.test(previous.text) && words[index - 2]?.text === ','
}

/** A name right after the verb: "said Beck", "explained Sen. Ted Cruz". */
function invertedName(words: Word[], index: number): Word[] | undefined {
  const phrase = nounPhrase(words, index + 1)
  // "..., said Republicans are engaged in ...": the name is the subject of what was said.
  const next = words[index + 1 + phrase.length]
  if (next && !next.quoted && (next.pos === 'AUX' || next.pos === 'VERB')) return undefined
  return phrase.length > 0 && phrase.every(isProper) ? phrase : undefined
}

/** "with 30 percent of voters saying ...": a participle with its own subject after "with". */
function withSubject(words: Word[], index: number): Word[] | undefined {
  const start = words.findLastIndex((word, at) => at < index && word.lower === 'with')
  if (start === -1 || index - start > 8) return undefined
  const phrase = words.slice(start + 1, index)
  return phrase.length > 0 && phrase.every((word) => /^(?:NOUN|PROPN|NUM|DET|ADJ|ADP|PRON)$/.test(word.pos) || word.text === '%') ? phrase : undefined
}

function isBe(word: Word | undefined): boolean {
  return word !== undefined && /^(?:is|are|was|were|been|being|be|am|'s|’s|'re|’re)$/.test(word.lower)
}

function isSubjectEnd(word: Word): boolean {
  return word.pos === 'PROPN' || word.pos === 'NOUN' || word.pos === 'NUM' || /^[”"'’»]$/.test(word.text) || word.text === ','
}

function verbClause(words: Word[], index: number, verb: VerbClass, quoteBefore: boolean, mostlyQuoted: boolean): Cue | undefined {
  const word = words[index]!
  if (negated(words, index)) return undefined
  // "Asked about it, Trump said...": an opening participle; the main verb carries the report. "Said Poynter, “...”" is inverted.
  if (index === 0 && !/s$/.test(word.lower)) {
    const inverted = words[1]?.pos === 'PROPN' && (words.some((later) => later.quoted) || words.at(-1)?.text === ':') ? nounPhrase(words, 1) : []
    return inverted.length > 0 ? classify(inverted, false) : undefined
  }
  const be = words.slice(Math.max(0, index - 3), index).findLast((before) => before.pos !== 'ADV')
  if (verb === 'passive-only') return isBe(be) ? passiveClause(words, index) : undefined
  // "was told by X", "were reported by X": the agent after "by" is the source.
  if (isBe(be) && /(?:ed|en|ld|id|wn|ne)$/.test(word.lower)) return passiveClause(words, index)
  if (/(?:ed|en)$/.test(word.lower) && words[index - 1]?.pos === 'NOUN' && words[index + 1]?.lower === 'by') return undefined
  // "a worker named Antonio Arroyo", "a group called Black Votes Matter": naming, not speaking.
  if (/^(?:named|called|dubbed|nicknamed|titled|entitled)$/.test(word.lower) && words[index - 1]?.pos === 'NOUN' && words[index + 1]?.pos === 'PROPN') return undefined
  // "prisoners proposed for exchange": a participle describing a noun, not a report ("officials said" is).
  if (verb !== 'speech' && /(?:ed|en)$/.test(word.lower) && words[index - 1]?.pos === 'NOUN' && !isBe(words[index - 1]) && words[index + 1]?.pos === 'ADP') return undefined
  const participle = /ing$/.test(word.lower) && (afterComma(words, index) || /^(?:by|after|before|while|when|in|without)$/.test(words[index - 1]?.lower ?? ''))
  // "The email goes on to say": the subject of "goes".
  const goesOn = words[index - 1]?.lower === 'to' && words[index - 2]?.lower === 'on' && index >= 3
  let subject: Word[] | undefined
  let inverted = false
  const own = /ing$/.test(word.lower) ? withSubject(words, index) : undefined
  if (own) subject = own
  else if (participle || goesOn) subject = governingSubject(words, goesOn ? index - 2 : index)
  else if (afterComma(words, index) && invertedName(words, index)) {
    // "..., explained Rosenberg, ...": the name after the verb speaks.
    subject = invertedName(words, index)
    inverted = true
  } else {
    const left = subjectBefore(words, index)
    if (left === 'subordinate' && !mostlyQuoted) return undefined
    if (left === 'subordinate') subject = subjectBefore(words, index, true) as Word[] | undefined
    else if (left === 'coordinated') subject = mainSubject(words, index)
    else if (left && left.length > 0) subject = left
    else {
      const right = nounPhrase(words, index + 1)
      if (right.length > 0 && (quoteBefore || words[index - 1]?.text === ',') && !right.every((next) => next.pos === 'PRON' && next.lower !== 'he' && next.lower !== 'she' && next.lower !== 'they')) {
        // "said another Twitter user, Johanna Bayer": the name in apposition.
        const after = index + 1 + right.length
        const name = words[after]?.text === ',' ? nounPhrase(words, after + 1) : []
        subject = name.length > 0 && name.every(isProper) ? name : right
        inverted = true
      }
    }
  }
  if (!subject || subject.length === 0) return undefined
  const cue = classify(subject, false)
  if (!cue) return undefined
  // "A winning candidate might claim momentum", "voters could blame him": what nobody in particular may do is a supposition.
  if (cue.kind === 'vague' && /^(?:might|could|may)$/.test(words.slice(Math.max(0, index - 3), index).findLast((before) => before.pos !== 'ADV')?.lower ?? '')) return undefined
  // "Experts believe", "sources expect": weasel sourcing. What "Republicans" or "his aides" hope is the author's account.
  if (verb === 'cognition') return cue.kind === 'vague' && WEASEL_SUBJECTS.test(cue.phrase) ? cue : undefined
  // "Stone was speaking in an interview": an event, not a report; whoever spoke is who the quotations after it quote.
  if (verb === 'event') return {...cue, how: 'event'}
  // "..., the BBC reported." and "..., the BBC reported on Thursday.": what was reported came first.
  const opener = words[words.indexOf(subject[0]!) - 1]
  const trailing = !inverted && ((opener?.text === ',' && endsClause(words, index + 1)) || opener?.lower === 'as')
  const complete = trailing || hasComplement(words, index, inverted, quoteBefore)
  if (verb === 'document' && !(isDocument(subject) || isFigure(subject)) && !complete) return undefined
  // "Grossi briefed members on the inspections" tells of a briefing; "briefed reporters that ..." reports it.
  if (/^brief/.test(word.lower) && !quoteBefore && !words.slice(index + 1, index + 6).some((next) => next.lower === 'that' || next.text === ':' || next.quoted)) return undefined
  // An unnamed source "noted the material": vague however little of what they said is given.
  if (verb === 'complement' && cue.kind !== 'vague' && !(word.lower.startsWith('call') ? callsSomething(words, index) : complete)) return undefined
  // "agreed that...", "agreed with the President that...": a statement; "agreed to pay" is an act.
  const object = TIME_WORDS.test(words[index + 1]?.lower ?? '') ? index + 2 : index + 1
  if (/^agree/.test(word.lower) && !(/^(?:that|with|:)$/.test(words[object]?.lower ?? '') || quoteBefore || words[index + 1]?.quoted)) return cue.kind === 'vague' ? cue : undefined
  if (verb === 'act' && !quoteBefore && !hasObject(words, index)) return undefined
  // "Employees protested outside the stores": what unnamed people did, not what they said.
  if (verb === 'act' && cue.kind === 'vague' && !complete) return undefined
  // "shouting, pointing, jeering": pointing at something, not pointing out.
  if (/^point/.test(word.lower) && !/^(?:out|to)$/.test(words[index + 1]?.lower ?? '')) return undefined
  return cue
}

/** "called for talks", "called on Russia", "called him a liar", "called it “a disgrace”"; not "a group called X". */
function callsSomething(words: Word[], index: number): boolean {
  const next = words[index + 1]
  if (!next) return false
  if (/^(?:for|on|upon|out)$/.test(next.lower)) return true
  // "called Obama's ignorance of solid advice “disrespectful”": a quotation later in the clause.
  for (let at = index + 1; at < words.length && !/^[.;]$/.test(words[at]!.text); at++) if (words[at]!.quoted) return true
  return (next.pos === 'PRON' || /^(?:that|this|it)$/.test(next.lower)) && words[index + 2] !== undefined && !/^[.;,]$/.test(words[index + 2]!.text)
}

/** "did not say", "declined to comment", "has yet to respond": no statement was made. */
function negated(words: Word[], index: number): boolean {
  for (let back = index - 1; back >= Math.max(0, index - 4); back--) {
    const word = words[back]!
    if (/^(?:not|n't|n’t|never|no|yet)$/.test(word.lower)) return true
    if (word.lower === 'to' && back > 0 && ABSENCE_VERBS.test(words[back - 1]!.lower)) return true
    // "no one forecast it", "nobody asked": no statement at all.
    if (/^(?:nobody|none)$/.test(word.lower) || (word.lower === 'one' && words[back - 1]?.lower === 'no')) return true
    if (word.pos !== 'AUX' && word.pos !== 'ADV' && word.pos !== 'PART' && word.lower !== 'to') break
  }
  return false
}

function passiveClause(words: Word[], index: number): Cue | undefined {
  for (let next = index + 1; next < Math.min(words.length, index + 12); next++) {
    if (words[next]!.quoted || /^[.;:]$/.test(words[next]!.text)) break
    if (words[next]!.lower !== 'by') continue
    const agent = nounPhrase(words, next + 1)
    const cue = agent.length > 0 ? classify(agent, true) : undefined
    if (!cue) return undefined
    const subject = words.slice(0, index).filter((word) => !word.quoted)
    // "This was stated by X" reports the sentence before it.
    return /^(?:this|that|these|such|it)$/.test(subject[0]?.lower ?? '') && subject.length <= 4 ? {...cue, how: 'backward'} : cue
  }
  return undefined
}

/**
 * The words before a verb that can be its subject, within its clause. 'subordinate' when the clause
 * is not the sentence's main one: "after he said", "the plan, which Trump criticized", "what she told".
 */
function subjectBefore(words: Word[], index: number, inSubordinate = false): Word[] | 'subordinate' | 'coordinated' | undefined {
  let end = index
  // ("have both argued", "they all said": a quantifier floating after its subject.)
  while (end > 0 && (isAdjunct(words[end - 1]!) || words[end - 1]!.aside || (end > 1 && /^(?:both|all|each)$/.test(words[end - 1]!.lower) && words[end - 2]!.pos !== 'DET') || (words[end - 1]!.lower === 'since' && words[end - 2]?.pos === 'AUX'))) end--
  // "The judge rubbed his chin and then said...": the verb shares the sentence's subject.
  if (end > 0 && words[end - 1]!.pos === 'CCONJ') return 'coordinated'
  let start = end
  let commas = 0
  while (start > 0) {
    const word = words[start - 1]!
    if (word.aside) {
      start--
      continue
    }
    if (word.quoted || /^[;:—–(]$/.test(word.text) || word.lower === 'that') break
    if (word.text === ',') commas++
    // "a woman asked for a photo and Clinton said": "and" joins two clauses, and the second has its own subject.
    if (word.pos === 'CCONJ' && clauseBefore(words, start - 1)) break
    // "As Peskov explained, ...": "as" opens the reporting clause; "just as she said she would" compares.
    if (word.lower === 'as') {
      if (commas === 0 && !inSubordinate && /^(?:just|even|such|so|same)$/.test(words[start - 2]?.lower ?? '')) return 'subordinate'
      break
    }
    // A conjunction in the subject's own stretch makes the clause subordinate; one further back opens an earlier clause.
    if ((word.pos === 'SCONJ' && word.lower !== 'that') || SUBORDINATORS.has(word.lower)) {
      if (commas > 0 || inSubordinate) break
      return 'subordinate'
    }
    // "one day after a CNN poll showed": the clause's subject starts after the conjunction.
    if (word.pos === 'ADP' && /^(?:after|before|since|until)$/.test(word.lower) && commas === 0) break
    if (word.pos === 'VERB' && word.lower !== 'including' && !reduced(words, start - 1) && !gerund(words, start - 1) && !attributive(words, start - 1)) break
    start--
  }
  // "And she added", "But he told": a conjunction opening the sentence is not part of the subject.
  while (start < end && (words[start]!.pos === 'CCONJ' || words[start]!.pos === 'INTJ')) start++
  const segments = split(words.slice(start, end).filter((word) => !word.aside))
  // A comma right before the verb closes an apposition: "the head of the delegation, Rustem Umerov, said"
  // (also when it ends a relative clause: "Zeke Emanuel, an oncologist who advised Obama, said").
  // Without it the nearest stretch is the whole subject: "Mrs. Clinton, these people said, would...".
  const appositive = segments.filter((segment) => segment.length > 0).length > 1 && (words[end - 1]?.text === ',' || words[index - 1]?.text === ',')
  if (segments.at(-1)!.length === 0) segments.pop()
  for (let at = segments.length - 1; at >= 0; at--) {
    const segment = segments[at]!
    // ", however,", ", in fact,": an adverbial set off by commas.
    if (segment.every((word) => word.pos === 'ADV' || word.pos === 'PUNCT') || (segment[0]!.pos === 'ADP' && segment.length <= 4 && at === segments.length - 1 && segments.length > 1)) continue
    // "Other Republican candidates, including Carly Fiorina and Ben Carson,": the named members speak;
    // "Other Republicans, including some in Congress,": the group does.
    if (/^(?:including|like)$/.test(segment[0]!.lower) && at > 0) {
      if (segment[1] && isProper(segment[1])) return segment.slice(1)
      continue
    }
    if (!nominal(segment)) return undefined
    // "Sen. Kirsten Gillibrand (D-N.Y.), a supporter of Clinton told ...": an apposition whose closing comma is missing.
    const previous = segments[at - 1]
    if (!appositive && /^(?:a|an)$/.test(segment[0]!.lower) && previous && previous.length > 0 && previous.every(isProper)) return previous
    if (!appositive) return segment
    const earlier = segments.slice(0, at).filter((before) => before.length > 0 && nominal(before))
    // "the head of the delegation, Rustem Umerov," and "Rhodes, Mr. Obama's deputy adviser,": the name, not the role.
    // "the economist Jared Bernstein, a former adviser in the Obama White House,": a segment ending in a personal name.
    const named = earlier.findLast((before) => before.every(isProper)) ?? earlier.findLast((before) => personalName(before))
    const led = earlier.findLast((before) => isProper(before[0]!))
    if (named && !segment.every(isProper)) return named
    if (led && !isProper(segment[0]!)) return led
    return segment
  }
  return undefined
}

/** A stretch of words with no verb of its own: a noun phrase. */
function nominal(segment: Word[]): boolean {
  return !segment.some((word, index) => word.pos === 'AUX' || (word.pos === 'VERB' && !reduced(segment, index) && !gerund(segment, index) && !attributive(segment, index)))
}

/** "a report published Wednesday": a participle that describes the noun before it. */
function reduced(words: Word[], index: number): boolean {
  const previous = words[index - 1]
  const next = words[index + 1]
  if (/^(?:surveyed|polled|questioned|interviewed|asked|sampled)$/.test(words[index]!.lower) && /^(?:those|voters|people|adults|americans)$/.test(previous?.lower ?? '')) return true
  // "Democrats crafted the schedule" has an object: a verb, not a description.
  if (!/(?:ed|en)$/.test(words[index]!.lower) || (next && /^(?:DET|PRON)$/.test(next.pos))) return false
  // "A poll of South Carolina released on Tuesday showed": the place ends the noun phrase the participle describes.
  return previous?.pos === 'NOUN' || (previous?.pos === 'PROPN' && next?.pos === 'ADP' && words.slice(Math.max(0, index - 5), index).some((word) => DOCUMENT_NOUNS.has(word.lower)))
}

/** "registered voters", "a paid CNN commentator": a participle before its noun. */
function attributive(words: Word[], index: number): boolean {
  const next = words[index + 1]
  const previous = words[index - 1]
  if (!next || !/^(?:NOUN|PROPN|ADJ)$/.test(next.pos)) return false
  return /(?:ed|ing)$/.test(words[index]!.lower) || (previous !== undefined && /^(?:DET|ADJ)$/.test(previous.pos))
}

/** "Exit polling showed", "the polling in Iowa finds": an -ing word used as a noun. */
function gerund(words: Word[], index: number): boolean {
  const previous = words[index - 1]
  return /ing$/.test(words[index]!.lower) && (previous === undefined || /^(?:ADJ|PROPN|DET|NOUN)$/.test(previous.pos) || /^['’]s$/.test(previous.lower))
}

function isAdjunct(word: Word): boolean {
  return word.pos === 'AUX' || word.pos === 'ADV' || (word.pos === 'PART' && word.lower !== "'s" && word.lower !== '’s')
}

function split(words: Word[]): Word[][] {
  const segments: Word[][] = [[]]
  for (const word of words) {
    if (word.text === ',') segments.push([])
    // "Even Rendell", "and she": an adverb or conjunction opening a stretch is not part of its noun phrase.
    else if (segments.at(-1)!.length > 0 || (word.pos !== 'ADV' && word.pos !== 'CCONJ')) segments.at(-1)!.push(word)
  }
  return segments
}

/** The subject of the verb a participle hangs on: "Trump attacked Clinton, saying ...", "he began by saying ...". */
function governingSubject(words: Word[], index: number): Word[] | undefined {
  for (let at = index - 1; at >= 0; at--) {
    const word = words[at]!
    if (word.quoted || word.aside || word.pos !== 'VERB' || /ing$/.test(word.lower)) continue
    const subject = subjectBefore(words, at, true)
    // "Putin veered close to an admission that soldiers had fought there, saying ...": not the subject of a clause inside the sentence's object.
    if (Array.isArray(subject) && subject.length > 0 && /^(?:that|which|who|whom)$/.test(words[words.indexOf(subject[0]!) - 1]?.lower ?? '')) continue
    // "He went on to rebut ..., writing that ...": past an infinitive to the verb that has a subject.
    if (Array.isArray(subject) && subject.length > 0 && classify(subject, false)) return subject
  }
  // "A month after announcing his support, Rubio still believes ...": an opening phrase shares the subject after its comma.
  const comma = words.findIndex((word, at) => at > index && word.text === ',' && !word.aside && !word.quoted)
  if (comma !== -1 && !words.slice(0, index).some((word) => word.pos === 'AUX' || word.text === ',')) {
    const after = mainSubject(words.slice(comma + 1), words.length - comma - 1)
    if (after && after.length > 0) return after
  }
  return mainSubject(words, index)
}

/** The sentence's own subject, for a clause that shares it: "Trump attacked Clinton, saying ...". */
function mainSubject(words: Word[], before: number): Word[] | undefined {
  let start = 0
  // "On Tuesday, ...", "Asked about it, ...": an opening adverbial or participle phrase ends at its comma.
  const first = words[0]
  if (first && (first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'ADV' || first.pos === 'VERB' || SUBORDINATORS.has(first.lower))) {
    const comma = words.findIndex((word, index) => index < before && word.text === ',' && !word.aside)
    if (comma === -1) return undefined
    start = comma + 1
  }
  const subject: Word[] = []
  let end = start
  for (; end < before; end++) {
    const word = words[end]!
    if (word.aside) continue
    if (word.quoted || word.pos === 'VERB' || word.pos === 'AUX' || word.text === ',') break
    subject.push(word)
  }
  // "One of the men, Jessie Elkins, 70, had served ... and said": the name in apposition.
  if (words[end]?.text === ',') {
    const name: Word[] = []
    for (let at = end + 1; at < before && isProper(words[at]!); at++) name.push(words[at]!)
    if (name.length >= 2 && words[end + 1 + name.length]?.text === ',') return name
  }
  return subject
}

/** A noun phrase from `index` on: "Beck", "Clinton spokesman Brian Fallon", "a spokesman for the campaign". */
function nounPhrase(words: Word[], index: number): Word[] {
  const phrase: Word[] = []
  for (let at = index; at < words.length; at++) {
    const word = words[at]!
    if (word.quoted || /^[,.;:!?()—–]$/.test(word.text)) break
    const capital = /^\p{Lu}/u.test(word.text)
    if (!capital && (word.pos === 'VERB' || word.pos === 'AUX' || word.pos === 'SCONJ' || word.pos === 'CCONJ')) break
    if (word.pos === 'ADP' && !/^(?:of|for|at|with|in)$/.test(word.lower)) break
    phrase.push(word)
  }
  return phrase
}

/** Whether what was said follows the verb: a quotation, "that", a colon, or a clause of its own. */
function hasComplement(words: Word[], index: number, inverted: boolean, quoteBefore: boolean): boolean {
  if (quoteBefore) return true
  for (let at = index + 1; at < words.length; at++) {
    const word = words[at]!
    if (word.quoted || word.text === ':') return true
    if (word.text === ',' && words[at + 1]?.quoted) return true
    if (word.text === ';' || word.text === '.' || (word.text === ',' && at > index + 1 && !inverted)) return false
    if (at <= index + 3 && /^(?:that|whether|if|how|why|what|when|where|who)$/.test(word.lower)) return true
    const before = words[at - 1]!
    // A clause: a subject directly before its verb ("said the economy is rigged", "added Clinton lied").
    if ((word.pos === 'VERB' || word.pos === 'AUX') && at > index + 1 && (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON') && !/^(?:'s|’s)$/.test(before.lower)) return true
    if (at <= index + 2 && /^(?:for|on|to)$/.test(word.lower)) return true
    // "described the memoranda as follows", "listed the results as".
    if (at <= index + 4 && word.lower === 'as') return true
    // "reported 160 clashes", "announced 12 arrests": figures are what was said.
    if (at === index + 1 && word.pos === 'NUM') return true
    // "asked the network to donate", "told reporters to expect": a request or an order.
    if (at <= index + 5 && word.lower === 'to' && words[at + 1]?.pos === 'VERB') return true
  }
  return false
}

/** "..., X said on Tuesday.": a reporting verb with its subject after a comma, and nothing but adverbials after it. */
function trailing(words: Word[], index: number): boolean {
  if (words.slice(index + 1).some((word) => word.quoted)) return false
  const rest = words.slice(index + 1)
  if (rest.some((word) => word.pos === 'VERB' || word.pos === 'AUX' || word.lower === 'that' || word.text === ':')) return false
  const comma = words.findLastIndex((word, at) => at < index && word.text === ',' && !word.quoted)
  return comma !== -1 && index - comma <= 10 && words.slice(comma + 1, index).every((word) => word.pos !== 'VERB')
}

/** Nothing but adverbials from `index` to the end of the clause. */
function endsClause(words: Word[], index: number): boolean {
  const next = words[index]
  return next === undefined || /^[.,;!]$/.test(next.text) || next.pos === 'ADP' || next.pos === 'ADV' || next.quoted
}

function hasObject(words: Word[], index: number): boolean {
  const next = words[index + 1]
  return next !== undefined && !/^[.;]$/.test(next.text)
}

/** The unnamed subject of a reporting verb in a relative clause: "which officials said", "leaders who say". */
function relativeSource(words: Word[], index: number): Cue | undefined {
  // "People who ask for one": a request defines who is meant; it sources nothing.
  if (/^ask/.test(words[index]!.lower)) return undefined
  const relative = words.findLastIndex((word, at) => at < index && RELATIVE.test(word.lower))
  if (relative === -1 || index - relative > 5) return undefined
  const between = words.slice(relative + 1, index).filter((word) => word.pos !== 'AUX' && word.pos !== 'ADV')
  let subject = between
  if (between.length === 0) {
    // "business leaders who say": the noun phrase the relative clause describes.
    let start = relative
    while (start > 0 && /^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(words[start - 1]!.pos)) start--
    subject = words.slice(start, relative)
  }
  const cue = subject.length > 0 ? classify(subject, false) : undefined
  return cue?.kind === 'vague' ? cue : undefined
}
