import type {RequestType} from 'vscode-languageserver-protocol'

export interface RequestSender {
  sendRequest<P, R>(type: RequestType<P, R, void>, params: P): Promise<R>
}

export interface Log {
  warn(message: string): void
}

/**
 * Asks the server; when the request fails (the server restarting, a bug), says so in the log and
 * answers `fallback`, so the status bar or preview shows less rather than nothing happening silently.
 */
export async function askServer<P, R>(client: RequestSender, request: RequestType<P, R, void>, params: P, fallback: R, log: Log): Promise<R> {
  try {
    return await client.sendRequest(request, params)
  } catch (error) {
    log.warn(`${request.method} failed: ${error instanceof Error ? error.message : String(error)}`)
    return fallback
  }
}
