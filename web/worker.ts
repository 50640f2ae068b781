/**
 * Checks text off the page's main thread, so typing stays smooth however long the
 * document: the page sends the latest text and shows findings when they come back.
 */
import {check} from './check.js'
import type {Reply, Request} from './protocol.js'

function reply(message: Reply): void {
  self.postMessage(message)
}

self.addEventListener('message', (event: MessageEvent<Request>) => {
  const request = event.data
  void handle(request).catch((error: unknown) => {
    reply({kind: 'failed', id: request.id, reason: error instanceof Error ? error.message : String(error)})
  })
})

async function handle(request: Request): Promise<void> {
  if (request.kind === 'check') {
    const started = performance.now()
    const findings = await check(request.text, request.format)
    reply({kind: 'checked', id: request.id, findings, milliseconds: performance.now() - started})
  } else {
    const {wordToText} = await import('./word.js')
    reply({kind: 'word', id: request.id, text: await wordToText(request.bytes)})
  }
}
