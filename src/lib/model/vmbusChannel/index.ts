import * as v from 'valibot';
import { byValueAnd, defineMachine } from '../descriptor';
import { channelMachine } from './channel.machine';

const vmbusChannel = defineMachine({
	id: 'vmbusChannel',
	machine: channelMachine,
	input: v.strictObject({
		monitored: v.optional(v.boolean()),
		largeRing: v.optional(v.boolean()),
		endpoint: v.optional(v.picklist(['kernel', 'worker']))
	}),
	description:
		'One VMBus channel: offer, bind, GPADL, open, packets both ways with the empty-to-non-empty signalling rule, close or rescind.',
	samples: [{}, { monitored: true, largeRing: true }, { endpoint: 'worker' }],
	explore: { serializeState: byValueAnd('outRing', 'inRing') }
});
export default vmbusChannel;

declare module '../descriptor' {
	interface MachineRegistry {
		vmbusChannel: typeof vmbusChannel;
	}
}
