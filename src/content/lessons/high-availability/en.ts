import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'High availability: Quick Migration and Live Migration',
	summary:
		'Move a VM between the nodes of a failover cluster twice: the 2008 way (save, move the disk, restore) and the R2 way (copy memory while it runs, then pause briefly).',
	objectives: [
		'Name what a Windows Server 2008 Hyper-V cluster needs: up to 16 nodes, Enterprise or Datacenter, shared storage.',
		'Explain the three steps of Quick Migration and why its downtime grows with VM memory.',
		'Explain Live Migration: pre-copy passes, the 10-pass limit and the short blackout.',
		'Compare both with VMware VMotion and Xen live migration, and tell a migration from a failover.'
	],
	steps: {
		cluster: {
			title: 'A Hyper-V failover cluster',
			text: 'High availability in Windows Server 2008 means a failover cluster: up to 16 Hyper-V hosts on Enterprise or Datacenter, all attached to shared storage (Fibre Channel, iSCSI or SAS). Each VM is a cluster resource that one node owns at a time.',
			notes:
				'Point at the two nodes and the storage both reach: the VM runs on node 1 and will move to node 2. The 2008 article has the 16 nodes right.'
		},
		'quick-save': {
			title: 'Quick Migration 1: save',
			text: 'An administrator moves the VM to another node. First the VM is paused and its worker process writes memory and device state to the shared disk: from here on the guest is frozen.',
			notes:
				'Ask what decides how long this takes: the amount of memory, and the speed of the storage.'
		},
		'quick-move': {
			title: 'Quick Migration 2: the disk changes owner',
			text: "The cluster hands the VM's disk resource to the target node: the LUN is released here and taken over there. Nothing is copied; only the ownership moves.",
			correction:
				'The 2008 article says the .vhd must be kept on common "memory". It means shared storage: a cluster disk (LUN) whose ownership moves from node to node.',
			notes:
				'A LUN changes owner as a whole, so every VM on it has to move along. Ask what that means for putting several VMs on one LUN.'
		},
		'quick-restore': {
			title: 'Quick Migration 3: restore',
			text: 'The target node reads the saved state back and resumes the VM. The guest notices nothing, but it was frozen the whole time and client connections may have dropped.',
			correction:
				'The 2008 article says a 1 GB VM moves in about 4 seconds. Published guidance is 15 seconds to a few minutes, about 30 seconds for a few GB: the downtime grows with memory and storage speed.',
			notes: 'Quick Migration is a planned move: both hosts must be up.'
		},
		'live-config': {
			title: 'Live Migration (R2): configuration first',
			text: "Windows Server 2008 R2 (2009) added Live Migration. It first sends the VM's configuration, and an empty VM is created on the target while the original keeps running.",
			notes:
				'A fresh run: a 2 GB VM that changes little memory, on a link of about 100 MB/s (1 Gbit/s).'
		},
		'live-copy': {
			title: 'Memory over the network',
			text: 'Now memory is copied over the network to the target, with the VM still running. Hyper-V tracks which pages the guest changes meanwhile.',
			notes:
				'Ask the class to predict which box does the work now: the network card, not the shared disk.'
		},
		'pass-one': {
			title: 'Pass 1: all of memory',
			text: "The first pass sends all 2048 MB, about 20 seconds at 100 MB/s. Meanwhile the guest dirties about 410 MB that must go again, by our model's estimate.",
			notes:
				'The pass counter is the model; the MB figures come from its arithmetic, not from a measurement.'
		},
		'pass-two': {
			title: 'Pass 2: only what changed',
			text: 'The second pass sends just those 410 MB, in about 4 seconds, so the guest has less time to dirty pages: about 82 MB this time, by the model.',
			notes: 'Each pass is shorter because the one before it was.'
		},
		'pass-three': {
			title: 'Pass 3: nearly there',
			text: 'The third pass sends the 82 MB in under a second, and only about 16 MB is dirty afterwards. That is little enough to stop.',
			notes:
				'The passes converge whenever the guest dirties memory more slowly than the link carries it.'
		},
		blackout: {
			title: 'The blackout',
			text: 'Now the VM is paused: the last 16 MB and the processor and device state go over, about 0.16 s by the model, and the storage is handed over. With Cluster Shared Volumes no disk has to be dismounted and mounted.',
			notes:
				'This is the only moment the guest stops. Ask: what would Quick Migration have done with 2 GB?'
		},
		'live-done': {
			title: 'Running on the target',
			text: 'The VM resumes on the target, and an unsolicited ARP tells the switches where it now lives. The pause was shorter than TCP time-outs, so connections survive.',
			notes:
				'R2 also added a processor compatibility mode for hosts with different CPU generations of one vendor.'
		},
		'busy-vm': {
			title: 'A busy VM: the 10-pass limit',
			text: 'This 4 GB VM dirties 80 MB/s on a 110 MB/s link, so every pass shrinks only a little. After 10 passes Hyper-V stops copying anyway, with about 170 MB still dirty by the model.',
			notes: 'A fresh run. The counter shows 10 passes: the limit, not convergence.'
		},
		'forced-blackout': {
			title: 'A longer blackout, the same method',
			text: 'Those 170 MB go over with the VM paused, about 1.5 s by the model. VMware VMotion and Xen live migration (XenMotion) use the same iterative pre-copy; the Xen paper measured blackouts of 60 to 210 ms.',
			notes:
				'The 2008 article is right that Quick Migration is not VMotion or XenMotion; R2 closed that gap.'
		}
	},
	questions: {
		nodes: {
			prompt: 'How many nodes could a Windows Server 2008 failover cluster hold?',
			explanation: '16 nodes (KB288778). The 2008 article is right on this one.'
		},
		'quick-downtime': {
			prompt: 'What makes a Quick Migration take longer?',
			options: {
				'vm-memory': 'More VM memory (and slower storage)',
				'vhd-size': 'A bigger .vhd file',
				'vcpu-count': 'More virtual processors',
				'node-count': 'More nodes in the cluster'
			},
			explanation:
				'All of memory is written to disk and read back on the target. The .vhd itself is not copied: only its LUN changes owner.'
		},
		unplanned: {
			prompt: 'A cluster node crashes. What happens to its VMs?',
			options: {
				'cold-restart': 'They are started again, cold, on another node',
				'quick-migration': 'They are quick-migrated',
				'live-migration': 'They are live-migrated',
				'no-impact': 'Nothing: they keep running'
			},
			explanation:
				'A migration needs the source host to save or copy memory. After a crash there is nothing left to copy, so the cluster boots the VMs on another node.'
		},
		'pause-when': {
			prompt: 'When does Live Migration pause the VM?',
			options: {
				'little-left-or-ten': 'When little memory is left to send, or after at most 10 passes',
				'after-one-pass': 'After the first full copy',
				never: 'Never',
				'after-fifty': 'After 50 passes'
			},
			explanation:
				'Pre-copy repeats while passes shrink; once the rest is small, or after 10 passes, the VM pauses for the last pages and its state.'
		},
		vmotion: {
			prompt:
				"How do VMware VMotion and Xen live migration (XenMotion) move a running VM's memory?",
			options: {
				'iterative-precopy': 'Iterative pre-copy, then a short stop',
				'save-restore': 'Save to disk, then restore on the target',
				'shared-memory': 'Both hosts share the same RAM',
				'cold-restart': 'They restart the VM on the target'
			},
			explanation:
				'Both copy memory in rounds while the VM runs and stop it only for the rest, like R2 Live Migration. Quick Migration is the save-and-restore one.'
		},
		'hop-quick': {
			prompt: 'The VM has been saved to the shared disk. Where does the migration go next?',
			explanation: "To the disk: the cluster moves the LUN's ownership to the target node."
		},
		'hop-live': {
			prompt: 'The configuration has reached the target. Where does the work happen next?',
			explanation:
				'On the network: memory pages are copied to the target while the VM keeps running.'
		}
	}
};

export default narration;
