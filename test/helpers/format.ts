import type {BrieflintMessage} from '../../server/src/rules/rule.js'

/** `line:column-line:column: reason`, the form rule examples use. */
export function formatReport(message: BrieflintMessage): string {
  const place = message.place
  if (!place || !('start' in place)) return `?: ${message.reason}`
  return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}: ${message.reason}`
}
