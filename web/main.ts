/**
 * The checker page: reads what the writer types or opens, has the worker check it, and
 * shows each finding highlighted in the text and explained beside it. Only the interface
 * lives here; the checking (and Word support) loads in the worker, on demand.
 */
import './style.css'
import {applySuggestion, countByFamily, formatOfFileName, segmentText, splitQuoted, summarise, type Finding, type Format} from './findings.js'
import type {Reply, Request} from './protocol.js'
import {declaredWordTextSize, defaultMaxSize, formatSize} from 'public-service-lint/word-size'

/** Typing pauses this long before a check, so a check does not start on every key. */
const typingPause = 250
/** Beyond this many, findings are counted and marked but not each described, to keep the page quick. */
const mostDescribed = 300

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id)
  if (!found) throw new Error('The page is missing #' + id)
  return found as T
}

const textArea = element<HTMLTextAreaElement>('text')
const formatSelect = element<HTMLSelectElement>('format')
const fileInput = element<HTMLInputElement>('file')
const dropZone = element<HTMLDivElement>('drop-zone')
const fileStatus = element<HTMLParagraphElement>('file-status')
const exampleButton = element<HTMLButtonElement>('example')
const copyButton = element<HTMLButtonElement>('copy')
const downloadButton = element<HTMLButtonElement>('download')
const undoButton = element<HTMLButtonElement>('undo')
const actionStatus = element<HTMLParagraphElement>('action-status')
const resultsHeading = element<HTMLHeadingElement>('results-heading')
const summary = element<HTMLParagraphElement>('summary')
const checking = element<HTMLParagraphElement>('checking')
const results = element<HTMLDivElement>('results')
const countsBody = element<HTMLTableElement>('counts').tBodies[0]
const markedText = element<HTMLDivElement>('marked')
const findingsList = element<HTMLOListElement>('findings')

const worker = new Worker(new URL('./worker.ts', import.meta.url), {type: 'module', name: 'checker'})

/** The findings on show, and the exact text they were found in. */
let shown: {text: string; format: Format; findings: Finding[]} = {text: '', format: 'text', findings: []}
let lastRequestId = 0
/** The text and format of the check under way: what its findings will be shown against. */
let pendingText = ''
let pendingFormat: Format = 'text'
let checkInFlight = false
let checkWanted = false
let typingTimer: ReturnType<typeof setTimeout> | undefined
/** Texts before each applied suggestion, newest last. */
const undoStack: string[] = []
/** After a suggestion is applied, the finding to move focus to once the text is checked again. */
let focusAfterCheck: number | undefined
/** The opened file's name, for the name of the downloaded text. */
let fileName: string | undefined

const wordRequests = new Map<number, {resolve: (text: string) => void; reject: (error: Error) => void}>()

worker.addEventListener('message', (event: MessageEvent<Reply>) => {
  const reply = event.data
  if (reply.kind === 'word' || (reply.kind === 'failed' && wordRequests.has(reply.id))) {
    const waiting = wordRequests.get(reply.id)
    wordRequests.delete(reply.id)
    if (reply.kind === 'word') waiting?.resolve(reply.text)
    else if (reply.kind === 'failed') waiting?.reject(new Error(reply.reason))
    return
  }
  checkInFlight = false
  if (reply.kind === 'checked') {
    show(reply.findings)
  } else {
    summary.textContent = 'Sorry, the checker stopped working on this text (' + reply.reason + '). Reload the page to try again.'
  }
  if (checkWanted) startCheck()
  else checking.hidden = true
})

// A browser without module workers (or one that blocks them) cannot check anything: say so.
worker.addEventListener('error', () => {
  checking.hidden = true
  summary.textContent = 'Sorry, this browser cannot run the checker. Try a recent version of Edge, Chrome, Firefox or Safari.'
})

function send(request: Request, transfer: Transferable[] = []): void {
  worker.postMessage(request, transfer)
}

/** Asks for a check of the text as it is now; while one runs, the latest text waits its turn. */
function startCheck(): void {
  clearTimeout(typingTimer)
  if (checkInFlight) {
    checkWanted = true
    return
  }
  checkWanted = false
  checkInFlight = true
  checking.hidden = false
  pendingText = textArea.value
  pendingFormat = formatSelect.value as Format
  send({kind: 'check', id: ++lastRequestId, text: pendingText, format: pendingFormat})
}

function checkSoon(): void {
  clearTimeout(typingTimer)
  checking.hidden = false
  typingTimer = setTimeout(startCheck, typingPause)
}

function show(findings: Finding[]): void {
  const previousSummary = summary.textContent
  shown = {text: pendingText, format: pendingFormat, findings}
  results.hidden = shown.text.trim() === ''
  const sentence = shown.text.trim() === '' ? 'Nothing to check yet. Type or paste some text, or open a document.' : summarise(findings)
  // Screen readers hear the status when it changes, not on every keystroke that changes nothing.
  if (sentence !== previousSummary) summary.textContent = sentence
  renderCounts(findings)
  const markedFindings = renderMarkedText(shown.text, findings)
  renderFindings(findings, markedFindings)
  if (focusAfterCheck !== undefined) {
    const target = findings.length === 0 ? resultsHeading : document.getElementById(findingId(Math.min(focusAfterCheck, findings.length - 1)))
    focusAfterCheck = undefined
    target?.focus()
  }
}

function findingId(index: number): string {
  return 'finding-' + (index + 1)
}

function markId(index: number): string {
  return 'mark-' + (index + 1)
}

function create<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

const severityLabel = {warning: 'To change', info: 'Worth a look'} as const
const severityIcon = {warning: '!', info: 'i'} as const

function tag(finding: Finding): HTMLSpanElement {
  const label = create('span', 'tag tag--' + finding.severity)
  const icon = create('span', 'tag__icon', severityIcon[finding.severity])
  icon.setAttribute('aria-hidden', 'true')
  label.append(icon, severityLabel[finding.severity])
  return label
}

function renderCounts(findings: Finding[]): void {
  const rows = countByFamily(findings).map((count) => {
    const row = create('tr')
    const name = create('th', undefined, count.title)
    name.scope = 'row'
    row.append(name, create('td', 'number', String(count.warnings)), create('td', 'number', String(count.info)))
    return row
  })
  countsBody.replaceChildren(...rows)
  countsBody.parentElement!.hidden = rows.length === 0
}

/** Marks the findings in the text; returns those marked (one that overlaps another is not). */
function renderMarkedText(text: string, findings: Finding[]): Set<number> {
  const nodes: Node[] = []
  const markedFindings = new Set<number>()
  for (const segment of segmentText(text, findings)) {
    if (segment.finding === undefined) {
      nodes.push(document.createTextNode(segment.text))
      continue
    }
    const finding = findings[segment.finding]
    markedFindings.add(segment.finding)
    const mark = create('mark', 'mark mark--' + finding.severity, segment.text)
    mark.id = markId(segment.finding)
    const link = create('a', 'mark-link mark-link--' + finding.severity, String(segment.finding + 1))
    link.href = '#' + findingId(segment.finding)
    link.setAttribute('aria-label', 'Finding ' + (segment.finding + 1) + ', ' + severityLabel[finding.severity].toLowerCase())
    nodes.push(mark, link)
  }
  markedText.replaceChildren(...nodes)
  return markedFindings
}

/** The reason with the words it quotes in curly quotes rather than code backticks. */
function reasonParagraph(reason: string): HTMLParagraphElement {
  const paragraph = create('p', 'finding__reason')
  splitQuoted(reason).forEach((part, index) => {
    paragraph.append(index % 2 === 1 ? create('q', undefined, part) : part)
  })
  return paragraph
}

function renderFindings(findings: Finding[], markedFindings: ReadonlySet<number>): void {
  const items = findings.slice(0, mostDescribed).map((finding, index) => renderFinding(finding, index, findings.length, markedFindings.has(index)))
  if (findings.length > mostDescribed) {
    const rest = create('li', 'findings__more', 'The other ' + (findings.length - mostDescribed) + ' findings are marked in the text above. Change some of the wording and they will be described here.')
    items.push(rest)
  }
  findingsList.replaceChildren(...items)
}

function renderFinding(finding: Finding, index: number, total: number, isMarked: boolean): HTMLLIElement {
  const item = create('li', 'finding finding--' + finding.severity)
  item.id = findingId(index)
  item.tabIndex = -1

  const heading = create('h4', 'finding__heading')
  heading.append(tag(finding), ' ', create('q', 'finding__words', finding.actual))
  const where = create('p', 'finding__where', 'Finding ' + (index + 1) + ' of ' + total + ', line ' + finding.line + '. ')
  if (isMarked) {
    const showInText = create('a', undefined, 'Show in the text')
    showInText.href = '#' + markId(index)
    where.append(showInText)
  }

  item.append(heading, where, reasonParagraph(finding.reason))

  if (finding.suggestions.length > 0) {
    const labelId = findingId(index) + '-suggestions'
    const label = create('p', 'finding__label', 'Replace with:')
    label.id = labelId
    const list = create('ul', 'suggestions')
    list.setAttribute('aria-labelledby', labelId)
    for (const suggestion of finding.suggestions) {
      const button = create('button', 'button button--suggestion')
      button.type = 'button'
      const hidden = create('span', 'visually-hidden', 'Replace ' + finding.actual + ' with ')
      button.append(hidden, suggestion)
      button.addEventListener('click', () => useSuggestion(index, suggestion))
      const entry = create('li')
      entry.append(button)
      list.append(entry)
    }
    item.append(label, list)
  }

  const why = create('div', 'finding__why')
  why.append(create('p', 'finding__label', 'Why it matters'), create('p', 'finding__explanation', finding.explanation))
  if (finding.source) why.append(create('p', 'finding__source', finding.source))
  if (finding.url) {
    const more = create('a', 'finding__more', 'More about this wording (on the project’s website)')
    more.href = finding.url
    more.rel = 'noopener noreferrer'
    why.append(more)
  }
  item.append(why)
  return item
}

function say(status: HTMLElement, message: string): void {
  // Cleared first so that the same message twice is announced twice.
  status.textContent = ''
  requestAnimationFrame(() => {
    status.textContent = message
  })
}

function useSuggestion(index: number, replacement: string): void {
  const finding = shown.findings[index]
  if (!finding || textArea.value !== shown.text || formatSelect.value !== shown.format) {
    say(actionStatus, 'Your text changed since it was checked. Try again once the findings have updated.')
    startCheck()
    return
  }
  undoStack.push(textArea.value)
  undoButton.hidden = false
  textArea.value = applySuggestion(textArea.value, finding, replacement)
  say(actionStatus, 'Replaced “' + finding.actual + '” with “' + replacement + '”.')
  focusAfterCheck = index
  startCheck()
}

function undo(): void {
  const previous = undoStack.pop()
  if (previous === undefined) return
  textArea.value = previous
  undoButton.hidden = undoStack.length === 0
  say(actionStatus, 'The last change was undone.')
  if (undoButton.hidden) textArea.focus()
  startCheck()
}

async function copyText(): Promise<void> {
  try {
    await navigator.clipboard.writeText(textArea.value)
  } catch {
    // Without clipboard access (an old browser, or a page not served over HTTPS), copy the selection.
    textArea.select()
    document.execCommand('copy')
  }
  say(actionStatus, 'The text is copied. You can paste it into your document.')
}

function downloadText(): void {
  const extension = shown.format === 'markdown' ? '.md' : shown.format === 'html' ? '.html' : '.txt'
  const base = fileName ? fileName.replace(/\.[^.]+$/, '') + '-revised' : 'checked-text'
  const link = create('a')
  link.href = URL.createObjectURL(new Blob([textArea.value], {type: 'text/plain;charset=utf-8'}))
  link.download = base + extension
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
  say(actionStatus, 'The text is saved as ' + link.download + ' in your downloads.')
}

function readWord(bytes: ArrayBuffer): Promise<string> {
  const id = ++lastRequestId
  return new Promise((resolve, reject) => {
    wordRequests.set(id, {resolve, reject})
    send({kind: 'word', id, bytes}, [bytes])
  })
}

async function openFile(file: File): Promise<void> {
  const kind = formatOfFileName(file.name)
  if (!kind) {
    say(fileStatus, 'The checker cannot open “' + file.name + '”. Choose a Word document (.docx), or a .txt, .md or .html file.')
    return
  }
  // The command line's limit: a file holding more text than this (a Word document's once
  // unpacked, as its archive declares) is refused before it is read.
  if (kind !== 'docx' && file.size > defaultMaxSize) {
    say(fileStatus, '“' + file.name + '” is too large for the checker: it holds ' + formatSize(file.size) + ' of text, and the checker takes up to ' + formatSize(defaultMaxSize) + '. Split it into smaller documents.')
    return
  }
  say(fileStatus, 'Opening “' + file.name + '”…')
  try {
    let text: string
    if (kind === 'docx') {
      const bytes = await file.arrayBuffer()
      const unpacked = declaredWordTextSize(new Uint8Array(bytes)) ?? 0
      if (unpacked > defaultMaxSize) {
        say(fileStatus, '“' + file.name + '” is too large for the checker: its text would unpack to ' + formatSize(unpacked) + ', and the checker takes up to ' + formatSize(defaultMaxSize) + '. Split it into smaller documents.')
        return
      }
      text = await readWord(bytes)
      formatSelect.value = 'text'
    } else {
      text = await file.text()
      formatSelect.value = kind
    }
    fileName = file.name
    textArea.value = text
    undoStack.length = 0
    undoButton.hidden = true
    const note = kind === 'docx' ? ' Its words are shown as plain text: make your changes in the Word document too, or copy the revised text.' : ''
    say(fileStatus, 'Opened “' + file.name + '”.' + note)
    startCheck()
  } catch {
    const advice = kind === 'docx'
      ? ' It may be damaged, protected by a password, or not really a Word document. Try opening it in Word and saving it again as a .docx file.'
      : ' Try saving it again as plain text.'
    say(fileStatus, 'The checker could not read “' + file.name + '”' + (kind === 'docx' ? ' as a Word document.' : '.') + advice)
  }
}

const example = [
  'Our customers are at the heart of everything we do. Each service user has a named worker, and no worker has a caseload of more than 20 people.',
  '',
  'We will empower residents to manage their own care package, and the front door will signpost them to the right pathway. The customer service team answers calls from 9am to 5pm.'
].join('\n')

textArea.addEventListener('input', checkSoon)
formatSelect.addEventListener('change', startCheck)
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0]
  if (file) void openFile(file)
})
exampleButton.addEventListener('click', () => {
  textArea.value = example
  formatSelect.value = 'text'
  fileName = undefined
  textArea.focus()
  startCheck()
})
copyButton.addEventListener('click', () => void copyText())
downloadButton.addEventListener('click', downloadText)
undoButton.addEventListener('click', undo)

// A file dropped anywhere else would make the browser leave the page to show it.
for (const type of ['dragover', 'drop'] as const) window.addEventListener(type, (event) => event.preventDefault())
dropZone.addEventListener('dragover', (event) => {
  event.preventDefault()
  dropZone.classList.add('drop-zone--active')
})
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('drop-zone--active'))
dropZone.addEventListener('drop', (event) => {
  event.preventDefault()
  dropZone.classList.remove('drop-zone--active')
  const file = event.dataTransfer?.files[0]
  if (file) void openFile(file)
})

// Text the browser kept from an earlier visit (after going back) is checked straight away.
if (textArea.value.trim() !== '') startCheck()
