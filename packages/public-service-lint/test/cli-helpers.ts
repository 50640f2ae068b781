/**
 * Running the built `public-service-lint` on temporary folders.
 */
import {spawn} from 'node:child_process'
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun} from 'docx'
import {afterAll} from 'vitest'

/** This package's folder (packages/public-service-lint). */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..')
/** The repository's root, where the integrations (action.yml, .pre-commit-hooks.yaml) live. */
export const repositoryRoot = join(root, '..', '..')
export const cliPath = join(root, 'dist', 'bin', 'public-service-lint.js')

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  cwd: string
  /** Text for standard input; standard input is closed either way. */
  input?: string
  env?: Record<string, string | undefined>
  uid?: number
  gid?: number
}

/** Runs the CLI; CI is unset so that what a terminal would show does not depend on where tests run. */
export function runCli(args: string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = {...process.env, CI: undefined, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env}
    const child = spawn(process.execPath, [cliPath, ...args], {cwd: options.cwd, env: env as NodeJS.ProcessEnv, uid: options.uid, gid: options.gid})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    child.stdin.end(options.input ?? '')
  })
}

const folders: string[] = []

/** A temporary folder holding these files (paths relative to it), removed after the suite. */
export async function folderWith(files: Record<string, string | Uint8Array>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'public-service-lint-'))
  folders.push(folder)
  for (const [name, content] of Object.entries(files)) {
    const path = join(folder, name)
    await mkdir(dirname(path), {recursive: true})
    await writeFile(path, content)
  }
  return folder
}

afterAll(async () => {
  for (const folder of folders.splice(0)) await rm(folder, {recursive: true, force: true})
})

/** A Word document: each entry a paragraph (`# ` makes a heading, `''` an empty paragraph). */
export async function wordDocument(paragraphs: Array<string | TextRun[]>): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: paragraphs.map((paragraph) => {
          if (Array.isArray(paragraph)) return new Paragraph({children: paragraph})
          if (paragraph.startsWith('# ')) return new Paragraph({text: paragraph.slice(2), heading: HeadingLevel.HEADING_1})
          return new Paragraph({text: paragraph, alignment: AlignmentType.LEFT})
        })
      }
    ]
  })
  return new Uint8Array(await Packer.toBuffer(document))
}

export interface JsonMessage {
  reason: string
  ruleId?: string
  source?: string
  line?: number
  column?: number
  fatal?: boolean | null
  actual?: string
  expected?: string[]
  note?: string
  url?: string
  place?: {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}}
  context?: {before: string; after: string}
}

export interface JsonFile {
  path: string
  cwd: string
  history: string[]
  messages: JsonMessage[]
}

/** `line:column rule actual` for each finding of each file: compact to assert on. */
export function findingsByFile(report: JsonFile[]): Record<string, string[]> {
  return Object.fromEntries(report.map((file) => [file.path, file.messages.map((message) => message.line + ':' + message.column + ' ' + message.ruleId + ' ' + (message.actual ?? message.reason))]))
}

/** Lines of output that look like a JavaScript stack trace. */
export function stackLines(output: string): string[] {
  return output.split('\n').filter((line) => /^\s+at .+[(:]/.test(line) || /node:internal|\.js:\d+:\d+/.test(line))
}
