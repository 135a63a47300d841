/**
 * Search-as-you-type for every search box that posts to /tim-kiem. Progressive: without this
 * script the boxes are plain GET forms. Follows the ARIA 1.2 combobox pattern (input with
 * role=combobox, a listbox popup, aria-activedescendant), so screen readers announce the
 * suggestions and the keyboard alone can use them. All text goes in via textContent: titles
 * from the API are never parsed as HTML.
 */

interface Suggestion {
  id: number;
  title: string;
  url: string;
}

const DEBOUNCE_MS = 200;
const MIN_CHARS = 2;

function isSuggestionList(value: unknown): value is { suggestions: Suggestion[] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { suggestions?: unknown }).suggestions);
}

function enhance(input: HTMLInputElement, index: number): void {
  const listId = `goi-y-${index}`;
  const list = document.createElement('ul');
  list.id = listId;
  list.className = 'search-suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Gợi ý tìm kiếm');
  list.hidden = true;
  const status = document.createElement('span');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  input.insertAdjacentElement('afterend', list);
  list.insertAdjacentElement('afterend', status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);

  let items: Suggestion[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | undefined;

  const options = () => Array.from(list.querySelectorAll<HTMLLIElement>('[role="option"]'));

  function close(): void {
    list.hidden = true;
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function setActive(next: number): void {
    const all = options();
    if (all.length === 0) return;
    active = (next + all.length) % all.length;
    all.forEach((li, i) => li.setAttribute('aria-selected', i === active ? 'true' : 'false'));
    const chosen = all[active];
    if (!chosen) return;
    input.setAttribute('aria-activedescendant', chosen.id);
    chosen.scrollIntoView({ block: 'nearest' });
  }

  function render(): void {
    list.replaceChildren(
      ...items.map((item, i) => {
        const li = document.createElement('li');
        li.id = `${listId}-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        const link = document.createElement('a');
        link.href = item.url;
        link.textContent = item.title;
        link.tabIndex = -1;
        li.append(link);
        // mousedown, not click: the input must not lose focus (and close the list) first.
        li.addEventListener('mousedown', (event) => {
          event.preventDefault();
          window.location.assign(item.url);
        });
        return li;
      }),
    );
    active = -1;
    input.removeAttribute('aria-activedescendant');
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', items.length > 0 ? 'true' : 'false');
    status.textContent = items.length > 0 ? `Có ${items.length} gợi ý, dùng phím mũi tên để chọn.` : '';
  }

  async function fetchSuggestions(query: string): Promise<void> {
    pending?.abort();
    pending = new AbortController();
    try {
      const response = await fetch(`/api/v1/search/suggest?q=${encodeURIComponent(query)}`, {
        signal: pending.signal,
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) return;
      const data: unknown = await response.json();
      if (input.value.trim() !== query) return;
      items = isSuggestionList(data) ? data.suggestions.slice(0, 8) : [];
      render();
    } catch {
      // Aborted by a newer keystroke, or offline: the form still works without suggestions.
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (query.length < MIN_CHARS) {
      items = [];
      render();
      return;
    }
    timer = setTimeout(() => void fetchSuggestions(query), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (event) => {
    const open = !list.hidden;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open && items.length > 0) render();
      setActive(active + 1);
    } else if (event.key === 'ArrowUp') {
      if (!open) return;
      event.preventDefault();
      setActive(active - 1);
    } else if (event.key === 'Enter') {
      // With a suggestion chosen, go to that article; otherwise the form submits as usual.
      const chosen = items[active];
      if (open && active >= 0 && chosen) {
        event.preventDefault();
        window.location.assign(chosen.url);
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        close();
      }
    }
  });

  input.addEventListener('blur', close);
}

document.querySelectorAll<HTMLInputElement>('form[action="/tim-kiem"] input[name="q"]').forEach(enhance);
