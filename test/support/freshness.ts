/** Whether something built (dist/, dist/web/) is older than what it is built from. */
import {existsSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'

/** The newest modification time of any file under `folder`. */
export function newest(folder: string): number {
  let time = 0
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name)
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return time
}

/** True when `built` is missing or older than any file in `sources` (folders or files). */
export function isStale(built: string, sources: string[]): boolean {
  if (!existsSync(built)) return true
  const newestSource = Math.max(...sources.map((source) => (statSync(source).isDirectory() ? newest(source) : statSync(source).mtimeMs)))
  return statSync(built).mtimeMs < newestSource
}
