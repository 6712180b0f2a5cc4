/**
 * A real classroom server on loopback and real Socket.IO clients, for the integration tests and the benchmark.
 */
import { createServer } from 'node:http';
import { io as connect } from 'socket.io-client';
import { attachClassroom } from './server.js';

/**
 * Starts a classroom server on a free loopback port.
 * @param {import('./server.js').ClassroomOptions} [options]
 */
export async function startClassroom(options = {}) {
	const http = createServer((_req, res) => res.writeHead(404).end());
	const classroom = attachClassroom(http, options);
	await new Promise((resolve) => http.listen(0, '127.0.0.1', () => resolve(undefined)));
	const address = http.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { ...classroom, url: `http://127.0.0.1:${port}` };
}

/**
 * A client connected to `url` (WebSocket only, as a browser upgrades to anyway).
 * @param {string} url
 * @param {Partial<import('socket.io-client').ManagerOptions & import('socket.io-client').SocketOptions>} [options]
 */
export async function client(url, options = {}) {
	const socket = connect(url, {
		transports: ['websocket'],
		forceNew: true,
		reconnection: false,
		...options
	});
	await new Promise((resolve, reject) => {
		socket.once('connect', () => resolve(undefined));
		socket.once('connect_error', reject);
	});
	return socket;
}

/**
 * Sends an event and waits for the server's answer.
 * @param {import('socket.io-client').Socket} socket
 * @param {string} event
 * @param {unknown} data
 * @returns {Promise<any>}
 */
export function call(socket, event, data, timeout = 2000) {
	return socket.timeout(timeout).emitWithAck(event, data);
}

/**
 * The next `event` the socket receives.
 * @param {import('socket.io-client').Socket} socket
 * @param {string} event
 * @returns {Promise<any>}
 */
export function next(socket, event, timeout = 2000) {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			socket.off(event, on);
			reject(new Error(`no ${event} within ${timeout} ms`));
		}, timeout);
		const on = (/** @type {unknown} */ data) => {
			clearTimeout(timer);
			resolve(data);
		};
		socket.once(event, on);
	});
}

/**
 * Every event a socket receives from now on, in order.
 * @param {import('socket.io-client').Socket} socket
 */
export function record(socket) {
	/** @type {{ event: string, data: unknown }[]} */
	const seen = [];
	socket.onAny((event, data) => seen.push({ event, data }));
	return seen;
}

export const wait = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));
