/**
 * GitHub Actions workflow commands: one `::warning file=…,line=…,col=…::reason` line per
 * finding (`::notice` for informational ones, `::error` for files that could not be
 * checked), which GitHub shows as annotations on the pull request.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

function annotation(file: VFile, message: VFileMessage): string {
  const command = message.fatal ? 'error' : message.fatal === false ? 'warning' : 'notice'
  const properties: Array<[string, string | number | undefined]> = [['file', file.path || undefined]]
  const place = message.place
  // Word documents have no lines to point at: the reason names the paragraph.
  if (place && !file.data.publicServiceParagraphs) {
    const start = 'start' in place ? place.start : place
    const end = 'start' in place ? place.end : undefined
    properties.push(['line', start.line], ['endLine', end?.line], ['col', start.column], ['endColumn', end?.column])
  }
  if (message.ruleId) properties.push(['title', [message.source === 'retext-public-service' ? 'public-service' : message.source, message.ruleId].filter(Boolean).join(' ')])
  const list = properties.filter(([, value]) => value !== undefined && value !== '').map(([key, value]) => key + '=' + escapeProperty(String(value)))
  return '::' + command + (list.length > 0 ? ' ' + list.join(',') : '') + '::' + escapeData(message.reason)
}

export function githubReport(files: readonly VFile[]): string {
  return files.flatMap((file) => file.messages.map((message) => annotation(file, message))).join('\n')
}
