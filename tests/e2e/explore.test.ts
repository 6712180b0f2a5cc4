import { expect, test, type Page } from '@playwright/test';
import { activeBox, diagramDrawn } from './diagram';
import { axeViolations } from './policy';

// Explore draws its diagram as the lessons do: the drawing first, the live diagram when reached for.
const ready = diagramDrawn;

const total = (page: Page, key: string) => page.locator(`[data-total="${key}"] td`);

test('compare the same disk read, synthetic against emulated, with the model’s counts', async ({
	page
}) => {
	await page.goto('/explore/');
	await ready(page);
	const a = page.getByRole('group', { name: 'Request' });
	await a.getByLabel('Guest').selectOption('windows');
	await a.getByLabel('Device').selectOption('storage');
	await page.getByRole('button', { name: 'Compare with the other path' }).click();
	const b = page.getByRole('group', { name: 'B' });
	await expect(b.getByLabel('Guest')).toHaveValue('unenlightened');

	// Guest exits: 2 against 12 (facts §4.3, §5.3), so B costs 6 times A.
	await expect(total(page, 'guestExits')).toHaveText(['2', '12', '6.0×']);
	await expect(total(page, 'vmwpTrips')).toHaveText(['0', '13', /^—/]);
	await expect(total(page, 'modelledNs')).toHaveText(['11.0 µs', '88.6 µs', '8.1×']);

	// Step in lockstep: both diagrams move, and the URL follows.
	await page.getByRole('button', { name: 'Next →' }).click();
	await page.getByRole('button', { name: 'Next →' }).click();
	await expect(page.getByText('Step 2 of 85')).toBeVisible();
	await expect(page).toHaveURL(/step=2/);
	const stages = page.locator('.stage');
	await expect(
		stages.nth(0).locator('[data-component][aria-current="step"]:not([inert] *)')
	).toHaveAttribute('data-component', 'win-vsc');
	await expect(
		stages.nth(1).locator('[data-component][aria-current="step"]:not([inert] *)')
	).toHaveAttribute('data-component', 'legacy-drivers');
	// The hops only one path makes are marked.
	await expect(page.getByRole('list', { name: 'B' }).getByText('only here').first()).toBeVisible();

	// The link reproduces the view.
	const url = page.url();
	const other = await page.context().newPage();
	await other.goto(url);
	await ready(other);
	await expect(other.getByText('Step 2 of 85')).toBeVisible();
	await expect(total(other, 'guestExits')).toHaveText(['2', '12', '6.0×']);
	await expect(
		other.locator('.stage').nth(1).locator('[data-component][aria-current="step"]:not([inert] *)')
	).toHaveAttribute('data-component', 'legacy-drivers');
});

test('the network send compared: the 21140 copies the frame', async ({ page }) => {
	await page.goto('/explore/?a=windows.network.scsi.ics&b=unenlightened.network.ide.noics');
	await ready(page);
	await expect(total(page, 'guestExits')).toHaveText(['2', '4', '2.0×']);
	await expect(total(page, 'copies')).toHaveText(['0', '1', /^—/]);
});

test('a hand-edited link falls back to defaults and says what it ignored', async ({ page }) => {
	await page.goto('/explore/?a=windows.floppy.scsi.ics&speed=99');
	await ready(page);
	await expect(page.getByRole('status').filter({ hasText: 'ignored' })).toContainText(
		'a=windows.floppy.scsi.ics, speed=99'
	);
	await expect(page.getByRole('group', { name: 'Request' }).getByLabel('Device')).toHaveValue(
		'storage'
	);
	await expect(page).toHaveURL(/a=windows\.storage\.scsi\.ics$/);
});

test('from a lesson step to the same point in explore', async ({ page }) => {
	await page.goto('/learn/emulated-disk-read/7/');
	await diagramDrawn(page);
	await page.getByRole('link', { name: 'Try this in explore →' }).click();
	await ready(page);
	await expect(activeBox(page)).toHaveAttribute('data-component', 'root-ide-emulator');
	await page.getByRole('button', { name: 'Compare with the other path' }).click();
	await expect(page.getByRole('group', { name: 'B' }).getByLabel('Guest')).toHaveValue('windows');
});

test('plays at 4× to the end by itself', async ({ page }) => {
	await page.goto('/explore/?a=windows.video.scsi.ics&speed=4');
	await ready(page);
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(page.getByText('Step 8 of 8')).toBeVisible({ timeout: 10_000 });
	await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
});

test('explore has no axe violations, comparing, in Dutch and dark', async ({ page }) => {
	test.setTimeout(90_000);
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/nl/explore/?a=linux.network.scsi.ics&b=unenlightened.network.ide.noics&step=5');
	await ready(page);
	expect(await axeViolations(page)).toEqual([]);
});

test('the hypercall workbench denies a child HvCallCreatePartition', async ({ page }) => {
	await page.goto('/explore/');
	await ready(page);
	await page.locator('summary', { hasText: 'Hypercall workbench' }).click();
	const bench = page.getByRole('region', { name: 'Hypercall workbench' });
	await bench.getByLabel('Call code').selectOption({ label: '0x0040 HvCallCreatePartition' });
	await bench.getByRole('radio', { name: 'Child partition' }).check();
	await bench.getByRole('button', { name: 'Issue the hypercall' }).click();
	await expect(bench).toContainText('HV_STATUS_ACCESS_DENIED (0x0006)');
});
