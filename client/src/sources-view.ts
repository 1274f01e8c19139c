import {EventEmitter, Range, ThemeIcon, TreeItem, TreeItemCollapsibleState, type TreeDataProvider, type Uri} from 'vscode'
import type {OutlineEntry, SourcesOutline} from '../../shared/protocol.js'

/** A row of the Sources view; what it shows comes from the server's outline of the briefing. */
interface Node {
  item: TreeItem
  children?: Node[]
}

/**
 * The Sources view: for the active briefing, its sources with the claims citing them, the
 * unsourced and vague claims by section, and the people mentioned. A click reveals the text.
 */
export class SourcesView implements TreeDataProvider<Node> {
  private readonly changed = new EventEmitter<undefined>()
  readonly onDidChangeTreeData = this.changed.event
  private roots: Node[] = []

  /** Shows the outline of `uri`, or nothing (the view then shows its welcome text). */
  show(uri: Uri | undefined, outline: SourcesOutline | null) {
    this.roots = uri && outline ? roots(uri, outline) : []
    this.changed.fire(undefined)
  }

  getTreeItem(node: Node): TreeItem {
    return node.item
  }

  getChildren(node?: Node): Node[] {
    return node ? node.children ?? [] : this.roots
  }

  dispose() {
    this.changed.dispose()
  }
}

function roots(uri: Uri, {sources, sections, people}: SourcesOutline): Node[] {
  const reveal = (range: OutlineEntry['range']) => ({title: 'Reveal', command: 'vscode.open', arguments: [uri, {selection: new Range(range.start.line, range.start.character, range.end.line, range.end.character)}]})
  // Ids that stay the same while the briefing is edited keep what the user expanded.
  const leaf = (parent: string, entry: OutlineEntry, description?: string, icon?: ThemeIcon, tooltip?: string): Node => {
    const item = new TreeItem(entry.text, TreeItemCollapsibleState.None)
    item.id = `${parent}/${entry.range.start.line}:${entry.range.start.character}`
    item.description = description ?? `line ${entry.range.start.line + 1}`
    item.tooltip = tooltip ?? entry.text
    item.command = reveal(entry.range)
    if (icon) item.iconPath = icon
    return {item}
  }
  const branch = (id: string, label: string, description: string | undefined, children: Node[], icon?: ThemeIcon, range?: OutlineEntry['range'], expanded = false): Node => {
    const item = new TreeItem(label, children.length === 0 ? TreeItemCollapsibleState.None : expanded ? TreeItemCollapsibleState.Expanded : TreeItemCollapsibleState.Collapsed)
    item.id = id
    if (description) item.description = description
    if (icon) item.iconPath = icon
    if (range) item.command = reveal(range)
    return {item, children}
  }
  const flagged = sections.reduce((sum, section) => sum + section.claims.length, 0)
  return [
    branch('sources', 'Sources', String(sources.length), sources.map((source) => {
      const id = `sources/${source.key}`
      const description = !source.range ? 'not defined' : source.claims.length === 0 ? 'never cited' : source.description
      const node = branch(id, source.key, description, source.claims.map((claim) => leaf(id, claim)), new ThemeIcon(source.range && source.claims.length > 0 ? 'book' : 'warning'), source.range)
      node.item.tooltip = source.description ?? source.key
      return node
    }), new ThemeIcon('library'), undefined, true),
    branch('claims', 'Unsourced and vague claims', String(flagged), sections.map((section, at) => {
      const id = `claims/${at}:${section.title}`
      const icon = (attribution: string) => new ThemeIcon(attribution === 'unsourced' ? 'warning' : 'info')
      return branch(id, section.title, `${section.claims.length}`, section.claims.map((claim) => leaf(id, claim, undefined, icon(claim.attribution), claim.message)), new ThemeIcon('symbol-namespace'), section.range, true)
    }), new ThemeIcon('question'), undefined, true),
    branch('people', 'People', String(people.length), people.map((person) => {
      const id = `people/${person.name}`
      return branch(id, person.name, person.description, person.mentions.map((mention) => leaf(id, mention)), new ThemeIcon('person'))
    }), new ThemeIcon('organization'))
  ]
}
