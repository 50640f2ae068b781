/**
 * Builds the checker page into dist/web: a static folder that works from any path on any
 * static server (`base: './'`), with the checking in a module worker and the Markdown,
 * HTML and Word readers in chunks loaded only when such a file is opened.
 */
import {fileURLToPath} from 'node:url'
import {defaultClientConditions, defineConfig, type Plugin} from 'vite'

const root = fileURLToPath(new URL('.', import.meta.url))

/**
 * The page may load only its own files and never connect anywhere, so that the promise
 * that text stays on the computer is kept by the browser, not only by our code. Added to
 * the built page only: the development server injects scripts of its own.
 */
const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')

function pinContentSecurityPolicy(): Plugin {
  return {
    name: 'pin-content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n    <meta http-equiv="Content-Security-Policy" content="' + contentSecurityPolicy + '">')
    }
  }
}

/**
 * Each context rule's reason (`why`) is for `scripts/explain.ts`, the rules' docs and the
 * tests; the page shows each family's explanation instead, so the worker's copy of the term
 * map leaves the reasons out (about 8 kB of its gzipped size).
 */
function leaveOutRuleReasons(): Plugin {
  return {
    name: 'leave-out-rule-reasons',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0].endsWith('/generated/term-map.json')) return null
      return {code: JSON.stringify(JSON.parse(code), (key, value: unknown) => (key === 'why' ? undefined : value)), map: null}
    }
  }
}

export default defineConfig({
  root,
  base: './',
  plugins: [pinContentSecurityPolicy()],
  resolve: {
    // The parsers run in a worker, where there is no `document`: packages that decode
    // with the DOM in browsers (decode-named-character-reference) have a worker build.
    conditions: ['worker', ...defaultClientConditions]
  },
  optimizeDeps: {
    // Found only when the worker first reads a Markdown or HTML file; listed so that the
    // development server does not reload the page to bundle them then.
    include: ['rehype-parse', 'rehype-retext', 'remark-frontmatter', 'remark-gfm', 'remark-parse', 'remark-retext', 'unified-message-control']
  },
  worker: {
    // A module worker, so that it too can load its Markdown, HTML and Word chunks on demand.
    format: 'es',
    plugins: () => [leaveOutRuleReasons()]
  },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // No file is inlined as a data: URL: every script is a file the policy allows.
    assetsInlineLimit: 0
  }
})
