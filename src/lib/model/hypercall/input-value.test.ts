import { describe, expect, it } from 'vitest';
import {
	decodeInput,
	decodeResult,
	encodeInput,
	encodeResult,
	hex64,
	RESERVED_MASK
} from './input-value';

describe('hypercall input value', () => {
	it('puts each field in its bits', () => {
		// HvCallSignalEvent as a fast call: code 0x005D, bit 16.
		expect(hex64(encodeInput({ callCode: 0x5d, fast: true, repCount: 0, repStartIndex: 0 }))).toBe(
			'0x000000000001005D'
		);
		// The TLFS continuation example: a rep call of 25 elements resuming at element 20.
		const value = encodeInput({ callCode: 0x0051, fast: false, repCount: 25, repStartIndex: 20 });
		expect(hex64(value)).toBe('0x0014001900000051');
	});

	it('decodes what it encodes', () => {
		for (const input of [
			{ callCode: 0x0040, fast: false, repCount: 0, repStartIndex: 0 },
			{ callCode: 0x004b, fast: false, repCount: 0xfff, repStartIndex: 0xfff },
			{ callCode: 0xffff, fast: true, repCount: 1, repStartIndex: 0 }
		]) {
			expect(decodeInput(encodeInput(input))).toEqual({ ...input, reservedBits: 0n });
		}
	});

	it('reports reserved bits that are set', () => {
		expect(decodeInput(1n << 20n).reservedBits).toBe(1n << 20n);
		expect(decodeInput(1n << 63n).reservedBits).toBe(1n << 63n);
		expect(decodeInput(1n << 45n).reservedBits).toBe(1n << 45n);
		// The fields themselves are not reserved.
		expect(
			encodeInput({ callCode: 0xffff, fast: true, repCount: 0xfff, repStartIndex: 0xfff }) &
				RESERVED_MASK
		).toBe(0n);
	});

	it('refuses values the fields cannot hold', () => {
		expect(() =>
			encodeInput({ callCode: 0x10000, fast: false, repCount: 0, repStartIndex: 0 })
		).toThrow(/call code/);
		expect(() =>
			encodeInput({ callCode: 2, fast: false, repCount: 4096, repStartIndex: 0 })
		).toThrow(/rep count/);
		expect(() => encodeInput({ callCode: 2, fast: false, repCount: 1, repStartIndex: -1 })).toThrow(
			/rep start/
		);
		expect(() => decodeInput(1n << 64n)).toThrow(/64 bits/);
	});
});

describe('hypercall result value', () => {
	it('carries the status and the reps completed', () => {
		const result = encodeResult(0x0006, 0);
		expect(decodeResult(result)).toEqual({ status: 6, repsCompleted: 0 });
		expect(hex64(encodeResult(0, 20))).toBe('0x0000001400000000');
	});
});
