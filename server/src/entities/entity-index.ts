import {distance} from 'fastest-levenshtein'
import {FUNCTION_WORDS} from '../engine/claims/lexicon.js'
import {HONORIFICS, isContextWord} from './name-context.js'
import {fold, isShortAcronym, nameKeys, type Token} from './normalize.js'
import type {Entity, EntityFile, EntityOrigin, Post, Role} from './types.js'

export type Form = 'name' | 'alias' | 'surname' | 'given' | 'role'

export interface Entry {
  form: Form
  entityId?: string
  postId?: string
  /** The spelling this entry was made from, for variant checks. */
  spelling: string
  /** A form the data marks as replaced (Kiev for Kyiv): `entity-alias` reports it. */
  deprecated?: true
  /** A short acronym ("US", "UN"): matched only when written in capitals. */
  capitals?: true
  /** A surname that is also an English word ("He" for He Lifeng): matched only after "Mr", "Ms" and the like. */
  afterHonorific?: true
  /** A title with no country or body in it ("Foreign Minister", "President"): it names nobody by itself. */
  bare?: true
}

/** Joins the keys of a spelling's words: no folded word contains it. */
const SEP = '\u0001'

export interface EntitySource {
  file: EntityFile
  origin: Omit<EntityOrigin, 'offset'>
  /** Offsets of each entity's id in the file, by id. */
  offsets?: Map<string, number>
}

/**
 * Every entity, post and spelling of a list, with a word-level trie over folded tokens, kept
 * flat: the spellings by their joined keys, and the set of their proper prefixes. Matching walks
 * it from each token, so it takes time linear in the text (times the longest name in words),
 * the word-level equivalent of an Aho-Corasick automaton.
 */
export class EntityIndex {
  readonly entities = new Map<string, Entity>()
  readonly posts = new Map<string, Post>()
  readonly origins = new Map<string, EntityOrigin>()
  /** When each entity's facts were last checked: its own date, else its file's. */
  readonly checked = new Map<string, string>()
  /** Words that tie what follows to a country: "Ukrainian", "Russian"; by folded key, the country's code. */
  readonly demonyms = new Map<string, string>()
  private readonly spellings = new Map<string, Entry[]>()
  private readonly prefixes = new Set<string>()

  constructor(sources: EntitySource[]) {
    // Later sources win by id: a workspace's file overrides the bundled list.
    for (const {file, origin, offsets} of sources) {
      for (const post of file.posts ?? []) this.posts.set(post.id, post)
      for (const entity of file.entities ?? []) {
        this.entities.set(entity.id, entity)
        const checked = entity.checked ?? file.checked
        if (checked) this.checked.set(entity.id, String(checked))
        else this.checked.delete(entity.id)
        this.origins.set(entity.id, {...origin, ...(offsets?.has(entity.id) ? {offset: offsets.get(entity.id)} : {})})
      }
    }
    for (const entity of this.entities.values()) this.addEntity(entity)
    for (const post of this.posts.values()) {
      for (const phrase of new Set([post.title, ...(post.phrases ?? [])])) this.add(phrase, {form: 'role', postId: post.id, spelling: phrase, ...(isBareTitle(phrase) ? {bare: true as const} : {})})
    }
  }

  private addEntity(entity: Entity): void {
    this.add(entity.name, {form: 'name', entityId: entity.id, spelling: entity.name})
    for (const alias of entity.aliases ?? []) this.add(alias, {form: 'alias', entityId: entity.id, spelling: alias})
    for (const alias of entity.deprecated ?? []) this.add(alias, {form: 'alias', entityId: entity.id, spelling: alias, deprecated: true})
    if (entity.country) for (const demonym of entity.demonyms ?? []) this.demonyms.set(fold(demonym), entity.country)
    if (entity.kind !== 'person') return
    // Surnames and given names alone are resolved against earlier full mentions.
    for (const full of [entity.name, ...(entity.aliases ?? [])]) this.addNameParts(entity, full)
  }

  /**
   * The surname and given name of one spelling. Particles make the last word a poor surname ("von der
   * Leyen", "Lula da Silva", "Tamim bin Hamad Al Thani": list such short forms as aliases), but "al-Hayya"
   * is also written "Hayya", and the given name before "bin" is the one prose uses ("Sheikh Mohammed").
   */
  private addNameParts(entity: Entity, full: string): void {
    const words = full.split(/\s+/)
    if (words.length < 2 || !/^\p{Lu}/u.test(full)) return
    const familyFirst = FAMILY_NAME_FIRST.has(entity.country ?? '')
    const given = familyFirst ? undefined : words[0]!
    const particles = words.slice(1).some((word) => /^\p{Ll}/u.test(word))
    const last = words.at(-1)!
    const surnames = familyFirst ? [words[0]!] : /^(?:al|el)-\p{Lu}/u.test(last) ? [last, last.slice(3)] : particles ? [] : [last]
    for (const surname of surnames) this.addPart(surname, 'surname', entity.id)
    if (given) this.addPart(given, 'given', entity.id)
  }

  private addPart(word: string, form: 'surname' | 'given', entityId: string): void {
    // Regnal numbers ("Charles III") are no names; a surname that is an English word ("He") counts only after "Mr".
    if (/^[IVXLC]+$/.test(word) || HONORIFICS.has(word.toLowerCase())) return
    const weak = FUNCTION_WORDS.has(word.toLowerCase())
    if (weak && form === 'given') return
    this.add(word, {form, entityId, spelling: word, ...(weak ? {afterHonorific: true as const} : {})})
  }

  private add(phrase: string, entry: Entry): void {
    const keys = nameKeys(phrase)
    // "The Kyiv Independent", "the US": the article is written or not, in either case, and is not part of the mention.
    if (keys.length > 1 && keys[0] === 'the') keys.shift()
    if (keys.length === 0) return
    if (isShortAcronym(phrase)) entry.capitals = true
    let key = keys[0]!
    for (let at = 1; at < keys.length; at++) {
      this.prefixes.add(key)
      key += SEP + keys[at]
    }
    const entries = this.spellings.get(key)
    if (!entries) {
      this.spellings.set(key, [entry])
      return
    }
    const duplicate = entries.find((existing) => existing.form === entry.form && existing.entityId === entry.entityId && existing.postId === entry.postId)
    if (!duplicate) entries.push(entry)
    else if (duplicate.deprecated && !entry.deprecated) entries[entries.indexOf(duplicate)] = entry
  }

  /** The longest spelling starting at `tokens[index]`, if any. A possessive may only end it; punctuation breaks it. */
  longestMatch(tokens: Token[], index: number): {length: number; entries: Entry[]} | undefined {
    let best: {length: number; entries: Entry[]} | undefined
    let key = tokens[index]!.key
    for (let at = index; ; ) {
      const entries = this.spellings.get(key)
      if (entries) best = {length: at - index + 1, entries}
      if (tokens[at]!.possessive || !this.prefixes.has(key)) break
      at++
      if (at >= tokens.length || !tokens[at]!.joined) break
      key += SEP + tokens[at]!.key
    }
    return best
  }

  /** The roles an entity held on a date; partial dates are read generously. */
  rolesOn(entity: Entity, date: string | undefined): Role[] {
    return (entity.roles ?? []).filter((role) => heldOn(role, date))
  }

  holdersOn(postId: string, date: string | undefined): Entity[] {
    return [...this.entities.values()].filter((entity) => entity.roles?.some((role) => role.post === postId && heldOn(role, date)))
  }

  roleTitle(role: Role): string {
    return role.title ?? (role.post ? this.posts.get(role.post)?.title : undefined) ?? role.post ?? 'role'
  }

  /** A same-script spelling close to the preferred name: Kiev for Kyiv, Zelensky for Zelenskyy. */
  isVariantSpelling(spelling: string, preferred: string): boolean {
    if (spelling === preferred || /^\p{Lu}[\p{Lu}.\d]+$/u.test(spelling)) return false
    if (script(spelling) !== script(preferred)) return false
    const a = spelling.toLowerCase()
    const b = preferred.toLowerCase()
    if (a === b) return false
    return distance(a, b) <= Math.max(2, Math.round(Math.max(a.length, b.length) * 0.34))
  }
}

/** Countries whose names English prose writes family name first: Xi Jinping, Kim Jong Un. */
export const FAMILY_NAME_FIRST = new Set(['CN', 'KP', 'KR', 'TW', 'VN'])
/** A title made only of office words ("Foreign Minister", "Secretary of State"), with no country or body in it. */
function isBareTitle(phrase: string): boolean {
  return nameKeys(phrase).every((key) => FUNCTION_WORDS.has(key) || isContextWord(key) || key === 'affairs')
}

export function heldOn(role: Role, date: string | undefined): boolean {
  if (!date) return !role.to
  // YAML reads a bare year as a number; dates are compared as text.
  const from = role.from ? earliest(String(role.from)) : '0000-01-01'
  const to = role.to ? latest(String(role.to)) : '9999-12-31'
  return from <= date && date <= to
}

function earliest(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date
}

function latest(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date
}

function script(text: string): string {
  if (/\p{Script=Cyrillic}/u.test(text)) return 'cyrillic'
  if (/\p{Script=Latin}/u.test(text)) return 'latin'
  return 'other'
}
