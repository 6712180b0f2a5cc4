import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Sizing host memory: how many VMs fit?',
	summary:
		"Start VMs one by one on an 8 GB host and watch its memory fill up: the root's reserve, each VM's memory and its overhead. Then run the 2008 article's formula on the same host and see where it is too optimistic.",
	objectives: [
		'Follow a VM start to the two places its memory is taken: VID for the VM itself, the hypervisor for its overhead.',
		'Work out host memory with the 2008 formula and with the planning rule, and explain the difference.',
		'Tell the planning rule (a VM that does not fit the plan) from what WS2008 enforces (no root reserve at all).',
		'Know the WS2008 limits behind a sizing: 64 GB per VM, 1 TB per host, 12 network adapters per VM.'
	],
	steps: {
		host: {
			title: 'An 8 GB host, before any VM',
			text: 'This host has 8 GB of memory, and by our estimate the root partition should keep about 2 GB of it for Windows and the virtualization stack. That leaves 6144 MB for VMs.',
			notes:
				'Point at the memory box and the reserved and free counters. Ask the class what the root needs memory for: Windows itself, VMMS, one worker process per VM, drivers, the VSPs.'
		},
		start: {
			title: 'VMMS gets the start',
			text: "Someone starts the first VM, a 2 GB guest, in Hyper-V Manager. The request reaches VMMS, the management service in the root's user mode.",
			notes: 'Nothing is reserved yet: asking for a start costs no memory.'
		},
		worker: {
			title: 'A worker process for the VM',
			text: 'VMMS starts a worker process, vmwp.exe, one for each running VM. Before the VM can run, its worker has to find memory for it.',
			notes:
				'The worker process itself also uses memory in the root, one more reason the root needs more than the bare Windows minimum.'
		},
		vid: {
			title: 'VID hands out the memory',
			text: "The worker asks VID, the virtualization driver in the root's kernel, for the VM's 2 GB. It fits, so 2048 MB move from free to reserved.",
			notes:
				'Before revealing, ask where the worker turns for memory. That VID is where the model decides whether a VM fits is our reading of its role, not a documented detail.'
		},
		deposit: {
			title: 'The overhead goes to the hypervisor',
			text: "The root deposits memory with the hypervisor for the new partition's own structures. The common planning rule puts a VM's whole overhead at about 32 MB for the first GB plus 8 MB per further GB: 40 MB here, an estimate.",
			correction:
				"The 2008 article says every VM costs a flat 32 MB on top of its memory. In fact the overhead grows with the VM's size: the often-quoted rule is 32 MB for the first GB plus 8 MB for each further GB, though no Microsoft source for it was found.",
			notes:
				"The deposit itself is documented (HvCallDepositMemory); the size of the overhead is not. The rule's figure covers all of a VM's overhead: its worker process, VID's bookkeeping, the shadow page tables and this deposit. The model books it all here, which simplifies."
		},
		running: {
			title: 'The first VM runs',
			text: 'The VM starts with 2088 MB taken in all: 2048 for its memory and 40 of overhead. Of the 8 GB, 4056 MB are still free.',
			notes:
				'WS2008 had no SLAT: the hypervisor kept shadow page tables for each VM, and they grow with what the guest does. Another reason to plan more than the bare sum.'
		},
		second: {
			title: 'A second 2 GB VM',
			text: 'The second VM takes the same path and the same 2088 MB. Now only 1968 MB are free.',
			notes: 'Ask the class: will a third 2 GB VM fit? Let them do the sum before going on.'
		},
		third: {
			title: 'A third start',
			text: 'A third 2 GB VM is started, and VMMS gives it a worker process as before. It needs 2048 MB plus 40 MB of overhead.',
			notes:
				'Point at the free counter: still 1968 MB, and nothing has been checked yet, because the worker process starts first. Ask the class which box will turn the VM down.'
		},
		refused: {
			title: 'It does not fit the plan',
			text: 'By the planning rule the third VM does not fit: 1968 MB are left against the 2088 MB it needs. WS2008 itself enforces no root reserve, so this is the plan saying no, to keep the root its 2 GB.',
			notes:
				'The 2 GB root reserve is a planning figure from one 2008 report, not a limit Hyper-V checks. The first release could not move memory between running VMs; Dynamic Memory came with R2 SP1. Ask: which VM would you make smaller?'
		},
		'article-host': {
			title: 'The same host, by the 2008 article',
			text: "Now the same host by the 2008 article's formula, where the root keeps only 512 MB. That leaves 7680 MB for VMs.",
			correction:
				'The 2008 article says the root partition needs 512 MB. In fact 512 MB is the least Windows Server 2008 runs on, not a planning figure: Microsoft itself kept about 2 GB for the root in its early deployments, by our estimate from a 2008 report.',
			notes: 'Compare the counters with step 1: 1536 MB more for VMs, on paper.'
		},
		'article-first': {
			title: 'One VM, 32 MB flat',
			text: "By the article's sum the first 2 GB VM costs 2048 MB plus a flat 32 MB. That leaves 5600 MB free.",
			notes:
				'Compare with the first run: there this VM took 2088 MB, here 2080, so for a 2 GB VM the two overhead rules differ by only 8 MB. The gap in free memory, 5600 against 4056 MB, comes almost entirely from the root reserve.'
		},
		'article-all': {
			title: 'All three fit, on paper',
			text: 'The second and third VMs start as well, and 1440 MB are left over. On paper the host has room to spare; by the planning rule the third start was refused.',
			correction:
				"The 2008 article's formula, 512 MB for the root plus each VM's memory plus 32 MB per VM, says three 2 GB VMs fit in 8 GB with room to spare. With a realistic root reserve and an overhead that grows with VM size, the planning rule (an estimate) leaves no room for the third VM; WS2008 itself would still start it.",
			notes:
				'The difference is 1560 MB: 1536 from the root reserve, 24 from the overhead. The root reserve is by far the bigger error.'
		},
		'big-vm': {
			title: "A 4 GB VM's overhead",
			text: 'One 4 GB VM by the planning rule: 32 MB for its first GB and 8 MB for each of the other three. The deposit is 56 MB, an estimate, against the flat 32 of the 2008 article.',
			notes: 'Let the class work out a 64 GB VM, the WS2008 maximum: 32 + 63 × 8 = 536 MB.'
		},
		'big-vm-runs': {
			title: 'It runs',
			text: 'The VM runs with 4152 MB taken in all. Of the 8 GB, 1992 MB stay free.',
			notes:
				'Compare with the two 2 GB VMs of the first run: the same 4 GB of guest memory, but 56 MB of overhead instead of 80, because every VM pays 32 MB for its first GB. That is the estimated planning rule at work, not a measurement.'
		},
		'article-example': {
			title: "The article's own example",
			text: "The article's example, one 256 MB VM beside a 512 MB root, needs exactly 800 MB by either rule. Small VMs hide the difference; bigger VMs and a real root reserve show it.",
			notes:
				'This is why the formula looked right in 2008: its one worked example is the case where both rules agree. The calculator lets you try other sizes.'
		}
	},
	questions: {
		'root-reserve': {
			prompt:
				'How much memory did Microsoft keep for the root partition in its own early Hyper-V deployments?',
			options: {
				'about-512-mb': 'About 512 MB',
				'about-2-gb': 'About 2 GB',
				'about-32-mb': 'About 32 MB',
				'all-free-memory': 'All memory not given to VMs'
			},
			explanation:
				"About 2 GB, by our estimate from a 2008 report. 512 MB is the least Windows Server 2008 needs, which the 2008 article's formula used as if it were a planning figure."
		},
		'overhead-4gb': {
			prompt: 'By the often-quoted planning rule, how much overhead does a 4 GB VM cost the host?',
			explanation:
				'32 MB for the first GB plus 8 MB for each of the other three: 56 MB. The rule is an estimate without a Microsoft source; the 2008 article used a flat 32 MB for every VM.'
		},
		'hop-memory': {
			prompt: "A new VM's worker process asks for the VM's memory. Which box hands it out?",
			explanation:
				"VID, the Virtualization Infrastructure Driver in the root's kernel, provides memory management for partitions. The worker process in user mode asks it."
		},
		'hop-deposit': {
			prompt: 'VID has taken the VM memory. Where does the memory for the partition itself go?',
			explanation:
				"To the hypervisor's partition manager: the root deposits memory with the hypervisor for the partition's own structures. The sizing rules estimate that deposit together with the rest of a VM's overhead: its worker process, VID and shadow page tables."
		},
		'no-room': {
			prompt:
				"A WS2008 host really has too little free memory left for the next VM's RAM. What happens?",
			options: {
				'start-refused': 'The start fails: not enough memory',
				'guest-paged': "The hypervisor pages part of the guest's memory to disk",
				'others-shrink': 'The running VMs give some of their memory back'
			},
			explanation:
				'The start fails and the VM stays off. The first Hyper-V release gave each VM its full memory for as long as it ran; Dynamic Memory came only with R2 SP1. A root reserve, by contrast, is only a planning figure: WS2008 does not enforce one.'
		},
		'vm-memory': {
			prompt: 'How much memory could one VM have in Windows Server 2008 Hyper-V?',
			explanation:
				'64 GB per VM, as the 2008 article also says. A VM could have at most 4 virtual processors.'
		},
		'host-memory': {
			prompt: 'How much memory did Hyper-V support in a host at its first release?',
			explanation:
				"1 TB, by our estimate (Standard edition was limited to 32 GB by the OS). The 2008 article's 2 TB seems to be the limit of the Windows edition, not of Hyper-V."
		},
		nics: {
			prompt: 'How many network adapters could one WS2008 VM have?',
			explanation:
				'12: 8 synthetic and 4 legacy (emulated) adapters, by the usual wording of the limits table. The 2008 article says at most 4.'
		}
	}
};

export default narration;
