/**
 * The boot machine's event runs that lessons and tests send as a whole, kept apart from the machine so that
 * lesson scripts can use them on pages that run no machine.
 */

/** An enlightened kernel loads and asks CPUID whether, and which, hypervisor it runs on. */
export const cpuidDiscovery = [
	'kernel.load',
	'cpuid.features',
	'cpuid.vendor',
	'cpuid.interface'
] as const;

/** It says who it is (the guest OS id MSR) and has the hypercall page mapped. */
export const hypercallSetup = ['msr.guestOsId', 'msr.hypercallPage'] as const;

/** Hyper-V discovery and hypercall setup: the kernel's own enlightenment, before any integration component. */
export const discovery = [...cpuidDiscovery, ...hypercallSetup] as const;

/** VMBus comes up: contact, the version the root speaks, the offers and the end of them. */
export const vmbusContact = [
	'vmbus.initiateContact',
	'vmbus.versionResponse',
	'vmbus.requestOffers',
	'vmbus.offersDelivered'
] as const;
