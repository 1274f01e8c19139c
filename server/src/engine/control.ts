import {location} from 'vfile-location'
import type {Briefing} from './model.js'
import type {BrieflintMessage} from './rule.js'

type Verb = 'disable' | 'enable' | 'disable-next-line'

export interface ControlComment {
  verb: Verb
  /** Empty: every rule. */
  ruleIds: string[]
  /** Offset where the comment ends: `disable`/`enable` take effect from here. */
  end: number
}

const HTML_MARKER = /^<!--\s*brieflint-(disable-next-line|disable|enable)((?:\s+[\w-]+)*)\s*-->$/
const YAML_MARKER = /^[ \t]*#[ \t]*brieflint-(disable-next-line|disable|enable)((?:[ \t]+[\w-]+)*)[ \t]*$/gm

export function findControlComments(briefing: Briefing): ControlComment[] {
  const comments: ControlComment[] = []
  for (const node of briefing.html) {
    const match = HTML_MARKER.exec(node.value.trim())
    if (match) comments.push(toComment(match, node.span.end))
  }
  const frontMatter = briefing.frontMatter
  if (frontMatter) {
    const yaml = briefing.text.slice(frontMatter.contentSpan.start, frontMatter.contentSpan.end)
    for (const match of yaml.matchAll(YAML_MARKER)) {
      comments.push(toComment(match, frontMatter.contentSpan.start + match.index + match[0].length))
    }
  }
  return comments.sort((a, b) => a.end - b.end)
}

function toComment(match: RegExpMatchArray, end: number): ControlComment {
  return {verb: match[1] as Verb, ruleIds: match[2]!.trim().split(/\s+/).filter(Boolean), end}
}

/** The messages that control comments leave on. */
export function applyControlComments(messages: BrieflintMessage[], briefing: Briefing): BrieflintMessage[] {
  const comments = findControlComments(briefing)
  if (comments.length === 0) return messages
  const place = location(briefing.text)
  const nextLine = new Map<number, ControlComment[]>()
  for (const comment of comments) {
    if (comment.verb !== 'disable-next-line') continue
    const line = place.toPoint(comment.end)!.line + 1
    nextLine.set(line, [...(nextLine.get(line) ?? []), comment])
  }
  const toggles = comments.filter((comment) => comment.verb !== 'disable-next-line')
  return messages.filter((message) => {
    const {ruleId} = message
    const start = message.place.start
    const covers = (comment: ControlComment) => comment.ruleIds.length === 0 || comment.ruleIds.includes(ruleId)
    if (nextLine.get(start.line)?.some(covers)) return false
    const offset = start.offset
    let enabled = true
    for (const toggle of toggles) {
      if (toggle.end > offset) break
      if (covers(toggle)) enabled = toggle.verb === 'enable'
    }
    return enabled
  })
}
