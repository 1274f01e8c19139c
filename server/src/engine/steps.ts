/** Runs steps to the end: the one-shot callers (CLI, tests) of work the server drives in slices. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}
