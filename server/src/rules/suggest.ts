import {distance} from 'fastest-levenshtein'

/** Candidates close enough to `value` to be what the writer meant, nearest first. */
export function suggest(value: string, candidates: Iterable<string>, limit = 3): string[] {
  const lower = value.toLowerCase()
  const budget = Math.floor(value.length / 3)
  return [...new Set(candidates)]
    .map((candidate) => ({candidate, cost: distance(lower, candidate.toLowerCase())}))
    .filter(({candidate, cost}) => cost <= budget && candidate !== value)
    .sort((a, b) => a.cost - b.cost || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({candidate}) => candidate)
}
