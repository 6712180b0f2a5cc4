import type { Privilege } from '$lib/model/hop';
import { m } from '$lib/paraglide/messages';

/** The words for where code runs, in the current language. */
export const privilegeName: Record<Privilege, () => string> = {
	'guest-user': m.privilege_guest_user,
	'guest-kernel': m.privilege_guest_kernel,
	'root-user': m.privilege_root_user,
	'root-kernel': m.privilege_root_kernel,
	hypervisor: m.privilege_hypervisor,
	hardware: m.privilege_hardware
};
