import {statSync} from 'node:fs'
import {resolve, sep} from 'node:path'
import {minimatch} from 'minimatch'
import type {VFile} from 'vfile'

/**
 * The paths, folders and globs of the command line that brought no briefing to lint, as ESLint
 * reports them: in CI a mistyped path would otherwise pass as a clean run.
 */
export function unmatchedPatterns(patterns: string[], files: VFile[], cwd: string): string[] {
  const linted = files.filter(({data}) => data.unifiedEngineGiven && !data.unifiedEngineIgnored).map((file) => resolve(cwd, file.path))
  return patterns.filter((pattern) => {
    const target = resolve(cwd, pattern)
    let folder = false
    try {
      folder = statSync(target).isDirectory()
    } catch {
      // Not on disk: a glob, or a missing file the report already names.
    }
    return !linted.some((path) => (folder ? path.startsWith(target.endsWith(sep) ? target : target + sep) : path === target || minimatch(path, target, {dot: true})))
  })
}
