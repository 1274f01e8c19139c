import {dirname, join} from 'node:path'
import type {BrieflintConfig} from '../engine/config.js'
import type {Span} from '../engine/model.js'
import type {Rule} from '../engine/rule.js'
import {parseYaml, yamlData, yamlSpanAt} from '../engine/yaml-path.js'
import type {Files} from '../workspace/files.js'
import {CONFIG_FILE_NAMES} from '../../../shared/files.js'
import {checkConfig} from './check.js'

export interface ConfigFileProblem {
  span: Span
  message: string
  severity: 'error' | 'warning'
}

export interface ConfigFile {
  path: string
  text: string
  /** What is valid in the file; the rest is left at the defaults. */
  config: BrieflintConfig
  problems: ConfigFileProblem[]
}

/** Reads a `.brieflintrc` file (JSON is YAML): its valid configuration, and each problem where it is. */
export function readConfigFile(path: string, text: string, rules: readonly Rule[]): ConfigFile {
  const document = parseYaml(text)
  if (document.errors.length > 0) {
    const problems = document.errors.map((error) => ({message: `Invalid configuration: ${error.message.split('\n')[0]}`, span: {start: error.pos[0], end: error.pos[1]}, severity: 'error' as const}))
    return {path, text, config: {}, problems}
  }
  const {data, problem} = yamlData(document)
  if (problem) return {path, text, config: {}, problems: [{message: `Invalid configuration: ${problem.message}`, span: problem.span, severity: 'error'}]}
  const {config, problems} = checkConfig(data, rules)
  const contents = document.contents
  const whole = {start: contents?.range?.[0] ?? 0, end: contents?.range?.[1] ?? 0}
  return {path, text, config, problems: problems.map(({path: at, on, message, severity}) => ({message, severity, span: yamlSpanAt(contents, at, on) ?? whole}))}
}

/**
 * The configuration file nearest to `directory`, looking up to `root` (or the file system's root):
 * the nearest one applies, alone. Only data files are read; the server and the CLI never run
 * code from a workspace, so `.brieflintrc.js` is not among them.
 */
export function findConfigFile(files: Files, directory: string, root: string | undefined, rules: readonly Rule[]): ConfigFile | undefined {
  let current = directory
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(current, name)
      const text = files.read(path)
      if (text !== undefined) return readConfigFile(path, text, rules)
    }
    const parent = dirname(current)
    if (parent === current || (root !== undefined && current === root)) return undefined
    current = parent
  }
}
