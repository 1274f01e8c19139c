import {readdirSync} from 'node:fs'
import {join} from 'node:path'

const SKIPPED = new Set(['node_modules', '.git', 'out', 'dist'])

export function isBriefingPath(path: string, lintMarkdown: boolean): boolean {
  return /\.(brief\.md|briefing)$/i.test(path) || (lintMarkdown && /\.(md|markdown)$/i.test(path))
}

/** Every briefing below `folder`, skipping dependency and build folders. */
export function listBriefings(folder: string, lintMarkdown: boolean, limit = 10_000): string[] {
  const found: string[] = []
  const stack = [folder]
  while (stack.length > 0 && found.length < limit) {
    const current = stack.pop()!
    let entries
    try {
      entries = readdirSync(current, {withFileTypes: true})
    } catch {
      continue
    }
    for (const entry of entries) {
      const path = join(current, entry.name)
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name) && !entry.name.startsWith('.')) stack.push(path)
      } else if (entry.isFile() && isBriefingPath(entry.name, lintMarkdown)) {
        found.push(path)
      }
    }
  }
  return found.sort()
}
