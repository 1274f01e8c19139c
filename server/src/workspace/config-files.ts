import {readFileSync, statSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {parse} from 'yaml'
import type {BrieflintConfig} from '../engine/config.js'

/**
 * The data-only configuration files, nearest first. `.brieflintrc.js` and its kin are
 * deliberately absent: the language server never runs code from a workspace.
 */
export const CONFIG_NAMES = ['.brieflintrc', '.brieflintrc.json', '.brieflintrc.yaml', '.brieflintrc.yml']

export interface LoadedConfig {
  path: string
  config: BrieflintConfig
  error?: string
}

/** The nearest configuration file from `directory` up to `root`, like unified-engine's rc lookup. */
export function findConfig(directory: string, root: string | undefined): LoadedConfig | undefined {
  let current = directory
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const path = join(current, name)
      if (isFile(path)) return loadConfig(path)
    }
    const parent = dirname(current)
    if (parent === current || (root && current === root)) return undefined
    current = parent
  }
}

export function loadConfig(path: string): LoadedConfig {
  try {
    const data = parse(readFileSync(path, 'utf8')) as unknown
    if (data === null || data === undefined) return {path, config: {}}
    if (typeof data !== 'object' || Array.isArray(data)) return {path, config: {}, error: 'expected a mapping with a `rules` field'}
    const rules = (data as {rules?: unknown}).rules
    if (rules !== undefined && (typeof rules !== 'object' || rules === null || Array.isArray(rules))) {
      return {path, config: {}, error: '`rules` must map rule ids to a severity'}
    }
    return {path, config: {rules: rules as BrieflintConfig['rules']}}
  } catch (error) {
    return {path, config: {}, error: String((error as Error).message ?? error).split('\n')[0]!}
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}
