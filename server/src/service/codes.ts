import {ANALYSIS_CODE} from '../engine/rule.js'

/**
 * The diagnostic codes Brieflint reports besides rule ids, with what they mean; the README's
 * table of them is generated from this list.
 */
export const OTHER_CODES = {
  analysis: {
    code: ANALYSIS_CODE,
    severity: 'info',
    description: 'Part of a briefing was not analysed: quotes or lists nested more than 100 deep, or past `brieflint.analysisBudget`. The diagnostic says which lines.'
  },
  maxFileSize: {code: 'max-file-size', severity: 'info', description: 'The file has more characters than `brieflint.maxFileSize` and was skipped.'},
  configuration: {code: 'configuration', severity: 'error or warning', description: 'A problem in a `.brieflintrc` file, shown in that file: the rest of it, and the defaults, still apply.'},
  entityFile: {code: 'entity-file', severity: 'error', description: 'A problem in an entity file, shown in that file: its valid entries, and the bundled list, still apply.'}
} as const
