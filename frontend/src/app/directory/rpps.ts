import { AbstractControl, ValidationErrors } from '@angular/forms';

/**
 * The RPPS number: 11 digits, the last one a Luhn check digit over the first ten (the rule of
 * the server, org.liaison.directory.Rpps).
 */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Validator: empty, or 11 digits ({rppsFormat}) with a right check digit ({rppsCheck}). */
export function rppsValidator(control: AbstractControl): ValidationErrors | null {
  const value = ((control.value as string | null) ?? '').trim();
  if (!value) return null;
  if (!/^[0-9]{11}$/.test(value)) return { rppsFormat: true };
  return luhnValid(value) ? null : { rppsCheck: true };
}
