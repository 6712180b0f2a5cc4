/**
 * A rate limit per connection: a bucket of `burst` tokens, refilled at `perSecond`; each message takes one.
 * A connection that keeps sending into an empty bucket is a flood: the server drops it (see `flooding`).
 */
export class RateLimit {
	#tokens;
	#last;
	/** Messages refused in a row. */
	refused = 0;

	/**
	 * @param {number} perSecond
	 * @param {number} burst
	 * @param {() => number} now milliseconds
	 */
	constructor(perSecond, burst, now = Date.now) {
		this.perSecond = perSecond;
		this.burst = burst;
		this.now = now;
		this.#tokens = burst;
		this.#last = now();
	}

	/** Takes a token if there is one. */
	take() {
		const now = this.now();
		this.#tokens = Math.min(
			this.burst,
			this.#tokens + ((now - this.#last) / 1000) * this.perSecond
		);
		this.#last = now;
		if (this.#tokens >= 1) {
			this.#tokens -= 1;
			this.refused = 0;
			return true;
		}
		this.refused++;
		return false;
	}

	/** True once a connection went on sending after this many refusals: it is flooding. */
	flooding(limit = 50) {
		return this.refused >= limit;
	}
}
