/** A random edit: where (any number, wrapped to the text), how many characters it removes, what it inserts. */
export type Edit = [at: number, remove: number, insert: string]

/** Applies edits one after another; `check` sees each edited text and the text before that edit. */
export function applyEdits(text: string, edits: readonly Edit[], check: (edited: string, before: string) => void): void {
  for (const [at, remove, insert] of edits) {
    const start = at % (text.length + 1)
    const edited = text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove))
    check(edited, text)
    text = edited
  }
}
