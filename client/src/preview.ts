/**
 * Marks VS Code's Markdown preview of a briefing: paragraphs and items holding an unsourced or vaguely
 * sourced claim get a margin mark with the problem as a tooltip, and linked names a dotted underline
 * with who they are. It only shows what the language server already reported, and has no VS Code
 * dependency of its own, so it is tested with markdown-it alone.
 */

interface Token {
  type: string
  map: [number, number] | null
  content: string
  attrJoin(name: string, value: string): void
  attrSet(name: string, value: string): void
}

type Rule = (tokens: Token[], index: number, options: unknown, env: unknown, self: unknown) => string

export interface MarkdownIt {
  core: {ruler: {push(name: string, rule: (state: {tokens: Token[]; env: unknown}) => void): void}}
  renderer: {rules: Record<string, Rule | undefined>}
  utils: {escapeHtml(text: string): string}
}

export interface PreviewProblem {
  line: number
  code: string
  message: string
}

export interface PreviewSource {
  /** The document being rendered, from markdown-it's environment (VS Code passes `currentDocument`). */
  documentOf(env: unknown): string | undefined
  problems(document: string): PreviewProblem[]
  /** Linked names as written, and who they are. */
  names(document: string): Map<string, string>
}

export function briefingPreview(md: MarkdownIt, source: PreviewSource): MarkdownIt {
  md.core.ruler.push('brieflint_claims', (state) => {
    const document = source.documentOf(state.env)
    if (!document) return
    const problems = source.problems(document)
    for (const token of state.tokens) {
      if (!token.map || (token.type !== 'paragraph_open' && token.type !== 'list_item_open')) continue
      const [start, end] = token.map
      const inside = problems.filter((problem) => problem.line >= start && problem.line < end)
      const unsourced = inside.filter((problem) => problem.code === 'unsourced-claim')
      const vague = inside.filter((problem) => problem.code === 'vague-attribution')
      if (unsourced.length === 0 && vague.length === 0) continue
      token.attrJoin('class', unsourced.length > 0 ? 'brieflint-unsourced' : 'brieflint-vague')
      token.attrSet('title', [...unsourced, ...vague].map((problem) => problem.message).join('\n'))
    }
  })
  const text = md.renderer.rules.text
  md.renderer.rules.text = (tokens, index, options, env, self) => {
    const document = source.documentOf(env)
    const names = document ? source.names(document) : undefined
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
