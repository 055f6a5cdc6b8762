/** Small pieces of Markdown shared by the generated references. */

/** Text made safe for one cell of a Markdown table: pipes escaped, line breaks made spaces. */
export function markdownCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
