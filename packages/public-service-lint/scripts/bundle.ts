/**
 * Bundles the two programs (`public-service-lint` and `public-service-language-server`)
 * from what `tsc -b` built into `dist/bin/`, which is what the package's `bin` runs.
 *
 * Why: a pre-commit hook or an editor task runs the command on one or two files many
 * times a day, and unbundled, such a run spends most of its time finding, reading and
 * compiling some 360 modules one by one (unified-engine's loaders alone are 0.2 s).
 * One file per program, with the code only some files need (HTML, MDX, Word) split into
 * chunks that load when such a file is met, takes a one-file run from about 0.6 s to
 * about 0.35 s (docs/performance.md). The library entry points (`dist/src/`) stay
 * unbundled, so that a project using them shares its own copies of unified's packages.
 */
import {rm} from 'node:fs/promises'
import {join} from 'node:path'
import {build} from 'esbuild'

const packageFolder = join(import.meta.dirname, '..')
const built = join(packageFolder, 'dist', 'src')
const outdir = join(packageFolder, 'dist', 'bin')

await rm(outdir, {recursive: true, force: true})
await build({
  entryPoints: {
    'public-service-lint': join(built, 'cli', 'cli.js'),
    'public-service-language-server': join(built, 'server', 'server.js')
  },
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.10',
  // Some dependencies are CommonJS and `require` Node's own modules, which an ES module
  // bundle can only do through a `require` made for it.
  banner: {js: "import {createRequire as createRequireForBundle} from 'node:module';\nconst require = createRequireForBundle(import.meta.url);"},
  legalComments: 'linked',
  logLevel: 'warning'
})
