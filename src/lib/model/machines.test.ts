import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { stateDescriptions } from './descriptions';
import { machineIds } from './machine-ids';
import { descriptors, inputSchemas, machines } from './machines';

describe('the machine registry, read from the machine folders', () => {
	it('names the same machines as the light list of ids pages use', () => {
		expect(Object.keys(descriptors).sort()).toEqual([...machineIds].sort());
		expect(Object.keys(machines).sort()).toEqual([...machineIds].sort());
	});

	it.each(machineIds)('%s: its sample inputs are inputs its schema accepts', (id) => {
		const { samples } = descriptors[id];
		expect(samples.length).toBeGreaterThan(0);
		for (const input of samples)
			expect(v.is(inputSchemas[id], input), JSON.stringify(input)).toBe(true);
	});

	// Explore's statechart shows each state's description beside it: a state without one is a bare name there.
	// The descriptions live in the machine folder's descriptions.ts (by state path), loaded with the statechart.
	it.each(machineIds)('%s: every state says what it stands for, in its descriptions.ts', (id) => {
		const descriptions = stateDescriptions[id] ?? {};
		const bare: string[] = [];
		const walk = (node: AnyStateNode) => {
			for (const child of Object.values(node.states)) {
				if (!descriptions[child.path.join('.')]?.trim()) bare.push(child.path.join('.'));
				walk(child);
			}
		};
		walk(machines[id].root);
		expect(bare).toEqual([]);
	});

	it.each(machineIds)('%s: describes no state it does not have (a renamed state)', (id) => {
		const paths = new Set<string>();
		const walk = (node: AnyStateNode) => {
			for (const child of Object.values(node.states)) {
				paths.add(child.path.join('.'));
				walk(child);
			}
		};
		walk(machines[id].root);
		expect(Object.keys(stateDescriptions[id] ?? {}).filter((path) => !paths.has(path))).toEqual([]);
	});

	it('refuses an input a machine does not take', () => {
		expect(v.is(inputSchemas.diskRead, { guest: 'enlightend' })).toBe(false);
		expect(v.is(inputSchemas.lifecycle, {})).toBe(false);
	});
});
