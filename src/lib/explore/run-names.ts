// The words for a run's settings, shared by the run picker and the explanations that name a configuration.
import { m } from '$lib/paraglide/messages';
import type { ExploreDevice, ExploreGuest, RunConfig } from './config';

export const guestName: Record<ExploreGuest, () => string> = {
	windows: m.explore_guest_windows,
	linux: m.explore_guest_linux,
	'xen-linux': m.explore_guest_xen_linux,
	unenlightened: m.explore_guest_unenlightened
};

export const deviceName: Record<ExploreDevice, () => string> = {
	storage: m.explore_device_storage,
	network: m.explore_device_network,
	video: m.explore_device_video,
	input: m.explore_device_input
};

/** A configuration in a few words: `Unenlightened, IDE` or `Enlightened Windows, SCSI, integration components installed`. */
export function describeRun(config: RunConfig): string {
	return [
		guestName[config.guest](),
		config.device === 'storage' ? config.controller.toUpperCase() : deviceName[config.device](),
		...(config.guest !== 'unenlightened' && config.ics ? [m.explore_ics().toLowerCase()] : [])
	].join(', ');
}
