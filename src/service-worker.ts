/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Keeps Enlighten working without a network after one visit.
 *
 * What is stored up front (one cache per build `version`; older ones are deleted when this one takes over):
 * - every built script and style sheet (`build`) and the static files (`files`): all the code any page needs;
 * - the pages that are not lesson pages (home, explore, glossary and authoring, both languages, the home's data),
 *   and each lesson's data (`/data/lessons/<id>.json`: its script and what every step shows, ~10 KB);
 * - `404.html`, the app shell: it starts the app, which then draws whichever page the address names;
 * - `_app/version.json`, so that offline the app does not take a failed update check for a new release.
 * The ~1,100 prerendered lesson pages (steps, quizzes, print views, embeds) are not stored: a step carries its
 * diagram and data, ~160 KB, 87 MB for the steps alone, too much to fetch on a first visit. Offline, the app
 * shell draws a lesson page from the stored code: the same page, rendered in the browser instead of prerendered.
 * Up front this is about 130 files and 2 MB.
 * Nothing is written to the cache later: it holds one build, whole, so a stored page never names a file the cache
 * lacks (a page fetched after a release would name the new build's files, which the old cache does not have).
 *
 * Strategies:
 * - Built files: cache first. Their names carry a content hash, so a stored copy is never stale.
 * - Pages and data: network first, the stored copy only when the network fails. Pages have no hash in their
 *   name and name the hashed files of the build they belong to; stale-while-revalidate would show the
 *   previous version's page once after every release, and its files may be gone from the server by then.
 *   Network first keeps a reader online on the current version, and offline on the version this worker stored.
 * - An address that is no page, offline: the app shell, which shows the not-found message.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `enlighten-${version}`;
const SHELL = `${base}/404.html`;
/** What SvelteKit fetches to learn whether a newer build is out; stored so that offline it answers "no". */
const VERSION_FILE = `${base}/_app/version.json`;

/** Lesson steps, quizzes, print views and embeds: drawn offline by the app shell rather than stored (see above). */
const isLessonPage = (path: string) =>
	/^\/(nl\/)?(learn|embed)\//.test(path.slice(base.length)) && path.startsWith(base);

const IMMUTABLE = new Set([...build, ...files]);
const PRECACHE = [
	...IMMUTABLE,
	...prerendered.filter((path) => !isLessonPage(path)),
	SHELL,
	VERSION_FILE
];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(PRECACHE);
			// Take over at once: pages are fetched network first, so an open page of the previous version keeps
			// working, and the next visit runs this version. src/lib/offline/register.ts tells the reader.
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key !== CACHE) await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

/** A stored response: built files first, then the page or data itself (query ignored), for pages the shell. */
async function fromCache(request: Request, navigate: boolean): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	return (
		(await cache.match(request, { ignoreSearch: true })) ??
		(navigate ? await cache.match(SHELL) : undefined)
	);
}

async function networkFirst(request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch (error) {
		const stored = await fromCache(request, request.mode === 'navigate');
		if (stored) return stored;
		throw error;
	}
}

async function cacheFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	return (await cache.match(request)) ?? fetch(request);
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	// Only this site's own files, under its base path; the worker never touches anything else.
	if (url.origin !== sw.location.origin || !(url.pathname + '/').startsWith(`${base}/`)) return;
	// The classroom server's live connection and its "is a classroom here?" answer are never stored.
	if (url.pathname.startsWith(`${base}/socket.io/`) || url.pathname === `${base}/classroom.json`)
		return;
	event.respondWith(IMMUTABLE.has(url.pathname) ? cacheFirst(request) : networkFirst(request));
});
