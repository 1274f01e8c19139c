import {CompletionItemKind, DocumentHighlightKind, type CompletionItem, type DocumentHighlight, type Hover, type Position} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Briefing} from '../engine/model.js'
import type {EntityIndex} from '../entities/entity-index.js'
import {briefingDate, findMentions, type Mention} from '../entities/mentions.js'
import type {Entity, Role} from '../entities/types.js'
import {contains, toRange} from './hover.js'
import {runStart} from '../engine/runs.js'

export function mentionAt(briefing: Briefing, index: EntityIndex, offset: number): Mention | undefined {
  return findMentions(briefing, index).find((mention) => contains(mention.span, offset) && offset < mention.span.end)
}

/** The entity card: who or what it is, the posts held on the briefing's date and how old that knowledge is, earlier posts, spellings, links. */
export function entityCard(entity: Entity, index: EntityIndex, date: string | undefined): string {
  const lines = [`**${entity.name}** · ${entity.kind}${entity.country ? ` · ${entity.country}` : ''}`]
  const checked = index.checked.get(entity.id)
  // Past the check date the list cannot say who holds what: it says what it knew, and when.
  const beyond = !!date && !!checked && date > checked
  const current = index.rolesOn(entity, beyond ? checked : date)
  if (current.length > 0) {
    const held = current.map((role) => `${index.roleTitle(role)}${since(role)}${sourceLink(role)}`).join('; ')
    if (beyond) lines.push(`${held} — held as of ${checked}, when this entry was checked; the list does not know about ${date}.`)
    else if (checked) lines.push(`${date ? `On ${date}` : 'Now'}: ${held} (held as of ${checked}, when this entry was checked)`)
    else lines.push(`${date ? `On ${date}` : 'Now'}: ${held}`)
  } else if (beyond && (entity.roles?.length ?? 0) > 0) {
    lines.push(`The list knows this entry only to ${checked}, before ${date}.`)
  }
  const earlier = (entity.roles ?? []).filter((role) => !current.includes(role))
  if (earlier.length > 0) lines.push(`Other roles: ${earlier.map((role) => `${index.roleTitle(role)}${period(role)}${sourceLink(role)}`).join('; ')}`)
  if (entity.description) lines.push(entity.description)
  const spellings = [...(entity.aliases ?? []), ...(entity.deprecated ?? []).map((spelling) => `${spelling} (replaced)`)]
  if (spellings.length) lines.push(`Also written: ${spellings.slice(0, 8).join(', ')}${spellings.length > 8 ? ', …' : ''}`)
  const links = [entity.links?.wikipedia ? `[Wikipedia](${entity.links.wikipedia})` : '', entity.links?.wikidata ? `[Wikidata ${entity.links.wikidata}](https://www.wikidata.org/wiki/${entity.links.wikidata})` : ''].filter(Boolean)
  if (links.length > 0) lines.push(links.join(' · '))
  return lines.join('\n\n')
}

function since(role: Role): string {
  return role.from ? ` since ${role.from}` : ''
}

function period(role: Role): string {
  return role.from || role.to ? ` (${role.from ?? '?'} – ${role.to ?? 'open'})` : ''
}

/** The reference a role rests on: a link for a URL, the words for a decree. */
function sourceLink(role: Role): string {
  if (!role.source) return ''
  return /^https?:\/\//.test(role.source) ? ` [source](${role.source})` : ` (source: ${role.source})`
}

export function entityHover(briefing: Briefing, index: EntityIndex, document: TextDocument, offset: number): Hover | null {
  const mention = mentionAt(briefing, index, offset)
  if (!mention) return null
  const date = briefingDate(briefing)
  const range = toRange(document, mention.span)
  if (mention.candidates) {
    const names = mention.candidates.map((id) => index.entities.get(id)!.name)
    return {contents: {kind: 'markdown', value: `**${mention.surface}** could be: ${names.join(', ')}.`}, range}
  }
  if (mention.form === 'role') {
    const post = mention.postIds?.length === 1 ? index.posts.get(mention.postIds[0]!) : undefined
    const title = post?.title ?? mention.surface
    // "Kremlin spokesman Dmitry Peskov": the title is the named person's; show that person with it.
    const named = mention.titles?.entityId ? index.entities.get(mention.titles.entityId) : undefined
    if (named) return {contents: {kind: 'markdown', value: `**${title}**, written as the title of ${named.name}.\n\n${entityCard(named, index, date)}`}, range}
    if (mention.titles) return {contents: {kind: 'markdown', value: `**${title}**, written as the title of ${mention.titles.surface}.`}, range}
    const holder = mention.entityId ? index.entities.get(mention.entityId) : undefined
    const checked = holder ? index.checked.get(holder.id) : undefined
    const who = holder
      ? date && checked && date > checked
        ? `held by **${holder.name}** as of ${checked}, when the list was checked; it does not know who held it on ${date}`
        : `held on ${date ?? 'the briefing date'} by **${holder.name}**`
      : (mention.postIds?.length ?? 0) > 1
        ? `a title of ${mention.postIds!.length} offices in the list; with a country before it ("Hungary's ${mention.surface.toLowerCase()}") or a name after it, it names one`
        : `no single holder known on ${date ?? 'the briefing date'}`
    return {contents: {kind: 'markdown', value: `**${title}**: ${who}.${holder ? `\n\n${entityCard(holder, index, date)}` : ''}`}, range}
  }
  const entity = mention.entityId ? index.entities.get(mention.entityId) : undefined
  return entity ? {contents: {kind: 'markdown', value: entityCard(entity, index, date)}, range} : null
}

export function entityHighlights(briefing: Briefing, index: EntityIndex, document: TextDocument, position: Position): DocumentHighlight[] {
  const mention = mentionAt(briefing, index, document.offsetAt(position))
  if (!mention?.entityId) return []
  return findMentions(briefing, index)
    .filter((other) => other.entityId === mention.entityId)
    .map((other) => ({range: toRange(document, other.span), kind: DocumentHighlightKind.Text}))
}

/** Entity names for a capitalised word being typed. */
export function completeEntityNames(index: EntityIndex, document: TextDocument, position: Position): CompletionItem[] {
  const line = document.getText({start: {line: position.line, character: 0}, end: position})
  const word = line.slice(runStart(line, /[\p{L}'’-]/u))
  // From the first capital letter of the word before the cursor.
  const capital = word.search(/\p{Lu}/u)
  const typed = capital < 0 ? undefined : word.slice(capital)
  if (!typed || typed.length < 2) return []
  const prefix = typed.toLowerCase()
  const items: CompletionItem[] = []
  for (const entity of index.entities.values()) {
    const spelling = [entity.name, ...(entity.aliases ?? [])].find((name) => name.toLowerCase().startsWith(prefix) || name.toLowerCase().split(/\s+/).some((word) => word.startsWith(prefix)))
    if (!spelling) continue
    items.push({
      label: entity.name,
      kind: entity.kind === 'person' ? CompletionItemKind.Constant : entity.kind === 'place' ? CompletionItemKind.Module : CompletionItemKind.Class,
      detail: entity.description,
      filterText: spelling,
      textEdit: {range: {start: {line: position.line, character: position.character - typed.length}, end: position}, newText: entity.name}
    })
    if (items.length >= 100) break
  }
  return items
}
