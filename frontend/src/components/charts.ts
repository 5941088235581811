import { html, nothing, svg } from 'lit';
import { formatNumber } from '../i18n/i18n';

/**
 * A bar chart that is a table: each row's label, its number in words and digits, and a bar drawn to scale
 * (SVG, hidden from screen readers, which read the table). Works without colour and mirrors in Arabic.
 */
export function barTable(id: string, caption: string, headers: string[], rows: { label: string; values: number[] }[]) {
  if (rows.length === 0) {
    return nothing;
  }
  const most = Math.max(...rows.map((row) => row.values[0]), 1);
  return html`<table class="count-table" id=${id}>
    <caption>${caption}</caption>
    <thead>
      <tr>${headers.map((header) => html`<th scope="col">${header}</th>`)}</tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) => html`<tr>
          <th scope="row">${row.label}</th>
          <td>
            <span class="count-table__number">${formatNumber(row.values[0])}</span>
            <svg class="count-table__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect x="0" y="0" height="10" width=${row.values[0] === 0 ? 0 : Math.max(2, (row.values[0] / most) * 100)}></rect>
            </svg>
          </td>
          ${row.values.slice(1).map((value) => html`<td>${formatNumber(value)}</td>`)}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** One bar split into parts (for example engagements by status), with a class per part for its colour. */
export function stackedBar(parts: { key: string; value: number }[]) {
  const total = parts.reduce((sum, part) => sum + part.value, 0);
  if (total === 0) {
    return nothing;
  }
  let offset = 0;
  return html`<svg class="stacked-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${parts.map((part) => {
      const width = (part.value / total) * 100;
      const rect = svg`<rect class="stacked-bar__${part.key}" x=${offset} y="0" width=${width} height="10"></rect>`;
      offset += width;
      return rect;
    })}
  </svg>`;
}
