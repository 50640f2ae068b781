/**
 * The plugin as a remark or retext user installs it: its packed tarball, put beside unified
 * and retext-english in an empty project, adds few packages and little weight, and checks a
 * sentence from that install alone. Installs from the npm registry (or npm's cache).
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const packageFolder = join(import.meta.dirname, '..')
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {cwd, encoding: 'utf8', env: {...process.env, npm_config_workspaces: undefined}})

/** Bytes of every file under a folder. */
function bytesUnder(folder: string): number {
  let bytes = 0
  for (const entry of readdirSync(folder, {withFileTypes: true, recursive: true})) {
    if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size
  }
  return bytes
}

/** Packages in a node_modules folder, scoped and nested ones included. */
function packagesIn(nodeModules: string): number {
  let count = 0
  const onePackage = (folder: string) => {
    count++
    if (existsSync(join(folder, 'node_modules'))) count += packagesIn(join(folder, 'node_modules'))
  }
  for (const entry of readdirSync(nodeModules)) {
    if (entry.startsWith('.')) continue
    if (entry.startsWith('@')) for (const name of readdirSync(join(nodeModules, entry))) onePackage(join(nodeModules, entry, name))
    else onePackage(join(nodeModules, entry))
  }
  return count
}

function installed(project: string): {packages: number; bytes: number} {
  return {packages: packagesIn(join(project, 'node_modules')), bytes: bytesUnder(join(project, 'node_modules'))}
}

const scratch = mkdtempSync(join(tmpdir(), 'plugin-install-'))
let tarball: string
let base: {packages: number; bytes: number}
let withPlugin: {packages: number; bytes: number}
let project: string

function emptyProject(name: string): string {
  const folder = join(scratch, name)
  mkdirSync(folder)
  writeFileSync(join(folder, 'package.json'), JSON.stringify({name, private: true, type: 'module'}))
  return folder
}

beforeAll(() => {
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch], packageFolder)) as Array<{filename: string}>
  tarball = join(scratch, packed[0].filename)
  const baseline = emptyProject('baseline')
  npm(['install', 'unified@11', 'retext-english@5'], baseline)
  base = installed(baseline)
  project = emptyProject('with-plugin')
  npm(['install', 'unified@11', 'retext-english@5', tarball], project)
  withPlugin = installed(project)
}, 300_000)

afterAll(() => rmSync(scratch, {recursive: true, force: true}))

describe('the plugin package, installed from its tarball', () => {
  it('adds at most 25 packages and 3 MB beside unified and retext-english', () => {
    const added = {packages: withPlugin.packages - base.packages, megabytes: (withPlugin.bytes - base.bytes) / 1e6}
    console.log('retext-public-service adds ' + added.packages + ' packages and ' + added.megabytes.toFixed(2) + ' MB')
    expect(added.packages).toBeGreaterThan(0)
    expect(added.packages).toBeLessThanOrEqual(25)
    expect(added.megabytes).toBeLessThanOrEqual(3)
  })

  it('checks a sentence from that install alone', () => {
    const script = [
      "import retextEnglish from 'retext-english'",
      "import retextPublicService from 'retext-public-service'",
      "import {unified} from 'unified'",
      "import {VFile} from 'vfile'",
      "const processor = unified().use(retextEnglish).use(retextPublicService)",
      "const file = new VFile('Our customers tell us they want fewer forms.')",
      'await processor.run(processor.parse(file), file)',
      'console.log(JSON.stringify(file.messages.map((message) => [message.ruleId, message.actual, message.expected[0]])))'
    ].join('\n')
    writeFileSync(join(project, 'check.js'), script)
    const output = execFileSync(process.execPath, ['check.js'], {cwd: project, encoding: 'utf8'})
    expect(JSON.parse(output)).toEqual([['our-customers', 'Our customers', 'The people we support']])
  })
})
