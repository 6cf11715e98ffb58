package org.liaison.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The twenty coordination structures of a fictitious Centre-Val de Loire region, each with its
 * catchment areas (bassins de vie) and their communes. The first two are the demo data's DACs (their
 * ids are the demo ids), the others are new.
 */
final class Territories {

  record Commune(String name, String postalCode, String inseeCode) {}

  record Area(String name, List<Commune> communes) {}

  /**
   * A coordination structure: name, type, seat, weight (share of the files), number of case
   * managers, and its catchment areas. {@code demoId} is set for the demo's structures.
   */
  record Territory(
      String name,
      String type,
      String commune,
      String postalCode,
      String department,
      double weight,
      int caseManagers,
      List<Area> areas,
      UUID demoId) {}

  static final UUID DAC_COEUR_DE_LOIRE = UUID.fromString("5a000000-0000-4000-8000-000000000001");
  static final UUID DAC_LOIRE_SUD = UUID.fromString("5a000000-0000-4000-8000-000000000002");

  private Territories() {}

  /** "Area:Commune=postal=insee,Commune=postal=insee;Area:…" */
  private static List<Area> areas(String spec) {
    var areas = new ArrayList<Area>();
    for (var a : spec.split(";")) {
      var parts = a.split(":");
      var communes = new ArrayList<Commune>();
      for (var c : parts[1].split(",")) {
        var f = c.split("=");
        communes.add(new Commune(f[0], f[1], f[2]));
      }
      areas.add(new Area(parts[0], List.copyOf(communes)));
    }
    return List.copyOf(areas);
  }

  private static Territory t(
      String name, String type, String seat, String postal, String dep, double w, int cms, String a) {
    return new Territory(name, type, seat, postal, dep, w, cms, areas(a), null);
  }

  static final List<Territory> ALL =
      List.of(
          new Territory(
              "DAC Cœur de Loire", "DAC", "Orléans", "45000", "45", 0, 6,
              areas(
                  "Orléans Métropole:Orléans=45000=234,Orléans=45100=234,Saint-Jean-de-Braye=45800=284,"
                      + "Fleury-les-Aubrais=45400=147,Olivet=45160=232,Saint-Jean-de-la-Ruelle=45140=285,"
                      + "Saran=45770=302,Saint-Jean-le-Blanc=45650=286;"
                      + "Val de Loire Est:Chécy=45430=089,Jargeau=45150=173,Saint-Denis-de-l'Hôtel=45550=273,"
                      + "Mardié=45430=196;"
                      + "Sologne du Loiret:La Ferté-Saint-Aubin=45240=142,Marcilly-en-Villette=45240=194,"
                      + "Ménestreau-en-Villette=45240=200;"
                      + "Beauce et Forêt:Artenay=45410=008,Patay=45310=248,Neuville-aux-Bois=45170=224,"
                      + "Chevilly=45520=093"),
              DAC_COEUR_DE_LOIRE),
          new Territory(
              "DAC Loire Sud", "DAC", "Gien", "45500", "45", 0.9, 3,
              areas(
                  "Giennois:Gien=45500=155,Briare=45250=053,Saint-Gondon=45500=278;"
                      + "Sully et Val:Sully-sur-Loire=45600=315,Saint-Benoît-sur-Loire=45730=270,"
                      + "Ouzouer-sur-Loire=45570=244;"
                      + "Puisaye loirétaine:Châtillon-Coligny=45230=085,Bonny-sur-Loire=45420=042"),
              DAC_LOIRE_SUD),
          t("DAC Montargois-Gâtinais", "DAC", "Montargis", "45200", "45", 1.2, 3,
              "Montargois:Montargis=45200=208,Amilly=45200=004,Châlette-sur-Loing=45120=068;"
                  + "Gâtinais:Ferrières-en-Gâtinais=45210=145,Courtenay=45320=115,Lorris=45260=187"),
          t("DAC Pithiverais", "DAC", "Pithiviers", "45300", "45", 0.7, 3,
              "Pithiverais:Pithiviers=45300=252,Malesherbes=45330=191;"
                  + "Beauce gâtinaise:Outarville=45480=241,Puiseaux=45390=258"),
          t("DAC Touraine Nord", "DAC", "Tours", "37100", "37", 1.5, 4,
              "Tours Nord:Tours=37100=261,Saint-Cyr-sur-Loire=37540=214,La Membrolle-sur-Choisille=37390=152;"
                  + "Gâtine tourangelle:Château-Renault=37110=063,Neuillé-Pont-Pierre=37360=168;"
                  + "Vallée de la Loire:Amboise=37400=003,Montlouis-sur-Loire=37270=156,Vouvray=37210=281"),
          t("DAC Touraine Sud", "DAC", "Joué-lès-Tours", "37300", "37", 1.4, 4,
              "Tours Sud:Joué-lès-Tours=37300=122,Chambray-lès-Tours=37170=050,Saint-Avertin=37550=208;"
                  + "Lochois:Loches=37600=132,Montrésor=37460=157;"
                  + "Chinonais:Chinon=37500=072,Azay-le-Rideau=37190=014,Sainte-Maure-de-Touraine=37800=226"),
          t("DAC Blésois", "DAC", "Blois", "41000", "41", 1.1, 3,
              "Blois Agglopolys:Blois=41000=018,Vineuil=41350=295,La Chaussée-Saint-Victor=41260=047;"
                  + "Val de Cher:Montrichard Val de Cher=41400=150,Saint-Aignan=41110=198;"
                  + "Beauce blésoise:Mer=41500=136,Oucques=41290=171"),
          t("DAC Vendômois", "DAC", "Vendôme", "41100", "41", 0.7, 2,
              "Vendômois:Vendôme=41100=269,Saint-Ouen=41100=226;"
                  + "Perche vendômois:Mondoubleau=41170=143,Savigny-sur-Braye=41360=236;"
                  + "Vallée du Loir:Montoire-sur-le-Loir=41800=149"),
          t("DAC Sologne", "DAC", "Romorantin-Lanthenay", "41200", "41", 0.7, 2,
              "Romorantinais:Romorantin-Lanthenay=41200=194,Pruniers-en-Sologne=41200=185;"
                  + "Sologne des étangs:Salbris=41300=232,Lamotte-Beuvron=41600=110"),
          t("DAC Berry Nord", "DAC", "Bourges", "18000", "18", 1.2, 3,
              "Bourges Plus:Bourges=18000=033,Saint-Doulchard=18230=205,Saint-Germain-du-Puy=18390=213;"
                  + "Pays de Vierzon:Vierzon=18100=279,Mehun-sur-Yèvre=18500=141;"
                  + "Sancerrois:Sancerre=18300=241,Aubigny-sur-Nère=18700=015"),
          t("DAC Berry Sud", "DAC", "Saint-Amand-Montrond", "18200", "18", 0.6, 2,
              "Saint-Amandois:Saint-Amand-Montrond=18200=197,Orval=18200=174;"
                  + "Boischaut sud:Châteaumeillant=18370=056,Lignières=18160=127"),
          t("DAC Chartres Métropole", "DAC", "Chartres", "28000", "28", 1.3, 4,
              "Chartres:Chartres=28000=085,Lucé=28110=218,Mainvilliers=28300=229;"
                  + "Beauce chartraine:Voves=28800=422,Auneau-Bleury-Saint-Symphorien=28700=015;"
                  + "Vallée de l'Eure:Maintenon=28130=227,Épernon=28230=140"),
          t("DAC Drouais", "DAC", "Dreux", "28100", "28", 0.9, 3,
              "Drouais:Dreux=28100=134,Vernouillet=28500=404,Saint-Rémy-sur-Avre=28380=361;"
                  + "Thymerais:Châteauneuf-en-Thymerais=28170=091,Brezolles=28270=059"),
          t("DAC Perche et Dunois", "DAC", "Châteaudun", "28200", "28", 0.8, 3,
              "Dunois:Châteaudun=28200=088,Cloyes-les-Trois-Rivières=28220=103;"
                  + "Perche:Nogent-le-Rotrou=28400=280,La Loupe=28240=214"),
          t("DAC Indre Nord", "DAC", "Châteauroux", "36000", "36", 1.0, 3,
              "Châteauroux Métropole:Châteauroux=36000=044,Déols=36130=063,Le Poinçonnet=36330=159;"
                  + "Champagne berrichonne:Issoudun=36100=088,Vatan=36150=230"),
          t("DAC Indre Sud", "DAC", "Le Blanc", "36300", "36", 0.6, 2,
              "Brenne:Le Blanc=36300=018,Mézières-en-Brenne=36290=123;"
                  + "Boischaut:La Châtre=36400=046,Aigurande=36140=001,Argenton-sur-Creuse=36200=006"),
          t("CPTS Orléans Ouest", "CPTS", "Saint-Jean-de-la-Ruelle", "45140", "45", 0.7, 3,
              "Ouest orléanais:Ingré=45140=169,Ormes=45140=235,Chaingy=45380=067;"
                  + "Val d'Ardoux:Cléry-Saint-André=45370=098,Meung-sur-Loire=45130=203,Beaugency=45190=028"),
          t("CPTS Tours Centre", "CPTS", "Tours", "37000", "37", 0.9, 3,
              "Tours Centre:Tours=37000=261,Tours=37200=261,La Riche=37520=195;"
                  + "Ouest tourangeau:Fondettes=37230=109,Luynes=37230=139,Langeais=37130=123"),
          t("CPTS Val de Cher", "CPTS", "Vierzon", "18100", "18", 0.5, 2,
              "Val de Cher:Vierzon=18100=279,Foëcy=18500=096,Massay=18120=139;"
                  + "Graçay:Graçay=18310=103,Genouilly=18310=101"),
          t("CPTS Sud Loiret", "CPTS", "Lamotte-Beuvron", "41600", "41", 0.5, 2,
              "Sud Sologne:Nouan-le-Fuzelier=41600=161,Souvigny-en-Sologne=41600=251;"
                  + "Gâtinais sud:Châtillon-sur-Loire=45360=087,Beaulieu-sur-Loire=45630=027"));
}
