import type { Article } from '../../db/schema.js';
import type { LiveChanges, WorkingCopyStep } from '../../newsroom/working-copy.js';
import { WORKING_COPY_STEPS } from '../../newsroom/working-copy.js';
import type { AdminContext } from '../context.js';
import { AdminLayout, CsrfField } from '../layout.js';
import { articleAdminPath, Time } from './article-parts.js';
import { FieldDiffs } from './diff-view.js';

/** The unpublished changes of a live article, and what this person may do with them. */

export interface LiveChangesPageProps {
  ctx: AdminContext;
  timeZone: string;
  article: Pick<Article, 'id' | 'title'>;
  changes: LiveChanges | null;
  /** The steps this person may take now, in the order shown. */
  steps: WorkingCopyStep[];
  notice?: { kind: 'ok' | 'error'; text: string };
}

const STEP_HINTS: Record<WorkingCopyStep, string> = {
  update_live: 'Bạn đọc sẽ thấy ngay các thay đổi trên.',
  submit_changes: 'Người được đăng bài sẽ xem và cập nhật bài.',
  discard_changes: 'Bản sửa bị bỏ; bài giữ nguyên như bạn đọc đang thấy. Bản sửa vẫn còn trong lịch sử.',
};

function StepForm({ articleId, step, version, csrfToken }: { articleId: number; step: WorkingCopyStep; version: number; csrfToken: string }) {
  const danger = step === 'discard_changes';
  return (
    <form method="post" action={articleAdminPath(articleId, '/thay-doi')} class="form transition-form" data-step={step}>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="name" value={step} />
      <input type="hidden" name="version" value={String(version)} />
      {step === 'update_live' ? (
        <>
          <label for="update-note">Ghi chú (không bắt buộc)</label>
          <input id="update-note" name="note" type="text" maxLength={500} />
        </>
      ) : null}
      <button type="submit" class={danger ? 'button button-danger' : step === 'update_live' ? 'button' : 'button button-secondary'}>
        {WORKING_COPY_STEPS[step]}
      </button>
      <p class="hint">{STEP_HINTS[step]}</p>
    </form>
  );
}

export function LiveChangesPage({ ctx, timeZone, article, changes, steps, notice }: LiveChangesPageProps) {
  return (
    <AdminLayout ctx={ctx} title={`Thay đổi chưa đăng: ${article.title}`}>
      <h1>Thay đổi chưa đăng</h1>
      <p>
        <a href={articleAdminPath(article.id)}>« {article.title}</a>
      </p>
      {notice ? (
        <p class={`alert alert-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      ) : null}
      {changes ? (
        <>
          <p class="live-state">
            Bạn đọc đang thấy bản đã đăng. Bản sửa (phiên bản {changes.version}) lưu lúc <Time iso={changes.savedAt} timeZone={timeZone} />
            {changes.savedBy ? ` bởi ${changes.savedBy}` : ''}
            {changes.submittedAt ? (
              <>
                {', đã gửi duyệt lúc '}
                <Time iso={changes.submittedAt} timeZone={timeZone} />
              </>
            ) : null}
            .
          </p>
          <p class="hint">Chữ gạch ngang là của bản đang đăng; chữ gạch chân là của bản sửa.</p>
          <section class="panel compare" aria-label="Các thay đổi">
            <FieldDiffs fields={changes.fields} same="Nội dung giống hệt bản đang đăng." />
          </section>
          {steps.map((step) => (
            <StepForm key={step} articleId={article.id} step={step} version={changes.version} csrfToken={ctx.csrfToken} />
          ))}
        </>
      ) : (
        <p class="hint">Bài không có thay đổi nào chưa đăng: bạn đọc đang thấy phiên bản mới nhất.</p>
      )}
    </AdminLayout>
  );
}
