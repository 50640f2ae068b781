/**
 * vitest global setup: the CLI tests run the built binary, so build once when
 * `dist/src/cli.js` is missing or older than anything it is built from.
 */
import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {isStale} from './freshness.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

export default function setup(): void {
  const built = join(root, 'dist', 'src', 'cli.js')
  if (!isStale(built, [join(root, 'src'), join(root, 'generated'), join(root, 'tsconfig.build.json')])) return
  try {
    execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {cwd: root, stdio: 'pipe'})
  } catch (error) {
    // tsc writes its output even with type errors elsewhere; only a missing CLI stops the tests.
    if (!existsSync(built)) throw new Error('npm run build failed: ' + String((error as {stdout?: Buffer}).stdout ?? error))
  }
}
