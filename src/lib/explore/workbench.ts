/**
 * The hypercall workbench of explore mode, without the view: its config (a call, the calling partition and
 * what it holds), the input value bit by bit, parsing what the reader types, and issuing the call on the
 * `hypercall` machine. The bit layout and encoding are `model/hypercall/input-value`; this only arranges them.
 */
import * as v from 'valibot';
import { playToEnd } from '$lib/model/run';
import { inputSchemas, machines } from '$lib/model/machines';
import {
	callCode,
	privilegeNames,
	rootPrivileges,
	statusCodes,
	type PrivilegeName,
	type StatusName
} from '$lib/model/hypercall/codes';
import type { HypercallContext, HypercallInput } from '$lib/model/hypercall/hypercall.machine';
import {
	decodeInput,
	encodeInput,
	encodeResult,
	hex64,
	MAX_REP,
	type InputValue
} from '$lib/model/hypercall/input-value';
import { bitNumbers } from './bits';

export type Caller = HypercallInput['caller'];
export const callers = ['root', 'child'] as const satisfies readonly Caller[];

/** A workbench setting; everything a link needs to reproduce a call. Reserved bits are never part of it. */
export const workbenchConfigSchema = v.strictObject({
	/** The input value's fields: call code, fast bit, rep count, rep start index. */
	call: inputSchemas.hypercall.entries.call,
	caller: inputSchemas.hypercall.entries.caller,
	privileges: inputSchemas.hypercall.entries.privileges,
	/** Whether the input and output blocks are 8-byte aligned within a page (memory-based calls). */
	aligned: v.boolean(),
	/** How many reps fit in one call's time budget. */
	repsPerCall: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_REP))
});
export type WorkbenchConfig = v.InferOutput<typeof workbenchConfigSchema>;

/**
 * A child with VMBus: the TLFS default gives a child none of the hypercall rights (`childDefaultPrivileges`),
 * but working VMBus guests show the virtualization stack grants these two (facts §6.5, an estimate).
 */
export const vmbusChildPrivileges: readonly PrivilegeName[] = ['PostMessages', 'SignalEvents'];

/** What a partition holds before the reader changes it: the root everything, a child what VMBus needs. */
export const defaultPrivileges = (caller: Caller): PrivilegeName[] => [
	...(caller === 'root' ? rootPrivileges : vmbusChildPrivileges)
];

/** The TLFS continuation example: 20 reps of 25 fit in the first call. */
export const defaultRepsPerCall = 20;

/** HvCallSignalEvent as a fast call from a child: what a VMBus driver does to nudge the root. */
export const defaultWorkbenchConfig = (): WorkbenchConfig => ({
	call: { callCode: 0x005d, fast: true, repCount: 0, repStartIndex: 0 },
	caller: 'child',
	privileges: defaultPrivileges('child'),
	aligned: true,
	repsPerCall: defaultRepsPerCall
});

/** A config from anything (a URL, storage), or undefined if it is not one. */
export function parseWorkbenchConfig(value: unknown): WorkbenchConfig | undefined {
	const parsed = v.safeParse(workbenchConfigSchema, value);
	return parsed.success ? parsed.output : undefined;
}

/** The caller switched: its privileges go back to that partition's defaults. */
export const withCaller = (config: WorkbenchConfig, caller: Caller): WorkbenchConfig => ({
	...config,
	caller,
	privileges: defaultPrivileges(caller)
});

/** One privilege on or off, the list kept in the TLFS order. */
export function withPrivilege(
	config: WorkbenchConfig,
	privilege: PrivilegeName,
	held: boolean
): WorkbenchConfig {
	const set = new Set(config.privileges);
	if (held) set.add(privilege);
	else set.delete(privilege);
	return { ...config, privileges: privilegeNames.filter((p) => set.has(p)) };
}

/**
 * Another call chosen from the list: the rep fields follow its kind (a simple call has none; a rep call
 * without reps gets the TLFS example's 25), and the fast bit stays only on a call that may be fast. Typed
 * values are taken as they are, so a reader can still build a malformed input on purpose.
 */
export function withCallCode(config: WorkbenchConfig, code: number): WorkbenchConfig {
	const definition = callCode(code);
	const call = { ...config.call, callCode: code };
	if (definition?.kind === 'simple') Object.assign(call, { repCount: 0, repStartIndex: 0 });
	if (definition?.kind === 'rep' && call.repCount === 0) call.repCount = 25;
	if (definition && !definition.fast) call.fast = false;
	return { ...config, call };
}

/** The `hypercall` machine's input for a config (checked by `inputSchemas.hypercall`). */
export const toMachineInput = (config: WorkbenchConfig): HypercallInput => ({
	caller: config.caller,
	privileges: [...config.privileges],
	call: { ...config.call },
	aligned: config.aligned,
	repsPerCall: config.repsPerCall
});

/**
 * A config for a machine input, e.g. a lesson's run opened in the workbench. Undefined when the input sets
 * reserved bits, which the workbench does not let a reader set.
 */
export function fromMachineInput(input: HypercallInput): WorkbenchConfig | undefined {
	if (input.reservedBits) return undefined;
	return parseWorkbenchConfig({
		call: { ...input.call },
		caller: input.caller,
		privileges: privilegeNames.filter((p) => input.privileges.includes(p)),
		aligned: input.aligned ?? true,
		repsPerCall: Math.min(input.repsPerCall ?? MAX_REP, MAX_REP)
	});
}

/** The 64-bit input value (RCX) a config puts together. */
export const inputValueOf = (config: WorkbenchConfig): bigint => encodeInput(config.call);

// The input value, field by field: bits.ts, which a lesson page can import without the machines.
export { bitNumbers, bitRows, groupBits, hex16, type BitField, type BitRow } from './bits';

// ---------------------------------------------------------------------------------------------------------
// What the reader types

export type HexProblem = 'empty' | 'syntax' | 'too-long' | 'reserved';
export type HexParse =
	| { ok: true; value: bigint; call: InputValue }
	| { ok: false; problem: Exclude<HexProblem, 'reserved'> }
	| { ok: false; problem: 'reserved'; bits: number[] };

/**
 * An input value as typed: hex digits with or without 0x, and the separators debuggers and the TLFS print
 * (WinDbg's backtick, underscores, spaces). Set reserved bits are refused: the config never holds them.
 */
export function parseHexInput(text: string): HexParse {
	const digits = text
		.trim()
		.replace(/^0x/i, '')
		.replace(/[`_\s]/g, '');
	if (digits === '') return { ok: false, problem: 'empty' };
	if (!/^[0-9a-f]+$/i.test(digits)) return { ok: false, problem: 'syntax' };
	const value = BigInt(`0x${digits}`);
	// Leading zeros beyond 16 digits are harmless; a seventeenth significant digit is not.
	if (value >= 1n << 64n) return { ok: false, problem: 'too-long' };
	const { reservedBits, ...call } = decodeInput(value);
	if (reservedBits !== 0n)
		return { ok: false, problem: 'reserved', bits: bitNumbers(reservedBits) };
	return { ok: true, value, call };
}

export type NumberProblem = 'empty' | 'not-whole' | 'range';
export type NumberParse = { ok: true; value: number } | { ok: false; problem: NumberProblem };

/** A whole number from min to max as typed in a field, or what is wrong with it (never NaN). */
export function parseWhole(text: string, min: number, max: number): NumberParse {
	const trimmed = text.trim();
	if (trimmed === '') return { ok: false, problem: 'empty' };
	if (!/^[+-]?\d+$/.test(trimmed)) return { ok: false, problem: 'not-whole' };
	const value = Number(trimmed);
	if (value < min || value > max) return { ok: false, problem: 'range' };
	return { ok: true, value };
}

// ---------------------------------------------------------------------------------------------------------
// Issuing the call

export type Check = 'code' | 'input' | 'privilege' | 'alignment';
export const checks = ['code', 'input', 'privilege', 'alignment'] as const satisfies Check[];

/** The hypervisor state each check leads to when it passes. */
const passedInto: Record<Check, string> = {
	code: 'validate',
	input: 'authorize',
	privilege: 'checkAlignment',
	alignment: 'execute'
};

/** One execution of the call instruction: the first, or a continuation. */
export interface Execution {
	/** The input value in RCX, with the rep start index where this execution begins. */
	inputValue: bigint;
	/** The rep it started at, and how many reps it did. */
	firstRep: number;
	reps: number;
}

export interface Outcome {
	status: StatusName;
	/** HV_STATUS, RAX bits 15:0. */
	statusCode: number;
	/** The whole result value in RAX: status and reps completed. */
	resultValue: bigint;
	repsCompleted: number;
	/** One, plus one per continuation. */
	executions: Execution[];
	/** Whether the hypervisor ran out of time and the caller executed the call again. */
	continued: boolean;
	/** The checks of the first execution: passed, failed, or not reached (undefined). */
	checks: Record<Check, boolean | undefined>;
	/** The privilege the call needs, for telling the reader what was missing. */
	privilege?: PrivilegeName;
}

/** The hypervisor's sub-state a snapshot is in, if it is in the hypervisor. */
const hypervisorState = (value: unknown): string | undefined =>
	typeof value === 'object' && value !== null && 'hypervisor' in value
		? String(value.hypervisor)
		: undefined;

/** Runs the call to its end on the `hypercall` machine, and reads what the caller gets back. */
export function issue(config: WorkbenchConfig): Outcome {
	const { snapshot, states } = playToEnd(machines.hypercall, toMachineInput(config));
	const context = snapshot.context as HypercallContext;
	// The machine always ends with a status; the fallback only keeps the type honest.
	const status = context.status ?? 'INVALID_HYPERCALL_INPUT';

	// Each execution enters the hypervisor at `exit`, with the rep start index it resumes from.
	const starts = states
		.filter((s) => hypervisorState(s.value) === 'exit')
		.map((s) => (s.context as HypercallContext).call);
	const executions = starts.map((call, i) => ({
		inputValue: encodeInput(call),
		firstRep: call.repStartIndex,
		reps: (starts[i + 1]?.repStartIndex ?? context.call.repStartIndex) - call.repStartIndex
	}));

	// The checks of the first execution; a continuation passes the same ones again.
	const entered = states.findIndex((s) => hypervisorState(s.value) !== undefined);
	const left = states.findIndex((s, i) => i > entered && hypervisorState(s.value) === undefined);
	const firstRun = new Set(
		states.slice(0, left < 0 ? undefined : left).map((s) => hypervisorState(s.value))
	);
	const rejected = firstRun.has('rejected');
	const result = {} as Record<Check, boolean | undefined>;
	let failed = false;
	for (const check of checks) {
		const passed = firstRun.has(passedInto[check]);
		result[check] = passed ? true : rejected && !failed ? false : undefined;
		if (!passed) failed = true;
	}

	return {
		status,
		statusCode: statusCodes[status],
		resultValue: encodeResult(statusCodes[status], context.repsCompleted),
		repsCompleted: context.repsCompleted,
		executions,
		continued: executions.length > 1,
		checks: result,
		privilege: callCode(config.call.callCode)?.privilege
	};
}

/** A status as the TLFS and a debugger name it: HV_STATUS_ACCESS_DENIED. */
export const statusLabel = (status: StatusName) => `HV_STATUS_${status}`;

// ---------------------------------------------------------------------------------------------------------
// In the URL

/** A URL parameter that was present but could not be used. */
export interface IgnoredParam {
	param: string;
	value: string;
}

/**
 * A config as URL parameters, e.g. `call=0x000000000001005D&caller=child&privileges=PostMessages.SignalEvents`;
 * `aligned` and `repsPerCall` only when they differ from the defaults.
 */
export function workbenchToParams(config: WorkbenchConfig): URLSearchParams {
	const params = new URLSearchParams({
		call: hex64(inputValueOf(config)),
		caller: config.caller,
		privileges: config.privileges.join('.')
	});
	if (!config.aligned) params.set('aligned', 'no');
	if (config.repsPerCall !== defaultRepsPerCall)
		params.set('repsPerCall', String(config.repsPerCall));
	return params;
}

/** A config from URL parameters: what does not parse falls back to its default and is reported. */
export function workbenchFromParams(params: URLSearchParams): {
	config: WorkbenchConfig;
	ignored: IgnoredParam[];
} {
	const config = defaultWorkbenchConfig();
	const ignored: IgnoredParam[] = [];
	const skip = (param: string, value: string) => ignored.push({ param, value });

	const caller = params.get('caller');
	if (caller !== null) {
		if ((callers as readonly string[]).includes(caller)) {
			Object.assign(config, withCaller(config, caller as Caller));
		} else skip('caller', caller);
	}
	const call = params.get('call');
	if (call !== null) {
		const parsed = parseHexInput(call);
		if (parsed.ok) config.call = parsed.call;
		else skip('call', call);
	}
	const privileges = params.get('privileges');
	if (privileges !== null) {
		const names = privileges === '' ? [] : privileges.split('.');
		const known = names.every((n) => (privilegeNames as readonly string[]).includes(n));
		if (known) config.privileges = privilegeNames.filter((p) => names.includes(p));
		else skip('privileges', privileges);
	}
	const aligned = params.get('aligned');
	if (aligned !== null) {
		if (aligned === 'no' || aligned === 'yes') config.aligned = aligned === 'yes';
		else skip('aligned', aligned);
	}
	const budget = params.get('repsPerCall');
	if (budget !== null) {
		const parsed = parseWhole(budget, 1, MAX_REP);
		if (parsed.ok) config.repsPerCall = parsed.value;
		else skip('repsPerCall', budget);
	}
	return { config, ignored };
}

/** The parameter names the workbench reads, so a page can tell its own apart. */
export const workbenchParams = ['call', 'caller', 'privileges', 'aligned', 'repsPerCall'] as const;
