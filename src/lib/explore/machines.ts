/**
 * The machines explore plays: a configuration runs the disk read or the device machine (config.ts `runOf`),
 * nothing else. Imported one by one rather than through the registry (model/machines.ts), which would bring
 * every machine of the model into explore's first paint.
 */
import { deviceIoMachine } from '$lib/model/deviceIo/deviceIo.machine';
import { diskReadMachine } from '$lib/model/diskRead/diskRead.machine';
import type { MachineRun } from '$lib/model/run';

export const exploreMachines = { diskRead: diskReadMachine, deviceIo: deviceIoMachine };

export type ExploreMachineId = keyof typeof exploreMachines;

/** A run explore can play. */
export type ExploreRun = MachineRun<ExploreMachineId>;
