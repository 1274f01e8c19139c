import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

export interface PrettyOptions {
  color?: boolean
  quiet?: boolean
  /** The terminal's width; lines are wrapped to it. Unset (a pipe, a CI log): one line per problem. */
  columns?: number
}

type Severity = 'error' | 'warning' | 'info'

/** vfile's convention, which the CLI follows: `fatal` true for errors, false for warnings, unset for the rest. */
export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/**
 * The human report: each file's path, then one line per problem (place, severity, message, rule),
 * then the totals. Columns are aligned by the place and severity only, so a long message never pads
 * the others; on a terminal, messages wrap under themselves at its width.
 */
export function prettyReport(files: VFile[], options: PrettyOptions = {}): string {
  const paint = painter(Boolean(options.color))
  const totals: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  const blocks: string[] = []
  for (const file of files) {
    const name = file.path || '<stdin>'
    if (file.messages.length === 0) {
      if (!options.quiet) blocks.push(`${name}: no issues found`)
      continue
    }
    const places = file.messages.map(placeOf)
    // Not Math.max(...): a file can have more problems than a call takes arguments.
    const width = places.reduce((widest, place) => Math.max(widest, place.length), 0)
    const lines = [paint.underline(name)]
    file.messages.forEach((message, index) => {
      const severity = severityOf(message)
      totals[severity]++
      const place = `  ${places[index]!.padEnd(width)}  `
      const indent = place.length + 9
      const rule = message.ruleId ?? ''
      // A file that could not be processed says why: the engine's "Cannot process file" carries the reason as its cause.
      const cause = !rule && message.reason === 'Cannot process file' && message.cause instanceof Error ? `: ${message.cause.message}` : ''
      // The last row ends with the rule id, which is dimmed.
      const rows = wrap(message.reason + cause, rule && `  ${rule}`, indent, options.columns)
      rows.forEach((row, at) => {
        const prefix = at === 0 ? place + paint[severity](severity.padEnd(7)) + '  ' : ' '.repeat(indent)
        lines.push(prefix + (rule && at === rows.length - 1 ? row.slice(0, -rule.length) + paint.dim(rule) : row))
      })
    })
    blocks.push(lines.join('\n'))
  }
  const summary = (['error', 'warning', 'info'] as const).filter((severity) => totals[severity] > 0).map((severity) => paint[severity](`${totals[severity]} ${severity}${totals[severity] === 1 ? '' : 's'}`))
  if (summary.length > 0) blocks.push(summary.join(', '))
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : ''
}

function placeOf(message: VFileMessage): string {
  const {start, end} = message.place && 'start' in message.place ? message.place : {start: message.place, end: undefined}
  if (!start?.line) return ''
  const from = `${start.line}:${start.column ?? 1}`
  return end?.line ? `${from}-${end.line}:${end.column ?? 1}` : from
}

/**
 * The message's rows, the rule after the last: words fill the room left of `indent` up to `columns`.
 * Too narrow a terminal, or none, gets one row.
 */
function wrap(reason: string, rule: string, indent: number, columns: number | undefined): string[] {
  const room = (columns ?? Infinity) - indent - 1
  if (reason.length + rule.length <= room || room < 20) return [reason + rule]
  const rows: string[] = []
  let row = ''
  for (const word of reason.split(/\s+/)) {
    if (row && row.length + 1 + word.length > room) {
      rows.push(row)
      row = word
    } else row = row ? `${row} ${word}` : word
  }
  if (row.length + rule.length <= room) rows.push(row + rule)
  else rows.push(row, rule.trimStart())
  return rows
}

function painter(color: boolean) {
  const code = (open: number, close: number) => (text: string) => (color ? `\u001B[${open}m${text}\u001B[${close}m` : text)
  return {error: code(31, 39), warning: code(33, 39), info: code(34, 39), dim: code(2, 22), underline: code(4, 24)}
}
