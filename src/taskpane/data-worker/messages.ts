/**
 * What the pane and the data-file worker say to each other. A dataset answers lookups through closures, which
 * cannot cross to another thread, so the worker sends its records and checks and the pane builds the dataset.
 * Records go in batches: one message with 50,000 records would take the pane's thread too long to unpack.
 */
import type { DataFileError, DataProblem, FigureCheck, FigureRecord } from '../../core/figures/model';
import type { DataFormat } from '../../data/read-data-file';

export interface ReadRequest {
  bytes: Uint8Array;
  name: string;
}

export type WorkerReply =
  | { kind: 'progress'; fraction: number }
  | { kind: 'records'; records: FigureRecord[] }
  | { kind: 'done'; format: DataFormat; layout: 'long' | 'wide' | 'records'; checks: FigureCheck[]; problems: DataProblem[] }
  | { kind: 'failed'; error: DataFileError };

export const RECORDS_PER_MESSAGE = 2000;

/** A User Timing mark the pane sets where reading a data file ends and showing its figures begins. */
export const DATA_READ_MARK = 'report-assistant:data-file-read';
