/**
 * The values of ts-morph's `StructureKind` that the emitter uses, mirrored here so that emitting needs ts-morph's types
 * only: importing ts-morph at run time loads the TypeScript compiler (0.66 s measured), which alone would spend the
 * budget of a one-API regenerate. `test/emit/printer.test.ts` checks every value against ts-morph's own enum.
 */
import type { StructureKind } from 'ts-morph';

export const Kind = {
  Class: 2 as StructureKind.Class,
  ExportDeclaration: 11 as StructureKind.ExportDeclaration,
  ExportSpecifier: 12 as StructureKind.ExportSpecifier,
  Function: 13 as StructureKind.Function,
  ImportDeclaration: 16 as StructureKind.ImportDeclaration,
  ImportSpecifier: 17 as StructureKind.ImportSpecifier,
  Interface: 19 as StructureKind.Interface,
  Parameter: 30 as StructureKind.Parameter,
  PropertySignature: 33 as StructureKind.PropertySignature,
  TypeAlias: 38 as StructureKind.TypeAlias,
  VariableDeclaration: 40 as StructureKind.VariableDeclaration,
  VariableStatement: 41 as StructureKind.VariableStatement,
} as const;
