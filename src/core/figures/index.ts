/**
 * Figures from the legal-affairs office's data file: the pure side (model, parsing of tables and JSON,
 * comparison, formatting, link tags, findings). Readers for bytes are in src/data.
 */
export * from './model';
export { HEADER_SYNONYMS, columnLetter, fieldOfHeader, yearOfHeader, type Field } from './headers';
export { parseFigure, parseYear, cellText, normalizeNumberText, type ParsedFigure } from './numbers';
export { NO_FIGURE, formatNumber, formatFigure, formatChange, formatYoy, isPercentMeasure, directionOf, yoyOf, type Direction } from './format';
export { FigureTableReader, type TableOutcome } from './table';
export { parseFiguresJson, type JsonOutcome } from './json';
export { validateFigureChecks, checksFromRows, type CheckError, type ChecksValidation } from './checks';
export { evaluateChecks, checkDataset, type CheckFailure } from './check-eval';
export { buildDataset, nameKey, valueOf, type Dataset } from './dataset';
export { finishDataset, type DataFileResult, type DataFormat } from './result';
export { compare, type ComparisonRow } from './compare';
export * from './tags';
export { figureFindings, sourceFigure, FIGURE_SEVERITY, type LinkedFigure, type FigureFindingOptions } from './findings';
export { FIGURE_MESSAGES, DIRECTION_LABELS, POINTS_LABEL, COMPARISON_HEADINGS, describeFigureFinding } from './messages';
export { problem, placeLabel, PROBLEM_SEVERITY } from './problems';
export { fatal } from './errors';
