// Builds the site and serves build/ on loopback (scripts/serve-static.js, gzip on like a production host).
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs `npm run build`, its output in logFile; rejects (naming the log) when it fails.
 * @param {string} logFile
 */
export function build(logFile) {
	return new Promise((resolve, reject) => {
		const log = createWriteStream(logFile);
		const child = spawn('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
		child.stdout.pipe(log);
		child.stderr.pipe(log);
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0
				? resolve(undefined)
				: reject(new Error(`npm run build failed (${code}); see ${logFile}`))
		);
	});
}

/** @param {string} url */
async function answers(url) {
	try {
		await fetch(url, { signal: AbortSignal.timeout(1000) });
		return true;
	} catch {
		return false;
	}
}

/**
 * Starts the static server on 127.0.0.1:port and waits until it answers.
 * @param {number} port
 * @returns {Promise<{ base: string, stop: () => void }>}
 */
export async function serve(port) {
	const base = `http://127.0.0.1:${port}`;
	if (await answers(`${base}/`)) {
		throw new Error(`something already answers on ${base}; pass --port with a free port`);
	}
	const child = spawn(
		process.execPath,
		['scripts/serve-static.js', '--port', String(port), '--host', '127.0.0.1', '--gzip'],
		{ cwd: root, stdio: ['ignore', 'ignore', 'inherit'] }
	);
	const stop = () => {
		if (child.exitCode === null) child.kill();
	};
	for (let i = 0; i < 50; i++) {
		if (child.exitCode !== null) throw new Error(`the static server exited (${child.exitCode})`);
		if (await answers(`${base}/`)) return { base, stop };
		await new Promise((r) => setTimeout(r, 100));
	}
	stop();
	throw new Error(`the static server did not answer on ${base}`);
}
