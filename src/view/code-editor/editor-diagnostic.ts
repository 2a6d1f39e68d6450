/** A problem to draw in the code editor: 1-based lines and columns, end exclusive. */
export interface EditorDiagnostic {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
}
