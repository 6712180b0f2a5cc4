import { describe, expect, it } from 'vitest';
import { locales } from '$lib/paraglide/runtime';
import type { AnyStateNode } from 'xstate';
import { machines } from '$lib/model/machines';
import type { HopMeta } from '$lib/model/hop';
import { loadArchitectureText } from './text';
import { isSourceKey } from './sources';
import {
	componentIds,
	components,
	getComponent,
	isComponentId,
	linkIds,
	links,
	partitionIds
} from './topology';
import { boxes, routes } from '$lib/diagram/layout';

describe('topology', () => {
	it('lists every component id exactly once, each with a known partition and source', () => {
		expect(components.map((c) => c.id).sort()).toEqual([...componentIds].sort());
		for (const c of components) {
			expect(partitionIds).toContain(c.partition);
			expect(c.sources.length, c.id).toBeGreaterThan(0);
			expect(c.sources.every(isSourceKey), c.id).toBe(true);
		}
	});

	it('nests boxes only inside boxes of the same partition', () => {
		for (const c of components.filter((c) => c.parent)) {
			expect(getComponent(c.parent!).partition, c.id).toBe(c.partition);
		}
	});

	it('has no dangling links and no duplicates', () => {
		expect(links.map((l) => l.id).sort()).toEqual([...linkIds].sort());
		for (const link of links) {
			expect(isComponentId(link.from), `${link.id} from`).toBe(true);
			expect(isComponentId(link.to), `${link.id} to`).toBe(true);
		}
	});

	it('joins VMBus only between the root and a child, never child to child', () => {
		for (const link of links.filter((l) => l.kind === 'vmbus')) {
			const ends = [getComponent(link.from).partition, getComponent(link.to).partition];
			expect(ends, link.id).toContain('root');
			expect(
				ends.filter((p) => p === 'root'),
				link.id
			).toHaveLength(1);
		}
	});

	it('gives the unenlightened child no VMBus, VSC or hypervisor library', () => {
		const legacy = components.filter((c) => c.partition === 'legacy').map((c) => c.id);
		expect(legacy.some((id) => /vmbus|vsc|hv$|winhv/.test(id))).toBe(false);
	});

	it('has a box and a route for everything it draws', () => {
		for (const id of componentIds) expect(boxes[id], id).toBeDefined();
		for (const id of linkIds) expect(routes[id], id).toBeDefined();
	});
});

describe('architecture text', () => {
	it.each(locales)('describes every partition, mode and component in %s', async (locale) => {
		const text = await loadArchitectureText(locale);
		for (const p of partitionIds) expect(text.partitions[p]?.trim(), p).toBeTruthy();
		for (const id of componentIds) {
			expect(text.components[id]?.label.trim(), id).toBeTruthy();
			expect(text.components[id]?.description.trim().length, id).toBeGreaterThan(60);
		}
	});

	it('differs between languages (a copied file is not a translation)', async () => {
		const [en, nl] = await Promise.all(locales.map(loadArchitectureText));
		const same = componentIds.filter(
			(id) => en!.components[id].description === nl!.components[id].description
		);
		expect(same).toEqual([]);
	});
});

describe('machine meta', () => {
	it.each(Object.entries(machines))(
		'%s names only components that exist, each hop with a source',
		(_, machine) => {
			const walk = (node: AnyStateNode): HopMeta['hop'][] => [
				...((node.meta as HopMeta | undefined)?.hop ? [(node.meta as HopMeta).hop] : []),
				...Object.values(node.states).flatMap(walk)
			];
			const hops = walk(machine.root);
			expect(hops.length).toBeGreaterThan(0);
			for (const hop of hops) {
				expect(componentIds, JSON.stringify(hop)).toContain(hop.node);
				expect(hop.sources.length).toBeGreaterThan(0);
				expect(hop.sources.every(isSourceKey)).toBe(true);
			}
		}
	);
});
