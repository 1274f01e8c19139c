import {CodeActionKind, type CodeAction, type Diagnostic, type Hover} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {analyseClaims, type ClaimUnit} from '../engine/claims/analyse.js'
import type {Briefing} from '../engine/model.js'
import {runStart} from '../engine/runs.js'
import type {EntityIndex} from '../entities/entity-index.js'
import {tokenize} from '../entities/normalize.js'
import {contains, toRange} from './hover.js'

/** "Attributed to Vladimir Medinsky, by the list introduced on line 12". */
export function describeAttribution(unit: ClaimUnit, document: TextDocument, speaker = unit.speaker): string {
  const line = (offset: number) => document.positionAt(offset).line + 1
  switch (unit.attribution) {
    case 'cited':
      return speaker ? `Cited, and attributed to ${speaker}.` : 'Cited.'
    case 'attributed':
      return `Attributed to ${speaker}.`
    case 'inherited': {
      const from = unit.inheritance!.from
      const how = {
        list: `by the list introduced on line ${line(from.start)}`,
        quote: `by the quotation introduced on line ${line(from.start)}`,
        quotation: `as part of a quotation whose speaker is named on line ${line(from.start)}`,
        paragraphs: `by the statement introduced on line ${line(from.start)}`,
        pronoun: `continuing the speaker named on line ${line(from.start)}`,
        label: `in the transcript turn labelled on line ${line(from.start)}`,
        credit: `by the credit on line ${line(from.start)}`
      }[unit.inheritance!.by]
      return `Attributed to ${speaker}, ${how}.`
    }
    case 'vague':
      return `Vague attribution: “${unit.cue}” does not name a source.`
    case 'unsourced':
      if (unit.aside) return 'Editorial aside with no source.'
      return unit.quotation ? 'A quotation with no speaker: nobody is named before, in or after it.' : 'No source: no citation, no named speaker, nothing to inherit from.'
    default:
      return ''
  }
}

export function claimHover(briefing: Briefing, document: TextDocument, offset: number, index?: EntityIndex): Hover | null {
  const units = analyseClaims(briefing).units.filter((unit) => unit.claim && contains(unit.span, offset))
  // An aside lies inside its sentence: the innermost unit is the one under the cursor.
  const unit = units.sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start))[0]
  if (!unit) return null
  const title = unit.aside ? 'Aside' : 'Claim'
  return {contents: {kind: 'markdown', value: `**${title}** · ${describeAttribution(unit, document, speakerName(unit.speaker, index))}`}, range: toRange(document, unit.span)}
}

/**
 * The speaker, named once. A subject that runs two names together ("In Moscow Russia said") is read
 * as one name by the clause reader; when it is made of whole names from the entity list, the last
 * one is the subject.
 */
function speakerName(speaker: string | undefined, index: EntityIndex | undefined): string | undefined {
  if (!speaker || !index) return speaker
  const tokens = tokenize(speaker)
  const names: {start: number; end: number}[] = []
  for (let at = 0; at < tokens.length; ) {
    const match = index.longestMatch(tokens, at)
    // A surname or a given name alone may be anybody's: only whole names count.
    if (!match?.entries.some((entry) => entry.entityId && (entry.form === 'name' || entry.form === 'alias'))) return speaker
    names.push({start: tokens[at]!.start, end: tokens[at + match.length - 1]!.end})
    at += match.length
  }
  return names.length > 1 ? speaker.slice(names.at(-1)!.start, names.at(-1)!.end) : speaker
}

/**
 * Inserts a citation where it belongs (before the closing punctuation) as a snippet whose key is a
 * choice of the briefing's sources: the first is filled in, so Escape never leaves an empty `[@]`.
 * Only for editors that apply snippet edits: the alternative would be an empty key.
 */
export function addCitationAction(briefing: Briefing, document: TextDocument, diagnostic: Diagnostic): CodeAction | undefined {
  const start = document.offsetAt(diagnostic.range.start)
  const unit = analyseClaims(briefing).units.find((item) => item.span.start === start)
  if (!unit) return undefined
  const end = unit.aside ? (unit.text.endsWith(')') ? unit.text.length - 1 : unit.text.length) : runStart(unit.text, /[.!?…]/, runStart(unit.text, /["”’»)]/))
  const position = document.positionAt(unit.span.start + end)
  const keys = [...new Set(briefing.sources.map((source) => source.key))]
  // With no source defined yet, a placeholder key: the unknown-source report then asks for its definition.
  const choice = keys.length > 0 ? `\${1|${keys.map((key) => key.replace(/[,|\\$}]/g, '\\$&')).join(',')}|}` : '${1:key}'
  return {
    title: 'Add citation',
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit: {documentChanges: [{textDocument: {uri: document.uri, version: document.version}, edits: [{range: {start: position, end: position}, snippet: {kind: 'snippet', value: ` [@${choice}]`}}]}]}
  }
}
