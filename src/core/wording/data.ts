/**
 * The wording checks' data, as JSON files beside this module (one place for each kind of fact, each entry with
 * its source), typed here once. tests/core/wording/data.test.ts checks their shape; the README says where each
 * list comes from and how an office updates it.
 */
import type { Localized } from '../i18n/lang';
import documentsFile from './documents.json';
import formulationsFile from './formulations.json';
import lawsFile from './laws.json';
import sessionsFile from './sessions.json';

/** Where an entry's facts come from: a title, with a URL or a document number where there is one. */
export interface Source {
  title: string;
  url?: string;
  number?: string;
}

/** A formulation that stopped being current after `until` (a date, or a year). */
export interface OutdatedFormulation {
  id: string;
  /** A regular expression; `expected` may use its groups ($1). */
  pattern: string;
  expected: string;
  /** False when `expected` is advice, not words that can stand in place of the match. */
  replaces?: boolean;
  until: string;
  /** "plans": only in a part about a later year than the report's (the plans), where history is not told. */
  scope?: 'plans';
  /** A sentence matching this tells history (原法制办, “十四五”以来), and is left alone. */
  unless?: string;
  why: Localized;
  source: Source;
}

/** A fixed expression: its wrong forms (`wrong`, or any match of `pattern` other than `expected`) and the right one. */
export interface FixedExpression {
  wrong?: string[];
  pattern?: string;
  expected: string;
  source: Source;
}

/** A party congress (plenary 0) or a plenary session of its central committee, and the day it opened. */
export interface Session {
  congress: number;
  plenary: number;
  held: string;
  source: Source;
}

/** A central document reports cite; a document with editions for several periods has one entry per period. */
export interface CentralDocument {
  title: string;
  aliases?: string[];
  period?: [number, number];
  issuedBy: string;
  issued?: string;
  source: Source;
}

/** A national law or administrative regulation: its full title, first date and the dates of its later versions. */
export interface Law {
  title: string;
  level: '法律' | '行政法规';
  adopted: string;
  versions: string[];
}

export interface LawList {
  source: Source & { commit: string | null; date: string | null; licence: string };
  laws: Law[];
}

export const OUTDATED: readonly OutdatedFormulation[] = formulationsFile.outdated as OutdatedFormulation[];
export const FIXED_EXPRESSIONS: readonly FixedExpression[] = formulationsFile.fixed as FixedExpression[];
export const SESSIONS: readonly Session[] = sessionsFile.sessions;
export const DOCUMENTS: readonly CentralDocument[] = documentsFile.documents as CentralDocument[];
export const LAW_LIST: LawList = lawsFile as LawList;
