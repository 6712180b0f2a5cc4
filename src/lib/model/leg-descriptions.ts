/**
 * What states stand for, as explore's statechart shows beside each state: the type every machine folder's
 * `descriptions.ts` fills, keyed by state path (`synthetic.app`), and the descriptions of the shared path legs
 * (legs.ts), by leg name, for those files to place where their machine uses a leg.
 *
 * Kept out of the machine configs on purpose: explore's first paint runs the machines, while the statechart
 * that shows these loads when it is opened, and brings them along.
 */

/** What each state of a machine stands for, by state path (the root excluded). */
export type StateDescriptions = Readonly<Record<string, string>>;

/** Descriptions of states under a compound state: `under('synthetic', { app })` is `{ 'synthetic.app' }`. */
export function under(parent: string, descriptions: StateDescriptions): StateDescriptions {
	return Object.fromEntries(
		Object.entries(descriptions).map(([path, text]) => [`${parent}.${path}`, text])
	);
}

/** The VMBus request half (`vmbusRequest.legs`). */
export const vmbusRequestDescriptions = {
	requestRing: "The VSC's packet is written into the channel's guest-to-root ring buffer.",
	guestHv: "The guest's hypervisor library prepares the signal to the root.",
	guestSignal: 'A signal-event hypercall: the guest exits to the hypervisor.',
	synicToRoot: "The hypervisor's SynIC raises the signal as an interrupt in the root.",
	rootVmbus: "The root's VMBus driver reads the packet and hands it on."
} satisfies StateDescriptions;

const appDone = 'The application has its result.';

/**
 * The root-to-guest half of a VMBus delivery (`rootToGuestLegs`), its states named from `prefix`; `guest` and
 * `packet` name the receiver and what it receives ("the other VM", "frame").
 */
export function rootToGuestDescriptions(
	prefix: string,
	guest: string,
	packet: string
): StateDescriptions {
	const Guest = guest.charAt(0).toUpperCase() + guest.slice(1);
	return {
		[`${prefix}Ring`]: `The root writes the ${packet} into ${guest}'s VMBus ring buffer.`,
		[`${prefix}WinHv`]: `The root's WinHv prepares the signal to ${guest}.`,
		[`${prefix}Signal`]: `The root's signal-event hypercall to ${guest}.`,
		[`${prefix}Synic`]: `The SynIC raises the signal as an interrupt in ${guest}.`,
		[`${prefix}Vmbus`]: `${Guest}'s VMBus driver takes the interrupt and reads the ${packet}.`
	};
}

/** The VMBus completion half (`vmbusCompletion.legs`). */
export const vmbusCompletionDescriptions = {
	...rootToGuestDescriptions('completion', 'the guest', 'completion packet'),
	vscDone: 'The VSC completes the request.',
	eoi: 'End of interrupt through the EOI MSR, an enlightenment: one cheap MSR write instead of emulated APIC accesses.',
	stackDone: "The guest's I/O stack completes the request.",
	done: appDone
} satisfies StateDescriptions;

/** The intercept round trip (`interceptRoundTrip`), with the names of its emulators. */
export function interceptRoundTripDescriptions(emulators: readonly string[]): StateDescriptions {
	return {
		trap: 'The guest touched an I/O port: the processor exits to the hypervisor.',
		rootWinHv: "The hypervisor sends an intercept message to the root's WinHv.",
		vid: 'VID passes the intercept to the worker process of the VM.',
		...Object.fromEntries(
			emulators.map((name) => [
				name,
				'The worker process emulates the access on its virtual device.'
			])
		),
		resume:
			'The worker, through VID and WinHv, writes back the registers and clears the intercept suspend.'
	};
}

/** The start of an emulated request (`emulatedStartLegs`), its kernel's state named `kernel`. */
export const emulatedStartDescriptions = (kernel: string): StateDescriptions => ({
	app: 'An application in the guest without integration components asks for the I/O.',
	[kernel]: "The guest's kernel passes the request to the driver of the emulated device."
});

/** The emulated device's interrupt (`emulatedInterruptLegs`). */
export const emulatedInterruptDescriptions = {
	pic: "The worker's emulated 8259 interrupt controller raises the device's interrupt.",
	inject: "The hypervisor injects the virtual interrupt into the guest's processor."
} satisfies StateDescriptions;

/** The end of an emulated request (`emulatedDoneLegs`), its kernel's state named `kernel`. */
export const emulatedDoneDescriptions = (kernel: string): StateDescriptions => ({
	[kernel]: "The guest's kernel completes the request.",
	done: appDone
});
