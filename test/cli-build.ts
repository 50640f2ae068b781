/**
 * vitest global setup: the CLI tests run the built binary, so build once when
 * `dist/src/cli.js` is missing or older than anything it is built from.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, statSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

function newest(folder: string): number {
  let time = 0
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name)
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return time
}

export default function setup(): void {
  const built = join(root, 'dist', 'src', 'cli.js')
  const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'generated')), statSync(join(root, 'tsconfig.build.json')).mtimeMs)
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return
  try {
    execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {cwd: root, stdio: 'pipe'})
  } catch (error) {
    // tsc writes its output even with type errors elsewhere; only a missing CLI stops the tests.
    if (!existsSync(built)) throw new Error('npm run build failed: ' + String((error as {stdout?: Buffer}).stdout ?? error))
  }
}
