/**
 * Where the run of characters that `accepts` takes, ending at `end`, starts. A regular expression
 * anchored at the end (`/\s+$/`) tries every start in a long run and fails from each: quadratic on
 * a line of spaces. This walks back once.
 */
export function runStart(text: string, accepts: RegExp, end = text.length): number {
  let start = end
  while (start > 0 && accepts.test(text[start - 1]!)) start--
  return start
}
