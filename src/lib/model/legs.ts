/**
 * Paths as data, and the path pieces several machines share, defined once: the VMBus request half (a guest's
 * ring write and signal to the root), the completion half (the root's packet back, up to the application) and
 * the intercept round trip (trap → WinHv → VID → the worker's emulator → resume). The disk read and the device
 * I/O machines are built from these, and lesson scripts send their events (`vmbusRequest.events`), so a change
 * to a shared leg changes every machine and every lesson that uses it.
 *
 * A leg is a state with its hop and the one event that moves the request on; `links` turns legs into an
 * ordinary XState states config. No XState here: lesson scripts import the event lists on pages that run no
 * machine. What each leg stands for is in leg-descriptions.ts, loaded with the statechart that shows it.
 */
import type { SourceKey } from '$lib/architecture/sources';
import type { ComponentId } from '$lib/architecture/topology';
import { at, type HopMeta } from './hop';
import type { PayloadKind } from './payloads';

import { portAccessEvents } from './ide-sequence';

export { portAccessEvents as interceptEvents };

/** What a request's path costs so far, counted by the state whose hop causes it. */
export interface PathCounters {
	/** Exits from the requesting guest into the hypervisor. */
	vmExits: number;
	/** Hypercalls the requesting guest made (only an enlightened guest can). */
	guestHypercalls: number;
	/** Hypercalls the root made for it: signals back to the guest, resuming it after an intercept. */
	rootHypercalls: number;
	/** Trips into the root's user mode (the VMWP). */
	vmwpTrips: number;
	/** Packets written into a VMBus ring buffer: counted by the hop that does the work (`work: 'ring-write'`). */
	ringWrites: number;
	/** Virtual interrupts delivered to the guest. */
	interrupts: number;
	/** Intercept messages the hypervisor sent the root, one per trapped access of the guest. */
	interceptMessages: number;
}

export type PathCounter = keyof PathCounters;

export const noCounts = (): PathCounters => ({
	vmExits: 0,
	guestHypercalls: 0,
	rootHypercalls: 0,
	vmwpTrips: 0,
	ringWrites: 0,
	interrupts: 0,
	interceptMessages: 0
});

/**
 * The one counting action: every machine registers it as `count` (`assign(({ context }, keys) =>
 * counted(context, keys))`) and a state counts with `entry: count('vmExits')`.
 */
export function counted<C extends Record<K, number>, K extends string>(
	context: C,
	keys: readonly K[]
): Partial<C> {
	return Object.fromEntries(keys.map((k) => [k, context[k] + 1])) as Partial<C>;
}

/** The entry action that adds one to each counter named. */
export const count = <K extends string>(...keys: K[]) => ({ type: 'count' as const, params: keys });

/** The entry action that counts; a machine that keeps no path counters has none (see `plainChain`). */
type CountEntry = ReturnType<typeof count<PathCounter>>;

/** An entry action: a named one (`completeAccess`) or a count. */
export type Entry<A extends string> = A | CountEntry;

/** An action on the way to the next leg: a named one (`cpuid`), or one with its parameters. */
export type Step<A extends string> = A | { type: A; params: Record<string, unknown> };

/** Where a leg's event goes: the next leg, and what is done on the way there. */
type Transition<A extends string> = string | { target: string; actions: Step<A> };

export interface Leg<A extends string = never> {
	/** The state's name; unique within the path. */
	name: string;
	meta: HopMeta;
	/** The event that moves to the next leg (or, for the last leg, to what follows the path). */
	on?: string;
	/** Counters to add one to on entering the leg; a ring write is counted from its hop, not named here. */
	count?: readonly PathCounter[];
	/** Other actions on entering the leg, by name. */
	entry?: readonly A[];
	/** What the leg's event does on the way to the next leg (counting what that leg stands for, say). */
	actions?: Step<A>;
}

export interface LegState<A extends string, C = CountEntry> {
	meta: HopMeta;
	entry?: (A | C)[];
	on?: Record<string, Transition<A>>;
	type?: 'final';
	tags?: 'completed'[];
}

function entryOf<A extends string>(leg: Leg<A>): Entry<A>[] | undefined {
	const counters = [
		...(leg.meta.hop.work === 'ring-write' ? (['ringWrites'] as const) : []),
		...(leg.count ?? [])
	];
	const entry: Entry<A>[] = [
		...(counters.length ? [count(...counters)] : []),
		...(leg.entry ?? [])
	];
	return entry.length ? entry : undefined;
}

/**
 * Legs as states, each moving to the next on its event. The last leg's event goes to `then` (a sibling state
 * after the path); without `then` the last leg is final, where the request's work is done.
 */
export function links<A extends string>(
	legs: readonly Leg<A>[],
	then?: string
): Record<string, LegState<A>> {
	const names = new Set(legs.map((l) => l.name));
	if (names.size !== legs.length)
		throw new Error(`A path repeats a leg: ${legs.map((l) => l.name)}`);
	const states: Record<string, LegState<A>> = {};
	legs.forEach((leg, i) => {
		const next = legs[i + 1]?.name ?? then;
		if (!!leg.on !== !!next) {
			throw new Error(
				`Leg ${leg.name}: only the last leg of a final path may (and must) lack an event`
			);
		}
		const entry = entryOf(leg);
		states[leg.name] = {
			meta: leg.meta,
			...(entry ? { entry } : {}),
			...(next && leg.on
				? { on: { [leg.on]: leg.actions ? { target: next, actions: leg.actions } : next } }
				: { type: 'final' as const, tags: ['completed' as const] })
		};
	});
	return states;
}

/** A path that ends where the request's work is done: a compound state starting at its first leg. */
export function chain<A extends string>(legs: readonly Leg<A>[]) {
	return { initial: legs[0]!.name, states: links(legs) };
}

/** A leg of a machine that keeps no path counters: it counts nothing, not even a ring write. */
export type PlainLeg<A extends string = never> = Omit<Leg<A>, 'count'>;

/**
 * `links` for a machine that keeps no path counters and so has no `count` action: its states' entries are its
 * own actions only. A leg that would count (a ring write) is a mistake there, said at once.
 */
export function plainLinks<A extends string = never>(
	legs: readonly PlainLeg<A>[],
	then?: string
): Record<string, LegState<A, never>> {
	const counting = legs.find((leg) => entryOf(leg)?.some((entry) => typeof entry !== 'string'));
	if (counting) throw new Error(`Leg ${counting.name} counts, in a machine that keeps no counters`);
	return links(legs, then) as Record<string, LegState<A, never>>;
}

/** `chain` for a machine that keeps no path counters (`plainLinks`). */
export function plainChain<A extends string = never>(legs: readonly PlainLeg<A>[]) {
	return { initial: legs[0]!.name, states: plainLinks(legs) };
}

/**
 * The events that take a request through legs: the one entering the first, then each leg's but the last's
 * (the last one's hands the request on). Typed as the events themselves, so lessons that send them are checked.
 */
function through<const E extends string, L extends readonly Leg[]>(
	enter: E,
	legs: L
): (E | Extract<L[number], { on: string }>['on'])[] {
	return [enter, ...legs.slice(0, -1).map((l) => l.on as Extract<L[number], { on: string }>['on'])];
}

/** The boxes of an enlightened guest in the diagram. */
export const guestBoxes = {
	windows: {
		apps: 'win-apps',
		stack: 'win-io-stack',
		vsc: 'win-vsc',
		vmbus: 'win-vmbus',
		hv: 'win-winhv'
	},
	linux: {
		apps: 'linux-apps',
		stack: 'linux-io-stack',
		vsc: 'linux-vsc',
		vmbus: 'linux-vmbus',
		hv: 'linux-hv'
	}
} as const satisfies Record<string, Record<string, ComponentId>>;

export type GuestBoxes = (typeof guestBoxes)[keyof typeof guestBoxes];

/**
 * The VMBus request half, entered by the VSC's `vmbus.write`: the packet in the guest's ring, the signal
 * through the guest's hypervisor library and a hypercall, the SynIC interrupt, the root's VMBus driver, which
 * hands it to the VSP (or the worker) on `vsp.read` (facts §4.3).
 */
function vmbusRequestLegs(g: GuestBoxes, carries?: PayloadKind) {
	return [
		{
			name: 'requestRing',
			meta: at(g.vmbus, 'guest-kernel', ['S5'], { work: 'ring-write', carries }),
			on: 'vmbus.signal'
		},
		{
			name: 'guestHv',
			meta: at(g.hv, 'guest-kernel', ['S1', 'S2c', 'S6'], { estimate: true }),
			on: 'hv.hypercall'
		},
		{
			name: 'guestSignal',
			meta: at('hv-hypercalls', 'hypervisor', ['S2a', 'S2d', 'S6'], { carries: 'signalEvent' }),
			on: 'synic.signal',
			count: ['vmExits', 'guestHypercalls']
		},
		{
			name: 'synicToRoot',
			meta: at('hv-synic', 'hypervisor', ['S2c']),
			on: 'synic.interrupt'
		},
		// The root's VMBus driver takes the SynIC interrupt: the root's, not the guest's, so not counted.
		{
			name: 'rootVmbus',
			meta: at('root-vmbus', 'root-kernel', ['S2c', 'S5']),
			on: 'vsp.read'
		}
	] as const satisfies readonly Leg[];
}

/** Who the root signals over VMBus: the prefix of the states' names and the guest's VMBus box. */
export interface VmbusReceiver {
	/** Starts the states' names: `completion` gives `completionRing`, `completionWinHv`, … */
	prefix: string;
	/** The guest's VMBus driver, which takes the interrupt. */
	vmbus: ComponentId;
	carries?: PayloadKind;
}

/**
 * The root-to-guest half of a VMBus delivery, entered by the root's `vmbus.write`: the packet in the guest's
 * ring, the root's signal through WinHv and a hypercall, the SynIC interrupt in the guest, whose VMBus driver
 * reads the packet and hands it to its VSC on `vsc.complete` (facts §4.3). A request's completion and a frame
 * the virtual switch delivers to another VM both take it.
 */
export function rootToGuestLegs<const P extends string>(to: VmbusReceiver & { prefix: P }) {
	return [
		{
			name: `${to.prefix}Ring`,
			meta: at('root-vmbus', 'root-kernel', ['S5', 'S6'], {
				work: 'ring-write',
				carries: to.carries
			}),
			on: 'vmbus.signal'
		},
		{
			name: `${to.prefix}WinHv`,
			meta: at('root-winhv', 'root-kernel', ['S1', 'S2c'], { estimate: true }),
			on: 'hv.hypercall'
		},
		{
			name: `${to.prefix}Signal`,
			meta: at('hv-hypercalls', 'hypervisor', ['S2c', 'S6'], { carries: 'signalEvent' }),
			on: 'synic.signal',
			count: ['rootHypercalls']
		},
		{
			name: `${to.prefix}Synic`,
			meta: at('hv-synic', 'hypervisor', ['S2c']),
			on: 'synic.interrupt'
		},
		{
			name: `${to.prefix}Vmbus`,
			meta: at(to.vmbus, 'guest-kernel', ['S5', 'S2c']),
			on: 'vsc.complete',
			count: ['interrupts']
		}
	] as const satisfies readonly Leg[];
}

/**
 * The VMBus completion half, entered by the VSP's `vmbus.write`: the root-to-guest delivery of the completion
 * packet, the VSC, the end of interrupt and the guest's stack up to the application.
 */
function vmbusCompletionLegs(g: GuestBoxes, vsc: HopMeta, carries?: PayloadKind) {
	return [
		...rootToGuestLegs({
			prefix: 'completion',
			vmbus: g.vmbus,
			carries
		}),
		{ name: 'vscDone', meta: vsc, on: 'apic.eoi' },
		{
			name: 'eoi',
			meta: at('hv-msrs', 'hypervisor', ['S2b', 'S4'], { act: 'WRMSR 0x40000070' }),
			on: 'io.complete',
			count: ['vmExits']
		},
		{
			name: 'stackDone',
			meta: at(g.stack, 'guest-kernel', ['S1', 'S5']),
			on: 'app.complete'
		},
		{
			name: 'done',
			meta: at(g.apps, 'guest-user', ['S1', 'S5'])
		}
	] as const satisfies readonly Leg[];
}

/** A physical device the root's driver runs: its box and state name, and the events that start and end its work. */
export interface RootDevice {
	name: string;
	box: ComponentId;
	sources: SourceKey[];
	/** The driver starts the device (`disk.read`, `nic.send`). */
	start: string;
	/** The device reports its work done (`disk.complete`, `nic.complete`). */
	complete: string;
}

/**
 * The root's driver runs the physical device for a request: the driver, the device, and the driver's completion,
 * which `handBack` passes on. The synthetic disk read (for StorVSP), the emulated one (for the worker) and a frame
 * sent on an external network all take it.
 */
export function rootDeviceLegs(device: RootDevice, driver: SourceKey[], handBack: string): Leg[] {
	return [
		{ name: 'rootDriver', meta: at('root-drivers', 'root-kernel', driver), on: device.start },
		{
			name: device.name,
			meta: at(device.box, 'hardware', device.sources),
			on: device.complete
		},
		{ name: 'rootDriverDone', meta: at('root-drivers', 'root-kernel', ['S1']), on: handBack }
	];
}

/** From the VSC's ring write to the root's VMBus driver (`vsp.read` then hands the packet on). */
const vmbusRequestEvents = through('vmbus.write', vmbusRequestLegs(guestBoxes.windows));

export const vmbusRequest = {
	legs: vmbusRequestLegs,
	events: vmbusRequestEvents,
	/** The same from the application: its request through the guest's stack to the VSC, then on. */
	fromApp: ['io.submit', 'vsc.request', ...vmbusRequestEvents] as const
};

export const vmbusCompletion = {
	legs: vmbusCompletionLegs,
	/** From the VSP's ring write back to the application: the nine events every synthetic completion sends. */
	events: through(
		'vmbus.write',
		vmbusCompletionLegs(guestBoxes.windows, at('win-vsc', 'guest-kernel', ['S5']))
	)
};

/** One device the worker process emulates, and when a trapped access is its to emulate. */
export interface Emulator<G> {
	name: string;
	meta: HopMeta;
	/** The guard that picks this emulator for the trapped access; the last emulator needs none. */
	guard?: G;
}

/**
 * The intercept round trip of one trapped port access, from the trap to the resumed guest: the hypervisor's
 * intercept, its message to the root's WinHv, VID, the emulator in the worker process, and the hypercall that
 * writes back the registers and clears the intercept suspend (facts §5.1, §5.3). `resume` says where the
 * guest goes on `vp.resume`.
 */
function interceptRoundTrip<G, R>(emulators: readonly Emulator<G>[], resume: R) {
	const emulate = emulators.map((e) => ({
		...(e.guard ? { guard: e.guard } : {}),
		target: e.name
	}));
	return {
		trap: {
			entry: [count('vmExits')],
			meta: at('hv-intercepts', 'hypervisor', ['S3']),
			on: { 'hv.message': 'rootWinHv' }
		},
		rootWinHv: {
			entry: [count('interceptMessages')],
			meta: at('root-winhv', 'root-kernel', ['S3', 'S4'], {
				estimate: true,
				carries: 'ioPortIntercept'
			}),
			on: { 'vid.dispatch': 'vid' }
		},
		vid: {
			meta: at('root-vid', 'root-kernel', ['S1', 'S14'], { estimate: true }),
			on: { 'vmwp.emulate': emulate }
		},
		...Object.fromEntries(
			emulators.map((e) => [
				e.name,
				{
					entry: [count('vmwpTrips'), 'completeAccess' as const],
					meta: e.meta,
					on: { 'vmwp.done': 'resume' }
				}
			])
		),
		resume: {
			entry: [count('rootHypercalls')],
			meta: at('hv-hypercalls', 'hypervisor', ['S3'], { carries: 'setVpRegisters' }),
			on: { 'vp.resume': resume }
		}
	};
}

/** The same events `n` times over: a run of port accesses, say. */
export const times = <E extends string>(n: number, events: readonly E[]): E[] =>
	Array.from({ length: n }, () => events).flat();

/**
 * The start of an emulated request: the application in the unenlightened guest, then its kernel, which calls
 * the driver of the device it believes is real (`driver.start` goes to the machine's `driver` state).
 */
function emulatedStartLegs<A extends string = never>(kernel: string) {
	return [
		{
			name: 'app',
			meta: at('legacy-apps', 'guest-user', ['S1']),
			on: 'io.submit'
		},
		{
			name: kernel,
			meta: at('legacy-kernel', 'guest-kernel', ['S1']),
			on: 'driver.start'
		}
	] as const satisfies readonly Leg<A>[];
}

/**
 * The emulated device's interrupt once the worker has finished: the worker's 8259 raises the line and the
 * hypervisor injects the interrupt into the guest, whose handler (the machine's `isr`) starts on `isr.start`.
 * `enterHandler` is the machine's action that starts the handler's phase of port accesses.
 */
function emulatedInterruptLegs<A extends string>(enterHandler: A) {
	return [
		{
			name: 'pic',
			meta: at('root-pic-emulator', 'root-user', ['S3', 'S9']),
			on: 'hv.inject'
		},
		{
			name: 'inject',
			meta: at('hv-apic', 'hypervisor', ['S1', 'S3']),
			on: 'isr.start',
			count: ['interrupts'],
			entry: [enterHandler]
		}
	] as const satisfies readonly Leg<A>[];
}

/** The end of an emulated request: the guest's kernel completes it and the application has its result. */
function emulatedDoneLegs<A extends string = never>(kernel: string) {
	return [
		{
			name: kernel,
			meta: at('legacy-kernel', 'guest-kernel', ['S1']),
			on: 'app.complete'
		},
		{
			name: 'done',
			meta: at('legacy-apps', 'guest-user', ['S1'])
		}
	] as const satisfies readonly Leg<A>[];
}

/** What a machine gives an emulated request: the names of its own states, and the states only it has. */
export interface EmulatedRequest<A extends string, G, R, D, W, I> {
	/** The guest kernel's state on the way in (`driver.start` goes to `driver`) … */
	kernel: string;
	/** … and on the way out, where it completes the request. */
	kernelDone: string;
	/** The guest's driver programming the device, one trapped access at a time: the state `driver`. */
	driver: D;
	/** The devices the worker emulates, for the trapped accesses (`interceptRoundTrip`). */
	emulators: readonly Emulator<G>[];
	/** Where the guest goes on `vp.resume`: its driver or its interrupt handler. */
	resume: R;
	/** What the worker does with the programmed device, up to the emulated interrupt controller (`pic`). */
	worker: W;
	/** The machine's action that starts the handler's phase of port accesses. */
	enterHandler: A;
	/** The guest's interrupt handler: the state `isr`. */
	isr: I;
}

/**
 * An emulated request, whatever the device: its start up to the guest's driver, the intercept round trip of
 * each trapped access, the worker's work, the emulated interrupt into the guest's handler, and the end at the
 * application. The states are in that order, the order the statechart shows them in.
 */
export function emulatedRequest<A extends string, G, R, const D, const W, const I>(
	parts: EmulatedRequest<A, G, R, D, W, I>
) {
	return {
		...links(emulatedStartLegs<A>(parts.kernel), 'driver'),
		driver: parts.driver,
		...interceptRoundTrip(parts.emulators, parts.resume),
		...parts.worker,
		...links(emulatedInterruptLegs(parts.enterHandler), 'isr'),
		isr: parts.isr,
		...links(emulatedDoneLegs<A>(parts.kernelDone))
	};
}

/**
 * A state where the request's work is done: final and tagged `completed`, with whatever else it says about how
 * it ended (`doneAt(meta, 'emulated')`).
 */
export function doneAt<const T extends string = never>(meta: HopMeta, ...tags: T[]) {
	return { type: 'final' as const, tags: ['completed' as const, ...tags], meta };
}

/**
 * Transitions to the state named after the input's value, tried in order: `guard` is given each value as its
 * parameter (`{ type: 'is', params: 'xen' }`), and `otherwise` is where a run goes when none of them holds.
 */
export function toStateNamed<const G extends string, const V extends string>(
	guard: G,
	values: readonly V[],
	otherwise: string
) {
	return [
		...values.map((value) => ({ guard: { type: guard, params: value }, target: value })),
		{ target: otherwise }
	];
}

/** The events that move a request on through legs. */
type EventsOf<L extends readonly object[]> = L[number] extends infer Leg
	? Leg extends { on: infer E extends string }
		? E
		: never
	: never;

/** Every event of the VMBus request and completion halves, from the application's request back to it. */
export type VmbusEvent =
	| (typeof vmbusRequest.fromApp)[number]
	| EventsOf<ReturnType<typeof vmbusRequestLegs>>
	| (typeof vmbusCompletion.events)[number];

/** Every event of the states all emulated requests share (`emulatedRequest`). */
export type EmulatedEvent =
	| EventsOf<ReturnType<typeof emulatedStartLegs>>
	| (typeof portAccessEvents)[number]
	| EventsOf<ReturnType<typeof emulatedInterruptLegs>>
	| EventsOf<ReturnType<typeof emulatedDoneLegs>>;
