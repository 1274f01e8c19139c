/** A generated briefing of about `size` characters (see bench-briefing.mjs). */
export function briefing(size: number): string
