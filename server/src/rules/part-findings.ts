import {shiftSpan, type Briefing, type Part, type Span} from '../engine/model.js'

const store = new WeakMap<Part, Map<string, {key: string; found: unknown[]}>>()

/**
 * What a rule finds in each part of a briefing on its own, computed once per part and moved to
 * where the part now sits: an edit costs the rule only the part it touched. `key` names whatever
 * else the findings depend on (the briefing's date, the rule's options); when it changes they are
 * found again.
 */
export function findInParts<T extends {span: Span}>(briefing: Briefing, ruleId: string, key: string, find: (part: Part) => T[]): T[] {
  const all: T[] = []
  for (const {start, part} of briefing.parts) {
    let byRule = store.get(part)
    if (!byRule) store.set(part, (byRule = new Map()))
    let entry = byRule.get(ruleId)
    if (!entry || entry.key !== key) byRule.set(ruleId, (entry = {key, found: find(part)}))
    for (const item of entry.found as T[]) all.push(start === 0 ? item : {...item, span: shiftSpan(item.span, start)})
  }
  return all
}
