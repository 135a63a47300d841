import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook may not reach unless WEBHOOK_ALLOW_PRIVATE is set: loopback, private,
 * link-local (cloud metadata), carrier-grade NAT, multicast and reserved ranges. Otherwise a
 * newsroom account could make the server probe its own network.
 */
const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 3],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family !== 6) return true;
  // IPv4-mapped and -compatible forms (::ffff:127.0.0.1) are checked as the IPv4 address they carry.
  const mapped = /^::(?:ffff:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped !== undefined) return blocked.check(mapped, 'ipv4');
  return blocked.check(address, 'ipv6');
}

export class WebhookUrlError extends Error {}

/** Checks a URL an administrator typed: http(s), no credentials, and every address it resolves to allowed. */
export async function checkWebhookUrl(raw: string, allowPrivate: boolean): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new WebhookUrlError('Địa chỉ không hợp lệ: hãy nhập đầy đủ, ví dụ https://app.example.vn/webhook.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new WebhookUrlError('Chỉ nhận địa chỉ http:// hoặc https://.');
  if (url.username || url.password) throw new WebhookUrlError('Địa chỉ không được chứa tên đăng nhập hay mật khẩu.');
  if (raw.length > 2000) throw new WebhookUrlError('Địa chỉ quá dài.');
  if (allowPrivate) return url;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    throw new WebhookUrlError(`Không tìm thấy máy chủ "${host}".`);
  }
  if (addresses.length === 0 || addresses.some(isPrivateAddress)) {
    throw new WebhookUrlError(`"${host}" trỏ tới địa chỉ nội bộ hoặc loopback; máy chủ không gửi webhook vào mạng nội bộ.`);
  }
  return url;
}
