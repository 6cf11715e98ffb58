package org.liaison.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class InsTest {

  /** The application's format (org.liaison.coordinationfile.Ins). */
  private static final Pattern FORMAT =
      Pattern.compile("[1-478][0-9]{2}(0[1-9]|1[0-2]|[2-9][0-9])([0-9]{2}|2A|2B)[0-9]{6}[0-9]{2}");

  @Test
  void keyOfTheDemoPatientsInsIsTheOneTheDemoDataCarries() {
    // Bernard Lemoine, db/demo/R__demo_data.sql: 141034523407162
    assertEquals(62, Ins.key("1410345234071"));
    assertEquals("141034523407162", Ins.of(1, 1941, 3, "45", 234, 71));
  }

  @Test
  void corsicanDepartmentsCountAs19And18InTheKey() {
    assertEquals(97 - new BigInteger("2500519004012").mod(BigInteger.valueOf(97)).intValue(),
        Ins.key("25005" + "2A" + "004012"));
    assertEquals(97 - new BigInteger("1480818123456").mod(BigInteger.valueOf(97)).intValue(),
        Ins.key("14808" + "2B" + "123456"));
  }

  @Test
  void everyGeneratedInsHasTheFormatAndKeyTheApplicationAccepts() {
    var r = new SplittableRandom(1);
    String[] deps = {"45", "2A", "2B", "99", "01", "75"};
    for (int i = 0; i < 20_000; i++) {
      var ins = Ins.of(1 + r.nextInt(2), 1920 + r.nextInt(46), 1 + r.nextInt(12), deps[r.nextInt(deps.length)],
          1 + r.nextInt(999), 1 + r.nextInt(999));
      assertTrue(FORMAT.matcher(ins).matches(), ins);
      var number = ins.substring(0, 13).replace("2A", "19").replace("2B", "18");
      int expected = 97 - new BigInteger(number).mod(BigInteger.valueOf(97)).intValue();
      assertEquals(expected, Integer.parseInt(ins.substring(13)), ins);
    }
  }
}
