/** A short, realistic briefing used across tests; line numbers below are 0-based as in LSP. */
export const BRIEFING = `---
title: Istanbul talks, third round
date: 2025-07-24
sources:
  izvestia:
    title: "Oncoming traffic: the third round of negotiations has ended"
    publisher: Izvestia
    date: 2025-07-23
    url: https://iz.ru/example
  peskov-0723: {title: Peskov's remarks to reporters, publisher: TASS}
---

# Istanbul talks, third round

## What was said

The talks at the Çırağan Palace lasted just under an hour [@izvestia].
Peskov had expected the conversation to be difficult [@peskov-0723; @tass].

## Delegations

The Russian delegation was unchanged [@izvestia, p. 2].
`

/** Line of the undefined \`[@tass]\` citation, and where its key starts on that line. */
export const TASS_LINE = 17
export const TASS_CHARACTER = BRIEFING.split('\n')[TASS_LINE]!.indexOf('@tass]') + 1
