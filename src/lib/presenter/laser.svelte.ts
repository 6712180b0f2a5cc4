/**
 * The laser pointer: while it is on, the pointer over a diagram shows as a red dot, in this window and, when
 * presenting, at the same diagram position in the other. L toggles it; holding L draws only while held.
 */
const HELD_AFTER_MS = 350;

class Laser {
	on = $state(false);
	#downAt = 0;
	#wasOn = false;

	/** L went down: the laser comes on (or, if it was on, goes off when L comes up soon). */
	press(now = performance.now()) {
		this.#downAt = now;
		this.#wasOn = this.on;
		this.on = true;
	}

	/** L came up: a tap toggles, a hold was temporary. */
	release(now = performance.now()) {
		const held = now - this.#downAt >= HELD_AFTER_MS;
		this.on = held ? false : !this.#wasOn;
	}
}

export const laser = new Laser();

/** A diagram position (in the diagram's own coordinates, so window sizes do not matter) on diagram `key`. */
export interface LaserDot {
	key: string;
	x: number;
	y: number;
}

export function isLaserDot(value: unknown): value is LaserDot | null {
	if (value === null) return true;
	if (typeof value !== 'object') return false;
	const { key, x, y } = value as Record<string, unknown>;
	return typeof key === 'string' && Number.isFinite(x) && Number.isFinite(y);
}
