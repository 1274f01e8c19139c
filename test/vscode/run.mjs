// Runs the extension inside a real VS Code with @vscode/test-electron. That needs a VS Code build,
// which cannot be downloaded without internet access; then this says so plainly and runs nothing.
import {existsSync, readdirSync} from 'node:fs'
import {resolve} from 'node:path'
import {runTests} from '@vscode/test-electron'

const root = resolve(import.meta.dirname, '../..')
const cache = resolve(root, '.vscode-test')

function findBuild() {
  if (process.env.VSCODE_EXECUTABLE) return process.env.VSCODE_EXECUTABLE
  if (!existsSync(cache)) return undefined
  const folder = readdirSync(cache).find((name) => name.startsWith('vscode-linux-x64-') && existsSync(resolve(cache, name, 'is-complete')))
  return folder ? resolve(cache, folder, 'code') : undefined
}

const executable = findBuild()
if (!executable) {
  console.log('skipped: no VS Code build (set VSCODE_EXECUTABLE or provide .vscode-test/)')
  process.exit(0)
}

try {
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: root,
    extensionTestsPath: resolve(import.meta.dirname, 'suite/index.cjs'),
    launchArgs: [resolve(root, 'examples'), '--disable-extensions', '--disable-workspace-trust']
  })
} catch (error) {
  console.error(`VS Code tests failed: ${error}`)
  process.exit(1)
}
