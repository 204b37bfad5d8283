// Type-name normalisation must read only its own alias table.
import { describe, expect, it } from 'vitest';
import { suggestScalarType } from '../../generator/spec/normalize.js';

describe('suggestScalarType', () => {
  it.each([['constructor'], ['hasOwnProperty'], ['valueOf'], ['isPrototypeOf']])('leaves the type %s alone (no Object.prototype member is an alias)', (type) => {
    expect(suggestScalarType(type)).toBeUndefined();
  });

  it.each([
    ['Stirng', 'String'],
    ['long', 'Number'],
    ['BigDecimal', 'Price'],
  ])('reads %s as %s', (type, want) => {
    expect(suggestScalarType(type)).toEqual({ type: want });
  });
});
