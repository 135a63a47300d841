import { Node } from '@tiptap/core';

/**
 * Tables, so that one pasted or imported from Word (a price list, results by commune) keeps its
 * rows and cells in the editor. Kept simple on purpose: rows of header and data cells holding
 * paragraphs, no merged cells or column widths; the sanitiser allows the same elements.
 */

export const Table = Node.create({
  name: 'table',
  group: 'block',
  content: 'tableRow+',
  isolating: true,
  parseHTML() {
    return [{ tag: 'table' }];
  },
  renderHTML() {
    return ['table', ['tbody', 0]];
  },
});

export const TableRow = Node.create({
  name: 'tableRow',
  content: '(tableHeader | tableCell)+',
  parseHTML() {
    return [{ tag: 'tr' }];
  },
  renderHTML() {
    return ['tr', 0];
  },
});

export const TableHeader = Node.create({
  name: 'tableHeader',
  content: 'paragraph+',
  isolating: true,
  parseHTML() {
    return [{ tag: 'th' }];
  },
  renderHTML() {
    return ['th', 0];
  },
});

export const TableCell = Node.create({
  name: 'tableCell',
  content: 'paragraph+',
  isolating: true,
  parseHTML() {
    return [{ tag: 'td' }];
  },
  renderHTML() {
    return ['td', 0];
  },
});
