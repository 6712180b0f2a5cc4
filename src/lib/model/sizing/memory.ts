/**
 * How much memory a Windows Server 2008 Hyper-V host needs for its VMs (facts §10.3), and the host and VM limits
 * of that release (facts §10.1, §10.2). Pure arithmetic: no machine, no UI, no locale.
 *
 * Two rules are set side by side:
 * - the 2008 article's formula: 512 MB for the root, plus each VM's RAM, plus a flat 32 MB per VM (S31);
 * - the planning rule of the fact sheet: about 2 GB for the root, as Microsoft's own early deployments kept
 *   (S42, [M]), and a per-VM overhead of about 32 MB for the first GB of VM RAM plus about 8 MB for each further
 *   GB. That overhead rule is quoted by third-party planning articles; no primary Microsoft source was found for
 *   it ([L]/[M]), so every figure of this rule is marked as an estimate.
 *
 * Inputs come from people (the calculator) as well as from code, so every checked function takes `unknown`
 * and answers with a typed error rather than NaN or a throw.
 */
import type { SourceKey } from '$lib/architecture/sources';

/** A figure from the fact sheet, with what it rests on. */
export interface Figure {
	value: number;
	sources: readonly SourceKey[];
	/** True for [M]/[L] in the fact sheet: a reasoned estimate, not a documented fact. */
	estimate: boolean;
}

const fact = (value: number, sources: SourceKey[], estimate = false): Figure => ({
	value,
	sources,
	estimate
});

export const MB_PER_GB = 1024;

// ---------------------------------------------------------------------------------------------------------
// Limits (facts §10.1, §10.2)

/** The releases the fact sheet gives figures for: WS2008 RTM, RTM with update KB956710, and 2008 R2. */
export type Release = 'ws2008' | 'ws2008Kb956710' | 'r2';

export interface Limit {
	unit: 'MB' | 'GB' | 'count';
	/** Windows Server 2008 with the first Hyper-V release (RTM, June 2008). */
	ws2008: Figure;
	/** RTM after update KB956710 (late 2008), where the update raised it. */
	ws2008Kb956710?: Figure;
	/** Windows Server 2008 R2, where the fact sheet gives it. */
	r2?: Figure;
	/** What the 2008 article says, where it says anything. */
	article2008?: Figure;
}

/** Limits of a host running Hyper-V (facts §10.1). */
export const hostLimits = {
	logicalProcessors: {
		unit: 'count',
		ws2008: fact(16, ['S11']),
		ws2008Kb956710: fact(24, ['S11'], true),
		// R2's 64 were announced as four times the first release's.
		r2: fact(64, ['S11']),
		article2008: fact(16, ['S31'])
	},
	// The fact sheet rates these [M] without naming a source; S10 is the WS2008 limits page they belong to.
	runningVms: {
		unit: 'count',
		ws2008: fact(128, ['S10'], true),
		ws2008Kb956710: fact(192, ['S10'], true)
	},
	virtualProcessorsPerLogicalProcessor: { unit: 'count', ws2008: fact(8, ['S10'], true) },
	// 1 TB supported (S28 is weak and secondary); the article's 2 TB seems to be the OS edition's limit.
	memoryMb: {
		unit: 'MB',
		ws2008: fact(1024 * MB_PER_GB, ['S28'], true),
		article2008: fact(2 * 1024 * MB_PER_GB, ['S31'])
	},
	clusterNodes: { unit: 'count', ws2008: fact(16, ['S12']), article2008: fact(16, ['S31']) }
} as const satisfies Record<string, Limit>;

/** Limits of one virtual machine (facts §10.2). */
export const vmLimits = {
	virtualProcessors: { unit: 'count', ws2008: fact(4, ['S10']), article2008: fact(4, ['S31']) },
	memoryMb: {
		unit: 'MB',
		ws2008: fact(64 * MB_PER_GB, ['S10']),
		article2008: fact(64 * MB_PER_GB, ['S31'])
	},
	networkAdapters: { unit: 'count', ws2008: fact(12, ['S10']), article2008: fact(4, ['S31']) },
	// The 8 + 4 split is the standard wording of the limits table, not seen in the retrieved excerpt ([M]).
	syntheticNetworkAdapters: { unit: 'count', ws2008: fact(8, ['S10'], true) },
	legacyNetworkAdapters: { unit: 'count', ws2008: fact(4, ['S10'], true) },
	ideControllers: { unit: 'count', ws2008: fact(2, ['S10']) },
	ideDevicesPerController: { unit: 'count', ws2008: fact(2, ['S10']) },
	/** Two IDE controllers with two devices each (DVD drives count); the boot disk must be one of them (S15). */
	ideDisks: { unit: 'count', ws2008: fact(4, ['S10']), article2008: fact(4, ['S31']) },
	scsiControllers: { unit: 'count', ws2008: fact(4, ['S10']) },
	scsiDisksPerController: {
		unit: 'count',
		ws2008: fact(64, ['S10', 'S12b']),
		// A pre-release figure (S14).
		article2008: fact(255, ['S31', 'S14'])
	},
	scsiDisks: { unit: 'count', ws2008: fact(256, ['S10', 'S12b']) },
	/** IDE and SCSI disks together: 4 + 256, added up here. */
	disks: { unit: 'count', ws2008: fact(260, ['S10']) },
	snapshots: {
		unit: 'count',
		ws2008: fact(50, ['S10']),
		r2: fact(50, ['S40']),
		article2008: fact(10, ['S31'])
	},
	vhdSizeGb: { unit: 'GB', ws2008: fact(2040, ['S10']) }
} as const satisfies Record<string, Limit>;

// ---------------------------------------------------------------------------------------------------------
// Sizing rules (facts §10.3)

export const sizingRules = ['article2008', 'planning'] as const;
export type SizingRule = (typeof sizingRules)[number];

/** The 2008 article's formula (S31): root 512 MB, plus VM RAM, plus 32 MB per VM whatever its size. */
export const article2008Rule = {
	rootMb: fact(512, ['S31']),
	overheadPerVmMb: fact(32, ['S31'])
} as const;

/**
 * The planning rule of the fact sheet (§10.3): the root keeps about 2 GB (S42, [M]); per VM about 32 MB for its
 * first GB plus about 8 MB for each further GB ([L]/[M], no primary source). A started GB counts as a whole one:
 * that rounding is our reading of the rule, on the safe side.
 */
export const planningRule = {
	rootMb: fact(2048, ['S42'], true),
	overheadFirstGbMb: fact(32, ['S42'], true),
	overheadPerFurtherGbMb: fact(8, ['S42'], true)
} as const;

/** Whether a rule's figures are estimates: the planning rule's are, the article's are quoted as it wrote them. */
export const ruleIsEstimate: Record<SizingRule, boolean> = {
	article2008: false,
	planning: true
};

/** The memory each rule sets aside for the root partition. */
export function rootReserveMb(rule: SizingRule): number {
	return rule === 'article2008' ? article2008Rule.rootMb.value : planningRule.rootMb.value;
}

// ---------------------------------------------------------------------------------------------------------
// Checked input

export type SizingField = 'hostMb' | 'vmMb' | 'vmCount' | 'rootMb';
export type SizingProblem = 'not-a-number' | 'not-whole' | 'too-small' | 'too-large';

/** Why an input cannot be sized, with the range it must be in. Never NaN, never a throw. */
export interface SizingError {
	ok: false;
	field: SizingField;
	problem: SizingProblem;
	min: number;
	max: number;
}

export type Sized<T> = { ok: true; value: T } | SizingError;

interface Range {
	min: number;
	max: number;
	whole: boolean;
}

/**
 * What each input may be. Above the largest WS2008 figure an input is absurd for this release: host memory above
 * the supported 1 TB, a VM above 64 GB, more VMs than the 192 a host may run after KB956710.
 */
export const inputRanges: Record<Exclude<SizingField, 'rootMb'>, Range> = {
	hostMb: { min: 1, max: hostLimits.memoryMb.ws2008.value, whole: false },
	vmMb: { min: 1, max: vmLimits.memoryMb.ws2008.value, whole: false },
	vmCount: { min: 0, max: hostLimits.runningVms.ws2008Kb956710.value, whole: true }
};

function check(field: SizingField, value: unknown, range: Range): Sized<number> {
	const error = (problem: SizingProblem): SizingError => ({
		ok: false,
		field,
		problem,
		min: range.min,
		max: range.max
	});
	if (typeof value !== 'number' || Number.isNaN(value)) return error('not-a-number');
	if (value < range.min) return error('too-small');
	if (value > range.max) return error('too-large');
	if (range.whole && !Number.isInteger(value)) return error('not-whole');
	return { ok: true, value };
}

// ---------------------------------------------------------------------------------------------------------
// Calculations

/** Per-VM overhead of a checked VM size under a rule, in MB. */
function overheadOf(vmMb: number, rule: SizingRule): number {
	if (rule === 'article2008') return article2008Rule.overheadPerVmMb.value;
	const furtherGb = Math.max(0, Math.ceil((vmMb - MB_PER_GB) / MB_PER_GB));
	return (
		planningRule.overheadFirstGbMb.value + furtherGb * planningRule.overheadPerFurtherGbMb.value
	);
}

/** The memory a VM costs the host on top of its own RAM: 32 MB flat (2008 article), or by the planning rule. */
export function vmOverheadMb(vmMb: unknown, rule: SizingRule): Sized<number> {
	const size = check('vmMb', vmMb, inputRanges.vmMb);
	return size.ok ? { ok: true, value: overheadOf(size.value, rule) } : size;
}

export interface HostSizing {
	rule: SizingRule;
	hostMb: number;
	rootMb: number;
	/** The VMs' own RAM, added up. */
	vmRamMb: number;
	/** The VMs' overhead, added up. */
	overheadMb: number;
	/** Root + VM RAM + overhead. */
	neededMb: number;
	/** Host memory minus what is needed; negative when the VMs do not all fit. */
	spareMb: number;
	fits: boolean;
	/** How many of the VMs start, in order, before the first that does not fit (all of them when they fit). */
	startable: number;
	/** True when the answer rests on estimated figures (the planning rule). */
	estimate: boolean;
}

export interface HostInput {
	hostMb: unknown;
	/** The memory of each VM, in the order they start. */
	vms: readonly unknown[];
	rule: SizingRule;
	/** The root's reserve; the rule's own when left out. */
	rootMb?: unknown;
}

/** What a host needs for the root and a list of VMs, under one rule. */
export function sizeHost({ hostMb, vms, rule, rootMb }: HostInput): Sized<HostSizing> {
	const host = check('hostMb', hostMb, inputRanges.hostMb);
	if (!host.ok) return host;
	const count = check('vmCount', vms.length, inputRanges.vmCount);
	if (!count.ok) return count;
	// A root reserve above the host's memory is no input error: nothing fits, and the sizing says so.
	const root = check('rootMb', rootMb ?? rootReserveMb(rule), { ...inputRanges.hostMb, min: 0 });
	if (!root.ok) return root;
	const sizes: number[] = [];
	for (const vm of vms) {
		const size = check('vmMb', vm, inputRanges.vmMb);
		if (!size.ok) return size;
		sizes.push(size.value);
	}
	let free = host.value - root.value;
	let startable = 0;
	let refused = false;
	let vmRamMb = 0;
	let overheadMb = 0;
	for (const size of sizes) {
		const overhead = overheadOf(size, rule);
		vmRamMb += size;
		overheadMb += overhead;
		// VMs start in order; the first that does not fit ends the run, as on a real host.
		if (!refused && size + overhead <= free) {
			free -= size + overhead;
			startable++;
		} else refused = true;
	}
	const neededMb = root.value + vmRamMb + overheadMb;
	return {
		ok: true,
		value: {
			rule,
			hostMb: host.value,
			rootMb: root.value,
			vmRamMb,
			overheadMb,
			neededMb,
			spareMb: host.value - neededMb,
			fits: neededMb <= host.value,
			startable,
			estimate: ruleIsEstimate[rule]
		}
	};
}

export interface SameVmsInput {
	hostMb: unknown;
	vmCount: unknown;
	vmMb: unknown;
}

export interface RuleComparison {
	article2008: HostSizing;
	planning: HostSizing;
	/** How much more the planning rule asks for than the 2008 formula, in MB. */
	differenceMb: number;
	/** The most VMs of this size each rule fits on the host, capped at the VMs a host may run. */
	mostVms: Record<SizingRule, number>;
}

/** The 2008 formula and the planning rule for `vmCount` VMs of `vmMb` each, on a host of `hostMb`. */
export function compareRules({ hostMb, vmCount, vmMb }: SameVmsInput): Sized<RuleComparison> {
	const host = check('hostMb', hostMb, inputRanges.hostMb);
	if (!host.ok) return host;
	const count = check('vmCount', vmCount, inputRanges.vmCount);
	if (!count.ok) return count;
	const size = check('vmMb', vmMb, inputRanges.vmMb);
	if (!size.ok) return size;
	const vms = Array.from({ length: count.value }, () => size.value);
	const article = sizeHost({ hostMb: host.value, vms, rule: 'article2008' });
	const planning = sizeHost({ hostMb: host.value, vms, rule: 'planning' });
	// Every input was checked above, so neither can fail; the checks keep the types honest.
	if (!article.ok) return article;
	if (!planning.ok) return planning;
	return {
		ok: true,
		value: {
			article2008: article.value,
			planning: planning.value,
			differenceMb: planning.value.neededMb - article.value.neededMb,
			mostVms: {
				article2008: mostVms(host.value, size.value, 'article2008'),
				planning: mostVms(host.value, size.value, 'planning')
			}
		}
	};
}

/** The most VMs of one (checked) size a host holds under a rule, never more than a host may run. */
function mostVms(hostMb: number, vmMb: number, rule: SizingRule): number {
	const free = hostMb - rootReserveMb(rule);
	if (free <= 0) return 0;
	return Math.min(Math.floor(free / (vmMb + overheadOf(vmMb, rule))), inputRanges.vmCount.max);
}
