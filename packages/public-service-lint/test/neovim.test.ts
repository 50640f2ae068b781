import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {hasProgram} from '../../../test/support/programs.js'

// A real editor: Debian's Neovim (installed by .ci/run) runs headless with the server
// configured in Lua, opens a markdown file, and writes back what it shows as diagnostics.
const server = join(import.meta.dirname, '..', 'dist', 'bin', 'public-service-language-server.js')
const folder = mkdtempSync(join(tmpdir(), 'public-service-nvim-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

const init = `
vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.DOCUMENT))
local client = vim.lsp.start_client({
  name = 'public-service',
  cmd = {vim.env.NODE, vim.env.SERVER, '--stdio'},
  root_dir = vim.env.FOLDER,
})
vim.lsp.buf_attach_client(0, client)
local found = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 100)
local list = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = (d.user_data or {}).lsp or {}
  table.insert(list, {line = d.lnum, col = d.col, severity = d.severity, source = d.source, message = d.message, code = lsp.code})
end
local out = io.open(vim.env.OUT, 'w')
out:write(vim.fn.json_encode({found = found, diagnostics = list}))
out:close()
vim.cmd('qa!')
`

const neovim = hasProgram('Neovim', 'nvim', 'apt-get install neovim (as .ci/run does)')

describe.runIf(neovim)('in Neovim', () => {
  it('shows the findings of a markdown file as diagnostics', () => {
    const document = join(folder, 'strategy.md')
    const out = join(folder, 'diagnostics.json')
    writeFileSync(join(folder, 'init.lua'), init)
    writeFileSync(document, '# Home care\n\nOur service users can ask for a review.\n\nFinance treats the care teams as internal customers.\n')
    const result = spawnSync('nvim', ['--headless', '--clean', '-u', join(folder, 'init.lua')], {
      cwd: folder,
      env: {...process.env, NODE: process.execPath, SERVER: server, FOLDER: folder, OUT: out, DOCUMENT: document},
      encoding: 'utf8',
      timeout: 40_000
    })
    expect(result.error, 'nvim must be installed (.ci/run installs Debian’s neovim)').toBeUndefined()
    expect(existsSync(out), result.stderr + result.stdout).toBe(true)
    const shown = JSON.parse(readFileSync(out, 'utf8')) as {found: boolean; diagnostics: Array<{line: number; col: number; severity: number; source: string; message: string; code?: string}>}
    expect(shown.found).toBe(true)
    expect(shown.diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.col, diagnostic.severity, diagnostic.source])).toEqual([
      [2, 0, 2, 'retext-public-service'],
      [4, 33, 2, 'retext-public-service']
    ])
    expect(shown.diagnostics[0].message).toContain('`Our service users`')
    expect(shown.diagnostics[1].message).toContain('Source: the “Internal customers” section')
  })
})
