import type {Span} from '../model.js'
import {findClause} from './clauses.js'
import {ANONYMITY, VAGUE_HEDGES, VAGUE_PHRASES, VAGUE_SOURCES, VERB_FORMS} from './lexicon.js'

/** What a sentence's own words say about who stands behind it. */
export type Cue =
  | {kind: 'named'; speaker: string; how?: How}
  | {kind: 'pronoun'; phrase: string; how?: How}
  | {kind: 'shortref'; phrase: string; how?: How}
  | {kind: 'vague'; phrase: string; how?: How}

/**
 * How the cue was expressed, where it matters after the sentence: `backward` ("This was stated by X")
 * attributes the sentence before; `label` ("SECRETARY CLINTON:") is a transcript's speaker for what
 * follows; `credit` ("— Name, title") names the speaker of the quotation before it.
 */
export type How = 'backward' | 'label' | 'surname-label' | 'credit' | 'hedge' | 'event'

/** Markdown stripped to the words a reader sees. */
export function plainText(markdown: string): string {
  // Each bracket pattern stops at the next bracket, so text full of unclosed brackets stays linear.
  return markdown
    .replace(/^[ \t]*>[ \t]?/gm, '')
    .replace(/\[[^[\]]*\]/g, (group) => (group.includes('@') ? '' : group))
    .replace(/\[\^[^[\]]+\]/g, '')
    .replace(/!?\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/\[([^[\]]*)\]\[[^[\]]*\]/g, '$1')
    .replace(/(\*\*|__|\*|`(?!`))/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Beyond this, a "sentence" is a run-on paste, not prose: only its start is read for a speaker. */
const MAX_SENTENCE = 2_000

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'these', 'those'])

const WORD = /\p{L}[\p{L}'’-]*/gu

const ISSUED = /\b(?:issu|releas|sen[dt]|put|publish|pen|post|circulat|distribut|air|run|ran|writ|wrote)\w*\s+(?:\S+\s+){0,3}?(?:statement|letter|memo|release|op-ed|column|communiqu|readout|tweet|note|declaration|response|rebuttal|ad|ads|advertisement|video|essay|editorial|message|e-?mail)/i

/**
 * Whether a sentence's frame may hold a reporting clause, decided word by word before paying for the
 * tagger: a reporting word that is not a noun after an article ("the talks"), beliefs only after an
 * unnamed subject ("experts believe"), "continued" only with what was said, "by" only after a
 * participle ("was announced by").
 */
function mayReport(frame: string, plain: string): number {
  if (ISSUED.test(frame)) return frame.length
  let last = 0
  let previous = ''
  let previousEnd = -2
  let unnamed = false
  for (const match of frame.matchAll(WORD)) {
    const word = match[0].toLowerCase()
    // Blanked quotations leave a gap: a word after one is not right after the word before it.
    const adjacent = match.index === previousEnd + 1
    const before = adjacent ? previous : ''
    previous = word
    previousEnd = match.index + word.length
    if (VAGUE_SOURCES.has(word)) unnamed = true
    if (word === 'according' || word === 'citing' || word === 'quoting' || (word === 'of' && before === 'words')) {
      last = previousEnd
      continue
    }
    if (word === 'by') {
      // ("as set out by", "as laid out by")
      if (/(?:ed|en|wn|ld|id)$/.test(before) || before === 'out') last = previousEnd
      continue
    }
    const kind = VERB_FORMS.get(word)
    if (!kind || DETERMINERS.has(before)) continue
    if (kind === 'cognition' && !unnamed) continue
    if (/^continu/.test(word) && !/["“”:]|\bthat\b/.test(plain)) continue
    last = previousEnd
  }
  return last
}

// A transcript's speaker: "SECRETARY CLINTON:", "Chris Matthews:", "Matthews:".
// "Rep. Trey Gowdy (R-S.C.):" is a label too.
const LABEL = /^((?:[A-Z][A-Z.'’-]+\s+){0,3}[A-Z][A-Z'’-]+|(?:\p{Lu}[\p{Ll}.'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+)(?:\s*\([\p{Lu}.-]{1,12}\))?\s*:(?:\s+(\S)|\s*$)/u

const NOT_SPEAKERS = new Set([
  'note', 'notes', 'update', 'updated', 'background', 'assessment', 'summary', 'context', 'analysis', 'source', 'sources', 'correction',
  'editor', 'disclaimer', 'warning', 'answer', 'question', 'bottom line', 'key points', 'key', 'result', 'results', 'outcome', 'verdict',
  'why', 'what', 'how', 'when', 'where', 'who', 'status', 'timeline', 'details', 'detail', 'breaking', 'exclusive', 'opinion',
  'comment', 'fact', 'facts', 'quote', 'quotes', 'photo', 'video', 'read', 'watch', 'see', 'also', 'related', 'date', 'location',
  'topic', 'subject', 'agenda', 'participants', 'attendees', 'next steps', 'risks', 'risk', 'scenario', 'recommendation', 'caveat'
])

const POLL_FIGURES = /\d\s?(?:%|percent\b|per cent\b)|\b\d+ in (?:10|ten)\b|\bby a (?:slim |wide |narrow |large )?margin\b|\b\d+\s?(?:-|–|to)\s?\d+ percent/i

const CREDIT = /^\s*[—–―]+\s*((?:\p{Lu}[\p{L}.'’-]*\s*){1,4})/u

/** Cues of recent sentences, by their text and quotations. */
const recent = new Map<string, Cue | undefined>()
/** About the sentences of 100 KB of text: an edit re-reads its part, whose other sentences are then found here. */
const RECENT = 2_000

/**
 * The reporting clause of a sentence, read from the words outside its quotations (`quoted`, offsets
 * into `text`): who says it, whether that is a name, a pronoun, a role or an anonymous source.
 * Kept for recent sentences: typing changes one sentence of a part, and the tagger is the costly step
 * for the others. Cues are never changed after they are made, so they can be shared.
 */
export function findCue(text: string, quoted: Span[] = []): Cue | undefined {
  // Only the first MAX_SENTENCE characters are read, and so kept: typing in a long sentence keeps no copies of it.
  const plain = text.length > MAX_SENTENCE ? text.slice(0, MAX_SENTENCE) : text
  const key = `${quoted.map((range) => `${range.start}-${range.end}`).join(',')}\u0000${plain}`
  if (recent.has(key)) return recent.get(key)
  if (recent.size >= RECENT) recent.clear()
  const cue = readCue(plain, quoted)
  recent.set(key, cue)
  return cue
}

function readCue(plain: string, quoted: Span[]): Cue | undefined {
  const frame = blank(plain, quoted)
  // An interview's turns: "Q: ...", "A: ...".
  const turn = /^([QA])\s*:\s+\S/.exec(frame)
  if (turn) return {kind: 'named', speaker: turn[1] === 'Q' ? 'the interviewer' : 'the interviewee', how: 'label'}
  const label = LABEL.exec(frame)
  // (Nothing but a quotation after the colon reads as blank.)
  if (label && (label[2] !== undefined || quoted.length > 0) && !quoted.some((range) => range.start === 0) && !NOT_SPEAKERS.has(label[1]!.toLowerCase())) {
    const speaker = label[1] === label[1]!.toUpperCase() ? titleCase(label[1]!) : label[1]!
    // One capitalised word is a speaker only when the briefing named that person before: "Matthews:" after "Chris Matthews".
    return {kind: 'named', speaker, how: label[1]!.includes(' ') || label[1] === label[1]!.toUpperCase() ? 'label' : 'surname-label'}
  }
  const credit = CREDIT.exec(frame)
  if (credit) return {kind: 'named', speaker: credit[1]!.trim(), how: 'credit'}
  // "speaking on condition of anonymity": whoever else the sentence names, its source asked not to be.
  const anonymity = ANONYMITY.exec(frame)
  if (anonymity) return {kind: 'vague', phrase: anonymity[0]}
  // The tagger reads up to a little past the last reporting word: what follows the clause's complement does not change it.
  const reach = /:\s*["“'‘`«„]/.test(plain) ? plain.length : mayReport(frame, plain)
  const clause = reach > 0 ? findClause(plain, quoted, reach) : undefined
  // "Republican primary voters said, 52 percent to 41": the figures say it is a poll, not a crowd.
  if (clause?.kind === 'vague' && POLL_FIGURES.test(frame)) return {kind: 'named', speaker: 'a poll'}
  if (clause && clause.kind !== 'vague') return clause
  for (const pattern of VAGUE_PHRASES) {
    const match = pattern.exec(frame)
    if (match) return {kind: 'vague', phrase: match[0]}
  }
  const hedge = VAGUE_HEDGES.exec(frame)
  return clause ?? (hedge ? {kind: 'vague', phrase: hedge[0], how: 'hedge'} : undefined)
}

/** The text with its quotations replaced by spaces, so patterns see only the reporting frame. */
function blank(text: string, ranges: Span[]): string {
  let result = ''
  let from = 0
  for (const range of ranges) {
    result += text.slice(from, range.start) + ' '.repeat(range.end - range.start)
    from = range.end
  }
  return result + text.slice(from)
}

function titleCase(label: string): string {
  return label.toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (letter) => letter.toUpperCase()).replace(/(?<=\s)(?:Of|The|And|For|In|On|At|To)(?=\s)/g, (word) => word.toLowerCase())
}
