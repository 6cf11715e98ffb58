/**
 * Same rule as the server (org.liaison.coordinationfile.Ins), for immediate feedback: 15
 * characters, key = 97 - (13 first digits mod 97), 2A/2B counting as 19/18.
 */
export function isValidIns(raw: string): boolean {
  const ins = raw.replace(/ /g, '').toUpperCase();
  if (!/^[1-478][0-9]{2}(0[1-9]|1[0-2]|[2-9][0-9])([0-9]{2}|2A|2B)[0-9]{6}[0-9]{2}$/.test(ins)) {
    return false;
  }
  const number = BigInt(ins.substring(0, 13).replace('2A', '19').replace('2B', '18'));
  return 97n - (number % 97n) === BigInt(ins.substring(13));
}
