/**
 * Some tests drive a program the machine may lack (Chromium, Neovim, pre-commit). Where it
 * is missing they are skipped with a line saying what to install; in CI (`CI` set, as
 * `.ci/run` runs) a missing program fails the run instead, since CI installs them all.
 */
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'

const inCI = !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase())

/** Whether `command` runs (found on PATH, or at that path); throws in CI when it does not. */
export function hasProgram(label: string, command: string, install: string): boolean {
  const found = command.startsWith('/') ? existsSync(command) : spawnSync(command, ['--version'], {stdio: 'ignore'}).error === undefined
  if (found) return true
  const message = label + ' (' + command + ') is not installed: ' + install
  if (inCI) throw new Error(message + '. CI is set, so a missing program fails the run.')
  console.warn('Skipping the tests that need ' + message + '.')
  return false
}
