import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Autosaver, CONFLICT_MESSAGE, clockTime, savedMessage, type AutosaveOptions, type AutosaveState } from './autosave.js';

interface Call {
  url: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
  keepalive?: boolean;
}

type Reply = { status: number; body?: unknown; redirected?: boolean; contentType?: string } | 'network-error';

/** An autosaver on fake timers and a fake server that answers from a list. */
function harness(replies: Reply[], overrides: Partial<AutosaveOptions> = {}) {
  const calls: Call[] = [];
  const statuses: { text: string; state: AutosaveState }[] = [];
  const timers = new Map<number, { fn: () => void; ms: number }>();
  let nextTimer = 1;
  let version = 3;
  let title = 'Tiêu đề';
  const saver = new Autosaver({
    url: '/admin/bai-viet/7/autosave',
    collect: () => ({ title, body_html: '<p>x</p>', version: String(version) }),
    csrfToken: () => 'tok',
    applyVersion: (v) => (version = v),
    setStatus: (text, state) => statuses.push({ text, state }),
    delayMs: 10_000,
    maxWaitMs: 30_000,
    retryMs: 30_000,
    setTimer: (fn, ms) => {
      const id = nextTimer++;
      timers.set(id, { fn, ms });
      return id;
    },
    clearTimer: (id) => timers.delete(id as number),
    fetch: async (url, init) => {
      calls.push({ url, headers: init.headers, body: JSON.parse(init.body) as Record<string, unknown>, keepalive: init.keepalive });
      const reply = replies.shift() ?? { status: 200, body: { version: version + 1, savedAt: new Date().toISOString() } };
      if (reply === 'network-error') throw new TypeError('Failed to fetch');
      const contentType = reply.contentType ?? 'application/json; charset=utf-8';
      return {
        status: reply.status,
        ok: reply.status < 300,
        redirected: reply.redirected ?? false,
        headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? contentType : null) },
        json: async () => reply.body,
      };
    },
    ...overrides,
  });
  /** Fires the pending timer (there is at most one) and waits for the save it starts. */
  const tick = async () => {
    const [id, timer] = [...timers.entries()][0] ?? [];
    assert.ok(timer && id !== undefined, 'a save is scheduled');
    timers.delete(id);
    timer.fn();
    await saver.idle();
  };
  return {
    saver,
    calls,
    statuses,
    timers,
    tick,
    get version() {
      return version;
    },
    setTitle: (t: string) => (title = t),
    /** The request sent `n`-th, from 0: the test fails when there is none. */
    call: (n: number) => {
      const call = calls[n];
      assert.ok(call, `request ${n + 1} was sent`);
      return call;
    },
    /** The status shown last. */
    lastStatus: () => {
      const status = statuses.at(-1);
      assert.ok(status, 'a status was shown');
      return status;
    },
    /** The delay of the pending timer (there is at most one). */
    pendingDelay: () => {
      const [timer] = timers.values();
      assert.ok(timer, 'a save is scheduled');
      return timer.ms;
    },
  };
}

describe('Autosaver', () => {
  test('saves 10 s after a change, with the CSRF header, and takes the new version', async () => {
    const h = harness([{ status: 200, body: { version: 4, savedAt: '2024-05-01T07:05:00.000Z' } }]);
    assert.equal(h.timers.size, 0);
    h.saver.markDirty();
    assert.equal(h.pendingDelay(), 10_000);
    assert.ok(h.saver.dirty);
    await h.tick();
    assert.equal(h.calls.length, 1);
    assert.equal(h.call(0).url, '/admin/bai-viet/7/autosave');
    assert.equal(h.call(0).headers['x-csrf-token'], 'tok');
    assert.equal(h.call(0).headers['content-type'], 'application/json');
    assert.deepEqual(h.call(0).body, { title: 'Tiêu đề', body_html: '<p>x</p>', version: '3' });
    assert.equal(h.version, 4);
    assert.ok(!h.saver.dirty);
    const last = h.lastStatus();
    assert.equal(last.state, 'saved');
    assert.equal(last.text, savedMessage(new Date('2024-05-01T07:05:00.000Z')));
    assert.match(last.text, /^Đã tự động lưu lúc \d{2}:\d{2}$/);
  });

  test("a live article's autosave says readers do not see it yet", async () => {
    const h = harness([{ status: 200, body: { version: 5, savedAt: '2024-05-01T07:05:00.000Z', unpublished: true } }]);
    h.saver.markDirty();
    await h.tick();
    const last = h.lastStatus();
    assert.equal(last.state, 'saved');
    assert.match(last.text, /^Đã tự động lưu bản sửa lúc \d{2}:\d{2} \(bạn đọc chưa thấy\)$/);
  });

  test('nothing changed, nothing saved', async () => {
    const h = harness([]);
    await h.saver.flush();
    assert.equal(h.calls.length, 0);
  });

  test('keeps typing from delaying the save for ever', () => {
    const h = harness([]);
    const realNow = Date.now;
    let now = 1_000_000;
    Date.now = () => now;
    try {
      h.saver.markDirty();
      now += 25_000;
      h.saver.markDirty();
      assert.equal(h.pendingDelay(), 5_000, 'at most 30 s after the first unsaved change');
      assert.equal(h.timers.size, 1, 'one timer at a time');
    } finally {
      Date.now = realNow;
    }
  });

  test('a change during a save is saved next, with the version of the first save', async () => {
    let release: () => void = () => {};
    const slow = harness([], {
      fetch: async () => {
        await new Promise<void>((resolve) => (release = resolve));
        return { status: 200, ok: true, headers: { get: () => 'application/json' }, json: async () => ({ version: 4, savedAt: new Date().toISOString() }) };
      },
    });
    slow.saver.markDirty();
    const first = slow.saver.flush();
    await Promise.resolve();
    slow.saver.markDirty();
    release();
    await first;
    assert.ok(slow.saver.dirty, 'the later change is still unsaved');
    assert.equal(slow.timers.size, 1, 'and a save is scheduled for it');
    assert.equal(slow.version, 4);
  });

  test('a conflict stops autosaving and says so', async () => {
    const h = harness([{ status: 409, body: { error: 'conflict', version: 9 } }]);
    h.saver.markDirty();
    await h.tick();
    assert.equal(h.lastStatus().text, CONFLICT_MESSAGE);
    assert.equal(h.lastStatus().state, 'conflict');
    assert.equal(h.version, 3, 'the newer version is not taken over silently');
    assert.ok(h.saver.isStopped);
    h.saver.markDirty();
    assert.equal(h.timers.size, 0, 'no more saves');
  });

  test('bad input: the server message, no retry until the next change', async () => {
    const h = harness([{ status: 400, body: { error: 'Bài viết cần có tiêu đề.', fields: { title: 'Bài viết cần có tiêu đề.' } } }]);
    h.saver.markDirty();
    await h.tick();
    assert.equal(h.lastStatus().text, 'Không lưu được: Bài viết cần có tiêu đề.');
    assert.equal(h.timers.size, 0);
    assert.ok(h.saver.dirty);
    h.setTitle('Có tiêu đề');
    h.saver.markDirty();
    assert.equal(h.pendingDelay(), 10_000, 'the next change waits the usual time');
    await h.tick();
    assert.equal(h.call(1).body.title, 'Có tiêu đề');
    assert.equal(h.lastStatus().state, 'saved');
  });

  test('network failure: says so and tries again later', async () => {
    const h = harness(['network-error']);
    h.saver.markDirty();
    await h.tick();
    assert.match(h.lastStatus().text, /^Không lưu được: mất kết nối/);
    assert.equal(h.pendingDelay(), 30_000);
    await h.tick();
    assert.equal(h.calls.length, 2);
    assert.equal(h.lastStatus().state, 'saved');
  });

  test('an expired session (redirected to the login page) is not taken for a save', async () => {
    const h = harness([{ status: 200, redirected: true, contentType: 'text/html', body: null }]);
    h.saver.markDirty();
    await h.tick();
    assert.match(h.lastStatus().text, /phiên đăng nhập/);
    assert.ok(h.saver.dirty);
  });

  test('flush saves at once (page hidden) and can keep the request alive', async () => {
    const h = harness([]);
    h.saver.markDirty();
    await h.saver.flush({ keepalive: true });
    assert.equal(h.calls.length, 1);
    assert.equal(h.call(0).keepalive, true);
    assert.equal(h.timers.size, 0);
  });

  test('a body too long for a keep-alive request goes the ordinary way', async () => {
    const h = harness([], { collect: () => ({ body_html: `<p>${'chữ '.repeat(30_000)}</p>`, version: '3' }) });
    h.saver.markDirty();
    await h.saver.flush({ keepalive: true });
    assert.equal(h.call(0).keepalive, false);
  });

  test('stop ends autosaving (the form is being submitted)', () => {
    const h = harness([]);
    h.saver.markDirty();
    h.saver.stop();
    assert.equal(h.timers.size, 0);
  });

  test('clock time is two-digit hours and minutes', () => {
    assert.equal(clockTime(new Date(2024, 0, 1, 4, 5)), '04:05');
    assert.equal(clockTime(new Date(2024, 0, 1, 14, 30)), '14:30');
  });
  test('a new article: nothing is sent until it may be saved, then the first save creates it and the next go where it now lives', async () => {
    let url = '/admin/bai-viet/autosave';
    let blocked: string | null = 'Bản nháp sẽ được tự động lưu khi bài có tiêu đề và chuyên mục.';
    const answers: Record<string, unknown>[] = [];
    const h = harness(
      [
        {
          status: 200,
          body: {
            version: 1,
            savedAt: '2024-05-01T07:05:00.000Z',
            created: { id: 9, editUrl: '/admin/bai-viet/9', autosaveUrl: '/admin/bai-viet/9/autosave' },
          },
        },
      ],
      {
        url: () => url,
        blocked: () => blocked,
        applyVersion: (_version, answer) => {
          answers.push(answer);
          const created = answer.created as { autosaveUrl: string } | undefined;
          if (created) url = created.autosaveUrl;
        },
      },
    );
    h.saver.markDirty();
    await h.tick();
    assert.equal(h.calls.length, 0, 'nothing sent while blocked');
    assert.deepEqual(h.statuses.at(-1), { text: 'Bản nháp sẽ được tự động lưu khi bài có tiêu đề và chuyên mục.', state: 'waiting' });
    assert.ok(h.saver.dirty, 'still unsaved: leaving warns');
    assert.equal(h.timers.size, 0, 'no retry: the next change tries again');

    blocked = null;
    h.saver.markDirty();
    await h.tick();
    h.saver.markDirty();
    await h.tick();
    assert.deepEqual(
      h.calls.map((c) => c.url),
      ['/admin/bai-viet/autosave', '/admin/bai-viet/9/autosave'],
    );
    assert.deepEqual(
      answers[0]?.created,
      { id: 9, editUrl: '/admin/bai-viet/9', autosaveUrl: '/admin/bai-viet/9/autosave' },
      'the whole answer reaches the page',
    );
    assert.equal(h.saver.dirty, false);
  });
});
