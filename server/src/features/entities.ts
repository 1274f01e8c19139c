import {CompletionItemKind, DocumentHighlightKind, type CompletionItem, type DocumentHighlight, type Hover, type Position} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Briefing} from '../engine/model.js'
import type {EntityIndex} from '../entities/entity-index.js'
import {briefingDate, findMentions, type Mention} from '../entities/mentions.js'
import type {Entity} from '../entities/types.js'
import {contains, toRange} from './hover.js'

export function mentionAt(briefing: Briefing, index: EntityIndex, offset: number): Mention | undefined {
  return findMentions(briefing, index).find((mention) => contains(mention.span, offset) && offset < mention.span.end)
}

/** The entity card: who or what it is, the role held on the briefing's date, earlier roles, spellings, links. */
export function entityCard(entity: Entity, index: EntityIndex, date: string | undefined): string {
  const lines = [`**${entity.name}** · ${entity.kind}${entity.country ? ` · ${entity.country}` : ''}`]
  const current = index.rolesOn(entity, date)
  const span = (role: {from?: string; to?: string}) => (role.from || role.to ? ` (${role.from ?? '?'} – ${role.to ?? 'now'})` : '')
  if (current.length > 0) lines.push(`${date ? `On ${date}` : 'Now'}: ${current.map((role) => index.roleTitle(role) + span(role)).join('; ')}`)
  const earlier = (entity.roles ?? []).filter((role) => !current.includes(role))
  if (earlier.length > 0) lines.push(`Other roles: ${earlier.map((role) => index.roleTitle(role) + span(role)).join('; ')}`)
  if (entity.description) lines.push(entity.description)
  if (entity.aliases?.length) lines.push(`Also written: ${entity.aliases.slice(0, 8).join(', ')}${entity.aliases.length > 8 ? ', …' : ''}`)
  const links = [entity.links?.wikipedia ? `[Wikipedia](${entity.links.wikipedia})` : '', entity.links?.wikidata ? `[Wikidata ${entity.links.wikidata}](https://www.wikidata.org/wiki/${entity.links.wikidata})` : ''].filter(Boolean)
  if (links.length > 0) lines.push(links.join(' · '))
  return lines.join('\n\n')
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
  const entity = mention.entityId ? index.entities.get(mention.entityId) : undefined
  if (mention.form === 'role') {
    const post = index.posts.get(mention.postIds![0]!)
    const who = entity ? `held on ${date ?? 'the briefing date'} by **${entity.name}**` : `no single holder known on ${date ?? 'the briefing date'}`
    return {contents: {kind: 'markdown', value: `**${post?.title ?? mention.surface}**: ${who}.${entity ? `\n\n${entityCard(entity, index, date)}` : ''}`}, range}
  }
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
  const typed = /(\p{Lu}[\p{L}'’-]*)$/u.exec(line)?.[1]
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
