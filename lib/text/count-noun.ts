/** "1 component", "3 components": a count with its noun in the right number (regular English plurals only). */
export function countNoun(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
