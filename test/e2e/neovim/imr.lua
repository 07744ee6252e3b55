-- IMR letters in Neovim 0.7.2 or later: filetype imr for *.imr, *.imr.txt and .txt files whose
-- first line opens like a letter, and imr-language-server for every imr buffer (one server).
local cmd = vim.g.imr_language_server_cmd or { 'imr-language-server', '--stdio' }
local openings = { 'Case Number:', 'HOW THE IMR FINAL DETERMINATION WAS MADE', 'MAXIMUS FEDERAL SERVICES, INC',
  'MEDICAL PROFESSIONAL REVIEW', 'Notice of Independent Medical Review Determination' }
local group = vim.api.nvim_create_augroup('imr_letters', { clear = true })

vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
  group = group,
  pattern = { '*.imr', '*.imr.txt' },
  callback = function(args) vim.bo[args.buf].filetype = 'imr' end,
})
vim.api.nvim_create_autocmd('BufRead', {
  group = group,
  pattern = '*.txt',
  callback = function(args)
    local first = (vim.api.nvim_buf_get_lines(args.buf, 0, 1, false)[1] or ''):gsub('^\239\187\191', ''):gsub('^%s+', '')
    for _, opening in ipairs(openings) do
      if first:sub(1, #opening) == opening then
        vim.bo[args.buf].filetype = 'imr'
        return
      end
    end
  end,
})

local client_id
vim.api.nvim_create_autocmd('FileType', {
  group = group,
  pattern = 'imr',
  callback = function(args)
    if not (client_id and vim.lsp.get_client_by_id(client_id)) then
      client_id = vim.lsp.start_client({ name = 'imr', cmd = cmd, root_dir = vim.fn.getcwd() })
    end
    if client_id then vim.lsp.buf_attach_client(args.buf, client_id) end
  end,
})
