import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { inputSchemas } from '$lib/model/machines';
import { callCodes, privilegeNames } from '$lib/model/hypercall/codes';
import { hex64 } from '$lib/model/hypercall/input-value';
import {
	bitNumbers,
	bitRows,
	defaultWorkbenchConfig,
	fromMachineInput,
	groupBits,
	inputValueOf,
	issue,
	parseHexInput,
	parseWhole,
	parseWorkbenchConfig,
	toMachineInput,
	withCallCode,
	withCaller,
	withPrivilege,
	workbenchFromParams,
	workbenchToParams,
	type WorkbenchConfig
} from './workbench';

const signalEvent = defaultWorkbenchConfig();
const createPartition: WorkbenchConfig = {
	...signalEvent,
	call: { callCode: 0x0040, fast: false, repCount: 0, repStartIndex: 0 }
};
const asRoot = (config: WorkbenchConfig) => withCaller(config, 'root');

describe('workbench config', () => {
	it('starts with HvCallSignalEvent as a fast call from a child with what VMBus needs', () => {
		expect(hex64(inputValueOf(signalEvent))).toBe('0x000000000001005D');
		expect(signalEvent.privileges).toEqual(['PostMessages', 'SignalEvents']);
		expect(parseWorkbenchConfig(signalEvent)).toEqual(signalEvent);
	});

	it('gives the root every privilege when the caller switches, and a child the VMBus two', () => {
		expect(asRoot(signalEvent).privileges).toEqual([...privilegeNames]);
		expect(withCaller(asRoot(signalEvent), 'child').privileges).toEqual([
			'PostMessages',
			'SignalEvents'
		]);
	});

	it('keeps privileges in the TLFS order, once each', () => {
		let config = withPrivilege(signalEvent, 'CreatePartitions', true);
		config = withPrivilege(config, 'CreatePartitions', true);
		expect(config.privileges).toEqual(['CreatePartitions', 'PostMessages', 'SignalEvents']);
		expect(withPrivilege(config, 'PostMessages', false).privileges).toEqual([
			'CreatePartitions',
			'SignalEvents'
		]);
	});

	it('fits the rep fields and the fast bit to a call chosen from the list', () => {
		const rep = withCallCode(signalEvent, 0x0051);
		expect(rep.call).toEqual({ callCode: 0x51, fast: false, repCount: 25, repStartIndex: 0 });
		const again = withCallCode(
			{ ...rep, call: { ...rep.call, repCount: 9, repStartIndex: 4 } },
			0x4b
		);
		expect(again.call).toEqual({ callCode: 0x4b, fast: false, repCount: 9, repStartIndex: 4 });
		expect(withCallCode(again, 0x0040).call).toEqual(createPartition.call);
		expect(withCallCode(signalEvent, 0x0008).call.fast).toBe(true);
		// An unknown code keeps what the reader set.
		expect(withCallCode(again, 0x7777).call).toEqual({ ...again.call, callCode: 0x7777 });
	});

	it('refuses what is not a config', () => {
		expect(parseWorkbenchConfig({ ...signalEvent, caller: 'hypervisor' })).toBeUndefined();
		expect(parseWorkbenchConfig({ ...signalEvent, privileges: ['Everything'] })).toBeUndefined();
		expect(
			parseWorkbenchConfig({ ...signalEvent, call: { ...signalEvent.call, repCount: 4096 } })
		).toBeUndefined();
		expect(parseWorkbenchConfig({ ...signalEvent, repsPerCall: 0 })).toBeUndefined();
		expect(parseWorkbenchConfig({ ...signalEvent, extra: 1 })).toBeUndefined();
	});

	it('becomes exactly the input the hypercall machine takes, and back', () => {
		const input = toMachineInput(signalEvent);
		expect(v.parse(inputSchemas.hypercall, input)).toEqual(input);
		expect(input).toEqual({
			caller: 'child',
			privileges: ['PostMessages', 'SignalEvents'],
			call: { callCode: 0x5d, fast: true, repCount: 0, repStartIndex: 0 },
			aligned: true,
			repsPerCall: 20
		});
		expect(fromMachineInput(input)).toEqual(signalEvent);
		expect(fromMachineInput({ ...input, reservedBits: true })).toBeUndefined();
		expect(fromMachineInput({ caller: 'root', privileges: [], call: signalEvent.call })).toEqual({
			...signalEvent,
			caller: 'root',
			privileges: [],
			repsPerCall: 0xfff
		});
	});
});

describe('the input value, bit by bit', () => {
	it('lays out every field from bit 63 down, reserved ranges included', () => {
		const rows = bitRows(0x000000000001005dn);
		expect(rows.map((r) => [r.field, r.high, r.low])).toEqual([
			['reserved', 63, 60],
			['repStartIndex', 59, 48],
			['reserved', 47, 44],
			['repCount', 43, 32],
			['reserved', 31, 17],
			['fast', 16, 16],
			['callCode', 15, 0]
		]);
		expect(rows.reduce((bits, r) => bits + r.bits, '')).toHaveLength(64);
		expect(rows.find((r) => r.field === 'callCode')).toMatchObject({
			bits: '0000000001011101',
			value: 0x5d
		});
		expect(rows.find((r) => r.field === 'fast')).toMatchObject({ bits: '1', value: 1 });
	});

	it('reads the TLFS continuation example back out of its fields', () => {
		const rows = bitRows(0x0014001900000051n);
		expect(rows.find((r) => r.field === 'repCount')?.value).toBe(25);
		expect(rows.find((r) => r.field === 'repStartIndex')?.value).toBe(20);
	});

	it('groups bits in fours from the low end', () => {
		expect(groupBits('0000000001011101')).toBe('0000 0000 0101 1101');
		expect(groupBits('111111111111111')).toBe('111 1111 1111 1111');
		expect(groupBits('1')).toBe('1');
	});

	it('names the bits of a mask, highest first', () => {
		expect(bitNumbers((1n << 63n) | (1n << 20n))).toEqual([63, 20]);
		expect(bitNumbers(0n)).toEqual([]);
	});
});

describe('what the reader types', () => {
	it('decodes hex, with or without 0x and debugger separators', () => {
		for (const text of [
			'0x0014001900000051',
			'14001900000051',
			'00140019`00000051',
			' 0X0014_0019_0000_0051 '
		]) {
			expect(parseHexInput(text)).toEqual({
				ok: true,
				value: 0x0014001900000051n,
				call: { callCode: 0x51, fast: false, repCount: 25, repStartIndex: 20 }
			});
		}
	});

	it('says what is wrong, and refuses set reserved bits', () => {
		expect(parseHexInput('')).toEqual({ ok: false, problem: 'empty' });
		expect(parseHexInput('0x')).toEqual({ ok: false, problem: 'empty' });
		expect(parseHexInput('0x5G')).toEqual({ ok: false, problem: 'syntax' });
		expect(parseHexInput('-5')).toEqual({ ok: false, problem: 'syntax' });
		expect(parseHexInput('0x10000000000000000')).toEqual({ ok: false, problem: 'too-long' });
		expect(parseHexInput('0x00000000000000005D').ok).toBe(true);
		expect(parseHexInput('0x8000000000100000')).toEqual({
			ok: false,
			problem: 'reserved',
			bits: [63, 20]
		});
	});

	it('takes whole numbers in range only', () => {
		expect(parseWhole('25', 0, 4095)).toEqual({ ok: true, value: 25 });
		expect(parseWhole(' ', 0, 4095)).toEqual({ ok: false, problem: 'empty' });
		expect(parseWhole('2.5', 0, 4095)).toEqual({ ok: false, problem: 'not-whole' });
		expect(parseWhole('1e3', 0, 4095)).toEqual({ ok: false, problem: 'not-whole' });
		expect(parseWhole('4096', 0, 4095)).toEqual({ ok: false, problem: 'range' });
		expect(parseWhole('-1', 0, 4095)).toEqual({ ok: false, problem: 'range' });
	});
});

describe('issuing a call', () => {
	it('lets a VMBus child signal an event in one execution', () => {
		const outcome = issue(signalEvent);
		expect(outcome).toMatchObject({
			status: 'SUCCESS',
			statusCode: 0,
			repsCompleted: 0,
			continued: false,
			checks: { code: true, input: true, privilege: true, alignment: true }
		});
		expect(outcome.executions).toEqual([{ inputValue: 0x000000000001005dn, firstRep: 0, reps: 0 }]);
	});

	it('denies a child HvCallCreatePartition, and says which check failed', () => {
		const outcome = issue(createPartition);
		expect(outcome).toMatchObject({
			status: 'ACCESS_DENIED',
			statusCode: 6,
			resultValue: 6n,
			privilege: 'CreatePartitions',
			checks: { code: true, input: true, privilege: false, alignment: undefined }
		});
		expect(issue(asRoot(createPartition)).status).toBe('SUCCESS');
	});

	it('answers a misaligned memory-based call with INVALID_ALIGNMENT, but not a fast one', () => {
		const outcome = issue({ ...asRoot(createPartition), aligned: false });
		expect(outcome.status).toBe('INVALID_ALIGNMENT');
		expect(outcome.statusCode).toBe(4);
		expect(outcome.checks).toEqual({ code: true, input: true, privilege: true, alignment: false });
		expect(issue({ ...signalEvent, aligned: false }).status).toBe('SUCCESS');
	});

	it('answers an unknown code and a simple call with reps with their own status', () => {
		const unknown = issue({ ...signalEvent, call: { ...signalEvent.call, callCode: 0x7777 } });
		expect(unknown.status).toBe('INVALID_HYPERCALL_CODE');
		expect(unknown.checks).toEqual({
			code: false,
			input: undefined,
			privilege: undefined,
			alignment: undefined
		});
		expect(issue({ ...signalEvent, call: { ...signalEvent.call, repCount: 3 } }).status).toBe(
			'INVALID_HYPERCALL_INPUT'
		);
	});

	it('continues a long rep call, and shows each execution with its rep start index', () => {
		const outcome = issue({
			...asRoot(signalEvent),
			call: { callCode: 0x0051, fast: false, repCount: 25, repStartIndex: 0 },
			repsPerCall: 20
		});
		expect(outcome).toMatchObject({ status: 'SUCCESS', repsCompleted: 25, continued: true });
		expect(hex64(outcome.resultValue)).toBe('0x0000001900000000');
		expect(outcome.executions.map((e) => [hex64(e.inputValue), e.firstRep, e.reps])).toEqual([
			['0x0000001900000051', 0, 20],
			['0x0014001900000051', 20, 5]
		]);
	});

	it('runs every listed call code for the root to a status', () => {
		for (const { code, kind } of callCodes) {
			const repCount = kind === 'rep' ? 3 : 0;
			const outcome = issue({
				...asRoot(signalEvent),
				call: { callCode: code, fast: false, repCount, repStartIndex: 0 }
			});
			expect(outcome.status, code.toString(16)).toBe('SUCCESS');
			expect(outcome.repsCompleted).toBe(repCount);
		}
	});
});

describe('the workbench in the URL', () => {
	it('survives a round trip, with the input value as hex', () => {
		const config: WorkbenchConfig = {
			call: { callCode: 0x004b, fast: false, repCount: 25, repStartIndex: 0 },
			caller: 'root',
			privileges: ['CreatePartitions', 'AccessMemoryPool'],
			aligned: false,
			repsPerCall: 7
		};
		const params = workbenchToParams(config);
		expect(params.toString()).toBe(
			'call=0x000000190000004B&caller=root&privileges=CreatePartitions.AccessMemoryPool&aligned=no&repsPerCall=7'
		);
		expect(workbenchFromParams(params)).toEqual({ config, ignored: [] });
		const none = workbenchToParams({ ...signalEvent, privileges: [] });
		expect(workbenchFromParams(none).config).toEqual({ ...signalEvent, privileges: [] });
	});

	it('falls back to defaults for what it cannot use, and says what it ignored', () => {
		const { config, ignored } = workbenchFromParams(
			new URLSearchParams(
				'call=0x8000000000000040&caller=root&privileges=Root.All&aligned=maybe&repsPerCall=0'
			)
		);
		expect(config).toEqual(asRoot(signalEvent));
		expect(ignored.map((i) => i.param)).toEqual(['call', 'privileges', 'aligned', 'repsPerCall']);
	});

	it('gives a caller named in the URL its default privileges unless the URL lists them', () => {
		expect(workbenchFromParams(new URLSearchParams('caller=root')).config.privileges).toEqual([
			...privilegeNames
		]);
	});
});
