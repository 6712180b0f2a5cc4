/**
 * The 64-bit hypercall input value (in RCX on x64) and the result value (in RAX), bit by bit (facts §6.3,
 * TLFS "Hypercall Inputs", S2a, S3 §4.7). BigInt, because a rep start index lives above bit 32.
 *
 *   15:0 call code · 16 fast · 26:17 variable header size (reserved in 2008 R2) · 30:27 reserved ·
 *   31 nested (later) · 43:32 rep count · 47:44 reserved · 59:48 rep start index · 63:60 reserved
 */
export interface InputValue {
	callCode: number;
	fast: boolean;
	repCount: number;
	repStartIndex: number;
}

const field = (value: bigint, low: number, width: number) =>
	Number((value >> BigInt(low)) & ((1n << BigInt(width)) - 1n));

/** The largest rep count and start index the 12-bit fields hold. */
export const MAX_REP = 0xfff;

/** Bits that must be zero in the 2008 R2 TLFS: 31:17, 47:44 and 63:60 (bits 26:17 and 31 came later). */
export const RESERVED_MASK = (0x7fffn << 17n) | (0xfn << 44n) | (0xfn << 60n);

export function encodeInput({ callCode, fast, repCount, repStartIndex }: InputValue): bigint {
	for (const [name, v, max] of [
		['call code', callCode, 0xffff],
		['rep count', repCount, MAX_REP],
		['rep start index', repStartIndex, MAX_REP]
	] as const) {
		if (!Number.isInteger(v) || v < 0 || v > max) {
			throw new RangeError(`${name} must be an integer from 0 to ${max}, not ${v}`);
		}
	}
	return (
		BigInt(callCode) |
		(fast ? 1n << 16n : 0n) |
		(BigInt(repCount) << 32n) |
		(BigInt(repStartIndex) << 48n)
	);
}

export interface DecodedInput extends InputValue {
	/** Set reserved bits: the hypervisor answers HV_STATUS_INVALID_HYPERCALL_INPUT. */
	reservedBits: bigint;
}

export function decodeInput(value: bigint): DecodedInput {
	if (value < 0n || value >= 1n << 64n) throw new RangeError('an input value has 64 bits');
	return {
		callCode: field(value, 0, 16),
		fast: field(value, 16, 1) === 1,
		repCount: field(value, 32, 12),
		repStartIndex: field(value, 48, 12),
		reservedBits: value & RESERVED_MASK
	};
}

/** The result value: status in bits 15:0, reps completed in bits 43:32. */
export function encodeResult(status: number, repsCompleted: number): bigint {
	return BigInt(status & 0xffff) | (BigInt(repsCompleted & MAX_REP) << 32n);
}

export function decodeResult(value: bigint): { status: number; repsCompleted: number } {
	return { status: field(value, 0, 16), repsCompleted: field(value, 32, 12) };
}

/** As a 64-bit hex literal, the way the TLFS and a debugger show it. */
export const hex64 = (value: bigint) => `0x${value.toString(16).toUpperCase().padStart(16, '0')}`;
