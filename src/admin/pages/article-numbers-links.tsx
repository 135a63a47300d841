/** The article screen's way to its royalty panel and its own page views (their screens check who may see them). */
export function ArticleNumbersLinks({ articleId }: { articleId: number }) {
  return (
    <p class="article-numbers-links">
      <a href={`/admin/bai-viet/${articleId}/luot-xem`}>Lượt xem theo ngày</a> · <a href={`/admin/bai-viet/${articleId}/nhuan-but`}>Nhuận bút</a>
    </p>
  );
}
