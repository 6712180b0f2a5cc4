import { describe, expect, it } from 'vitest';
import { isReExportOnly, shellChunk, shellModules } from './shell-chunk.js';

/**
 * A module graph as Rolldown's chunking context shows it.
 * @param {Record<string, { entry?: boolean, imports?: string[], dynamic?: string[], exports?: string[],
 *   code?: string }>} graph
 */
function contextOf(graph) {
	return {
		ids: Object.keys(graph),
		ctx: {
			/** @param {string} id */
			getModuleInfo(id) {
				const m = graph[id];
				return m
					? {
							isEntry: m.entry ?? false,
							importedIds: m.imports ?? [],
							dynamicallyImportedIds: m.dynamic ?? [],
							exports: m.exports ?? ['x'],
							code: m.code ?? 'export const x = 1;'
						}
					: null;
			}
		}
	};
}

const KIT = '/app/node_modules/@sveltejs/kit/src/runtime/client/entry.js';
const APP = '/app/.svelte-kit/generated/client-optimized/app.js';
const LAYOUT_NODE = '/app/.svelte-kit/generated/client-optimized/nodes/0.js';
const LESSON_NODE = '/app/.svelte-kit/generated/client-optimized/nodes/8.js';

/** The shape of a SvelteKit app: three entries every page loads, a page node, and shared modules. */
const app = contextOf({
	[KIT]: { entry: true, imports: ['/app/kit-client.js'] },
	'/app/kit-client.js': { imports: ['/svelte/internal.js'] },
	[APP]: { entry: true, imports: ['/app/hooks.js'], dynamic: [LAYOUT_NODE, LESSON_NODE] },
	'/app/hooks.js': { imports: ['/app/i18n.js'] },
	[LAYOUT_NODE]: { entry: true, imports: ['/app/+layout.svelte'] },
	// The layout imports the presenter's code on demand.
	'/app/+layout.svelte': {
		imports: ['/app/theme.js', '/app/messages.js'],
		dynamic: ['/app/Presenter.svelte'],
		code: "import { m } from './messages.js';\nexport const title = () => m.app_name();"
	},
	'/app/theme.js': { imports: ['/svelte/internal.js'] },
	'/app/i18n.js': {},
	'/svelte/internal.js': {},
	'/app/messages.js': {
		imports: ['/app/messages/_index.js'],
		code: "/* eslint-disable */\nexport * from './messages/_index.js'\n// as m\nexport * as m from './messages/_index.js'"
	},
	'/app/messages/_index.js': {
		code: "export * from './app_name.js'\nexport {\n\tstep_next,\n\tstep_back as back\n} from './step.js';",
		imports: ['/app/messages/app_name.js', '/app/messages/step.js']
	},
	'/app/messages/app_name.js': { exports: ['app_name'] },
	'/app/messages/step.js': { exports: ['step_next', 'step_back'] },
	[LESSON_NODE]: { entry: true, imports: ['/app/LessonPlayer.svelte'] },
	'/app/LessonPlayer.svelte': { imports: ['/app/theme.js', '/app/drawing.js', '/app/messages.js'] },
	'/app/drawing.js': {},
	'/app/Presenter.svelte': { imports: ['/app/keys.js'] },
	'/app/keys.js': {}
});

/** @param {ReturnType<typeof shellChunk>} group @param {{ ids: string[], ctx: any }} build */
function chunkNames(group, build) {
	for (const id of build.ids) group.test(id);
	return Object.fromEntries(build.ids.map((id) => [id, group.name(id, build.ctx)]));
}

describe('shellModules', () => {
	const shell = shellModules(app.ids, app.ctx);

	it('holds what the start script, the app and the root layout import, and only that', () => {
		for (const id of ['/app/kit-client.js', '/app/hooks.js', '/app/i18n.js', '/app/theme.js'])
			expect(shell, id).toContain(id);
		expect(shell).toContain('/svelte/internal.js');
		for (const id of ['/app/LessonPlayer.svelte', '/app/drawing.js', '/app/Presenter.svelte'])
			expect(shell, id).not.toContain(id);
	});

	it('through a module that only re-exports, takes only what the importer names: the layout, one message', () => {
		expect(shell).toContain('/app/messages/app_name.js');
		expect(shell).not.toContain('/app/messages/step.js');
	});

	it('is empty in a build without SvelteKit’s client entries (the server’s)', () => {
		const server = contextOf({ '/app/index.js': { entry: true, imports: ['/app/theme.js'] } });
		expect(shellModules(server.ids, server.ctx).size).toBe(0);
	});
});

describe('shellChunk', () => {
	it('names the shell’s modules, leaves the entries and modules that import on demand to the bundler', () => {
		const names = chunkNames(shellChunk(), app);
		expect(names['/app/theme.js']).toBe('shell');
		expect(names['/app/i18n.js']).toBe('shell');
		expect(names['/app/LessonPlayer.svelte']).toBeNull();
		// An entry keeps its own file; SvelteKit loads it by name.
		expect(names[APP]).toBeNull();
		expect(names[LAYOUT_NODE]).toBeNull();
		// In the shell, the layout's import() would hide a page's chunks from SvelteKit's preload list.
		expect(names['/app/+layout.svelte']).toBeNull();
	});

	it('starts over for each build', () => {
		const group = shellChunk();
		expect(chunkNames(group, app)['/app/theme.js']).toBe('shell');
		const server = contextOf({
			'/app/index.js': { entry: true, imports: ['/app/theme.js'] },
			'/app/theme.js': {}
		});
		expect(chunkNames(group, server)['/app/theme.js']).toBeNull();
		expect(chunkNames(group, app)['/app/theme.js']).toBe('shell');
	});
});

describe('isReExportOnly', () => {
	it('knows a barrel of any export-from form, comments and semicolons or not', () => {
		expect(isReExportOnly("export * from './a.js'\nexport * as m from './a.js';")).toBe(true);
		expect(isReExportOnly("/** doc */\nexport {\n\ta,\n\tb as c\n} from './b.js';\n// end")).toBe(
			true
		);
	});
	it('does not take a module with any code of its own for one', () => {
		expect(isReExportOnly("export * from './a.js';\nexport const b = 1;")).toBe(false);
		expect(isReExportOnly("import { a } from './a.js';\nexport { a };")).toBe(false);
		expect(isReExportOnly('')).toBe(false);
		expect(isReExportOnly(null)).toBe(false);
	});
});
