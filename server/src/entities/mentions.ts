import {FUNCTION_WORDS} from '../engine/claims/lexicon.js'
import {shiftSpan, type Briefing, type Part, type Span} from '../engine/model.js'
import type {EntityIndex, Entry, Form} from './entity-index.js'
import {isContextWord, NAME_PARTICLES, POST_QUALIFIERS, SURNAME_HONORIFICS} from './name-context.js'
import {tokenize, type Token} from './normalize.js'

export interface Mention {
  span: Span
  /** The words as written. */
  surface: string
  form: Form
  /** The entity meant, when it could be decided. */
  entityId?: string
  /** Every entity it could mean, when it could not. */
  candidates?: string[]
  /** For a title: the offices it can name ("Defence Minister" names several). */
  postIds?: string[]
  /** For a title written right before a name ("Turkish Foreign Minister Hakan Fidan"): that name's mention. */
  titles?: Mention
  /** The list marks the spelling as replaced (Kiev for Kyiv). */
  deprecated?: true
}

const cache = new WeakMap<Briefing, WeakMap<EntityIndex, Mention[]>>()

/** The date a briefing speaks as of: roles are judged on it. */
export function briefingDate(briefing: Briefing): string | undefined {
  const value = briefing.frontMatter?.fields.get('date')?.value
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined
}

/** Links every name, alias, surname and title in the prose to the entity list; cached per model. */
export function findMentions(briefing: Briefing, index: EntityIndex): Mention[] {
  let byIndex = cache.get(briefing)
  if (!byIndex) cache.set(briefing, (byIndex = new WeakMap()))
  let mentions = byIndex.get(index)
  if (!mentions) byIndex.set(index, (mentions = link(briefing, index)))
  return mentions
}

/** `findMentions` in steps, one part's matching each, for a caller that lets other work in between. */
export function* findMentionsSteps(briefing: Briefing, index: EntityIndex): Generator<void, Mention[]> {
  for (const {part} of briefing.parts) {
    matchPart(part, index)
    yield
  }
  return findMentions(briefing, index)
}

const FORM_RANK: Record<Form, number> = {name: 0, alias: 1, surname: 2, given: 3, role: 4}

/** A stretch of a part the entity list matches, with what can be decided from the stretch alone. */
interface Match {
  span: Span
  form: Form
  /** Entities of the best-ranked form (names), or offices (titles). */
  ids: string[]
  /** For a title: whether every office it names has one holder at a time. */
  single?: boolean
  /** For a title: a name follows it, so it is that person's title, not a reference to the office's holder. */
  beforeName?: true
  /** For a title: it has no country or body in it ("the foreign minister"), so it names nobody without a country before it. */
  bare?: true
  /** For a surname: the people who have it as their given name ("Mohammed"), who an earlier full mention may mean. */
  givenIds?: string[]
  /** The country a word right before ties the match to ("Ukrainian", "Russia's"). */
  cue?: string
  deprecated?: true
  /** Marks the start of a heading, not a match: earlier full mentions no longer resolve surnames. */
  heading?: true
}

/** The entity list's matches in a part, before names are resolved; reused while the part and list are unchanged. */
const partMatches = new WeakMap<Part, WeakMap<EntityIndex, Match[]>>()

function matchPart(part: Part, index: EntityIndex): Match[] {
  let byIndex = partMatches.get(part)
  if (!byIndex) partMatches.set(part, (byIndex = new WeakMap()))
  let matches = byIndex.get(index)
  if (matches) return matches
  matches = []
  for (const block of part.blocks) {
    const heading = block.kind === 'heading'
    if (heading) matches.push({span: block.span, form: 'name', ids: [], heading: true})
    const tokens = tokenize(part.text, block.span.start, block.span.end)
    let previous: {match: Match; end: number} | undefined
    for (let at = 0; at < tokens.length; ) {
      const found = index.longestMatch(tokens, at)
      const match = found && matchAt(part.text, tokens, at, found, index, heading, previous)
      if (!found) {
        // "US-China", "Russia-Ukraine": a compound of names links each of them.
        for (const piece of tokens[at]!.parts ?? []) {
          const inner = index.longestMatch([piece], 0)
          const pieceMatch = inner && matchAt(part.text, [piece], 0, inner, index, true, undefined)
          if (pieceMatch && pieceMatch.form !== 'given' && pieceMatch.form !== 'role') matches.push(pieceMatch)
        }
        at++
        continue
      }
      if (match) {
        matches.push(match)
        previous = {match, end: at + found.length - 1}
      }
      at += found.length
    }
  }
  byIndex.set(index, matches)
  return matches
}

/** What a trie match at `tokens[at]` is, or undefined when the context shows it is something else. */
function matchAt(text: string, tokens: Token[], at: number, found: {length: number; entries: Entry[]}, index: EntityIndex, heading: boolean, previous: {match: Match; end: number} | undefined): Match | undefined {
  const first = tokens[at]!
  const last = tokens[at + found.length - 1]!
  const span = {start: first.start, end: last.end}
  const surface = text.slice(span.start, span.end)
  const before = at > 0 && first.joined ? tokens[at - 1] : undefined
  const after = last.possessive ? undefined : tokens[at + found.length]?.joined ? tokens[at + found.length] : undefined
  // "US" is a country, "us" and "Us" are not: short acronyms match only in capitals. "He" is a surname only after "Mr.".
  const honorific = !!before && SURNAME_HONORIFICS.has(before.key)
  const entries = found.entries.filter((entry) => (!entry.capitals || surface === surface.toUpperCase()) && (!entry.afterHonorific || honorific))
  if (entries.length === 0) return undefined
  const form = entries.map((entry) => entry.form).sort((a, b) => FORM_RANK[a] - FORM_RANK[b])[0]!
  const chosen = entries.filter((entry) => entry.form === form)
  const cue = countryCue(tokens, at, index, previous)
  if (form === 'role') {
    // "Deputy Head of the SBU", "First Deputy Foreign Minister": another post than the one matched.
    if (before && POST_QUALIFIERS.has(before.key)) return undefined
    const postIds = [...new Set(chosen.map((entry) => entry.postId!))]
    const agreeing = cue ? postIds.filter((postId) => index.posts.get(postId)?.country === cue) : postIds
    // "Alberta Premier", "Canadian Premier": a title of a place the list has no such office for, not China's premier.
    if (agreeing.length === 0 && postIds.every((postId) => index.posts.get(postId)?.country)) return undefined
    const ids = agreeing.length > 0 ? agreeing : postIds
    const beforeName = after && isNameWord(after) ? true : undefined
    const bare = !cue && chosen.every((entry) => entry.bare) ? true : undefined
    return {span, form, ids, single: ids.every((postId) => index.posts.get(postId)?.single !== false), ...(beforeName ? {beforeName} : {}), ...(bare ? {bare} : {}), ...(cue ? {cue} : {})}
  }
  // Names are proper nouns: "may" and "turkey" in lower case are words, not May or Turkey.
  if (!first.capital) return undefined
  // A surname or given name alone must not be taken out of a longer name: "Mikhail Fomin" is not Fomin, "Li Shangfu" not Li
  // Qiang; nor a city's name out of a person's or a title's: "Lloyd Austin", "Lewis Hamilton", "the Kyiv Post".
  if (form === 'surname' || form === 'given' || chosen.every((entry) => isTown(index, entry.entityId))) {
    const previousIsMatch = previous && previous.end === at - 1
    if (before && !before.possessive && !previousIsMatch && (isNameWord(before) || NAME_PARTICLES.has(before.key))) return undefined
    if (after && !heading && isNameWord(after)) return undefined
    // "Santiago de Compostela", "Eduardo del Castillo": a particle and a capitalised word carry the name on.
    const next = after && NAME_PARTICLES.has(after.key) ? tokens[at + found.length + 1] : undefined
    if (next?.joined && next.capital) return undefined
  }
  if (form === 'surname') {
    const givenIds = [...new Set(entries.filter((entry) => entry.form === 'given').map((entry) => entry.entityId!))]
    if (givenIds.length > 0) return {span, form, ids: [...new Set(chosen.map((entry) => entry.entityId!))], givenIds, ...(cue ? {cue} : {})}
  }
  const deprecated = chosen.every((entry) => entry.deprecated) ? true : undefined
  return {span, form, ids: [...new Set(chosen.map((entry) => entry.entityId!))], ...(deprecated ? {deprecated} : {}), ...(cue ? {cue} : {})}
}

/** A place that is not a country: its name is often part of another name. */
function isTown(index: EntityIndex, id: string | undefined): boolean {
  const entity = id ? index.entities.get(id) : undefined
  return entity?.kind === 'place' && !entity.demonyms
}

/** A capitalised word that could be part of a personal name: not a function word, title, rank or day. */
function isNameWord(token: Token): boolean {
  return token.capital && !FUNCTION_WORDS.has(token.key) && !isContextWord(token.key)
}

/** The country a demonym ("Ukrainian") or a place's name ("Ukraine's", "US", "Alberta") right before a match points to. */
function countryCue(tokens: Token[], at: number, index: EntityIndex, previous: {match: Match; end: number} | undefined): string | undefined {
  const before = tokens[at - 1]
  if (!before || !(tokens[at]!.joined || before.possessive)) return undefined
  const demonym = index.demonyms.get(before.key)
  if (demonym) return demonym
  if (previous && previous.end === at - 1 && previous.match.ids.length === 1) {
    const entity = index.entities.get(previous.match.ids[0]!)
    if (entity?.kind === 'place' && entity.country) return entity.country
  }
  return undefined
}

/**
 * What linking a part gave. A part's mentions depend on its text, the list, the briefing's date and
 * who was named in full before it, and in what order (a surname goes to the most recent): while those
 * are the same the part is not linked again, only moved when text before it grew or shrank.
 */
interface LinkedPart {
  index: EntityIndex
  date: string | undefined
  /** The entities named in full before the part, least recent first; and after it. */
  before: string[]
  after: string[]
  start: number
  mentions: Mention[]
  /** Kept while the part is only moved: what its mentions link, relative to the part, is unchanged. */
  linking: object
}

const linkedParts = new WeakMap<Part, LinkedPart>()

/**
 * A key for what the list linked in the part at `start`, the same while the part's mentions are only
 * moved; undefined until `findMentions` has linked the briefing with this list, and for all but the
 * last place of a part whose text the briefing holds more than once (one part object, linked at each place).
 */
export function partLinking(part: Part, start: number, index: EntityIndex): object | undefined {
  const linked = linkedParts.get(part)
  return linked?.index === index && linked.start === start ? linked.linking : undefined
}

function link(briefing: Briefing, index: EntityIndex): Mention[] {
  const date = briefingDate(briefing)
  const mentions: Mention[] = []
  /** Who holds each set of offices on the briefing's date: titles repeat, the answer does not change. */
  const holders = new Map<string, string[]>()
  let named: string[] = []
  for (const {start, part} of briefing.parts) {
    let linked = linkedParts.get(part)
    if (!linked || linked.index !== index || linked.date !== date || !sameIds(linked.before, named)) {
      linked = linkPart(briefing.text, part, start, index, date, named, holders)
      linkedParts.set(part, linked)
    } else if (linked.start !== start) {
      linked = {...linked, start, mentions: moveMentions(linked.mentions, start - linked.start)}
      linkedParts.set(part, linked)
    }
    for (const mention of linked.mentions) mentions.push(mention)
    named = linked.after
  }
  return mentions
}

function linkPart(text: string, part: Part, start: number, index: EntityIndex, date: string | undefined, named: string[], holders: Map<string, string[]>): LinkedPart {
  const mentions: Mention[] = []
  /** Each entity named in full, by when: a Map in that order too, as an entity named again moves to its end. */
  const lastFull = new Map(named.map((id, order) => [id, order]))
  let order = lastFull.size
  for (const match of matchPart(part, index)) {
    if (match.heading) {
      lastFull.clear()
      continue
    }
    const span = shiftSpan(match.span, start)
    const surface = part.text.slice(match.span.start, match.span.end)
    const mention = resolve(match, surface, span, index, date, lastFull, holders)
    if (!mention) continue
    // A title and its name are on one line, so never in two parts: the mention before is in this part.
    const previous = mentions.at(-1)
    if (previous?.form === 'role' && mention.form !== 'role' && isTitleOf(text, previous.span, span)) attachTitle(previous, mention, index)
    mentions.push(mention)
    // A person named, in full or by a surname already resolved, is who a later surname or given name most likely means.
    if (mention.entityId && mention.form !== 'role' && mention.form !== 'given') {
      lastFull.delete(mention.entityId)
      lastFull.set(mention.entityId, order++)
    }
  }
  return {index, date, before: named, after: [...lastFull.keys()], start, mentions, linking: {}}
}

/** A part reused unchanged hands on the very list it was given; otherwise the ids are compared one by one, not joined into a string per part. */
function sameIds(a: string[], b: string[]): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false
  return true
}

function moveMentions(mentions: Mention[], by: number): Mention[] {
  const moved = mentions.map((mention) => moveMention(mention, by))
  // A title names a mention after it in the same part (`linkPart` attaches the one right after it).
  for (let at = 0; at < mentions.length; at++) {
    const titles = mentions[at]!.titles
    if (titles) moved[at]!.titles = moved[mentions.indexOf(titles, at + 1)]!
  }
  return moved
}

// Field by field, not spread: mentions come in many shapes, which makes spreading them slow.
function moveMention(mention: Mention, by: number): Mention {
  const moved: Mention = {span: shiftSpan(mention.span, by), surface: mention.surface, form: mention.form}
  if (mention.entityId !== undefined) moved.entityId = mention.entityId
  if (mention.candidates) moved.candidates = mention.candidates
  if (mention.postIds) moved.postIds = mention.postIds
  if (mention.titles) moved.titles = mention.titles
  if (mention.deprecated) moved.deprecated = mention.deprecated
  return moved
}

/** The title belongs to the name after it; the name is the mention that counts, and the office is the one of its country. */
function attachTitle(title: Mention, name: Mention, index: EntityIndex): void {
  title.titles = name
  delete title.entityId
  const country = name.entityId ? index.entities.get(name.entityId)?.country : undefined
  if (!country || !title.postIds) return
  // A Ukrainian official's "Deputy Foreign Minister" is not Russia's post of that name.
  title.postIds = title.postIds.filter((postId) => {
    const postCountry = index.posts.get(postId)?.country
    return !postCountry || postCountry === country
  })
}

function resolve(match: Match, surface: string, span: Span, index: EntityIndex, date: string | undefined, lastFull: Map<string, number>, holders: Map<string, string[]>): Mention | undefined {
  const {form} = match
  if (form === 'role') {
    // "a deputy minister" alone names nobody: only offices one person holds resolve to their holder.
    if (match.beforeName || match.bare || !match.single) return {span, surface, form, postIds: match.ids}
    const key = match.ids.join(' ')
    let held = holders.get(key)
    if (!held) holders.set(key, (held = [...new Set(match.ids.flatMap((postId) => index.holdersOn(postId, date).map((entity) => entity.id)))]))
    return held.length === 1 ? {span, surface, form, postIds: match.ids, entityId: held[0]!} : {span, surface, form, postIds: match.ids}
  }
  const base = {span, surface, form, ...(match.deprecated ? {deprecated: match.deprecated} : {})}
  let ids = match.ids
  // "Ukraine's Main Intelligence Directorate": a country right before decides between namesakes.
  if (ids.length > 1 && match.cue) {
    const agreeing = ids.filter((id) => index.entities.get(id)?.country === match.cue)
    if (agreeing.length > 0) ids = agreeing
  }
  if (ids.length === 1 && (form === 'name' || form === 'alias')) return {...base, entityId: ids[0]!}
  // The nearest earlier full mention decides between namesakes, and gives a lone surname its person.
  let nearest: string | undefined
  for (const id of [...ids, ...(match.givenIds ?? [])]) if (lastFull.has(id) && (nearest === undefined || lastFull.get(id)! > lastFull.get(nearest)!)) nearest = id
  if (nearest) return {...base, entityId: nearest}
  // "Mohammed" alone: the surname of one listed person, the given name of others; nobody can tell.
  if (match.givenIds) return undefined
  if (ids.length === 1 && form === 'surname') return {...base, entityId: ids[0]!}
  if (form === 'given') return undefined
  return {...base, candidates: ids}
}

/** "Turkish Foreign Minister Hakan Fidan", and the apposition "Qatar's prime minister, Sheikh Mohammed ...". */
function isTitleOf(text: string, title: Span, name: Span): boolean {
  return /^(?:[ \t]+|,[ \t]+(?:(?:Sheikh|Sheikha|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame|General|Gen\.)[ \t]+)?)$/.test(text.slice(title.end, name.start))
}
