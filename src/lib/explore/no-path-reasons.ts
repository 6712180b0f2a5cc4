// Why a configuration has no path, by the state the model ends it in (see no-path.ts). Keyed by the model's own
// state ids; no-path.test.ts plays every configuration and fails when a state that ends a run has no reason here.
import { m } from '$lib/paraglide/messages';

export const noPathReasons: Record<string, () => string> = {
	'diskRead.noDisk': m.explore_no_path_reason_disk
};
