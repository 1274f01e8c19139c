import {
  ANONYMISING_MODIFIERS,
  FUNCTION_WORDS,
  PRONOUNS,
  REPORTING_PARTICIPLES,
  REPORTING_VERBS,
  ROLE_NOUNS,
  VAGUE_PHRASES,
  VAGUE_SOURCES
} from './lexicon.js'

/** What a sentence's own words say about who stands behind it. */
export type Cue =
  | {kind: 'named'; speaker: string; backward?: boolean}
  | {kind: 'pronoun'; phrase: string}
  | {kind: 'shortref'; phrase: string}
  | {kind: 'vague'; phrase: string}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
// Verbs are matched in lower case only, so "the United States" is not "X states".
const VERB = new RegExp(`(?<![\\w'’-])(?:${REPORTING_VERBS.map(escape).join('|')})(?![\\w'’-])`, 'g')
const PARTICIPLE = REPORTING_PARTICIPLES.map(escape).join('|')
const PASSIVE_BY = new RegExp(`\\b(?:was|were|is|are|has been|have been|had been)\\s+(?:\\w+\\s+){0,2}?(?:${PARTICIPLE})\\b[^.;]{0,160}?\\bby\\s+([^.;]{1,160})`, 'i')
const BACKWARD = new RegExp(`^(?:this|that|these|such|the same|it)\\b[^.;]{0,40}?\\b(?:was|were|has been|had been)\\s+(?:\\w+\\s+){0,2}?(?:${PARTICIPLE})\\b`, 'i')
const ACCORDING = /\b(?:according to|citing|in the words of|as reported by|as quoted by|quoting|per)\s+([^,;:.()]+?(?:\.[A-Z]\.)?)(?=[,;:.()]|$)/i
const INVERTED = new RegExp(`,\\s*(?:${['said', 'says', 'writes', 'wrote', 'reports', 'reported', 'added', 'noted', 'explained', 'told'].join('|')})\\s+((?:the\\s+)?[A-Z][^,.;]{0,120})`)
const VAGUE_SET = new Set(VAGUE_SOURCES)
const ANONYMISING = new Set(ANONYMISING_MODIFIERS)
const ROLE = new RegExp(`\\b(?:${ROLE_NOUNS.map(escape).join('|')})s?\\b`, 'i')
const FILLERS = new Set(
  'also further again previously earlier repeatedly then later recently publicly openly separately once had has have was were is are would could will did does do not never already in turn on monday tuesday wednesday thursday friday saturday sunday morning evening afternoon today yesterday later subsequently likewise too immediately'.split(' ')
)

/** Markdown stripped to the words a reader sees. */
export function plainText(markdown: string): string {
  // Each bracket pattern stops at the next bracket, so text full of unclosed brackets stays linear.
  return markdown
    .replace(/^\s*>\s?/gm, '')
    .replace(/\[[^[\]]*\]/g, (group) => (group.includes('@') ? '' : group))
    .replace(/\[\^[^[\]]+\]/g, '')
    .replace(/!?\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/\[([^[\]]*)\]\[[^[\]]*\]/g, '$1')
    .replace(/(\*\*|__|\*|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Beyond this, a "sentence" is a run-on paste, not prose: only its start is read for a speaker. */
const MAX_SENTENCE = 2_000
const MAX_VERBS = 12

export function findCue(text: string): Cue | undefined {
  const plain = text.length > MAX_SENTENCE ? text.slice(0, MAX_SENTENCE) : text
  const named = namedOrRelative(plain)
  if (named && named.kind !== 'vague') return named
  for (const pattern of VAGUE_PHRASES) {
    const match = pattern.exec(plain)
    if (match) return {kind: 'vague', phrase: match[0]}
  }
  return named
}

/** The earliest cue in the sentence wins: it is the main clause's, not a relative clause's. */
function namedOrRelative(plain: string): Cue | undefined {
  const found: {index: number; cue: Cue}[] = []
  const add = (index: number, cue: Cue | undefined) => cue && found.push({index, cue})
  const passive = PASSIVE_BY.exec(plain)
  if (passive) {
    const cue = classifySubject(passive[1]!.trim(), true)
    add(passive.index, cue?.kind === 'named' && BACKWARD.test(plain) ? {...cue, backward: true} : cue)
  }
  const according = ACCORDING.exec(plain)
  if (according) add(according.index, classifySubject(according[1]!.trim(), true))
  const inverted = INVERTED.exec(plain)
  if (inverted) {
    const cue = classifySubject(inverted[1]!.trim(), true)
    if (cue?.kind === 'named') add(inverted.index, cue)
  }
  let verbs = 0
  for (const match of plain.matchAll(VERB)) {
    add(match.index, subjectCue(subjectWindow(plain.slice(Math.max(0, match.index - 300), match.index))))
    if (++verbs >= MAX_VERBS) break
  }
  found.sort((a, b) => a.index - b.index)
  return (found.find(({cue}) => cue.kind !== 'vague') ?? found[0])?.cue
}

/** The words before a reporting verb that can be its subject, within the same clause. */
function subjectWindow(before: string): string {
  const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf(' that '), before.lastIndexOf('“'), before.lastIndexOf('"'), before.lastIndexOf(':'))
  const words = before.slice(clauseStart + 1).trim().split(' ')
  return words.slice(-14).join(' ')
}

/**
 * The subject is the nearest comma-separated part before the verb that says anything about a
 * speaker: ", the regional governor wrote" but also "the head of the delegation, Rustem Umerov, said".
 */
function subjectCue(window: string): Cue | undefined {
  const parts = window.split(/,\s*/).filter((part) => part.trim() !== '')
  for (let index = parts.length - 1; index >= 0; index--) {
    const cue = classifySubject(parts.slice(index).join(', '), false)
    if (cue) return cue
  }
  return undefined
}

/** Decides whether a phrase names a speaker, stands for an unnamed one, or points back. */
function classifySubject(phrase: string, introduced: boolean): Cue | undefined {
  const tokens = phrase.split(' ').filter(Boolean)
  while (tokens.length > 0 && FILLERS.has(bare(tokens.at(-1)!).toLowerCase())) tokens.pop()
  if (tokens.length === 0) return undefined
  const last = bare(tokens.at(-1)!).toLowerCase()
  if (!introduced && PRONOUNS.includes(last)) return {kind: 'pronoun', phrase: tokens.at(-1)!}
  const vagueAt = tokens.findIndex((token) => VAGUE_SET.has(bare(token).toLowerCase()))
  const nameRun = lastProperRun(tokens)
  // "officials in Kyiv", "a trader at a Moscow bank": a name after the unnamed source does not name it.
  if (vagueAt !== -1 && !vagueIsNamed(tokens, vagueAt) && !(nameRun && nameRun.end < vagueAt && !isSentenceStart(tokens, nameRun))) {
    return {kind: 'vague', phrase: tokens.join(' ')}
  }
  if (nameRun) return {kind: 'named', speaker: speakerName(tokens, nameRun)}
  const clause = lastSegment(tokens.join(' '))
  if (ROLE.test(clause)) {
    const words = clause.split(' ').map((token) => bare(token).toLowerCase())
    const generic = words.length <= 2 && ['the', 'this', 'that'].includes(words[0]!)
    return generic ? {kind: 'shortref', phrase: clause} : {kind: 'named', speaker: clause}
  }
  return undefined
}

function isSentenceStart(tokens: string[], run: {start: number; end: number}): boolean {
  return run.start === 0 && run.end === 1 && FUNCTION_WORDS.has(bare(tokens[0]!).toLowerCase())
}

/** The name in a run, preferring what follows the last comma: "the head of the delegation, Rustem Umerov". */
function speakerName(tokens: string[], run: {start: number; end: number}): string {
  const words = tokens.slice(run.start, run.end)
  const afterComma = words.findLastIndex((word, index) => index < words.length - 1 && /,$/.test(word))
  return words.slice(afterComma + 1).map(bare).join(' ')
}

/** The part of a subject after any leading adverbial ("At the same time, the press secretary"). */
function lastSegment(phrase: string): string {
  const segments = phrase.split(/,\s*/).filter((segment) => segment.trim() !== '')
  const withRole = segments.findLast((segment) => ROLE.test(segment)) ?? phrase
  return withRole.trim().replace(/^(?:as|and|but|so|while|whereas)\s+/i, '')
}

/** "the Izvestia source": a publication's source is that publication's report, not an anonymous one. */
function vagueIsNamed(tokens: string[], vagueAt: number): boolean {
  const modifiers = tokens.slice(Math.max(0, vagueAt - 3), vagueAt).map(bare)
  return modifiers.some((word) => /^\p{Lu}/u.test(word) && !ANONYMISING.has(word.toLowerCase().replace(/['’]s$/, '')) && !FUNCTION_WORDS.has(word.toLowerCase()))
}

/** The last run of capitalised words that are not function words: the likeliest name. */
function lastProperRun(tokens: string[]): {start: number; end: number} | undefined {
  let end = -1
  for (let index = tokens.length - 1; index >= 0; index--) {
    const word = bare(tokens[index]!)
    const proper = /^\p{Lu}/u.test(word) && !FUNCTION_WORDS.has(word.toLowerCase().replace(/['’]s$/, ''))
    if (proper && end === -1) end = index + 1
    if (!proper && end !== -1) return {start: index + 1, end}
  }
  if (end !== -1) return {start: 0, end}
  return undefined
}

function bare(token: string): string {
  return token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’.]+$/gu, '').replace(/\.$/, '')
}
