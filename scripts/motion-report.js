#!/usr/bin/env node
// Prints, per built-in lesson, the scenes its steps are told on and how many of its steps show movement
// (src/lib/lessons/motion-report.ts), as a Markdown table: what an issue note or a review asks for. The frames do not
// depend on the language (only the words do), so one table holds for every locale; the tests check that every
// step has its words in each (still-steps.test.ts).
//   npm run report:motion   (not while a build runs: it starts Vite with the project's plugins, which write generated files)
import { createServer } from 'vite';

const server = await createServer({
	configFile: new URL('../vite.config.ts', import.meta.url).pathname,
	server: { middlewareMode: true, hmr: false, watch: null },
	appType: 'custom',
	logLevel: 'error'
});
try {
	const { lessons } = await server.ssrLoadModule('/src/lib/lessons/catalog.ts');
	const { framesOf } = await server.ssrLoadModule('/src/lib/lessons/frames.ts');
	const { motionRow, motionTable } = await server.ssrLoadModule(
		'/src/lib/lessons/motion-report.ts'
	);
	const rows = lessons.map((/** @type {any} */ lesson) => motionRow(lesson, framesOf(lesson)));
	console.log(motionTable(rows));
	const still = rows.flatMap((/** @type {any} */ r) => r.still);
	if (still.length) process.exitCode = 1;
} finally {
	await server.close();
}
