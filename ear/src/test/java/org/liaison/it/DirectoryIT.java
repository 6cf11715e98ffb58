package org.liaison.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.it.support.Api;
import org.liaison.it.support.Database;
import org.liaison.it.support.DemoData;
import org.liaison.it.support.Stack;

/** The directory: search, RPPS check, structure admins keeping their own, CSV import. */
@ExtendWith(ArquillianExtension.class)
class DirectoryIT {

  private static final String STAFF =
      "/api/directory/structures/" + DemoData.DAC_ID + "/professionals";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Stack.ear();
  }

  private static Map<String, Object> professional(String lastName, String rpps) {
    var p = new LinkedHashMap<String, Object>();
    p.put("firstName", "Anne");
    p.put("lastName", lastName);
    p.put("profession", "NURSE");
    if (rpps != null) {
      p.put("rpps", rpps);
    }
    p.put("email", "anne@example.org");
    return p;
  }

  /** An RPPS number with a correct Luhn digit, never twice the same. */
  private static String rpps() {
    var base =
        String.format(
            "1%09d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
    for (int d = 0; d <= 9; d++) {
      var candidate = base + d;
      int sum = 0;
      for (int i = 0; i < 11; i++) {
        int digit = candidate.charAt(10 - i) - '0';
        if (i % 2 == 1) {
          digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
        }
        sum += digit;
      }
      if (sum % 10 == 0) {
        return candidate;
      }
    }
    throw new IllegalStateException();
  }

  @Test
  void professionalsAreFoundByNameProfessionAndCommune() {
    var api = Api.as(DemoData.HOME_AIDE);
    var byName = api.get("/api/directory/professionals?q=dubois");
    assertThat(byName.json().get("items").findValuesAsText("lastName")).contains("Dubois");
    var nurses = api.get("/api/directory/professionals?profession=NURSE&size=100");
    assertThat(nurses.json().get("items").findValuesAsText("profession")).containsOnly("NURSE");
    var olivet = api.get("/api/directory/professionals?commune=olivet&size=100");
    assertThat(olivet.json().get("items").findValuesAsText("lastName")).contains("Moreau", "Caron");
    assertThat(olivet.json().get("items").findValuesAsText("lastName")).doesNotContain("Dubois");
    assertThat(api.get("/api/directory/professionals?profession=WIZARD").status()).isEqualTo(400);

    var nursingHomes = api.get("/api/directory/structures?type=NURSING_HOME");
    assertThat(nursingHomes.json().get("items").findValuesAsText("name"))
        .contains("EHPAD Les Glycines");
    var glycines = api.get("/api/directory/structures/" + DemoData.NURSING_HOME_ID);
    assertThat(glycines.json().get("services").findValuesAsText("name"))
        .contains("Accueil de jour");
  }

  @Test
  void aStructureAdminAddsAndCorrectsHisOwnStaffWithACheckedRpps() {
    var admin = Api.as(DemoData.STRUCTURE_ADMIN);
    var wrongKey = admin.post(STAFF, professional("Wrongkey", "10003456787"));
    assertThat(wrongKey.status()).isEqualTo(400);
    assertThat(wrongKey.json().get("errors").get(0).get("field").asText()).isEqualTo("rpps");
    var tooShort = admin.post(STAFF, professional("Short", "123"));
    assertThat(tooShort.status()).isEqualTo(400);

    var created = admin.post(STAFF, professional("Nouvelle", rpps()));
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    var id = created.json().get("id").asText();
    var etag = created.header("ETag").orElseThrow();

    var renamed = professional("Nouvelle-Nom", null);
    var updated = admin.put("/api/directory/professionals/" + id, renamed, etag);
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().get("lastName").asText()).isEqualTo("Nouvelle-Nom");
    assertThat(admin.put("/api/directory/professionals/" + id, renamed, etag).status())
        .isEqualTo(412);

    assertThat(Api.as(DemoData.CASE_MANAGER).post(STAFF, professional("Pas-Admin", null)).status())
        .as("not an admin")
        .isEqualTo(403);
    assertThat(
            Api.as(DemoData.NURSING_HOME_ADMIN)
                .post(STAFF, professional("Autre-Admin", null))
                .status())
        .as("admin of another structure")
        .isEqualTo(403);
    assertThat(
            Api.as(DemoData.NURSING_HOME_ADMIN)
                .put(
                    "/api/directory/professionals/" + id,
                    renamed,
                    updated.header("ETag").orElseThrow())
                .status())
        .isEqualTo(403);
  }

  @Test
  void aCsvImportWithAWrongLineImportsNothingAndSaysWhatIsWrongOnWhichLine() {
    var admin = Api.as(DemoData.STRUCTURE_ADMIN);
    var tag = UUID.randomUUID().toString().substring(0, 6);
    var csv =
        "lastName;firstName;profession;rpps;email\n"
            + "Import-"
            + tag
            + ";Léa;infirmière;"
            + rpps()
            + ";lea@example.org\n"
            + "Import-"
            + tag
            + ";Marc;sorcier;;\n"
            + "Import-"
            + tag
            + ";;NURSE;12345678901;pas-une-adresse\n";
    var reply = admin.raw("POST", STAFF + "/import", "text/csv", csv);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    var lines = reply.json().get("lineErrors");
    assertThat(lines.findValuesAsText("line")).contains("3", "4").doesNotContain("2");
    assertThat(reply.json().get("errors").findValuesAsText("field"))
        .contains("line 3: profession", "line 4: firstName", "line 4: email");
    assertThat(
            Database.count(
                "select count(*) from professional where last_name = ?", "Import-" + tag))
        .isZero();

    var good =
        "lastName,firstName,profession,phone\n"
            + "Import-"
            + tag
            + ",Léa,infirmière,02 38 00 00 01\n"
            + "\"Import-"
            + tag
            + "\",\"Marc, dit \"\"Marco-"
            + tag
            + "\"\"\",HOME_AIDE,\n";
    var imported = admin.raw("POST", STAFF + "/import", "text/csv", good);
    assertThat(imported.status()).as(imported.raw().body()).isEqualTo(200);
    assertThat(imported.json().get("imported").asInt()).isEqualTo(2);
    assertThat(
            Database.count(
                "select count(*) from professional where last_name = ?", "Import-" + tag))
        .isEqualTo(2);
    assertThat(
            Database.count(
                "select count(*) from professional where first_name = ?",
                "Marc, dit \"Marco-" + tag + "\""))
        .isEqualTo(1);

    var header = admin.raw("POST", STAFF + "/import", "text/csv", "nom;prénom\nA;B\n");
    assertThat(header.status()).isEqualTo(400);
    assertThat(header.json().get("lineErrors").findValuesAsText("line")).containsOnly("1");
  }
}
