/**
 * `npm run bench:lsp`: time from an edit to new diagnostics in the language server, on
 * about 100 kB of real prose from ../shared/corpus/ (GOV.UK pages) as plain text, markdown
 * and HTML, built server over stdio.
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
const child = spawn(process.execPath, [join(root, 'packages', 'public-service-lint', 'dist', 'bin', 'public-service-language-server.js'), '--stdio'], {cwd: folder})
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
let resolveNext: ((count: number) => void) | undefined
connection.onNotification(PublishDiagnosticsNotification.type, (params) => resolveNext?.(params.diagnostics.length))
connection.listen()
await connection.sendRequest(InitializeRequest.type, {processId: process.pid, rootUri: pathToFileURL(folder).href, workspaceFolders: null, capabilities: {}})
await connection.sendNotification(InitializedNotification.type, {})

const next = () => new Promise<number>((resolve) => (resolveNext = resolve))
const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
// The same prose as a person edits it in each format: plain text, markdown, and HTML with
// one paragraph element per paragraph.
const formats = [
  {name: 'text', file: 'report.txt', languageId: 'plaintext', body: (value: string) => value},
  {name: 'markdown', file: 'report.md', languageId: 'markdown', body: (value: string) => value},
  {name: 'HTML', file: 'report.html', languageId: 'html', body: (value: string) => '<!doctype html><title>Report</title>\n' + value.split(/\n\s*\n/).map((part) => '<p>' + escape(part) + '</p>').join('\n')}
]
console.log('document: ' + (text.length / 1000).toFixed(0) + ' kB of GOV.UK prose')
for (const format of formats) {
  const uri = pathToFileURL(join(folder, format.file)).href
  let value = text
  let waiting = next()
  let started = performance.now()
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: format.languageId, version: 1, text: format.body(value)}})
  const first = await waiting
  const openTime = performance.now() - started
  const times: number[] = []
  for (let version = 2; version <= 16; version++) {
    // Each edit adds a paragraph with a finding at the end, so every run must find something new.
    value += '\n\nOur customers told us about edit ' + version + '.'
    waiting = next()
    started = performance.now()
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: [{text: format.body(value)}]})
    await waiting
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  console.log(
    format.name.padEnd(9) + ' open to first diagnostics ' + openTime.toFixed(0).padStart(4) + ' ms (' + first + ' findings); edit to new diagnostics over ' + times.length +
      ' edits: median ' + times[Math.floor(times.length / 2)].toFixed(0) + ' ms, worst ' + times[times.length - 1].toFixed(0) + ' ms'
  )
}

await connection.sendRequest(ShutdownRequest.type)
await connection.sendNotification(ExitNotification.type)
connection.dispose()
child.kill()
rmSync(folder, {recursive: true, force: true})
