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
import {build, type Plugin} from 'esbuild'

const packageFolder = join(import.meta.dirname, '..')
const built = join(packageFolder, 'dist', 'src')
const outdir = join(packageFolder, 'dist', 'bin')

/**
 * unified-engine imports load-plugin to find plugins named by string in a configuration
 * (`"plugins": ["remark-lint"]`), and load-plugin brings npm's own configuration reader
 * (@npmcli/config, semver, hosted-git-info and more: about 0.5 MB) to find the global
 * `node_modules` folder. This linter's configuration names no plugins (`configTransform`
 * turns `.publicservicerc` into the plugin's options and rejects any other field), so that
 * code is never called, yet every run would load and evaluate it. It is replaced by a
 * module that says so, should a future change ever reach it.
 */
const withoutPluginLoading: Plugin = {
  name: 'without-plugin-loading',
  setup(build) {
    build.onResolve({filter: /^load-plugin$/}, () => ({path: 'load-plugin', namespace: 'without-plugin-loading'}))
    build.onLoad({filter: /.*/, namespace: 'without-plugin-loading'}, () => ({
      contents:
        "const refuse = async (name) => { throw new Error('Cannot load `' + name + '`: public-service-lint takes no plugins by name') }\n" +
        'export const loadPlugin = refuse\nexport const resolvePlugin = refuse\n',
      loader: 'js'
    }))
  }
}

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
  plugins: [withoutPluginLoading],
  legalComments: 'linked',
  logLevel: 'warning'
})
