import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'The big picture: hypervisor, root and child partitions',
	summary:
		'Start a virtual machine and follow one disk read to see how Hyper-V is built: a thin hypervisor, a root partition that runs the management stack and every device driver, and child partitions for the guests. Then compare this microkernelized design with monolithic VMware ESX and with Xen and its dom0.',
	objectives: [
		'Name the parts of Hyper-V: the hypervisor, the root partition and the child partitions, and what each one does.',
		'Follow a VM start from WMI through VMMS, the worker process and VID to the hypercalls that build a partition.',
		'Explain why Hyper-V is called microkernelized, how it differs from monolithic ESX and why it resembles Xen, and what that costs when the root fails.'
	],
	steps: {
		partitions: {
			title: 'One server, several partitions',
			text: 'Hyper-V divides a server into partitions, kept apart by a thin hypervisor. There is always one root partition, running Windows Server 2008 x64 and the management stack; every guest runs in a child partition.',
			correction:
				'The 2008 article calls the parent partition "one VM". In fact the hypervisor builds the root at boot from the Windows that loaded it; the root owns the devices and is not an ordinary VM.',
			notes:
				"Point at the four columns of Microsoft's diagram: the root on the left, three kinds of child partition, the hypervisor bar underneath."
		},
		request: {
			title: 'Start a VM',
			text: 'An administrator starts a VM, from Hyper-V Manager or a script. The request arrives through WMI, the management interface that the Virtual Machine Management Service (VMMS) offers.',
			correction:
				'The 2008 article expects Hyper-V to be released in the second half of 2008. In fact the final version shipped on 26 June 2008 through Windows Update; Windows Server 2008 itself had shipped with a beta of it.',
			notes: 'Everything here is ordinary user-mode software in the root partition.'
		},
		worker: {
			title: 'One worker process per VM',
			text: "VMMS starts a worker process, vmwp.exe, just for this VM, in the root's user mode. Every running VM gets its own; it holds the VM's state and its emulated devices.",
			notes:
				'Watch the worker-process counter go to 1. In Task Manager on a host you would see one vmms.exe and one vmwp.exe per running VM.'
		},
		vid: {
			title: 'Down to the kernel: VID',
			text: "The worker process asks VID, the Virtualization Infrastructure Driver in the root's kernel, to build the partition.",
			notes:
				'Before you go on, ask: who can actually create a partition, the root or the hypervisor?'
		},
		create: {
			title: 'The hypervisor creates the partition',
			text: 'Through WinHv the root makes the hypercall HvCallCreatePartition (0x0040). Only a partition with the CreatePartitions privilege may make it, and in 2008 only the root had it.',
			notes:
				'The root decides and asks; the hypervisor carries it out. The hypercall counter goes to 1.'
		},
		memory: {
			title: 'Memory for the new partition',
			text: "The root deposits memory with the hypervisor for the partition's own bookkeeping (HvCallDepositMemory). Unlike the root's, the child's memory is not mapped one to one: its parent defines it.",
			notes:
				'The hypervisor does not take memory for itself out of nowhere: the root hands it over.'
		},
		'set-up': {
			title: 'Memory, processors, intercepts',
			text: "More root-only hypercalls map the child's memory, create its virtual processors and install intercepts on the ports of its emulated devices. The calls are documented; the order they come in is our estimate.",
			notes:
				'Six hypercalls so far, all made by the root; the counter shows them. The exact sequence the stack uses is not public.'
		},
		running: {
			title: 'The child runs',
			text: 'The hypervisor schedules the child’s virtual processors on the real cores, where its code runs natively. What the child lacks is control: it never takes a physical interrupt or decides what runs where.',
			notes:
				'So far the hypervisor has done partitions, memory, scheduling. Where are the device drivers?'
		},
		'a-read': {
			title: 'A disk read in the child',
			text: 'An application in the running child reads from disk. The hypervisor has no disk driver, so where does the request go?',
			notes: 'Let the class guess before you step on: hypervisor, child or root?'
		},
		vsc: {
			title: 'No real driver in the child either',
			text: 'The child has no driver for the physical disk. Its storage VSC takes the request, to send it to the root over VMBus.',
			notes: 'The child only knows a synthetic disk. The real hardware is out of its reach.'
		},
		'to-root': {
			title: 'Across to the root',
			text: "The packet goes into a ring buffer shared with the root, one signal through the hypervisor wakes the root, and the storage VSP in the root's kernel picks it up. The hypervisor only passed the signal on.",
			notes: 'The data never went through the hypervisor: only a short signal did.'
		},
		drivers: {
			title: 'Drivers live in the root',
			text: "The root's ordinary Windows storage stack and disk driver do the real work and read the disk. That is the microkernelized design: device drivers live in the root partition, and the hypervisor holds none.",
			notes:
				'Ordinary x64 Windows Server 2008 drivers serve the hardware, because the root is Windows; the hardware still needs such a driver, signed for 64-bit Windows. The hypervisor contains no third-party driver code.'
		},
		'root-risk': {
			title: 'The price of drivers in the root',
			text: 'Every VSP, worker process and physical driver lives in the root. If the root crashes or reboots, every child partition goes down with it.',
			correction:
				'The 2008 article says a driver failure will not take down all partitions. That protects only the hypervisor: a driver that crashes the root takes every VM with it.',
			notes:
				'While the class thinks, the data is on its way back up through the root. Ask: what does this mean for patching the root, and for running extra software on it?'
		},
		done: {
			title: 'Back to the application',
			text: 'The completion returns the same way, over VMBus with one signal, and the application has its data. Next, the same read in two other designs, side by side with Hyper-V.',
			notes:
				'The next three steps switch to a picture of three designs. The next lesson shows how the hypervisor starts on the host and what the server needs for it.'
		},
		monolithic: {
			title: 'The monolithic alternative',
			text: "In classic VMware ESX, as secondary sources describe it, the hypervisor layer itself holds the drivers and storage stack: the guest's read goes straight into the VMkernel and on to the disk. One boundary crossed, but hardware support depends on drivers written for the hypervisor.",
			notes:
				'Point at the left column: the disk driver sits in the hypervisor layer, not in a partition. The layout of ESX is an estimate from secondary sources, not VMware documentation.'
		},
		xen: {
			title: 'Xen: the closest relative',
			text: "In Xen the domU's blkfront passes the read through the hypervisor's event channel to blkback in dom0, a privileged Linux domain that holds the drivers. A Microsoft engineer told people to think of the root partition as Xen's dom0.",
			correction:
				'The 2008 article says the parent partition of XenServer is called Domain 0. Fine as an analogy, but dom0 belongs to Xen in general, not only to Citrix XenServer.',
			notes:
				'A rough analogy, not a spec: blkback and netback are like the VSPs, blkfront and netfront like the VSCs, event channels like SynIC events.'
		},
		microkernelized: {
			title: 'Hyper-V, side by side',
			text: "Hyper-V's read takes the same shape as Xen's: the child's VSC, a VMBus signal through the hypervisor, the root's VSP and the root's ordinary driver. A thin hypervisor, drivers in the root, guests in children: that is the big picture.",
			notes:
				'Compare the totals under the columns: ESX crosses one boundary, Xen and Hyper-V two, because their drivers live in a partition and not in the hypervisor.'
		}
	},
	questions: {
		'where-drivers': {
			prompt: 'In Hyper-V, where does the driver for the physical disk run?',
			options: {
				'root-partition': "In the root partition's Windows kernel",
				hypervisor: 'In the hypervisor',
				'each-child': 'In every child partition that uses the disk'
			},
			explanation:
				'Hyper-V is microkernelized: device drivers, third-party ones included, stay in the root partition. The hypervisor holds no driver code.'
		},
		'monolithic-example': {
			prompt:
				'Which of these is the usual example of a monolithic hypervisor, with drivers inside the hypervisor?',
			options: { esx: 'Classic VMware ESX' },
			explanation:
				'In classic ESX the VMkernel holds the device drivers and storage and network stacks, as secondary sources describe it. Hyper-V and Xen leave drivers to a privileged partition or domain.'
		},
		'xen-counterpart': {
			prompt: "What in Xen plays the role of Hyper-V's root partition?",
			options: {
				dom0: 'Domain 0 (dom0), the privileged domain',
				domu: 'An unprivileged domain (domU)'
			},
			explanation:
				"Dom0 holds the drivers and backs the other domains' virtual devices, as the root does in Hyper-V. It belongs to Xen in general, not only to XenServer."
		},
		'root-crash': {
			prompt: 'The root partition crashes. What happens to the running child partitions?',
			options: {
				'all-children-down': 'They all go down with it',
				'children-keep-running': 'They keep running, because the hypervisor is still there',
				'hypervisor-restarts-root': 'The hypervisor restarts the root while they wait'
			},
			explanation:
				'The VSPs, worker processes and physical drivers all live in the root, so without it no child can go on.'
		},
		'who-creates': {
			prompt:
				'In Windows Server 2008, which partition can have the hypervisor create a child partition?',
			options: {
				root: 'Only the root partition',
				'any-child': 'Any child with administrator rights',
				'first-child': 'The first child that was started'
			},
			explanation:
				'HvCallCreatePartition needs the CreatePartitions privilege. The root has every privilege; children in 2008 never had this one.'
		},
		'after-vid': {
			prompt: 'VID has the request to build the partition. Click where it goes next.',
			explanation:
				"Through WinHv the root calls HvCallCreatePartition, and the hypervisor's partition manager creates the partition."
		},
		'root-driver': {
			prompt: "A child's disk read has reached the root's storage stack. Click where it goes next.",
			explanation:
				"The root's own disk driver: drivers live in the root, not in the hypervisor or the child."
		}
	}
};

export default narration;
