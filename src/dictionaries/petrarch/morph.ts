/**
 * The little English morphology the PETRARCH readers need: regular noun plurals and verb
 * forms as PETRARCH generates them, and a lemma for a verb listed in an inflected form
 * (`SAID`, `KILLED`, `URGING`). Words are lower case.
 */

/** Irregular past/participle/-s forms seen in dictionary verb lists, with their base. */
const IRREGULAR = new Map<string, string>([
  ['said', 'say'],
  ['says', 'say'],
  ['met', 'meet'],
  ['left', 'leave'],
  ['fought', 'fight'],
  ['began', 'begin'],
  ['begun', 'begin'],
  ['drawn', 'draw'],
  ['drew', 'draw'],
  ['risen', 'rise'],
  ['rose', 'rise'],
  ['broke', 'break'],
  ['broken', 'break'],
  ['sank', 'sink'],
  ['sunk', 'sink'],
  ['shot', 'shoot'],
  ['won', 'win'],
  ['held', 'hold'],
  ['made', 'make'],
  ['paid', 'pay'],
  ['lent', 'lend'],
  ['found', 'find'],
  ['has', 'have'],
  ['had', 'have'],
  ['is', 'be'],
  ['was', 'be'],
  ['were', 'be'],
  ['took', 'take'],
  ['taken', 'take'],
  ['gave', 'give'],
  ['given', 'give'],
  ['went', 'go'],
  ['gone', 'go'],
  ['sent', 'send'],
  ['spent', 'spend'],
  ['brought', 'bring'],
  ['bought', 'buy'],
  ['sought', 'seek'],
  ['thought', 'think'],
  ['caught', 'catch'],
  ['taught', 'teach'],
  ['told', 'tell'],
  ['sold', 'sell'],
  ['stood', 'stand'],
  ['struck', 'strike'],
  ['fell', 'fall'],
  ['fallen', 'fall'],
  ['led', 'lead'],
  ['fled', 'flee'],
  ['kept', 'keep'],
  ['wrote', 'write'],
  ['written', 'write'],
  ['sped', 'speed'],
  ['threw', 'throw'],
  ['thrown', 'throw'],
  ['withdrew', 'withdraw'],
  ['withdrawn', 'withdraw'],
  ['undertook', 'undertake'],
  ['overcame', 'overcome'],
  ['beat', 'beat'],
  ['beaten', 'beat'],
]);

/** Stem endings after which a removed -ed/-ing hid a silent e (urg-ing -> urge). */
const SILENT_E =
  /(?:[aeiou][cgvz]|[^aeiou][aeiou]k|[nr]c|[rdnlu]g|[^e]a[st]|[^aeiou]at|[aeiu]s|os|[rnpy]s|[^aeiou]ut|[^aeo]ir|[^o]ur|[bcdfgkptz]l|[^aeiou][iuo]d|[^aeiou]in|[^e]ar|[^aeiou][iu]m|pon|[^aeiou]ot|v)$/;
const DOUBLED = /([bdgmnprt])\1$/;

/** Regular plural of a noun (PETRARCH style): +S, Y -> IES, S/X/Z/CH/SH -> +ES. */
export function nounPlural(word: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** Regular verb forms of a base (PETRARCH generates -s, -ed, -ing; no consonant doubling). */
export function regularVerbForms(base: string): string[] {
  if (base.endsWith('e'))
    return [base, `${base}s`, `${base}d`, base.endsWith('ee') ? `${base}ing` : `${base.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(base)) return [base, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`];
  return [base, nounPlural(base), `${base}ed`, `${base}ing`];
}

function restoreStem(stem: string): string {
  if (DOUBLED.test(stem)) return stem.slice(0, -1);
  if (SILENT_E.test(stem)) return `${stem}e`;
  return stem;
}

/** The base form of a verb form, best effort: `said` -> say, `killed` -> kill, `urging` -> urge. */
export function verbLemma(form: string): string {
  const irregular = IRREGULAR.get(form);
  if (irregular) return irregular;
  if (/[^aeiou]ied$/.test(form) || /[^aeiou]ies$/.test(form)) return `${form.slice(0, -3)}y`;
  if (form.endsWith('ing') && /[aeiouy]/.test(form.slice(0, -3)) && form.length > 5) {
    return restoreStem(form.slice(0, -3));
  }
  if (form.endsWith('ed') && !form.endsWith('eed') && /[aeiouy]/.test(form.slice(0, -2)) && form.length > 4) {
    return restoreStem(form.slice(0, -2));
  }
  if (/[^su]s$/.test(form) && form.length > 3 && !/(?:is|as|os)$/.test(form)) return form.slice(0, -1);
  return form;
}
