import type {Block, Briefing, Part, Span} from '../model.js'
import {findCue, plainText, type Cue} from './cues.js'
import {ASSESSMENT_LABEL, SIGNPOSTS} from './lexicon.js'

export type Attribution = 'cited' | 'attributed' | 'inherited' | 'vague' | 'unsourced' | 'none'

/** How an inherited attribution reached a unit. */
export interface Inheritance {
  by: 'list' | 'quote' | 'paragraphs' | 'pronoun' | 'quotation'
  /** The unit that named the speaker or introduced the list. */
  from: Span
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
}

export interface ClaimAnalysis {
  units: ClaimUnit[]
  counts: {claims: number; unsourced: number; vague: number}
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
  opensQuotation: boolean
  closesQuotation: boolean
}

/** What a part's sentences are on their own, before attribution flows between them; reused while the part is unchanged. */
const partDrafts = new WeakMap<Part, Draft[]>()

function analyse(briefing: Briefing): ClaimAnalysis {
  const drafts: Draft[] = []
  for (const {start, part, blockBase} of briefing.parts) {
    let local = partDrafts.get(part)
    if (!local) partDrafts.set(part, (local = buildUnits(part)))
    for (const draft of local) {
      const blockIndex = draft.blockIndex + blockBase
      drafts.push(makeDraft(draft, {start: draft.span.start + start, end: draft.span.end + start}, briefing.blocks[blockIndex]!, blockIndex))
    }
  }
  resolveAttribution(drafts)
  const units = drafts.map((draft) => {
    const unit: ClaimUnit = {span: draft.span, text: draft.text, aside: draft.aside, claim: draft.claim, attribution: draft.attribution}
    if (draft.speaker) unit.speaker = draft.speaker
    if (draft.inheritance) unit.inheritance = draft.inheritance
    if (draft.cue) unit.cue = draft.cue
    if (draft.reason) unit.reason = draft.reason
    return unit
  })
  const claims = units.filter((unit) => unit.claim)
  return {
    units,
    counts: {
      claims: claims.length,
      unsourced: claims.filter((unit) => unit.attribution === 'unsourced').length,
      vague: claims.filter((unit) => unit.attribution === 'vague').length
    }
  }
}

const ASIDE = /(?<!\])\(([^()\n]{3,}?)\)/g
const ASIDE_CLAIM = /\d|\b(?:is|was|were|are|has|had|have|expired|ended|began|died|left|became|resigned|served|remained|holds|held|lost|won|took|killed|wounded|fell|rose)\b/i
const ASIDE_ATTRIBUTION = /^(?:according to|citing|per|source:|as reported|as quoted|via)\b/i

function buildUnits(part: Part): Draft[] {
  const sources = [...part.citations.map((citation) => citation.groupSpan), ...part.footnoteReferences.map((note) => note.span), ...part.links].sort((a, b) => a.start - b.start)
  const assessed = new Set<number>()
  const drafts: Draft[] = []
  for (const sentence of part.sentences) {
    const block = part.blocks[sentence.blockIndex]!
    if (ASSESSMENT_LABEL.test(part.text.slice(block.span.start, block.span.end).replace(/^\s*>\s?/, ''))) assessed.add(sentence.blockIndex)
    const asides: Span[] = []
    let attributionAside = false
    for (const match of sentence.text.matchAll(ASIDE)) {
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
    const cueInfo = findCue(plain) ?? (attributionAside ? {kind: 'named' as const, speaker: 'the source in brackets'} : undefined)
    let judged = judgeClaim(plain, block, assessed.has(sentence.blockIndex))
    // "Key figures from the talks:" labels what follows; a speaker's "X stated the following:" is kept.
    if (judged.claim && !cueInfo && /:\s*$/.test(plain) && plain.split(/\s+/).length <= 6) judged = {claim: false, reason: 'signpost'}
    const balance = quoteBalance(plain)
    drafts.push(makeDraft({...base, ...judged, attribution: 'none', cueInfo, plain, cited: citedHere, opensQuotation: balance > 0, closesQuotation: balance < 0}))
    for (const aside of asides) {
      const text = part.text.slice(aside.start, aside.end)
      const asidePlain = plainText(text.slice(1, -1))
      drafts.push(makeDraft({
        ...base, span: aside, text, aside: true, claim: true, attribution: 'none',
        cueInfo: findCue(asidePlain), plain: asidePlain, cited: hasSourceIn(sources, aside, []), opensQuotation: false, closesQuotation: false
      }))
    }
  }
  return drafts
}

/** Every field written out, in one order: drafts of one shape keep the passes over them fast. */
function makeDraft(draft: Draft, span = draft.span, block = draft.block, blockIndex = draft.blockIndex): Draft {
  return {
    span, text: draft.text, aside: draft.aside, claim: draft.claim, attribution: draft.attribution,
    speaker: draft.speaker, inheritance: draft.inheritance, cue: draft.cue, reason: draft.reason,
    block, blockIndex, cueInfo: draft.cueInfo, plain: draft.plain, cited: draft.cited,
    opensQuotation: draft.opensQuotation, closesQuotation: draft.closesQuotation
  }
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

/** Quotation marks that open (at the start or after a space) minus those that close. */
function quoteBalance(plain: string): number {
  const opening = (plain.match(/(?:^|[\s(\[—-])["“«]/g) ?? []).length
  const closing = (plain.match(/[^\s(\[]["”»]/g) ?? []).length
  return opening - closing
}


interface Scope {
  kind: 'list' | 'quote' | 'paragraphs' | 'next'
  container?: Span
  speaker: string
  from: Span
}

interface Context {
  speaker?: {name: string; span: Span}
  /** A sourced sentence whose block has not ended yet: what follows it may inherit from it. */
  pending?: {speaker: string; from: Span; blockIndex: number; block: Block; following: boolean; colon: boolean}
  /** A list, quote or run of paragraphs that carries an introducing sentence's attribution. */
  scope?: Scope
  quotation?: {speaker: string; from: Span}
  /** Sentences of a quotation whose speaker is named only where it closes: "...," he said. */
  unattributedQuote?: number[]
}

function resolveAttribution(drafts: Draft[]): void {
  let context: Context = {}
  for (const [index, draft] of drafts.entries()) {
    if (draft.block.kind === 'heading') {
      context = {}
      continue
    }
    if (context.pending && draft.blockIndex !== context.pending.blockIndex) {
      // A second speaker inside a list item leaves the list's own introduction in force.
      context.scope = openScope(context.pending, draft.block) ?? context.scope
      context.pending = undefined
    }
    if (context.scope && !inScope(context.scope, draft.block)) context.scope = undefined
    const inherited: {speaker: string; from: Span; by: Inheritance['by']} | undefined = draft.aside
      ? undefined
      : context.quotation
        ? {...context.quotation, by: 'quotation'}
        : context.scope && {speaker: context.scope.speaker, from: context.scope.from, by: context.scope.kind === 'next' ? 'paragraphs' : context.scope.kind}
    const cue = draft.cueInfo
    if (draft.cited) {
      draft.attribution = 'cited'
      if (cue?.kind === 'named') draft.speaker = cue.speaker
    } else if (cue?.kind === 'named') {
      draft.attribution = 'attributed'
      draft.speaker = cue.speaker
      if (cue.backward) attributeBackward(drafts, index, cue.speaker)
    } else if (cue?.kind === 'vague') {
      draft.attribution = 'vague'
      draft.cue = cue.phrase
    } else if ((cue?.kind === 'pronoun' || cue?.kind === 'shortref') && context.speaker) {
      draft.attribution = 'inherited'
      draft.speaker = context.speaker.name
      draft.inheritance = {by: 'pronoun', from: context.speaker.span}
    } else if (cue?.kind === 'shortref') {
      draft.attribution = 'attributed'
      draft.speaker = cue.phrase
    } else if (inherited) {
      draft.attribution = 'inherited'
      draft.speaker = inherited.speaker
      draft.inheritance = {by: inherited.by, from: inherited.from}
    } else {
      draft.attribution = draft.claim ? 'unsourced' : 'none'
      if (cue?.kind === 'pronoun' && draft.claim) draft.cue = cue.phrase
    }
    if (!draft.claim && draft.attribution === 'unsourced') draft.attribution = 'none'
    if (draft.aside) continue
    if (awaitsSpeaker(context, draft, index)) continue
    if (context.unattributedQuote && draft.closesQuotation) {
      const sourced = draft.attribution === 'attributed' || draft.attribution === 'inherited' || draft.attribution === 'cited'
      for (const opened of sourced ? context.unattributedQuote : []) {
        Object.assign(drafts[opened]!, {attribution: 'inherited', speaker: draft.speaker, inheritance: {by: 'quotation', from: draft.span}})
      }
      context.unattributedQuote = undefined
    }
    updateContext(context, draft)
  }
}

/** Holds back judgement on a quotation's sentences until the one that closes it names a speaker. */
function awaitsSpeaker(context: Context, draft: Draft, index: number): boolean {
  const pending = context.unattributedQuote
  const unsourcedQuote = draft.attribution === 'unsourced' && !draft.cueInfo
  if (unsourcedQuote && draft.opensQuotation && !pending) {
    context.unattributedQuote = [index]
    return true
  }
  if (pending && unsourcedQuote && !draft.closesQuotation) {
    pending.push(index)
    return true
  }
  return false
}

/** What the blocks after a sourced sentence inherit, judged by the first block that follows it. */
function openScope(pending: NonNullable<Context['pending']>, next: Block): Scope | undefined {
  const base = {speaker: pending.speaker, from: pending.from}
  if (next.list && pending.block.list?.start !== next.list.start) return {...base, kind: 'list', container: next.list}
  if (next.quote && pending.block.quote?.start !== next.quote.start) return {...base, kind: 'quote', container: next.quote}
  if (pending.following) return {...base, kind: 'paragraphs'}
  if (pending.colon) return {...base, kind: 'next', container: next.span}
  return undefined
}

function inScope(scope: Scope, block: Block): boolean {
  if (scope.kind === 'paragraphs') return true
  if (scope.kind === 'list') return block.list?.start === scope.container!.start
  if (scope.kind === 'quote') return block.quote?.start === scope.container!.start
  return block.span.start === scope.container!.start
}

function updateContext(context: Context, draft: Draft): void {
  if (context.quotation && draft.attribution === 'inherited' && draft.closesQuotation) context.quotation = undefined
  if (draft.attribution === 'unsourced' || draft.attribution === 'vague' || draft.reason === 'assessment') {
    context.speaker = undefined
    context.pending = undefined
    context.scope = undefined
    context.quotation = undefined
    return
  }
  const own = draft.attribution === 'cited' || draft.attribution === 'attributed' || draft.inheritance?.by === 'pronoun'
  if (!own) return
  const speaker = draft.speaker ?? 'the cited source'
  context.speaker = {name: speaker, span: draft.span}
  // A new speaker inside a run of inherited paragraphs takes over from the one who introduced them.
  if (context.scope?.kind === 'paragraphs') context.scope = undefined
  const plain = draft.plain
  context.pending = {speaker, from: draft.span, blockIndex: draft.blockIndex, block: draft.block, following: /\bthe following\b|\bas follows\b/i.test(plain), colon: /:\s*$/.test(plain)}
  if (draft.opensQuotation) context.quotation = {speaker, from: draft.span}
}

function attributeBackward(drafts: Draft[], index: number, speaker: string): void {
  let before = index - 1
  while (before >= 0 && drafts[before]!.aside) before--
  const previous = drafts[before]
  if (previous && previous.claim && previous.attribution !== 'cited' && previous.attribution !== 'attributed') {
    previous.attribution = 'attributed'
    previous.speaker = speaker
    delete previous.cue
    delete previous.inheritance
  }
}
