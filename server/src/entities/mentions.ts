import type {Briefing, Part, Span} from '../engine/model.js'
import type {EntityIndex, Form} from './entity-index.js'
import {tokenize} from './normalize.js'

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

const FORM_RANK: Record<Form, number> = {name: 0, alias: 1, surname: 2, given: 3, role: 4}

/** A stretch of a part the entity list matches, with what can be decided from the stretch alone. */
interface Match {
  span: Span
  form: Form
  /** Entities of the best-ranked form (names), or offices (titles). */
  ids: string[]
  /** For a title: whether every office it names has one holder at a time. */
  single?: boolean
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
    if (block.kind === 'heading') matches.push({span: block.span, form: 'name', ids: [], heading: true})
    const tokens = tokenize(part.text, block.span.start, block.span.end)
    for (let at = 0; at < tokens.length; ) {
      const found = index.longestMatch(tokens, at)
      if (!found) {
        at++
        continue
      }
      const span = {start: tokens[at]!.start, end: tokens[at + found.length - 1]!.end}
      at += found.length
      const form = found.entries.map((entry) => entry.form).sort((a, b) => FORM_RANK[a] - FORM_RANK[b])[0]!
      const chosen = found.entries.filter((entry) => entry.form === form)
      if (form === 'role') {
        const postIds = [...new Set(chosen.map((entry) => entry.postId!))]
        matches.push({span, form, ids: postIds, single: postIds.every((postId) => index.posts.get(postId)?.single !== false)})
      } else if (/^\p{Lu}/u.test(part.text.slice(span.start, span.end))) {
        // Names are proper nouns: "may" and "turkey" in lower case are words, not May or Turkey.
        matches.push({span, form, ids: [...new Set(chosen.map((entry) => entry.entityId!))]})
      }
    }
  }
  byIndex.set(index, matches)
  return matches
}

function link(briefing: Briefing, index: EntityIndex): Mention[] {
  const date = briefingDate(briefing)
  const mentions: Mention[] = []
  /** Most recent full mention of each entity, for resolving surnames that follow. */
  const lastFull = new Map<string, number>()
  /** Who holds each set of offices on the briefing's date: titles repeat, the answer does not change. */
  const holders = new Map<string, string[]>()
  for (const {start, part} of briefing.parts) {
    for (const match of matchPart(part, index)) {
      if (match.heading) {
        lastFull.clear()
        continue
      }
      const span = {start: match.span.start + start, end: match.span.end + start}
      const surface = part.text.slice(match.span.start, match.span.end)
      const mention = resolve(match, surface, span, index, date, lastFull, holders)
      if (!mention) continue
      const previous = mentions.at(-1)
      if (previous?.form === 'role' && mention.form !== 'role' && isDirectlyBefore(briefing.text, previous.span, span)) {
        // The title belongs to the name after it; the name is the mention that counts.
        previous.titles = mention
        delete previous.entityId
      }
      mentions.push(mention)
      if ((mention.form === 'name' || mention.form === 'alias') && mention.entityId) lastFull.set(mention.entityId, mentions.length - 1)
    }
  }
  return mentions
}

function resolve(match: Match, surface: string, span: Span, index: EntityIndex, date: string | undefined, lastFull: Map<string, number>, holders: Map<string, string[]>): Mention | undefined {
  const {form, ids} = match
  if (form === 'role') {
    // "a deputy minister" alone names nobody: only offices one person holds resolve to their holder.
    const key = ids.join(' ')
    let held = holders.get(key)
    if (!held) holders.set(key, (held = match.single ? [...new Set(ids.flatMap((postId) => index.holdersOn(postId, date).map((entity) => entity.id)))] : []))
    return held.length === 1 ? {span, surface, form, postIds: ids, entityId: held[0]!} : {span, surface, form, postIds: ids}
  }
  if (ids.length === 1 && (form === 'name' || form === 'alias')) return {span, surface, form, entityId: ids[0]!}
  // The nearest earlier full mention decides between namesakes, and gives a lone surname its person.
  let nearest: string | undefined
  for (const id of ids) if (lastFull.has(id) && (nearest === undefined || lastFull.get(id)! > lastFull.get(nearest)!)) nearest = id
  if (nearest) return {span, surface, form, entityId: nearest}
  if (ids.length === 1 && form === 'surname') return {span, surface, form, entityId: ids[0]!}
  if (form === 'given') return undefined
  return {span, surface, form, candidates: ids}
}

function isDirectlyBefore(text: string, title: Span, name: Span): boolean {
  return /^[ \t]+$/.test(text.slice(title.end, name.start))
}
