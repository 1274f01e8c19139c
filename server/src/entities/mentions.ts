import type {Briefing, Part, Span} from '../engine/model.js'
import type {EntityIndex, Entry, Form} from './entity-index.js'
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

interface Match {
  span: Span
  entries: Entry[]
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
    const tokens = tokenize(part.text, block.span.start, block.span.end)
    if (block.kind === 'heading') matches.push({span: block.span, entries: [], heading: true})
    for (let at = 0; at < tokens.length; ) {
      const match = index.longestMatch(tokens, at)
      if (!match) {
        at++
        continue
      }
      matches.push({span: {start: tokens[at]!.start, end: tokens[at + match.length - 1]!.end}, entries: match.entries})
      at += match.length
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
  for (const {start, part} of briefing.parts) {
    for (const match of matchPart(part, index)) {
      if (match.heading) {
        lastFull.clear()
        continue
      }
      const span = {start: match.span.start + start, end: match.span.end + start}
      const surface = part.text.slice(match.span.start, match.span.end)
      const mention = resolve(match.entries, surface, span, index, date, lastFull)
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

function resolve(entries: Entry[], surface: string, span: Span, index: EntityIndex, date: string | undefined, lastFull: Map<string, number>): Mention | undefined {
  const form = entries.map((entry) => entry.form).sort((a, b) => FORM_RANK[a] - FORM_RANK[b])[0]!
  const chosen = entries.filter((entry) => entry.form === form)
  if (form === 'role') {
    const postIds = [...new Set(chosen.map((entry) => entry.postId!))]
    // "a deputy minister" alone names nobody: only offices one person holds resolve to their holder.
    const single = postIds.every((postId) => index.posts.get(postId)?.single !== false)
    const holders = single ? [...new Set(postIds.flatMap((postId) => index.holdersOn(postId, date)))] : []
    return {span, surface, form, postIds, ...(holders.length === 1 ? {entityId: holders[0]!.id} : {})}
  }
  // Names are proper nouns: "may" and "turkey" in lower case are words, not May or Turkey.
  if (!/^\p{Lu}/u.test(surface)) return undefined
  const ids = [...new Set(chosen.map((entry) => entry.entityId!))]
  if (ids.length === 1 && (form === 'name' || form === 'alias')) return {span, surface, form, entityId: ids[0]!}
  // The nearest earlier full mention decides between namesakes, and gives a lone surname its person.
  const mentioned = ids.filter((id) => lastFull.has(id)).sort((a, b) => lastFull.get(b)! - lastFull.get(a)!)
  if (mentioned.length > 0) return {span, surface, form, entityId: mentioned[0]!}
  if (ids.length === 1 && form === 'surname') return {span, surface, form, entityId: ids[0]!}
  if (form === 'given') return undefined
  return {span, surface, form, candidates: ids}
}

function isDirectlyBefore(text: string, title: Span, name: Span): boolean {
  return /^[ \t]+$/.test(text.slice(title.end, name.start))
}
