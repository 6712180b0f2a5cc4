/**
 * The Hyper-V architecture as data: every box of Microsoft's "Hyper-V High Level Architecture" figure (facts §12),
 * plus what our paths need and the figure leaves out (emulated devices inside the VMWP, the intercept and SynIC
 * blocks, disk and NIC). Words shown to people live in `src/content/architecture/<locale>.ts`; this file holds
 * only structure, so the model, the diagram and the tests share one list of ids.
 */
import type { SourceKey } from './sources';

/** Where code runs. `hypervisor` and `hardware` are not modes of a partition but places of their own. */
export type Mode = 'user' | 'kernel' | 'hypervisor' | 'hardware';

export const partitionIds = ['root', 'win', 'linux', 'legacy', 'hypervisor', 'hardware'] as const;
export type PartitionId = (typeof partitionIds)[number];

export const componentIds = [
	// Root partition
	'root-vmwp',
	'root-ide-emulator',
	'root-nic-emulator',
	'root-video-emulator',
	'root-input-emulator',
	'root-pic-emulator',
	'root-vmms',
	'root-wmi',
	'root-vsp',
	'root-vid',
	'root-io-stack',
	'root-drivers',
	'root-winhv',
	'root-vmbus',
	// Enlightened Windows child
	'win-apps',
	'win-io-stack',
	'win-vsc',
	'win-winhv',
	'win-vmbus',
	// Enlightened Linux child
	'linux-apps',
	'linux-io-stack',
	'linux-vsc',
	'linux-hv',
	'linux-vmbus',
	// Unenlightened child
	'legacy-apps',
	'legacy-kernel',
	'legacy-drivers',
	// Hypervisor
	'hv-hypercalls',
	'hv-synic',
	'hv-msrs',
	'hv-apic',
	'hv-scheduler',
	'hv-address',
	'hv-partitions',
	'hv-intercepts',
	// Hardware
	'hw-disk',
	'hw-nic',
	'hw-cpu',
	'hw-memory'
] as const;
export type ComponentId = (typeof componentIds)[number];

export interface Component {
	id: ComponentId;
	partition: PartitionId;
	mode: Mode;
	/** The box this one is drawn inside (WMI inside VMMS, the emulated devices inside the VMWP). */
	parent?: ComponentId;
	/** False for what we add to Microsoft's figure; the diagram marks those so nobody mistakes them for it. */
	inFigure: boolean;
	/** Keys into `sources.ts`: where the facts about this component come from. */
	sources: SourceKey[];
}

const c = (
	id: ComponentId,
	partition: PartitionId,
	mode: Mode,
	sources: SourceKey[],
	extra: Partial<Pick<Component, 'parent' | 'inFigure'>> = {}
): Component => ({ id, partition, mode, sources, inFigure: true, ...extra });

export const components: readonly Component[] = [
	c('root-vmwp', 'root', 'user', ['S1', 'S14', 'U6']),
	c('root-ide-emulator', 'root', 'user', ['S9', 'S14', 'S13', 'S15'], {
		parent: 'root-vmwp',
		inFigure: false
	}),
	c('root-nic-emulator', 'root', 'user', ['S9', 'S15b'], { parent: 'root-vmwp', inFigure: false }),
	c('root-video-emulator', 'root', 'user', ['S9', 'S8', 'S25'], {
		parent: 'root-vmwp',
		inFigure: false
	}),
	c('root-input-emulator', 'root', 'user', ['S9', 'S26'], { parent: 'root-vmwp', inFigure: false }),
	c('root-pic-emulator', 'root', 'user', ['S9', 'S3'], { parent: 'root-vmwp', inFigure: false }),
	c('root-vmms', 'root', 'user', ['S1']),
	c('root-wmi', 'root', 'user', ['S1', 'S50'], { parent: 'root-vmms' }),
	c('root-vsp', 'root', 'kernel', ['S1', 'S14', 'U6']),
	c('root-vid', 'root', 'kernel', ['S1']),
	c('root-io-stack', 'root', 'kernel', ['S1']),
	c('root-drivers', 'root', 'kernel', ['S1', 'S16', 'S13', 'S34']),
	c('root-winhv', 'root', 'kernel', ['S1']),
	c('root-vmbus', 'root', 'kernel', ['S1', 'S5']),

	c('win-apps', 'win', 'user', ['S1']),
	c('win-io-stack', 'win', 'kernel', ['S1']),
	c('win-vsc', 'win', 'kernel', ['S1', 'S26', 'S7']),
	c('win-winhv', 'win', 'kernel', ['S1']),
	c('win-vmbus', 'win', 'kernel', ['S1', 'S5']),

	c('linux-apps', 'linux', 'user', ['S1']),
	c('linux-io-stack', 'linux', 'kernel', ['S1']),
	c('linux-vsc', 'linux', 'kernel', ['S1', 'S5', 'S18', 'S21']),
	c('linux-hv', 'linux', 'kernel', ['S1', 'S5', 'S18']),
	c('linux-vmbus', 'linux', 'kernel', ['S1', 'S5']),

	c('legacy-apps', 'legacy', 'user', ['S1']),
	c('legacy-kernel', 'legacy', 'kernel', ['S1']),
	c('legacy-drivers', 'legacy', 'kernel', ['S9', 'S3'], { inFigure: false }),

	c('hv-hypercalls', 'hypervisor', 'hypervisor', ['S1', 'S2a']),
	c('hv-synic', 'hypervisor', 'hypervisor', ['S2c'], { inFigure: false }),
	c('hv-msrs', 'hypervisor', 'hypervisor', ['S1', 'S4']),
	c('hv-apic', 'hypervisor', 'hypervisor', ['S1']),
	c('hv-scheduler', 'hypervisor', 'hypervisor', ['S1', 'S2d', 'S3']),
	c('hv-address', 'hypervisor', 'hypervisor', ['S1', 'S3', 'S23']),
	c('hv-partitions', 'hypervisor', 'hypervisor', ['S1', 'S2d']),
	c('hv-intercepts', 'hypervisor', 'hypervisor', ['S3'], { inFigure: false }),

	c('hw-disk', 'hardware', 'hardware', ['S1', 'S16'], { inFigure: false }),
	c('hw-nic', 'hardware', 'hardware', ['S1', 'S16'], { inFigure: false }),
	c('hw-cpu', 'hardware', 'hardware', ['S1', 'S10', 'S11']),
	c('hw-memory', 'hardware', 'hardware', ['S1', 'S3', 'S28'])
];

/** What travels over a link; the diagram draws each kind its own way (VMBus dashed, as in the figure). */
export type LinkKind =
	'call' | 'vmbus' | 'hypercall' | 'synic' | 'intercept' | 'device' | 'hardware';

export const linkIds = [
	'vmwp-vid',
	'vmms-vid',
	'vid-winhv',
	'root-winhv-hypercalls',
	'vsp-io-stack',
	'io-stack-drivers',
	'vsp-vmbus',
	'root-vmbus-winhv',
	'drivers-disk',
	'drivers-nic',
	'emulator-io-stack',
	'intercepts-root-winhv',
	'vmbus-root-win',
	'vmbus-root-linux',
	'synic-root-vmbus',
	'synic-win-vmbus',
	'synic-linux-vmbus',
	'hypercalls-synic',
	'win-apps-io-stack',
	'win-io-stack-vsc',
	'win-vsc-vmbus',
	'win-vmbus-winhv',
	'win-winhv-hypercalls',
	'linux-apps-io-stack',
	'linux-io-stack-vsc',
	'linux-vsc-vmbus',
	'linux-vmbus-hv',
	'linux-hv-hypercalls',
	'legacy-apps-kernel',
	'legacy-kernel-drivers',
	'legacy-intercepts',
	'scheduler-cpu',
	'address-memory'
] as const;
export type LinkId = (typeof linkIds)[number];

export interface Link {
	id: LinkId;
	from: ComponentId;
	to: ComponentId;
	kind: LinkKind;
	inFigure: boolean;
}

const l = (
	id: LinkId,
	from: ComponentId,
	to: ComponentId,
	kind: LinkKind,
	inFigure = true
): Link => ({
	id,
	from,
	to,
	kind,
	inFigure
});

export const links: readonly Link[] = [
	l('vmwp-vid', 'root-vmwp', 'root-vid', 'call'),
	l('vmms-vid', 'root-wmi', 'root-vid', 'call'),
	l('vid-winhv', 'root-vid', 'root-winhv', 'call'),
	l('root-winhv-hypercalls', 'root-winhv', 'hv-hypercalls', 'hypercall'),
	l('vsp-io-stack', 'root-vsp', 'root-io-stack', 'call'),
	l('io-stack-drivers', 'root-io-stack', 'root-drivers', 'call'),
	l('vsp-vmbus', 'root-vsp', 'root-vmbus', 'call'),
	l('root-vmbus-winhv', 'root-vmbus', 'root-winhv', 'call', false),
	l('drivers-disk', 'root-drivers', 'hw-disk', 'device', false),
	l('drivers-nic', 'root-drivers', 'hw-nic', 'device', false),
	l('emulator-io-stack', 'root-ide-emulator', 'root-io-stack', 'call', false),
	l('intercepts-root-winhv', 'hv-intercepts', 'root-winhv', 'intercept', false),
	// VMBus joins each enlightened child to the root only; children never talk to each other directly.
	l('vmbus-root-win', 'root-vmbus', 'win-vmbus', 'vmbus'),
	l('vmbus-root-linux', 'root-vmbus', 'linux-vmbus', 'vmbus'),
	l('synic-root-vmbus', 'hv-synic', 'root-vmbus', 'synic', false),
	l('synic-win-vmbus', 'hv-synic', 'win-vmbus', 'synic', false),
	l('synic-linux-vmbus', 'hv-synic', 'linux-vmbus', 'synic', false),
	l('hypercalls-synic', 'hv-hypercalls', 'hv-synic', 'synic', false),
	l('win-apps-io-stack', 'win-apps', 'win-io-stack', 'call', false),
	l('win-io-stack-vsc', 'win-io-stack', 'win-vsc', 'call'),
	l('win-vsc-vmbus', 'win-vsc', 'win-vmbus', 'call'),
	l('win-vmbus-winhv', 'win-vmbus', 'win-winhv', 'call', false),
	l('win-winhv-hypercalls', 'win-winhv', 'hv-hypercalls', 'hypercall'),
	l('linux-apps-io-stack', 'linux-apps', 'linux-io-stack', 'call', false),
	l('linux-io-stack-vsc', 'linux-io-stack', 'linux-vsc', 'call'),
	l('linux-vsc-vmbus', 'linux-vsc', 'linux-vmbus', 'call'),
	l('linux-vmbus-hv', 'linux-vmbus', 'linux-hv', 'call', false),
	l('linux-hv-hypercalls', 'linux-hv', 'hv-hypercalls', 'hypercall'),
	l('legacy-apps-kernel', 'legacy-apps', 'legacy-kernel', 'call', false),
	l('legacy-kernel-drivers', 'legacy-kernel', 'legacy-drivers', 'call', false),
	// The intercept path: every access to an emulated device register leaves the guest for the hypervisor.
	l('legacy-intercepts', 'legacy-drivers', 'hv-intercepts', 'intercept', false),
	l('scheduler-cpu', 'hv-scheduler', 'hw-cpu', 'hardware'),
	l('address-memory', 'hv-address', 'hw-memory', 'hardware')
];

const componentById = new Map(components.map((x) => [x.id, x]));
const linkById = new Map(links.map((x) => [x.id, x]));

export function getComponent(id: ComponentId): Component {
	const found = componentById.get(id);
	if (!found) throw new Error(`Unknown component: ${id}`);
	return found;
}

export function getLink(id: LinkId): Link {
	const found = linkById.get(id);
	if (!found) throw new Error(`Unknown link: ${id}`);
	return found;
}

export function isComponentId(id: string): id is ComponentId {
	return componentById.has(id as ComponentId);
}
