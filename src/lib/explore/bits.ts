/**
 * The hypercall input value field by field, and hex for status codes: plain functions with no machine behind
 * them, so the lesson's register panel can show RCX bit by bit without loading the workbench's machines.
 */

export type BitField = 'reserved' | 'repStartIndex' | 'repCount' | 'fast' | 'callCode';

export interface BitRow {
	field: BitField;
	/** The highest and lowest bit of the field (equal for one bit). */
	high: number;
	low: number;
	/** The field's bits, most significant first, e.g. "0000000001011101". */
	bits: string;
	value: number;
}

/** The fields from bit 63 down; reserved ranges as in the 2008 R2 TLFS (RESERVED_MASK). */
const layout: readonly (readonly [BitField, number, number])[] = [
	['reserved', 63, 60],
	['repStartIndex', 59, 48],
	['reserved', 47, 44],
	['repCount', 43, 32],
	['reserved', 31, 17],
	['fast', 16, 16],
	['callCode', 15, 0]
];

export function bitRows(value: bigint): BitRow[] {
	return layout.map(([field, high, low]) => {
		const width = high - low + 1;
		const n = (value >> BigInt(low)) & ((1n << BigInt(width)) - 1n);
		return { field, high, low, bits: n.toString(2).padStart(width, '0'), value: Number(n) };
	});
}

/** Bits in groups of four counted from the low end, as a datasheet prints them: "111 1111 0000 0001". */
export const groupBits = (bits: string): string =>
	bits
		.replace(/(?=(?:[01]{4})+$)/g, ' ')
		.trim()
		.replace(/\s+/g, ' ');

/** The numbers of the bits set in a mask, highest first. */
export function bitNumbers(mask: bigint): number[] {
	const set: number[] = [];
	for (let bit = 63; bit >= 0; bit--) if ((mask >> BigInt(bit)) & 1n) set.push(bit);
	return set;
}

/** A status code as four hex digits: 0x0006. */
export const hex16 = (value: number) => `0x${value.toString(16).toUpperCase().padStart(4, '0')}`;
