import {languages, Uri} from 'vscode'

interface MarkdownIt {
  core: {ruler: {push(name: string, rule: (state: CoreState) => void): void}}
  renderer: {rules: Record<string, ((tokens: Token[], index: number, options: unknown, env: unknown, self: Renderer) => string) | undefined>}
  utils: {escapeHtml(text: string): string}
}
interface Token {
  type: string
  map: [number, number] | null
  content: string
  attrJoin(name: string, value: string): void
  attrSet(name: string, value: string): void
}
interface Renderer {
  renderToken(tokens: Token[], index: number, options: unknown): string
}
interface CoreState {
  tokens: Token[]
  env: {currentDocument?: Uri}
}

/** Names the server linked in each document, with a one-line description, for the preview. */
export const linkedNames = new Map<string, Map<string, string>>()

/**
 * Marks VS Code's Markdown preview of a briefing: paragraphs and items holding an unsourced or
 * vaguely sourced claim get a margin mark with the problem as a tooltip, and linked names a dotted
 * underline with who they are. Everything comes from what the language server already reported.
 */
export function extendMarkdownIt(md: MarkdownIt): MarkdownIt {
  md.core.ruler.push('brieflint_claims', (state) => {
    const uri = state.env.currentDocument
    if (!uri) return
    const diagnostics = languages.getDiagnostics(uri).filter((item) => item.source === 'brieflint')
    for (const token of state.tokens) {
      if (!token.map || (token.type !== 'paragraph_open' && token.type !== 'list_item_open')) continue
      const [start, end] = token.map
      const inside = diagnostics.filter((item) => item.range.start.line >= start && item.range.start.line < end)
      const code = (item: (typeof inside)[number]) => (typeof item.code === 'object' ? item.code.value : item.code)
      const unsourced = inside.filter((item) => code(item) === 'unsourced-claim')
      const vague = inside.filter((item) => code(item) === 'vague-attribution')
      if (unsourced.length === 0 && vague.length === 0) continue
      token.attrJoin('class', unsourced.length > 0 ? 'brieflint-unsourced' : 'brieflint-vague')
      token.attrSet('title', [...unsourced, ...vague].map((item) => item.message).join('\n'))
    }
  })
  const text = md.renderer.rules.text
  md.renderer.rules.text = (tokens, index, options, env, self) => {
    const uri = (env as CoreState['env']).currentDocument
    const names = uri ? linkedNames.get(uri.toString()) : undefined
    const content = tokens[index]!.content
    if (!names || names.size === 0) return text ? text(tokens, index, options, env, self) : md.utils.escapeHtml(content)
    const pattern = new RegExp(`(${[...names.keys()].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'g')
    return content
      .split(pattern)
      .map((part, at) => (at % 2 === 1 ? `<span class="brieflint-entity" title="${md.utils.escapeHtml(names.get(part) ?? '')}">${md.utils.escapeHtml(part)}</span>` : md.utils.escapeHtml(part)))
      .join('')
  }
  return md
}
