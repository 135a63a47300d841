import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cleanPastedHtml, convertWordLists } from './paste.js';

const WORD_DOC = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=Generator content="Microsoft Word 15"><link rel=File-List href="file:///C:/x/filelist.xml">
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
<style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm; font-family:"Times New Roman"} --></style></head>
<body lang=VI style='tab-interval:36.0pt'><!--StartFragment-->
<h1 style='mso-margin-top-alt:auto'>Tiêu đề lớn</h1>
<p class=MsoNormal style='mso-margin-top-alt:auto;text-align:justify'><b style='mso-bidi-font-weight:normal'>Đậm</b> chữ <i>nghiêng</i> <a href="https://baosonlam.vn/x">liên kết</a><o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Mục một<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Mục hai<o:p></o:p></p>
<script>alert(1)</script>
<!--EndFragment--></body></html>`;

describe('cleanPastedHtml', () => {
  const out = cleanPastedHtml(WORD_DOC);

  test('drops the head, styles, scripts, conditional comments and Office tags', () => {
    for (const junk of ['<style', '<script', 'alert(1)', '<!--', '<![if', 'o:p', '<xml', '<meta', '<link', 'WordDocument', 'mso-', 'Mso', 'lang=']) {
      assert.ok(!out.includes(junk), `${junk} is gone: ${out}`);
    }
  });

  test('keeps the text structure: headings (h1 becomes h2), bold, italic, links', () => {
    assert.match(out, /<h2>Tiêu đề lớn<\/h2>/);
    assert.match(out, /<b>Đậm<\/b> chữ <i>nghiêng<\/i> <a href="https:\/\/baosonlam.vn\/x">liên kết<\/a>/);
    assert.ok(!/style=|onerror|onclick/i.test(out), 'no style or event attribute is left for the CSP to report');
  });

  test('drops the empty spacer paragraph', () => {
    assert.ok(!/<p>(\s|&nbsp;)*<\/p>/.test(out), out);
  });

  test('Word bullet paragraphs become a list without the typed bullets', () => {
    assert.match(out, /<ul><li><p>Mục một<\/p><\/li><li><p>Mục hai<\/p><\/li><\/ul>/);
    assert.ok(!out.includes('·'), out);
  });

  test('normalizes Vietnamese to NFC', () => {
    const decomposed = '<p>Hòa bình</p>'.normalize('NFD');
    assert.equal(cleanPastedHtml(decomposed), '<p>Hòa bình</p>'.normalize('NFC'));
  });

  test('keeps the figure classes the site uses and drops others', () => {
    const html = cleanPastedHtml(
      '<figure class="inline-image wp-block"><img src="https://a.vn/b.jpg" class="x"><figcaption>Ảnh <span class="credit foo">Ảnh: A</span></figcaption></figure>',
    );
    assert.equal(html, '<figure class="inline-image"><img src="https://a.vn/b.jpg"><figcaption>Ảnh <span class="credit">Ảnh: A</span></figcaption></figure>');
  });

  test('bold and italic written as styles (Google Docs, web pages) become strong and em', () => {
    const html = cleanPastedHtml(
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr" style="line-height:1.38"><span style="font-size:11pt;font-weight:700">Đậm</span> <span style="font-style:italic">nghiêng</span> <span style="font-weight:700;font-style:italic">cả hai</span> thường</p></b>',
    );
    assert.equal(
      html,
      '<span><p><span><strong>Đậm</strong></span> <span><em>nghiêng</em></span> <span><strong><em>cả hai</em></strong></span> thường</p></span>',
    );
  });

  test('nested elements close in the right order', () => {
    const html = cleanPastedHtml('<p style="font-weight:bold">a <span>b <span style="font-style:italic">c</span></span> d</p><p>e</p>');
    assert.equal(html, '<p><strong>a <span>b <span><em>c</em></span></span> d</strong></p><p>e</p>');
  });

  test('event handlers, unknown attributes and unusable pictures go', () => {
    const html = cleanPastedHtml(
      '<p onclick="alert(1)" data-x="1" id="a">x<img src="file:///C:/a.jpg" onerror="alert(2)"><img src="https://a.vn/b.jpg" alt="B" onerror="alert(3)" width="10"></p><ol start="3" type="a"><li>y</li></ol>',
    );
    assert.equal(html, '<p>x<img src="https://a.vn/b.jpg" alt="B" width="10"></p><ol start="3"><li>y</li></ol>');
  });
});

describe('convertWordLists', () => {
  const item = (level: number, marker: string, text: string) =>
    `<p class=MsoListParagraph style='mso-list:l1 level${level} lfo2'><!--[if !supportLists]--><span style='mso-list:Ignore'>${marker}<span>&nbsp;&nbsp;</span></span><!--[endif]-->${text}</p>`;

  test('numbered items become an ordered list, levels nest', () => {
    const html = convertWordLists(`<p>Trước</p>\n${item(1, '1.', 'Một')}\n${item(2, 'a.', 'Một a')}\n${item(1, '2.', 'Hai')}\n<p>Sau</p>`);
    assert.equal(html, '<p>Trước</p>\n<ol><li><p>Một</p><ol><li><p>Một a</p></li></ol></li><li><p>Hai</p></li></ol>\n<p>Sau</p>');
  });

  test('a paragraph between two lists ends the first', () => {
    const html = convertWordLists(`${item(1, '·', 'A')}<p>Giữa</p>${item(1, 'o', 'B')}`);
    assert.equal(html, '<ul><li><p>A</p></li></ul><p>Giữa</p><ul><li><p>B</p></li></ul>');
  });

  test('HTML without Word lists is unchanged', () => {
    const html = '<p>Một</p><ul><li>Hai</li></ul>';
    assert.equal(convertWordLists(html), html);
  });
});
