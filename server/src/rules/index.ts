import ambiguousEntity from './ambiguous-entity.js'
import duplicateSource from './duplicate-source.js'
import entityAlias from './entity-alias.js'
import entityAsOf from './entity-as-of.js'
import frontMatter from './front-matter.js'
import weekdayMismatch from './weekday-mismatch.js'
import relativeDate from './relative-date.js'
import loadedLanguage from './loaded-language.js'
import scareQuotes from './scare-quotes.js'
import estimativeLanguage from './estimative-language.js'
import numberConsistency from './number-consistency.js'
import requiredSections from './required-sections.js'
import type {Rule} from '../engine/rule.js'
import staleRole from './stale-role.js'
import unknownPerson from './unknown-person.js'
import unknownSource from './unknown-source.js'
import unsourcedClaim from './unsourced-claim.js'
import unusedSource from './unused-source.js'
import vagueAttribution from './vague-attribution.js'

/** The built-in rules, in the order the docs list them; the server and the CLI pass them to `lint`. */
export const rules: readonly Rule[] = [
  frontMatter,
  unknownSource,
  unusedSource,
  duplicateSource,
  unsourcedClaim,
  vagueAttribution,
  entityAlias,
  ambiguousEntity,
  staleRole,
  entityAsOf,
  unknownPerson,
  weekdayMismatch,
  relativeDate,
  loadedLanguage,
  scareQuotes,
  estimativeLanguage,
  numberConsistency,
  requiredSections
]
