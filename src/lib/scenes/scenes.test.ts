import { describe, expect, it } from 'vitest';
import { sceneIds as catalogSceneIds } from './ids';
import { drawnSceneIds, sceneComponentIds, type DrawnSceneId } from './ids';
import { checkLayout } from './schema';
import { sceneComponent, sceneLayouts } from './layouts';
import { presenceOf } from './presence';
import { sceneTravel, sceneTravels, tokenPath } from './travel';
import { labelLines, labelRect, restPoint, type SceneLayout } from './layout';
import { clusterBar, clusterBarLabel } from './cluster';
import { fill } from './text';
import type { BootView, ClusterView, DesignsView, MemoryView, VhdView } from './views';
import en from '../../content/scenes/en';
import nl from '../../content/scenes/nl';
import { lessons, getLesson } from '$lib/lessons/catalog';
import { framesOf, scenesOf } from '$lib/lessons/frames';

const componentIds: Record<DrawnSceneId, readonly string[]> = sceneComponentIds;

describe('scene layouts', () => {
	it.each(drawnSceneIds)(
		'%s is valid: every id once, routes between its boxes, boxes in frames',
		(id) => {
			expect(checkLayout(sceneLayouts[id])).toBeUndefined();
		}
	);

	it('says what is wrong with a broken layout', () => {
		const cluster = sceneLayouts.cluster as SceneLayout;
		const stray = {
			...cluster,
			routes: [...cluster.routes, { id: 'x', from: 'a-vm', to: 'nowhere', kind: 'call' }]
		} as SceneLayout;
		expect(checkLayout(stray)).toMatch(/Invalid/);
		const outside = {
			...cluster,
			components: cluster.components.map((c) => (c.id === 'a-vmms' ? { ...c, x: 900 } : c))
		};
		expect(checkLayout(outside)).toMatch(/outside the frame/);
		const twice = { ...cluster, components: [...cluster.components, cluster.components[0]!] };
		expect(checkLayout(twice)).toMatch(/twice/);
	});

	it.each([
		['en', en],
		['nl', nl]
	])('has a label in %s for every component of every scene', (_, text) => {
		for (const scene of drawnSceneIds) {
			const labels = text[scene] as Record<string, string>;
			expect(Object.keys(labels).sort()).toEqual([...componentIds[scene]].sort());
			for (const id of componentIds[scene]) expect(labels[id]!.trim()).not.toBe('');
		}
	});

	it('has the same words in both languages', () => {
		for (const key of ['vm', 'events', 'phases', 'words', 'titles', 'requirements'] as const) {
			expect(Object.keys(nl[key]).sort()).toEqual(Object.keys(en[key]).sort());
		}
	});
});

/** Every box of every scene with its label in one language, and how a finding about it is named. */
const boxLabels = (text: typeof en) =>
	drawnSceneIds.flatMap((scene) =>
		(sceneLayouts[scene] as SceneLayout).components.flatMap((c) => {
			if (c.kind !== 'box') return [];
			const label = (text[scene] as Record<string, string>)[c.id]!;
			return [{ c, label, name: `${scene}: ${c.id} (${label})` }];
		})
	);

describe('box labels', () => {
	// Dutch runs words together ("Sectorbitmap"): a label too long for its box must break, not run into the next box.
	// labelRect guesses widths at 0.56 em a character, wide for narrow letters ("Root partition" is drawn 106 px wide,
	// guessed 133): 10 px each side is that guess's slack, far less than a label that really spills (40 px).
	it.each([
		['en', en],
		['nl', nl]
	])('stay inside their box in %s, on every scene', (_, text) => {
		const spilling = boxLabels(text).flatMap(({ c, label, name }) => {
			const r = labelRect(c, label);
			return r.x < c.x - 10 || r.x + r.width > c.x + c.width + 10 ? [name] : [];
		});
		expect(spilling).toEqual([]);
	});

	it('break at a soft hyphen, which shows as a hyphen only where the line breaks', () => {
		const box = { x: 0, y: 0, width: 74, height: 92 };
		expect(labelLines('Sector\u00adbitmap', box.width)).toEqual(['Sector-', 'bitmap']);
		expect(labelLines('Sector\u00adbitmap', 400)).toEqual(['Sectorbitmap']);
		expect(labelLines('Sector bitmap', box.width)).toEqual(['Sector', 'bitmap']);
	});
});

describe('the token at rest', () => {
	/** The token's circle (radius 10, a 3 px ring) overlaps the rectangle. */
	const covers = (
		p: { x: number; y: number },
		r: { x: number; y: number; width: number; height: number }
	) => {
		const nx = Math.max(r.x, Math.min(p.x, r.x + r.width));
		const ny = Math.max(r.y, Math.min(p.y, r.y + r.height));
		return Math.hypot(p.x - nx, p.y - ny) < 11.5;
	};

	it.each([
		['en', en],
		['nl', nl]
	])('covers no box label in %s, on any scene', (_, text) => {
		const covered = boxLabels(text).flatMap(({ c, label, name }) =>
			covers(restPoint(c), labelRect(c, label)) ? [name] : []
		);
		expect(covered).toEqual([]);
	});
});

describe('travel on a scene', () => {
	const cluster = sceneLayouts.cluster as SceneLayout;

	it('runs a route backwards when the request goes against its drawn direction', () => {
		const forward = sceneTravel(cluster, 'a-vmwp', 'storage')!;
		const back = sceneTravel(cluster, 'storage', 'a-vmwp')!;
		expect(forward.route).toBe('a-vmwp-storage');
		expect(back.route).toBe('a-vmwp-storage');
		expect(back.points).toEqual([...forward.points].reverse());
	});

	it('goes straight across where the scene draws no route, and stays put in place', () => {
		expect(sceneTravel(cluster, 'a-vm', 'b-vm')).toEqual({ points: expect.any(Array) });
		expect(sceneTravel(cluster, 'network', 'network')).toBeUndefined();
	});

	it('starts the token at the first place and ends it at the last', () => {
		const path = tokenPath(cluster, ['a-vmms', 'a-vmwp', 'storage']);
		const at = (id: string) => {
			const c = sceneComponent('cluster', id)!;
			return restPoint(c);
		};
		expect(path[0]).toEqual(at('a-vmms'));
		expect(path.at(-1)).toEqual(at('storage'));
	});
});

const told = lessons.filter((l) => l.steps.some((s) => s.scene && s.scene !== 'architecture'));

describe('scenes and lessons', () => {
	it('tell six lessons on scenes of their own', () => {
		expect(told.map((l) => l.id).sort()).toEqual([
			'big-picture',
			'high-availability',
			'requirements-and-boot',
			'sizing',
			'snapshots',
			'storage'
		]);
	});
});

describe.each(told.map((l) => [l.id, l] as const))('the scenes of lesson %s', (_, lesson) => {
	const frames = framesOf(lesson);
	const scenes = scenesOf(lesson);

	it('names only scenes that exist', () => {
		for (const scene of scenes) expect(catalogSceneIds).toContain(scene);
	});

	it('puts the request, on every step told on a scene, at a component drawn in that scene', () => {
		frames.forEach((frame, i) => {
			if (scenes[i] === 'architecture') return expect(frame.scene).toBeUndefined();
			const scene = frame.scene!;
			const where = `${lesson.id} step ${i + 1} (${lesson.steps[i]!.id})`;
			expect(scene.id, where).toBe(scenes[i]);
			expect(scene.place, `${where} has no place on the ${scene.id} scene`).toBeDefined();
			expect(sceneComponent(scene.id, scene.place!), where).toBeDefined();
			expect(presenceOf(scene.view, scene.place!), where).not.toBe('hidden');
			for (const place of scene.trail) expect(sceneComponent(scene.id, place), where).toBeDefined();
			if (scene.predict) {
				expect(scene.predict).toBe(frames[i + 1]!.scene?.place);
				expect(scene.predict, `${where}: the prediction must be a move`).not.toBe(scene.place);
			}
		});
	});

	it('asks a prediction on a scene only about a place on that same scene', () => {
		expect.hasAssertions();
		expect(frames).toHaveLength(lesson.steps.length);
		frames.forEach((frame, i) => {
			if (!lesson.steps[i + 1]?.predict || !frame.scene) return;
			expect(scenes[i + 1]).toBe(scenes[i]);
			expect(frame.scene.predict).toBeDefined();
		});
	});

	it('moves on every step told on a scene: a run starts, or the request goes along a route, across or in place', () => {
		const still = frames.flatMap((frame, i) =>
			frame.scene && frame.scene.moves.length === 0 ? [lesson.steps[i]!.id] : []
		);
		expect(still).toEqual([]);
		frames.forEach((frame, i) => {
			const scene = frame.scene;
			if (!scene) return;
			const layout = sceneLayouts[scene.id] as SceneLayout;
			// What the token runs: a route for every move between two places.
			const across = scene.moves.filter((m) => m.kind === 'link' || m.kind === 'route');
			expect(sceneTravels(layout, scene.trail), `${lesson.id} step ${i + 1}`).toHaveLength(
				across.length
			);
		});
	});
});

describe('the lessons told on scenes', () => {
	it('tell high availability on two cluster nodes, moving the VM from node 1 to node 2', () => {
		const lesson = getLesson('high-availability')!;
		const frames = framesOf(lesson);
		expect(frames.every((f) => f.scene?.id === 'cluster')).toBe(true);
		const views = frames.map((f) => f.scene!.view as ClusterView);
		expect(views[0]!.vm).toEqual({ a: 'running', b: 'none' });
		expect(views.at(-1)!.vm).toEqual({ a: 'none', b: 'running' });
	});

	it('shrink the dirty-memory bar pass by pass in Live Migration, and pause only for the blackout', () => {
		const lesson = getLesson('high-availability')!;
		const frames = framesOf(lesson);
		const at = (id: string) =>
			frames[lesson.steps.findIndex((s) => s.id === id)]!.scene!.view as ClusterView;
		// The copy starts with the whole memory; each pass after the first sends only what was dirtied.
		expect(at('live-copy').toSendMb).toBe(2048);
		const sizes = ['pass-one', 'pass-two', 'pass-three'].map((id) => at(id).toSendMb!);
		expect(sizes[0]).toBe(2048);
		for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThan(sizes[i - 1]!);
		const live = at('live-done');
		const down = live.phases.filter((p) => p.down);
		expect(down.map((p) => p.phase)).toEqual(['blackout']);
		// Quick Migration's whole time is downtime.
		expect(at('quick-restore').phases.every((p) => p.down)).toBe(true);
	});

	it('move the LUN to node 2 at the step that says the disk changes owner, not a step later', () => {
		const lesson = getLesson('high-availability')!;
		const frames = framesOf(lesson);
		const owner = (id: string) =>
			(frames[lesson.steps.findIndex((s) => s.id === id)]!.scene!.view as ClusterView).storage;
		expect(owner('quick-save')).toEqual({ kind: 'lun', owner: 'a' });
		expect(owner('quick-move')).toEqual({ kind: 'lun', owner: 'b' });
		expect(owner('quick-restore')).toEqual({ kind: 'lun', owner: 'b' });
	});

	it('draw the snapshot chain growing, and a read falling through to the parent', () => {
		const lesson = getLesson('snapshots')!;
		const frames = framesOf(lesson);
		const at = (id: string) => frames[lesson.steps.findIndex((s) => s.id === id)]!.scene!;
		expect((at('first-snapshot').view as VhdView).chain).toBe(1);
		expect((at('second-snapshot').view as VhdView).chain).toBe(2);
		expect((at('fifty').view as VhdView).chain).toBe(50);
		// The bitmap does not claim the sector: the BAT lookup sends the read on to the parent.
		expect(at('apply').trail).toEqual(['vsp', 'vhd-bat', 'parent']);
		expect((at('apply').view as VhdView).bitSet).toBe(false);
		expect((at('apply').view as VhdView).toParent).toBe(true);
		expect(at('parent-read').trail).toEqual(['parent', 'disk']);
		const write = at('write-lands');
		expect(write.trail).toContain('vhd-new-block');
		expect((write.view as VhdView).appended).toBe(true);
		expect((write.view as VhdView).bitSet).toBe(true);
	});
});

describe('the memory scene', () => {
	const lesson = getLesson('sizing')!;
	const frames = framesOf(lesson);
	const at = (id: string) =>
		frames[lesson.steps.findIndex((s) => s.id === id)]!.scene!.view as MemoryView;
	const bar = (id: string, rule: 'planning' | 'article2008') =>
		at(id).bars.find((b) => b.rule === rule)!;

	it('tells the whole sizing lesson on the host memory, the planning bar first', () => {
		expect(frames.every((f) => f.scene?.id === 'memory')).toBe(true);
		expect(at('host').bars.map((b) => b.rule)).toEqual(['planning', 'article2008']);
	});

	it('fills the bar from the machine: the root, then each VM and its overhead as they are taken', () => {
		const host = bar('host', 'planning');
		expect(host).toMatchObject({ run: true, hostMb: 8192, rootMb: 2048, freeMb: 6144, vms: [] });
		expect(bar('vid', 'planning').vms).toEqual([{ ramMb: 2048, overheadMb: 40, state: 'ram' }]);
		expect(bar('vid', 'planning').freeMb).toBe(6144 - 2048);
		expect(bar('running', 'planning').freeMb).toBe(4056);
		expect(bar('running', 'planning').vms[0]!.state).toBe('running');
		// Every bar adds up to the host: root, what the VMs took, and what is free.
		for (const frame of frames) {
			for (const b of (frame.scene!.view as MemoryView).bars) {
				const taken = b.vms.reduce(
					(sum, vm) =>
						sum +
						(vm.state === 'running' ? vm.ramMb + vm.overheadMb : vm.state === 'ram' ? vm.ramMb : 0),
					0
				);
				expect(b.rootMb + taken + b.freeMb).toBe(b.hostMb);
			}
		}
	});

	it('refuses the third VM by the planning rule, while the 2008 formula fits it beside it', () => {
		const planning = bar('refused', 'planning');
		expect(planning.vms.map((vm) => vm.state)).toEqual(['running', 'running', 'refused']);
		expect(planning.freeMb).toBe(1968);
		const article = bar('refused', 'article2008');
		expect(article).toMatchObject({ run: false, rootMb: 512 });
		expect(article.vms.map((vm) => vm.state)).toEqual(['running', 'running', 'running']);
		// The article's run: all three start on its own bar, and the planning rule refuses the third beside it.
		expect(bar('article-all', 'article2008').vms.every((vm) => vm.state === 'running')).toBe(true);
		expect(bar('article-all', 'article2008').run).toBe(true);
		expect(bar('article-all', 'planning').vms.at(-1)!.state).toBe('refused');
		expect(at('refused').event).toBe('refused');
	});
});

describe('the boot scene', () => {
	const lesson = getLesson('requirements-and-boot')!;
	const frames = framesOf(lesson);
	const at = (id: string) => frames[lesson.steps.findIndex((s) => s.id === id)]!.scene!;

	it('tells the whole boot lesson on the timeline, the host lane then the child lane', () => {
		expect(frames.every((f) => f.scene?.id === 'boot')).toBe(true);
		const places = frames.map((f) => f.scene!.place);
		expect(places.slice(0, 8)).toEqual([
			'firmware',
			'loader',
			'hvboot',
			'hypervisor',
			'hypervisor',
			'root',
			'root-continues',
			'vmms'
		]);
		expect(places.slice(-6)).toEqual([
			'child-firmware',
			'child-kernel',
			'cpuid',
			'msrs',
			'contact',
			'drivers'
		]);
	});

	it('advances along the lane step by step, and the child lane only once a child starts', () => {
		const host = frames.slice(0, 8).map((f) => (f.scene!.view as BootView).reached);
		for (let i = 1; i < host.length; i++) expect(host[i]).toBeGreaterThanOrEqual(host[i - 1]!);
		expect((at('vmms').view as BootView).lane).toBe('host');
		expect(presenceOf(at('vmms').view, 'child-firmware')).toBe('ghost');
		expect((at('child-running').view as BootView).lane).toBe('child');
		expect(presenceOf(at('child-running').view, 'vmms')).toBe('shown');
		expect(at('child-running').trail).toEqual(['contact', 'offers', 'drivers']);
	});

	it('stops the host lane where a missing processor feature stops the boot', () => {
		const noVt = at('no-vt').view as BootView;
		expect(noVt).toMatchObject({ lane: 'host', missing: 'vt', event: 'noLaunch' });
		expect(at('no-vt').place).toBe('hvboot');
		expect(presenceOf(noVt, 'hypervisor')).toBe('dim');
		expect((at('no-x64').view as BootView).missing).toBe('x64');
		expect(at('child-cpuid').view).toMatchObject({ act: 'CPUID 0x40000001' });
	});
});

describe('the designs scene', () => {
	const lesson = getLesson('big-picture')!;
	const frames = framesOf(lesson);
	const at = (id: string) => frames[lesson.steps.findIndex((s) => s.id === id)]!.scene!;

	it('tells the comparison of designs on it, after the read on the architecture figure', () => {
		const drawn = frames.flatMap((f, i) => (f.scene ? [lesson.steps[i]!.id] : []));
		expect(drawn).toEqual(['monolithic', 'xen', 'microkernelized']);
		expect(frames.every((f) => !f.scene || f.scene.id === 'designs')).toBe(true);
	});

	it('moves the same read down each design’s own column, from its guest to its disk', () => {
		expect(at('monolithic').trail).toEqual(['esx-guest', 'esx-driver', 'esx-disk']);
		expect(at('xen').trail).toEqual([
			'xen-blkfront',
			'xen-channel',
			'xen-blkback',
			'xen-driver',
			'xen-disk'
		]);
		expect(at('microkernelized').trail).toEqual([
			'hv-vsc',
			'hv-vmbus',
			'hv-vsp',
			'hv-driver',
			'hv-disk'
		]);
		// Every hop along a route the scene draws: no dashed shortcut between columns.
		for (const id of ['monolithic', 'xen', 'microkernelized']) {
			const travels = sceneTravels(sceneLayouts.designs as SceneLayout, at(id).trail);
			expect(travels.every((t) => t.route !== undefined)).toBe(true);
		}
	});

	it('counts the boundaries each design crosses, as the machine plays it: one for ESX, two for the others', () => {
		const view = at('xen').view as DesignsView;
		expect(view).toMatchObject({ design: 'xen', crossings: 2, arrived: true });
		expect(view.totals.monolithic).toEqual({ crossings: 1, hops: 3, driverIn: 'hypervisor' });
		expect(view.totals.xen).toEqual({ crossings: 2, hops: 5, driverIn: 'partition' });
		expect(view.totals.hyperv).toEqual({ crossings: 2, hops: 5, driverIn: 'partition' });
		expect(frames[lesson.steps.findIndex((s) => s.id === 'xen')]!.counters).toContainEqual(
			expect.objectContaining({ key: 'crossings', value: 2 })
		);
	});
});

describe("the cluster scene's memory bar", () => {
	// A caption of 16 px, at a generous 0.6 em a character (digits and capitals are wide).
	const captionWidth = (text: string) => text.length * 16 * 0.6;

	it.each([
		['en', en],
		['nl', nl]
	] as const)(
		'keeps its %s label on the canvas at the longest it gets: ten passes, all memory still to send',
		(_, text) => {
			const views = framesOf(getLesson('high-availability')!).flatMap((f) =>
				f.scene?.view.scene === 'cluster' ? [f.scene.view] : []
			);
			const memoryMb = Math.max(...views.map((v) => v.memoryMb));
			expect(memoryMb).toBeGreaterThan(0);
			const longest = [
				fill(text.words.toSend, { n: 10, mb: memoryMb, total: memoryMb }),
				fill(text.words.finalSend, { mb: memoryMb })
			];
			for (const label of longest)
				expect(clusterBarLabel.x + captionWidth(label), label).toBeLessThanOrEqual(
					sceneLayouts.cluster.width - 8
				);
			// Below the bar, above the timeline's caption (ClusterParts draws it 10 above y 560).
			expect(clusterBarLabel.y - 16).toBeGreaterThanOrEqual(clusterBar.y + clusterBar.height);
			expect(clusterBarLabel.y).toBeLessThanOrEqual(560 - 10 - 16);
		}
	);
});
