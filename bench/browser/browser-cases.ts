import type { Entry } from '../entry.ts';

export async function browserCases(_options: {
  quick: boolean;
  wanted: (family: string) => boolean;
}): Promise<Entry[]> {
  return [];
}
