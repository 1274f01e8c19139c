import {shiftSpan, type Block, type Briefing, type Part, type Span} from '../model.js'
import {findCue, plainText, type Cue} from './cues.js'
import {ASSESSMENT_LABEL, FUNCTION_WORDS, SIGNPOSTS} from './lexicon.js'
import {quotedShare, scanQuotes} from './quotes.js'

export type Attribution = 'cited' | 'attributed' | 'inherited' | 'vague' | 'unsourced' | 'none'

/** How an inherited attribution reached a unit. */
export interface Inheritance {
  by: 'list' | 'quote' | 'paragraphs' | 'pronoun' | 'quotation' | 'label' | 'credit'
  /** The unit that named the speaker or introduced the list. */
  from: Span
  /** That unit is sourced by its citation alone, with no reporting clause: what inherits is sourced, but nobody's words. */
  citationOnly?: true
}

export interface ClaimUnit {
  span: Span
  text: string
  /** A parenthetical inside a sentence, judged on its own. */
  aside: boolean
  claim: boolean
  attribution: Attribution
  speaker?: string
  inheritance?: Inheritance
  /** The words that make an attribution vague, or a pronoun with nobody to point to. */
  cue?: string
  /** Why a unit is not a claim. */
  reason?: 'heading' | 'question' | 'signpost' | 'assessment' | 'fragment' | 'footnote'
  /** Most of the unit is inside quotation marks. */
  quotation?: boolean
}

export interface ClaimAnalysis {
  units: ClaimUnit[]
  counts: {claims: number; unsourced: number; vague: number}
  /**
   * Somebody's words rather than the briefing's, sorted: every stretch inside quotation marks, and the
   * sentences a speaker introduced (a list after "Medinsky stated the following:", a transcript turn,
   * a quotation's later sentences). Style rules leave them alone.
   */
  speech: Span[]
}

const cache = new WeakMap<Briefing, ClaimAnalysis>()

/** Claims and their attribution for every sentence and aside; computed once per model. */
export function analyseClaims(briefing: Briefing): ClaimAnalysis {
  let analysis = cache.get(briefing)
  if (!analysis) {
    analysis = analyse(briefing)
    cache.set(briefing, analysis)
  }
  return analysis
}

interface Draft extends ClaimUnit {
  block: Block
  blockIndex: number
  cueInfo: Cue | undefined
  /** The text without markup and without its asides. */
  plain: string
  cited: boolean
  /** Share of the sentence's words inside quotation marks. */
  quoted: number
  /** Whether a quotation is open where the sentence starts, and where it ends (within its block). */
  quoteBefore: boolean
  quoteAfter: boolean
  /** The sentence starts with an opening quotation mark: a quoted paragraph, or the next of a multi-paragraph quotation. */
  opensWithQuote: boolean
  /** A name the sentence starts with ("Fidan welcomed..."): whom "he" may point back to. */
  leadName: string | undefined
  /** The stretches inside quotation marks, in the sentence's own text, offsets into the part. */
  quotes: Span[]
}

/** What a part's sentences are on their own, before attribution flows between them; reused while the part is unchanged. */
const partDrafts = new WeakMap<Part, Draft[]>()

function draftsOf(part: Part): Draft[] {
  let drafts = partDrafts.get(part)
  if (!drafts) partDrafts.set(part, (drafts = buildUnits(part)))
  return drafts
}

/**
 * Attribution flows from sentence to sentence, but what reaches the next part is a small context (the
 * last speaker, a list introduction waiting for its list, the names seen in the section). A run of
 * parts after which no quotation is open and nothing can reach back into it is a *segment*: its
 * units depend only on its parts and the context it starts with, so they are kept, under its first
 * part, and reused while both are the same (moved when text before it grew or shrank).
 */
interface Segment {
  parts: Part[]
  /** Where each part's first block's list starts, from the part's start: a long list is joined across parts. */
  listStarts: (number | undefined)[]
  /** Where it is now: its units' offsets and block indices count from here. */
  start: number
  blockBase: number
  /** The context it started with, and the one it ended with, as `signature` writes them. */
  before: string
  afterSignature: string
  /** The context it ended with, and where the segment was when it was resolved (the context's offsets count from there). */
  after: Context
  resolvedAt: {start: number; blockBase: number}
  units: ClaimUnit[]
  speech: Span[]
  counts: ClaimAnalysis['counts']
}

const segments = new WeakMap<Part, Segment>()

/** The context reaching a part: the live one of a scan, or the one a reused segment ended with, moved to its place only when needed. */
type Incoming = {signature: string; context: Context} | {signature: string; after: Segment}

function analyse(briefing: Briefing): ClaimAnalysis {
  const analysis: ClaimAnalysis = {units: [], speech: [], counts: {claims: 0, unsourced: 0, vague: 0}}
  const initial: Context = {seen: 0}
  let incoming: Incoming = {signature: signature(initial, 0, 0), context: initial}
  for (let index = 0; index < briefing.parts.length; ) {
    let segment = reuseSegment(briefing, index, incoming.signature)
    if (segment) incoming = {signature: segment.afterSignature, after: segment}
    else {
      const scan: {context: Context} = {context: 'context' in incoming ? incoming.context : placedContext(incoming.after, briefing.blocks)}
      segment = resolveSegment(briefing, index, scan, incoming.signature)
      incoming = {signature: segment.afterSignature, context: scan.context}
    }
    for (const unit of segment.units) analysis.units.push(unit)
    for (const span of segment.speech) analysis.speech.push(span)
    analysis.counts.claims += segment.counts.claims
    analysis.counts.unsourced += segment.counts.unsourced
    analysis.counts.vague += segment.counts.vague
    index += segment.parts.length
  }
  return analysis
}

/** Resolves parts from `first` on until a segment ends: after a part with no quotation open, unless the next part reaches back. */
function resolveSegment(briefing: Briefing, first: number, scan: {context: Context}, before: string): Segment {
  const {start, blockBase} = briefing.parts[first]!
  const drafts: Draft[] = []
  let last = first
  let clean = false
  for (; last < briefing.parts.length; last++) {
    const placed = briefing.parts[last]!
    const from = drafts.length
    for (const draft of draftsOf(placed.part)) {
      const blockIndex = draft.blockIndex + placed.blockBase
      const moved = makeDraft(draft, shiftSpan(draft.span, placed.start), briefing.blocks[blockIndex]!, blockIndex)
      if (moved.quotes.length > 0) moved.quotes = moved.quotes.map((quote) => shiftSpan(quote, placed.start))
      drafts.push(moved)
    }
    resolveAttribution(scan, drafts, from)
    clean = !scan.context.quotation && !lastUnspoken.get(scan.context)?.length
    const next = briefing.parts[last + 1]
    if (clean && !(next && reachesBack(next.part))) break
  }
  if (last === briefing.parts.length) last--
  closeQuotation(scan.context, drafts)
  const end = briefing.parts[last]!
  const units = drafts.map(toUnit)
  const claims = units.filter((unit) => unit.claim)
  const segment: Segment = {
    parts: briefing.parts.slice(first, last + 1).map((placed) => placed.part),
    listStarts: [],
    start,
    blockBase,
    before,
    afterSignature: signature(scan.context, end.start + end.part.text.length, end.blockBase + end.part.blocks.length),
    after: {...scan.context, ...copyNames(scan.context)},
    resolvedAt: {start, blockBase},
    units,
    speech: reportedSpeech(drafts),
    counts: {claims: claims.length, unsourced: claims.filter((unit) => unit.attribution === 'unsourced').length, vague: claims.filter((unit) => unit.attribution === 'vague').length}
  }
  for (let index = first; index <= last; index++) segment.listStarts.push(listStart(briefing, index))
  // A segment cut short by the end of the document closed its quotation there; with more text after it, it would not have.
  if (clean) segments.set(segment.parts[0]!, segment)
  return segment
}

/** The segment kept under the part at `first`, if its parts and starting context are the same, moved to where it is now. */
function reuseSegment(briefing: Briefing, first: number, before: string): Segment | undefined {
  const {start, blockBase, part} = briefing.parts[first]!
  const kept = segments.get(part)
  if (!kept || kept.before !== before || first + kept.parts.length > briefing.parts.length) return undefined
  for (let offset = 0; offset < kept.parts.length; offset++) {
    if (briefing.parts[first + offset]!.part !== kept.parts[offset] || listStart(briefing, first + offset) !== kept.listStarts[offset]) return undefined
  }
  const next = briefing.parts[first + kept.parts.length]
  if (next && reachesBack(next.part)) return undefined
  if (start === kept.start && blockBase === kept.blockBase) return kept
  const by = start - kept.start
  const segment: Segment = {
    ...kept,
    start,
    blockBase,
    units: by === 0 ? kept.units : kept.units.map((unit) => moveUnit(unit, by)),
    speech: by === 0 ? kept.speech : kept.speech.map((span) => shiftSpan(span, by))
  }
  segments.set(part, segment)
  return segment
}

/** A part whose first sentence is a reporting clause for the sentence before it ("..., he said."). */
function reachesBack(part: Part): boolean {
  return draftsOf(part)[0]?.cueInfo?.how === 'backward'
}

function listStart(briefing: Briefing, index: number): number | undefined {
  const {start, blockBase} = briefing.parts[index]!
  const list = briefing.blocks[blockBase]?.list
  return list && list.start - start
}

/**
 * What of a context the next sentences read, with offsets and block indices counted from where they
 * start, and sentence counts from the context's own: two contexts with the same signature resolve
 * what follows the same way.
 */
function signature(context: Context, start: number, blockBase: number): string {
  const speaker = (who: Speaker | undefined) => who && [who.name, who.span.start - start, who.span.end - start, who.vague, who.citationOnly === true]
  const counted = (who: Speaker | undefined) => who && [...speaker(who)!, context.seen - (who.at ?? 0)]
  const {pending, scope, previous} = context
  return JSON.stringify([
    counted(context.antecedent),
    context.unnamed && [counted(context.unnamed), context.unnamed.plural],
    pending && [speaker(pending.speaker), pending.blockIndex - blockBase, pending.block.list && pending.block.list.start - start, pending.block.quote && pending.block.quote.start - start, pending.following, pending.colon],
    scope && [scope.kind, scope.container && scope.container.start - start, speaker(scope.speaker)],
    previous && [previous.draft.quoteAfter, previous.draft.blockIndex - blockBase, speaker(previous.speaker)],
    context.names && [...context.names],
    context.fullNames && [...context.fullNames]
  ])
}

function moveUnit(unit: ClaimUnit, by: number): ClaimUnit {
  return unitAt(unit, by, unit.quotation === true)
}

/**
 * The context a kept segment ended with, moved from where the segment was resolved to where it is now.
 * Sentence counts are only ever compared with each other, so they stay as they were.
 */
function placedContext(segment: Segment, blocks: Block[]): Context {
  const by = segment.start - segment.resolvedAt.start
  const byBlocks = segment.blockBase - segment.resolvedAt.blockBase
  const context = segment.after
  const speaker = <Who extends Speaker | undefined>(who: Who): Who => who && {...who, span: shiftSpan(who.span, by)}
  const placed: Context = {seen: context.seen, ...copyNames(context)}
  if (context.antecedent) placed.antecedent = speaker(context.antecedent)
  if (context.unnamed) placed.unnamed = speaker(context.unnamed)
  const {pending, scope, previous} = context
  if (pending) placed.pending = {...pending, speaker: speaker(pending.speaker), blockIndex: pending.blockIndex + byBlocks, block: blocks[pending.blockIndex + byBlocks]!}
  if (scope) placed.scope = {...scope, speaker: speaker(scope.speaker), ...(scope.container ? {container: shiftSpan(scope.container, by)} : {})}
  if (previous) {
    const blockIndex = previous.draft.blockIndex + byBlocks
    placed.previous = {draft: makeDraft(previous.draft, shiftSpan(previous.draft.span, by), blocks[blockIndex]!, blockIndex), speaker: speaker(previous.speaker)}
  }
  return placed
}

/** The sets of names grow as a scan goes on: a context that is kept has its own. */
function copyNames(context: Context): Pick<Context, 'names' | 'fullNames'> {
  return {...(context.names ? {names: new Set(context.names)} : {}), ...(context.fullNames ? {fullNames: new Set(context.fullNames)} : {})}
}

function toUnit(draft: Draft): ClaimUnit {
  return unitAt(draft, 0, draft.quoted >= 0.5)
}

// Built field by field, not spread: thousands are moved after each edit, and spreading objects of several shapes is slow.
function unitAt(from: ClaimUnit, by: number, quotation: boolean): ClaimUnit {
  const unit: ClaimUnit = {span: shiftSpan(from.span, by), text: from.text, aside: from.aside, claim: from.claim, attribution: from.attribution}
  if (from.speaker) unit.speaker = from.speaker
  if (from.inheritance) unit.inheritance = by === 0 ? from.inheritance : movedInheritance(from.inheritance, by)
  if (from.cue) unit.cue = from.cue
  if (from.reason) unit.reason = from.reason
  if (quotation) unit.quotation = true
  return unit
}

function movedInheritance(inheritance: Inheritance, by: number): Inheritance {
  const moved: Inheritance = {by: inheritance.by, from: shiftSpan(inheritance.from, by)}
  if (inheritance.citationOnly) moved.citationOnly = true
  return moved
}

const ASIDE = /(?<!\])\(([^()\n]{3,}?)\)/g
const ASIDE_CLAIM = /\d|\b(?:is|was|were|are|has|had|have|expired|ended|began|died|left|became|resigned|served|remained|holds|held|lost|won|took|killed|wounded|fell|rose)\b/i
const ASIDE_ATTRIBUTION = /^(?:according to|citing|per|source:|as reported|as quoted|via)\b/i
const LEAD_NAME = /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)(?:['’]s?)?\s+(?:\p{Ll}|,)/u
// A personal name inside a sentence: two or more capitalised words, or an honorific and a name.
const NAME = /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev)\.?\s+)?\b\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+)+|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.?\s+\p{Lu}[\p{Ll}'’-]+/gu

/** Whom "he" may point back to after this sentence: its subject if a name, else the last name in it. */
function antecedentIn(plain: string, names: Set<string>): string | undefined {
  const lead = LEAD_NAME.exec(plain)?.[1]
  // One capitalised word opening a sentence may be any word ("Prisoner exchanges will continue"): it is a name
  // when the text also writes it with a capital inside a sentence ("... Hakan Fidan ...").
  if (lead && !FUNCTION_WORDS.has(lead.split(' ')[0]!.toLowerCase()) && (lead.includes(' ') || names.has(lead))) return lead
  if (plain.length > 2_000) return undefined
  let last: string | undefined
  for (const match of plain.matchAll(NAME)) if (match.index > 0 && !FUNCTION_WORDS.has(match[0].split(/\s+/)[0]!.toLowerCase())) last = match[0]
  return last
}

function buildUnits(part: Part): Draft[] {
  const sources = [...part.citations.map((citation) => citation.groupSpan), ...part.footnoteReferences.map((note) => note.span), ...part.links].sort((a, b) => a.start - b.start)
  const assessed = new Set<number>()
  const drafts: Draft[] = []
  const names = new Set(part.text.length > 200_000 ? [] : part.text.match(/(?<=[\p{L}\p{N},;:] )\p{Lu}[\p{Ll}'’-]+/gu))
  let quoteOpen = false
  let previousBlock = -1
  for (const sentence of part.sentences) {
    const block = part.blocks[sentence.blockIndex]!
    if (sentence.blockIndex !== previousBlock) {
      quoteOpen = false
      // Once a block: a block of many sentences was copied for each of them.
      if (ASSESSMENT_LABEL.test(part.text.slice(block.span.start, block.span.end).replace(/^\s*>\s?/, ''))) assessed.add(sentence.blockIndex)
    }
    previousBlock = sentence.blockIndex
    const asides: Span[] = []
    let attributionAside = false
    // Brackets inside a quotation are the speaker's words, or an editor's gloss on them: not asides of the briefing's.
    const quotedRaw = sentence.text.includes('(') ? scanQuotes(sentence.text, quoteOpen).ranges : []
    for (const match of sentence.text.matchAll(ASIDE)) {
      if (quotedRaw.some((range) => match.index >= range.start && match.index < range.end)) continue
      const content = match[1]!.trim()
      if (ASIDE_ATTRIBUTION.test(content)) attributionAside = true
      else if (content.split(/\s+/).length >= 3 && ASIDE_CLAIM.test(content) && !/^\[?@/.test(content)) {
        asides.push({start: sentence.span.start + match.index, end: sentence.span.start + match.index + match[0].length})
      }
    }
    const withoutAsides = asides.reduceRight((text, aside) => text.slice(0, aside.start - sentence.span.start) + text.slice(aside.end - sentence.span.start), sentence.text)
    const plain = plainText(withoutAsides)
    const base = {block, blockIndex: sentence.blockIndex, aside: false, text: sentence.text, span: sentence.span}
    const citedHere = hasSourceIn(sources, sentence.span, asides)
    const onlyCitation = plain.replace(/[\p{P}\s]/gu, '') === '' && citedHere
    if (onlyCitation && drafts.length > 0 && drafts.at(-1)!.blockIndex === sentence.blockIndex) {
      // "... an hour. [@izvestia]": the citation belongs to the sentence before it.
      drafts.at(-1)!.cited = true
      continue
    }
    const quotes = scanQuotes(plain, quoteOpen)
    const quoteBefore = quoteOpen
    quoteOpen = quotes.open
    const cueInfo = findCue(plain, quotes.ranges) ?? (attributionAside ? {kind: 'named' as const, speaker: 'the source in brackets'} : undefined)
    let judged = judgeClaim(plain, block, assessed.has(sentence.blockIndex))
    // "Key figures from the talks:" labels what follows; a speaker's "X stated the following:" is kept.
    if (judged.claim && !cueInfo && /:\s*$/.test(plain) && plain.split(/\s+/).length <= 6) judged = {claim: false, reason: 'signpost'}
    drafts.push({
      span: sentence.span, text: sentence.text, aside: false, claim: judged.claim, attribution: 'none', speaker: undefined, inheritance: undefined,
      cue: undefined, reason: judged.reason, quotation: undefined, block, blockIndex: sentence.blockIndex, cueInfo, plain, cited: citedHere,
      quoted: quotedShare(plain, quotes.ranges), quoteBefore, quoteAfter: quotes.open, opensWithQuote: /^["“«„'‘`]/.test(plain) && !quoteBefore,
      leadName: cueInfo?.kind === 'named' ? undefined : antecedentIn(plain, names),
      quotes: scanQuotes(sentence.text, quoteBefore).ranges.map((range) => ({start: sentence.span.start + range.start, end: sentence.span.start + range.end}))
    })
    for (const aside of asides) {
      const text = part.text.slice(aside.start, aside.end)
      const asidePlain = plainText(text.slice(1, -1))
      drafts.push(makeDraft({
        ...base, span: aside, text, aside: true, claim: true, attribution: 'none', cueInfo: findCue(asidePlain), plain: asidePlain,
        cited: hasSourceIn(sources, aside, []), quoted: 0, quoteBefore: false, quoteAfter: false, opensWithQuote: false, leadName: undefined, quotes: []
      }))
    }
  }
  return drafts
}

/** Every field written out, in one order: drafts of one shape keep the passes over them fast. */
function makeDraft(draft: Draft, span = draft.span, block = draft.block, blockIndex = draft.blockIndex): Draft {
  return {
    span, text: draft.text, aside: draft.aside, claim: draft.claim, attribution: draft.attribution,
    speaker: draft.speaker, inheritance: draft.inheritance, cue: draft.cue, reason: draft.reason, quotation: draft.quotation,
    block, blockIndex, cueInfo: draft.cueInfo, plain: draft.plain, cited: draft.cited, quoted: draft.quoted,
    quoteBefore: draft.quoteBefore, quoteAfter: draft.quoteAfter, opensWithQuote: draft.opensWithQuote, leadName: draft.leadName,
    quotes: draft.quotes
  }
}

/** Speech inherited from whoever introduced it; a pronoun's sentence is the author's paraphrase. */
const SPOKEN = new Set<Inheritance['by']>(['list', 'quote', 'paragraphs', 'label', 'credit', 'quotation'])

function reportedSpeech(drafts: Draft[]): Span[] {
  const spans: Span[] = []
  for (const draft of drafts) {
    if (draft.attribution === 'inherited' && draft.inheritance && SPOKEN.has(draft.inheritance.by) && !draft.inheritance.citationOnly) spans.push(draft.span)
    else spans.push(...draft.quotes)
  }
  spans.sort((a, b) => a.start - b.start)
  // Merged, so that each offset has at most one span to look at.
  const merged: Span[] = []
  for (const span of spans) {
    const last = merged.at(-1)
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push({...span})
  }
  return merged
}

/** Whether an offset lies in somebody's words (`speech` from the claim analysis). */
export function inSpeech(speech: Span[], offset: number): boolean {
  let low = 0
  let high = speech.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (speech[middle]!.start <= offset) low = middle + 1
    else high = middle
  }
  return low > 0 && offset < speech[low - 1]!.end
}

function judgeClaim(plain: string, block: Block, assessed: boolean): Pick<ClaimUnit, 'claim' | 'reason'> {
  if (block.kind === 'heading') return {claim: false, reason: 'heading'}
  // A footnote describes a source; it is not a claim of its own.
  if (block.footnote) return {claim: false, reason: 'footnote'}
  if (assessed) return {claim: false, reason: 'assessment'}
  if (/\?["'”’)\]]*$/.test(plain)) return {claim: false, reason: 'question'}
  if (SIGNPOSTS.some((pattern) => pattern.test(plain))) return {claim: false, reason: 'signpost'}
  const words = plain.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length
  if (words < 3 || (block.kind === 'tableCell' && words < 6)) return {claim: false, reason: 'fragment'}
  return {claim: true}
}

/** Whether a citation, footnote or link lies inside `span` (and outside `excluded`); `sources` is sorted by start. */
function hasSourceIn(sources: Span[], span: Span, excluded: Span[]): boolean {
  let low = 0
  let high = sources.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sources[middle]!.start < span.start) low = middle + 1
    else high = middle
  }
  for (let index = low; index < sources.length && sources[index]!.start < span.end; index++) {
    const source = sources[index]!
    if (source.end <= span.end && !excluded.some((aside) => source.start >= aside.start && source.end <= aside.end)) return true
  }
  return false
}

interface Speaker {
  name: string
  span: Span
  vague: boolean
  /** A citation, not somebody speaking (see `Inheritance.citationOnly`). */
  citationOnly?: true
  /** When it was named, in sentences. */
  at?: number
}

interface Scope {
  kind: 'list' | 'quote' | 'paragraphs' | 'next' | 'label'
  container?: Span
  speaker: Speaker
}

/** A quotation running over one or more sentences and paragraphs, and who speaks it once known. */
interface Quotation {
  speaker?: Speaker
  by: Inheritance['by']
  /** Sentences of the quotation still waiting for a speaker named later ("“A. B,” he said."). */
  waiting: number[]
  /** Sentences given the speaker carried over from before the quotation, which its own reporting clause overrides. */
  carried: number[]
  carriedSpeaker?: Speaker
  blockIndex: number
}

interface Context {
  /** Whom "he" or "she" points back to: the last named speaker or subject, until a heading. */
  antecedent?: Speaker
  /** The last unnamed source ("officials", "a senior diplomat"), and whether it is several people: whom "they" may mean. */
  unnamed?: Speaker & {plural: boolean}
  /** Sentences seen, to tell which of two candidates for a pronoun came last. */
  seen: number
  /** A sourced sentence whose block has not ended yet: what follows it may inherit from it. */
  pending?: {speaker: Speaker; blockIndex: number; block: Block; following: boolean; colon: boolean}
  /** A list, quote, run of paragraphs or transcript turn that carries an introducing sentence's attribution. */
  scope?: Scope
  quotation?: Quotation
  /** The last sentence that was not an aside, and who spoke it, if anyone. */
  previous?: {draft: Draft; speaker?: Speaker}
  /** Every word of the names seen so far in the section: "Matthews:" is a speaker after "Chris Matthews". */
  names?: Set<string>
  /** The names whose words are in `names`. */
  fullNames?: Set<string>
}

/** Attribution of `drafts` from `from` on, carrying `scan.context` on; a heading starts a new one. */
function resolveAttribution(scan: {context: Context}, drafts: Draft[], from: number): void {
  for (let index = from; index < drafts.length; index++) {
    const draft = drafts[index]!
    if (draft.block.kind === 'heading') {
      closeQuotation(scan.context, drafts)
      scan.context = {seen: scan.context.seen}
      continue
    }
    const context = scan.context
    if (draft.aside) {
      judgeAside(draft)
      continue
    }
    if (context.pending && draft.blockIndex !== context.pending.blockIndex) {
      // A second speaker inside a list item leaves the list's own introduction in force.
      context.scope = openScope(context.pending, draft.block) ?? context.scope
      context.pending = undefined
    }
    if (context.scope && !inScope(context.scope, draft.block)) context.scope = undefined
    followQuotation(context, draft, drafts)
    const own = ownAttribution(draft, context)
    if (own) {
      if (draft.cueInfo?.how === 'backward' && own.speaker) attributeBackward(drafts, index, own.speaker)
      if (draft.cueInfo?.how === 'credit' && own.speaker) credit(context, drafts, own.speaker)
      if ((draft.cueInfo?.how === 'label' || draft.cueInfo?.how === 'surname-label') && own.speaker) context.scope = {kind: 'label', speaker: own.speaker}
      speakQuotation(context, drafts, draft, own.speaker)
    } else if (context.quotation && draft.quoted >= 0.5) {
      const {speaker} = context.quotation
      if (speaker) {
        inherit(draft, speaker, context.quotation.by)
        if (speaker === context.quotation.carriedSpeaker) context.quotation.carried.push(index)
      }
      else context.quotation.waiting.push(index)
    } else {
      const inherited = context.scope
      if (inherited) inherit(draft, inherited.speaker, inherited.kind === 'next' ? 'paragraphs' : inherited.kind)
      else unsourced(draft)
    }
    if (!draft.claim && draft.attribution === 'unsourced') draft.attribution = 'none'
    updateContext(context, draft, index)
  }
}

/** What a sentence's own reporting clause or citation says; undefined when it has neither. */
function ownAttribution(draft: Draft, context: Context): {speaker?: Speaker} | undefined {
  const cue = draft.cueInfo
  if (draft.cited) {
    draft.attribution = 'cited'
    if (cue?.kind === 'named') draft.speaker = cue.speaker
    return {speaker: cue?.kind === 'named' ? {name: cue.speaker, span: draft.span, vague: false} : undefined}
  }
  if (!cue) return undefined
  if (cue.how === 'event') return undefined
  // "allegedly" inside a list or quotation a speaker introduced is the speaker's hedge.
  if (cue.how === 'hedge' && (context.scope || context.quotation?.speaker)) return undefined
  if (cue.how === 'surname-label' && cue.kind === 'named' && !context.names?.has(cue.speaker)) return undefined
  if (cue.kind === 'named') {
    draft.attribution = 'attributed'
    draft.speaker = cue.speaker
    return {speaker: {name: cue.speaker, span: draft.span, vague: false}}
  }
  if (cue.kind === 'vague') {
    draft.attribution = 'vague'
    draft.cue = cue.phrase
    return {speaker: {name: cue.phrase, span: draft.span, vague: true}}
  }
  if (cue.kind === 'shortref' && context.unnamed && context.unnamed.name.toLowerCase().includes(cue.phrase.split(/\s+/).at(-1)!.toLowerCase())) {
    // "a prominent RNC member said ... the RNC member added": still nobody named.
    draft.attribution = 'vague'
    draft.cue = cue.phrase
    return {speaker: context.unnamed}
  }
  if (cue.kind === 'shortref') {
    // "the judge", "the minister": the role names the speaker well enough.
    draft.attribution = 'attributed'
    draft.speaker = cue.phrase
    return {speaker: {name: cue.phrase, span: draft.span, vague: false}}
  }
  const antecedent = namedBefore(draft, cue.phrase, context) ?? resolvePronoun(cue.phrase, context)
  if (antecedent) {
    if (antecedent.vague) {
      draft.attribution = 'vague'
      draft.cue = antecedent.name
    } else {
      draft.attribution = 'inherited'
      draft.speaker = antecedent.name
      draft.inheritance = {by: 'pronoun', from: antecedent.span}
    }
    return {speaker: antecedent}
  }
  // A pronoun with nobody before it to point to.
  draft.attribution = draft.claim ? 'unsourced' : 'none'
  if (draft.claim) draft.cue = cue.phrase
  return {}
}

/** "Although Weiner admitted ..., he claimed": a person the sentence itself names before its "he" or "she". */
function namedBefore(draft: Draft, pronoun: string, context: Context): Speaker | undefined {
  if (!/^(?:he|she)$/i.test(pronoun) || !context.names) return undefined
  const plain = draft.plain
  const at = plain.search(/\b(?:he|she)\b/i)
  // Capitalised words after a space that follows a word; the space is matched from its start only, so long runs of spaces stay linear.
  const before = at > 0 ? Array.from(plain.slice(0, at).matchAll(/(?<=\S)\s+(\p{Lu}[\p{Ll}'’-]+)/gu), (match) => match[1]!) : null
  const name = before?.findLast((word) => context.names!.has(word) && !FUNCTION_WORDS.has(word.toLowerCase()))
  return name ? {name, span: draft.span, vague: false} : undefined
}

/**
 * "He" and "she" mean the last named person unless an unnamed single source came later ("a senior
 * official said ... He added"); "they" means the last unnamed group if it came within a few sentences.
 */
function resolvePronoun(pronoun: string, context: Context): Speaker | undefined {
  const {antecedent, unnamed} = context
  if (!unnamed) return antecedent
  const later = !antecedent || (unnamed.at ?? 0) > (antecedent.at ?? 0)
  if (/^(?:they|them)$/i.test(pronoun)) return unnamed.plural && context.seen - (unnamed.at ?? 0) <= 3 ? unnamed : (antecedent ?? unnamed)
  if (/^(?:he|she|him|her)$/i.test(pronoun)) return !unnamed.plural && later ? unnamed : antecedent
  return later ? unnamed : antecedent
}

function judgeAside(draft: Draft): void {
  const cue = draft.cueInfo
  if (draft.cited) draft.attribution = 'cited'
  else if (cue?.kind === 'named') Object.assign(draft, {attribution: 'attributed', speaker: cue.speaker})
  else if (cue?.kind === 'vague') Object.assign(draft, {attribution: 'vague', cue: cue.phrase})
  else draft.attribution = 'unsourced'
}

function inherit(draft: Draft, speaker: Speaker, by: Inheritance['by']): void {
  if (speaker.vague) {
    draft.attribution = 'vague'
    draft.cue = speaker.name
    return
  }
  draft.attribution = 'inherited'
  draft.speaker = speaker.name
  draft.inheritance = {by, from: speaker.span}
  if (speaker.citationOnly) draft.inheritance.citationOnly = true
}

function unsourced(draft: Draft): void {
  draft.attribution = draft.claim ? 'unsourced' : 'none'
}

/**
 * Keeps track of the quotation a sentence belongs to. A quotation goes on while its marks are open
 * within a paragraph, and into the next paragraph when that opens with a quotation mark (the
 * convention for quotations over several paragraphs). A quotation that starts a new stretch of text
 * takes its speaker from the sentence before it in the same paragraph ("“A,” X said. “B.”"), from the
 * speaker of the paragraph before it, or, failing both, from a reporting clause later in it.
 */
function followQuotation(context: Context, draft: Draft, drafts: Draft[]): void {
  const quotation = context.quotation
  const continues = quotation && (draft.quoteBefore || (draft.blockIndex !== quotation.blockIndex && draft.opensWithQuote && context.previous?.draft.quoteAfter))
  if (quotation && continues) {
    quotation.blockIndex = draft.blockIndex
    return
  }
  closeQuotation(context, drafts)
  if (draft.quoted < 0.5 && !draft.quoteAfter) return
  const previous = context.previous
  const sameParagraph = previous !== undefined && previous.draft.blockIndex === draft.blockIndex
  // After "X said:" the quotation is X's; a paragraph that opens with a quotation right after a speaker's sentence continues that speaker.
  const carried = sameParagraph ? previous.speaker : (context.scope?.speaker ?? (draft.opensWithQuote ? previous?.speaker : undefined))
  context.quotation = {speaker: carried, by: 'quotation', waiting: [], carried: [], carriedSpeaker: carried, blockIndex: draft.blockIndex}
}

/** A reporting clause inside or right after a quotation names its speaker, for its sentences so far too. */
function speakQuotation(context: Context, drafts: Draft[], draft: Draft, speaker: Speaker | undefined): void {
  const quotation = context.quotation
  if (!quotation || !speaker) return
  // The quotation's own "she said" outranks the speaker guessed from the paragraph before it.
  const guessed = quotation.speaker !== undefined && quotation.speaker === quotation.carriedSpeaker
  for (const waiting of [...quotation.waiting, ...(guessed ? quotation.carried : [])]) inherit(drafts[waiting]!, {...speaker, span: draft.span}, 'quotation')
  quotation.waiting = []
  quotation.carried = []
  if (guessed || !quotation.speaker) quotation.speaker = {...speaker, span: draft.span}
}

function closeQuotation(context: Context, drafts: Draft[]): void {
  const quotation = context.quotation
  if (!quotation) return
  for (const waiting of quotation.waiting) unsourced(drafts[waiting]!)
  context.quotation = undefined
  // Kept for a credit line that may follow ("— Name, title").
  if (quotation.waiting.length > 0) context.previous = context.previous && {...context.previous, speaker: undefined}
  lastUnspoken.set(context, quotation.waiting)
}

const lastUnspoken = new WeakMap<Context, number[]>()

/** "— Name, title" under a quotation names whoever spoke it. */
function credit(context: Context, drafts: Draft[], speaker: Speaker): void {
  const waiting = context.quotation?.waiting.length ? context.quotation.waiting : (lastUnspoken.get(context) ?? [])
  for (const index of waiting) inherit(drafts[index]!, speaker, 'credit')
  if (context.quotation) context.quotation.waiting = []
  lastUnspoken.delete(context)
}

/** Whether a cue is a reporting clause: somebody says, writes or is credited, not a hedge or an event. */
function reports(cue: Cue | undefined): boolean {
  return cue !== undefined && cue.how !== 'hedge' && cue.how !== 'event'
}

/** What the blocks after a sourced sentence inherit, judged by the first block that follows it. */
function openScope(pending: NonNullable<Context['pending']>, next: Block): Scope | undefined {
  const speaker = pending.speaker
  if (next.list && pending.block.list?.start !== next.list.start) return {speaker, kind: 'list', container: next.list}
  if (next.quote && pending.block.quote?.start !== next.quote.start) return {speaker, kind: 'quote', container: next.quote}
  if (pending.following) return {speaker, kind: 'paragraphs'}
  if (pending.colon) return {speaker, kind: 'next', container: next.span}
  return undefined
}

function inScope(scope: Scope, block: Block): boolean {
  if (scope.kind === 'paragraphs' || scope.kind === 'label') return true
  if (scope.kind === 'list') return block.list?.start === scope.container!.start
  if (scope.kind === 'quote') return block.quote?.start === scope.container!.start
  return block.span.start === scope.container!.start
}

function updateContext(context: Context, draft: Draft, index: number): void {
  const spoken = draft.attribution === 'attributed' || draft.attribution === 'inherited' || draft.attribution === 'cited' || draft.attribution === 'vague'
  const speaker: Speaker | undefined = spoken
    ? {name: draft.attribution === 'vague' ? (draft.cue ?? 'an unnamed source') : (draft.speaker ?? 'the cited source'), span: draft.inheritance?.from ?? draft.span, vague: draft.attribution === 'vague'}
    : undefined
  // "The delegation arrived on Monday [@tass]." sources the list after it; it does not make the list anybody's words.
  // "Full text of the statement [@mfa]:" introduces them all the same.
  if (speaker && (draft.attribution === 'cited' ? !reports(draft.cueInfo) && !INTRODUCES.test(draft.plain) && !ENDS_WITH_COLON.test(draft.plain) : draft.inheritance?.citationOnly)) speaker.citationOnly = true
  const waiting = context.quotation?.waiting.includes(index)
  // "Stone was speaking in an interview." vouches for no statement, but the quotation after it is his.
  const event = draft.cueInfo?.how === 'event' && draft.cueInfo.kind === 'named' ? {name: draft.cueInfo.speaker, span: draft.span, vague: false} : undefined
  context.previous = {draft, speaker: waiting ? undefined : (speaker ?? event)}
  context.seen++
  if (draft.leadName) context.antecedent = {name: draft.leadName, span: draft.span, vague: false, at: context.seen}
  addNames(context, draft.leadName)
  addNames(context, draft.speaker)
  addNames(context, event?.name)
  if (waiting) return
  if (draft.attribution === 'unsourced' || draft.reason === 'assessment') {
    // The author speaks again: lists and paragraphs introduced earlier end here; whom "he" means does not.
    context.pending = undefined
    if (context.scope?.kind !== 'label') context.scope = undefined
    return
  }
  const own = draft.attribution === 'cited' || draft.attribution === 'attributed' || draft.attribution === 'vague' || draft.inheritance?.by === 'pronoun'
  if (!own || !speaker) return
  if (draft.cueInfo && draft.cueInfo.kind !== 'pronoun') {
    if (speaker.vague) context.unnamed = {...speaker, at: context.seen, plural: /s\b|^(?:some|many|most|others|several|few|people)\b/i.test(speaker.name.split(/(?<!\s)\s+(?:of|in|at|from|with|familiar|close)\s/)[0]!)}
    else context.antecedent = {...speaker, at: context.seen}
  }
  // A new speaker inside a run of inherited paragraphs takes over from the one who introduced them.
  if (context.scope?.kind === 'paragraphs') context.scope = undefined
  const plain = draft.plain
  context.pending = {speaker, blockIndex: draft.blockIndex, block: draft.block, following: INTRODUCES.test(plain), colon: ENDS_WITH_COLON.test(plain)}
}

const INTRODUCES = /\bthe following\b|\bas follows\b/i
const ENDS_WITH_COLON = /:\s*["“]?$/

/** Each word of a name, once per name: the same speakers come up sentence after sentence. */
function addNames(context: Context, name: string | undefined): void {
  if (!name || context.fullNames?.has(name)) return
  ;(context.fullNames ??= new Set()).add(name)
  for (const word of name.split(/\s+/)) (context.names ??= new Set()).add(word)
}

function attributeBackward(drafts: Draft[], index: number, speaker: Speaker): void {
  let before = index - 1
  while (before >= 0 && drafts[before]!.aside) before--
  const previous = drafts[before]
  if (previous && previous.claim && previous.attribution !== 'cited' && previous.attribution !== 'attributed') {
    previous.attribution = 'attributed'
    previous.speaker = speaker.name
    delete previous.cue
    delete previous.inheritance
  }
}
