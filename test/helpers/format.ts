import type {BrieflintMessage} from '../../server/src/engine/rule.js'

/** `line:column-line:column: reason`, the form rule examples use. */
export function formatReport(message: BrieflintMessage): string {
  const {place} = message
  return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}: ${message.reason}`
}
