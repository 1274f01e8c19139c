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

/** The spellings of a list's first sources, built once at build time. */
export interface CompiledTrie {
  sources: number
  /** Each spelling's joined keys and entries, an entry as [form, entity or post id, flags] (see `packEntry`). */
  spellings: [string, PackedEntry[]][]
  prefixes: string[]
}

type PackedEntry = [number, string, number]

const FORMS: Form[] = ['name', 'alias', 'surname', 'given', 'role']
const FLAGS = ['deprecated', 'capitals', 'afterHonorific', 'bare'] as const

function packEntry(entry: Entry): PackedEntry {
  return [FORMS.indexOf(entry.form), entry.entityId ?? entry.postId!, FLAGS.reduce((bits, flag, at) => (entry[flag] ? bits | (1 << at) : bits), 0)]
}

function unpackEntry([form, id, bits]: PackedEntry): Entry {
  const entry: Entry = FORMS[form] === 'role' ? {form: 'role', postId: id} : {form: FORMS[form]!, entityId: id}
  for (const [at, flag] of FLAGS.entries()) if (bits & (1 << at)) entry[flag] = true
  return entry
}

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
  /** Entries by joined keys; those from a compiled trie stay packed until a text first matches them. */
  private readonly spellings = new Map<string, Entry[] | PackedEntry[]>()
  private readonly prefixes = new Set<string>()

  /**
   * `trie`, when given, holds the spellings of the first `trie.sources` sources as `exportTrie` wrote
   * them at build time, so that the bundled list need not be tokenized again at every start.
   */
  constructor(sources: EntitySource[], trie?: CompiledTrie) {
    const precompiled = trie ? trie.sources : 0
    const overridden = new Set<string>()
    // Later sources win by id: a workspace's file overrides the bundled list.
    for (const [at, {file, origin, offsets}] of sources.entries()) {
      for (const post of file.posts ?? []) {
        if (at >= precompiled && this.posts.has(post.id)) overridden.add(post.id)
        this.posts.set(post.id, post)
      }
      for (const entity of file.entities ?? []) {
        if (at >= precompiled && this.entities.has(entity.id)) overridden.add(entity.id)
        this.entities.set(entity.id, entity)
        const checked = entity.checked ?? file.checked
        if (checked) this.checked.set(entity.id, String(checked))
        else this.checked.delete(entity.id)
        this.origins.set(entity.id, {...origin, ...(offsets?.has(entity.id) ? {offset: offsets.get(entity.id)} : {})})
      }
    }
    if (trie) {
      for (const [key, packed] of trie.spellings) {
        const kept = overridden.size === 0 ? packed : packed.filter(([, id]) => !overridden.has(id))
        if (kept.length > 0) this.spellings.set(key, kept)
      }
      for (const prefix of trie.prefixes) this.prefixes.add(prefix)
    }
    const fresh = (id: string, at: number) => !trie || at >= precompiled || overridden.has(id)
    for (const [at, {file}] of sources.entries()) {
      for (const entity of file.entities ?? []) {
        if (this.entities.get(entity.id) !== entity) continue
        if (entity.country) for (const demonym of entity.demonyms ?? []) this.demonyms.set(fold(demonym), entity.country)
        if (fresh(entity.id, at)) this.addEntity(entity)
      }
      for (const post of file.posts ?? []) {
        if (this.posts.get(post.id) !== post || !fresh(post.id, at)) continue
        for (const phrase of new Set([post.title, ...(post.phrases ?? [])])) this.add(phrase, {form: 'role', postId: post.id, ...(isBareTitle(phrase) ? {bare: true as const} : {})})
      }
    }
  }

  /** The spellings as the constructor built them, for `new EntityIndex(sources, trie)` to start from. */
  exportTrie(sources: number): CompiledTrie {
    return {sources, spellings: [...this.spellings.keys()].map((key) => [key, this.entriesOf(key)!.map(packEntry)]), prefixes: [...this.prefixes]}
  }

  private entriesOf(key: string): Entry[] | undefined {
    const entries = this.spellings.get(key)
    if (!entries || entries.length === 0 || !Array.isArray(entries[0])) return entries as Entry[] | undefined
    const unpacked = (entries as PackedEntry[]).map(unpackEntry)
    this.spellings.set(key, unpacked)
    return unpacked
  }

  private addEntity(entity: Entity): void {
    this.add(entity.name, {form: 'name', entityId: entity.id})
    for (const alias of entity.aliases ?? []) this.add(alias, {form: 'alias', entityId: entity.id})
    for (const alias of entity.deprecated ?? []) this.add(alias, {form: 'alias', entityId: entity.id, deprecated: true})
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
    this.add(word, {form, entityId, ...(weak ? {afterHonorific: true as const} : {})})
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
    const entries = this.entriesOf(key)
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
      const entries = this.entriesOf(key)
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
    if (!this.tenures) {
      this.tenures = new Map()
      for (const entity of this.entities.values()) {
        for (const role of entity.roles ?? []) if (role.post) this.tenures.set(role.post, [...(this.tenures.get(role.post) ?? []), {entity, role}])
      }
    }
    return [...new Set((this.tenures.get(postId) ?? []).filter(({role}) => heldOn(role, date)).map(({entity}) => entity))]
  }

  /** Who held each post, for `holdersOn`; built on first use. */
  private tenures: Map<string, {entity: Entity; role: Role}[]> | undefined

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
