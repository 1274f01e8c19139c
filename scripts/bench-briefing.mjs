// The generated briefing every benchmark reads, so their figures are about the same text.

/** A realistic briefing: many sources, sections, an attributed list, citations, quotes and names. */
export function briefing(size) {
  const keys = Array.from({length: 60}, (_, index) => `src-${index}`)
  const header = `---\ntitle: Archive of desk briefings\ndate: 2025-07-24\nsources:\n${keys.map((key) => `  ${key}: {title: "Report ${key}", publisher: Izvestia, date: 2025-07-23}`).join('\n')}\n---\n\n# Archive\n\n`
  // Every paragraph carries its round number, so no two parts of the file are the same text.
  const sections = [
    (n) => `## Round ${n}\n\nOn Wednesday evening, July 23, the delegations met in Istanbul for round ${n} [@src-${n % 60}]. The talks lasted just under an hour.\n\n`,
    (n) => `At a press conference after round ${n}, Vladimir Medinsky stated the following [@src-${(n + 1) % 60}]:\n\n- Russia has offered to exchange ${1200 + n} more prisoners of war.\n- Kyiv will consider the proposal.\n- Exchanges of the wounded will continue.\n\n`,
    (n) => `In turn, the head of the Ukrainian delegation, Rustem Umerov, said that a ceasefire had been discussed in round ${n}. He added that Kyiv expects progress.\n\n`,
    (n) => `As Kremlin spokesman Dmitry Peskov explained after round ${n}, the conversation was expected to be difficult. Sources say the next round will be in August.\n\n`,
    (n) => `President Volodymyr Zelenskyy (his term of office expired in May 2024) stated that the delegation would insist on a ceasefire in round ${n}. Turkish Foreign Minister Hakan Fidan hosted the talks.\n\n`,
    (n) => `**Assessment:** a leaders' meeting before September is unlikely after round ${n} [@src-${(n + 2) % 60}].\n\n`
  ]
  let text = header
  for (let n = 0; text.length < size; n++) text += sections[n % sections.length](n)
  return text
}
