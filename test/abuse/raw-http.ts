import { AddressInfo, Socket, connect } from 'node:net';
import { TestApp } from '@iae/testing';

/** The port the test app listens on (it starts listening on the first call). */
export async function listeningPort(t: TestApp): Promise<number> {
  const server = t.app.getHttpServer();
  if (!server.listening) await t.app.listen(0, '127.0.0.1');
  return (server.address() as AddressInfo).port;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function parseRawResponse(text: string): RawResponse {
  const [head, ...rest] = text.split('\r\n\r\n');
  const [statusLine, ...headerLines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const index = line.indexOf(':');
    headers[line.slice(0, index).trim().toLowerCase()] = line.slice(index + 1).trim();
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') };
}

/**
 * A connection as a client on the network would open it: from 127.0.0.2, since the host itself
 * (127.0.0.1) is not held to the per-client connection limit.
 */
export function openSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1', localAddress: '127.0.0.2' }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Everything the server sends until it closes the connection. */
export function readUntilClosed(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/** Sends raw bytes on a fresh connection and returns what the server answered before closing it. */
export async function rawExchange(port: number, request: string | Buffer): Promise<RawResponse> {
  const socket = await openSocket(port);
  const answer = readUntilClosed(socket);
  socket.write(request);
  // The server closes after answering (Connection: close or an error it cannot recover from).
  return parseRawResponse(await answer);
}
