import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import Ajv from 'ajv'
import {isMap, isScalar, isSeq} from 'yaml'
import type {Span} from '../engine/model.js'
import {parseYaml, yamlData} from '../engine/yaml-path.js'
import {EntityIndex, type CompiledTrie, type EntitySource} from './entity-index.js'
import {fold} from './normalize.js'
import type {Entity, EntityFile} from './types.js'

export interface EntityFileProblem {
  message: string
  span: Span
}

export interface LoadedEntityFile {
  path: string
  file: EntityFile
  offsets: Map<string, number>
  problems: EntityFileProblem[]
}

/** The bundled data folder, next to the bundle (server/out) or the sources (server/src/entities). */
export function dataFolder(): string {
  for (const candidate of [resolve(__dirname, '../data'), resolve(__dirname, '../../data')]) {
    if (existsSync(join(candidate, 'entity.schema.json'))) return candidate
  }
  throw new Error(`Brieflint's data folder is missing next to ${__dirname}`)
}

let validator: ReturnType<Ajv['compile']> | undefined
function validate(data: unknown) {
  // Our own schema, checked against the meta-schema by test/data/schemas.test.ts rather than at every start.
  validator ??= new Ajv({allErrors: true, strict: false, validateSchema: false}).compile(JSON.parse(readFileSync(join(dataFolder(), 'entity.schema.json'), 'utf8')))
  validator(data)
  return validator.errors ?? []
}

/**
 * Reads an entity file (YAML or JSON), checks it against the schema, and keeps where each
 * entity is. A file with errors still contributes its valid entities: nothing is lost.
 */
export function parseEntityFile(path: string, text: string): LoadedEntityFile {
  const document = parseYaml(text)
  const problems: EntityFileProblem[] = document.errors.map((error) => ({message: error.message.split('\n')[0]!, span: {start: error.pos[0], end: error.pos[1]}}))
  const offsets = new Map<string, number>()
  const read = problems.length === 0 ? yamlData(document) : {data: {}}
  if (read.problem) problems.push(read.problem)
  const data = read.data ?? {}
  const entitiesNode = isMap(document.contents) ? document.contents.get('entities', true) : undefined
  if (isSeq(entitiesNode)) {
    for (const item of entitiesNode.items) {
      const id = isMap(item) ? item.get('id', true) : undefined
      if (isScalar(id) && id.range) offsets.set(String(id.value), id.range[0])
    }
  }
  for (const error of problems.length === 0 ? validate(data) : []) {
    const path = error.instancePath.split('/').slice(1)
    const node = document.getIn(path.map((part) => (/^\d+$/.test(part) ? Number(part) : part)), true) as {range?: [number, number]} | undefined
    const range = node?.range ?? [0, 0]
    problems.push({message: `${error.instancePath || 'file'} ${error.message}${error.params && 'additionalProperty' in error.params ? `: \`${error.params.additionalProperty}\`` : ''}`, span: {start: range[0], end: range[1]}})
  }
  return {path, file: problems.length === 0 ? (data as EntityFile) : salvage(data), offsets, problems}
}

/** Keeps the entities and posts that at least have an id and a name. */
function salvage(data: unknown): EntityFile {
  const file = (data ?? {}) as EntityFile
  return {
    entities: (Array.isArray(file.entities) ? file.entities : []).filter((entity) => entity && typeof entity.id === 'string' && typeof entity.name === 'string'),
    posts: (Array.isArray(file.posts) ? file.posts : []).filter((post) => post && typeof post.id === 'string' && typeof post.title === 'string')
  }
}

let bundled: EntitySource[] | undefined

/** The bundled entity files as the build compiled them, next to the bundle (see scripts/compile-entities.ts). */
export const BUNDLED_ENTITIES = 'bundled-entities.json'

interface CompiledEntities {
  countries: Entity[]
  /** Capitals and cities from the gazetteer, built at build time (see places.ts). */
  places: Entity[]
  files: {name: string; file: EntityFile; offsets: [string, number][]}[]
  /** The index's spellings of all the above, so that a start need not tokenize them again (scripts/compile-entities.ts). */
  trie?: CompiledTrie
}

/** The bundled list read from its sources: what the build compiles, and what runs from the sources do. */
export function compileBundledEntities(): CompiledEntities {
  const folder = join(dataFolder(), 'entities')
  const names = readdirSync(folder).filter((name) => /\.(ya?ml|json)$/.test(name)).sort()
  const files = names.map((name) => {
    const loaded = parseEntityFile(join(folder, name), readFileSync(join(folder, name), 'utf8'))
    if (loaded.problems.length > 0) throw new Error(`bundled entity file ${name}: ${loaded.problems[0]!.message}`)
    return {name, file: loaded.file, offsets: [...loaded.offsets]}
  })
  // Required here, not imported: the bundles read the compiled list and must not load the country or city data at start.
  const {countryEntities} = require('./countries.js') as typeof import('./countries.js')
  const {cityEntities} = require('./places.js') as typeof import('./places.js')
  const countries = countryEntities()
  const taken = new Set<string>()
  for (const entity of [...countries, ...files.flatMap(({file}) => file.entities ?? [])]) {
    for (const spelling of [entity.name, ...(entity.aliases ?? []), ...(entity.deprecated ?? [])]) taken.add(fold(spelling))
  }
  const {regionEntities} = require('./places.js') as typeof import('./places.js')
  const places = cityEntities(taken)
  for (const city of places) for (const spelling of [city.name, ...(city.aliases ?? [])]) taken.add(fold(spelling))
  return {countries, places: [...places, ...regionEntities(taken)], files}
}

let bundledTrie: CompiledTrie | undefined

/** The entity list shipped with Brieflint: curated files, every country and the gazetteer's cities. */
export function bundledSources(compiled = join(__dirname, BUNDLED_ENTITIES)): EntitySource[] {
  if (!bundled) {
    // The bundles leave the country data out (it is in the compiled file); runs from the sources compile it here.
    const list = existsSync(compiled) ? (JSON.parse(readFileSync(compiled, 'utf8')) as CompiledEntities) : compileBundledEntities()
    bundled = sourcesOf(list)
    bundledTrie = list.trie
  }
  return bundled
}

export function sourcesOf({countries, places, files}: CompiledEntities): EntitySource[] {
  const folder = join(dataFolder(), 'entities')
  return [
    {file: {entities: places}, origin: {bundled: true}},
    {file: {entities: countries}, origin: {bundled: true}},
    ...files.map(({name, file, offsets}) => ({file, origin: {path: join(folder, name), bundled: true}, offsets: new Map(offsets)}))
  ]
}

export function buildIndex(extra: LoadedEntityFile[] = []): EntityIndex {
  const sources = bundledSources()
  return new EntityIndex([...sources, ...extra.map((loaded) => ({file: loaded.file, origin: {path: loaded.path, bundled: false}, offsets: loaded.offsets}))], bundledTrie)
}
