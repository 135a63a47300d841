/**
 * "Nguyễn Văn A đang sửa bài này": the editor page names who else has the article open when it is
 * drawn (without JavaScript too); this keeps the line current. While the page is visible it sends a
 * heartbeat to the element's `data-url` every `data-interval` ms and shows the answer; leaving the
 * page says so with a beacon, so others stop seeing this person's name at once.
 */

interface PresenceAnswer {
  message: string;
}

function isAnswer(value: unknown): value is PresenceAnswer {
  return typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string';
}

function csrfToken(): string {
  return document.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value ?? '';
}

export function watchPresence(line: HTMLElement): void {
  const url = line.dataset.url;
  const interval = Number(line.dataset.interval);
  if (!url || !Number.isFinite(interval) || interval <= 0) return;
  let submitting = false;

  const beat = async (): Promise<void> => {
    if (document.visibilityState !== 'visible') return;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': csrfToken() },
        body: '{}',
        credentials: 'same-origin',
      });
      if (!response.ok) return;
      const answer: unknown = await response.json();
      if (!isAnswer(answer)) return;
      // Only a change is written: a screen reader announces the status line each time it changes.
      if (line.textContent !== answer.message) line.textContent = answer.message;
      line.hidden = answer.message === '';
    } catch {
      // Offline for a moment: the next heartbeat tries again; the line keeps what it said.
    }
  };

  window.setInterval(() => void beat(), interval);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void beat();
  });
  // A form sent from this page (a save, a workflow step) comes back to the same article: no goodbye.
  document.addEventListener('submit', () => {
    submitting = true;
  });
  window.addEventListener('pagehide', () => {
    if (submitting) return;
    navigator.sendBeacon(url, new URLSearchParams({ _csrf: csrfToken(), 'roi-di': '1' }));
  });
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    submitting = false;
    void beat();
  });
  void beat();
}

const line = document.querySelector<HTMLElement>('#dang-sua[data-url]');
if (line) watchPresence(line);
