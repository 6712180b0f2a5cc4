import { describe, expect, it } from 'vitest';
import { isSourceKey } from '$lib/architecture/sources';
import { checkLimits, limitFields, type LimitField, type LimitRowId } from './limits';

/** The largest WS2008 VM the fact sheet allows (§10.2): every input exactly at its limit. */
const largest: Record<LimitField, unknown> = {
	vcpus: 4,
	memoryMb: 64 * 1024,
	ideDevices: 4,
	scsiControllers: 4,
	scsiDisks: 256,
	syntheticNics: 8,
	legacyNics: 4,
	snapshots: 50
};

const check = (over: Partial<Record<LimitField, unknown>> = {}) =>
	checkLimits({ ...largest, ...over });
const rowOf = (report: ReturnType<typeof checkLimits>, id: LimitRowId) => {
	const found = report.rows.find((r) => r.row === id);
	if (!found) throw new Error(`no row ${id}`);
	return found;
};

describe('a VM against the WS2008 limits (facts §10.2)', () => {
	it('accepts the largest VM: 4 vCPUs, 64 GB, 2 × 2 IDE, 4 × 64 SCSI, 8 + 4 NICs, 50 snapshots', () => {
		const r = check();
		expect(r.errors).toEqual([]);
		expect(r.over).toBe(0);
		expect(r.rows.map((row) => [row.row, row.value, row.limit])).toEqual([
			['vcpus', 4, 4],
			['memoryMb', 65536, 65536],
			['ideDevices', 4, 4],
			['scsiControllers', 4, 4],
			['scsiDisks', 256, 256],
			['syntheticNics', 8, 8],
			['legacyNics', 4, 4],
			['nics', 12, 12],
			['snapshots', 50, 50]
		]);
	});

	it("sets the 2008 article's figure beside the real one only where they differ (facts §11)", () => {
		const r = check();
		// NICs: "max 4" against 12; SCSI: 255 a controller (pre-release) against 64; snapshots: 10 against 50.
		expect(rowOf(r, 'nics').article?.value).toBe(4);
		expect(rowOf(r, 'scsiDisks').article?.value).toBe(4 * 255);
		expect(rowOf(r, 'scsiDisks').article?.sources).toContain('S14');
		expect(rowOf(r, 'snapshots').article?.value).toBe(10);
		// vCPUs, memory and IDE: the article was right, so there is nothing to set beside them.
		for (const id of ['vcpus', 'memoryMb', 'ideDevices', 'syntheticNics'] as const)
			expect(rowOf(r, id).article, id).toBeUndefined();
	});

	it("finds 6 NICs within the real limit although over the article's 4", () => {
		const row = rowOf(check({ syntheticNics: 4, legacyNics: 2 }), 'nics');
		expect(row).toMatchObject({ value: 6, limit: 12, over: false, article: { value: 4 } });
	});

	it('counts 64 SCSI disks on each controller the VM has: 255 on one is over, 100 on two is not', () => {
		const one = rowOf(check({ scsiControllers: 1, scsiDisks: 255 }), 'scsiDisks');
		expect(one).toMatchObject({ limit: 64, over: true, article: { value: 255 } });
		const two = rowOf(check({ scsiControllers: 2, scsiDisks: 100 }), 'scsiDisks');
		expect(two).toMatchObject({ limit: 128, over: false, article: { value: 510 } });
		// A fifth controller is over its own limit; the disks still count against the 4 there can be.
		const six = check({ scsiControllers: 6, scsiDisks: 257 });
		expect(rowOf(six, 'scsiControllers')).toMatchObject({ limit: 4, over: true });
		expect(rowOf(six, 'scsiDisks')).toMatchObject({ limit: 256, over: true });
	});

	it('says a SCSI disk needs a SCSI controller, and a VM with no IDE device has nothing to boot from', () => {
		const r = check({ scsiControllers: 0, scsiDisks: 1, ideDevices: 0 });
		expect(rowOf(r, 'scsiDisks')).toMatchObject({
			limit: 0,
			over: true,
			note: 'scsi-needs-controller'
		});
		// No SCSI disks and no controller: nothing wrong, and no article figure (0 × 255 = 0 × 64).
		expect(rowOf(check({ scsiControllers: 0, scsiDisks: 0 }), 'scsiDisks')).toMatchObject({
			over: false
		});
		expect(rowOf(check({ scsiControllers: 0, scsiDisks: 0 }), 'scsiDisks').article).toBeUndefined();
		expect(rowOf(r, 'ideDevices')).toMatchObject({ over: false, note: 'no-ide-boot' });
	});

	it('finds each over-limit value, with the real limit', () => {
		const r = check({ vcpus: 8, memoryMb: 65537, ideDevices: 5, syntheticNics: 9, snapshots: 51 });
		expect(r.over).toBe(6); // the five, and the NIC total (13 > 12)
		expect(rowOf(r, 'vcpus')).toMatchObject({ limit: 4, over: true, sources: ['S10'] });
		expect(rowOf(r, 'memoryMb')).toMatchObject({ limit: 65536, over: true });
		expect(rowOf(r, 'ideDevices')).toMatchObject({ limit: 4, over: true });
		// The 8 + 4 split is [M] in the fact sheet.
		expect(rowOf(r, 'syntheticNics')).toMatchObject({ limit: 8, over: true, estimate: true });
		expect(rowOf(r, 'snapshots')).toMatchObject({ limit: 50, over: true });
	});

	it('cites real source keys on every row', () => {
		for (const row of check().rows)
			for (const key of [...row.sources, ...(row.article?.sources ?? [])])
				expect(isSourceKey(key), `${row.row}: ${key}`).toBe(true);
	});
});

describe('input that cannot be checked', () => {
	it('says which input is wrong and how, and still checks the others', () => {
		const r = check({ vcpus: 0, memoryMb: NaN, scsiDisks: -1, legacyNics: 2.5, snapshots: '' });
		expect(r.errors.map((e) => [e.field, e.problem])).toEqual([
			['vcpus', 'too-small'],
			['memoryMb', 'not-a-number'],
			['scsiDisks', 'too-small'],
			['legacyNics', 'not-whole'],
			['snapshots', 'not-a-number']
		]);
		expect(r.checks.vcpus).toMatchObject({ ok: false, min: 1 });
		expect(r.checks.ideDevices).toMatchObject({ ok: true, value: { row: 'ideDevices', value: 4 } });
		// The NIC total needs both counts.
		expect(r.rows.map((row) => row.row)).toEqual([
			'ideDevices',
			'scsiControllers',
			'syntheticNics'
		]);
	});

	it('refuses absurd values: a count above 1000, a VM above the 1 TB a host supports', () => {
		const r = check({ vcpus: 1e6, memoryMb: 2 * 1024 * 1024, snapshots: Infinity });
		expect(r.checks.vcpus).toMatchObject({ problem: 'too-large', max: 1000 });
		expect(r.checks.memoryMb).toMatchObject({ problem: 'too-large', max: 1024 * 1024 });
		expect(r.checks.snapshots).toMatchObject({ problem: 'too-large' });
	});

	it('gives finite numbers in every row for every input it accepts', () => {
		for (const value of [0, 1, 3, 64, 1000]) {
			const r = checkLimits(
				Object.fromEntries(limitFields.map((f) => [f, value])) as Record<LimitField, unknown>
			);
			for (const row of r.rows) {
				expect(Number.isFinite(row.value) && Number.isFinite(row.limit)).toBe(true);
				if (row.article) expect(Number.isFinite(row.article.value)).toBe(true);
			}
		}
	});
});
