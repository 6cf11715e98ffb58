import { I18n } from '../i18n/i18n';

/**
 * The server's and the expression checker's messages (English, stable wording) in the user's
 * language; a message of another kind is shown as it came.
 */
const PATTERNS: [RegExp, string][] = [
  // Answers (FormFilling)
  [/^an answer is required$/, 'forms.msg.required'],
  [/^must be at least (.+)$/, 'forms.msg.atLeast'],
  [/^must be at most (.+)$/, 'forms.msg.atMost'],
  [/^a whole number is expected$/, 'forms.msg.whole'],
  [/^a number is expected$/, 'forms.msg.number'],
  [/^a date \(YYYY-MM-DD\) is expected$/, 'forms.msg.date'],
  [/^at most (\d+) characters$/, 'forms.msg.tooLong'],
  [/^answered, but this question is not shown/, 'forms.msg.hidden'],
  [/^'(.*)' is not one of the choices$/, 'forms.msg.notAChoice'],
  [/^a professional of the directory \(id\) is expected$/, 'forms.msg.professional'],
  [/^no such question in this version of the form$/, 'forms.msg.noSuchQuestion'],
  // Design (FormDesignCheck)
  [/^another question is already named (.+)$/, 'forms.msg.idTaken'],
  [/^the name (.+) is taken$/, 'forms.msg.idTaken'],
  [/^a choice question needs its choices$/, 'forms.msg.needsChoices'],
  [/^two choices have the code (.+)$/, 'forms.msg.sameCode'],
  [/^only choice questions have choices$/, 'forms.msg.onlyChoices'],
  [/^min is greater than max$/, 'forms.msg.minMax'],
  [/^only numbers and scales have bounds$/, 'forms.msg.onlyBounds'],
  [/^a scale goes from a whole min to a whole max$/, 'forms.msg.scaleBounds'],
  [/^a scale has at most (\d+) steps$/, 'forms.msg.scaleSteps'],
  [/^a condition cannot use the score '(.*)'$/, 'forms.msg.conditionScore'],
  [/^no question or score is named '(.*)'$/, 'forms.msg.unknownName'],
  [/^the condition uses '(.*)', which does not come before this question$/, 'forms.msg.later'],
  [/^the scores make a cycle: (.+)$/, 'forms.msg.cycle'],
  [/^the scores make a cycle$/, 'forms.msg.cycle'],
  // Expressions (Expression)
  [/^empty expression$/, 'forms.msg.empty'],
  [/^the expression ends too early$/, 'forms.msg.early'],
  [/^unexpected '(.*)'$/, 'forms.msg.unexpected'],
  [/^text not closed by '$/, 'forms.msg.textNotClosed'],
  [/^not a number: (.+)$/, 'forms.msg.notANumber'],
  [/^'(.*)' cannot stand here$/, 'forms.msg.keyword'],
  [/^unknown function '(.*)'; known: \[(.*)\]$/, 'forms.msg.unknownFunction'],
  [/^(\w+) takes one or more arguments, not (\d+)$/, 'forms.msg.arityMany'],
  [/^(\w+) takes (\d+) argument\(s\), not (\d+)$/, 'forms.msg.arity'],
  [/^(\w+) takes a question name first$/, 'forms.msg.nameFirst'],
  [/^'(.)' expected$/, 'forms.msg.expected'],
];

const AT = /^(.*) \(at character (\d+)\)$/s;

/** One message in the user's language: "{reason}" then "(caractère 5)" when it has a position. */
export function translateMessage(i18n: I18n, message: string): string {
  const at = AT.exec(message);
  const reason = at ? at[1] : message;
  let text = reason;
  for (const [pattern, key] of PATTERNS) {
    const match = pattern.exec(reason);
    if (match) {
      const params: Record<string, string> = {};
      match.slice(1).forEach((value, i) => (params['p' + (i + 1)] = value));
      text = i18n.t(key, params);
      break;
    }
  }
  return at ? i18n.t('forms.msg.at', { reason: text, position: at[2] }) : text;
}
