/**
 * The Xen hypercall adapter of the 2008 Linux integration components (facts §7, S18): a SUSE Linux Enterprise
 * Server 10 kernel built for Xen makes a Xen paravirtual call; a thin layer inside the guest translates it
 * into a Hyper-V hypercall, so the unmodified Xen-enabled kernel runs enlightened on Hyper-V. Which Xen call
 * maps to which Hyper-V call is not documented in our sources, so the model names none: it shows where the
 * translation happens (in the guest, not on any Citrix XenServer host, as the 2008 article had it).
 */
import { setup } from 'xstate';
import { at, type HopMeta } from '../hop';
import { plainChain } from '../legs';

export type XenAdapterEvent = {
	type: 'xen.call' | 'adapter.translate' | 'hv.execute' | 'adapter.return';
};

export const xenAdapterMachine = setup({
	types: {
		events: {} as XenAdapterEvent,
		meta: {} as HopMeta,
		tags: {} as 'completed'
	}
}).createMachine({
	id: 'xenAdapter',
	...plainChain([
		{ name: 'kernel', meta: at('linux-io-stack', 'guest-kernel', ['S18']), on: 'xen.call' },
		{ name: 'adapter', meta: at('linux-hv', 'guest-kernel', ['S18']), on: 'adapter.translate' },
		{
			name: 'hypervisor',
			meta: at('hv-hypercalls', 'hypervisor', ['S18', 'S2a']),
			on: 'hv.execute'
		},
		{ name: 'translatedBack', meta: at('linux-hv', 'guest-kernel', ['S18']), on: 'adapter.return' },
		{ name: 'done', meta: at('linux-io-stack', 'guest-kernel', ['S18']) }
	])
});
