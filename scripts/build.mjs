// Bundles the extension client, the language server and the CLI into CommonJS files that need
// nothing at run time but the tagger's model copied next to them, so the .vsix ships only these and its data.
import {execFileSync} from 'node:child_process'
import {cpSync, rmSync} from 'node:fs'
import {build} from 'esbuild'
import {BUNDLE} from './bundle-options.mjs'

const common = {...BUNDLE, sourcemap: 'linked'}

await Promise.all([
  build({...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode']}),
  build({...common, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js'}),
  build({...common, entryPoints: ['server/src/cli.ts'], outfile: 'server/out/cli.js', banner: {js: '#!/usr/bin/env node'}})
])
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/compile-entities.ts'], {stdio: 'inherit'})
const model = 'server/out/node_modules/wink-eng-lite-web-model'
rmSync(model, {recursive: true, force: true})
for (const entry of ['package.json', 'LICENSE', 'dist']) cpSync(`node_modules/wink-eng-lite-web-model/${entry}`, `${model}/${entry}`, {recursive: true})
