-- Run by test/e2e/neovim.test.mjs: loads imr.lua (the README's configuration), opens a letter and
-- prints what the language server gave: FILETYPE, DIAGNOSTIC, SYMBOL and HOVER lines, then DONE.
-- The assertions are in the JavaScript test; this script only fails on a timeout.
local out = function(s) io.stdout:write(s, '\n') end
local fail = function(why) out('FAIL ' .. why); vim.cmd('cquit 1') end

vim.g.imr_language_server_cmd = { 'node', os.getenv('IMR_SERVER'), '--stdio' }
dofile(os.getenv('IMR_NVIM_CONFIG'))

-- Note each publishDiagnostics for the letter, even an empty one (a correct letter has none).
local letter = vim.fn.fnamemodify(os.getenv('IMR_LETTER'), ':p')
local published = false
local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  if result and result.uri == vim.uri_from_fname(letter) then published = true end
  return publish(err, result, ctx, config)
end

vim.cmd('edit ' .. vim.fn.fnameescape(letter))
local buf = vim.api.nvim_get_current_buf()
out('FILETYPE ' .. vim.bo[buf].filetype)
if vim.bo[buf].filetype ~= 'imr' then out('DONE'); vim.cmd('qall!') return end

local client
local ok = vim.wait(15000, function()
  client = vim.lsp.buf_get_clients(buf)[1] or client
  return client ~= nil and client.initialized == true
end, 20)
if not ok then return fail('the language server did not initialize') end
out('SERVER ' .. ((client.server_capabilities or {}).documentSymbolProvider and 'symbols' or 'no-symbols'))

if not vim.wait(15000, function() return published end, 20) then return fail('no diagnostics pushed') end
out('PUBLISHED')
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = (d.user_data or {}).lsp or {}
  local related = (lsp.relatedInformation or {})[1]
  local rel = related and (' related=' .. related.location.range.start.line .. ':' .. related.location.range.start.character) or ''
  out(('DIAGNOSTIC %d:%d severity=%d code=%s%s'):format(d.lnum, d.col, d.severity, tostring(d.code or lsp.code), rel))
end

local td = { uri = vim.uri_from_bufnr(buf) }
local answers = vim.lsp.buf_request_sync(buf, 'textDocument/documentSymbol', { textDocument = td }, 15000)
if not answers then return fail('no answer to documentSymbol') end
local function walk(symbols, depth)
  for _, s in ipairs(symbols or {}) do
    out(('SYMBOL %d %s | %s | line=%d'):format(depth, s.name, s.detail or '', s.range.start.line))
    walk(s.children, depth + 1)
  end
end
for _, a in pairs(answers) do walk(a.result, 0) end

local hover_at = os.getenv('IMR_HOVER')
if hover_at then
  local line, col = hover_at:match('(%d+):(%d+)')
  local h = vim.lsp.buf_request_sync(buf, 'textDocument/hover', { textDocument = td, position = { line = tonumber(line), character = tonumber(col) } }, 15000)
  for _, a in pairs(h or {}) do
    local c = a.result and a.result.contents
    if c then out('HOVER ' .. (type(c) == 'table' and (c.value or '') or c):gsub('\n', ' ')) end
  end
end
-- IMR_CHECK_FOLDER: every letter under that folder checked through the server's command; their
-- diagnostics are pushed for files not open (Neovim keeps them on unloaded buffers).
local folder = os.getenv('IMR_CHECK_FOLDER')
if folder then
  local params = { command = 'imr.checkFolder.server', arguments = { vim.uri_from_fname(folder) } }
  local r = vim.lsp.buf_request_sync(buf, 'workspace/executeCommand', params, 120000)
  for _, a in pairs(r or {}) do
    local f = a.result
    if f then out(('FOLDER letters=%d findings=%d cancelled=%s'):format(f.letters, f.findings, tostring(f.cancelled))) end
  end
  local n, bufs = 0, {}
  for _, d in ipairs(vim.diagnostic.get()) do
    if d.bufnr ~= buf then n = n + 1; bufs[d.bufnr] = true end
  end
  out(('OTHER_DIAGNOSTICS %d in %d buffers'):format(n, vim.tbl_count(bufs)))
end
out('DONE')
vim.cmd('qall!')
