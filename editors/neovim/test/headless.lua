-- Drives editors/neovim/lua/prfaq.lua in a headless Neovim against a real
-- `prfaq lsp`. Run by test/editors/neovim.test.ts and scripts/pack-check.mjs:
--
--   nvim --headless -u NONE --cmd "set rtp+=editors/neovim" -c "luafile editors/neovim/test/headless.lua"
--
-- PRFAQ_WORK is a folder holding idea.prfaq.md, notes.md and
-- team/.prfaq.yml with team/proposals/plan.md. prfaq must be on the PATH,
-- or PRFAQ_EXPECT_MISSING=1 checks the behaviour without it.
local work = assert(os.getenv("PRFAQ_WORK"), "PRFAQ_WORK is not set")
local expect_missing = os.getenv("PRFAQ_EXPECT_MISSING") == "1"
local prfaq = require("prfaq")
local failures = 0

local function report(ok, what)
  io.stdout:write((ok and "ok: " or "FAIL: ") .. what .. "\n")
  if not ok then
    failures = failures + 1
  end
end

local notifications = {}
vim.notify = function(message, level)
  table.insert(notifications, { message = message, level = level })
end

local function open(path)
  vim.cmd("edit " .. vim.fn.fnameescape(path))
  vim.bo.filetype = "markdown"
  return vim.api.nvim_get_current_buf()
end

local function attached(buf)
  return #vim.tbl_keys(vim.lsp.buf_get_clients(buf)) > 0
end

local function wait_attached(buf)
  return vim.wait(20000, function()
    return attached(buf)
  end, 50)
end

local function wait_for_diagnostics(buf)
  return vim.wait(30000, function()
    return #vim.diagnostic.get(buf) > 0
  end, 50)
end

local function run()
  prfaq.setup({ debounce_ms = 0 })

  local notes = open(work .. "/notes.md")
  vim.wait(300)
  report(not attached(notes), "no server for a Markdown file that is not a PR/FAQ")

  if expect_missing then
    local idea = open(work .. "/idea.prfaq.md")
    vim.wait(300)
    report(not attached(idea), "no server, and so no spawn error, without prfaq installed")
    open(work .. "/second.prfaq.md")
    local warnings = vim.tbl_filter(function(n)
      return n.message:match("prfaq is not installed") ~= nil
    end, notifications)
    report(#warnings == 1, "one notice that prfaq is missing, not one per file (got " .. #warnings .. ")")
    return
  end

  local idea = open(work .. "/idea.prfaq.md")
  report(wait_attached(idea), "the server starts for *.prfaq.md")
  report(wait_for_diagnostics(idea), "diagnostics arrive for the PR/FAQ")
  report(vim.wait(10000, function()
    return vim.b[idea].prfaq_verdict ~= nil
  end, 50), "the verdict lands in b:prfaq_verdict (" .. tostring(vim.b[idea].prfaq_verdict) .. ")")

  -- Code actions with the cursor at column 0, as `:lua vim.lsp.buf.code_action()` asks for them.
  local diagnostic = vim.diagnostic.get(idea)[1]
  vim.api.nvim_win_set_cursor(0, { diagnostic.lnum + 1, 0 })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(idea, diagnostic.lnum) }
  local answers = vim.lsp.buf_request_sync(idea, "textDocument/codeAction", params, 10000) or {}
  local titles = {}
  for _, answer in pairs(answers) do
    for _, action in ipairs(answer.result or {}) do
      table.insert(titles, action.title)
    end
  end
  report(#titles > 0, "quick fixes at column 0 of a flagged line: " .. table.concat(titles, " | "))

  -- Neovim 0.7 cannot open documents for the server; the reference must come as a notification, not a blocking prompt.
  local executed = vim.lsp.buf_request_sync(idea, "workspace/executeCommand", { command = "prfaq.openRulesReference", arguments = { diagnostic.code } }, 10000)
  report(executed ~= nil, "opening the rules reference answers without a prompt")

  local plan = open(work .. "/team/proposals/plan.md")
  report(wait_attached(plan), "the server starts for Markdown below a .prfaq.yml")
  report(wait_for_diagnostics(plan), "a file matched by the .prfaq.yml files glob is checked")

  local idea_path = vim.api.nvim_buf_get_name(idea)
  vim.cmd("bwipeout! " .. idea)
  vim.wait(1500)
  report(vim.fn.bufnr(idea_path) == -1, "the verdict handler does not bring back a wiped buffer")
end

local ok, err = pcall(run)
if not ok then
  report(false, "the script stopped: " .. tostring(err))
end
for _, client in ipairs(vim.lsp.get_active_clients()) do
  client.stop()
end
vim.wait(500)
io.stdout:write(failures == 0 and "neovim: all passed\n" or ("neovim: " .. failures .. " failed\n"))
vim.cmd(failures == 0 and "qall!" or "cquit 1")
