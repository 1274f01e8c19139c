/** The entity file format: bundled lists and users' `.brieflint/entities.yaml|json` alike. */
export type EntityKind = 'person' | 'organization' | 'place' | 'other'

export interface Role {
  post?: string
  title?: string
  organization?: string
  from?: string
  to?: string
  note?: string
}

export interface Entity {
  id: string
  kind: EntityKind
  name: string
  aliases?: string[]
  sharedAliases?: string[]
  description?: string
  country?: string
  roles?: Role[]
  links?: {wikipedia?: string; wikidata?: string}
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
