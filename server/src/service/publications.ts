import type {PublishDiagnosticsParams} from 'vscode-languageserver'

/**
 * Sends diagnostics publications one at a time: while one is being written, the next ones wait,
 * and a newer publication for a document replaces the one of it that waits (only the latest
 * matters). A client that stops reading then holds the server at one publication in flight and at
 * most one waiting per open document, instead of a queue of every version that grows without bound.
 */
export function latestPublications(send: (params: PublishDiagnosticsParams) => Promise<void>): (params: PublishDiagnosticsParams) => void {
  const waiting = new Map<string, PublishDiagnosticsParams>()
  let sending = false
  const next = () => {
    const first = waiting.values().next()
    sending = !first.done
    if (first.done) return
    waiting.delete(first.value.uri)
    send(first.value).then(next, next)
  }
  return (params) => {
    waiting.set(params.uri, params)
    if (!sending) next()
  }
}
