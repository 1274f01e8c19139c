// Compiles the bundled entity list (YAML files and the country data) into server/out/bundled-entities.json,
// so the CLI and server start without parsing YAML, compiling the schema or loading the country data.
// A problem in a bundled file fails the build.
import {writeFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {BUNDLED_ENTITIES, compileBundledEntities} from '../server/src/entities/load.js'

writeFileSync(resolve(import.meta.dirname, '../server/out', BUNDLED_ENTITIES), JSON.stringify(compileBundledEntities()))
