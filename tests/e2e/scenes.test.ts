// Lessons told on scenes of their own: two cluster nodes for moving a VM, a virtual disk's files for snapshots.
import { expect, test, type Page } from '@playwright/test';

async function open(page: Page, path: string) {
	await page.goto(path);
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

const scene = (page: Page) => page.locator('.scene-layer svg.scene');
const lit = (page: Page) => scene(page).locator('[data-scene-component][aria-current="step"]');
const barShare = async (page: Page) =>
	Number(await scene(page).locator('[data-memory-bar] .fill').getAttribute('data-share'));

test('Live Migration draws two nodes, and its dirty-memory bar shrinks pass by pass', async ({
	page
}) => {
	// Step 7: the first pre-copy pass, the whole memory.
	await open(page, '/learn/high-availability/7/');
	await expect(scene(page)).toHaveAttribute('data-scene', 'cluster');
	for (const host of ['a-host', 'b-host'])
		await expect(scene(page).locator(`[data-scene-component="${host}"]`)).toBeVisible();
	await expect(scene(page)).toContainText('Cluster Shared Volume (R2)');
	const shares = [await barShare(page)];
	for (const step of [8, 9]) {
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(new RegExp(`/high-availability/${step}/$`));
		await expect(scene(page).locator('[data-memory-bar] .fill')).not.toHaveAttribute(
			'data-share',
			String(shares.at(-1))
		);
		shares.push(await barShare(page));
	}
	expect(shares[0]).toBe(1);
	expect(shares[1]).toBeLessThan(shares[0]!);
	expect(shares[2]).toBeLessThan(shares[1]!);
	await expect(lit(page)).toHaveAttribute('data-scene-component', 'network');

	// After the blackout and the ARP the VM runs on node 2, and the timeline shows one short red stretch.
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/high-availability\/11\/$/);
	await expect(lit(page)).toHaveAttribute('data-scene-component', 'b-vm');
	await expect(scene(page).locator('[data-scene-component="b-vm"]')).toBeVisible();
	await expect(scene(page).locator('[data-timeline] .phase.down')).toHaveCount(1);
});

test('the snapshots lesson draws the chain, and a read resolves through it to the parent', async ({
	page
}) => {
	// Step 2 is on the architecture figure; step 3 switches to the virtual disk, with one .avhd on the .vhd.
	await open(page, '/learn/snapshots/2/');
	await expect(scene(page)).toHaveCount(0);
	await page.keyboard.press('ArrowRight');
	await expect(scene(page)).toHaveAttribute('data-scene', 'vhd');
	await expect(scene(page).locator('[data-scene-component="avhd-newest"]')).toBeVisible();
	await expect(scene(page).locator('[data-scene-component="avhd-older"]')).toHaveCount(0);
	await page.keyboard.press('ArrowRight');
	await expect(scene(page).locator('[data-scene-component="avhd-older"]')).toBeVisible();

	// Step 12: the newest file's bitmap does not claim the sector, so the BAT lookup sends the read to the parent.
	await open(page, '/learn/snapshots/12/');
	await expect(scene(page).locator('[data-bit]')).toHaveAttribute('data-bit', '0');
	await expect(lit(page)).toHaveAttribute('data-scene-component', 'parent');
	await expect(scene(page).locator('path.travelled[data-route="bat-parent"]')).toHaveCount(1);
	await page.keyboard.press('ArrowRight');
	await expect(lit(page)).toHaveAttribute('data-scene-component', 'disk');
	await expect(scene(page).locator('path.travelled[data-route="parent-disk"]')).toHaveCount(1);
});

test('deleting a snapshot merges: the chain shortens only once the VM is off', async ({ page }) => {
	const chain = scene(page).locator('[data-chain]');
	const counter = (key: string) => page.locator(`.counters [data-counter="${key}"] dd`);
	// Step 5: fifty snapshots, fifty files.
	await open(page, '/learn/snapshots/5/');
	await expect(chain).toHaveAttribute('data-chain', '50');
	// Step 6: one deleted: out of the tree at once, its file still in the chain while the VM runs.
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/snapshots\/6\/$/);
	await expect(counter('snapshots')).toHaveText('49');
	await expect(counter('unmerged')).toHaveText('1');
	await expect(chain).toHaveAttribute('data-chain', '50');
	// Step 7: the VM is shut down and the file merged into its parent: the chain is one file shorter.
	await page.keyboard.press('ArrowRight');
	await expect(chain).toHaveAttribute('data-chain', '49');
	await expect(counter('unmerged')).toHaveText('0');
	await expect(lit(page)).toHaveAttribute('data-scene-component', 'parent');
	await expect(scene(page)).toContainText('48 more .avhd');
});

test('a prediction on a scene is answered by clicking the scene', async ({ page }) => {
	// Storage step 13 asks where the pass-through read goes next: the physical disk.
	await open(page, '/learn/storage/13/');
	const prompt = page.getByRole('region', { name: 'Predict' });
	await expect(prompt).toBeVisible();
	await scene(page).locator('[data-scene-component="disk"]').click();
	await expect(prompt).toContainText('Right: it goes to Physical disk');
});

test('the sizing lesson draws the host memory as bars, and the VM that does not fit is refused by the plan', async ({
	page
}) => {
	await open(page, '/learn/sizing/8/');
	await expect(scene(page)).toHaveAttribute('data-scene', 'memory');
	const planning = scene(page).locator('[data-memory-rule="planning"]');
	const article = scene(page).locator('[data-memory-rule="article2008"]');
	await expect(planning).toHaveAttribute('data-run', 'true');
	await expect(planning.locator('[data-refused]')).toHaveCount(0);
	// Step 9: VID turns the third VM down by the planning rule; the article's formula fits it beside it.
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/sizing\/9\/$/);
	await expect(lit(page)).toHaveAttribute('data-scene-component', 'vid');
	await expect(planning.locator('[data-piece="refused"]')).toHaveCount(1);
	await expect(planning.locator('[data-refused]')).toContainText(
		'VM 3 needs 2088 MB: by the planning rule it does not fit'
	);
	await expect(article.locator('[data-piece="refused"]')).toHaveCount(0);
	await expect(article.locator('[data-piece="ram"]')).toHaveCount(3);
	await expect(scene(page).locator('[data-scene-event]')).toContainText('does not fit the plan');
});

test('the boot lesson steps along its timeline, the host lane then the child lane', async ({
	page
}) => {
	const reached = (lane: string) =>
		scene(page).locator(`[data-boot-lane="${lane}"]`).getAttribute('data-reached');
	await open(page, '/learn/requirements-and-boot/1/');
	await expect(scene(page)).toHaveAttribute('data-scene', 'boot');
	await expect(lit(page)).toHaveAttribute('data-scene-component', 'firmware');
	expect(await reached('host')).toBe('0');
	for (const [step, place] of [
		[2, 'loader'],
		[3, 'hvboot'],
		[4, 'hypervisor']
	] as const) {
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(new RegExp(`/requirements-and-boot/${step}/$`));
		await expect(lit(page)).toHaveAttribute('data-scene-component', place);
	}
	expect(await reached('host')).toBe('3');
	expect(await reached('child')).toBe('-1');
	// A child starts: the child lane takes over, and CPUID's leaves show in place.
	await open(page, '/learn/requirements-and-boot/14/');
	await expect(lit(page)).toHaveAttribute('data-scene-component', 'cpuid');
	expect(await reached('child')).toBe('2');
	await expect(scene(page).locator('[data-scene-event]')).toHaveText('CPUID 0x40000001');
	// With VT off the boot stops at hvboot.sys, and the scene says what is missing.
	await open(page, '/nl/learn/requirements-and-boot/9/');
	await expect(scene(page).locator('[data-boot-stopped="vt"]')).toContainText(
		'hardwarevirtualisatie (Intel VT, AMD-V) ontbreekt'
	);
});

test('the hypercalls lesson shows the call registers beside the figure, changing as the call proceeds', async ({
	page
}) => {
	const registers = page.locator('[data-registers]');
	const register = (name: string) => registers.locator(`[data-register="${name}"]`);
	await open(page, '/learn/hypercalls/7/');
	await expect(registers).toHaveCount(0);
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/hypercalls\/8\/$/);
	await expect(register('rcx')).toHaveText('0x000000000001005D');
	await expect(register('rax')).toContainText('not yet');
	await expect(registers.locator('[data-field="fast"]')).toContainText('1');
	for (let step = 9; step <= 12; step++) await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/hypercalls\/12\/$/);
	await expect(register('rax')).toHaveText('0x0000000000000000: SUCCESS, 0 reps completed');
	// A rep call out of time: RCX comes back with its rep start index moved on, and no RAX.
	await open(page, '/learn/hypercalls/15/');
	await expect(register('rcx')).toHaveText('0x000000190000004B');
	await expect(register('rdx')).toHaveText('GPA of the input block');
	await open(page, '/learn/hypercalls/17/');
	await expect(registers).toHaveAttribute('data-phase', 'continued');
	await expect(register('rcx')).toHaveText('0x001400190000004B');
	await expect(registers.locator('[data-field="repStartIndex"]')).toContainText('20');
});

test('the big picture compares the same read in ESX, Xen and Hyper-V, each down its own column', async ({
	page
}) => {
	// Step 15: ESX, from the guest straight into the VMkernel's driver and on to the disk.
	await open(page, '/learn/big-picture/15/');
	await expect(scene(page)).toHaveAttribute('data-scene', 'designs');
	for (const design of ['esx', 'xen', 'hyperv'])
		await expect(scene(page).locator(`[data-scene-component="${design}"]`)).toBeVisible();
	await expect(lit(page)).toHaveAttribute('data-scene-component', 'esx-disk');
	await expect(scene(page).locator('path.travelled')).toHaveCount(2);
	await expect(
		scene(page).locator('[data-design-totals="monolithic"] [data-crossings]')
	).toHaveAttribute('data-crossings', '1');
	await expect(page.locator('.counters [data-counter="crossings"] dd')).toHaveText('1');

	// Step 16: Xen, through the hypervisor's event channel to blkback and the driver in dom0.
	await page.keyboard.press('ArrowRight');
	await expect(lit(page)).toHaveAttribute('data-scene-component', 'xen-disk');
	await expect(scene(page).locator('path.travelled')).toHaveCount(4);
	await expect(
		scene(page).locator('path.travelled[data-route="xen-channel-xen-blkback"]')
	).toHaveCount(1);
	await expect(page.locator('.counters [data-counter="crossings"] dd')).toHaveText('2');

	// Step 17: Hyper-V, the same shape: VSC, a VMBus signal, the root's VSP and driver.
	await page.keyboard.press('ArrowRight');
	await expect(lit(page)).toHaveAttribute('data-scene-component', 'hv-disk');
	await expect(scene(page).locator('path.travelled[data-route="hv-vmbus-hv-vsp"]')).toHaveCount(1);
});

test('the designs scene is legible on a projector: every label at least 16 px at 1920×1080', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.addInitScript(() =>
		localStorage.setItem('enlighten:theme', JSON.stringify({ choice: 'dark', projector: true }))
	);
	for (const path of ['/learn/big-picture/16/', '/nl/learn/big-picture/16/']) {
		await open(page, path);
		await expect(scene(page)).toHaveAttribute('data-scene', 'designs');
		const sizes = await scene(page)
			.locator('text')
			.evaluateAll((elements) =>
				elements.map((el) => ({
					text: el.textContent?.trim(),
					px:
						parseFloat(getComputedStyle(el).fontSize) *
						((el as SVGElement).ownerSVGElement!.getScreenCTM()?.a ?? 1)
				}))
			);
		expect(sizes.length).toBeGreaterThan(25);
		const small = sizes.filter((s) => s.px < 16);
		expect(small, path).toEqual([]);
	}
});
