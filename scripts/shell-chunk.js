// One chunk for the code every page runs: a Rolldown code-splitting group (vite.config.ts).
//
// SvelteKit loads three entries on every page: its start script, the app, and the root layout (node 0). The
// bundler does not know that they always come together, so it splits what they import by the set of entries
// that import each module: a module the layout shares with the lesson page lands in another chunk than one it
// shares with explore. Home came to 26 script files and a lesson step to 45, many of them a few hundred bytes,
// each one more request before the page runs (six at a time over HTTP/1.1). This group puts everything those
// three entries import statically into one `shell` chunk: every page loads all of it anyway. Measured (npm run
// bench): home 15 files and 56.4 KiB instead of 26 and 58.7, a lesson step 34 and 89.5 instead of 45 and 91.8
// (each chunk carries its own import glue). Merging further does not pay: one chunk for all the lesson page's
// shared code took 17 KiB of it onto home, which shares a few of those modules.

/** Where SvelteKit's client entries come from: its start script, the app, and node 0 (the root layout). */
const SHELL_ENTRY =
	/(?:client-optimized[\\/](?:app|nodes[\\/]0)\.js|kit[\\/]src[\\/]runtime[\\/]client[\\/]entry\.js)$/;

/** `export * from '…'`, `export * as m from '…'`, `export { a, b as c } from '…'`, over any number of lines. */
const RE_EXPORT = /export\s+(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\})\s+from\s+(['"])[^'"\n]*\1\s*;?/g;
const COMMENT = /\/\*[\s\S]*?\*\/|\/\/[^\n]*/g;
const WORD = /[\w$]+/g;

/**
 * A module that only passes on other modules' exports (Paraglide's `messages.js`, Svelte's runtime index). What an
 * importer takes from it is decided name by name, so what it re-exports is not thereby used: following it would
 * put every message of the app in the shell.
 * @param {string | null} code
 */
export function isReExportOnly(code) {
	if (code === null) return false;
	const statements = code.replace(COMMENT, '').trim();
	return statements !== '' && statements.replace(RE_EXPORT, '').trim() === '';
}

/**
 * @typedef {{ isEntry: boolean, importedIds: readonly string[], dynamicallyImportedIds: readonly string[],
 *   exports: readonly string[], code: string | null }} ModuleFacts the part of Rolldown's ModuleInfo this group reads
 * @typedef {{ getModuleInfo(id: string): ModuleFacts | null }} Context
 */

/**
 * The modules the shell entries import statically. Through a module that only re-exports, only to the modules
 * that export a name the importer's code mentions: of Paraglide's hundreds of messages, the layout's few.
 * @param {readonly string[]} ids every module of the build
 * @param {Context} ctx
 */
export function shellModules(ids, ctx) {
	const queue = ids.filter((id) => SHELL_ENTRY.test(id) && ctx.getModuleInfo(id)?.isEntry);
	/** @type {Set<string>} */
	const shell = new Set();
	/**
	 * The modules behind a re-export-only module that export one of `words`.
	 * @param {string} barrel
	 * @param {Set<string>} words
	 * @param {Set<string>} passed the barrels already passed for this importer
	 */
	function behind(barrel, words, passed) {
		if (passed.has(barrel)) return;
		passed.add(barrel);
		for (const id of ctx.getModuleInfo(barrel)?.importedIds ?? []) {
			const info = ctx.getModuleInfo(id);
			if (!info) continue;
			if (isReExportOnly(info.code)) behind(id, words, passed);
			else if (info.exports.some((name) => words.has(name))) queue.push(id);
		}
	}
	for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
		if (shell.has(id)) continue;
		shell.add(id);
		const info = ctx.getModuleInfo(id);
		if (!info || isReExportOnly(info.code)) continue;
		/** @type {Set<string> | undefined} */
		let words;
		for (const imported of info.importedIds) {
			if (!isReExportOnly(ctx.getModuleInfo(imported)?.code ?? null)) queue.push(imported);
			else behind(imported, (words ??= new Set(info.code?.match(WORD))), new Set());
		}
	}
	return shell;
}

/**
 * The group. Left out of it, to their chunks as the bundler splits them:
 * - the entries themselves (SvelteKit names and loads them);
 * - modules that import others dynamically. SvelteKit lists a page's module preloads by walking the chunks'
 *   imports, and stops at what it has seen under a dynamic import: a shell holding the app's `import()` of every
 *   page would hide the page's own chunks from that list, and put lazily loaded style sheets in every page's head.
 */
export function shellChunk() {
	/** @type {string[]} */
	let ids = [];
	/** @type {Set<string> | undefined} */
	let shell;
	return {
		/**
		 * Rolldown asks `test` about every module before its first call to `name`, once per build (the client's, the
		 * server's): a `test` after a `name` starts the next build.
		 * @param {string} id
		 */
		test(id) {
			if (shell) [ids, shell] = [[], undefined];
			ids.push(id);
			return true;
		},
		/**
		 * @param {string} id
		 * @param {Context} ctx
		 */
		name(id, ctx) {
			shell ??= shellModules(ids, ctx);
			const info = ctx.getModuleInfo(id);
			const belongs =
				shell.has(id) && info !== null && !info.isEntry && info.dynamicallyImportedIds.length === 0;
			return belongs ? 'shell' : null;
		}
	};
}
