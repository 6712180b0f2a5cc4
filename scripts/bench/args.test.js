import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './args.js';

describe('parseBenchArgs', () => {
	it('builds, runs Lighthouse 3 times and serves on 4180 by default', () => {
		expect(parseBenchArgs([], ['home', 'explore'])).toEqual({
			build: true,
			parts: ['sizes', 'playback', 'stress', 'lighthouse'],
			lighthouse: true,
			runs: 3,
			port: 4180,
			cpuThrottle: 1,
			routes: ['home', 'explore'],
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
	it('--routes picks the routes to measure and audit, in the order given', () => {
		const routes = ['home', 'lesson', 'explore', 'speaker'];
		expect(parseBenchArgs(['--routes', 'speaker,explore'], routes).routes).toEqual([
			'speaker',
			'explore'
		]);
		expect(parseBenchArgs(['--routes', 'explore, explore'], routes).routes).toEqual(['explore']);
		expect(() => parseBenchArgs(['--routes', 'explore,exlpore'], routes)).toThrow(/exlpore/);
		expect(() => parseBenchArgs(['--routes', ','], routes)).toThrow(/--routes/);
	});
	it('knows every route the bench visits by default', () => {
		expect(parseBenchArgs(['--routes', 'quiz,print,embed,speaker']).routes).toHaveLength(4);
	});
	it('--only runs the parts named, in the order the bench runs them; --no-lighthouse still takes Lighthouse out', () => {
		expect(parseBenchArgs(['--only', 'lighthouse,sizes'])).toMatchObject({
			parts: ['sizes', 'lighthouse'],
			lighthouse: true
		});
		expect(parseBenchArgs(['--only', 'sizes,lighthouse', '--no-lighthouse'])).toMatchObject({
			parts: ['sizes'],
			lighthouse: false
		});
		expect(parseBenchArgs(['--no-lighthouse']).parts).toEqual(['sizes', 'playback', 'stress']);
		expect(() => parseBenchArgs(['--only', 'size'])).toThrow(/--only/);
	});
	it('refuses unknown options and numbers that are not whole and positive', () => {
		expect(() => parseBenchArgs(['--fast'])).toThrow();
		expect(() => parseBenchArgs(['--port', 'abc'])).toThrow(/--port/);
		expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/--runs/);
	});
});
