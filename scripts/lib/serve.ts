/** A static file server for a built site on 127.0.0.1 and a free port, like any static host. */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

export interface ServeOptions {
	/** Told the size of every response body as sent (the benchmark counts a search's download). */
	onBytes?: (bytes: number, path: string) => void;
	/** Gzip text files for clients that accept it, as a CDN does (Pagefind's own files are compressed already). */
	gzip?: boolean;
}

/**
 * The "page not found" for a missing path: the nearest 404.html up the folder tree, as Cloudflare Pages serves it
 * (and Netlify through the site's _redirects), so /es/… gets the Spanish /es/404.html and the rest /404.html.
 */
async function notFoundPage(dir: string, path: string): Promise<Buffer | string> {
	const folders = path.split('/').filter(Boolean);
	for (let depth = folders.length; depth >= 0; depth--) {
		const page = await readFile(join(dir, ...folders.slice(0, depth), '404.html')).catch(() => undefined);
		if (page) return page;
	}
	return 'Not found';
}

/** Serves `dir`; a missing path gets the nearest 404.html with status 404. */
export async function serve(dir: string, { onBytes, gzip = false }: ServeOptions = {}): Promise<StaticServer> {
	const server: Server = createServer(async (request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
		let file = join(dir, path);
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			const type = types[extname(file)];
			const compress = gzip && type !== undefined && type !== types['.wasm'] && /\bgzip\b/.test(String(request.headers['accept-encoding']));
			const body = compress ? gzipSync(await readFile(file)) : await readFile(file);
			response.writeHead(200, {
				'content-type': type ?? 'application/octet-stream',
				...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
			});
			onBytes?.(body.length, path);
			response.end(body);
		} catch {
			const body = await notFoundPage(dir, path);
			response.writeHead(404, { 'content-type': types['.html'] });
			response.end(body);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
