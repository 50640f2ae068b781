import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node'
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type CodeAction,
  type Diagnostic,
  type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

// The built server (vitest's global setup builds dist/ when it is stale), spoken to over stdio.
const server = join(import.meta.dirname, '..', 'dist', 'bin', 'public-service-language-server.js')
let folder: string
let child: ChildProcessWithoutNullStreams
let connection: MessageConnection
const latest = new Map<string, Diagnostic[]>()
const waiters: Array<{uri: string; test: (diagnostics: Diagnostic[]) => boolean; resolve: (diagnostics: Diagnostic[]) => void}> = []
let stderr = ''

function diagnosticsFor(uri: string, test: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
  const current = latest.get(uri)
  if (current && test(current)) return Promise.resolve(current)
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no matching diagnostics for ' + uri + '; last: ' + JSON.stringify(latest.get(uri)) + '; stderr: ' + stderr)), 20_000)
    waiters.push({uri, test, resolve: (diagnostics) => (clearTimeout(timer), resolve(diagnostics))})
  })
}

function open(name: string, languageId: string, text: string): string {
  const uri = pathToFileURL(join(folder, name)).href
  writeFileSync(join(folder, name), text)
  void connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId, version: 1, text}})
  return uri
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'public-service-lsp-'))
  writeFileSync(join(folder, '.publicservicerc.json'), JSON.stringify({disable: ['brokering']}))
  child = spawn(process.execPath, [server, '--stdio'], {cwd: folder})
  child.stderr.on('data', (chunk) => (stderr += String(chunk)))
  connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  connection.onNotification(PublishDiagnosticsNotification.type, (params: PublishDiagnosticsParams) => {
    latest.set(params.uri, params.diagnostics)
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.test(params.diagnostics)) {
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter.resolve(params.diagnostics)
      }
    }
  })
  connection.listen()
  const result = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{uri: pathToFileURL(folder).href, name: 'policies'}],
    capabilities: {textDocument: {publishDiagnostics: {}, codeAction: {}}}
  })
  expect(result.capabilities.codeActionProvider).toBeTruthy()
  await connection.sendNotification(InitializedNotification.type, {})
})

afterAll(async () => {
  if (connection) {
    await connection.sendRequest(ShutdownRequest.type)
    await connection.sendNotification(ExitNotification.type)
    connection.dispose()
  }
  child?.kill()
  rmSync(folder, {recursive: true, force: true})
})

describe('public-service-language-server', () => {
  it('reports findings in markdown with the family as code, the docs page, the explanation and the severity', async () => {
    const uri = open('strategy.md', 'markdown', '# Home care\n\nOur service users can ask for a review.\n\n```\ncustomer = 1\n```\n\nWe broker home care hours with local agencies.\n')
    const diagnostics = await diagnosticsFor(uri, (list) => list.length > 0)
    expect(diagnostics).toHaveLength(1)
    const [finding] = diagnostics
    expect(finding.code).toBe('our-customers')
    expect(finding.source).toBe('retext-public-service')
    expect(finding.severity).toBe(2)
    expect(finding.codeDescription?.href).toMatch(/docs\/rules\/our-customers\.md$/)
    expect(finding.message).toContain('`Our service users`')
    expect(finding.message).toContain('Source: the “‘Our’ customers” section')
    expect(finding.range).toEqual({start: {line: 2, character: 0}, end: {line: 2, character: 17}})
  })

  it('reads HTML and plain text by their extension, informational findings as information', async () => {
    const html = open('page.html', 'html', '<p>Every member of staff is trained in customer service.</p>\n<pre>customer</pre>\n')
    const htmlDiagnostics = await diagnosticsFor(html, (list) => list.length > 0)
    expect(htmlDiagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity])).toEqual([['customer-service', 3]])
    const text = open('letter.txt', 'plaintext', 'Dear resident,\n\nFinance treats the care teams as internal customers.\n')
    const textDiagnostics = await diagnosticsFor(text, (list) => list.length > 0)
    expect(textDiagnostics.map((diagnostic) => diagnostic.code)).toEqual(['internal-customers'])
  })

  it('offers the suggestions as quick fixes, the first preferred, each replacing exactly the flagged span', async () => {
    const uri = open('plan.md', 'markdown', 'The team sees them as internal customers.\n')
    const [finding] = await diagnosticsFor(uri, (list) => list.length > 0)
    const actions = (await connection.sendRequest(CodeActionRequest.type, {
      textDocument: {uri},
      range: finding.range,
      context: {diagnostics: [finding]}
    })) as CodeAction[]
    expect(actions.map((action) => action.title)).toEqual(['Replace `internal customers` with `colleagues`', 'Replace `internal customers` with `partners`', 'Replace `internal customers` with `other teams`'])
    expect(actions.map((action) => action.isPreferred === true)).toEqual([true, false, false])
    const edit = actions[0].edit?.changes?.[uri]?.[0]
    expect(edit).toEqual({range: finding.range, newText: 'colleagues'})
  })

  it('clears diagnostics when an edit removes the wording, and survives rapid edits and a closed document', async () => {
    const uri = open('draft.md', 'markdown', 'Customers who need home care can ask for an assessment.\n')
    await diagnosticsFor(uri, (list) => list.length === 1)
    for (let version = 2; version < 30; version++) {
      void connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: {uri, version},
        contentChanges: [{text: (version % 2 ? 'Customers' : 'People') + ' who need home care can ask for an assessment ' + version + '.\n'}]
      })
    }
    void connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri, version: 30},
      contentChanges: [{text: 'People who need home care can ask for an assessment.\n'}]
    })
    expect(await diagnosticsFor(uri, (list) => list.length === 0)).toEqual([])
    await connection.sendNotification(DidCloseTextDocumentNotification.type, {textDocument: {uri}})
    const actions = await connection.sendRequest(CodeActionRequest.type, {
      textDocument: {uri},
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 1}},
      context: {diagnostics: []}
    })
    expect(actions ?? []).toEqual([])
  })

  it('uses the workspace configuration file: a family switched off there is not reported', async () => {
    const uri = open('brokerage.md', 'markdown', 'We broker home care hours with local agencies. Our customers wait too long.\n')
    const diagnostics = await diagnosticsFor(uri, (list) => list.length > 0)
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['our-customers'])
  })
})
