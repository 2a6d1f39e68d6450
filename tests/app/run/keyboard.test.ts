import { describe, expect, it } from 'vitest';
import { keyAction } from '../../../src/app/run/keyboard.ts';

const key = (
  k: string,
  mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
) => keyAction({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('run page shortcuts', () => {
  it('map the keys of the issue to controller actions', () => {
    expect(key(' ')).toBe('toggle');
    expect(key('ArrowRight')).toBe('stepForward');
    expect(key('ArrowLeft')).toBe('stepBack');
    expect(key('ArrowRight', { shiftKey: true })).toBe('nextBoundary');
    expect(key('ArrowLeft', { shiftKey: true })).toBe('prevBoundary');
    expect(key('-')).toBe('slower');
    expect(key('+', { shiftKey: true })).toBe('faster');
    expect(key('=')).toBe('faster');
    expect(key('Home')).toBe('home');
    expect(key('End')).toBe('end');
  });

  it('leave Ctrl, Cmd and Alt combinations and other keys alone', () => {
    expect(key('ArrowRight', { ctrlKey: true })).toBeNull();
    expect(key('ArrowLeft', { altKey: true })).toBeNull();
    expect(key(' ', { metaKey: true })).toBeNull();
    expect(key('a')).toBeNull();
    expect(key('Delete')).toBeNull();
  });
});
