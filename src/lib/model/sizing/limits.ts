/**
 * One VM's configuration against the limits of Windows Server 2008 Hyper-V (facts §10.2), and against what the
 * 2008 article claimed where it claimed something else (facts §11: NICs, SCSI disks per controller, snapshots).
 * The figures are `vmLimits` in `memory.ts`; this checks a configuration a person types in, input by input, so
 * one wrong number does not hide the answer for the others.
 */
import type { SourceKey } from '$lib/architecture/sources';
import { checkNumber, type Checked, type InputError, type InputRange } from '../checked';
import { hostLimits, vmLimits, type Figure } from './memory';

export const limitFields = [
	'vcpus',
	'memoryMb',
	'ideDevices',
	'scsiControllers',
	'scsiDisks',
	'syntheticNics',
	'legacyNics',
	'snapshots'
] as const;
export type LimitField = (typeof limitFields)[number];

/** A table row: one per input, and the NICs added up, which is what the 2008 article gave a figure for. */
export type LimitRowId = LimitField | 'nics';
const nicsTotalAt = limitFields.indexOf('legacyNics') + 1;
/** The rows in order: the inputs', with the NICs' total right after the two kinds of NIC. */
export const limitRows: readonly LimitRowId[] = [
	...limitFields.slice(0, nicsTotalAt),
	'nics',
	...limitFields.slice(nicsTotalAt)
];

/**
 * Above this, a count is no VM configuration at all but a typing slip: a sanity bound of this checker, far above
 * every per-VM limit (the largest is 256 SCSI disks), not a Hyper-V figure.
 */
export const MAX_SANE_COUNT = 1000;

const count = (min: number): InputRange => ({ min, max: MAX_SANE_COUNT, whole: true });

export const limitRanges: Record<LimitField, InputRange> = {
	vcpus: count(1),
	// Over 64 GB is over the VM limit, and the table says so; over the 1 TB a host supports is no VM at all.
	memoryMb: { min: 1, max: hostLimits.memoryMb.ws2008.value },
	ideDevices: count(0),
	scsiControllers: count(0),
	scsiDisks: count(0),
	syntheticNics: count(0),
	legacyNics: count(0),
	snapshots: count(0)
};

export type LimitNote = 'no-ide-boot' | 'scsi-needs-controller';

export interface LimitRow {
	row: LimitRowId;
	value: number;
	/** The WS2008 limit that applies; for SCSI disks, 64 on each of the VM's controllers (at most 4). */
	limit: number;
	sources: readonly SourceKey[];
	/** True where the fact sheet rates the limit [M] (the 8 + 4 split of the NICs). */
	estimate: boolean;
	over: boolean;
	/** The 2008 article's figure for this row, only where it differs from the real limit. */
	article?: { value: number; sources: readonly SourceKey[] };
	note?: LimitNote;
}

export type LimitCheck = { ok: true; value: LimitRow } | InputError<LimitField>;

export interface LimitsReport {
	/** What each input came to: its row, or why it cannot be checked. */
	checks: Record<LimitField, LimitCheck>;
	/** The rows that could be checked, in table order, with the NIC total when both NIC counts are usable. */
	rows: LimitRow[];
	errors: InputError<LimitField>[];
	/** How many rows are over their limit. */
	over: number;
}

function row(
	id: LimitRowId,
	value: number,
	real: Figure,
	article?: Figure,
	limit = real.value,
	articleLimit = article?.value
): LimitRow {
	return {
		row: id,
		value,
		limit,
		sources: real.sources,
		estimate: real.estimate,
		over: value > limit,
		...(article && articleLimit !== undefined && articleLimit !== limit
			? { article: { value: articleLimit, sources: article.sources } }
			: {})
	};
}

/** Every input of one VM checked against the WS2008 limits; never NaN, never a throw. */
export function checkLimits(config: Record<LimitField, unknown>): LimitsReport {
	const checked = Object.fromEntries(
		limitFields.map((f) => [f, checkNumber(f, config[f], limitRanges[f])])
	) as Record<LimitField, Checked<number, LimitField>>;
	const ok = (f: LimitField) => {
		const c = checked[f];
		return c.ok ? c.value : undefined;
	};

	const built: Partial<Record<LimitRowId, LimitRow>> = {};
	const add = (f: LimitField, make: (value: number) => LimitRow) => {
		const value = ok(f);
		if (value !== undefined) built[f] = make(value);
	};

	add('vcpus', (v) =>
		row('vcpus', v, vmLimits.virtualProcessors.ws2008, vmLimits.virtualProcessors.article2008)
	);
	add('memoryMb', (v) =>
		row('memoryMb', v, vmLimits.memoryMb.ws2008, vmLimits.memoryMb.article2008)
	);
	add('ideDevices', (v) => ({
		...row('ideDevices', v, vmLimits.ideDisks.ws2008, vmLimits.ideDisks.article2008),
		// A generation 1 VM boots from IDE only (or PXE on a legacy NIC, or a floppy) (S15).
		...(v === 0 ? { note: 'no-ide-boot' as const } : {})
	}));
	add('scsiControllers', (v) => row('scsiControllers', v, vmLimits.scsiControllers.ws2008));

	// 64 disks on each controller the VM has, at most 4; the article's 255 a controller (pre-release, S14).
	const controllers = Math.min(
		ok('scsiControllers') ?? vmLimits.scsiControllers.ws2008.value,
		vmLimits.scsiControllers.ws2008.value
	);
	add('scsiDisks', (v) => ({
		...row(
			'scsiDisks',
			v,
			vmLimits.scsiDisks.ws2008,
			vmLimits.scsiDisksPerController.article2008,
			controllers * vmLimits.scsiDisksPerController.ws2008.value,
			controllers * vmLimits.scsiDisksPerController.article2008.value
		),
		...(v > 0 && controllers === 0 ? { note: 'scsi-needs-controller' as const } : {})
	}));
	add('syntheticNics', (v) => row('syntheticNics', v, vmLimits.syntheticNetworkAdapters.ws2008));
	add('legacyNics', (v) => row('legacyNics', v, vmLimits.legacyNetworkAdapters.ws2008));
	const synthetic = ok('syntheticNics');
	const legacy = ok('legacyNics');
	if (synthetic !== undefined && legacy !== undefined)
		built.nics = row(
			'nics',
			synthetic + legacy,
			vmLimits.networkAdapters.ws2008,
			vmLimits.networkAdapters.article2008
		);
	add('snapshots', (v) =>
		row('snapshots', v, vmLimits.snapshots.ws2008, vmLimits.snapshots.article2008)
	);

	const checks = Object.fromEntries(
		limitFields.map((f) => {
			const c = checked[f];
			const made = built[f];
			// Every usable input has its row (built above), so `made` is there whenever `c.ok`.
			return [f, c.ok && made ? { ok: true, value: made } : c];
		})
	) as Record<LimitField, LimitCheck>;
	const rows = limitRows.flatMap((id) => built[id] ?? []);
	return {
		checks,
		rows,
		errors: limitFields.flatMap((f) => {
			const c = checked[f];
			return c.ok ? [] : [c];
		}),
		over: rows.filter((r) => r.over).length
	};
}
