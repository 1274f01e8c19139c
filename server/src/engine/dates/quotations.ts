import type {Span} from '../model.js'

/** Spans of text inside quotation marks (“...”, "...", «...»), within one block. */
export function quotedSpans(text: string, base = 0): Span[] {
  const spans: Span[] = []
  for (const match of text.matchAll(/“[^”]*”|"[^"\n]*"|«[^»]*»/g)) spans.push({start: base + match.index, end: base + match.index + match[0].length})
  return spans
}

export function insideAny(spans: Span[], offset: number): boolean {
  return spans.some((span) => offset > span.start && offset < span.end)
}
