/**
 * Two facts about guests that several machines and explore's configuration rest on, written once here (no
 * XState, so explore's URL parsing can use them without loading a machine).
 */

/**
 * Whether a guest runs its integration components: never an unenlightened guest (it has no VMBus drivers to
 * run), and by default every enlightened one (S5, S13).
 */
export const hasIntegrationComponents = (guest: string, ics: boolean | undefined) =>
	guest !== 'unenlightened' && (ics ?? true);

/**
 * The virtual controller a guest's disk hangs on unless one is chosen: SCSI (a VMBus device) for a guest with
 * integration components, the emulated IDE controller otherwise, since only that one it can boot from.
 */
export const defaultController = (enlightened: boolean): 'ide' | 'scsi' =>
	enlightened ? 'scsi' : 'ide';
