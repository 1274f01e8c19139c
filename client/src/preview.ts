/**
 * Marks VS Code's Markdown preview of a briefing: paragraphs and items holding an unsourced or vaguely
 * sourced claim get a margin mark with the problem as a tooltip, and linked names a dotted underline
 * with who they are. It only shows what the language server already reported, and has no VS Code
 * dependency of its own, so it is tested with markdown-it alone.
 *
 * The marks are made when the tokens are rendered, not when they are parsed: VS Code parses a document
 * without saying which one it is (`env.currentDocument` is set only for rendering), and reuses the
 * parsed tokens for every render, so a mark added to a token must not stay on it.
 */

interface Token {
  type: string
  map: [number, number] | null
  hidden: boolean
  attrs: [string, string][] | null
  attrJoin(name: string, value: string): void
  attrSet(name: string, value: string): void
}

type Rule = (tokens: Token[], index: number, options: unknown, env: unknown, self: Renderer) => string

interface Renderer {
  rules: Record<string, Rule | undefined>
  renderToken(tokens: Token[], index: number, options: unknown): string
}

export interface MarkdownIt {
  renderer: Renderer
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
  const marked = (name: string, linesOf: (tokens: Token[], index: number) => [number, number] | undefined) => {
    const base = md.renderer.rules[name]
    md.renderer.rules[name] = (tokens, index, options, env, self) => {
      const render = () => (base ? base(tokens, index, options, env, self) : self.renderToken(tokens, index, options))
      const document = source.documentOf(env)
      const lines = document ? linesOf(tokens, index) : undefined
      const inside = lines ? source.problems(document!).filter((problem) => problem.line >= lines[0] && problem.line < lines[1]) : []
      const unsourced = inside.filter((problem) => problem.code === 'unsourced-claim')
      const vague = inside.filter((problem) => problem.code === 'vague-attribution')
      if (unsourced.length === 0 && vague.length === 0) return render()
      const token = tokens[index]!
      const attrs = token.attrs && [...token.attrs]
      token.attrJoin('class', unsourced.length > 0 ? 'brieflint-unsourced' : 'brieflint-vague')
      token.attrSet('title', [...unsourced, ...vague].map((problem) => problem.message).join('\n'))
      try {
        return render()
      } finally {
        token.attrs = attrs
      }
    }
  }
  // A paragraph is marked where it is shown: itself, or in a tight list (whose paragraphs are hidden) its item.
  marked('paragraph_open', (tokens, index) => (tokens[index]!.hidden ? undefined : tokens[index]!.map ?? undefined))
  marked('list_item_open', (tokens, index) => {
    const paragraph = tokens[index + 1]
    return paragraph?.type === 'paragraph_open' && paragraph.hidden ? paragraph.map ?? undefined : undefined
  })

  const text = md.renderer.rules.text
  md.renderer.rules.text = (tokens, index, options, env, self) => {
    const document = source.documentOf(env)
    const names = document ? source.names(document) : undefined
    const content = (tokens[index] as Token & {content: string}).content
    if (!names || names.size === 0) return text ? text(tokens, index, options, env, self) : md.utils.escapeHtml(content)
    // Whole words only: "Russian" is not a mention of Russia.
    const alternatives = [...names.keys()].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u')
    return content
      .split(pattern)
      .map((part, at) => (at % 2 === 1 ? `<span class="brieflint-entity" title="${md.utils.escapeHtml(names.get(part) ?? '')}">${md.utils.escapeHtml(part)}</span>` : md.utils.escapeHtml(part)))
      .join('')
  }
  return md
}
