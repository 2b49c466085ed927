-- prfaq's language server for Neovim 0.7 and later.
--
--   require("prfaq").setup()            -- in init.lua, with editors/neovim on the runtimepath
--
-- It starts `prfaq lsp` only for PR/FAQs: files named *.prfaq.md, PRFAQ.md,
-- PR-FAQ.md, pr-faq.md or prfaq.md, and Markdown files below a .prfaq.yml (the
-- server then reads its `files` globs and leaves the other files alone). One
-- server runs per project root. Without prfaq installed it says so once,
-- instead of an error for every file.
--
-- Written so 0.7 can run it: vim.fs arrived in 0.8 and vim.fs.root in 0.10,
-- and vim.lsp.start (used when present) in 0.8; 0.7 gets vim.lsp.start_client.
local M = {}

local PRFAQ_NAMES = { ["PRFAQ.md"] = true, ["PR-FAQ.md"] = true, ["pr-faq.md"] = true, ["prfaq.md"] = true }
local CONFIG_NAMES = { ".prfaq.yml", ".prfaq.yaml" }
local ROOT_MARKERS = { "package.json", ".git" }

local options = { cmd = nil, debounce_ms = 150, on_verdict = nil }
local clients = {} -- root folder -> client id, on 0.7 only
local warned_missing = false

local function exists(path)
  return vim.loop.fs_stat(path) ~= nil
end

local function parent_of(path)
  return vim.fn.fnamemodify(path, ":h")
end

--- The nearest folder at or above `folder` that holds one of `names`, or nil.
local function nearest(folder, names)
  local dir = folder
  while true do
    for _, name in ipairs(names) do
      if exists(dir .. "/" .. name) then
        return dir
      end
    end
    local up = parent_of(dir)
    if up == dir then
      return nil
    end
    dir = up
  end
end

local function is_prfaq_name(name)
  return PRFAQ_NAMES[name] or name:match("%.prfaq%.md$") ~= nil
end

--- The project root for a PR/FAQ, or nil when the file is not one.
function M.root_for(path)
  if path == "" then
    return nil
  end
  local folder = parent_of(path)
  local config_root = nearest(folder, CONFIG_NAMES)
  if config_root then
    return config_root
  end
  if is_prfaq_name(vim.fn.fnamemodify(path, ":t")) then
    return nearest(folder, ROOT_MARKERS) or folder
  end
  return nil
end

--- The command line: the option given, else the project's own prfaq, else prfaq on the PATH.
local function command_for(root)
  if options.cmd then
    return options.cmd
  end
  local local_bin = root .. "/node_modules/.bin/prfaq"
  if vim.fn.executable(local_bin) == 1 then
    return { local_bin, "lsp", "--stdio" }
  end
  if vim.fn.executable("prfaq") == 1 then
    return { "prfaq", "lsp", "--stdio" }
  end
  return nil
end

--- The loaded buffer showing `uri`, without creating one (vim.uri_to_bufnr would).
local function loaded_buffer(uri)
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(buf) and vim.uri_from_bufnr(buf) == uri then
      return buf
    end
  end
  return nil
end

local function on_verdict(_, params)
  if not params or not params.uri then
    return
  end
  local buf = loaded_buffer(params.uri)
  if not buf then
    return
  end
  local label = params.verdict and params.verdict.label or nil
  if label then
    vim.api.nvim_buf_set_var(buf, "prfaq_verdict", label)
  else
    pcall(vim.api.nvim_buf_del_var, buf, "prfaq_verdict")
  end
  if options.on_verdict then
    options.on_verdict(buf, params.verdict)
  end
end

local function client_config(root, cmd)
  return {
    name = "prfaq",
    cmd = cmd,
    root_dir = root,
    init_options = { debounceMs = options.debounce_ms },
    handlers = { ["prfaq/verdict"] = on_verdict },
  }
end

--- Starts or reuses the server for the root and attaches it to the buffer.
local function start(buf, root, cmd)
  if vim.lsp.start then
    -- 0.8 and later: reuses the client with the same name and root folder.
    return vim.lsp.start(client_config(root, cmd), { bufnr = buf })
  end
  local id = clients[root]
  if not id or vim.lsp.client_is_stopped(id) then
    id = vim.lsp.start_client(client_config(root, cmd))
    clients[root] = id
  end
  if id then
    vim.lsp.buf_attach_client(buf, id)
  end
  return id
end

--- Attaches the server to a buffer if it holds a PR/FAQ. Returns the client id, or nil.
function M.attach(buf)
  buf = buf or vim.api.nvim_get_current_buf()
  if vim.bo[buf].buftype ~= "" then
    return nil
  end
  local root = M.root_for(vim.api.nvim_buf_get_name(buf))
  if not root then
    return nil
  end
  local cmd = command_for(root)
  if not cmd then
    if not warned_missing then
      warned_missing = true
      vim.notify("prfaq is not installed: `npm install --save-dev prfaq` in the project, or put prfaq on the PATH. PR/FAQs are not checked.", vim.log.levels.WARN)
    end
    return nil
  end
  return start(buf, root, cmd)
end

--- Options: cmd (a command line list), debounce_ms, on_verdict(buf, verdict).
function M.setup(opts)
  options = vim.tbl_extend("force", options, opts or {})
  local group = vim.api.nvim_create_augroup("prfaq", { clear = true })
  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = "markdown",
    callback = function(args)
      M.attach(args.buf)
    end,
  })
end

return M
