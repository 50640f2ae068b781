/**
 * What the page shows of one finding, and the pure steps on it: placing highlights,
 * applying a suggestion, counting. No DOM here, so the same code runs in the worker, on
 * the page and in Node tests.
 */

/** How a text is read: the format picks the parser, as the file's extension does in the CLI. */
export type Format = 'text' | 'markdown' | 'html'

/** A warning is a clear case; information is worth a look (the plugin leaves `fatal` unset). */
export type Severity = 'warning' | 'info'

export interface Finding {
  /** Family id: the message's `ruleId`. */
  ruleId: string
  /** The family's title, for the count per family. */
  title: string
  severity: Severity
  /** The message reason, as the CLI prints it (words quoted in backticks). */
  reason: string
  /** The words as written. */
  actual: string
  /** Ready-to-insert replacements, preferred first. */
  suggestions: string[]
  /** Why another word serves better. */
  explanation: string
  /** The essay and section the explanation draws on ("Source: ..."), or empty. */
  source: string
  /** The family's documentation page. */
  url: string
  /** Offsets into the checked text: `text.slice(start, end)` is the highlighted span. */
  start: number
  end: number
  line: number
  column: number
}

/** The fields of a vfile message the page reads (a VFileMessage has them all). */
export interface MessageLike {
  ruleId?: string | null | undefined
  source?: string | null | undefined
  reason: string
  fatal?: boolean | null | undefined
  actual?: string | null | undefined
  expected?: readonly string[] | null | undefined
  note?: string | null | undefined
  url?: string | null | undefined
  place?: {start: PointLike; end: PointLike} | PointLike | null | undefined
}

interface PointLike {
  line: number
  column: number
  offset?: number | undefined
}

const sourceMarker = /\s*(Source: [\s\S]*)$/

/** Splits a note into the explanation and its closing "Source: ..." sentence. */
export function splitNote(note: string): {explanation: string; source: string} {
  const found = sourceMarker.exec(note)
  if (!found) return {explanation: note.trim(), source: ''}
  return {explanation: note.slice(0, found.index).trim(), source: found[1].trim()}
}

/**
 * The finding for a message of retext-public-service about a family in `titles`, or
 * undefined for other messages (such as an inline comment naming an unknown family) and
 * for those without offsets (nothing to highlight).
 */
export function findingFromMessage(message: MessageLike, titles: ReadonlyMap<string, string>): Finding | undefined {
  if (message.source !== 'retext-public-service' || !message.ruleId || !titles.has(message.ruleId)) return undefined
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const {start, end} = place
  if (start.offset === undefined || end.offset === undefined) return undefined
  const {explanation, source} = splitNote(message.note ?? '')
  return {
    ruleId: message.ruleId,
    title: titles.get(message.ruleId) as string,
    severity: message.fatal === false ? 'warning' : 'info',
    reason: message.reason,
    actual: message.actual ?? '',
    suggestions: [...(message.expected ?? [])],
    explanation,
    source,
    url: message.url ?? '',
    start: start.offset,
    end: end.offset,
    line: start.line,
    column: start.column
  }
}

/** A run of the text, highlighted when it carries a finding (by its index in the list). */
export interface Segment {
  text: string
  finding?: number
}

/**
 * The text cut into plain and highlighted runs. Findings are taken in order of their
 * start; one that overlaps a highlight already placed is left unmarked in the text (it
 * is still listed), as one span can hold only one highlight.
 */
export function segmentText(text: string, findings: readonly Finding[]): Segment[] {
  const order = findings.map((finding, index) => ({finding, index})).sort((a, b) => a.finding.start - b.finding.start || b.finding.end - a.finding.end)
  const segments: Segment[] = []
  let cursor = 0
  for (const {finding, index} of order) {
    if (finding.start < cursor || finding.end > text.length || finding.end <= finding.start) continue
    if (finding.start > cursor) segments.push({text: text.slice(cursor, finding.start)})
    segments.push({text: text.slice(finding.start, finding.end), finding: index})
    cursor = finding.end
  }
  if (cursor < text.length) segments.push({text: text.slice(cursor)})
  return segments
}

/** The text with one finding's span replaced. */
export function applySuggestion(text: string, finding: Finding, replacement: string): string {
  return text.slice(0, finding.start) + replacement + text.slice(finding.end)
}

export interface FamilyCount {
  ruleId: string
  title: string
  warnings: number
  info: number
}

/** Findings per family, most first, then by title. */
export function countByFamily(findings: readonly Finding[]): FamilyCount[] {
  const counts = new Map<string, FamilyCount>()
  for (const finding of findings) {
    let count = counts.get(finding.ruleId)
    if (!count) {
      count = {ruleId: finding.ruleId, title: finding.title, warnings: 0, info: 0}
      counts.set(finding.ruleId, count)
    }
    if (finding.severity === 'warning') count.warnings++
    else count.info++
  }
  return [...counts.values()].sort((a, b) => b.warnings + b.info - (a.warnings + a.info) || a.title.localeCompare(b.title))
}

/** One sentence summing up what was found, for the page and for screen readers. */
export function summarise(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No wording to change was found.'
  const warnings = findings.filter((finding) => finding.severity === 'warning').length
  const info = findings.length - warnings
  const parts: string[] = []
  if (warnings > 0) parts.push(warnings + ' to change')
  if (info > 0) parts.push(info + ' worth a look')
  return findings.length + (findings.length === 1 ? ' finding: ' : ' findings: ') + parts.join(', ') + '.'
}

/**
 * Splits a reason at the words it quotes in backticks, so the page can show them as
 * quotations rather than code: odd-numbered parts were quoted.
 */
export function splitQuoted(reason: string): string[] {
  return reason.split('`')
}

/**
 * Word's raw text: paragraphs end with a blank line, and empty paragraphs make runs of
 * them. Runs are folded to one blank line so paragraphs stay apart (the checker reads a
 * paragraph as running to the next blank line) without gaps the writer never made.
 */
export function tidyWordText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim() + '\n'
}

/** The format a file is read as, by its name; undefined for files the page cannot read. */
export function formatOfFileName(name: string): Format | 'docx' | undefined {
  const extension = /\.([^.]+)$/.exec(name.toLowerCase())?.[1]
  switch (extension) {
    case 'md':
    case 'markdown':
      return 'markdown'
    case 'html':
    case 'htm':
      return 'html'
    case 'txt':
      return 'text'
    case 'docx':
      return 'docx'
    default:
      return undefined
  }
}
