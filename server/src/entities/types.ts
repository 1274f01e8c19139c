/** The entity file format: bundled lists and users' `.brieflint/entities.yaml|json` alike. */
export type EntityKind = 'person' | 'organization' | 'place' | 'other'

export interface Role {
  post?: string
  title?: string
  organization?: string
  from?: string
  to?: string
  note?: string
  /** What the dates rest on: a decree, an official page or a reference article's URL. */
  source?: string
}

export interface Entity {
  id: string
  kind: EntityKind
  name: string
  aliases?: string[]
  /** Spellings replaced officially or by near-universal usage (Kiev for Kyiv): matched, and reported by `entity-alias`. */
  deprecated?: string[]
  sharedAliases?: string[]
  /** For a country: the adjectives for it and its people ("Ukrainian"), which tie a title or a shared name to it. */
  demonyms?: string[]
  description?: string
  country?: string
  roles?: Role[]
  links?: {wikipedia?: string; wikidata?: string}
  /** When this entry was last checked (YYYY-MM-DD), where it differs from its file's `checked`. */
  checked?: string
}

export interface Post {
  id: string
  title: string
  organization?: string
  country?: string
  single?: boolean
  phrases?: string[]
}

export interface EntityFile {
  /** When the file's facts were last checked (YYYY-MM-DD). */
  checked?: string
  entities?: Entity[]
  posts?: Post[]
}

/** Where an entity was defined, for go-to-definition. */
export interface EntityOrigin {
  /** A file path, or undefined for entities built in code (countries). */
  path?: string
  /** Offset of the entity's `id` in that file. */
  offset?: number
  bundled: boolean
}
