export function isBriefingPath(path: string, lintMarkdown: boolean): boolean {
  return /\.(brief\.md|briefing)$/i.test(path) || (lintMarkdown && /\.(md|markdown)$/i.test(path))
}
