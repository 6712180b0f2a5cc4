/**
 * What explore mode runs, as a small config that lives in the URL: a link reproduces exactly what its sender
 * saw. Every parameter is parsed, never trusted; a part that does not parse falls back to its default and is
 * reported, so the page can say what it ignored.
 */
import * as v from 'valibot';
import { defaultController, hasIntegrationComponents } from '$lib/model/guests';
import type { MachineRun } from '$lib/model/run';
import type { ExploreRun } from './machines';

export const exploreGuests = ['windows', 'linux', 'xen-linux', 'unenlightened'] as const;
export type ExploreGuest = (typeof exploreGuests)[number];
export const exploreDevices = ['storage', 'network', 'video', 'input'] as const;
export type ExploreDevice = (typeof exploreDevices)[number];
export const controllers = ['ide', 'scsi'] as const;

export interface RunConfig {
	guest: ExploreGuest;
	device: ExploreDevice;
	/** Storage only: the virtual controller of the disk. */
	controller: (typeof controllers)[number];
	/** Integration components installed (never for an unenlightened guest). */
	ics: boolean;
}

export interface ExploreConfig {
	a: RunConfig;
	/** The configuration compared with `a` in lockstep, if any. */
	b?: RunConfig;
	/** The step both runs show, from 0. */
	step: number;
	/** Playback speed factor, 0.25 to 4. */
	speed: number;
	/**
	 * The stress view: how many child partitions the diagram draws (the figure's three, then idle copies).
	 * Absent in the ordinary view.
	 */
	stress?: number;
}

export const speeds = [0.25, 0.5, 1, 2, 4] as const;

/** The stress view draws at least the figure's three child partitions and at most this many. */
export const stressRange = { min: 3, max: 64 } as const;

export const defaultRun = (guest: ExploreGuest = 'windows'): RunConfig => {
	const ics = hasIntegrationComponents(guest, undefined);
	return { guest, device: 'storage', controller: defaultController(ics), ics };
};

export const defaultConfig = (): ExploreConfig => ({ a: defaultRun(), step: 0, speed: 1 });

/** The machine and input a configuration runs. */
export function runOf(config: RunConfig): ExploreRun {
	const ics = hasIntegrationComponents(config.guest, config.ics);
	if (config.device === 'storage') {
		return {
			machine: 'diskRead',
			input: { guest: ics ? 'enlightened' : 'unenlightened', controller: config.controller }
		};
	}
	// A Xen-enabled SLES 10 guest with the Linux integration components uses the same VSCs as any Linux guest;
	// only its hypercalls go through the adapter (the hypercall workbench shows those).
	const guest = config.guest === 'xen-linux' ? 'linux' : config.guest;
	return {
		machine: 'deviceIo',
		input: { guest, device: config.device, ics }
	};
}

/**
 * Every configuration explore offers (the run picker can be set to), in the order `runConfigOf` prefers them:
 * with integration components first, then without, an unenlightened guest before a Windows one with its
 * components left out; SCSI first.
 */
export const allConfigs: readonly RunConfig[] = [true, false].flatMap((ics) =>
	(ics ? exploreGuests : (['unenlightened', 'windows', 'linux', 'xen-linux'] as const))
		.filter((guest) => hasIntegrationComponents(guest, ics) === ics)
		.flatMap((guest) =>
			exploreDevices.flatMap((device) =>
				(['scsi', 'ide'] as const).map((controller) => ({ guest, device, controller, ics }))
			)
		)
);

/** A run with every input it leaves to its machine's defaults filled in, so that equal runs compare equal. */
function withDefaults(run: MachineRun): MachineRun {
	if (run.machine === 'diskRead') {
		const controller = run.input.controller ?? defaultController(run.input.guest === 'enlightened');
		return { machine: run.machine, input: { guest: run.input.guest, controller } };
	}
	if (run.machine === 'deviceIo') {
		const ics = hasIntegrationComponents(run.input.guest, run.input.ics);
		return {
			machine: run.machine,
			input: { guest: run.input.guest, device: run.input.device, ics }
		};
	}
	return run;
}

/**
 * The explore configuration of a run, if explore can show it: the inverse of `runOf`, found by asking it, so
 * the two cannot disagree.
 */
export function runConfigOf(run: MachineRun): RunConfig | undefined {
	// Explore sends frames on an external virtual network only: an internal or private one has no config here.
	const network = (run.input as { network?: string } | undefined)?.network;
	if (network !== undefined && network !== 'external') return undefined;
	const wanted = JSON.stringify(withDefaults(run));
	return allConfigs.find((config) => JSON.stringify(withDefaults(runOf(config))) === wanted);
}

// In the URL a run is four words: guest.device.controller.ics|noics, e.g. `windows.storage.scsi.ics`.
const runSchema = v.pipe(
	v.string(),
	v.transform((s) => s.split('.')),
	v.tuple([
		v.picklist(exploreGuests),
		v.picklist(exploreDevices),
		v.picklist(controllers),
		v.picklist(['ics', 'noics'])
	])
);

export const encodeRun = (r: RunConfig) =>
	[r.guest, r.device, r.controller, r.ics ? 'ics' : 'noics'].join('.');

function decodeRun(value: string): RunConfig | undefined {
	const parsed = v.safeParse(runSchema, value);
	if (!parsed.success) return undefined;
	const [guest, device, controller, ics] = parsed.output;
	return { guest, device, controller, ics: hasIntegrationComponents(guest, ics === 'ics') };
}

export function encodeConfig(config: ExploreConfig): URLSearchParams {
	const params = new URLSearchParams({ a: encodeRun(config.a) });
	if (config.b) params.set('b', encodeRun(config.b));
	if (config.step) params.set('step', String(config.step));
	if (config.speed !== 1) params.set('speed', String(config.speed));
	if (config.stress !== undefined) params.set('stress', String(config.stress));
	return params;
}

/** A URL parameter that was present but could not be used. */
export interface Ignored {
	param: string;
	value: string;
}

/** A URL parameter that was out of range and was brought into it: `value` in the link, `to` in use. */
export interface Corrected extends Ignored {
	to: string;
}

/**
 * The stress view's size from its URL value: a whole number, clamped to `stressRange`. Anything else (a
 * fraction, a word, nothing) is not a size and is ignored.
 */
export function parseStress(value: string): { stress: number; clamped: boolean } | undefined {
	if (!/^-?\d+$/.test(value)) return undefined;
	const n = Number(value);
	const stress = Math.min(stressRange.max, Math.max(stressRange.min, n));
	return { stress, clamped: stress !== n };
}

export function decodeConfig(params: URLSearchParams): {
	config: ExploreConfig;
	ignored: Ignored[];
	corrected: Corrected[];
} {
	const config = defaultConfig();
	const ignored: Ignored[] = [];
	const corrected: Corrected[] = [];
	const known = new Set(['a', 'b', 'step', 'speed', 'stress']);
	for (const [param, value] of params) {
		if (!known.has(param)) ignored.push({ param, value });
	}
	const a = params.get('a');
	if (a !== null) {
		const run = decodeRun(a);
		if (run) config.a = run;
		else ignored.push({ param: 'a', value: a });
	}
	const b = params.get('b');
	if (b !== null) {
		const run = decodeRun(b);
		if (run) config.b = run;
		else ignored.push({ param: 'b', value: b });
	}
	const step = params.get('step');
	if (step !== null) {
		if (/^\d{1,4}$/.test(step)) config.step = Number(step);
		else ignored.push({ param: 'step', value: step });
	}
	const speed = params.get('speed');
	if (speed !== null) {
		const n = Number(speed);
		if ((speeds as readonly number[]).includes(n)) config.speed = n;
		else ignored.push({ param: 'speed', value: speed });
	}
	const stress = params.get('stress');
	if (stress !== null) {
		const parsed = parseStress(stress);
		if (!parsed) ignored.push({ param: 'stress', value: stress });
		else {
			config.stress = parsed.stress;
			if (parsed.clamped)
				corrected.push({ param: 'stress', value: stress, to: String(parsed.stress) });
		}
	}
	return { config, ignored, corrected };
}
