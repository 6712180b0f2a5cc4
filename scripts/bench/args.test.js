import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './args.js';

describe('parseBenchArgs', () => {
	it('builds, runs Lighthouse 3 times and serves on 4180 by default', () => {
		expect(parseBenchArgs([])).toEqual({
			build: true,
			lighthouse: true,
			runs: 3,
			port: 4180,
			cpuThrottle: 1,
			parts: ['sizes', 'playback', 'stress', 'lighthouse'],
			help: false
		});
	});
	it('--quick means one Lighthouse run; --runs wins over it', () => {
		expect(parseBenchArgs(['--quick']).runs).toBe(1);
		expect(parseBenchArgs(['--quick', '--runs', '5']).runs).toBe(5);
	});
	it('--no-build and --no-lighthouse switch those parts off', () => {
		expect(parseBenchArgs(['--no-build', '--no-lighthouse'])).toMatchObject({
			build: false,
			lighthouse: false
		});
	});
	it('--only measures the parts named, and Lighthouse only when it is one of them', () => {
		expect(parseBenchArgs(['--only', 'playback'])).toMatchObject({
			parts: ['playback'],
			lighthouse: false
		});
		expect(parseBenchArgs(['--only', 'sizes, lighthouse'])).toMatchObject({
			parts: ['sizes', 'lighthouse'],
			lighthouse: true
		});
		expect(parseBenchArgs(['--only', 'lighthouse', '--no-lighthouse']).lighthouse).toBe(false);
	});
	it('--only refuses a part it does not know, or none', () => {
		expect(() => parseBenchArgs(['--only', 'playback,speed'])).toThrow(/--only.*"playback,speed"/);
		expect(() => parseBenchArgs(['--only', ''])).toThrow(/--only/);
	});
	it('refuses unknown options and numbers that are not whole and positive', () => {
		expect(() => parseBenchArgs(['--fast'])).toThrow();
		expect(() => parseBenchArgs(['--port', 'abc'])).toThrow(/--port/);
		expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/--runs/);
	});
});
