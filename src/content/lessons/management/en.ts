import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Managing Hyper-V: from a click to hypercalls',
	summary:
		'Start, pause, snapshot, save, restore and stop a VM, and see which management tool, service, driver and hypercall does each part: WMI, VMMS, the worker process, VID and the hypervisor.',
	objectives: [
		'Trace a start request: Hyper-V Manager or SCVMM, WMI, VMMS, VMWP, VID, root-only hypercalls.',
		'Place Server Manager, Server Core (ocsetup), Hyper-V Manager, SCVMM 2008 and Operations Manager in the picture.',
		'Explain AzMan role-based access, VSS live backup and why WSRM is not the tool for VM resources.',
		'Say what P2V and V2V did in VMM 2008.',
		'Correct the 2008 article on editions and licensing, WSRM and SCVMM.'
	],
	steps: {
		role: {
			title: 'The role is added',
			text: 'Server Manager adds the Hyper-V role on a full installation; Server Core has no Server Manager, so there start /w ocsetup Microsoft-Hyper-V does it. After a restart the hypervisor runs below Windows, and VMMS (vmms.exe) in the root tracks every VM.',
			correction:
				'The 2008 article offers Hyper-V in 32-bit and 64-bit editions of Standard, Enterprise and Datacenter. Only the x64 editions run it; the management tools also run on x86.',
			notes:
				'After ocsetup, Server Core is managed remotely (Hyper-V Manager, SCVMM, WMI scripts). The free Hyper-V Server 2008 (October 2008) is Server Core with only this role. Licences, as reported in 2008: Standard covered one Windows Server guest besides the host, Enterprise four, Datacenter any number, Hyper-V Server none.'
		},
		'hyper-v-manager': {
			title: 'Hyper-V Manager asks through WMI',
			text: 'Hyper-V Manager, an MMC console that can also manage remote hosts, sends Start as a WMI call. SCVMM and scripts use the same WMI interface, which VMMS provides.',
			notes:
				'Ask why Server Core needs no local console: WMI works over the network, so any of these tools can manage it from elsewhere.'
		},
		azman: {
			title: 'AzMan decides, VMMS starts a worker',
			text: "VMMS first checks the caller's roles in Authorization Manager (AzMan), so a user may be allowed to start one VM but not to change others. Then it starts one worker process, vmwp.exe, for this VM.",
			notes:
				'The 2008 article is right that Hyper-V uses AzMan for role-based access. Ask who in your organisation would get a "VM operator" role.'
		},
		vid: {
			title: 'Down to VID',
			text: "The worker process asks VID, the Virtualization Infrastructure Driver in the root kernel, to build the partition. VID is the root's link to the hypervisor, through WinHv.",
			notes: 'Point at the user/kernel boundary: VMMS and VMWP are user mode, VID is kernel mode.'
		},
		'create-partition': {
			title: 'HvCallCreatePartition',
			text: 'VID calls HvCallCreatePartition (0x0040), which only a partition holding the CreatePartitions privilege may do: in 2008, only the root. The exact order of the setup calls here is our estimate.',
			notes: 'The hypercall counter starts: one.'
		},
		deposit: {
			title: 'The root pays in memory',
			text: "The root deposits memory with the hypervisor (HvCallDepositMemory, 0x0048) for the new partition's own structures. The hypervisor keeps no large pool of its own.",
			notes: "Ask: whose memory does the hypervisor use for a new VM? (The root's.)"
		},
		'set-up': {
			title: 'Memory, processors, intercepts',
			text: "In the model, four more calls: initialize the partition, map the guest's memory (HvCallMapGpaPages), create its virtual processors (HvCallCreateVp) and install intercepts for the emulated devices' ports.",
			notes: "Six root-only hypercalls so far, all made on the VM's behalf by the root."
		},
		run: {
			title: 'Running, on the hypervisor scheduler',
			text: "The VM runs: from now on the hypervisor's scheduler runs its virtual processors, not Windows in the root. So WSRM in the root cannot cap a VM's processor use; Hyper-V's own per-VM reserve, limit and weight do.",
			correction:
				'The 2008 article lists WSRM for managing CPU, disk and network. WSRM governs only processes inside the root, not the virtual processors the hypervisor schedules.',
			notes: "The per-VM reserve, limit and relative weight are set in the VM's processor settings."
		},
		pause: {
			title: 'Pause',
			text: 'Pause: the hypervisor stops running the virtual processors, but the partition and its memory stay, and the worker process keeps its state. Resuming is instant.',
			notes: 'The worker-process counter stays at one: a paused VM still has its vmwp.exe.'
		},
		monitoring: {
			title: 'Resumed, and watched',
			text: 'The VM runs again. Meanwhile Operations Manager 2007, with its virtualization management pack, watches the health of hosts and VMs, and VMM 2008 can act on its alerts (PRO).',
			notes:
				'Inside the guest, the heartbeat integration service tells the host the OS is still alive; monitoring builds on such signals.'
		},
		snapshot: {
			title: 'A snapshot while it runs',
			text: "A snapshot from Hyper-V Manager: VMMS adds an .avhd to the VM's disk chain while it keeps running. That gives a point to go back to, not a backup: it sits on the same storage.",
			notes: 'The snapshot counter: one. The snapshots lesson follows the .avhd files in detail.'
		},
		save: {
			title: 'Save, and a word on backup',
			text: 'Save: the worker writes memory and device state to disk and exits, and the partition is deleted. A live backup needs no such stop: the host uses VSS, and the Backup integration service in the guest freezes its applications.',
			notes:
				'Deleting the partition is one more hypercall (HvCallDeletePartition): seven now. The 2008 article is right about live VSS backups of running VMs; they depend on the Backup (VSS) integration service in the guest.'
		},
		restore: {
			title: 'Restore: a new worker',
			text: 'Starting the saved VM restores it: the request goes through WMI again, and VMMS starts a new worker process that will read the saved state back.',
			notes: 'The worker-process counter is back to one.'
		},
		rebuild: {
			title: 'The partition, built again',
			text: 'The partition is built again with the same root-only hypercalls, and the guest carries on where it was saved. It never noticed the gap.',
			notes:
				'Thirteen hypercalls now: six to build, one to delete on the save, six to build again. Restoring costs a full partition setup.'
		},
		stop: {
			title: 'Turn off',
			text: "Turn off: the partition is deleted (HvCallDeletePartition) and the worker process exits. What remains is VMMS's record of the VM and its files.",
			notes:
				'Compare the counters with the start: no worker, no partition, fourteen hypercalls in all, the last one the delete.'
		},
		scvmm: {
			title: 'SCVMM 2008 moves a clustered VM',
			text: 'SCVMM 2008 manages many hosts from one console and can move a VM within a cluster. On Windows Server 2008 that is a Quick Migration: save, move the LUN to the other node, restore.',
			correction:
				'The 2008 article says coming SCVMM releases would manage Hyper-V, Citrix XenServer and VMware ESX. VMM 2008 (October 2008) managed Hyper-V, Virtual Server and VMware through VirtualCenter; XenServer came only with System Center 2012.',
			notes:
				'A fresh run of the migration model: the same save and restore as before, with the cluster moving the disk in between.'
		},
		p2v: {
			title: 'P2V: a physical server becomes a VM',
			text: 'VMM 2008 converts a physical Windows server online: a VSS shadow copy keeps its volumes consistent while it serves, the copy becomes a .vhd on the host, and a VM is defined around it. Offline P2V restarts the source into Windows PE instead, the only way for Windows 2000 Server and the reliable one for FAT volumes.',
			correction:
				'The 2008 article lists P2V and V2V under SCVMM 2007, which it rightly says worked only with Virtual Server, so those conversions made Virtual Server VMs. Converting into Hyper-V VMs came with VMM 2008 in October 2008.',
			notes:
				'Offline P2V ends by restarting the source into its own operating system, so neither kind changes the source. That the .vhd is written before the VM is defined is our estimate of the order.'
		},
		v2v: {
			title: 'V2V: from VMware to Hyper-V',
			text: "V2V works from a VMware VM's files in the VMM library: the .vmx configuration and its .vmdk disks, each converted into a .vhd. What VMMS holds at the end is an ordinary Hyper-V VM that is off.",
			notes:
				'VMM 2007 converted VMware VMs into Virtual Server VMs only; VMM 2008 added Hyper-V as the target. A 2008 book reports that the VMware VM is turned off for it: files are converted, not a running machine.'
		}
	},
	questions: {
		editions: {
			prompt: 'On which Windows Server 2008 editions could you add the Hyper-V role?',
			options: {
				'x64-editions': 'The x64 editions of Standard, Enterprise and Datacenter',
				'x86-and-x64': 'Both the 32-bit and the 64-bit editions',
				'datacenter-only': 'Only Datacenter',
				'hyper-v-server-only': 'Only the separate Hyper-V Server'
			},
			explanation:
				'x64 only; just the management tools run on x86. Editions without Hyper-V cost about $28 less, as reported at the time, and the free Hyper-V Server 2008 followed in October 2008.'
		},
		azman: {
			prompt: 'Who checks whether a user may start a particular VM?',
			options: {
				'vmms-azman': 'VMMS, against its Authorization Manager (AzMan) roles',
				hypervisor: 'The hypervisor',
				vid: 'VID, in the root kernel',
				guest: 'The guest operating system'
			},
			explanation:
				"Management requests arrive at VMMS through WMI, and VMMS checks them against its AzMan roles. The hypervisor only sees the root's hypercalls."
		},
		'hop-worker': {
			prompt: 'VMMS has accepted the Start request. Where does it go next?',
			explanation:
				'To the worker process: VMMS starts one vmwp.exe for this VM, which drives the rest of the setup.'
		},
		'hop-create': {
			prompt:
				'VID is about to create the partition. Which part of the hypervisor handles the call?',
			explanation:
				'Its partition manager: HvCallCreatePartition (0x0040) creates the new partition, and only the root may call it.'
		},
		scheduler: {
			prompt: "Who schedules a running VM's virtual processors?",
			options: {
				hypervisor: 'The hypervisor',
				'root-windows': 'Windows in the root partition',
				vmwp: "The VM's worker process"
			},
			explanation:
				"The hypervisor schedules every virtual processor. That is why WSRM in the root is not the tool to limit a VM; Hyper-V's own reserve, limit and weight are."
		},
		backup: {
			prompt: 'How does the host back up a running Windows VM consistently?',
			options: {
				'vss-integration':
					"With VSS, while the Backup integration service freezes the guest's applications",
				'pause-and-copy': 'Pause it and copy the .vhd',
				snapshot: 'Take a snapshot: that is the backup',
				'not-possible': 'It cannot: shut the VM down first'
			},
			explanation:
				'The Backup (VSS) integration service was one of the five in Windows Server 2008. A snapshot is no backup: it lives on the same storage as the VM.'
		},
		licensing: {
			prompt:
				'How many Windows Server guests did one Windows Server 2008 licence on the host cover, as reported in 2008?',
			options: {
				'one-four-unlimited':
					'Standard one, Enterprise four, Datacenter unlimited, per licensed host',
				'none-included': 'None: every guest needed its own licence, whatever the edition',
				'unlimited-all': 'Unlimited with any edition that runs Hyper-V',
				'hyper-v-server-four': 'Four with the free Hyper-V Server 2008'
			},
			explanation:
				'Reported at the time: a Standard licence allowed one virtual instance besides the host, Enterprise four and Datacenter as many as the host could run, whichever hypervisor ran them. The free Hyper-V Server 2008 licensed no guests at all; each needed its own licence.'
		},
		scvmm: {
			prompt: 'What could System Center Virtual Machine Manager 2008 manage?',
			options: {
				'hyperv-vs-vmware': 'Hyper-V, Virtual Server and VMware (through VirtualCenter)',
				'hyperv-xenserver-esx': 'Hyper-V, Citrix XenServer and VMware ESX',
				'hyperv-only': 'Only Hyper-V',
				'virtual-server-only': 'Only Virtual Server'
			},
			explanation:
				'VMM 2008 (October 2008) managed Hyper-V, Virtual Server and VMware. XenServer support came only with System Center 2012 VMM, despite what the 2008 article expected.'
		}
	}
};

export default narration;
