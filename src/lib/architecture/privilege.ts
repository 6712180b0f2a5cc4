import { m } from '$lib/paraglide/messages';

/**
 * Who is running at a hop: which partition's user or kernel mode, the hypervisor, or the hardware. A fact of the
 * architecture, so it lives here; the model's hops (model/hop.ts) name it.
 */
export type Privilege =
	'guest-user' | 'guest-kernel' | 'root-user' | 'root-kernel' | 'hypervisor' | 'hardware';

/** The words for where code runs, in the current language. */
export const privilegeName: Record<Privilege, () => string> = {
	'guest-user': m.privilege_guest_user,
	'guest-kernel': m.privilege_guest_kernel,
	'root-user': m.privilege_root_user,
	'root-kernel': m.privilege_root_kernel,
	hypervisor: m.privilege_hypervisor,
	hardware: m.privilege_hardware
};
