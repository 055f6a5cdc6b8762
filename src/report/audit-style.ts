/**
 * The standalone report's stylesheet: a compact rendering of the GOV.UK Frontend classes the
 * markup uses (the offline page styles the same markup with govuk-frontend itself), in system
 * fonts, without the GOV.UK crown, name or font, which are for gov.uk services only. The print
 * rules let a browser print the report to PDF: no page breaks inside a chart or a table row.
 */
export const REPORT_STYLE = `
*, *::before, *::after { box-sizing: border-box; }
html { background: #f3f2f1; }
body { margin: 0; background: #fff; color: #0b0c0c; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 16px; line-height: 1.4; -webkit-text-size-adjust: 100%; }
.govuk-width-container { max-width: 1020px; margin: 0 auto; padding: 0 15px; }
.govuk-main-wrapper { padding: 30px 15px 40px; }
.govuk-heading-l { font-size: 2rem; line-height: 1.1; font-weight: 700; margin: 0 0 20px; }
.govuk-heading-m { font-size: 1.5rem; line-height: 1.25; font-weight: 700; margin: 40px 0 15px; padding-top: 10px; border-top: 1px solid #b1b4b6; }
.govuk-heading-s { font-size: 1.1875rem; line-height: 1.3; font-weight: 700; margin: 0 0 10px; }
.govuk-body, .govuk-body-l, .govuk-body-s { margin: 0 0 15px; }
.govuk-body-l { font-size: 1.25rem; }
.govuk-body-s { font-size: 0.875rem; }
.govuk-caption { display: block; color: #505a5f; font-size: 0.875rem; font-weight: 400; }
.govuk-link { color: #1d70b8; text-decoration: underline; text-underline-offset: 0.1em; }
.govuk-link:visited { color: #4c2c92; }
.govuk-link:focus { outline: 3px solid transparent; background: #fd0; box-shadow: 0 -2px #fd0, 0 4px #0b0c0c; color: #0b0c0c; text-decoration: none; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; background: #f3f2f1; padding: 0 3px; }
.govuk-summary-list { margin: 0 0 30px; display: table; width: 100%; table-layout: fixed; border-collapse: collapse; }
.govuk-summary-list__row { display: table-row; border-bottom: 1px solid #b1b4b6; }
.govuk-summary-list__key, .govuk-summary-list__value { display: table-cell; padding: 8px 20px 8px 0; vertical-align: top; margin: 0; }
.govuk-summary-list__key { width: 30%; font-weight: 700; }
.govuk-summary-list__value { overflow-wrap: anywhere; }
.govuk-table { width: 100%; border-collapse: collapse; border-spacing: 0; margin: 0 0 30px; font-size: 0.9375rem; }
.govuk-table__caption { font-weight: 700; text-align: left; margin-bottom: 10px; }
.govuk-table__caption--m { font-size: 1.125rem; }
.govuk-table__header, .govuk-table__cell { padding: 8px 16px 8px 0; border-bottom: 1px solid #b1b4b6; text-align: left; vertical-align: top; overflow-wrap: break-word; }
thead .govuk-table__header { white-space: nowrap; }
.audit-table-wrap { overflow-x: auto; }
.audit-table-wrap:focus { outline: 3px solid #ffdd00; outline-offset: 0; }
.govuk-table__header { font-weight: 700; }
.govuk-table__header:last-child, .govuk-table__cell:last-child { padding-right: 0; }
.govuk-table__header--numeric, .govuk-table__cell--numeric { text-align: right; font-variant-numeric: tabular-nums; overflow-wrap: normal; }
.govuk-table__cell--numeric { white-space: nowrap; }
.govuk-table__header--numeric { hyphens: auto; }
.govuk-tag { white-space: nowrap; display: inline-block; padding: 2px 8px 3px; font-size: 0.875rem; font-weight: 700; line-height: 1.2; border-radius: 0; }
.govuk-tag--orange { color: #6e3619; background: #fcd6c3; }
.govuk-tag--red { color: #2a0b06; background: #f4cdc6; }
.govuk-tag--grey { color: #282d30; background: #eeefef; }
.govuk-inset-text { padding: 15px; margin: 20px 0; border-left: 10px solid #b1b4b6; }
.audit-chart { margin: 0 0 40px; padding: 0; }
.audit-chart__drawing { overflow-x: auto; margin: 0 0 15px; }
.audit-chart__drawing svg { max-width: 100%; height: auto; }
.audit-footer { color: #505a5f; margin-top: 40px; }
@media print {
  html, body { background: #fff; }
  body { font-size: 10pt; }
  .govuk-main-wrapper { padding: 0; }
  .govuk-width-container { max-width: none; }
  .govuk-heading-m { break-after: avoid; page-break-after: avoid; }
  .audit-chart, .govuk-summary-list__row, .govuk-table__row { break-inside: avoid; page-break-inside: avoid; }
  .govuk-table__caption { break-after: avoid; }
  thead { display: table-header-group; }
  .audit-chart__drawing, .audit-table-wrap { overflow: visible; }
  /* Paper cannot scroll: a table narrower than its longest word breaks the word rather than lose its end. */
  .govuk-table__cell { overflow-wrap: anywhere; }
  .govuk-link { color: #0b0c0c; }
  @page { margin: 15mm; }
}
`;
