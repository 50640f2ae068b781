/**
 * SARIF 2.1.0, as GitHub code scanning reads it: one run, the rules with their
 * descriptions and help, one result per finding, and files that could not be checked as
 * tool execution notifications (they are not findings about the text).
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {fingerprints, keyPath} from './finding-identity.js'
import {source} from 'retext-public-service/engine'
import {rulesOfRun, type RuleDescription} from '../formats/processor.js'

export interface SarifOptions {
  /** Folder the paths are relative to (the repository root in CI). */
  cwd: string
  toolName: string
  toolVersion: string
  informationUri: string
}

interface SarifRule {
  id: string
  name?: string
  shortDescription: {text: string}
  fullDescription?: {text: string}
  help?: {text: string; markdown: string}
  helpUri?: string
  defaultConfiguration?: {level: 'warning' | 'note' | 'error'}
  properties?: Record<string, unknown>
}

const rootBase = 'PROJECTROOT'

function ruleIdOf(message: VFileMessage): string {
  if (message.source === source && message.ruleId) return message.ruleId
  return [message.source, message.ruleId].filter(Boolean).join(':') || 'public-service-lint'
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase())
}

function describeRule(rule: RuleDescription): SarifRule {
  const suggestions = rule.suggestions.slice(0, 3)
  const prefer = suggestions.length > 0 ? 'Prefer ' + suggestions.map((text) => '“' + text + '”').join(', ') + '. ' : ''
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: {text: rule.title},
    fullDescription: {text: 'The wording ' + rule.describe + '.'},
    help: {
      text: prefer + rule.note,
      markdown:
        (suggestions.length > 0 ? '**Prefer:** ' + suggestions.map((text) => '“' + text + '”').join(', ') + '\n\n' : '') +
        rule.note +
        '\n\n[More about this rule](' + rule.url + ')'
    },
    helpUri: rule.url,
    defaultConfiguration: {level: rule.severity === 'warning' ? 'warning' : 'note'},
    properties: {tags: ['public-service', 'plain-language', 'inclusive-language'], precision: rule.severity === 'warning' ? 'high' : 'medium'}
  }
}

function otherRule(message: VFileMessage): SarifRule {
  const id = ruleIdOf(message)
  const text = message.source === 'unified-message-control' ? 'An inline comment names a rule that does not exist' : 'Reported by ' + (message.source ?? 'public-service-lint')
  return {id, shortDescription: {text}, defaultConfiguration: {level: 'warning'}}
}

function artifactUri(file: VFile, cwd: string): string {
  const relative = path.relative(cwd, path.resolve(file.cwd, file.path))
  return relative.split(path.sep).map(encodeURIComponent).join('/')
}

function levelOf(message: VFileMessage): 'error' | 'warning' | 'note' {
  return message.fatal ? 'error' : message.fatal === false ? 'warning' : 'note'
}

function region(message: VFileMessage) {
  const place = message.place
  if (!place) return undefined
  const start = 'start' in place ? place.start : place
  const end = 'start' in place ? place.end : undefined
  if (!start.line) return undefined
  return {
    startLine: start.line,
    ...(start.column ? {startColumn: start.column} : {}),
    ...(end?.line ? {endLine: end.line} : {}),
    ...(end?.column ? {endColumn: end.column} : {})
  }
}

export function sarifReport(files: readonly VFile[], options: SarifOptions): string {
  const rules = new Map<string, SarifRule>()
  // The built-in families, and a configuration's own (or overridden) ones as configured.
  for (const rule of rulesOfRun(files).values()) rules.set(rule.id, describeRule(rule))
  for (const file of files) for (const message of file.messages) if (!message.fatal && !rules.has(ruleIdOf(message))) rules.set(ruleIdOf(message), otherRule(message))
  const ruleList = [...rules.values()].sort((left, right) => left.id.localeCompare(right.id))
  const ruleIndex = new Map(ruleList.map((rule, index) => [rule.id, index]))

  const results: object[] = []
  const notifications = []
  for (const file of files) {
    const location = file.path ? {artifactLocation: {uri: artifactUri(file, options.cwd), uriBaseId: rootBase}} : undefined
    const findings = file.messages.filter((message) => !message.fatal)
    const prints = fingerprints(keyPath(file.path, file.cwd), findings)
    const wordDocument = Boolean(file.data.publicServiceParagraphs)
    for (const message of file.messages) {
      if (message.fatal) {
        notifications.push({level: 'error' as const, message: {text: message.reason}, ...(location ? {locations: [{physicalLocation: location}]} : {})})
      }
    }
    findings.forEach((message, index) => {
      const id = ruleIdOf(message)
      // Word documents have no lines: code scanning still needs one to place an alert, so
      // the first line stands for the document and the paragraph is in the message.
      const where = wordDocument ? {startLine: 1} : region(message)
      const properties = {
        ...(message.expected?.length ? {actual: message.actual, expected: message.expected} : {}),
        ...(wordDocument && message.line ? {paragraph: message.line, character: message.column} : {})
      }
      results.push({
        ruleId: id,
        ruleIndex: ruleIndex.get(id),
        level: levelOf(message),
        message: {text: message.reason},
        ...(location ? {locations: [{physicalLocation: {...location, ...(where ? {region: where} : {})}}]} : {}),
        partialFingerprints: {'publicServiceFinding/v1': prints[index]},
        ...(file.data.publicServiceBaseline ? {baselineState: 'new' as const} : {}),
        ...(Object.keys(properties).length > 0 ? {properties} : {})
      })
    })
  }

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: options.toolName,
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            informationUri: options.informationUri,
            rules: ruleList
          }
        },
        originalUriBaseIds: {[rootBase]: {uri: pathToFileURL(options.cwd).href.replace(/\/?$/, '/')}},
        invocations: [{executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications}],
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return JSON.stringify(log, undefined, 2)
}
