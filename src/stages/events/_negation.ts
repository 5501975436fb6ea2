/**
 * CAMEO's negative codes for negated cooperation. CAMEO has no "not" variant of an event;
 * its root 12 (reject) is the refusal of the cooperation roots 03 to 08, sub-code by sub-code
 * (0331 intend economic aid ↔ 1221 reject request for economic aid; 0841 release persons ↔
 * 1243 refuse to release persons). So "Iran did not agree to the plan" (030) is 120, "will not
 * release the prisoners" (0841) is 1243, "did not provide aid" (070) is 122. Statements,
 * appeals, praise and every conflictual act have no negative code: "did not condemn" is no
 * event (a non-event), nor is "did not praise" (not praising is no rejection).
 */

/** The reject code of each cooperation code with one, by exact code. */
const EXACT: ReadonlyMap<string, string> = new Map([
  // 03 intent to cooperate: refusing the intended act.
  ['030', '120'],
  ['031', '121'],
  ['0311', '1211'],
  ['0312', '1212'],
  ['0313', '121'],
  ['0314', '121'],
  ['032', '120'],
  ['033', '122'],
  ['0331', '1221'],
  ['0332', '1222'],
  ['0333', '1223'],
  ['0334', '1224'],
  ['034', '123'],
  ['0341', '1231'],
  ['0342', '1232'],
  ['0343', '1233'],
  ['0344', '1234'],
  ['035', '124'],
  ['0351', '1241'],
  ['0352', '1242'],
  ['0353', '1243'],
  ['0354', '1244'],
  ['0355', '1245'],
  ['0356', '1246'],
  ['036', '125'],
  ['037', '127'],
  ['038', '126'],
  // 04 consult: not meeting, talking or negotiating with someone (a visit not made is no refusal).
  ['040', '125'],
  ['041', '125'],
  ['044', '125'],
  ['046', '125'],
  ['045', '126'],
  // 05 diplomatic cooperation: not supporting, recognising or signing.
  ['050', '120'],
  ['054', '120'],
  ['057', '120'],
  // 06 material cooperation.
  ['060', '121'],
  ['061', '1211'],
  ['062', '1212'],
  ['063', '121'],
  ['064', '121'],
  // 07 aid.
  ['070', '122'],
  ['071', '1221'],
  ['072', '1222'],
  ['073', '1223'],
  ['074', '1224'],
  ['075', '120'],
  // 08 yield.
  ['080', '124'],
  ['081', '1241'],
  ['082', '1242'],
  ['083', '123'],
  ['0831', '1231'],
  ['0832', '1232'],
  ['0833', '1233'],
  ['0834', '1234'],
  ['084', '1243'],
  ['0841', '1243'],
  ['0842', '1243'],
  ['085', '1244'],
  ['086', '1245'],
  ['087', '1246'],
]);

/** Four-digit codes whose reject code is their three-digit parent's (0813 ease curfew → 1241). */
const BY_PARENT = new Set(['081', '086', '087']);

/** The CAMEO reject code for a negated act coded `code`, or null when CAMEO has none. */
export function negatedCode(code: string): string | null {
  const exact = EXACT.get(code);
  if (exact) return exact;
  const parent = code.slice(0, 3);
  return code.length === 4 && BY_PARENT.has(parent) ? (EXACT.get(parent) ?? null) : null;
}
