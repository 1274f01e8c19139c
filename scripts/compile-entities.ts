// Compiles the bundled entity list (YAML files, the country data and the gazetteer's cities) into
// server/out/bundled-entities.json, with the index's spellings already tokenized, so the CLI and server start
// without parsing YAML, compiling the schema, loading the country or city data or folding ten thousand names.
// A problem in a bundled file fails the build.
import {writeFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {EntityIndex} from '../server/src/entities/entity-index.js'
import {BUNDLED_ENTITIES, compileBundledEntities, sourcesOf} from '../server/src/entities/load.js'

const list = compileBundledEntities()
const sources = sourcesOf(list)
writeFileSync(resolve(import.meta.dirname, '../server/out', BUNDLED_ENTITIES), JSON.stringify({...list, trie: new EntityIndex(sources).exportTrie(sources.length)}))
