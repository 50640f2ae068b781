/**
 * `npm run bench:lsp`: time from an edit to new diagnostics in the language server, on
 * about 100 kB of real prose from ../shared/corpus/ (GOV.UK pages), built server over stdio.
 */
import {spawn} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node'
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest
} from 'vscode-languageserver-protocol'

const root = join(import.meta.dirname, '..')
const corpus = join(root, '..', 'shared', 'corpus', 'govuk')
let text = ''
for (const name of readdirSync(corpus).sort()) {
  if (text.length >= 100_000) break
  text += readFileSync(join(corpus, name), 'utf8') + '\n\n'
}

const folder = mkdtempSync(join(tmpdir(), 'public-service-bench-lsp-'))
const child = spawn(process.execPath, [join(root, 'dist', 'src', 'server.js'), '--stdio'], {cwd: folder})
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
let resolveNext: ((count: number) => void) | undefined
connection.onNotification(PublishDiagnosticsNotification.type, (params) => resolveNext?.(params.diagnostics.length))
connection.listen()
await connection.sendRequest(InitializeRequest.type, {processId: process.pid, rootUri: pathToFileURL(folder).href, workspaceFolders: null, capabilities: {}})
await connection.sendNotification(InitializedNotification.type, {})

const uri = pathToFileURL(join(folder, 'report.txt')).href
const next = () => new Promise<number>((resolve) => (resolveNext = resolve))
let waiting = next()
let started = performance.now()
await connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
const first = await waiting
const openTime = performance.now() - started

const times: number[] = []
for (let version = 2; version <= 12; version++) {
  // Each edit adds a sentence with a finding at the end, so every run must find something new.
  text += '\nOur customers told us about edit ' + version + '.'
  waiting = next()
  started = performance.now()
  await connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: [{text}]})
  await waiting
  times.push(performance.now() - started)
}
times.sort((a, b) => a - b)
console.log('document: ' + (text.length / 1000).toFixed(0) + ' kB of GOV.UK prose, ' + first + ' findings on opening')
console.log('open to first diagnostics: ' + openTime.toFixed(0) + ' ms')
console.log('edit to new diagnostics over ' + times.length + ' edits: median ' + times[Math.floor(times.length / 2)].toFixed(0) + ' ms, worst ' + times[times.length - 1].toFixed(0) + ' ms')

await connection.sendRequest(ShutdownRequest.type)
await connection.sendNotification(ExitNotification.type)
connection.dispose()
child.kill()
rmSync(folder, {recursive: true, force: true})
