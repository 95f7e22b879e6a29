/**
 * HTTPS in front of DynamoDB Local, for the cold starts: a Lambda function
 * reaches DynamoDB over HTTPS, and a client's first request pays for it
 * (TLS, certificates, and what a client loads for HTTPS). Over plain HTTP the
 * two sides would pay differently than they do on AWS: the AWS SDK loads
 * `node:http` through a dynamic `import()` only for http endpoints, which
 * starts Node's ESM loader and undici (~230 M instructions) in the stock
 * baseline's first request, a cost it never pays on AWS.
 *
 * A self-signed certificate for 127.0.0.1 and localhost, trusted by the
 * measured processes through NODE_EXTRA_CA_CERTS; the proxy pipes each TLS
 * connection to DynamoDB Local's port.
 */
import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { createServer, type Server } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

export interface TlsProxy {
  /** `https://localhost:<port>` */
  endpoint: string;
  /** The certificate file to trust (NODE_EXTRA_CA_CERTS). */
  certificateFile: string;
  stop(): Promise<void>;
}

export async function startTlsProxy(upstream: string, workDir: string): Promise<TlsProxy> {
  const target = new URL(upstream);
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  const certificateFile = join(workDir, 'dynamodb-local-tls.pem');
  writeFileSync(certificateFile, pems.cert);
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (socket) => {
    const backend = connect(Number(target.port), target.hostname);
    // Note: without it, Nagle's algorithm on the proxy's two hops met the other end's delayed
    // ACK and held about one response in eight for 40 ms, a stall no network to AWS adds.
    socket.setNoDelay(true);
    backend.setNoDelay(true);
    socket.pipe(backend).pipe(socket);
    const close = () => {
      socket.destroy();
      backend.destroy();
    };
    socket.on('error', close);
    backend.on('error', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `https://localhost:${port}`,
    certificateFile,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
