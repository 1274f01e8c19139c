import {SEVERITIES} from '../engine/config.js'
import {ruleOptions, type Rule} from '../engine/rule.js'

/**
 * JSON Schemas generated from the rules' own definitions: for `.brieflintrc` files
 * (server/data/config.schema.json) and for the `brieflint.rules` setting (package.json).
 * `npm run docs` writes them; a test checks they are current.
 */

const SEVERITY = {type: 'string', enum: [...SEVERITIES]}

/** A rule's setting written as an object: a severity and the rule's options, nothing else. */
export function ruleObjectSchema(rule: Rule): Record<string, unknown> {
  return {type: 'object', properties: {severity: SEVERITY, ...rule.options}, additionalProperties: false}
}

export function ruleSettingSchema(rule: Rule): Record<string, unknown> {
  const options = ruleOptions(rule).map(([name]) => name)
  const takes = options.length > 0 ? ` Options: ${options.map((name) => `\`${name}\``).join(', ')}.` : ''
  return {description: `${rule.summary} Default: ${rule.severity}.${takes}`, anyOf: [SEVERITY, ruleObjectSchema(rule)]}
}

export function rulesSchema(rules: readonly Rule[]): Record<string, unknown> {
  return {
    type: 'object',
    properties: Object.fromEntries(rules.map((rule) => [rule.id, ruleSettingSchema(rule)])),
    additionalProperties: false
  }
}

/** The schema of `.brieflintrc` files, which editors use to complete and check them. */
export function configSchema(rules: readonly Rule[]): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Brieflint configuration',
    type: 'object',
    additionalProperties: false,
    properties: {rules: {description: 'Severity per rule, or an object with a severity and the rule\'s options.', ...rulesSchema(rules)}}
  }
}
