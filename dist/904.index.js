export const id = 904;
export const ids = [904];
export const modules = {

/***/ 24904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ gitStateDigest),
/* harmony export */   hardenedGitArgs: () => (/* binding */ hardenedGitArgs),
/* harmony export */   r3: () => (/* binding */ globalGitFiles)
/* harmony export */ });
/* unused harmony export HARDENED_GIT_CONFIG */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * `-c` options for every git command Autopilot runs. A repository's own config can name commands git
 * runs on its own (fsmonitor, hooks, ssh, askpass, credential helpers, signing, ext:: remotes); a writable
 * `.git/config` would be code execution. Command-line config wins over every file, so these switch them
 * off whatever the repository says. The push token travels as an `http.extraheader`, so no credential
 * helper is needed.
 */
const HARDENED_GIT_CONFIG = [
    'core.fsmonitor=',
    // A file, not a folder: git finds no hook in it.
    'core.hooksPath=/dev/null',
    'core.sshCommand=ssh',
    'core.askPass=',
    'credential.helper=',
    'commit.gpgSign=false',
    'tag.gpgSign=false',
    'protocol.ext.allow=never',
    'diff.external=',
];
/** The arguments that go before a git subcommand. */
function hardenedGitArgs(args) {
    return [...HARDENED_GIT_CONFIG.flatMap((entry) => ['-c', entry]), ...args];
}
/**
 * The files outside the repository from which git takes config and attributes: the user's (global) and the
 * machine's (system) ones. A filter or diff driver named there runs on `git add` and `git diff`, which no
 * `-c` option can switch off without knowing its name.
 */
function globalGitFiles(env) {
    const home = env.HOME;
    const xdg = env.XDG_CONFIG_HOME || (home ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(home, '.config') : undefined);
    const files = [
        env.GIT_CONFIG_GLOBAL || (home ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(home, '.gitconfig') : undefined),
        xdg ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(xdg, 'git', 'config') : undefined,
        xdg ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(xdg, 'git', 'attributes') : undefined,
        env.GIT_CONFIG_SYSTEM || '/etc/gitconfig',
    ];
    return [...new Set(files.filter((file) => Boolean(file)))];
}
/**
 * A hash of the repository's git config files, hooks and attributes (names, modes, contents, link
 * targets), and of `extraFiles` (the global and system config). Taken at the start of a run and compared
 * before every later git command: model-written code that reached git's configuration ends the run before
 * git can act on it.
 */
async function gitStateDigest(gitDirs, extraFiles = []) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const dir of [...new Set(gitDirs)]) {
        for (const name of ['config', 'config.worktree', 'hooks', node_path__WEBPACK_IMPORTED_MODULE_2___default().join('info', 'attributes')])
            await addEntry(hash, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name));
    }
    for (const file of extraFiles)
        await addEntry(hash, file);
    return hash.digest('hex');
}
async function addEntry(hash, file) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(file).catch(() => undefined);
    hash.update(`\0${file}\0`);
    if (!info)
        return void hash.update('absent');
    hash.update(`mode ${info.mode}\0`);
    if (info.isSymbolicLink())
        return void hash.update(`link ${await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(file)}`);
    if (info.isDirectory()) {
        for (const name of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(file)).sort())
            await addEntry(hash, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(file, name));
        return;
    }
    hash.update(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file));
}


/***/ })

};
