import ambiguousEntity from './ambiguous-entity.js'
import duplicateSource from './duplicate-source.js'
import entityAlias from './entity-alias.js'
import frontMatter from './front-matter.js'
import type {Rule} from './rule.js'
import staleRole from './stale-role.js'
import unknownPerson from './unknown-person.js'
import unknownSource from './unknown-source.js'
import unsourcedClaim from './unsourced-claim.js'
import unusedSource from './unused-source.js'
import vagueAttribution from './vague-attribution.js'

export const rules: Rule[] = [
  frontMatter,
  unknownSource,
  unusedSource,
  duplicateSource,
  unsourcedClaim,
  vagueAttribution,
  entityAlias,
  ambiguousEntity,
  staleRole,
  unknownPerson
]

export const ruleIds = new Set(rules.map((rule) => rule.id))
