import {spawn} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node'
import {
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol'
import {describe, expect, it} from 'vitest'

const server = join(import.meta.dirname, '..', 'dist', 'bin', 'public-service-language-server.js')

describe('public-service-language-server on bad input', () => {
  it('keeps running with a malformed configuration file and a document of an unknown type', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'public-service-lsp-bad-'))
    writeFileSync(join(folder, '.publicservicerc.json'), '{"disable": ["case",')
    const child = spawn(process.execPath, [server, '--stdio'], {cwd: folder})
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += String(chunk)))
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
    const published: PublishDiagnosticsParams[] = []
    let notify: (() => void) | undefined
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      published.push(params)
      notify?.()
    })
    connection.listen()
    try {
      await connection.sendRequest(InitializeRequest.type, {processId: process.pid, rootUri: pathToFileURL(folder).href, workspaceFolders: null, capabilities: {}})
      await connection.sendNotification(InitializedNotification.type, {})
      expect(stderr).toContain('.publicservicerc.json')
      expect(stderr).toContain('using the built-in term map')

      const uri = (name: string) => pathToFileURL(join(folder, name)).href
      const waitFor = (target: string) =>
        new Promise<PublishDiagnosticsParams>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('no diagnostics for ' + target + '; stderr: ' + stderr)), 20_000)
          const check = () => {
            const found = published.find((params) => params.uri === target)
            if (found) {
              clearTimeout(timer)
              resolve(found)
            }
          }
          notify = check
          check()
        })

      // An unknown extension is read as plain text.
      await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: {uri: uri('notes.rst'), languageId: 'restructuredtext', version: 1, text: 'Service users were consulted.\n'}
      })
      const unknown = await waitFor(uri('notes.rst'))
      expect(unknown.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['service-user'])

      // The server still answers afterwards.
      await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: {uri: uri('after.md'), languageId: 'markdown', version: 1, text: 'Complex cases are discussed at the weekly safeguarding panel.\n'}
      })
      const after = await waitFor(uri('after.md'))
      expect(after.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['case'])
      expect(child.exitCode).toBeNull()
    } finally {
      await connection.sendRequest(ShutdownRequest.type).catch(() => undefined)
      await connection.sendNotification(ExitNotification.type).catch(() => undefined)
      connection.dispose()
      child.kill()
      rmSync(folder, {recursive: true, force: true})
    }
  })
})
