import { createHmac } from 'node:crypto';
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { isPrivateAddress } from './address.js';

export const SIGNATURE_HEADER = 'X-ToaSoan-Signature';
export const TIMESTAMP_HEADER = 'X-ToaSoan-Timestamp';
const TIMEOUT_MS = 10_000;
/** Only the first bytes of an answer are read: the status code is what counts. */
const MAX_ANSWER_BYTES = 4096;

/**
 * `sha256=` and the hex HMAC-SHA256 of `{timestamp}.{body}` with the endpoint's secret. The
 * timestamp inside the signed text lets a receiver refuse old deliveries replayed later.
 */
export function signature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export interface SendResult {
  status: number | null;
  error: string;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** Resolves as Node would, then refuses private addresses: checked at connect time, so DNS changed since registration cannot slip through. */
function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const [first] = addresses;
    if (!first || addresses.some((a) => isPrivateAddress(a.address))) {
      return callback(Object.assign(new Error(`${hostname} resolves to a private address`), { code: 'EPRIVATE' }), []);
    }
    if (options.all) return callback(null, addresses);
    return callback(null, first.address, first.family);
  });
}

export interface Delivery {
  url: string;
  secret: string;
  body: string;
  eventType: string;
  eventId: string;
  deliveryId: number;
  allowPrivate: boolean;
  now?: Date;
}

export function postWebhook(delivery: Delivery): Promise<SendResult> {
  const url = new URL(delivery.url);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!delivery.allowPrivate && isIP(host) && isPrivateAddress(host)) return Promise.resolve({ status: null, error: 'Địa chỉ nội bộ bị chặn.' });
  const timestamp = Math.floor((delivery.now ?? new Date()).getTime() / 1000);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        timeout: TIMEOUT_MS,
        lookup: delivery.allowPrivate ? undefined : guardedLookup,
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Length': Buffer.byteLength(delivery.body),
          'User-Agent': 'ToaSoan-Webhooks/1',
          'X-ToaSoan-Event': delivery.eventType,
          'X-ToaSoan-Delivery': String(delivery.deliveryId),
          'Idempotency-Key': delivery.eventId,
          [TIMESTAMP_HEADER]: String(timestamp),
          [SIGNATURE_HEADER]: signature(delivery.secret, timestamp, delivery.body),
        },
      },
      (response) => {
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_ANSWER_BYTES) response.destroy();
        });
        const done = () => resolve({ status: response.statusCode ?? null, error: '' });
        response.on('end', done);
        response.on('close', done);
        response.on('error', done);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`không trả lời trong ${TIMEOUT_MS / 1000} giây`)));
    request.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ status: null, error: error.code === 'EPRIVATE' ? 'Địa chỉ nội bộ bị chặn.' : error.message.slice(0, 300) }),
    );
    request.end(delivery.body);
  });
}
