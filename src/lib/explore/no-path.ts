/**
 * Configurations explore can be set to but the model cannot play: the machine, given this input, ends before
 * the request takes a single step (an unenlightened guest given a synthetic SCSI disk has no driver for it).
 * Such a run has no path to compare; the page says why and offers the nearest configuration that has one.
 * Everything here is read from playing the machines: there is no list of forbidden combinations.
 */
import type { Hop } from '$lib/model/hop';
import { play, type PlayedRun } from './compare';
import { controllers, runOf, type RunConfig } from './config';

export interface NoPath {
	/** The state the machine ended in, by id (`diskRead.noDisk`): what the page's explanation is keyed by. */
	endState: string;
	/** Where the request stopped, with the sources for why. */
	hop: Hop | undefined;
}

/** Why a played run has no path, or undefined when it has one: it ended without accepting any event. */
export function noPathOf(played: PlayedRun): NoPath | undefined {
	if (played.events.length > 0) return undefined;
	const end = played.states.at(-1)!;
	const leaf = end._nodes.filter((node) => node.type === 'atomic' || node.type === 'final').at(-1);
	return { endState: leaf?.id ?? String(end.value), hop: played.hops.at(-1) };
}

/** Whether the model plays a configuration to a path. */
export const hasPath = (config: RunConfig) => !noPathOf(play(runOf(config)));

/**
 * The configurations one change away from `config`, nearest first: the integration components installed,
 * the other controller, then another guest.
 */
function oneChangeAway(config: RunConfig): RunConfig[] {
	const out: RunConfig[] = [];
	if (config.guest !== 'unenlightened' && !config.ics) out.push({ ...config, ics: true });
	if (config.device === 'storage') {
		for (const controller of controllers) {
			if (controller !== config.controller) out.push({ ...config, controller });
		}
	}
	if (config.guest === 'unenlightened') out.push({ ...config, guest: 'windows', ics: true });
	return out;
}

/** The nearest configuration that the model does play, for a configuration that has no path. */
export function workingAlternative(config: RunConfig): RunConfig | undefined {
	return oneChangeAway(config).find(hasPath);
}
