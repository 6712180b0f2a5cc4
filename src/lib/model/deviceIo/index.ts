import * as v from 'valibot';
import { byValueAnd, defineMachine } from '../descriptor';
import { deviceGuests, deviceIoMachine, devices } from './deviceIo.machine';

const deviceIo = defineMachine({
	id: 'deviceIo',
	machine: deviceIoMachine,
	input: v.strictObject({
		guest: v.picklist(deviceGuests),
		device: v.picklist(devices),
		ics: v.optional(v.boolean())
	}),
	description:
		'One network send, screen update or mouse movement, through VMBus (guest with integration components) or emulated 21140, S3 and i8042 devices in the worker process.',
	samples: deviceGuests.flatMap((guest) => devices.map((device) => ({ guest, device }))),
	explore: { serializeState: byValueAnd('phase', 'accessesDone', 'bytesLeft') }
});
export default deviceIo;

declare module '../descriptor' {
	interface MachineRegistry {
		deviceIo: typeof deviceIo;
	}
}
