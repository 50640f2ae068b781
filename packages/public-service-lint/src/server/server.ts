#!/usr/bin/env node
/**
 * public-service-language-server: the linter in any editor that speaks the Language
 * Server Protocol (`--stdio`). unified-language-server turns each finding into a
 * diagnostic (family id as `code`, its docs page as `codeDescription`, reason and
 * explanation as the message, warning or information) and its suggestions into quick
 * fixes, the first preferred. The processor is the CLI's, so markdown, HTML and plain
 * text are read by their extension and inline comments work as on the command line.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Processor} from 'unified'
import {createUnifiedLanguageServer} from 'unified-language-server'
import {parse as parseYaml} from 'yaml'
import {configTransform, createProcessor, ignoreName, packageField, publicServiceConfig, rcName} from '../formats/processor.js'
import type {Options} from 'retext-public-service'

/**
 * The plugin options from the workspace's configuration file. unified-language-server
 * reads configuration files only in unified-engine's own shape, so ours are read here, from
 * the folder the editor starts the server in. A file that cannot be used is reported on
 * standard error and the built-in term map is used, so the server keeps running.
 */
function workspaceOptions(folder: string): Options | undefined {
  const candidates: Array<[string, (text: string) => unknown]> = [
    [rcName, (text) => JSON.parse(text)],
    [rcName + '.json', (text) => JSON.parse(text)],
    [rcName + '.yml', (text) => parseYaml(text)],
    [rcName + '.yaml', (text) => parseYaml(text)]
  ]
  for (const [name, read] of candidates) {
    const path = join(folder, name)
    if (!existsSync(path)) continue
    try {
      return optionsFrom(read(readFileSync(path, 'utf8')))
    } catch (error) {
      console.error(path + ': ' + String((error as Error).message).split('\n')[0] + ' (using the built-in term map)')
      return undefined
    }
  }
  const manifest = join(folder, 'package.json')
  if (existsSync(manifest)) {
    try {
      const field = (JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>)[packageField]
      if (field !== undefined) return optionsFrom(field)
    } catch (error) {
      console.error(manifest + ': ' + String((error as Error).message).split('\n')[0] + ' (using the built-in term map)')
    }
  }
  return undefined
}

function optionsFrom(config: unknown): Options | undefined {
  const [[, options]] = configTransform(config).plugins as Array<[unknown, Options | undefined]>
  return options
}

/**
 * unified-language-server marks a quick fix preferred only when a finding has a single
 * suggestion; ours are in order of preference, so the first for each finding is the one
 * an editor should apply on its "fix" key. The library has no hook for this, so the
 * server's outgoing messages are adjusted where they are written.
 */
function preferFirstQuickFix(stream: NodeJS.WriteStream): void {
  const write = stream.write.bind(stream) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean
  let pending = Buffer.alloc(0)
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    // The JSON-RPC writer waits for each write's callback before the next (header, then
    // body), so a chunk held back here is acknowledged at once.
    const callback = rest.find((item): item is () => void => typeof item === 'function')
    pending = Buffer.concat([pending, typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk)])
    let written = true
    for (;;) {
      const headerEnd = pending.indexOf('\r\n\r\n')
      if (headerEnd < 0) break
      const length = Number(/Content-Length: *(\d+)/i.exec(pending.subarray(0, headerEnd).toString('ascii'))?.[1])
      if (!Number.isFinite(length) || pending.length < headerEnd + 4 + length) break
      const body = markPreferred(pending.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'))
      pending = pending.subarray(headerEnd + 4 + length)
      written = write('Content-Length: ' + Buffer.byteLength(body) + '\r\n\r\n' + body) && written
    }
    if (callback) process.nextTick(callback)
    return written
  }) as typeof stream.write
}

interface QuickFix {
  kind?: string
  isPreferred?: boolean
  edit?: {changes?: Record<string, Array<{range: unknown}>>}
}

function markPreferred(body: string): string {
  if (!body.includes('"quickfix"')) return body
  const message = JSON.parse(body) as {result?: unknown}
  if (!Array.isArray(message.result)) return body
  const seen = new Set<string>()
  for (const action of message.result as QuickFix[]) {
    if (action.kind !== 'quickfix' || !action.edit?.changes) continue
    const key = JSON.stringify(Object.entries(action.edit.changes).map(([uri, edits]) => [uri, edits.map((edit) => edit.range)]))
    if (!seen.has(key)) {
      seen.add(key)
      action.isPreferred = true
    }
  }
  return JSON.stringify(message)
}

preferFirstQuickFix(process.stdout)
const options = workspaceOptions(process.cwd())

createUnifiedLanguageServer({
  configurationSection: 'publicService',
  ignoreName,
  // No processor package is looked for in the workspace: ours is always the one used.
  processorName: 'retext-public-service-processor',
  defaultProcessor: () => {
    const processor = createProcessor() as unknown as Processor
    return options ? processor().use(publicServiceConfig, options) : processor()
  }
})
