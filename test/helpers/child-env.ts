/**
 * The environment for the bundles the tests spawn (server/out, the CLI): without c8's coverage
 * variable, since coverage counts the sources run in the test processes, and a minified bundle's
 * coverage would only cost time and disk.
 */
const {NODE_V8_COVERAGE: _coverage, ...env} = process.env
export const CHILD_ENV = env
