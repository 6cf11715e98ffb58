// Writes the dashboards' statements, as the application builds them (org.liaison.dashboard), for
// pgbench: one line each, the parameters as pgbench variables (:keys, :froms, :tos, :structures,
// :today, :now). Run by bench/run.sh P7 with the EJB module's classes on the class path.
var ind = Class.forName("org.liaison.dashboard.Indicators");
var prefix = ind.getDeclaredMethod("prefix", boolean.class, boolean.class, boolean.class);
prefix.setAccessible(true);
var repo = Class.forName("org.liaison.dashboard.DashboardRepository");
var sqlOf = repo.getDeclaredMethod("figuresSql", java.util.List.class, String.class);
sqlOf.setAccessible(true);
for (var scope : java.util.List.of("structure", "region")) {
  var tables = ind.getDeclaredMethod(scope);
  tables.setAccessible(true);
  var sql = (String) sqlOf.invoke(null, tables.invoke(null), prefix.invoke(null, false, false, false));
  java.nio.file.Files.writeString(
      java.nio.file.Path.of(System.getProperty("out") + "/dashboard-" + scope + ".sql"), sql + ";\n");
}
/exit
