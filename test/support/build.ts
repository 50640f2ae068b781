/**
 * vitest global setup: the CLI, language server and page tests run what is built, so
 * build both packages (`tsc -b`, then the bundled programs) when a package's output is
 * missing or older than anything it is built from.
 */
import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {isStale} from './freshness.js'

const repositoryRoot = join(import.meta.dirname, '..', '..')
const plugin = join(repositoryRoot, 'packages', 'retext-public-service')
const tools = join(repositoryRoot, 'packages', 'public-service-lint')

export default function setup(): void {
  const outputs = [join(plugin, 'dist', 'src', 'index.js'), join(tools, 'dist', 'src', 'cli', 'cli.js'), join(tools, 'dist', 'bin', 'public-service-lint.js')]
  const toolSources = [join(tools, 'src'), join(tools, 'tsconfig.json'), join(plugin, 'src'), join(plugin, 'generated')]
  const stale =
    isStale(outputs[0], [join(plugin, 'src'), join(plugin, 'generated'), join(plugin, 'tsconfig.json')]) ||
    isStale(outputs[1], toolSources) ||
    isStale(outputs[2], [...toolSources, join(tools, 'scripts', 'bundle.ts')])
  if (!stale) return
  try {
    execFileSync(process.execPath, [join(repositoryRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', plugin, tools], {cwd: repositoryRoot, stdio: 'pipe'})
  } catch (error) {
    // tsc writes its output even with type errors elsewhere; only missing output stops the tests.
    if (!outputs.slice(0, 2).every((output) => existsSync(output))) throw new Error('npm run build failed: ' + String((error as {stdout?: Buffer}).stdout ?? error))
  }
  execFileSync(process.execPath, [join(repositoryRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(tools, 'scripts', 'bundle.ts')], {cwd: tools, stdio: 'pipe'})
}
