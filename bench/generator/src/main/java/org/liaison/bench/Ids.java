package org.liaison.bench;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Everything random comes from here, derived from the seed: the same seed, scale and as-of date give
 * the same rows. Each kind of thing has its own stream, so adding a kind never shifts the others.
 */
final class Ids {

  private Ids() {}

  /** SplitMix64's finaliser: a good 64-bit mix. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  static long key(long seed, int kind, long a, long b) {
    long h = mix(seed + 0x9e3779b97f4a7c15L * (kind + 1));
    h = mix(h ^ (a * 0xd1b54a32d192ed03L + 0x632be59bd9b4e019L));
    return mix(h ^ (b * 0x8cb92ba72f3d8dd7L + 0x4f1bbcdcbfa53e0bL));
  }

  /** A version-4-shaped UUID that is a pure function of (seed, kind, a, b). */
  static UUID uuid(long seed, int kind, long a, long b) {
    long msb = key(seed, kind, a, b);
    long lsb = mix(msb ^ 0x5851f42d4c957f2dL);
    msb = (msb & 0xffffffffffff0fffL) | 0x0000000000004000L;
    lsb = (lsb & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }

  static UUID uuid(long seed, int kind, long a) {
    return uuid(seed, kind, a, 0);
  }

  static SplittableRandom rng(long seed, int kind, long a) {
    return new SplittableRandom(key(seed, kind, a, 0x7f4a7c15L));
  }

  // kinds of ids and random streams
  static final int STRUCTURE = 1;
  static final int PROFESSIONAL = 2;
  static final int FILE = 3;
  static final int STATUS_CHANGE = 4;
  static final int MEMBER = 5;
  static final int CONTACT = 6;
  static final int ENTRY = 7;
  static final int PLAN = 8;
  static final int PLAN_VERSION = 9;
  static final int PLAN_REVIEW = 10;
  static final int PLAN_ITEM = 11;
  static final int FORM = 12;
  static final int FORM_VERSION = 13;
  static final int SUBMISSION = 14;
  static final int APPOINTMENT = 15;
  static final int MEETING = 16;
  static final int INS = 17;
  static final int STAFF = 18;
  static final int ALLOCATION = 19;
}
