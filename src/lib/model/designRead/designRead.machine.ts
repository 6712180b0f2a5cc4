/**
 * The same disk read in three hypervisor designs (facts §1.3), for the designs scene: classic VMware ESX, where
 * the hypervisor layer (the VMkernel) holds the device driver and storage stack; Xen, where the driver lives in
 * the privileged domain dom0, reached from a domU's blkfront through the hypervisor's event channel to dom0's
 * blkback; and Hyper-V, where it lives in the root partition, reached from a child's VSC over VMBus (signalled
 * through the hypervisor's SynIC) to the root's VSP.
 *
 * The events are the same in each design, so the runs line up: `guest.submit` hands the request out of the
 * guest, `backend.receive` brings it into the partition that owns the driver, `driver.start` starts that
 * driver and `disk.read` reaches the disk. ESX has no partition to cross into, so it takes two of them where
 * the others take four. `crossings` counts the protection boundaries the request crosses on the way: guest into
 * hypervisor, hypervisor into another partition.
 *
 * Only Hyper-V's lane is documented ([H], S1, S5, S16); ESX's layout is how secondary sources describe it
 * ([M], S16, S33), and the Xen names are the fact sheet's analogy ([M], S17): those hops say so.
 *
 * A hop's `node` is a box of Microsoft's Hyper-V figure, which has no ESX or Xen in it: for those designs it is
 * the box that plays the same part there (dom0's blkback ≈ the root's VSP, an event channel ≈ a SynIC event),
 * so that the partition and privilege a screen reader hears are right. The drawing is the scene's place.
 */
import { assign, setup } from 'xstate';
import { at, type HopMeta } from '../hop';
import { plainChain, toStateNamed } from '../legs';
import type { Design } from './designs';

export { designs, type Design } from './designs';

export interface DesignReadInput {
	/** The design the read is made in. */
	design: Design;
}

export interface DesignReadContext {
	design: Design;
	/** Protection boundaries crossed so far: a guest into the hypervisor, the hypervisor into another partition. */
	crossings: number;
}

export type DesignReadEvent = {
	type: 'guest.submit' | 'backend.receive' | 'driver.start' | 'disk.read';
};

const monolithicSources = ['S16', 'S33'] as const;

export const designReadMachine = setup({
	types: {
		context: {} as DesignReadContext,
		events: {} as DesignReadEvent,
		input: {} as DesignReadInput,
		meta: {} as HopMeta,
		tags: {} as 'completed'
	},
	actions: {
		cross: assign({ crossings: ({ context }) => context.crossings + 1 })
	},
	guards: {
		is: ({ context }, design: Design) => context.design === design
	}
}).createMachine({
	id: 'designRead',
	context: ({ input }) => ({ design: input.design, crossings: 0 }),
	initial: 'choosing',
	states: {
		choosing: {
			always: toStateNamed('is', ['monolithic', 'xen'], 'hyperv')
		},
		monolithic: plainChain<'cross'>([
			{
				name: 'guest',
				meta: at('legacy-drivers', 'guest-kernel', [...monolithicSources], {
					estimate: true,
					places: { designs: 'esx-guest' }
				}),
				on: 'guest.submit',
				actions: 'cross'
			},
			{
				name: 'driver',
				meta: at('hv-intercepts', 'hypervisor', [...monolithicSources], {
					estimate: true,
					places: { designs: 'esx-driver' }
				}),
				on: 'disk.read'
			},
			{
				name: 'disk',
				meta: at('hw-disk', 'hardware', [...monolithicSources], {
					estimate: true,
					places: { designs: 'esx-disk' }
				})
			}
		]),
		xen: plainChain<'cross'>([
			{
				name: 'frontend',
				meta: at('linux-vsc', 'guest-kernel', ['S17'], {
					estimate: true,
					places: { designs: 'xen-blkfront' }
				}),
				on: 'guest.submit',
				actions: 'cross'
			},
			{
				name: 'channel',
				meta: at('hv-synic', 'hypervisor', ['S17'], {
					estimate: true,
					places: { designs: 'xen-channel' }
				}),
				on: 'backend.receive',
				actions: 'cross'
			},
			{
				name: 'backend',
				meta: at('root-vsp', 'root-kernel', ['S17'], {
					estimate: true,
					places: { designs: 'xen-blkback' }
				}),
				on: 'driver.start'
			},
			{
				name: 'driver',
				meta: at('root-drivers', 'root-kernel', ['S17'], { places: { designs: 'xen-driver' } }),
				on: 'disk.read'
			},
			{
				name: 'disk',
				meta: at('hw-disk', 'hardware', ['S17'], { places: { designs: 'xen-disk' } })
			}
		]),
		hyperv: plainChain<'cross'>([
			{
				name: 'vsc',
				meta: at('win-vsc', 'guest-kernel', ['S1', 'S5'], { places: { designs: 'hv-vsc' } }),
				on: 'guest.submit',
				actions: 'cross'
			},
			{
				name: 'vmbus',
				meta: at('hv-synic', 'hypervisor', ['S5', 'S2c'], { places: { designs: 'hv-vmbus' } }),
				on: 'backend.receive',
				actions: 'cross'
			},
			{
				name: 'vsp',
				meta: at('root-vsp', 'root-kernel', ['S1', 'S5'], { places: { designs: 'hv-vsp' } }),
				on: 'driver.start'
			},
			{
				name: 'driver',
				meta: at('root-drivers', 'root-kernel', ['S16', 'S1'], {
					places: { designs: 'hv-driver' }
				}),
				on: 'disk.read'
			},
			{
				name: 'disk',
				meta: at('hw-disk', 'hardware', ['S1', 'S16'], { places: { designs: 'hv-disk' } })
			}
		])
	}
});
