// The pages the benchmark visits. `lighthouse: true` pages are also audited by Lighthouse.
// A page that answers 404 is reported as missing, not as a failure.

/** @typedef {{ name: string, path: string, lighthouse?: boolean }} Route */

/** @type {Route[]} */
export const ROUTES = [
	{ name: 'home', path: '/', lighthouse: true },
	{ name: 'lesson', path: '/learn/emulated-disk-read/3/', lighthouse: true },
	{ name: 'quiz', path: '/learn/emulated-disk-read/quiz/', lighthouse: true },
	{ name: 'print', path: '/learn/emulated-disk-read/print/', lighthouse: true },
	{ name: 'embed', path: '/embed/emulated-disk-read/3/', lighthouse: true },
	{ name: 'explore', path: '/explore/', lighthouse: true },
	{ name: 'glossary', path: '/glossary/' },
	// The speaker view is a lesson step opened with the presentation's parameters (as the S key opens it); alone,
	// it waits for an audience window, which does not change what it loads.
	{
		name: 'speaker',
		path: '/learn/emulated-disk-read/3/?present=bench&role=speaker',
		lighthouse: true
	}
];

/** The element whose text names the current step ("Step 3 of 20"). */
const COUNTER = '.step .counter';

/**
 * The lesson played step by step on the architecture figure; the longest one is best (it is played forward, then
 * back, for 20 steps). Its steps 14 and 20 compare two runs on one figure (CompareStage), so the comparison is
 * measured too.
 */
export const PLAYBACK = { path: '/learn/network-io/1/', steps: 20, counter: COUNTER };

/**
 * Lessons told on drawn scenes of their own, played the same way (issue 17): the cluster (Quick and Live
 * Migration between two hosts) and the virtual disk (the snapshots lesson starts on the architecture and switches
 * to the disk's layout at step 3, so the switch is measured too). `key` is where bench.json keeps the result.
 */
export const SCENE_PLAYBACKS = [
	{
		key: 'playbackCluster',
		label: 'cluster scene',
		path: '/learn/high-availability/1/',
		steps: 20,
		counter: COUNTER
	},
	{
		key: 'playbackVhd',
		label: 'virtual-disk scene',
		path: '/learn/snapshots/1/',
		steps: 20,
		counter: COUNTER
	}
];

/**
 * A lesson page draws its diagram as SVG and fetches the live one (Svelte Flow) when the pointer reaches it; the
 * playback runs once on the drawing and once with the live diagram, reached for first.
 */
export const REACH_LIVE = { hover: '.diagram-stage', until: '.svelte-flow__edge' };

/**
 * The stress view: the explore diagram with 32 child partitions. Contract (for the app): this URL draws at
 * least 32 child partitions, marks the diagram's container with data-stress-children="<how many it drew>",
 * and plays like explore does (a "Play" button, and ".position" reading "Step N of M").
 */
export const STRESS = { path: '/explore/?stress=32', children: 32 };
