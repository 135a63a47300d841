/** A one-line result at the top of a management page: what was just done, or why it was not. */
export interface Flash {
  kind: 'ok' | 'error';
  text: string;
}

export function FlashMessage({ flash }: { flash: Flash | null | undefined }) {
  if (!flash) return null;
  return flash.kind === 'ok' ? (
    <p class="alert alert-ok" role="status">
      {flash.text}
    </p>
  ) : (
    <p class="alert alert-error" role="alert">
      {flash.text}
    </p>
  );
}

/** A field's error under it, tied to the input by aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={`${id}-error`} class="field-error">
      {message}
    </p>
  ) : null;
}

export function describedBy(id: string, message: string | undefined): string | undefined {
  return message ? `${id}-error` : undefined;
}
