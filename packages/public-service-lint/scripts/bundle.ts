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
 * (`"plugins": ["remark-lint"]`), and unified-language-server to look for a processor
 * package in the workspace; load-plugin brings npm's own configuration reader
 * (@npmcli/config, semver, hosted-git-info and more: about 0.5 MB) to find the global
 * `node_modules` folder. Neither applies here: `configTransform` turns `.publicservicerc`
 * into the plugin's options and rejects any other field, and the language server always
 * uses this package's processor (its `defaultProcessor`, taken when the named one is not
 * found). So the stand-in finds nothing, with the error code the language server expects,
 * and every run (every check in an editor) is spared loading that code and searching the
 * workspace's folders for a package that is never used.
 */
const withoutPluginLoading: Plugin = {
  name: 'without-plugin-loading',
  setup(build) {
    build.onResolve({filter: /^load-plugin$/}, () => ({path: 'load-plugin', namespace: 'without-plugin-loading'}))
    build.onLoad({filter: /.*/, namespace: 'without-plugin-loading'}, () => ({
      contents:
        'const notFound = async (name) => {\n' +
        "  const error = new Error('Cannot find `' + name + '`: public-service-lint loads no plugin or processor by name')\n" +
        "  error.code = 'ERR_MODULE_NOT_FOUND'\n" +
        '  throw error\n' +
        '}\n' +
        'export const loadPlugin = notFound\n' +
        'export const resolvePlugin = notFound\n',
      loader: 'js'
    }))
  }
}

/**
 * unified-engine reads `.publicservicerc.yml` with the yaml package, which it imports on
 * start-up (0.26 MB of code) though most runs find no YAML configuration at all. Its
 * loader is asynchronous, so the parser it is given loads yaml the first time a YAML file
 * is read, from a chunk of its own.
 */
const yamlOnFirstUse: Plugin = {
  name: 'yaml-on-first-use',
  setup(build) {
    build.onResolve({filter: /^yaml$/}, (args) =>
      /unified-engine[\\/]lib[\\/]configuration\.js$/.test(args.importer) ? {path: 'yaml', namespace: 'yaml-on-first-use', pluginData: args.resolveDir} : undefined
    )
    build.onLoad({filter: /.*/, namespace: 'yaml-on-first-use'}, (args) => ({
      contents:
        'export default {\n' +
        '  async parse(text) {\n' +
        "    const yaml = await import('yaml')\n" +
        '    return (yaml.parse ?? yaml.default.parse)(text)\n' +
        '  }\n' +
        '}\n',
      resolveDir: args.pluginData as string,
      loader: 'js'
    }))
  }
}

/**
 * vfile-reporter measures every cell of the terminal report with string-width, which reads
 * each string for escape codes, emoji and wide characters: on a site of 2,000 files, whose
 * report lists every file, that was 2 to 3% of a run. A cell of printable ASCII is as wide
 * as it is long, so only other text goes to string-width.
 */
const asciiWidthFirst: Plugin = {
  name: 'ascii-width-first',
  setup(build) {
    build.onResolve({filter: /^string-width$/}, (args) =>
      args.namespace === 'ascii-width-first' ? undefined : {path: 'string-width', namespace: 'ascii-width-first', pluginData: args.resolveDir}
    )
    build.onLoad({filter: /.*/, namespace: 'ascii-width-first'}, (args) => ({
      contents:
        "import stringWidth from 'string-width'\n" +
        'const printableAscii = /^[\\x20-\\x7E]*$/\n' +
        'export default function width(text, options) {\n' +
        "  return typeof text === 'string' && printableAscii.test(text) ? text.length : stringWidth(text, options)\n" +
        '}\n',
      resolveDir: args.pluginData as string,
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
  plugins: [withoutPluginLoading, yamlOnFirstUse, asciiWidthFirst],
  legalComments: 'linked',
  logLevel: 'warning'
})
